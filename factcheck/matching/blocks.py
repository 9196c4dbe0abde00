"""Suggesting links inside blocks of claims that share a fact key: a time window instead of every
pair, and arithmetic across measures (fired - intercepted = hit)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import replace

from .core import (
    CONTRADICTS, CORROBORATES, UNKNOWN, WINDOW_DAYS, MatchClaim, Suggestion, _clamp, _fmt, _order,
)
from .identity import _same_claimant
from .keys import PART, WHOLESALE, _Info, _info, counts_of, happening_time_keys, key_subject, open_count_subject, related_keys
from .measures import _PROJECTILE_MEASURES, _SUBJECT_TITLES
from .relations import _compare, _within_window
from .scope import _places_conflict, counts_a_part
from .stories import other_stories
from .values import _overlap, _range


# --------------------------------------------------------------------------------------------
# Suggesting within blocks


def _window_pairs(items: list[tuple[MatchClaim, _Info]], focus: set[int] | None = None):
    """Pairs of claims in different articles whose publication dates are within the window.

    With `focus`, only pairs with at least one claim in it, found without visiting the others.
    """
    if focus is not None:
        for x in items:
            if x[0].id not in focus:
                continue
            for y in items:
                if y[0].id == x[0].id or (y[0].id in focus and y[0].id < x[0].id):
                    continue
                if x[0].published is None or y[0].published is None or abs(
                    (x[0].published - y[0].published).days
                ) <= WINDOW_DAYS:
                    yield x, y
        return
    dated = sorted((x for x in items if x[0].published is not None), key=lambda x: x[0].published)
    undated = [x for x in items if x[0].published is None]
    days = [x[0].published.toordinal() for x in dated]
    for i, x in enumerate(dated):
        j_end = bisect.bisect_right(days, days[i] + WINDOW_DAYS)
        for y in dated[i + 1:j_end]:
            yield x, y
    for i, x in enumerate(undated):
        for y in undated[i + 1:] + dated:
            yield x, y


def _fits_event(pairs: list[tuple[tuple[MatchClaim, _Info], tuple[MatchClaim, _Info]]]) -> bool:
    return all(_within_window(x[0], y[0]) and not _places_conflict(x[1].where, y[1].where) for x, y in pairs)


def _arithmetic(by_measure: dict[str, list[tuple[MatchClaim, _Info]]], family: str) -> list[Suggestion]:
    out: list[Suggestion] = []
    fired, inter, hit = (by_measure.get(m, []) for m in _PROJECTILE_MEASURES)
    subj = _SUBJECT_TITLES.get(family, family)
    # full triples: fired - intercepted = hit. One suggestion per "hit" claim (to the fired claim, or to the
    # intercepted one when the fired claim is in the hit claim's article), preferring a triple from another
    # claimant and with crisp figures, so six repeats of one statement do not make thirty links.
    for h in hit:
        rh = _range(h[0].value)
        if rh is None:
            continue
        best_t = None
        for f in fired:
            rf = _range(f[0].value)
            if rf is None or not _fits_event([(f, h)]):
                continue
            for i in inter:
                ri = _range(i[0].value)
                if ri is None or not _fits_event([(f, i), (i, h)]):
                    continue
                partner = f if f[0].article_id != h[0].article_id else (i if i[0].article_id != h[0].article_id else None)
                if partner is None:
                    continue
                lo, hi = rf.lo - ri.hi, rf.hi - ri.lo
                fits = _overlap(lo, hi, rh.lo, rh.hi)
                if not fits and not rh.lo > hi:
                    continue  # fewer hit than fired minus intercepted: some missed; no claim either way
                crisp = rf.crisp and ri.crisp and rh.crisp
                rank = (fits, not _same_claimant(h[0], partner[0]), crisp, -partner[0].id)
                if best_t is None or rank > best_t[0]:
                    best_t = (rank, f, i, partner, fits, crisp)
        if best_t is None:
            continue
        _, f, i, partner, fits, crisp = best_t
        expr = f"{_fmt(f[0].value)} fired − {_fmt(i[0].value)} shot down"
        reason = (f"{expr} = {_fmt(h[0].value)} hit ({subj})" if fits
                  else f"{expr} leaves fewer than the {_fmt(h[0].value)} said to have hit ({subj})")
        score = (0.8 if crisp else 0.6) if fits else 0.55
        later, earlier = _order(h[0], partner[0])
        out.append(Suggestion(later.id, earlier.id, CORROBORATES if fits else CONTRADICTS, _clamp(score), reason))
    # impossible pairs: more hit or shot down than were fired
    for f in fired:
        rf = _range(f[0].value)
        if rf is None:
            continue
        for part, word in ((hit, "hit"), (inter, "shot down")):
            for p in part:
                rp = _range(p[0].value)
                if rp is None or p[0].article_id == f[0].article_id or not _fits_event([(f, p)]):
                    continue
                if bool(f[1].where.best()) != bool(p[1].where.best()):
                    continue  # "40 fired at Kyiv" vs "80 shot down" (where?): perhaps a wider count
                if rp.lit_lo > rf.lit_hi:
                    later, earlier = _order(f[0], p[0])
                    out.append(Suggestion(later.id, earlier.id, CONTRADICTS, 0.55,
                                          f"{_fmt(p[0].value)} {subj} {word} but only {_fmt(f[0].value)} fired"))
    return out


def _parts_by_place(infos: list[tuple[MatchClaim, _Info]]) -> list[tuple[MatchClaim, _Info]]:
    """Mark the claims their own article tells apart from its total by their places: beside "6,288 km2 were
    cleared", "Pará accounted for 2,105 and Amazonas 1,146" count Pará and Amazonas alone, and each meets only
    claims that name its place. It takes a breakdown: the same source gives a total of the same key and, for
    at least two places the total does not name, figures under half of it or that add up to it. One smaller
    figure in a place beside a larger one is more often an earlier count, or a rival's, of the same question."""
    groups = defaultdict(list)
    for x in infos:
        groups[(x[0].article_id, x[1].key)].append(x)
    parts: set[int] = set()
    for group in groups.values():
        ranged = [(x, r) for x in group if (r := _range(x[0].value)) is not None]
        for total, rt in ranged:
            smaller = [(x, r) for x, r in ranged if x is not total and x[1].where.places and r.hi < rt.lo
                       and counts_a_part(x[1].where, total[1].where)]
            named = [x for x, r in smaller if 2 * r.hi < rt.lo and _same_claimant(x[0], total[0])]
            exact = rt.lo == rt.hi and all(r.lo == r.hi for _, r in smaller)
            if exact and abs(sum(r.hi for _, r in smaller) - rt.hi) <= 0.02 * rt.hi:
                # "271 on Rangatira and 41 on Mangere" of 312: they add up to it, whoever of the body gave them
                named = [x for x, _ in smaller]
            if len({x[1].where.subject_place() for x in named}) >= 2:
                parts.update(x[0].id for x in named)
    return [(x[0], replace(x[1], where=replace(x[1].where, scope="part"))) if x[0].id in parts else x for x in infos]


