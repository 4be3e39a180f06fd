"""Topic detection quality: precision and recall on the sets we wrote and on real published news.

- tests/data/topics_labelled.jsonl, topics_heldout.jsonl: written by us (vocabulary and traps);
- tests/data/news_tune*.jsonl, news_holdout*.jsonl: real news excerpts labelled by people who never saw
  the rules; the rules are tuned on the tune sets only, the holdouts only measure.

Run: python bench/bench_quality.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from worker.evaluate import evaluate, read_rows  # noqa: E402
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

    real_news(m)


def real_news(m: Matcher) -> None:
    """Per topic on each real-news set; recall per language pooled over the holdouts."""
    ids = {t.id for t in m.topics}
    print("\nReal published news (`newswatch eval tests/data/<set>`): precision / recall per topic.\n")
    print("| set | texts | languages | deepseek | export_controls | eu_ai |")
    print("|---|---:|---:|---|---|---|")
    pooled: dict[str, list[int]] = {}
    pooled_mentioned: dict[str, list[int]] = {}
    # Every round's files, in round order (round 8 is a holdout only; round 10's files were lost before they
    # were committed): a new round's files are in the tables as soon as they are in tests/data.
    data = ROOT / "tests" / "data"
    sets = [p.name for p in sorted(data.glob("news_tune*.jsonl"), key=_round)]
    holdouts = [p.name for p in sorted(data.glob("news_holdout*.jsonl"), key=_round)]
    both_rounds: list[int] = []
    for name in (*sets, *holdouts):
        path = data / name
        # Rounds from 7 on carry both conventions: `labels` (what the article is about) and `mentioned`.
        both = '"mentioned"' in path.read_text(encoding="utf-8").partition("\n")[0]
        if both and "holdout" in name:
            both_rounds.append(_round(path))
        for field, suffix, acc in (("labels", "", pooled), ("mentioned", ", labels = mentioned", pooled_mentioned)):
            if field == "mentioned" and not both:
                continue
            rep = evaluate(m, read_rows(path, ids, field))
            cells = " | ".join(f"{rep.topics[t].precision:.2f} / {rep.topics[t].recall:.2f}" for t in TOPICS)
            print(f"| {name}{suffix} | {rep.rows} | {len(rep.languages)} | {cells} |")
            if "holdout" in name:
                for lang, c in rep.languages.items():
                    tally = acc.setdefault(lang, [0, 0])
                    tally[0] += c.tp
                    tally[1] += c.tp + c.fn
    _recall_row("Recall per language on the holdouts together (all topics of the texts in that language):", pooled)
    if pooled_mentioned:
        span = f"{min(both_rounds)}-{max(both_rounds)}"
        title = f"The same with the topics each text mentions as the truth (rounds {span}'s holdouts carry both):"
        _recall_row(title, pooled_mentioned)


def _round(path: Path) -> int:
    """The round a labelled set belongs to: news_tune.jsonl is round 1, news_holdout12.jsonl round 12."""
    return int(re.sub(r"\D", "", path.stem) or 1)


def _recall_row(title: str, pooled: dict[str, list[int]]) -> None:
    """A one-row table of pooled recall per language."""
    print(f"\n{title}\n")
    print("| " + " | ".join(sorted(pooled)) + " |")
    print("|" + "---:|" * len(pooled))
    print("| " + " | ".join(f"{tp / n:.2f} ({tp}/{n})" for tp, n in (pooled[k] for k in sorted(pooled))) + " |")


if __name__ == "__main__":
    main()
