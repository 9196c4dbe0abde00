"""export_csv: the same columns SPEC.md names, safe for spreadsheets."""

import csv
from io import StringIO

import pytest
from django.core.management import call_command

from factcheck.exports import safe_cell

pytestmark = pytest.mark.django_db

CLAIM_COLUMNS = [
    "claim_id", "article_id", "article_title", "outlet", "source_name", "start", "end", "quote", "claimant",
    "kind", "value", "fact_id", "fact", "state", "verdict", "origin",
]


def export(kind, **options):
    out = StringIO()
    call_command("export_csv", kind, stdout=out, **options)
    return list(csv.DictReader(StringIO(out.getvalue())))


def test_claims_have_the_spec_columns_and_offsets(make_article, make_claim):
    article = make_article(text="The governor said 120 people died.", title="Flood", source_name="flood.txt",
                           outlet="Daily Post")
    claim = make_claim(article, "120 people died", value_text="120")
    rows = export("claims")
    assert set(CLAIM_COLUMNS) <= set(rows[0])
    row = rows[0]
    assert row["claim_id"] == str(claim.pk) and row["outlet"] == "Daily Post"
    assert row["source_name"] == "flood.txt" and row["origin"] == "detected"
    assert article.text[int(row["start"]):int(row["end"])] == row["quote"] == "120 people died"


def test_it_writes_to_a_file(make_article, make_claim, tmp_path):
    make_claim(make_article(text="Unions said “80,000” marched, police said 12,000.", title="Протест"), "80,000")
    target = tmp_path / "claims.csv"
    call_command("export_csv", "claims", output=str(target), stderr=StringIO())
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert rows[0]["article_title"] == "Протест" and rows[0]["quote"] == "80,000"


@pytest.mark.parametrize("kind", ["articles", "links", "verdicts", "notes"])
def test_every_kind_exports_a_header(kind):
    out = StringIO()
    call_command("export_csv", kind, stdout=out)
    assert out.getvalue().splitlines()[0].split(",")[0] in {"article_id", "link_id", "verdict_id", "note_id"}


@pytest.mark.parametrize("cell", ["=SUM(A1:A2)", "+1", "-2+3", "@cmd", "\tx", "\rx", "\nx"])
def test_formula_cells_are_neutralised(cell):
    assert safe_cell(cell) == "'" + cell


def test_a_formula_title_is_neutralised_in_the_export(make_article):
    make_article(title='=HYPERLINK("http://x","y")')
    assert export("articles")[0]["title"].startswith("'=")


def test_plain_values_are_left_alone():
    assert safe_cell("63 killed") == "63 killed" and safe_cell(-5) == -5 and safe_cell(None) == ""
