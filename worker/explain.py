"""`newswatch match --explain`: a readable account of why each topic did or did not match."""

from __future__ import annotations

import click

from .models import TopicResult
from .topics import Matcher


def _highlight(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with matched spans in bold yellow (plain brackets when not on a terminal)."""
    out, pos = [], 0
    for s, e in sorted(set(spans)):
        if s < pos:
            continue
        out.append(text[pos:s])
        out.append(click.style(f"[{text[s:e]}]", fg="yellow", bold=True))
        pos = e
    out.append(text[pos:])
    return "".join(out)


def render(results: list[TopicResult], text: str, title: str, matcher: Matcher) -> str:
    """Multi-line explanation for a terminal."""
    thresholds = {t.id: t.threshold for t in matcher.topics}
    lines: list[str] = []
    for r in results:
        mark = click.style("MATCH", fg="green", bold=True) if r.passed else click.style("no", fg="red")
        lines.append(f"{mark}  {r.id}: score {r.score:.2f} (threshold {thresholds[r.id]:.2f})")
        lines.append(f"      {r.reason}")
        for m in r.mentions[:8]:
            lines.append(f"      - {m.field} {m.start}-{m.end} {m.term!r}: …{m.snippet}…")
        if len(r.mentions) > 8:
            lines.append(f"      … {len(r.mentions) - 8} more mentions")
    spans_t = [(m.start, m.end) for r in results for m in r.mentions if m.field == "title"]
    spans_b = [(m.start, m.end) for r in results for m in r.mentions if m.field == "text"]
    lines.append("")
    if title:
        lines.append("title: " + _highlight(title, spans_t))
    lines.append(_highlight(text, spans_b))
    return "\n".join(lines)
