"""Server-rendered SVG: the values claimed on one fact, on one axis, each marked with its claimant."""

import datetime as dt
import math
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

WIDTH = 720
ROW = 26
LEFT = 210  # room for the claimant labels
RIGHT = 30
TOP = 16
AXIS = 34


@dataclass(frozen=True)
class Point:
    claim_id: int
    label: str  # the claimant
    text: str  # the value as written
    low: float | None
    high: float | None
    css: str = ""


def short(text, length):
    return text if len(text) <= length else text[: length - 1] + "…"


def num(value):
    return f"{value:.1f}"


def nice_ticks(lo, hi, log):
    if log:
        return [10**e for e in range(math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1)]
    span = hi - lo or abs(hi) or 1
    step = 10 ** math.floor(math.log10(span / 5))
    for mult in (1, 2, 5, 10):
        if span / (step * mult) <= 6:
            step *= mult
            break
    first = math.floor(lo / step) * step
    return [first + i * step for i in range(int((hi - first) / step) + 2)]


def tick_label(value, is_time):
    if is_time:
        return dt.datetime.fromtimestamp(value, dt.timezone.utc).strftime("%d %b %H:%M")
    return f"{value:,.0f}" if abs(value) >= 10 or value == int(value) else f"{value:g}"


def value_plot(points: list[Point], is_time: bool = False) -> str:
    """One row per claim: a dot for an exact figure, a bar for a range, an arrow for open-ended ones.

    The axis is logarithmic when the values span more than an order of magnitude, so 63 and 400
    and "hundreds" all stay readable.
    """
    points = [p for p in points if p.low is not None or p.high is not None]
    if not points:
        return ""
    known = [v for p in points for v in (p.low, p.high) if v is not None]
    lo, hi = min(known), max(known)
    log = not is_time and lo > 0 and hi / lo >= 10
    if log:
        lo, hi = lo / 1.5, hi * 1.5
    else:
        pad = (hi - lo) * 0.1 or max(abs(hi) * 0.1, 1)
        lo, hi = (lo - pad if lo - pad > 0 or lo < 0 else 0), hi + pad
    ticks = [t for t in nice_ticks(lo, hi, log) if lo <= t <= hi]
    plot_w = WIDTH - LEFT - RIGHT

    def x(v):
        if log:
            return LEFT + plot_w * (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))
        return LEFT + plot_w * (v - lo) / (hi - lo)

    height = TOP + ROW * len(points) + AXIS
    rows = []
    for i, p in enumerate(points):
        y = TOP + ROW * i + ROW / 2
        start = x(p.low) if p.low is not None else LEFT
        end = x(p.high) if p.high is not None else WIDTH - RIGHT
        if p.low is not None and p.high is not None and abs(end - start) < 1:
            mark = format_html('<circle cx="{}" cy="{}" r="6" class="dot"/>', num(start), num(y))
        else:
            open_end = p.high is None or p.low is None
            mark = format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" class="range{}"/>',
                num(start), num(y), num(end), num(y), " open" if open_end else "",
            )
        rows.append(
            format_html(
                '<g class="row {}" data-claim-id="{}"><title>{}: {}</title>'
                '<text x="{}" y="{}" class="who" text-anchor="end">{}</text>{}'
                '<text x="{}" y="{}" class="what">{}</text></g>',
                p.css, p.claim_id, p.label, p.text, LEFT - 10, num(y + 4), short(p.label, 26), mark,
                num(min(max(start, end) + 8, WIDTH - RIGHT - 60)), num(y - 8), short(p.text, 40),
            )
        )
    axis_y = TOP + ROW * len(points) + 6
    ticks_svg = format_html_join(
        "", '<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" class="grid"/><text x="{0}" y="{3}" '
        'text-anchor="middle" class="tick">{4}</text>',
        ((num(x(t)), TOP, axis_y, axis_y + 16, tick_label(t, is_time)) for t in ticks),
    )
    scale = "time (UTC)" if is_time else ("log scale" if log else "linear scale")
    return format_html(
        '<svg class="value-plot" role="img" viewBox="0 0 {w} {h}" width="100%" '
        'aria-label="Values claimed, {scale}" xmlns="http://www.w3.org/2000/svg">'
        "{ticks}{rows}"
        '<text x="{w_right}" y="{h_bottom}" text-anchor="end" class="scale">{scale}</text></svg>',
        w=WIDTH, h=height, scale=scale, ticks=ticks_svg, rows=mark_safe("".join(rows)),
        w_right=WIDTH - RIGHT, h_bottom=height - 2,
    )
