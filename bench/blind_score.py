#!/usr/bin/env python
"""Score the whole Factcheck pipeline on one blind set (bench/blind3, blind4, blind5...).

Run from the project root:  python bench/blind3/evaluate.py [-q]   (each set's evaluate.py calls this)

Imports the set's articles/ into a fresh temporary SQLite database (unless DATABASE_URL is set)
with the real `import_articles` command, then compares the detected claims and suggested links
with the hand labels in the set's labels.json. Nothing here knows how detection works.
"""
import io
import itertools
import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ARTICLES = LABELS = None  # the set being scored: see main()
QUIET = "-q" in sys.argv

STOP = {"the", "of", "s", "a", "an", "and", "in", "for", "to", "at", "on", "'s"}


def words(text):
    text = (text or "").lower().replace("\u2019", "'").replace("'s", " ")
    return {w for w in re.findall(r"[a-z0-9]+", text) if w not in STOP}


def setup_django():
    tmpdir = None
    if not os.environ.get("DATABASE_URL"):
        tmpdir = tempfile.mkdtemp(prefix=f"{HERE.name}_")
        os.environ["DATABASE_URL"] = "sqlite:///" + os.path.join(tmpdir, "eval.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "factcheck.settings"
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    import django

    django.setup()
    from django.core.management import call_command

    buf = io.StringIO()
    with redirect_stdout(buf):
        call_command("migrate", verbosity=0)
    out = io.StringIO()
    try:
        call_command("import_articles", str(ARTICLES), stdout=out, stderr=out)
    except SystemExit as exc:  # a failed file makes the command exit non-zero
        print(f"import_articles exited with {exc.code}")
    except Exception as exc:  # noqa: BLE001 - report and go on scoring what was imported
        print(f"import_articles raised {type(exc).__name__}: {exc}")
    if not QUIET:
        print(out.getvalue().rstrip())
    return tmpdir


def load_detected():
    from factcheck.models import Claim, Link

    claims = []
    qs = Claim.objects.select_related("article", "claimant")
    for c in qs:
        if getattr(c, "dismissed", False):
            continue
        claimant = c.claimant
        claims.append(
            dict(
                id=c.pk,
                file=os.path.basename(c.article.source_name or ""),
                quote=c.quote or "",
                value_text=c.value_text or "",
                low=c.value_low,
                high=c.value_high,
                claimant=(claimant.name if claimant else "") or "",
                claimant_key=(claimant.key if claimant else "") or "",
                fact_id=c.fact_id,
            )
        )
    links = []
    for l in Link.objects.all():
        links.append(
            dict(id=l.pk, a=l.from_claim_id, b=l.to_claim_id, relation=str(l.relation), status=str(l.status))
        )
    return claims, links


def as_float(x):
    if x is None:
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def value_matches(label, det):
    if label["value"].lower() not in det["quote"].lower():
        return False
    n = label["number"]
    if n is None:
        return True
    if det["value_text"].strip().lower() == label["value"].lower():
        return True
    low, high = as_float(det["low"]), as_float(det["high"])
    tol = max(abs(n) * 0.01, 1e-9)  # exclusive bounds ("more than 1,100" stored as 1,101) still count
    if low is not None and n < low - tol:
        return False
    if high is not None and n > high + tol:
        return False
    return True


def claimant_matches(label, det):
    want = label["claimant"]
    key = det["claimant_key"].lower()
    if want == "outlet":
        return key.startswith("outlet")
    if key.startswith("outlet"):
        return False
    got = words(det["claimant"]) | words(key.replace("-", " "))
    return bool(words(want) & got) or bool(acronyms(want) & got) or bool(words(want) & acronyms(det["claimant"]))


def acronyms(text):
    ws = [w for w in re.findall(r"[A-Za-z]+", text or "") if w.lower() not in STOP]
    return {"".join(w[0] for w in ws).lower()} if len(ws) > 1 else set()


def title_lines(path):
    """Headline, masthead and similar short lines at the top of a file (no sentence end)."""
    text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}", "", path.read_text(encoding="utf-8"))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:3]
    return [ln for ln in lines if len(ln) < 150 and not re.search(r"[.!?\"”]$", ln)]


def has_figure(det):
    return det["low"] is not None or det["high"] is not None or bool(re.search(r"\d", det["value_text"]))


def pct(a, b):
    return f"{a}/{b} = {a / b:.2f}" if b else f"{a}/0 = n/a"


