"""Score the whole pipeline (import -> detection -> claimants -> facts -> links) on bench/blind2.

Ten hand-written articles about three events (an earthquake in Mindanao, a contested mayoral
election night, a car-parts maker's quarterly results and job cuts), labelled by hand in
labels.json without looking at how detection or matching work.

    cd /work/main && /work/venv/bin/python bench/blind2/evaluate.py [--all]

Uses a fresh temporary SQLite database unless DATABASE_URL is set. --all prints every link error
instead of the first 40 of each kind.
"""
import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHOW_ALL = "--all" in sys.argv
LIMIT = None if SHOW_ALL else 40

_tmpdir = None
if not os.environ.get("DATABASE_URL"):
    _tmpdir = tempfile.mkdtemp(prefix="blind2_")
    os.environ["DATABASE_URL"] = "sqlite:///" + os.path.join(_tmpdir, "eval.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
sys.path.insert(0, ROOT)
os.chdir(ROOT)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from factcheck.models import Claim, Link  # noqa: E402

STOP = {"the", "of", "s", "a", "an", "and", "'s"}


def pct(num, den):
    return f"{100.0 * num / den:5.1f}% ({num}/{den})" if den else "  n/a (0/0)"


def words(name):
    name = (name or "").lower().replace("\u2019", "'")
    name = re.sub(r"'s\b", " ", name)
    return {w for w in re.findall(r"[a-z0-9]+", name) if w not in STOP}


def norm(name):
    return " ".join(sorted(words(name)))


def short(text, n=110):
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"


# ---------------------------------------------------------------- labels

with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
    LABELS = json.load(fh)
ALIASES = LABELS.get("claimant_aliases", {})
CLAIMS = LABELS["claims"]
for i, lab in enumerate(CLAIMS):
    lab["i"] = i
by_file = defaultdict(list)
for lab in CLAIMS:
    by_file[lab["file"]].append(lab)


def ref_key(ref):
    """[file, value] or [file, value, k] -> label index."""
    file, value = ref[0], ref[1]
    k = ref[2] if len(ref) > 2 else 1
    hits = [lab for lab in by_file[file] if lab["value"] == value]
    if len(hits) < k:
        raise SystemExit(f"labels.json: link end {ref} names no label")
    if len(ref) == 2 and len(hits) > 1:
        raise SystemExit(f"labels.json: link end {ref} is ambiguous, add the occurrence")
    return hits[k - 1]["i"]


EXPECTED = {}
OPTIONAL = {}
for link in LABELS["links"]:
    pair = frozenset((ref_key(link["a"]), ref_key(link["b"])))
    ok = {link["relation"], *link.get("also_ok", [])}
    (OPTIONAL if link.get("optional") else EXPECTED)[pair] = (link["relation"], ok)

# ---------------------------------------------------------------- run the pipeline

print(f"database: {os.environ['DATABASE_URL']}")
call_command("migrate", verbosity=0)
articles_dir = os.path.join("bench", "blind2", "articles")
import_failed = None
try:
    call_command("import_articles", articles_dir, verbosity=0)
except SystemExit as exc:  # the command exits non-zero if a file failed
    import_failed = f"exit status {exc.code}"
except Exception as exc:  # noqa: BLE001 - report and go on with what was imported
    import_failed = repr(exc)
if import_failed:
    print(f"WARNING: import_articles reported a failure: {import_failed}")

files = set(by_file)
all_det = list(
    Claim.objects.select_related("article", "claimant")
    .filter(article__source_name__in=files)
    .order_by("article__source_name", "start")
)
dismissed = [c for c in all_det if c.dismissed]
detections = [c for c in all_det if not c.dismissed]
det_by_file = defaultdict(list)
texts = {}
for c in detections:
    det_by_file[c.article.source_name].append(c)
for c in all_det:
    texts[c.article.source_name] = c.article.text
missing_files = sorted(files - set(texts))
if missing_files:
    print(f"WARNING: no article or no claims for {missing_files}")

# ---------------------------------------------------------------- place labels in the text


def locate(lab, text):
    """Character offset of the label's value in the article text (or None)."""
    value = lab["value"]
    if lab.get("context"):
        at = text.find(lab["context"])
        if at >= 0:
            return at + lab["context"].find(value)
    pat = re.compile(r"(?<![\w.,])" + re.escape(value) + r"(?![\w])")
    starts = [m.start() for m in pat.finditer(text)] or [m.start() for m in re.finditer(re.escape(value), text)]
    earlier = [x for x in by_file[lab["file"]] if x["value"] == value and x["i"] < lab["i"] and not x.get("context")]
    k = len(earlier)
    return starts[k] if k < len(starts) else (starts[0] if starts else None)


for lab in CLAIMS:
    text = texts.get(lab["file"], "")
    lab["pos"] = locate(lab, text) if text else None
    if text and lab["pos"] is None:
        print(f"WARNING: label value {lab['value']!r} not found in {lab['file']}")

# ---------------------------------------------------------------- match labels to detections


def criterion(lab, c):
    # A value ending a sentence ("at 11:47 p.m.") may lose its last full stop to the sentence end.
    if lab["value"].lower().rstrip(".") not in (c.quote or "").lower():
        return False
    n = lab.get("number")
    if n is None:
        return True
    lo, hi = c.value_low, c.value_high
    if (lo is not None or hi is not None) and (lo is None or lo <= n + 1e-9) and (hi is None or n - 1e-9 <= hi):
        return True
    return (c.value_text or "").strip().lower() == lab["value"].strip().lower()


cands = []
for lab in CLAIMS:
    for c in det_by_file.get(lab["file"], []):
        if not criterion(lab, c):
            continue
        pos = lab["pos"]
        if pos is None:
            dist = 10**6
        elif c.start <= pos and pos + len(lab["value"].rstrip(".")) <= c.end:
            dist = 0
        else:
            dist = min(abs(pos - c.start), abs(pos - c.end))
        cands.append((dist, lab["i"], c.start, c))
cands.sort(key=lambda t: (t[0], t[1], t[2]))
match = {}  # label index -> claim
used = set()
off_position = []
for dist, i, _, c in cands:
    if i in match or c.id in used:
        continue
    match[i] = c
    used.add(c.id)
    if dist > 0:
        off_position.append(i)
label_of = {c.id: i for i, c in match.items()}

# ---------------------------------------------------------------- detection


def has_figure(c):
    return c.value_low is not None or c.value_high is not None or c.kind == "date"


REQUIRED = [lab for lab in CLAIMS if not lab.get("optional")]
n_lab = len(REQUIRED)
opt_used = {c.id for i, c in match.items() if CLAIMS[i].get("optional")}
scored = [c for c in detections if c.id not in opt_used]  # a found optional claim is neither right nor wrong
tp = sum(1 for lab in REQUIRED if lab["i"] in match)
fps = [c for c in scored if c.id not in used]
fig_det = [c for c in scored if has_figure(c)]
fig_tp = [c for c in fig_det if c.id in used]
print()
print("== Detection ==")
print(f"articles                  {len(texts)} of {len(files)} labelled files")
print(f"labelled claims           {n_lab} (+{len(CLAIMS) - n_lab} optional, {len(opt_used)} of them found)")
print(f"detected claims           {len(detections)} (+{len(dismissed)} dismissed, ignored)")
print(f"recall                    {pct(tp, n_lab)}")
print(f"precision                 {pct(tp, len(scored))}")
print(f"precision, figure/date    {pct(len(fig_tp), len(fig_det))}")
print(f"matched off the label's position (text criterion only): {len(off_position)}")
per_event = defaultdict(lambda: [0, 0])
for lab in REQUIRED:
    ev = lab["file"].split("_")[0]
    per_event[ev][1] += 1
    per_event[ev][0] += lab["i"] in match
print("recall by event           " + ", ".join(f"{ev} {pct(a, b)}" for ev, (a, b) in sorted(per_event.items())))

# ---------------------------------------------------------------- claimants


def claimant_ok(lab, c, strict=False):
    cl = c.claimant
    name = cl.name if cl else ""
    key = (cl.key if cl else "") or ""
    wanted = [lab["claimant"], *lab.get("claimant_ok", [])]
    for want in wanted:
        if want == "outlet":
            if key.startswith("outlet"):
                return True
            continue
        for alt in [want, *ALIASES.get(want, [])]:
            if strict:
                a, b = norm(alt), norm(name)
                if a and b and (a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "):
                    return True
                if words(alt) and words(alt) == words(name):
                    return True
            elif words(alt) & words(name):
                return True
    return False


req_match = {i: c for i, c in match.items() if not CLAIMS[i].get("optional")}
cl_ok = [i for i, c in req_match.items() if claimant_ok(CLAIMS[i], c)]
cl_strict = [i for i, c in req_match.items() if claimant_ok(CLAIMS[i], c, strict=True)]
print()
print("== Claimants (matched claims) ==")
print(f"accuracy, lenient         {pct(len(cl_ok), tp)}")
print(f"accuracy, strict          {pct(len(cl_strict), tp)}")
own_voice = [i for i in req_match if CLAIMS[i]["claimant"] == "outlet"]
print(f"  of which outlet's voice {pct(sum(1 for i in own_voice if i in cl_ok), len(own_voice))}")

# ---------------------------------------------------------------- facts

matched = sorted(req_match)
same_pairs = [(a, b) for a, b in combinations(matched, 2) if CLAIMS[a]["fact"] == CLAIMS[b]["fact"]]
cross_same_pairs = [(a, b) for a, b in same_pairs if CLAIMS[a]["file"] != CLAIMS[b]["file"]]
diff_pairs = [(a, b) for a, b in combinations(matched, 2) if CLAIMS[a]["fact"] != CLAIMS[b]["fact"]]


def together(a, b):
    fa, fb = match[a].fact_id, match[b].fact_id
    return fa is not None and fa == fb


groups = defaultdict(list)
for i in matched:
    if match[i].fact_id is not None:
        groups[match[i].fact_id].append(CLAIMS[i]["fact"])
pure = sum(Counter(v).most_common(1)[0][1] for v in groups.values())
in_groups = sum(len(v) for v in groups.values())
print()
print("== Facts (matched claims) ==")
print(f"with a fact               {pct(in_groups, tp)}")
print(f"same-fact pairs together  {pct(sum(together(a, b) for a, b in same_pairs), len(same_pairs))}")
print(f"  across articles         {pct(sum(together(a, b) for a, b in cross_same_pairs), len(cross_same_pairs))}")
print(f"purity                    {pct(pure, in_groups)}")
print(f"different-fact pairs merged {pct(sum(together(a, b) for a, b in diff_pairs), len(diff_pairs))}")

# ---------------------------------------------------------------- links

links = list(Link.objects.select_related("from_claim", "to_claim").filter(from_claim__article__source_name__in=files))
live = [lk for lk in links if lk.status != "rejected"]
seen = {}
unlabelled_end = []
for lk in live:
    a, b = label_of.get(lk.from_claim_id), label_of.get(lk.to_claim_id)
    if a is None or b is None:
        unlabelled_end.append(lk)
        continue
    pair = frozenset((a, b))
    if len(pair) == 1:
        unlabelled_end.append(lk)
        continue
    seen.setdefault(pair, lk)
found = [p for p in EXPECTED if p in seen]
optional_found = [p for p in OPTIONAL if p in seen]
wrong = [p for p in seen if p not in EXPECTED and p not in OPTIONAL]
wrong_diff_fact = [p for p in wrong if len({CLAIMS[i]["fact"] for i in p}) == 2]
reachable = [p for p in EXPECTED if all(i in match for i in p)]
rel_strict = [p for p in found if seen[p].relation == EXPECTED[p][0]]
rel_lenient = [p for p in found if seen[p].relation in EXPECTED[p][1]]
n_pairs_links = len(seen) - len(optional_found)
print()
print("== Links ==")
print(f"expected links            {len(EXPECTED)} (+{len(OPTIONAL)} optional); detected {len(live)} live links, {len(links) - len(live)} rejected")
print(f"recall                    {pct(len(found), len(EXPECTED))}")
print(f"recall, both ends found   {pct(len(found), len(reachable))}")
print(f"precision, labelled ends  {pct(len(found), n_pairs_links)}")
print(f"precision, all links      {pct(len(found), n_pairs_links + len(unlabelled_end))}")
print(f"  wrong: different facts  {len(wrong_diff_fact)}; same file or same fact unlisted {len(wrong) - len(wrong_diff_fact)}; an end not labelled {len(unlabelled_end)}")
print(f"relation accuracy, strict {pct(len(rel_strict), len(found))}")
print(f"relation accuracy, lenient{pct(len(rel_lenient), len(found))}")
conf = Counter((EXPECTED[p][0], seen[p].relation) for p in found)
print("relation confusion (expected -> got): " + ", ".join(f"{e}->{g} {n}" for (e, g), n in sorted(conf.items())))

# ---------------------------------------------------------------- details


def lab_str(i):
    lab = CLAIMS[i]
    return f"{lab['file']}: {lab['value']!r} [{lab['claimant']}; {lab['fact']}]"


def det_str(c):
    cl = c.claimant.name if c.claimant else None
    return f"{c.value_text!r} ({c.value_low}..{c.value_high}) claimant={cl!r} fact={c.fact_id}"


def cap(items):
    return items if LIMIT is None else items[:LIMIT]


print()
print(f"== Missed claims ({n_lab - tp}) ==")
for lab in REQUIRED:
    if lab["i"] not in match:
        print(f"- {lab_str(lab['i'])}")
if off_position:
    print()
    print(f"== Matched by text but not at the label's place ({len(off_position)}) ==")
    for i in off_position:
        print(f"- {lab_str(i)} -> {det_str(match[i])} | {short(match[i].quote)!r}")
print()
print(f"== False positives ({len(fps)}) ==")
for c in fps:
    print(f"- {c.article.source_name}: {det_str(c)} | {short(c.quote)!r}")
print()
wrong_cl = [i for i in matched if i not in cl_ok]
print(f"== Wrong claimants ({len(wrong_cl)}) ==")
for i in wrong_cl:
    c = match[i]
    print(f"- {lab_str(i)} got {c.claimant.name if c.claimant else None!r} | {short(c.quote)!r}")
print()
split = [(a, b) for a, b in cross_same_pairs if not together(a, b)]
print(f"== Same-fact pairs across articles on different facts ({len(split)}) ==")
for a, b in cap(split):
    print(f"- {lab_str(a)} fact={match[a].fact_id}  /  {lab_str(b)} fact={match[b].fact_id}")
print()
missed_links = [p for p in EXPECTED if p not in seen]
print(f"== Missed links ({len(missed_links)}; {len([p for p in missed_links if p in reachable])} with both ends detected) ==")
for p in cap([p for p in missed_links if p in reachable]):
    a, b = sorted(p)
    print(f"- {EXPECTED[p][0]}: {lab_str(a)}  <->  {lab_str(b)}")
print()
print(f"== Wrong links between labelled claims ({len(wrong)}) ==")
for p in cap(wrong):
    a, b = sorted(p)
    print(f"- {seen[p].relation}: {lab_str(a)}  <->  {lab_str(b)}")
print()
print(f"== Links with an unlabelled end ({len(unlabelled_end)}) ==")
for lk in cap(unlabelled_end):
    ends = []
    for c in (lk.from_claim, lk.to_claim):
        i = label_of.get(c.id)
        ends.append(lab_str(i) if i is not None else f"{c.article.source_name}: unlabelled {short(c.quote, 70)!r}")
    print(f"- {lk.relation}: {ends[0]}  <->  {ends[1]}")
print()
bad_rel = [p for p in found if seen[p].relation not in EXPECTED[p][1]]
print(f"== Wrong relations ({len(bad_rel)}) ==")
for p in cap(bad_rel):
    a, b = sorted(p)
    print(f"- expected {EXPECTED[p][0]}, got {seen[p].relation}: {lab_str(a)}  <->  {lab_str(b)}")

if _tmpdir:
    import shutil

    from django.db import connections

    connections.close_all()
    shutil.rmtree(_tmpdir, ignore_errors=True)
