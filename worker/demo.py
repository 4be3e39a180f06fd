"""`newswatch demo`: a bundled news site on loopback, run through the real pipeline.

The demo articles (German, English, French; all three topics plus unrelated news and hard
negatives) were written for newswatch. Pages and feeds are generated from
resources/demo/articles.json and served by a local HTTP server; the run uses the same code path as
`newswatch run --once`, writing to the configured Elasticsearch, and the instant alert rules of
resources/demo/alerts.yaml fire at a webhook receiver the demo starts on loopback, which checks
each alert's signature.
"""

from __future__ import annotations

import html
import json
import os
import secrets
import sys
import tempfile
from datetime import datetime
from email.utils import format_datetime
from importlib import resources
from pathlib import Path
from typing import Any

from .loopback import LoopbackServer, Request, Response

FEEDS = {"de": ("Demo Nachrichten", "rss"), "en": ("Demo World News", "atom"), "fr": ("Démo Actualités", "rss")}


def load_articles() -> list[dict[str, Any]]:
    """The bundled demo articles."""
    raw = (resources.files("worker.resources") / "demo" / "articles.json").read_text(encoding="utf-8")
    data: list[dict[str, Any]] = json.loads(raw)
    return data


def page_html(a: dict[str, Any]) -> str:
    """A realistic article page: navigation, article, related links, footer boilerplate."""
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html lang="{a["lang"]}"><head><meta charset="utf-8"><title>{html.escape(a["title"])} | Demo News</title>
<meta name="author" content="{html.escape(a["author"])}">
<meta property="og:site_name" content="Demo News">
<meta property="article:published_time" content="{a["date"]}"></head>
<body><header><nav><a href="/">Home</a> | <a href="/politics">Politics</a> | <a href="/tech">Tech</a></nav></header>
<main><article><h1>{html.escape(a["title"])}</h1><p class="byline">{html.escape(a["author"])}</p>
{paras}
</article>
<aside><h2>More news</h2><ul><li><a href="/x">Subscribe to our newsletter</a></li></ul></aside></main>
<footer><p>© Demo News. All rights reserved. Imprint · Privacy · Cookies</p></footer></body></html>"""


def feed_xml(lang: str, base: str, articles: list[dict[str, Any]]) -> str:
    """An RSS 2.0 or Atom feed of the articles of one language."""
    title, kind = FEEDS[lang]
    items = [a for a in articles if a["feed"] == lang]
    if kind == "atom":
        entries = "".join(
            f"<entry><title>{html.escape(a['title'])}</title>"
            f'<link href="{base}/articles/{a["slug"]}.html?utm_source=rss"/>'
            f"<id>{base}/articles/{a['slug']}.html</id><updated>{a['date']}</updated>"
            f"<author><name>{html.escape(a['author'])}</name></author>"
            f"<summary>{html.escape(a['paras'][0][:240])}</summary></entry>"
            for a in items
        )
        return (
            f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
            f"<id>{base}/feeds/{lang}.xml</id><updated>2025-08-02T00:00:00Z</updated>{entries}</feed>"
        )
    entries = "".join(
        f"<item><title>{html.escape(a['title'])}</title><link>{base}/articles/{a['slug']}.html</link>"
        f'<guid isPermaLink="true">{base}/articles/{a["slug"]}.html</guid>'
        f"<pubDate>{format_datetime(datetime.fromisoformat(a['date'].replace('Z', '+00:00')))}</pubDate>"
        f"<description>{html.escape(a['paras'][0][:240])}</description></item>"
        for a in items
    )
    # The English Entity List story is syndicated into the German feed too: one document, not two.
    extra = [a for a in articles if a["slug"] == "en-entity-list"] if lang == "de" else []
    entries += "".join(
        f"<item><title>{html.escape(a['title'])}</title><link>{base}/articles/{a['slug']}.html?utm_medium=wire</link>"
        f"<guid>wire-{a['slug']}</guid><description>{html.escape(a['paras'][0][:240])}</description></item>"
        for a in extra
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>{base}/</link><description>{title}</description><language>{lang}</language>{entries}</channel></rss>"
    )


class DemoSite:
    """The demo site on a loopback HTTP server (also used by tests and the benchmark)."""

    def __init__(self, port: int = 0) -> None:
        self.articles = load_articles()
        self.server = LoopbackServer(self._respond, port)
        self.base = self.server.base

    def _respond(self, request: Request) -> Response:
        body, ctype = self.render(request.path)
        if body is None:
            return Response(404)
        return Response(200, body.encode("utf-8"), {"Content-Type": ctype})

    def render(self, path: str) -> tuple[str | None, str]:
        """Body and content type for a path."""
        if path.startswith("/feeds/") and path.endswith(".xml"):
            lang = path[7:-4]
            if lang in FEEDS:
                return feed_xml(lang, self.base, self.articles), "application/xml; charset=utf-8"
        if path.startswith("/articles/") and path.endswith(".html"):
            slug = path[10:-5]
            for a in self.articles:
                if a["slug"] == slug:
                    return page_html(a), "text/html; charset=utf-8"
        return None, ""

    def __enter__(self) -> DemoSite:
        self.server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.close()

    def feeds_yaml(self) -> str:
        """A feeds.yaml pointing at this site."""
        lines = ["defaults:", "  interval: 300", "  timeout: 10", "feeds:"]
        for lang, (title, _) in FEEDS.items():
            lines += [
                f"  - id: demo-{lang}",
                f"    name: {title}",
                f"    url: {self.base}/feeds/{lang}.xml",
                f"    lang: {lang}",
                "    tags: [demo]",
            ]
        return "\n".join(lines) + "\n"


class HookReceiver:
    """A loopback webhook receiver for the demo: records each alert and checks its signature."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.received: list[tuple[dict[str, Any], bool]] = []  # (payload, signature verified)
        self.server = LoopbackServer(self._respond)
        self.url = self.server.url("/hook")

    def _respond(self, request: Request) -> Response:
        from .alerts import verify

        ok = verify(self.secret, request.body, request.headers.get("X-Newswatch-Signature", ""))
        try:
            self.received.append((json.loads(request.body), ok))
        except ValueError:
            self.received.append(({}, False))
        return Response(204)

    def __enter__(self) -> HookReceiver:
        self.server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.close()


