"""CLI commands that need no services: match (JSON, JSONL, explain) and check."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.conftest import ROOT
from worker.cli import main

TEXT = "Italiens Datenschutzbehörde hat DeepSeek wegen der DSGVO gesperrt. Die KI-App bleibt blockiert."


def run(args: list[str], stdin: str = "", env: dict[str, str] | None = None) -> tuple[int, str]:
    r = CliRunner().invoke(
        main, args, input=stdin, env={"NEWSWATCH_TOPICS_FILE": str(ROOT / "topics.yaml"), **(env or {})}
    )
    return r.exit_code, r.output


def test_match_json_shape() -> None:
    code, out = run(["match", "--title", "DeepSeek gesperrt"], TEXT)
    assert code == 0
    data = json.loads(out)
    assert data["lang"] == "de"
    ids = [t["id"] for t in data["topics"]]
    assert ids == ["deepseek", "eu_ai"]
    t = data["topics"][0]
    assert set(t) == {"id", "score", "mentions", "rules"} and 0 < t["score"] <= 1
    m = t["mentions"][0]
    assert {"term", "start", "end", "snippet"} <= set(m)


def test_match_only_lists_matched_topics() -> None:
    code, out = run(["match"], "Das Wetter wird morgen sonnig und warm.")
    assert code == 0 and json.loads(out)["topics"] == []


def test_match_jsonl() -> None:
    lines = (
        "\n".join(
            [
                json.dumps({"id": "a", "text": TEXT}),
                "not json",
                json.dumps({"id": "b", "text": "Nothing here.", "lang": "en"}),
            ]
        )
        + "\n"
    )
    code, out = run(["match", "--jsonl"], lines)
    assert code == 0
    rows = [json.loads(x) for x in out.splitlines() if x.startswith('{"id"')]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert [t["id"] for t in rows[0]["topics"]] == ["deepseek", "eu_ai"] and rows[1]["topics"] == []
    assert '"line": 2' in out  # the bad line is reported, the rest processed


def test_a_reader_that_goes_away_is_not_an_error(tmp_path: Path) -> None:
    """`newswatch match --jsonl < many | head -1`: no "BrokenPipeError" line, the exit status of a SIGPIPE."""
    import os
    import subprocess
    import sys

    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"id": i, "text": TEXT}) + "\n" for i in range(3000)), encoding="utf-8")
    env = {**os.environ, "NEWSWATCH_TOPICS_FILE": str(ROOT / "topics.yaml")}
    with rows.open("rb") as stdin:
        proc = subprocess.Popen(
            [sys.executable, "-m", "worker.cli", "match", "--jsonl"],
            stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT,
        )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    assert json.loads(proc.stdout.readline())["id"] == 0
    proc.stdout.close()  # the reader goes away while the command still has 2,999 lines to write
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 141, err
    assert "BrokenPipe" not in err and "Traceback" not in err, err


def test_match_jsonl_writes_odd_ids_and_goes_on(tmp_path: Path) -> None:
    """An id with a lone surrogate or a huge integer comes back as given, and the lines after it are matched."""
    import os
    import subprocess
    import sys

    lines = '{"id": "a\\ud800", "text": "DeepSeek"}\n{"id": 123456789012345678901234567890, "text": "x"}\n'
    lines += '{"id": 1.5, "text": "x"}\n{"id": -99999999999999999999, "text": "x"}\n'
    lines += json.dumps({"id": "last", "text": TEXT}) + "\n"
    env = {**os.environ, "NEWSWATCH_TOPICS_FILE": str(ROOT / "topics.yaml")}
    proc = subprocess.run(
        [sys.executable, "-m", "worker.cli", "match", "--jsonl"],
        input=lines.encode(), capture_output=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == ["a\ud800", 123456789012345678901234567890, 1.5, -99999999999999999999, "last"]
    assert [t["id"] for t in rows[0]["topics"]] == ["deepseek"] and rows[4]["topics"]


def test_match_explain() -> None:
    code, out = run(["match", "--explain"], TEXT)
    assert code == 0
    assert "MATCH  deepseek" in out and "[DeepSeek]" in out
    assert "no  export_controls" in out and "no rule fired" in out


def test_check_reports_all_errors(tmp_path: Path) -> None:
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - {id: heise, url: 'https://heise.de/x', interval: 10}\n")
    code, out = run(["check", "--offline", "--feeds", str(bad), "--alerts", str(ROOT / "alerts.yaml")])
    assert code == 1
    assert "FAIL feeds.yaml: feed 'heise': interval: must be ≥ 60 s" in out
    assert "ok   " in out  # topics and alerts still checked and reported


def test_check_ok() -> None:
    code, out = run(["check", "--offline", "--feeds", str(ROOT / "feeds.yaml"), "--alerts", str(ROOT / "alerts.yaml")])
    assert code == 0, out
    assert "3 topics" in out
    assert "ok   language identification: py3langid" in out  # a German sample identified as German


def test_configuration_reference_is_current() -> None:
    code, out = run(["config-reference"])
    assert code == 0
    assert out == (ROOT / "docs" / "CONFIGURATION.md").read_text(encoding="utf-8"), (
        "docs/CONFIGURATION.md is stale: run `newswatch config-reference > docs/CONFIGURATION.md`"
    )
    assert "`NEWSWATCH_ALLOW_NETWORKS`" in out and "| `interval` |" in out


def test_eval_against_another_labels_field(tmp_path: Path) -> None:
    """`eval --labels mentioned` reads the expected topics from that field; a row without it is named."""
    rows = [
        {"id": "a", "lang": "de", "text": TEXT, "labels": [], "mentioned": ["deepseek", "eu_ai"]},
        {"id": "b", "lang": "en", "text": "The weather stays mild.", "labels": [], "mentioned": []},
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out = run(["eval", str(path), "--json"])
    assert code == 0 and json.loads(out)["topics"]["deepseek"]["fp"] == 1
    code, out = run(["eval", str(path), "--json", "--labels", "mentioned"])
    figures = json.loads(out)["topics"]
    assert code == 0 and figures["deepseek"]["tp"] == 1 and figures["deepseek"]["fp"] == 0
    code, out = run(["eval", str(path), "--labels", "about"])
    assert code == 1 and "rows.jsonl:1" in out and "'about'" in out
