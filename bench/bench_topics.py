"""Topic matching CPU per 5 KB article, with and without language identification, by number of terms.

1. In one process, CPU clock: `Matcher.match` (title and text) and `detect_lang` on 2,000 dense 5 KB
   articles in 20 languages (bench/corpora.py), on a German seed article, on English demo text and
   on an off-topic heise page; with the shipped topics and with 1,000 and 10,000 synthetic terms added;
   matched by the native module when it is built, and side by side in Python (NEWSWATCH_NATIVE=0).
2. `newswatch match --jsonl` on the 2,000 dense articles (JSON in and out, language identified):
   cgroup CPU of the whole command, per article, with and without its start-up (the same command
   on one article is the start-up); native and in Python.

3. With `--against REF`: only a side-by-side of the rules, REF's topics.yaml against this tree's, matched by
   the same code on the 2,000 dense articles with language identification, alternating in one process (best
   of 5): on a shared machine whose speed changes by the hour, the cost a rules change adds.

Run: python bench/bench_topics.py [--against REF]   (prints a Markdown section)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml  # noqa: E402

from bench.cgroup import run_measured  # noqa: E402
from bench.common import CORPUS, ROOT, matcher_at  # noqa: E402
from bench.corpora import dense_articles, synthetic_topics, topic_terms, write_jsonl  # noqa: E402
from worker.text import detect_lang  # noqa: E402
from worker.topics import Matcher, TopicsFile, load_topics  # noqa: E402

DEMO = ROOT / "worker" / "resources" / "demo" / "articles.json"


def single_texts() -> dict[str, list[dict[str, str]]]:
    """One 5 KB text each: the German seed article (dense), English demo text (mixed), a heise page (off-topic)."""
    texts = {}
    seed = ROOT.parent / "shared" / "seeds" / "article-de-deepseek.txt"
    if seed.exists():
        texts["seed article (de, dense)"] = seed.read_text(encoding="utf-8")[:5000]
    arts = json.loads(DEMO.read_text(encoding="utf-8"))
    en = " ".join(" ".join(a["paras"]) for a in arts if a["lang"] == "en")
    texts["demo text (en, mixed)"] = (en * 3)[:5000]
    page = CORPUS / "pages" / "de-heise.de.lithium.html"
    if page.exists():
        from worker.extract import run_trafilatura

        ex = run_trafilatura(page.read_bytes(), "https://www.heise.de/")
        if ex:
            texts["heise page (de, off-topic)"] = (ex.text * 3)[:5000]
    return {k: [{"title": "", "text": v}] for k, v in texts.items()}


def with_synthetic(n: int, native: bool = True) -> Matcher:
    """The shipped topics plus a topic of n synthetic terms (native: matched by the native module, if built)."""
    data = yaml.safe_load((ROOT / "topics.yaml").read_text(encoding="utf-8"))
    if n:
        data["topics"].append({"id": "synthetic", "rules": [{"id": "r", "any": topic_terms(synthetic_topics(n))}]})
    before = os.environ.get("NEWSWATCH_NATIVE")
    os.environ["NEWSWATCH_NATIVE"] = "1" if native else "0"
    try:
        return Matcher(TopicsFile.model_validate(data))
    finally:
        if before is None:
            del os.environ["NEWSWATCH_NATIVE"]
        else:
            os.environ["NEWSWATCH_NATIVE"] = before


def per_article(fn: Callable[[dict[str, str]], Any], rows: list[dict[str, str]], rounds: int = 5) -> float:
    """Best-of-rounds CPU seconds per row."""
    repeat = max(1, 400 // len(rows))
    best = float("inf")
    for _ in range(rounds):
        t = time.process_time()
        for _ in range(repeat):
            for r in rows:
                fn(r)
        best = min(best, (time.process_time() - t) / (repeat * len(rows)))
    return best


def matching(m: Matcher, with_lang: bool = False) -> Callable[[dict[str, str]], Any]:
    """One article's matching with this matcher (and language identification), as a timed function."""

    def run(r: dict[str, str]) -> Any:
        found = m.match(r["text"], title=r["title"])
        return (found, detect_lang(r["text"])) if with_lang else found

    return run