def _on_other_subjects_facts(a: str, b: str) -> bool:
    """Whether two claims sit on facts of different named subjects ("killed|civilians" and
    "killed|military"). A fact keyed by a count that does not say whose meets every subject."""
    if not a or not b or a == b:
        return False
    return key_subject(a) != UNKNOWN and key_subject(b) != UNKNOWN


def suggest(claims: list[MatchClaim], focus: set[int] | None = None) -> list[Suggestion]:
    """All suggestions among `claims` (a block: claims sharing a fact key, plus arithmetic partners).

    Works on any list: it groups by key itself and only compares claims inside the time window,
    so passing a larger set costs about proportionally more, not quadratically more. With
    `focus` (the ids of newly imported claims), only pairs touching one of them are compared, so
    adding k claims to a block of n costs k x n comparisons, not n x n.
    """

    def wanted(x, y) -> bool:
        return (focus is None or x[0].id in focus or y[0].id in focus) and not other_stories(x[0].names, y[0].names)

    infos: list[tuple[MatchClaim, _Info]] = []
    seen_ids = set()
    for c in claims:
        if c.id in seen_ids:
            continue
        seen_ids.add(c.id)
        info = _info(c)
        if info is not None:
            infos.append((c, info))
    infos = _parts_by_place(infos)
    blocks: dict[str, list[tuple[MatchClaim, _Info]]] = {}
    for x in infos:
        # times of one happening worded as different events meet on the fact they were put on
        joined = x[0].fact_key != x[1].key and x[0].fact_key in happening_time_keys(x[1].key)
        blocks.setdefault(x[0].fact_key if joined else x[1].key, []).append(x)
    best: dict[tuple[int, int], Suggestion] = {}

    def keep(s: Suggestion) -> None:
        best[(min(s.from_id, s.to_id), max(s.from_id, s.to_id))] = s

    for items in blocks.values():
        for x, y in _window_pairs(items, focus):
            if x[0].article_id == y[0].article_id or not wanted(x, y):
                continue
            s = _compare(x[0], y[0], x[1], y[1])
            if s is not None:
                keep(s)
    # human counts that do not say whose, against every human class of the same measure; and counts of
    # "people" against the classes a story's people may all belong to (children, crew),
    # and a named class counted as a part of the toll against its plain count
    for key, items in blocks.items():
        subject = key_subject(key)
        if subject not in (UNKNOWN, "people") and not key.endswith(PART):
            continue
        ids = {x[0].id for x in items}
        for other in related_keys(key):
            if other not in blocks or (subject == "people" and other.split("|")[1] not in WHOLESALE):
                continue
            for x, y in _window_pairs(items + blocks[other], focus):
                if (x[0].id in ids) == (y[0].id in ids) or x[0].article_id == y[0].article_id or not wanted(x, y):
                    continue
                if subject == UNKNOWN and _on_other_subjects_facts(x[0].fact_key, y[0].fact_key):
                    continue  # the unspecified count was put on another subject's fact
                s = _compare(x[0], y[0], x[1], y[1])
                if s is not None:
                    keep(s)
    # a count whose verb we do not read ("61 ships were waiting") against the counted verbs of the same noun
    # ("more than 80 vessels were caught"), a little less sure than one key; not when the story counts the
    # noun by two verbs ("143 homes destroyed", "340 damaged"): which one the plain count means is not said
    for key, items in blocks.items():
        subject = open_count_subject(key)
        others = counts_of(subject, blocks) if subject else []
        if len(others) != 1:
            continue
        ids = {x[0].id for x in items}
        for other in others:
            for x, y in _window_pairs(items + blocks[other], focus):
                if (x[0].id in ids) == (y[0].id in ids) or x[0].article_id == y[0].article_id or not wanted(x, y):
                    continue
                s = _compare(x[0], y[0], x[1], y[1])
                if s is not None:
                    keep(replace(s, score=round(s.score * 0.9, 2)))
    # arithmetic across fired / intercepted / hit of one projectile family (and unit)
    families: dict[str, dict[str, list[tuple[MatchClaim, _Info]]]] = {}
    for key, items in blocks.items():
        measure, _, rest = key.partition("|")
        if measure in _PROJECTILE_MEASURES:
            families.setdefault(rest, {})[measure] = items
    for rest, by_measure in families.items():
        if len(by_measure) < 2:
            continue
        for s in _arithmetic(by_measure, rest.split("|")[0]):
            if focus is not None and s.from_id not in focus and s.to_id not in focus:
                continue
            pair = (min(s.from_id, s.to_id), max(s.from_id, s.to_id))
            old = best.get(pair)
            if old is None or s.score > old.score:
                best[pair] = s
    return sorted(best.values(), key=lambda s: (-s.score, s.from_id, s.to_id))