DEMO_SECRET_ENV = "NEWSWATCH_DEMO_HOOK_SECRET"


def alerts_yaml(hook_url: str) -> str:
    """The demo's alert rules: one instant rule per topic, delivered to the demo's own receiver."""
    raw = (resources.files("worker.resources") / "demo" / "alerts.yaml").read_text(encoding="utf-8")
    return raw.replace("__HOOK_URL__", hook_url).replace("__SECRET_ENV__", DEMO_SECRET_ENV)


def run_demo(port: int = 0, keep_serving: bool = False) -> int:
    """Serve the demo site, run one full pass over it with alerts to a loopback receiver, print what happened."""
    import click

    from . import console
    from .index import search
    from .runner import nothing_done, run_once

    # The demo's own webhook secret, for this run; the worker processes inherit it with the environment.
    os.environ.setdefault(DEMO_SECRET_ENV, secrets.token_hex(16))
    s = console.settings()
    # The demo site is on loopback, which the fetcher refuses unless explicitly allowed.
    nets = ",".join(filter(None, [s.allow_networks, "127.0.0.0/8"]))
    s = s.model_copy(update={"allow_networks": nets})
    console.ping_redis(s)
    es = console.connect_es(s)
    with (
        DemoSite(port) as site,
        HookReceiver(os.environ[DEMO_SECRET_ENV]) as hook,
        tempfile.TemporaryDirectory() as tmp,
    ):
        (Path(tmp) / "feeds.yaml").write_text(site.feeds_yaml(), encoding="utf-8")
        (Path(tmp) / "alerts.yaml").write_text(alerts_yaml(hook.url), encoding="utf-8")
        s = s.model_copy(update={"feeds_file": Path(tmp) / "feeds.yaml", "alerts_file": Path(tmp) / "alerts.yaml"})
        feeds = console.load_config(s)
        click.echo(f"demo site: {site.base} ({len(site.articles)} articles in {len(FEEDS)} feeds)")
        click.echo(f"demo webhook receiver: {hook.url}")
        summary = console.with_progress(lambda report: run_once(s, feeds, alerts=True, progress=report))
        console.print_summary(summary)
        es.indices.refresh(index=s.articles_alias)
        for topic in ("deepseek", "export_controls", "eu_ai"):
            res = search(es, s.articles_alias, "*", topic=topic, size=10)
            click.echo(f"\n{topic}: {res.articles} articles")
            for h in res.hits:
                click.echo(f"  - {h.source.get('title')}")
        print_received(hook, s.alerts_index)
        click.echo(f"\nSearch them: newswatch search 'DeepSeek' --topic deepseek (index alias {s.articles_alias})")
        if keep_serving:
            click.echo(f"serving {site.base} until interrupted (Ctrl-C)")
            try:
                site.server.thread.join()
            except KeyboardInterrupt:
                pass
        es.close()
        return 1 if nothing_done(summary) else 0


def print_received(hook: HookReceiver, ledger: str) -> None:
    """What the demo's webhook receiver got: rule, article, whether the signature verified."""
    import click

    click.echo(f"\nalerts received by the demo webhook: {len(hook.received)}")
    for payload, verified in hook.received:
        rule = (payload.get("rule") or {}).get("id", "?")
        for art in payload.get("articles") or [{}]:
            mark = "signature verified" if verified else "SIGNATURE INVALID"
            click.echo(f"  {rule:<22} {str(art.get('title'))[:70]:<70}  {mark}")
    if not hook.received:
        click.echo(f"  (none new: each story alerts once per rule, and the ledger {ledger} remembers earlier runs)")


if __name__ == "__main__":
    sys.exit(run_demo())
