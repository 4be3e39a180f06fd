"""Pooled blind figures: every round of labelled news measured with the rules it was first measured with.

Each round in `bench/blind_rounds.tsv` names the commit whose topics.yaml measured it blind (as
bench/RESULTS.md records). This script takes that commit's topics.yaml from git, matches the round's
tune and holdout halves with it (by the topics each text *mentions*), and sums the counts over the rounds
asked for: precision and recall per topic, and recall per language over all topics and for eu_ai. With
`--final` every round is matched with this tree's topics.yaml instead (the same texts after the changes
their tuning halves led to). The matcher is this tree's either way, so a changed matcher shows up too.

Run: python bench/pooled_blind.py [--first 83] [--last 119] [--final]   (prints a Markdown section)
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, matcher_at  # noqa: E402
from worker.evaluate import Counts, evaluate, read_rows  # noqa: E402
from worker.topics import Matcher, load_topics  # noqa: E402

ROUNDS = Path(__file__).resolve().parent / "blind_rounds.tsv"
DATA = ROOT / "tests" / "data"


def measuring_commits() -> dict[int, str]:
    """Round number -> the commit whose rules measured it blind."""
    out = {}
    for line in ROUNDS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            fields = line.split("\t")
            out[int(fields[0])] = fields[1]
    return out


def add(into: Counts, c: Counts) -> None:
    """Sum one round's counts into the pooled ones."""
    into.tp += c.tp
    into.fp += c.fp
    into.fn += c.fn


def fmt(c: Counts) -> str:
    """Recall with its counts."""
    return f"{c.recall:.2f} ({c.tp}/{c.tp + c.fn})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--first", type=int, default=83, help="first round (default 83, the first after the GDPR change)")
    ap.add_argument("--last", type=int, help="last round (default: the last in blind_rounds.tsv)")
    ap.add_argument("--final", action="store_true", help="match every round with this tree's topics.yaml")
    args = ap.parse_args()
    commits = measuring_commits()
    last = args.last if args.last is not None else max(commits)
    rounds = list(range(args.first, last + 1))
    missing = [n for n in rounds if n not in commits]
    if missing:
        sys.exit(f"no measuring commit in {ROUNDS.name} for round(s) {missing}")
    topics: dict[str, Counts] = defaultdict(Counts)
    langs: dict[str, Counts] = defaultdict(Counts)
    eu_langs: dict[str, Counts] = defaultdict(Counts)
    texts = 0
    final = Matcher(load_topics(ROOT / "topics.yaml")) if args.final else None
    cache: dict[str, Matcher] = {}
    for n in rounds:
        if final is not None:
            m = final
        else:
            if commits[n] not in cache:
                cache[commits[n]] = matcher_at(commits[n])
            m = cache[commits[n]]
        ids = {t.id for t in m.topics}
        rows = [r for half in ("tune", "holdout") for r in read_rows(DATA / f"news_{half}{n}.jsonl", ids, "mentioned")]
        rep = evaluate(m, rows)
        texts += rep.rows
        for t, c in rep.topics.items():
            add(topics[t], c)
        for lang, c in rep.languages.items():
            add(langs[lang], c)
            if "eu_ai" in rep.by_language_topic[lang]:
                add(eu_langs[lang], rep.by_language_topic[lang]["eu_ai"])
    how = "this tree's topics.yaml" if args.final else "the rules each round was first measured with"
    flags = f"--first {args.first} --last {last}" + (" --final" if args.final else "")
    print(f"### Pooled blind figures, rounds {args.first}-{last} (`python bench/pooled_blind.py {flags}`)\n")
    print(f"{texts:,} texts, by the topics each mentions, matched with {how}:\n")
    print("| topic | precision | recall | TP | FP | FN |")
    print("|---|---:|---:|---:|---:|---:|")
    for t, c in topics.items():
        print(f"| {t} | {c.precision:.3f} | {c.recall:.3f} | {c.tp} | {c.fp} | {c.fn} |")

    def by_recall(table: dict[str, Counts]) -> str:
        """Languages from the lowest recall up."""
        items = sorted((c.recall, lang) for lang, c in table.items() if c.tp + c.fn)
        return ", ".join(f"{lang} {fmt(table[lang])}" for _, lang in items)

    print(f"\nRecall per language, all topics: {by_recall(langs)}.\n")
    print(f"Recall per language, eu_ai: {by_recall(eu_langs)}.")


if __name__ == "__main__":
    main()
