"""Detection unchanged: the working tree's matcher and language identification against a reference commit's.

Writes the inputs once (texts and topic files), runs `detection_dump.py` with this tree's `worker`
package and with `git archive <ref> worker` unpacked in a temporary folder, and compares every
topic verdict of every text: scores, passed, rules, reason, mention count, and each reported
mention (field, start, end, term, snippet); plus the language detected for the real texts.
Both sides read the *same* topics.yaml (this tree's), so a rules change elsewhere does not show up.
The reference side runs in Python (NEWSWATCH_NATIVE=0): its tree has no native module of its own.

Sets: tests/data (every labelled row), the real corpus pages and feed entries, 2,000 dense 5 KB
articles in 20 languages, 3,000 fuzz texts, and synthetic topic sets of 1,000 and of 10,000 terms
(the latter added to the shipped topics) with texts that hit their terms in every variant.

Run: python bench/check_detection.py [--against main]   (exit status 1 on any difference)
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from bench.corpora import (  # noqa: E402
    corpus_texts,
    dense_articles,
    fuzz_texts,
    labelled_rows,
    synthetic_texts,
    synthetic_topics,
    topic_terms,
    write_jsonl,
)


def shipped_terms(topics: dict[str, object]) -> list[str]:
    """Every plain term string written in topics.yaml (concepts and rules)."""
    found: list[str] = []

    def walk(v: object) -> None:
        if isinstance(v, str):
            found.append(v)
        elif isinstance(v, dict):
            if "term" in v and isinstance(v["term"], str):
                found.append(v["term"])
            else:
                for x in v.values():
                    walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(topics.get("concepts", {}))
    for t in topics["topics"]:  # type: ignore[attr-defined]
        for r in t["rules"]:
            walk([r.get("any"), r.get("all"), r.get("none"), r.get("near")])
    return [t for t in found if not t.startswith("@") and len(t) < 60]


def write_inputs(d: Path) -> dict[str, int]:
    """Every set's texts and topics file; returns the number of texts per set."""
    shipped = yaml.safe_load((ROOT / "topics.yaml").read_text(encoding="utf-8"))
    (d / "shipped.yaml").write_text((ROOT / "topics.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    syn1k, syn10k = synthetic_topics(1_000), synthetic_topics(10_000)
    (d / "syn1k.yaml").write_text(json.dumps(syn1k), encoding="utf-8")
    both = dict(shipped)
    both["topics"] = [*shipped["topics"], {"id": "synthetic", "rules": [{"id": "r", "any": topic_terms(syn10k)}]}]
    (d / "both.yaml").write_text(json.dumps(both, ensure_ascii=False), encoding="utf-8")
    dense = dense_articles()
    sets = {
        "labelled": ("shipped.yaml", labelled_rows(), True),
        "corpus": ("shipped.yaml", corpus_texts(), True),
        "dense": ("shipped.yaml", dense, True),
        "fuzz": ("shipped.yaml", fuzz_texts(shipped_terms(shipped)), False),
        "synthetic-1000": ("syn1k.yaml", synthetic_texts(syn1k, 1000), False),
        "shipped+10000": ("both.yaml", dense[:300] + synthetic_texts(syn10k, 1000, seed=4), False),
    }
    spec = {}
    for name, (topics, rows, lang) in sets.items():
        write_jsonl(d / f"{name}.jsonl", rows)
        spec[name] = {"topics": topics, "texts": f"{name}.jsonl", "lang": lang}
    (d / "sets.json").write_text(json.dumps(spec), encoding="utf-8")
    return {name: len(rows) for name, (_, rows, _) in sets.items()}


def export(ref: str, dest: Path) -> None:
    """The reference commit's worker package, unpacked into dest."""
    raw = subprocess.run(["git", "archive", ref, "worker"], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        tar.extractall(dest, filter="data")


def dump(root: Path, inputs: Path, python_only: bool = False) -> list[str]:
    """detection_dump.py's output lines for one tree (`python_only`: with NEWSWATCH_NATIVE=0)."""
    cmd = [sys.executable, str(ROOT / "bench" / "detection_dump.py"), "--root", str(root), "--inputs", str(inputs)]
    env = {**os.environ, "NEWSWATCH_NATIVE": "0"} if python_only else None
    return subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=inputs, env=env).stdout.splitlines()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--against", default="main", help="reference commit (default: main)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        inputs, ref_root = tmp / "inputs", tmp / "ref"
        inputs.mkdir()
        ref_root.mkdir()
        counts = write_inputs(inputs)
        export(args.against, ref_root)
        # The reference tree is worker/ alone, without its native module; `import worker._native` would still
        # find the one installed beside this tree (the editable install) and run this tree's native code on
        # both sides, so the reference runs in Python, which its own tests held equal to its native code.
        before, after = dump(ref_root, inputs, python_only=True), dump(ROOT, inputs)
    diffs = [(b, a) for b, a in zip(before, after, strict=False) if b != a]
    results = [json.loads(x) for x in after]
    verdicts = sum(len(r["topics"]) for r in results)
    mentions = sum(len(t["mentions"]) for r in results for t in r["topics"])
    passed = sum(t["passed"] for r in results for t in r["topics"])
    langs = sum("lang" in r for r in results)
    print(f"### Detection unchanged (`python bench/check_detection.py --against {args.against}`)\n")
    print("Texts per set: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + ".\n")
    print(
        f"Compared with {args.against}: {len(after):,} texts, {verdicts:,} topic verdicts ({passed:,} passed), "
        f"{mentions:,} mentions, {langs:,} languages compared: {len(diffs) + abs(len(before) - len(after))} differences"
    )
    # Which differences change a verdict (the topics a text passes), not only scores or mentions.
    flips = []
    for b, a in diffs:
        rb, ra = json.loads(b), json.loads(a)
        pb = sorted(t["id"] for t in rb["topics"] if t["passed"])
        pa = sorted(t["id"] for t in ra["topics"] if t["passed"])
        if pb != pa or rb.get("lang") != ra.get("lang"):
            flips.append(f"{ra.get('set')}/{ra.get('id')}: {pb} {rb.get('lang', '')} -> {pa} {ra.get('lang', '')}")
    by_set = Counter(f.split("/", 1)[0] for f in flips)
    print(f"of which change a verdict or a language: {len(flips)}" + (f" (by set: {dict(by_set)})" if flips else ""))
    # What the other differences are: per topic verdict, the fields that differ ("mention order": the same
    # mentions reported in another order; the order also decides which are reported when there are more).
    kinds: Counter[str] = Counter()
    for b, a in diffs:
        for tb, ta in zip(json.loads(b)["topics"], json.loads(a)["topics"], strict=False):
            for key in sorted(set(tb) | set(ta)):
                if tb.get(key) != ta.get(key):
                    kind = key
                    if key == "mentions" and sorted(tb[key]) == sorted(ta[key]):
                        kind = "mention order"
                    elif key == "mentions" and tb["mention_count"] == ta["mention_count"] > len(ta[key]):
                        kind = "which mentions of more than the reported ones (order at the cut)"
                    kinds[kind] += 1
    if kinds:
        print("differing fields (topic verdicts): " + ", ".join(f"{k} {v:,}" for k, v in kinds.most_common()))
    for f in flips[:40]:
        print(f"  {f}")
    for b, a in diffs[:5]:
        print(f"  before: {b[:400]}\n  after:  {a[:400]}")
    sys.exit(1 if diffs or len(before) != len(after) else 0)


if __name__ == "__main__":
    main()
