"""The baseline: trafilatura alone, one process, extracting the benchmark's pages from memory.

Same pages, same order and same options as newswatch's extract stage; prints one JSON line with
the CPU and wall seconds of the extraction loop (the whole process, start-up included, is
measured from outside by bench_cpu.py).

Run: python -m bench.trafilatura_alone --pages 384
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_pipeline import load_pages  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=384)
    args = ap.parse_args()
    import trafilatura

    pages = load_pages()
    cpu, wall = time.process_time(), time.perf_counter()
    found = 0
    for i in range(args.pages):
        doc = trafilatura.bare_extraction(
            pages[i % len(pages)][1],
            url=f"http://127.0.0.1/p/{i}",
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=True,
        )
        # bare_extraction returns a Document, or a dict when asked for one (as_dict): count both the same
        text = doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)
        found += bool(text)
    print(json.dumps({"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall, "found": found}))


if __name__ == "__main__":
    main()
