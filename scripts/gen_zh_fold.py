"""Write worker/topics/zh_fold.py: traditional Chinese characters folded to simplified ones for matching.

Source: OpenCC's TSCharacters.txt (Apache-2.0, https://github.com/BYVoid/OpenCC), as shipped in the
opencc-python-reimplemented wheel: `pip download --no-deps opencc-python-reimplemented`, unzip it and run
`python scripts/gen_zh_fold.py path/to/opencc/dictionary/TSCharacters.txt`.

Only one-character-for-one pairs within the Basic Multilingual Plane are kept, the first simplified form
of each: the fold must never change a text's length (mention offsets rely on it).
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "worker" / "topics" / "zh_fold.py"
HEADER = '''"""Traditional Chinese characters and the simplified ones they fold to (generated: scripts/gen_zh_fold.py).

Taiwanese and Hong Kong papers write 歐盟 for 欧盟, 輸出 for 输出, 商務部 for 商务部: the fold lets one term
serve both scripts (歐盟 and 欧盟 are one word to the matcher; words that differ, such as 晶片 and 芯片, are
still written out in topics.yaml). Data from OpenCC's
TSCharacters.txt (Apache License 2.0, https://github.com/BYVoid/OpenCC); one character for one, so no
text changes length.
"""

'''


def pairs(source: Path) -> list[tuple[str, str]]:
    """The (traditional, simplified) pairs of OpenCC's table that fold one BMP character into another."""
    out = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        trad, targets = line.split("\t", 1)
        simp = targets.split()[0]
        if len(trad) == 1 and len(simp) == 1 and trad != simp and ord(trad) < 0x10000 and ord(simp) < 0x10000:
            out.append((trad, simp))
    return out


def main() -> None:
    """Regenerate the module from the path given."""
    found = pairs(Path(sys.argv[1]))
    trad = "".join(t for t, _ in found)
    simp = "".join(s for _, s in found)
    lines = [HEADER, "TRADITIONAL = (\n"]
    lines += [f'    "{trad[i : i + 60]}"\n' for i in range(0, len(trad), 60)]
    lines += [")\nSIMPLIFIED = (\n"]
    lines += [f'    "{simp[i : i + 60]}"\n' for i in range(0, len(simp), 60)]
    lines += [")\n"]
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"{OUT}: {len(found)} characters")


if __name__ == "__main__":
    main()
