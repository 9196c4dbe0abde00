"""Build and check one blind set's labels.json (bench/blind5, blind6, blind7...): each set's
make_labels.py holds its hand-written table of claims and relations and calls `write_labels`.

Every claim carries a source tag; the relation of two claims in different files on one fact is looked
up in REL[fact][(tag, tag)]. The checks: every value occurs in its file, no label twice, optional
labels on facts of their own, each fact within one event (the file-name prefix), every cross-file
pair on a fact has a relation, and no entry of REL goes unused; with `check_no_overlap` and `check_relation_sanity`,
no two labels overlap and the relations agree with who said what.
"""
import itertools
import json
import os
from pathlib import Path

C, CO, S, U = "contradicts", "corroborates", "same", "updates"
SC = [S, CO]  # same claimant, compatible wording (or a claimant named two ways): either is right
OUTLET = "outlet"  # the claimant of an outlet's own voice
RELATIONS = (C, CO, S, U)

ABOUT = ("Hand labels for bench/{name}/articles. claims: check-worthy claims per file; links: expected relations "
         "between claims in different files on the same fact. Labels with optional=true are borderline: "
         "detecting them is not a false positive and missing them is not a miss. Every cross-file pair on the "
         "same fact is listed; pairs on different facts must not be linked. A relation given as a list accepts "
         "any of its members (same claimant, same figure in different wording).")


def _event(file: str) -> str:
    return file.split("_")[0]


def write_labels(here: Path, claims: list[tuple], opt: list[tuple], rel_table: dict, *, one_event: bool = True) -> None:
    """claims: (file, value as written, number, claimant, fact, source tag); opt: the same without the
    tag. Writes here/labels.json and prints the counts, or fails an assertion naming the bad entry."""
    used = set()

    def rel(fact, ta, tb):
        table = rel_table[fact]
        key = (ta, tb) if (ta, tb) in table else (tb, ta)
        assert key in table, ("no relation for", fact, ta, tb)
        used.add((fact, key))
        return table[key]

    fact_of = {(f, v): fact for f, v, n, c, fact, t in claims}
    if one_event:
        assert all(len({_event(f) for f, v, n, c, fa, t in claims if fa == fact}) == 1 for fact in set(fact_of.values()))
    links = [(x[0], x[1], y[0], y[1], rel(x[4], x[5], y[5]))
             for x, y in itertools.combinations(claims, 2) if x[4] == y[4] and x[0] != y[0]]
    articles = here / "articles"
    texts = {f: (articles / f).read_text() for f in os.listdir(articles)}
    keys = set()
    for f, v, n, c, fact in [x[:5] for x in claims] + opt:
        assert v in texts[f], (f, v)
        assert (f, v) not in keys, (f, v)
        keys.add((f, v))
    opt_facts = {x[4] for x in opt}
    assert not opt_facts & set(fact_of.values()), opt_facts & set(fact_of.values())
    pairs = set()
    for a, av, b, bv, r in links:
        assert (a, av) in keys and (b, bv) in keys, (a, av, b, bv)
        assert a != b and fact_of[(a, av)] == fact_of[(b, bv)], (a, av, b, bv)
        assert r in RELATIONS or (isinstance(r, list) and set(r) <= set(RELATIONS)), r
        pairs.add(frozenset([(a, av), (b, bv)]))
    byfact = {}
    for f, v, n, c, fact, t in claims:
        byfact.setdefault(fact, []).append((f, v))
    for fact, ms in byfact.items():
        for x, y in itertools.combinations(ms, 2):
            if x[0] != y[0]:
                assert frozenset([x, y]) in pairs, ("missing link", fact, x, y)
    if one_event:
        assert set(rel_table) <= set(byfact), ("relation table for a fact with no claims", set(rel_table) - set(byfact))
    unused = [(fact, k) for fact, tab in rel_table.items() for k in tab if (fact, k) not in used]
    assert not unused, ("relation table entries no pair uses (a mistyped tag?)", unused)
    out = {
        "about": ABOUT.format(name=here.name),
        "claims": [dict(file=f, value=v, number=n, claimant=c, fact=fact) for f, v, n, c, fact, t in claims]
                  + [dict(file=f, value=v, number=n, claimant=c, fact=fact, optional=True) for f, v, n, c, fact in opt],
        "links": [dict(a=[a, av], b=[b, bv], relation=r) for a, av, b, bv, r in links],
    }
    json.dump(out, open(here / "labels.json", "w"), indent=1, ensure_ascii=False)
    print(len(claims), "claims", len(opt), "optional", len(links), "links", len(byfact), "facts")
    if one_event:
        for ev in sorted({_event(f) for f, *_ in claims}, key=[_event(f) for f, *_ in claims].index):
            print(" ", ev, sum(1 for x in claims if _event(x[0]) == ev), "claims,",
                  sum(1 for x in opt if _event(x[0]) == ev), "optional,",
                  sum(1 for x in links if _event(x[0]) == ev), "links")


def check_each_value_once(here: Path, claims: list[tuple], opt: list[tuple]) -> None:
    """Every labelled value occurs exactly once in its file, so the label points at one sentence."""
    texts = {}
    for f, v, *_ in claims + opt:
        texts.setdefault(f, (here / "articles" / f).read_text())
        n = texts[f].count(v)
        assert n == 1, ("value occurs", n, "times", f, v)


def check_no_overlap(here: Path, claims: list[tuple], opt: list[tuple]) -> None:
    """No two labels (optional ones included) overlap in one article."""
    spans = {}
    for f, v, *_ in claims + opt:
        start = (here / "articles" / f).read_text().index(v)
        spans.setdefault(f, []).append((start, start + len(v), v))
    for f, ss in spans.items():
        ss.sort()
        for (a0, a1, av), (b0, b1, bv) in zip(ss, ss[1:]):
            assert a1 <= b0, ("overlapping labels", f, av, bv)


def check_relation_sanity(claims: list[tuple], rel_table: dict) -> None:
    """A source tag stands for one claimant; a tag met twice is same-or-corroborates; updates join two tags of one
    named claimant; corroborates and contradicts never join two tags of one named claimant (outlets excepted: each
    outlet is its own voice)."""
    who = {}
    for f, v, n, c, fact, t in claims:
        assert who.setdefault((fact, t), c) == c, ("one tag, two claimants", fact, t)
    for fact, tab in rel_table.items():
        for (a, b), r in tab.items():
            ca, cb = who[(fact, a)], who[(fact, b)]
            if a == b:
                assert r == SC, (fact, a, r)
            elif r == U:
                assert ca == cb and ca != OUTLET, (fact, a, b)
            elif r in (C, CO) and ca != OUTLET:
                assert ca != cb, (fact, a, b, r)
