"""Precision and recall of claim detection on a small hand-labelled corpus.

Usage: python bench/detection_eval.py [-v]

Each `bench/detection_corpus/NAME.txt` is an invented news text (other events, other outlet
styles than the seeds); `NAME.json` lists the claims a reviewer expects:
  {"published": "YYYY-MM-DD", "claims": [{"value": "about 400", "claimant": "key"},
                                         {"value": null, "claimant": "key", "quote_contains": "..."}]}
`value` is the value text as written (null for a statement, matched by `quote_contains`),
`claimant` the expected claimant key ("outlet" for the article's own voice).

A detected claim matches an expected one when the value text is equal (case-insensitive) or,
for statements, the quote contains the snippet; and the claimant key is equal ("strict") or one
key's words are a subset of the other's ("lenient": "interior ministry" ~ "french interior
ministry"). Each expected claim matches at most one detected claim. Reported: precision and
recall of (value, claimant) pairs, strict and lenient, and value-only recall.

Files named `heldout_*` were labelled and measured once before any change was made for them;
the others were used while developing, so their figures flatter the detector.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.extraction import detect_claims  # noqa: E402

CORPUS = ROOT / "bench" / "detection_corpus"


def _value_ok(exp: dict, c) -> bool:
    if exp.get("value") is None:
        return c.kind == "statement" and exp.get("quote_contains", "\0") in c.quote
    return c.value is not None and c.value.text.strip().lower() == exp["value"].strip().lower()


def _claimant_ok(exp: dict, c, lenient: bool) -> bool:
    a, b = exp["claimant"], c.claimant_key
    if a == b:
        return True
    if not lenient:
        return False
    ta, tb = set(a.split()) - {"of", "in", "by"}, set(b.split()) - {"of", "in", "by"}
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


def _match(expected: list[dict], detected: list, lenient: bool, values_only: bool = False) -> int:
    used: set[int] = set()
    hits = 0
    for exp in expected:
        for i, c in enumerate(detected):
            if i in used or not _value_ok(exp, c):
                continue
            if not values_only and not _claimant_ok(exp, c, lenient):
                continue
            used.add(i)
            hits += 1
            break
    return hits


def main(verbose: bool = False) -> dict:
    totals = {"expected": 0, "detected": 0, "strict": 0, "lenient": 0, "values": 0}
    for txt in sorted(CORPUS.glob("*.txt")):
        spec = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        published = dt.date.fromisoformat(spec["published"]) if spec.get("published") else None
        detected = detect_claims(text, published=published)
        expected = spec["claims"]
        strict = _match(expected, detected, lenient=False)
        lenient = _match(expected, detected, lenient=True)
        values = _match(expected, detected, lenient=True, values_only=True)
        totals["expected"] += len(expected)
        totals["detected"] += len(detected)
        totals["strict"] += strict
        totals["lenient"] += lenient
        totals["values"] += values
        print(f"{txt.stem:10s} expected {len(expected):2d} detected {len(detected):2d} "
              f"matched strict {strict:2d} lenient {lenient:2d} values {values:2d}")
        if verbose:
            for c in detected:
                v = c.value.text if c.value else ""
                print(f"    [{c.kind[:4]} {c.score:.2f}] {c.claimant_key!r:45s} {v[:60]!r}")
            for exp in expected:
                if not any(_value_ok(exp, c) and _claimant_ok(exp, c, True) for c in detected):
                    print(f"    MISSED {exp}")
    e, d = totals["expected"], totals["detected"]
    for kind in ("strict", "lenient"):
        m = totals[kind]
        print(f"{kind:8s} precision {m / d:.2f} ({m}/{d})  recall {m / e:.2f} ({m}/{e})")
    print(f"value-only recall {totals['values'] / e:.2f} ({totals['values']}/{e})")
    return totals


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
