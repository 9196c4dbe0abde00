"""Blind end-to-end evaluation of claim detection, claimants, facts and links.

Run from the project root:  /work/venv/bin/python bench/blind/evaluate.py
Imports bench/blind/articles through the real import_articles command into a temporary
SQLite database (unless DATABASE_URL is set) and scores the result against
bench/blind/labels.json (hand labels; see build_labels.py).  Reads results only through
the public model fields Claim(article.source_name, quote, value_text, value_low,
value_high, claimant.name, claimant.key, fact_id) and Link(from_claim, to_claim,
relation, status).
"""
import io
import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)
if not os.environ.get("DATABASE_URL"):
    tmp = tempfile.mkdtemp(prefix="blind_eval_")
    os.environ["DATABASE_URL"] = "sqlite:///" + os.path.join(tmp, "eval.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

import django  # noqa: E402

django.setup()
from django.core.management import call_command  # noqa: E402

STOP = {"the", "of", "s", "a", "an", "and", "for", "in", "on", "at", "to", "by", "its"}
FIGURE_WORDS = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|scores|half|first|second|"
    r"third|fourth|fifth|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|a\.m|p\.m|gmt|utc)\b", re.I)


def figure_like(d):
    return d["value_low"] is not None or d["value_high"] is not None or bool(FIGURE_WORDS.search(d["value_text"]))


QUALIFIERS = {"about", "around", "at", "least", "more", "than", "over", "nearly", "some", "up",
              "to", "as", "many", "roughly", "almost", "shortly", "after", "of", "the", "a"}


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u2019", "'")).strip().lower()


def words(s):
    return [w for w in re.findall(r"[^\W_]+", norm(s)) if w not in STOP]


def in_bounds(x, lo, hi):
    if lo is None and hi is None:
        return False
    slack = lambda v: max(1.0, abs(v) * 0.01)  # "more than 50" may be stored as low=51
    return (lo is None or x >= float(lo) - slack(float(lo))) and (hi is None or x <= float(hi) + slack(float(hi)))


def vt_strict(label, d):
    """The detected value text is the labelled text (or contains it).  The reverse (value text
    inside the label) only counts for labels without a number: "a million" must not pass for
    "half a million"."""
    a, b = norm(label["value"]), norm(d["value_text"])
    return bool(b) and (a == b or a in b or (label["number"] is None and b in a))


def vt_loose(label, d):
    if vt_strict(label, d):
        return True
    ta = {w for w in re.findall(r"[^\W_]+", norm(label["value"])) if w not in QUALIFIERS}
    tb = {w for w in re.findall(r"[^\W_]+", norm(d["value_text"])) if w not in QUALIFIERS}
    return bool(ta & tb)


def candidate(label, d):
    if norm(label["value"]) not in norm(d["quote"]):
        return False
    if label["number"] is None:  # dates, times, vague amounts: the value must be about this text
        return vt_loose(label, d) or (d["value_low"] is None and d["value_high"] is None)
    return in_bounds(float(label["number"]), d["value_low"], d["value_high"]) or vt_strict(label, d)


def claimant_ok(label, d):
    if norm(label["claimant"]) == "outlet":
        return (d["claimant_key"] or "").lower().startswith("outlet")
    if (d["claimant_key"] or "").lower().startswith("outlet"):
        return False
    return bool(set(words(label["claimant"])) & (set(words(d["claimant_name"])) | set(words(d["claimant_key"]))))


def label_key(file, value, near=None):
    return (file, value, near)


