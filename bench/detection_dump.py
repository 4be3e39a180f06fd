"""Everything the matcher and the language identification say about a set of texts, as JSON lines.

Self-contained on purpose: `check_detection.py` runs it twice, once with the working tree's `worker`
package and once with a reference commit's, on the same inputs, and compares the outputs byte for byte.
It uses only names both sides have: `worker.topics.Matcher`, `load_topics`, `worker.text.detect_lang`
and the TopicResult/Mention attributes.

Run: python bench/detection_dump.py --root <tree holding worker/> --inputs <dir from check_detection.py>
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def result_json(r: Any) -> dict[str, Any]:
    """One topic's verdict, every field."""
    return {
        "id": r.id,
        "score": r.score,
        "passed": r.passed,
        "mention_count": r.mention_count,
        "rules": list(r.rules),
        "reason": r.reason,
        "mentions": [[m.field, m.start, m.end, m.term, m.snippet] for m in r.mentions],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True, type=Path)
    ap.add_argument("--inputs", required=True, type=Path)
    args = ap.parse_args()
    sys.path.insert(0, str(args.root.resolve()))
    from worker.text import detect_lang
    from worker.topics import Matcher, load_topics

    assert Path(sys.modules["worker"].__file__ or "").resolve().is_relative_to(args.root.resolve())
    sets = json.loads((args.inputs / "sets.json").read_text(encoding="utf-8"))
    out = sys.stdout
    for name, spec in sets.items():
        matcher = Matcher(load_topics(args.inputs / spec["topics"]))
        with open(args.inputs / spec["texts"], encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                res = matcher.match(row["text"], title=row.get("title", ""))
                rec: dict[str, Any] = {"set": name, "id": row["id"], "topics": [result_json(r) for r in res]}
                if spec.get("lang"):
                    rec["lang"] = detect_lang(row["text"])
                out.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
