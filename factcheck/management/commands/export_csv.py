"""python manage.py export_csv KIND [--output FILE]: the same CSV the admin export gives."""


from django.core.management.base import BaseCommand

from factcheck.exports import KINDS, write_csv


class Command(BaseCommand):
    help = "Export articles, claims, links, verdicts or notes as CSV (UTF-8), to a file or standard output."

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=KINDS)
        parser.add_argument("--output", "-o", help="File to write (default: standard output).")

    def handle(self, *args, kind, output, **options):
        if output:
            with open(output, "w", encoding="utf-8", newline="") as fileobj:
                rows = write_csv(kind, fileobj)
            self.stderr.write(f"{rows} {kind} written to {output}")
        else:
            # The raw stream: the wrapper would add line endings of its own to every CSV line.
            write_csv(kind, self.stdout._out)
