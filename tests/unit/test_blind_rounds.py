"""The record of blind rounds (bench/blind_rounds.tsv) matches the labelled data and the history."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bench.pooled_blind import DATA, measuring_commits

ROOT = Path(__file__).resolve().parents[2]


def test_every_recorded_round_has_both_halves() -> None:
    """Each round named in the record has its tune and holdout files, with `mentioned` on every row."""
    commits = measuring_commits()
    assert commits, "blind_rounds.tsv lists no round"
    for n in commits:
        for half in ("tune", "holdout"):
            path = DATA / f"news_{half}{n}.jsonl"
            assert path.exists(), f"round {n}: {path.name} missing"
            assert '"mentioned"' in path.read_text(encoding="utf-8").splitlines()[0], f"{path.name}: no mentioned"


def test_rounds_are_consecutive_up_to_the_newest_data() -> None:
    """No round is skipped, and the newest labelled round is recorded (add its measuring commit when merging it)."""
    commits = measuring_commits()
    newest = max(int(p.stem.removeprefix("news_tune")) for p in DATA.glob("news_tune*.jsonl") if p.stem[9:].isdigit())
    assert sorted(commits) == list(range(min(commits), newest + 1))


def test_measuring_commits_exist_in_the_history() -> None:
    """Every measuring commit can be read back (skipped outside a git checkout, e.g. from an sdist)."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    shallow = subprocess.run(["git", "rev-parse", "--is-shallow-repository"], cwd=ROOT, capture_output=True, text=True)
    if shallow.stdout.strip() == "true":
        pytest.skip("shallow clone: old commits are not here")
    for n, commit in measuring_commits().items():
        ok = subprocess.run(["git", "cat-file", "-e", f"{commit}:topics.yaml"], cwd=ROOT, capture_output=True)
        assert ok.returncode == 0, f"round {n}: {commit}:topics.yaml not in the history"