def short(s, n=110):
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 3] + "..."


def main(set_dir):
    global HERE, ARTICLES, LABELS
    HERE = Path(set_dir).resolve()
    ARTICLES, LABELS = HERE / "articles", HERE / "labels.json"
    tmpdir = setup_django()
    data = json.loads(LABELS.read_text())
    all_labels = data["claims"]
    for i, l in enumerate(all_labels):
        l["i"] = i
    labels = [l for l in all_labels if not l.get("optional")]
    optional = [l for l in all_labels if l.get("optional")]
    expected_links = data["links"]
    dets, links = load_detected()
    det_by_id = {d["id"]: d for d in dets}
    files = sorted(p.name for p in ARTICLES.glob("*.txt"))
    imported = sorted({d["file"] for d in dets})
    print(f"\n== {HERE.name}: {len(files)} articles, {len(labels)} labelled claims (+{len(optional)} optional), "
          f"{len(expected_links)} expected links")
    missing_files = [f for f in files if f not in imported]
    if missing_files:
        print("articles with no detected claim:", ", ".join(missing_files))

    # --- detection -------------------------------------------------------------------------
    titles = {f: title_lines(ARTICLES / f) for f in files}
    for d in dets:
        q = d["quote"].strip()
        d["headline"] = bool(q) and any(q in t for t in titles.get(d["file"], []))
    dets_by_file = defaultdict(list)
    for d in dets:
        if not d["headline"]:
            dets_by_file[d["file"]].append(d)
    label_dets = {}  # label index -> matching detections
    det_labels = defaultdict(set)  # detection id -> label indexes
    for l in all_labels:
        ms = [d for d in dets_by_file[l["file"]] if value_matches(l, d)]
        label_dets[l["i"]] = ms
        for d in ms:
            det_labels[d["id"]].add(l["i"])

    def best(l):
        ms = label_dets[l["i"]]
        if not ms:
            return None
        return sorted(
            ms,
            key=lambda d: (l["value"].lower() not in d["value_text"].lower(), len(det_labels[d["id"]]), len(d["quote"])),
        )[0]

    chosen = {l["i"]: best(l) for l in all_labels}
    found = [l for l in labels if chosen[l["i"]]]

    def headline_dup(d):  # a headline repeating a labelled figure of its own article: the labels it repeats
        hits = set()
        if not d["headline"]:
            return hits
        for l in all_labels:
            if l["file"] != d["file"]:
                continue
            if l["number"] is not None and (d["low"] is not None or d["high"] is not None):
                lo = as_float(d["low"]) if d["low"] is not None else as_float(d["high"])
                hi = as_float(d["high"]) if d["high"] is not None else lo
                if lo - 0.01 * abs(l["number"]) <= l["number"] <= hi + 0.01 * abs(l["number"]):
                    hits.add(l["i"])
            if l["value"].lower() in d["quote"].lower():
                hits.add(l["i"])
        return hits

    dup_labels = {d["id"]: headline_dup(d) for d in dets}
    dup_ids = {i for i, v in dup_labels.items() if v}
    required_ids = {i for i in det_labels if any(not all_labels[j].get("optional") for j in det_labels[i])}
    tp_dets = [d for d in dets if d["id"] in required_ids or d["id"] in dup_ids]
    opt_dets = [d for d in dets if det_labels[d["id"]] and d["id"] not in required_ids]
    judged = [d for d in dets if d not in opt_dets]
    fig_dets = [d for d in judged if has_figure(d)]
    fig_tp = [d for d in fig_dets if d in tp_dets]
    print("\n-- detection")
    print("recall               ", pct(len(found), len(labels)))
    num_labels = [l for l in labels if l["number"] is not None or re.search(r"\d", l["value"])]
    print("  labels with a figure, date or time", pct(sum(1 for l in num_labels if chosen[l["i"]]), len(num_labels)))
    print("precision            ", pct(len(tp_dets), len(judged)),
          f"({len(dup_ids)} headline repeats of a labelled figure count as right; {len(opt_dets)} optional-label hits left out)")
    print("precision (figure/date detections)", pct(len(fig_tp), len(fig_dets)))
    per_event = defaultdict(lambda: [0, 0])
    for l in labels:
        ev = l["file"].split("_")[0]
        per_event[ev][1] += 1
        per_event[ev][0] += bool(chosen[l["i"]])
    print("recall by event      ", ", ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(per_event.items())))

    # --- claimants -------------------------------------------------------------------------
    ok_claimant = [l for l in found if claimant_matches(l, chosen[l["i"]])]
    any_claimant = [l for l in found if any(claimant_matches(l, d) for d in label_dets[l["i"]])]
    own = [l for l in found if l["claimant"] == "outlet"]
    attributed = [l for l in found if l["claimant"] != "outlet"]
    print("\n-- claimants (lenient word overlap; 'outlet' = outlet's own voice)")
    print("claimant accuracy    ", pct(len(ok_claimant), len(found)))
    print("  any matching detection has it", pct(len(any_claimant), len(found)))
    print("  own voice          ", pct(sum(l in ok_claimant for l in own), len(own)))
    print("  attributed         ", pct(sum(l in ok_claimant for l in attributed), len(attributed)))

    # --- facts -----------------------------------------------------------------------------
    fid = {l["i"]: chosen[l["i"]]["fact_id"] for l in found}
    same_pairs = [(x, y) for x, y in itertools.combinations(found, 2) if x["fact"] == y["fact"]]
    diff_pairs = [(x, y) for x, y in itertools.combinations(found, 2) if x["fact"] != y["fact"]]
    grouped = [p for p in same_pairs if fid[p[0]["i"]] is not None and fid[p[0]["i"]] == fid[p[1]["i"]]]
    merged = [p for p in diff_pairs if fid[p[0]["i"]] is not None and fid[p[0]["i"]] == fid[p[1]["i"]]]
    by_fid = defaultdict(list)
    for l in found:
        if fid[l["i"]] is not None:
            by_fid[fid[l["i"]]].append(l["fact"])
    purity_num = sum(Counter(v).most_common(1)[0][1] for v in by_fid.values())
    purity_den = sum(len(v) for v in by_fid.values())
    print("\n-- facts")
    print("same-fact label pairs sharing a fact_id", pct(len(grouped), len(same_pairs)))
    print("different-fact label pairs merged into one fact_id", pct(len(merged), len(diff_pairs)))
    print("purity of detected facts", pct(purity_num, purity_den), f"({len(by_fid)} detected facts hold labelled claims)")
    print("labelled claims with no fact", sum(1 for l in found if fid[l["i"]] is None))

    # --- links -----------------------------------------------------------------------------
    key_to_label = {(l["file"], l["value"]): l for l in labels}
    exp = {}
    for e in expected_links:
        la, lb = key_to_label[tuple(e["a"])], key_to_label[tuple(e["b"])]
        rel = e["relation"]
        exp[frozenset([la["i"], lb["i"]])] = set(rel if isinstance(rel, list) else [rel])
    same_fact_labels = {frozenset([x["i"], y["i"]]) for x, y in itertools.combinations(labels, 2)
                        if x["fact"] == y["fact"] and x["file"] != y["file"]}
    live = [k for k in links if k["status"] != "rejected"]
    status_count = Counter(k["status"] for k in links)
    rel_count = Counter(k["relation"] for k in live)
    # a detected link is judged through the labels its two claims match
    link_tp, link_fp, link_unlabelled, rel_ok, rel_bad = [], [], [], [], []
    hit_pairs = {}
    link_headline = [k for k in live if k["a"] in dup_ids or k["b"] in dup_ids]
    judged_labels = lambda cid: {i for i in det_labels.get(cid, set()) | dup_labels.get(cid, set())
                                 if not all_labels[i].get("optional")}
    for k in live:
        la, lb = judged_labels(k["a"]), judged_labels(k["b"])
        if not la or not lb:
            link_unlabelled.append(k)
            continue
        pairs = [frozenset([x, y]) for x in la for y in lb if x != y and frozenset([x, y]) in exp]
        if pairs:
            link_tp.append(k)
            for p in pairs:
                hit_pairs.setdefault(p, []).append(k)
            if any(k["relation"] in exp[p] for p in pairs):
                rel_ok.append(k)
            else:
                rel_bad.append((k, pairs[0]))
        else:
            link_fp.append(k)
    exp_found = [p for p in exp if all(chosen[i] for i in p)]
    exp_hit = [p for p in exp if p in hit_pairs]
    print("\n-- links (not rejected: %d; status %s; relations %s)" % (len(live), dict(status_count), dict(rel_count)))
    print("link recall (expected pairs linked)", pct(len(exp_hit), len(exp)))
    print("  of pairs whose two claims were detected", pct(len(exp_hit), len(exp_found)))
    print("link precision (both ends labelled)", pct(len(link_tp), len(link_tp) + len(link_fp)))
    print("  of them touching a headline repeat (judged as the figure it repeats)", len(link_headline))
    print("  links touching an unlabelled or optional claim (not judged)", len(link_unlabelled))
    print("relation accuracy on correct pairs", pct(len(rel_ok), len(link_tp)))
    contra = [p for p in exp if exp[p] == {"contradicts"}]
    contra_hit = [p for p in contra if any(k["relation"] == "contradicts" for k in hit_pairs.get(p, []))]
    print("expected contradictions suggested as contradicts", pct(len(contra_hit), len(contra)))

    # --- listings --------------------------------------------------------------------------
    L = lambda i: all_labels[i]
    print("\n-- missed labels (file | value | claimant | fact)")
    for l in labels:
        if not chosen[l["i"]]:
            near = [d for d in dets_by_file[l["file"]] if l["value"].lower() in d["quote"].lower()]
            hint = ""
            if near:
                d = near[0]
                hint = f"  [quote found, value {d['value_text']!r} {d['low']}..{d['high']}]"
            print(f"  {l['file']} | {l['value']} | {l['claimant']} | {l['fact']}{hint}")
    print("\n-- false positives (file | quote | value | claimant)")
    for d in judged:
        if d not in tp_dets:
            print(f"  {d['file']} | {short(d['quote'], 90)} | {d['value_text']} | {d['claimant'] or d['claimant_key']}")
    print("\n-- wrong claimants (file | value | expected | got)")
    for l in found:
        if l not in ok_claimant:
            d = chosen[l["i"]]
            print(f"  {l['file']} | {l['value']} | {l['claimant']} | {d['claimant'] or '-'} ({d['claimant_key'] or '-'})")
    print("\n-- same-fact pairs split across facts (fact: values)")
    split = defaultdict(set)
    for x, y in same_pairs:
        if (x, y) not in grouped:
            split[x["fact"]].add(f"{x['file'].split('.')[0]}:{x['value']}@{fid[x['i']]}")
            split[x["fact"]].add(f"{y['file'].split('.')[0]}:{y['value']}@{fid[y['i']]}")
    for f, vs in sorted(split.items()):
        print(f"  {f}: {', '.join(sorted(vs))}")
    print("\n-- different facts merged (fact_id: label facts)")
    for f, vs in sorted(by_fid.items(), key=lambda kv: str(kv[0])):
        if len(set(vs)) > 1:
            print(f"  {f}: {', '.join(sorted(set(vs)))}")
    print("\n-- expected links not suggested (a | b | expected)")
    for p in exp:
        if p not in hit_pairs:
            x, y = sorted(p)
            flag = "" if all(chosen[i] for i in p) else "  (a claim not detected)"
            print(f"  {L(x)['file']}:{L(x)['value']} | {L(y)['file']}:{L(y)['value']} | {'/'.join(sorted(exp[p]))}{flag}")
    print("\n-- wrong relation (a | b | expected | got)")
    seen = set()
    for k, p in rel_bad:
        x, y = sorted(p)
        if (p, k["relation"]) in seen:
            continue
        seen.add((p, k["relation"]))
        print(f"  {L(x)['file']}:{L(x)['value']} | {L(y)['file']}:{L(y)['value']} | {'/'.join(sorted(exp[p]))} | {k['relation']}")
    print("\n-- links between different facts (a | b | relation)")
    seen = set()
    for k in link_fp:
        x, y = sorted(judged_labels(k["a"]))[0], sorted(judged_labels(k["b"]))[0]
        if (frozenset([x, y]), k["relation"]) in seen:
            continue
        seen.add((frozenset([x, y]), k["relation"]))
        print(f"  {L(x)['file']}:{L(x)['value']} [{L(x)['fact']}] | {L(y)['file']}:{L(y)['value']} [{L(y)['fact']}] | {k['relation']}")
    if not QUIET and link_unlabelled:
        print("\n-- links touching unlabelled claims (first 15)")
        for k in link_unlabelled[:15]:
            a, b = det_by_id.get(k["a"]), det_by_id.get(k["b"])
            print(f"  {a['file']}:{short(a['quote'], 50)} | {b['file']}:{short(b['quote'], 50)} | {k['relation']}")
    if tmpdir:
        print(f"\n(database: {os.environ['DATABASE_URL']})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "bench/blind3")
