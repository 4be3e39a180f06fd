"""The installed package, as a user and the container image get it: not the checkout.

The wheel is built the way the Dockerfile builds it (from pyproject.toml, README.md and worker/
only), installed into a fresh virtual environment, and every production command is run from an
empty directory that holds only feeds.yaml, topics.yaml and alerts.yaml: check, setup, run --once
on a loopback site, search, alerts backtest, kibana import (against a loopback stand-in that checks
the multipart upload) and demo. Real Elasticsearch and Redis; nothing imported from the repository.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.integration.conftest import Reply, Site, env_settings, page, remove_test_data, rss
from tests.unit.test_compose import BUILD_COPIES, WHEEL_BUILD

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(bin directory of a fresh venv with the wheel installed, the wheel)."""
    tmp = tmp_path_factory.mktemp("installed")
    src = tmp / "src"
    src.mkdir()
    for name in BUILD_COPIES:  # exactly the Dockerfile's build context
        s = ROOT / name
        if s.is_dir():
            shutil.copytree(s, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.so", "target"))
        else:
            shutil.copy2(s, src / name)
    build = WHEEL_BUILD.replace("--wheel-dir /dist", f"--wheel-dir {tmp / 'dist'}").split()
    subprocess.run([sys.executable, "-m", *build], cwd=src, check=True, capture_output=True)
    wheel = next((tmp / "dist").glob("newswatch-*.whl"))
    subprocess.run([sys.executable, "-m", "venv", str(tmp / "venv")], check=True)
    pip = subprocess.run(
        [str(tmp / "venv" / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", str(wheel)],
        capture_output=True,
        text=True,
    )
    assert pip.returncode == 0, pip.stderr[-2000:]
    yield tmp / "venv" / "bin", wheel


def test_wheel_ships_every_runtime_file(venv: tuple[Path, Path]) -> None:
    _, wheel = venv
    names = set(zipfile.ZipFile(wheel).namelist())
    for rel in ("mappings/articles.json", "mappings/alerts.json", "mappings/feeds.json", "kibana/newswatch.ndjson",
                "demo/articles.json", "demo/alerts.yaml"):  # fmt: skip
        assert f"worker/resources/{rel}" in names, rel
    if shutil.which("cargo"):  # the native topic scan is built whenever a Rust toolchain is there (optional)
        assert any(n.startswith("worker/_native") for n in names), sorted(names)[:20]
        bin_dir, _ = venv
        probe = "from worker.topics.scan import native_enabled; print(native_enabled())"
        out = subprocess.run([str(bin_dir / "python"), "-c", probe], capture_output=True, text=True, cwd="/")
        assert out.stdout.strip() == "True", out.stderr[-2000:]


@pytest.fixture
def workdir(tmp_path: Path, site: Site) -> Path:
    """An empty directory with only the three YAML files, pointing at a loopback site and webhook."""
    d = tmp_path / "app"
    d.mkdir()
    (d / "feeds.yaml").write_text(
        f"defaults: {{interval: 300, timeout: 10}}\nfeeds:\n  - {{id: site, url: '{site.url('/feed.xml')}'}}\n",
        encoding="utf-8",
    )
    shutil.copy(ROOT / "topics.yaml", d / "topics.yaml")
    (d / "alerts.yaml").write_text(
        f"channels:\n  hook: {{type: webhook, url: '{site.url('/hook')}', secret_env: NW_TEST_HOOK_SECRET}}\n"
        "rules:\n  - {id: deepseek-now, type: instant, match: {topics_any: [deepseek]}, channels: [hook]}\n",
        encoding="utf-8",
    )
    site.routes["/feed.xml"] = Reply(
        rss(
            [
                {"title": "DeepSeek in Italien gesperrt", "link": site.url("/a1.html"), "guid": "a1"},
                {"title": "Wetter: Sonne am Wochenende", "link": site.url("/a2.html"), "guid": "a2"},
            ]
        ),
        headers={"Content-Type": "application/rss+xml"},
    )
    site.routes["/a1.html"] = Reply(
        page(
            "DeepSeek in Italien gesperrt",
            [
                "Die italienische Datenschutzbehörde hat die App des chinesischen KI-Unternehmens DeepSeek "
                "gesperrt und verweist auf die Datenschutz-Grundverordnung.",
                "DeepSeek habe nicht erklärt, welche Daten gesammelt und wo sie gespeichert würden.",
            ],
        ),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    site.routes["/a2.html"] = Reply(
        page("Wetter", ["Am Wochenende scheint die Sonne, sagen die Meteorologen. " * 5]),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    site.routes["/hook"] = Reply(status=204)
    return d


def test_every_production_command_works_from_the_installed_package(
    venv: tuple[Path, Path], workdir: Path, site: Site, service_env: dict[str, str]
) -> None:
    bin_dir, _ = venv
    tag = uuid.uuid4().hex[:8]
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("NEWSWATCH_", "PYTHON"))},
        **service_env,
        "NEWSWATCH_INDEX_PREFIX": f"news-i{tag}",
        "NEWSWATCH_KEY_PREFIX": f"nwinst-{tag}",
        "NEWSWATCH_ALLOW_NETWORKS": "127.0.0.0/8",
        "NW_TEST_HOOK_SECRET": "installed-test-secret",
        "NEWSWATCH_KIBANA_URL": site.base,
        "XDG_CACHE_HOME": str(workdir.parent / "cache"),  # a new user's: nothing compiled or cached yet
    }
    cache = workdir.parent / "cache" / "newswatch"

    def nw(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bin_dir / "newswatch"), *args], cwd=workdir, env=env, capture_output=True, text=True, timeout=300
        )

    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import worker; print(worker.__file__)"], cwd=workdir, env=env,
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert str(bin_dir.parent) in where and str(ROOT) not in where
    try:
        r = nw("check")
        assert r.returncode == 0, r.stdout + r.stderr
        assert "FAIL" not in r.stdout and "not set up yet" in r.stdout
        assert "ok   language identification: py3langid" in r.stdout
        shutil.rmtree(cache)  # setup prepares the start-up caches on its own, for the first run
        r = nw("setup")
        assert r.returncode == 0 and "created" in r.stdout, r.stdout + r.stderr
        assert "start-up cache: ok   topics.yaml: 3 topics" in r.stdout, r.stdout
        assert {p.name.split("-")[0] for p in cache.iterdir()} >= {"langid", "topics", "terms", "chars"}
        r = nw("run", "--once")
        assert r.returncode == 0, r.stdout + r.stderr
        assert "2 indexed" in r.stdout and "deepseek 1" in r.stdout and "alerts:   1 sent" in r.stdout
        assert len([q for q in site.requests if q[1] == "/hook"]) == 1
        r = nw("search", "DeepSeek", "--topic", "deepseek")
        assert r.returncode == 0 and "DeepSeek in Italien gesperrt" in r.stdout, r.stdout + r.stderr
        r = nw("alerts", "backtest", "deepseek-now", "--since", "1h")
        assert r.returncode == 0 and "would have fired 1 time(s)" in r.stdout, r.stdout + r.stderr
        site.routes["/api/saved_objects/_import"] = Reply(
            json.dumps({"success": True, "successCount": 14}).encode(), headers={"Content-Type": "application/json"}
        )
        r = nw("kibana", "import")
        assert r.returncode == 0 and "imported 14 saved objects" in r.stdout, r.stdout + r.stderr
        _check_upload(site.requests[-1], bin_dir)
        r = nw("demo", "--port", "0")
        assert r.returncode == 0, r.stdout + r.stderr
        assert "alerts received by the demo webhook" in r.stdout and "signature verified" in r.stdout
        assert "SIGNATURE INVALID" not in r.stdout
    finally:
        remove_test_data(env_settings(env))


def _check_upload(request: tuple[str, str, dict[str, str], bytes], bin_dir: Path) -> None:
    """The import request: POST, overwrite, kbn-xsrf, one multipart `file` part with the shipped bundle."""
    method, path, headers, body = request
    assert method == "POST" and path == "/api/saved_objects/_import?overwrite=true"
    assert headers["kbn-xsrf"] == "true" and headers["Authorization"].startswith("Basic ")
    msg = BytesParser(policy=default_policy).parsebytes(
        b"Content-Type: " + headers["Content-Type"].encode() + b"\r\n\r\n" + body
    )
    [part] = list(msg.iter_parts())
    assert part.get_param("name", header="content-disposition") == "file"
    assert part.get_filename() == "newswatch.ndjson"
    code = "import sys; from worker.resources import kibana_bundle as b; sys.stdout.buffer.write(b().read_bytes())"
    shipped = subprocess.run([str(bin_dir / "python"), "-c", code], capture_output=True, check=True).stdout
    payload: Any = part.get_payload(decode=True)
    assert payload == shipped and len(shipped.splitlines()) == 14
