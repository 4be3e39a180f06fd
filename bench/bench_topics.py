"""Topic matching speed: a 5 KB article with the shipped topics and with synthetic topic sets.

Run: python bench/bench_topics.py   (prints a Markdown section)
"""

from __future__ import annotations

import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CORPUS, ROOT, best_of  # noqa: E402
from worker.topics import Matcher, TopicsFile, load_topics  # noqa: E402

DEMO = ROOT / "worker" / "resources" / "demo" / "articles.json"


def article_5kb() -> dict[str, str]:
    """5 KB texts: the German seed article (dense in all three topics) and an English demo-derived text."""
    import json

    texts = {}
    seed = ROOT.parent / "shared" / "seeds" / "article-de-deepseek.txt"
    if seed.exists():
        texts["seed article (de, all three topics, dense)"] = seed.read_text(encoding="utf-8")[:5000]
    arts = json.loads(DEMO.read_text(encoding="utf-8"))
    en = " ".join(" ".join(a["paras"]) for a in arts if a["lang"] == "en")
    texts["demo articles (en, mixed)"] = (en * 3)[:5000]
    plain = CORPUS / "pages"
    if plain.exists():
        from worker.extract import run_trafilatura

        ex = run_trafilatura((plain / "de-heise.de.lithium.html").read_bytes(), "https://www.heise.de/")
        if ex:
            texts["heise page (de, off-topic)"] = (ex.text * 3)[:5000]
    return texts


def synthetic(n_terms: int, seed: int = 7) -> Matcher:
    """n_terms terms in 10 topics: words, wildcards, phrases and capitals, like analysts write them."""
    rnd = random.Random(seed)
    vocab = ["".join(rnd.choices(string.ascii_lowercase, k=rnd.randint(5, 11))) for _ in range(n_terms)]
    real = ["export", "china", "chips", "nvidia", "regierung", "daten", "europa", "modell", "markt", "politik"]
    terms: list[str] = []
    for i, w in enumerate(vocab):
        kind = i % 5
        if kind == 0:
            terms.append(w)
        elif kind == 1:
            terms.append(w + "*")
        elif kind == 2:
            terms.append(f"{rnd.choice(real)} {w}")
        elif kind == 3:
            terms.append(w[:4].upper())
        else:
            terms.append("*" + w + "*")
    topics = []
    per = max(1, n_terms // 10)
    for t in range(10):
        chunk = terms[t * per : (t + 1) * per] or [f"zz{t}"]
        topics.append(
            {
                "id": f"t{t}",
                "rules": [
                    {
                        "id": "r",
                        "any": chunk[: len(chunk) // 2] or chunk,
                        "near": {"terms": chunk[len(chunk) // 2 :] or chunk, "within": 8},
                    },
                    {"id": "s", "any": chunk},
                ],
            }
        )
    return Matcher(TopicsFile.model_validate({"topics": topics}))


def main() -> None:
    texts = article_5kb()
    shipped = Matcher(load_topics(ROOT / "topics.yaml"))
    print("### Topic matching (`python bench/bench_topics.py`)\n")
    print(f"Shipped topics: {len(shipped.topics)} topics, {shipped.term_count} compiled terms.\n")
    print("| text (5,000 characters) | per article | throughput |")
    print("|---|---:|---:|")
    for name, text in texts.items():
        sec = best_of(lambda t=text: shipped.match(t))
        mb = len(text.encode()) / 1e6
        print(f"| {name} | {sec * 1000:.3f} ms | {mb / sec:.1f} MB/s |")
    print("\nSynthetic topic sets (10 topics; terms are words, word*, phrases, CAPS, *compound*), same texts:\n")
    names = list(texts)
    print("| terms | " + " | ".join(names) + " |")
    print("|---:|" + "---:|" * len(names))
    for n in (10, 100, 1_000, 10_000):
        m = synthetic(n)
        cells = [f"{best_of(lambda t=texts[k], m=m: m.match(t)) * 1000:.3f} ms" for k in names]
        print(f"| {m.term_count:,} | " + " | ".join(cells) + " |")
    # the shipped topics plus 10,000 synthetic terms: the realistic worst case
    import yaml

    data = yaml.safe_load((ROOT / "topics.yaml").read_text(encoding="utf-8"))
    extra = synthetic(10_000)
    data["topics"].append({"id": "synthetic", "rules": [{"id": "r", "any": [t.text for t in extra.terms]}]})
    both = Matcher(TopicsFile.model_validate(data))
    cells = [f"{best_of(lambda t=texts[k]: both.match(t)) * 1000:.3f} ms" for k in names]
    print(f"| shipped + 10,000 ({both.term_count:,}) | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
