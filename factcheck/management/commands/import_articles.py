"""python manage.py import_articles PATH [PATH ...]: import .txt articles and detect their claims."""

import datetime as dt
import logging
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from factcheck.importing import ArticleFileError, import_file


logger = logging.getLogger(__name__)


def expand_paths(paths):
    """Files as given, and the .txt files inside folders (recursively, in name order)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".txt")
        else:
            yield path


class Command(BaseCommand):
    help = "Import .txt articles (files or folders of them); claims are detected as part of the import."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--outlet", help="Outlet that published every imported article.")
        parser.add_argument("--date", type=dt.date.fromisoformat, help="Publication date (YYYY-MM-DD) "
                            "for files without a 'date' prefix.")
        parser.add_argument("--url", default="", help="Source URL (for a single file).")

    def handle(self, *args, paths, outlet, date, url, verbosity, **options):
        files = list(expand_paths(paths))
        if not files:
            raise CommandError("No .txt files found in " + ", ".join(paths))
        imported = unchanged = 0
        failures = []
        width = len(str(len(files)))
        for number, path in enumerate(files, 1):
            progress = f"[{number:>{width}}/{len(files)}]"
            try:
                if not path.exists():
                    raise ArticleFileError("no such file")
                result = import_file(path, outlet=outlet, default_published=date, url=url)
            except ArticleFileError as exc:
                failures.append(path)
                self.stderr.write(f"{progress} {path}: FAILED: {exc}")
                continue
            except Exception as exc:  # noqa: BLE001 - one article's fault must not cost the files after it
                # the article's import ran in its own transaction and was rolled back
                logger.exception("Import of %s failed", path)
                failures.append(path)
                self.stderr.write(f"{progress} {path}: FAILED: unexpected error ({type(exc).__name__}: {exc}); "
                                  "nothing of this file was stored")
                continue
            if result.created:
                imported += 1
                line = f"{progress} {path}: imported as article {result.article.pk} ({result.claims} claims)"
            else:
                unchanged += 1
                line = f"{progress} {path}: unchanged (already article {result.article.pk})"
            if verbosity >= 1:
                self.stdout.write(line)
        summary = f"{imported} imported, {unchanged} unchanged, {len(failures)} failed"
        if failures:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
