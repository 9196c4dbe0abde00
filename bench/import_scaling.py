"""How import cost grows with the size of the desk: N articles, then 10 x N, through the real pipeline.

Each article is a short report of one of many events (a flood, a protest, a strike...) in a
different town and week, with officials, aid groups and police giving competing figures, so
facts and links form as they would in a real desk. Linking must be blocked on what claims
measure: if it compared every claim with every claim, ten times the articles would cost about a
hundred times the time.

    python bench/import_scaling.py [--articles 60] [--factor 10]

Runs on a throw-away SQLite file (or DATABASE_URL if set) and prints seconds per article for both
sizes and their ratio.
"""

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TOWNS = ["Arden", "Belmont", "Carrow", "Dunmore", "Elsford", "Fairholt", "Glenrock", "Harlow", "Ivybridge",
         "Jarrow", "Kelso", "Larkhall", "Melrose", "Newhaven", "Oakham", "Penrith", "Quarry Bank", "Redruth"]
TEMPLATES = [
    ("floods", "{town} floods: toll rises\n\nThe provincial governor said on Tuesday that at least {a} people "
     "had died in the floods in {town}. The Red Crescent said more than {b} people were killed and "
     "nearly {c} were missing. \"We are still searching,\" said rescue chief {name}. About {d} homes were "
     "destroyed, according to the interior ministry.\n"),
    ("protest", "Thousands march in {town}\n\nPolice said {a},000 people took part in the march in {town} on "
     "Saturday, while unions put the turnout at some {b},000. Organisers said {c} people were arrested. "
     "Mayor {name} said the city had spent ${d} million on policing.\n"),
    ("quake", "Earthquake strikes near {town}\n\nThe earthquake struck at 04:{a:02} local time, the "
     "geological survey said. At least {b} people were killed and {c} injured, officials in {town} said. "
     "Emergency minister {name} said {d} buildings had collapsed.\n"),
]
NAMES = ["Ana Ruiz", "Tom Hale", "Mira Okafor", "Jan Novak", "Lena Berg", "Omar Haddad"]


REPORTS_PER_EVENT = 4


def article(rng, n):
    """Report n: several outlets cover each event (a kind of story, a town, a week)."""
    event = n // REPORTS_PER_EVENT
    # Each week has one event in each town; the kind of story changes every week, and events three
    # weeks apart are different events.
    town = TOWNS[event % len(TOWNS)]
    kind, template = TEMPLATES[(event // len(TOWNS)) % len(TEMPLATES)]
    week = 3 * (event // len(TOWNS))
    published = dt.date(2024, 1, 1) + dt.timedelta(days=7 * week + rng.randint(0, 2))
    text = template.format(town=town, a=rng.randint(10, 59), b=rng.randint(60, 200), c=rng.randint(5, 90),
                           d=rng.randint(100, 900), name=rng.choice(NAMES))
    return f"date {published.isoformat()}\n{text}\nReport {n} on the {kind} in {town}.\n"


def run(count, seed=7):
    from django.core.management import call_command
    from django.db import connection

    from factcheck.importing import import_text
    from factcheck.models import Article, Claim, Fact, Link

    call_command("flush", interactive=False, verbosity=0)
    rng = random.Random(seed)
    texts = [article(rng, n) for n in range(count)]
    started = time.perf_counter()
    for n, text in enumerate(texts):
        import_text(text, source_name=f"bench-{n}.txt", outlet=f"Outlet {n % 7}")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed, Article.objects.count(), Claim.objects.count(), Fact.objects.count(), Link.objects.count()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--factor", type=int, default=10)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    results = []
    for count in (args.articles, args.articles * args.factor):
        elapsed, articles, claims, facts, links = run(count)
        per = elapsed / count
        results.append(per)
        print(f"{articles:6d} articles  {claims:6d} claims  {facts:5d} facts  {links:6d} links  "
              f"{elapsed:7.2f} s  {per * 1000:7.1f} ms/article")
    print(f"time per article, {args.factor}x the articles: {results[1] / results[0]:.2f}x "
          f"(1.0 = linear; {args.factor:.0f} would mean every claim compared with every claim)")


if __name__ == "__main__":
    main()