def main():
    labels = json.loads((HERE / "labels.json").read_text())
    L = labels["claims"]
    for i, l in enumerate(L):
        l["i"] = i
    by_key = {label_key(l["file"], l["value"], l.get("near")): l for l in L}

    out = io.StringIO()
    call_command("migrate", verbosity=0, stdout=out)
    err = io.StringIO()
    failed = None
    try:
        call_command("import_articles", str(HERE / "articles"), stdout=out, stderr=err)
    except SystemExit as e:
        failed = f"import_articles exited with {e.code}"
    except Exception as e:  # CommandError
        failed = f"import_articles raised {type(e).__name__}: {e}"
    if failed or err.getvalue().strip():
        print("IMPORT PROBLEM:", failed or "", err.getvalue().strip())

    from factcheck.models import Claim, Link

    D = []
    for c in Claim.objects.select_related("article", "claimant").all():
        D.append({
            "id": c.pk, "file": os.path.basename(c.article.source_name or ""), "quote": c.quote or "",
            "value_text": c.value_text or "",
            "value_low": None if c.value_low is None else float(c.value_low),
            "value_high": None if c.value_high is None else float(c.value_high),
            "claimant_name": c.claimant.name if c.claimant_id else "",
            "claimant_key": c.claimant.key if c.claimant_id else "",
            "fact_id": c.fact_id,
        })
    files = sorted({l["file"] for l in L})
    D = [d for d in D if d["file"] in files]

    # ---- one-to-one matching of labels to detected claims, per file
    cands = []
    for l in L:
        for d in D:
            if d["file"] == l["file"] and candidate(l, d):
                near_ok = bool(l.get("near")) and norm(l["near"]) in norm(d["quote"])
                score = (near_ok, vt_strict(l, d), claimant_ok(l, d), -len(d["quote"]))
                cands.append((score, l["i"], d["id"]))
    cands.sort(reverse=True)
    match, used = {}, {}
    for score, li, did in cands:
        if li in match or did in used:
            continue
        match[li], used[did] = did, li
    dmap = {d["id"]: d for d in D}

    tp = len(match)
    fps = [d for d in D if d["id"] not in used]
    print("=" * 78)
    print(f"BLIND EVALUATION  {len(files)} articles, {len(L)} labelled claims, {len(D)} detected claims")
    print("=" * 78)
    fig = [d for d in D if figure_like(d)]
    tp_fig = sum(1 for d in fig if d["id"] in used)
    print(f"\nDETECTION  recall {tp}/{len(L)} = {tp / len(L):.1%}   "
          f"precision {tp}/{len(D)} = {tp / max(1, len(D)):.1%}  (unmatched detections listed below; some may be fair claims I did not label)")
    print(f"           this set labels figures, dates and times only; over detections whose value is a figure, date or time: "
          f"precision {tp_fig}/{len(fig)} = {tp_fig / max(1, len(fig)):.1%} ({len(D) - len(fig)} detections are attributed statements without a figure)")
    per = defaultdict(lambda: [0, 0, 0])
    for l in L:
        per[l["file"]][0] += 1
        per[l["file"]][1] += l["i"] in match
    for d in D:
        per[d["file"]][2] += 1
    for f in files:
        n, m, dn = per[f]
        print(f"  {f:22} labels {n:3}  found {m:3}  detected {dn:3}")

    ok = [li for li in match if claimant_ok(L[li], dmap[match[li]])]
    print(f"\nCLAIMANT   correct on matched claims {len(ok)}/{tp} = {len(ok) / max(1, tp):.1%}")
    out_l = [li for li in match if norm(L[li]["claimant"]) == "outlet"]
    out_ok = [li for li in out_l if li in ok]
    print(f"           outlet-voice labels {len(out_ok)}/{len(out_l)}, attributed labels {len(ok) - len(out_ok)}/{tp - len(out_l)}")

    # ---- fact grouping
    ms = sorted(match)
    should = [(a, b) for a, b in combinations(ms, 2) if L[a]["fact"] == L[b]["fact"]]
    got_should = [(a, b) for a, b in should if dmap[match[a]]["fact_id"] is not None
                  and dmap[match[a]]["fact_id"] == dmap[match[b]]["fact_id"]]
    shared = [(a, b) for a, b in combinations(ms, 2) if dmap[match[a]]["fact_id"] is not None
              and dmap[match[a]]["fact_id"] == dmap[match[b]]["fact_id"]]
    wrong_merge = [(a, b) for a, b in shared if L[a]["fact"] != L[b]["fact"]]
    nofact = [li for li in ms if dmap[match[li]]["fact_id"] is None]
    print(f"\nFACTS      same-fact label pairs sharing a fact_id {len(got_should)}/{len(should)} = {len(got_should) / max(1, len(should)):.1%}")
    print(f"           pairs sharing a fact_id that are on the same labelled fact {len(shared) - len(wrong_merge)}/{len(shared)} = "
          f"{(len(shared) - len(wrong_merge)) / max(1, len(shared)):.1%}   matched claims with no fact: {len(nofact)}")
    facts_of = defaultdict(Counter)
    for li in ms:
        facts_of[dmap[match[li]]["fact_id"]][L[li]["fact"]] += 1
    mixed = {f: c for f, c in facts_of.items() if f is not None and len(c) > 1}
    if mixed:
        print("           fact_ids mixing labelled facts:")
        for f, c in sorted(mixed.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"             fact {f}: " + ", ".join(f"{k} x{v}" for k, v in c.most_common()))

    # ---- links
    exp = {}
    for x in labels["links"]:
        a, b = by_key[label_key(*x["a"][:2], *(x["a"][2:3] or [None]))], by_key[label_key(*x["b"][:2], *(x["b"][2:3] or [None]))]
        exp[frozenset((a["i"], b["i"]))] = x["relation"]
    got = {}
    unjudged = []
    same_file = 0
    status = Counter()
    for k in Link.objects.all():
        status[k.status] += 1
        if k.status == "rejected":
            continue
        a, b = used.get(k.from_claim_id), used.get(k.to_claim_id)
        if a is None or b is None:
            unjudged.append(k)
            continue
        got.setdefault(frozenset((a, b)), k.relation)
    tp_l = {p: r for p, r in got.items() if p in exp}
    fp_l = {p: r for p, r in got.items() if p not in exp and len({L[i]["fact"] for i in p}) > 1}
    same_fact_other = {p: r for p, r in got.items() if p not in exp and p not in fp_l}
    judged = len(tp_l) + len(fp_l)
    reachable = [p for p in exp if all(i in match for i in p)]
    rel_ok = [p for p, r in tp_l.items() if r == exp[p]]
    rel_lenient = [p for p, r in tp_l.items() if r == exp[p] or {r, exp[p]} <= {"same", "corroborates"}]
    print(f"\nLINKS      {sum(status.values())} links in database, by status {dict(status)}")
    print(f"           precision {len(tp_l)}/{judged} = {len(tp_l) / max(1, judged):.1%}  "
          f"(false positive = link between labels on different facts; {len(unjudged)} links touch an unlabelled detection, "
          f"{len(same_fact_other)} link same-fact labels in one file)")
    print(f"           recall {len(tp_l)}/{len(exp)} = {len(tp_l) / max(1, len(exp)):.1%} of labelled pairs; "
          f"{len(tp_l)}/{len(reachable)} = {len(tp_l) / max(1, len(reachable)):.1%} of pairs whose two claims were both detected")
    print(f"           relation accuracy on found pairs {len(rel_ok)}/{len(tp_l)} = {len(rel_ok) / max(1, len(tp_l)):.1%} "
          f"(counting same~corroborates: {len(rel_lenient)}/{len(tp_l)})")
    conf = Counter((exp[p], r) for p, r in tp_l.items())
    print("           expected -> got: " + ", ".join(f"{e}->{g} {n}" for (e, g), n in sorted(conf.items())))
    er = Counter(exp.values())
    fr = Counter(exp[p] for p in tp_l)
    print("           recall by expected relation: " + ", ".join(f"{r} {fr[r]}/{er[r]}" for r in sorted(er)))

    def lab(i):
        l = L[i]
        near = f" near \"{l['near']}\"" if l.get("near") else ""
        return f"{l['file']} «{l['value']}»{near} ({l['fact']}, {l['claimant']})"

    # ---- listings
    print("\n" + "-" * 78 + "\nMISSED LABELS (no detected claim in the file has this value in its quote with a compatible number)")
    for l in L:
        if l["i"] not in match:
            near = [d for d in D if d["file"] == l["file"] and norm(l["value"]) in norm(d["quote"])]
            near.sort(key=lambda d: not (l.get("near") and norm(l["near"]) in norm(d["quote"])))
            hint = ""
            for d in near[:2]:
                taken = f" (matched to label «{L[used[d['id']]]['value']}»)" if d["id"] in used else ""
                hint += (f"\n      quoted by a claim valued [{d['value_text']}] {d['value_low']}..{d['value_high']}{taken}: "
                         f"\"{d['quote'][:140]}\"")
            where = f" near \"{l['near']}\"" if l.get("near") else ""
            print(f"  - {l['file']}: «{l['value']}»{where} number={l['number']} fact={l['fact']} claimant={l['claimant']}{hint}")

    print("\n" + "-" * 78 + "\nFALSE POSITIVES (detected claims matching no label; judge for yourself)")
    for d in sorted(fps, key=lambda d: (not figure_like(d), d["file"])):
        if not figure_like(d) and figure_like(fps[0]) is not None and not getattr(main, "_hdr", False):
            main._hdr = True
            print("  (attributed statements without a figure; not labelled in this set:)")
        print(f"  - {d['file']}: [{d['value_text']}] by {d['claimant_name'] or '-'}: \"{d['quote'][:160]}\"")

    print("\n" + "-" * 78 + "\nWRONG CLAIMANTS (matched claims)")
    for li in ms:
        if li not in ok:
            d = dmap[match[li]]
            print(f"  - {L[li]['file']}: «{L[li]['value']}» expected {L[li]['claimant']!r}, got {d['claimant_name']!r} "
                  f"(key {d['claimant_key']!r}): \"{d['quote'][:120]}\"")

    print("\n" + "-" * 78 + "\nFACT GROUPING MISSES (same labelled fact, different or no fact_id), by fact")
    miss_by = defaultdict(list)
    for a, b in should:
        if (a, b) not in got_should:
            miss_by[L[a]["fact"]].append((a, b))
    for f, ps in sorted(miss_by.items()):
        ids = {lab(i): dmap[match[i]]["fact_id"] for p in ps for i in p}
        print(f"  {f}: {len(ps)} pairs; fact_id per claim: " + "; ".join(f"{k} -> {v}" for k, v in ids.items()))

    print("\n" + "-" * 78 + "\nLINK FALSE POSITIVES (labels on different facts)")
    for p, r in sorted(fp_l.items(), key=lambda kv: sorted(kv[0])):
        a, b = sorted(p)
        print(f"  - {r}: {lab(a)}  <->  {lab(b)}")

    print("\n" + "-" * 78 + "\nLINKS WITH WRONG RELATION")
    for p, r in sorted(tp_l.items(), key=lambda kv: sorted(kv[0])):
        if r != exp[p]:
            a, b = sorted(p)
            print(f"  - expected {exp[p]}, got {r}: {lab(a)}  <->  {lab(b)}")

    print("\n" + "-" * 78 + "\nMISSED LINKS (both claims detected, no link)")
    for p in sorted(reachable, key=sorted):
        if p not in tp_l:
            a, b = sorted(p)
            print(f"  - {exp[p]}: {lab(a)}  <->  {lab(b)}")

    if unjudged:
        print("\n" + "-" * 78 + f"\nLINKS TOUCHING UNLABELLED DETECTIONS ({len(unjudged)}, first 25)")
        for k in unjudged[:25]:
            ends = []
            for cid in (k.from_claim_id, k.to_claim_id):
                if cid in used:
                    ends.append(lab(used[cid]))
                else:
                    d = dmap.get(cid)
                    ends.append(f"{d['file']} [{d['value_text']}] \"{d['quote'][:70]}\"" if d else f"claim {cid}")
            print(f"  - {k.relation}: {ends[0]}  <->  {ends[1]}")


if __name__ == "__main__":
    main()
