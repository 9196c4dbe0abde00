"""Article text as HTML with every claim highlighted; all text is escaped, only our markup is safe."""

from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    claim_id: int
    css: str = ""


def highlight(text: str, spans: list[Span], start: int = 0, panel_url: str = "?claim={}") -> str:
    """Wrap each claim's text in <mark data-claim-id>, nesting overlaps.

    Each mark asks for the claim's panel through htmx (`panel_url`); "consume" keeps a click on
    a nested mark from also opening the marks around it.

    The text is cut at every claim boundary. Each piece is covered by some claims, ordered
    outermost first; consecutive pieces share the marks they have in common and close or open the
    rest, so the HTML nests properly. A claim that partly overlaps another is split into several
    marks, each carrying its id, so every claim keeps at least one element of its own.
    """
    spans = [s for s in spans if s.end > max(s.start, start) and s.start < len(text)]
    cuts = sorted({start, len(text)} | {max(s.start, start) for s in spans} | {min(s.end, len(text)) for s in spans})
    order = {s.claim_id: (s.start, -s.end, s.claim_id) for s in spans}
    out = []
    open_marks: list[Span] = []
    first_seen: set[int] = set()
    for left, right in zip(cuts, cuts[1:]):
        covering = sorted((s for s in spans if s.start <= left and s.end >= right), key=lambda s: order[s.claim_id])
        common = 0
        while common < min(len(open_marks), len(covering)) and open_marks[common] is covering[common]:
            common += 1
        out.append("</mark>" * (len(open_marks) - common))
        for span in covering[common:]:
            anchor = "" if span.claim_id in first_seen else format_html(' id="claim-{}"', span.claim_id)
            first_seen.add(span.claim_id)
            out.append(
                format_html(
                    '<mark class="claim {}" data-claim-id="{}"{} tabindex="0" role="button" hx-get="{}"'
                    " hx-trigger=\"click consume, keydown[key=='Enter'] consume\">",
                    span.css,
                    span.claim_id,
                    anchor,
                    panel_url.format(span.claim_id),
                )
            )
        open_marks = covering
        out.append(escape(text[left:right]))
    out.append("</mark>" * len(open_marks))
    return mark_safe("".join(out))