def in_process(dense: list[dict[str, str]]) -> None:
    """Part 1: the table of CPU per article."""
    sets = {"2,000 dense articles (20 languages)": dense, **single_texts()}
    print("| terms | texts (5,000 characters) | match | language id | match + language id | match in Python |")
    print("|---|---|---:|---:|---:|---:|")
    for extra in (0, 1_000, 10_000):
        m, py = with_synthetic(extra), with_synthetic(extra, native=False)
        for warm in (m, py):
            warm.match(dense[0]["text"])  # first use compiles the regexes it needs: not per-article cost
        label = "shipped" if not extra else f"shipped + {extra:,}"
        how = "native" if m.native is not None else "Python: no native module"
        for name, rows in sets.items():
            match = per_article(matching(m), rows)
            lang = per_article(lambda r: detect_lang(r["text"]), rows)
            both = per_article(matching(m, with_lang=True), rows)
            slow = per_article(matching(py), rows)
            print(
                f"| {label} ({m.term_count:,}, {how}) | {name} | {match * 1000:.3f} ms | {lang * 1000:.3f} ms "
                f"| {both * 1000:.3f} ms | {slow * 1000:.3f} ms |"
            )


def cli_jsonl(dense: list[dict[str, str]], rounds: int = 3) -> None:
    """Part 2: `newswatch match --jsonl`, CPU of the whole command from a cgroup."""
    with tempfile.TemporaryDirectory() as d:
        many, one = Path(d) / "dense.jsonl", Path(d) / "one.jsonl"
        write_jsonl(many, [{"id": r["id"], "title": r["title"], "text": r["text"]} for r in dense])
        write_jsonl(one, [{"id": r["id"], "title": r["title"], "text": r["text"]} for r in dense[:1]])
        for native in ("1", "0"):
            cpu = {}
            for name, path in (("one", one), ("many", many)):
                run = f'NEWSWATCH_NATIVE={native} "{sys.executable}" -m worker.cli match --jsonl < "{path}" > /dev/null'
                cpu[name] = min(run_measured("match", ["sh", "-c", run], cwd=ROOT)[1] for _ in range(rounds))
            n = len(dense)
            how = "native matching" if native == "1" else "matching in Python (NEWSWATCH_NATIVE=0)"
            print(
                f"\n`newswatch match --jsonl` on the {n:,} dense articles ({how}; JSON in and out, language "
                f"identified), cgroup CPU of the command, best of {rounds}: {cpu['many']:.2f} s, "
                f"**{cpu['many'] / n * 1000:.2f} ms per article** with start-up; start-up alone (one article) "
                f"{cpu['one']:.2f} s, so {(cpu['many'] - cpu['one']) / (n - 1) * 1000:.2f} ms per further article."
            )


def rules_against(ref: str, dense: list[dict[str, str]], rounds: int = 5) -> None:
    """Part 3: REF's topics.yaml against this tree's, same code, alternating rounds."""
    matchers = {ref: matcher_at(ref), "this tree": Matcher(load_topics(ROOT / "topics.yaml"))}
    best = dict.fromkeys(matchers, float("inf"))
    for _ in range(rounds):
        for name, m in matchers.items():
            best[name] = min(best[name], per_article(matching(m, with_lang=True), dense, rounds=1))
    print(
        f"Rules side by side (`python bench/bench_topics.py --against {ref}`): match + language id per dense article,"
    )
    print(f"the same code, alternating, best of {rounds}:\n")
    print("| rules | terms | match + language id |")
    print("|---|---:|---:|")
    for name, m in matchers.items():
        print(f"| {name} | {m.term_count:,} | {best[name] * 1000:.3f} ms |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", metavar="REF", help="only compare REF's topics.yaml with this tree's")
    args = ap.parse_args()
    dense = dense_articles()
    if args.against:
        rules_against(args.against, dense)
        return
    shipped = Matcher(load_topics(ROOT / "topics.yaml"))
    print("### Topic matching CPU per article (`python bench/bench_topics.py`)\n")
    native = shipped.scanner.native
    size = f"native module built, automata {native.memory_usage() / 1e6:.1f} MB" if native else "no native module"
    print(
        f"Shipped topics: {len(shipped.topics)} topics, {shipped.term_count} compiled terms ({size}); synthetic terms "
        "are words, word*, phrases, CAPS and *compound* (bench/corpora.py). CPU clock, best of 5, in one process.\n"
    )
    in_process(dense)
    cli_jsonl(dense)


if __name__ == "__main__":
    main()
