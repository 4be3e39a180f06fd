"""Topic detection quality: per-topic precision and recall on the labelled and held-out sets.

Run: python bench/bench_quality.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from worker.topics import Matcher, load_topics  # noqa: E402

TOPICS = ("deepseek", "export_controls", "eu_ai")


def main() -> None:
    m = Matcher(load_topics(ROOT / "topics.yaml"))
    print("### Topic detection quality (`python bench/bench_quality.py`)\n")
    print("| set | texts | languages | negatives | topic | precision | recall | TP | FP | FN |")
    print("|---|---:|---|---:|---|---:|---:|---:|---:|---:|")
    for name in ("topics_labelled.jsonl", "topics_heldout.jsonl"):
        rows = [json.loads(x) for x in (ROOT / "tests" / "data" / name).read_text().splitlines() if x.strip()]
        tp: Counter[str] = Counter()
        fp: Counter[str] = Counter()
        fn: Counter[str] = Counter()
        for r in rows:
            got = {x.id for x in m.match(r["text"], title=r.get("title", "")) if x.passed}
            for t in TOPICS:
                tp[t] += t in got and t in r["topics"]
                fp[t] += t in got and t not in r["topics"]
                fn[t] += t not in got and t in r["topics"]
        langs = ", ".join(sorted({r["lang"] for r in rows}))
        neg = sum(1 for r in rows if not r["topics"])
        for t in TOPICS:
            p = tp[t] / ((tp[t] + fp[t]) or 1)
            rc = tp[t] / ((tp[t] + fn[t]) or 1)
            print(
                f"| {name} | {len(rows)} | {langs} | {neg} | {t} | {p:.3f} | {rc:.3f} | {tp[t]} | {fp[t]} | {fn[t]} |"
            )


if __name__ == "__main__":
    main()
