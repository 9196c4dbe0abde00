"""Memory and speed of the claims CSV export at a million rows, against a raw sqlite3 dump of the same rows.

    python bench/export_memory.py [--rows 1000000]

Builds a temporary SQLite database (bulk_create in batches), then runs each measurement in a fresh
process so that one's peak memory cannot hide another's:

- the real export (`exports.iter_csv_lines("claims", queryset)`, the code path of `export_csv` and of
  the admin's export) to /dev/null, on a tenth of the rows and on all of them;
- a baseline: one sqlite3 SELECT joining the same tables, written with csv.writer to /dev/null.

Peak RSS growth is ru_maxrss after the export minus ru_maxrss before it (after Django is set up).
Flat memory means the growth at all rows is about the growth at a tenth of them.
"""

import argparse
import csv
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 2000
VERDICT_SHARE = 0.05
BATCH = 20_000


def setup_django(db_path):
    os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def build(db_path, rows):
    setup_django(db_path)
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import transaction

    from factcheck.models import Article, Claim, Claimant, Fact, Outlet, Verdict, VerdictRating

    call_command("migrate", verbosity=0)
    rng = random.Random(5)
    started = time.perf_counter()
    outlets = Outlet.objects.bulk_create([Outlet(name=f"Outlet {i}, Ltd") for i in range(50)])
    claimants = Claimant.objects.bulk_create(
        [Claimant(name=f"Спикер {i}", key=f"claimant {i}", kind="person") for i in range(500)]
    )
    facts = Fact.objects.bulk_create([Fact(title=f"People killed in event {i}") for i in range(1000)])
    text = "The regional governor said 120 people died, while police said \"nearly 95\" were killed. " * 20
    articles = Article.objects.bulk_create([
        Article(title=f"Report {i}: toll rises", outlet=outlets[i % 50], text=text, content_hash=f"{i:064d}",
                source_name=f"report-{i}.txt")
        for i in range(ARTICLES)
    ])
    made = 0
    while made < rows:
        n = min(BATCH, rows - made)
        with transaction.atomic():
            Claim.objects.bulk_create([
                Claim(article=articles[(made + j) % ARTICLES], start=27, end=44, quote="120 people died",
                      context_before="The regional governor said ", context_after=", while police said",
                      kind="quantity", claimant=claimants[(made + j) % 500], value_text="120", value_low=120,
                      value_high=120, value_subject="people", fact=facts[(made + j) % 1000],
                      score=rng.random())
                for j in range(n)
            ], batch_size=1000)
        made += n
    user = get_user_model().objects.create_user(username="bench")
    rating = VerdictRating.objects.create(label="=misleading", value=1)
    claim_ids = list(Claim.objects.values_list("pk", flat=True))
    chosen = rng.sample(claim_ids, int(len(claim_ids) * VERDICT_SHARE))
    Verdict.objects.bulk_create([Verdict(claim_id=pk, reviewer=user, rating=rating, note="Checked, see sources")
                                 for pk in chosen], batch_size=1000)
    return {"rows": rows, "seconds": round(time.perf_counter() - started, 1)}


def export(db_path, limit):
    setup_django(db_path)
    from factcheck.exports import iter_csv_lines
    from factcheck.models import Claim

    queryset = Claim.objects.filter(pk__lte=limit) if limit else None  # None: exactly what export_csv runs
    before = peak_rss_mb()
    started = time.perf_counter()
    count = -1
    with open(os.devnull, "w", encoding="utf-8", newline="") as sink:
        for count, line in enumerate(iter_csv_lines("claims", queryset)):
            sink.write(line)
    seconds = time.perf_counter() - started
    return {"rows": count, "seconds": seconds, "rss_growth_mb": peak_rss_mb() - before}


BASELINE_SQL = """
SELECT c.id, c.article_id, a.title, o.name, a.source_name, c.start, c."end", c.quote, p.name, c.kind,
       c.value_text, c.value_qualifier, c.value_low, c.value_high, c.value_unit, c.value_subject, c.fact_id,
       f.title, c.state, (SELECT group_concat(r.label, '; ') FROM factcheck_verdict v
                          JOIN factcheck_verdictrating r ON r.id = v.rating_id
                          WHERE v.claim_id = c.id AND v.is_current),
       c.origin, c.dismissed, c.score
FROM factcheck_claim c
JOIN factcheck_article a ON a.id = c.article_id
LEFT JOIN factcheck_outlet o ON o.id = a.outlet_id
LEFT JOIN factcheck_claimant p ON p.id = c.claimant_id
LEFT JOIN factcheck_fact f ON f.id = c.fact_id
WHERE ? = 0 OR c.id <= ?
ORDER BY c.id
"""


def baseline(db_path, limit):
    before = peak_rss_mb()
    started = time.perf_counter()
    connection = sqlite3.connect(db_path)
    count = 0
    with open(os.devnull, "w", encoding="utf-8", newline="") as sink:
        writer = csv.writer(sink)
        cursor = connection.execute(BASELINE_SQL, (limit, limit))
        while batch := cursor.fetchmany(2000):
            writer.writerows(batch)
            count += len(batch)
    seconds = time.perf_counter() - started
    return {"rows": count, "seconds": seconds, "rss_growth_mb": peak_rss_mb() - before}


def child(step, db_path, arg):
    """Run one step in a fresh interpreter and return what it printed."""
    out = subprocess.run([sys.executable, __file__, "--step", step, "--db", db_path, "--arg", str(arg)],
                         capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        sys.exit(f"step {step} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", metavar="FILE", help="build the database here (or reuse it when it exists)")
    parser.add_argument("--step", choices=["build", "export", "baseline"], help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--arg", type=int, default=0, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.step:
        step = {"build": build, "export": export, "baseline": baseline}[options.step]
        print(json.dumps(step(options.db, options.arg)))
        return

    with tempfile.TemporaryDirectory() as folder:
        db_path = options.keep or str(Path(folder) / "bench.sqlite3")
        if Path(db_path).exists():
            print(f"reusing {db_path}")
        else:
            built = child("build", db_path, options.rows)
            print(f"built {built['rows']:,} claims (+{VERDICT_SHARE:.0%} with a verdict) in {built['seconds']} s")
        tenth = options.rows // 10
        results = [
            ("export, 1/10 of the rows", child("export", db_path, tenth)),
            ("export, all rows", child("export", db_path, 0)),
            ("raw sqlite3 + csv.writer, 1/10", child("baseline", db_path, tenth)),
            ("raw sqlite3 + csv.writer, all", child("baseline", db_path, 0)),
        ]
    print(f"\n| run | rows | seconds | rows/s | peak RSS growth |\n| --- | ---: | ---: | ---: | ---: |")
    for name, r in results:
        print(f"| {name} | {r['rows']:,} | {r['seconds']:.1f} | {r['rows'] / r['seconds']:,.0f} "
              f"| {r['rss_growth_mb']:.1f} MB |")
    small, full, _, raw = (r for _, r in results)
    print(f"\nmemory growth, all rows vs 1/10: {full['rss_growth_mb']:.1f} MB vs {small['rss_growth_mb']:.1f} MB")
    print(f"export speed vs raw dump: {(full['rows'] / full['seconds']) / (raw['rows'] / raw['seconds']):.2f}x")


if __name__ == "__main__":
    main()
