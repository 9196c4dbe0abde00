"""import_articles: files and folders in, articles and their claims stored, bad files reported."""

import datetime as dt
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from factcheck.importing import ArticleFileError, guess_title, parse_article
from factcheck.models import Article, Claim

from .conftest import SEEDS

FLOOD = "The provincial governor said on Tuesday that at least 120 people had died in the floods.\n"


def run(*paths, **options):
    out, err = StringIO(), StringIO()
    call_command("import_articles", *map(str, paths), stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "text, published, body",
    [
        ("date 2023-01-02\nKYIV — Twelve died.", dt.date(2023, 1, 2), "KYIV — Twelve died."),
        (" date 2023-01-03 KYIV, Ukraine: Twelve died.", dt.date(2023, 1, 3), "KYIV, Ukraine: Twelve died."),
        ("date 2024-02-29 Police said 40 were held.", dt.date(2024, 2, 29), "Police said 40 were held."),
        # glued to the dateline with no space between
        ("date 2025-11-08WINNIPEG — Three died.", dt.date(2025, 11, 8), "WINNIPEG — Three died."),
        ("Police said 40 were held.", None, "Police said 40 were held."),
        ("The date 2023-01-02 was cold.", None, "The date 2023-01-02 was cold."),
        # no prefix: a byline's date in the top lines stands in for it
        ("Kalvesh strike: the numbers\nPosted 15.03.2024 by FW desk\n\nNine died.", dt.date(2024, 3, 15),
         "Kalvesh strike: the numbers\nPosted 15.03.2024 by FW desk\n\nNine died."),
        ("Ostrel march\nUpdated Sun 17 Nov 2024 09:12\n\nPolice said 40 were held.", dt.date(2024, 11, 17),
         "Ostrel march\nUpdated Sun 17 Nov 2024 09:12\n\nPolice said 40 were held."),
        # a line that only dates the page, with its weekday, clock and zone; a masthead's date between separators
        ("Fire: families demand answers\nBy Jo Moreland, NWN News\nThursday, November 12, 2026, 10:14 AM ET\n\nTen died.",
         dt.date(2026, 11, 12), "Fire: families demand answers\nBy Jo Moreland, NWN News\nThursday, November 12, 2026, "
         "10:14 AM ET\n\nTen died."),
        ("THE LAKESIDE OBSERVER\nServing Jinja and Buvuma · Vol. 9 No. 211 · Monday, March 16, 2026 · Shs 1,500\n\nTen died.",
         dt.date(2026, 3, 16), "THE LAKESIDE OBSERVER\nServing Jinja and Buvuma · Vol. 9 No. 211 · Monday, March 16, 2026 · "
         "Shs 1,500\n\nTen died."),
        ("Flood kills 40 on March 14, 2024 in Kalvesh · Live\nTen died.", None,
         "Flood kills 40 on March 14, 2024 in Kalvesh · Live\nTen died."),
        ("Strike on March 14, 2024 kills ten in the market town\nTen died.", None,
         "Strike on March 14, 2024 kills ten in the market town\nTen died."),
    ],
)
def test_it_reads_the_date_prefix_in_both_forms(text, published, body):
    parsed = parse_article(text)
    assert parsed.published == published
    assert parsed.text == text
    assert text[parsed.body_start:] == body


def test_an_impossible_date_is_a_clear_error():
    with pytest.raises(ArticleFileError, match="not a real date"):
        parse_article("date 2023-02-30 Twelve died.")


def test_a_headline_line_becomes_the_title():
    assert guess_title("Flood toll climbs to 120\n\nThe governor said 120 died.") == "Flood toll climbs to 120"


@pytest.mark.parametrize("body, title", [
    ("HARBOUR GAZETTE · Tuesday 4 August 2026 · $2.50\n\nCrane collapses on Hobart wharf\n\nA crane fell.",
     "Crane collapses on Hobart wharf"),
    ("PORT AUTHORITY · 12 Salamanca Place, Hobart\n\nMonday 3 August 2026 · 9:15am AEST\n\nWharf closed after crane "
     "fall\n\nThe wharf was closed.", "Wharf closed after crane fall"),
    # an outlet's name beside a headline is still the headline
    ("FrontWatch | Crane fall: all the numbers\n\nThe crane fell at 3 a.m.",
     "FrontWatch | Crane fall: all the numbers"),
    # a kicker over the story's first sentence is the headline itself
    ("BREAKING | Crane falls on Hobart wharf\n\nA crane fell on the wharf at 3 a.m. on Tuesday.",
     "BREAKING | Crane falls on Hobart wharf"),
])
def test_the_masthead_above_a_headline_is_not_the_title(body, title):
    assert guess_title(body) == title


def test_without_a_headline_the_title_is_the_first_sentence_without_dateline():
    body = "MANILA, Philippines — Floods killed at least 120 people, officials said. More rain is due."
    assert guess_title(body) == "Floods killed at least 120 people, officials said."


def test_a_long_first_sentence_is_cut_at_a_word():
    title = guess_title("Word " * 60 + "end.")
    assert title.endswith("…") and len(title) <= 121


def test_it_imports_the_seeds_with_their_claims(db):
    out, _ = run(SEEDS)
    assert "5 imported, 0 unchanged, 0 failed" in out
    assert Article.objects.count() == 5
    first = Article.objects.get(source_name="000_027a7aa73704f768.txt")
    assert first.published == dt.date(2023, 1, 2)
    assert first.text == (SEEDS / "000_027a7aa73704f768.txt").read_text(encoding="utf-8")
    assert not first.title.startswith("date") and not first.title.startswith("KYIV")
    headline = Article.objects.get(source_name="004_c92ee13249389db6.txt")
    assert headline.title == "Moscow: 63 Russian soldiers killed in Ukrainian missile strike on New Year"
    assert headline.published is None
    for article in Article.objects.all():
        claims = list(article.claims.all())
        assert len(claims) >= 5, article.source_name
        for claim in claims:
            assert article.text[claim.start:claim.end] == claim.quote
            assert claim.start >= article.body_start


def test_the_same_content_twice_changes_nothing(db, tmp_path):
    (tmp_path / "a.txt").write_text(FLOOD, encoding="utf-8")
    run(tmp_path)
    before = list(Claim.objects.values_list("pk", "start", "end"))
    shutil.copy(tmp_path / "a.txt", tmp_path / "copy-of-a.txt")
    out, _ = run(tmp_path)
    assert "0 imported, 2 unchanged, 0 failed" in out
    assert Article.objects.count() == 1
    assert list(Claim.objects.values_list("pk", "start", "end")) == before


def test_bad_files_are_reported_and_the_others_still_import(db, tmp_path):
    (tmp_path / "1-good.txt").write_text(FLOOD, encoding="utf-8")
    (tmp_path / "2-empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "3-latin1.txt").write_bytes("Le préfet a dit 12.".encode("latin-1"))
    (tmp_path / "4-binary.txt").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "5-baddate.txt").write_text("date 2023-13-01 Twelve died.", encoding="utf-8")
    (tmp_path / "6-good.txt").write_text("Police said 40 people were arrested.", encoding="utf-8")
    with pytest.raises(CommandError, match="2 imported, 0 unchanged, 4 failed"):
        run(tmp_path)
    assert sorted(Article.objects.values_list("source_name", flat=True)) == ["1-good.txt", "6-good.txt"]


def test_an_article_that_breaks_claim_detection_fails_alone(db, tmp_path, monkeypatch):
    from factcheck import importing

    real = importing.detect_article_claims

    def detect(article):
        if article.source_name == "2-breaks.txt":
            raise KeyError("million")
        return real(article)

    monkeypatch.setattr(importing, "detect_article_claims", detect)
    (tmp_path / "1-good.txt").write_text(FLOOD, encoding="utf-8")
    (tmp_path / "2-breaks.txt").write_text("Organisers said a few million seedlings were planted.", encoding="utf-8")
    (tmp_path / "3-good.txt").write_text("Police said 40 people were arrested.", encoding="utf-8")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="2 imported, 0 unchanged, 1 failed"):
        call_command("import_articles", str(tmp_path), stdout=out, stderr=err)
    assert "2-breaks.txt: FAILED: unexpected error (KeyError" in err.getvalue()
    assert sorted(Article.objects.values_list("source_name", flat=True)) == ["1-good.txt", "3-good.txt"]


def test_vague_millions_are_read_as_a_range():
    from factcheck.extraction import detect_claims

    found = [c.value for c in detect_claims("Organisers said a few million seedlings were planted in the hills.")
             if c.value]
    assert [(v.low, v.high) for v in found] == [(2_000_000, 5_000_000)]


def test_each_failure_has_a_one_line_reason(db, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Le préfet a dit 12.".encode("latin-1"))
    (tmp_path / "notes.md").write_text(FLOOD, encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_articles", str(tmp_path / "empty.txt"), str(tmp_path / "latin1.txt"),
            str(tmp_path / "notes.md"), str(tmp_path / "missing.txt"), stdout=StringIO(), stderr=err,
        )
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 4
    assert "empty.txt: FAILED: the file is empty" in lines[0]
    assert "latin1.txt: FAILED: the file is not UTF-8 text" in lines[1]
    assert "notes.md: FAILED: not a .txt file" in lines[2]
    assert "missing.txt: FAILED: no such file" in lines[3]


def test_it_shows_progress_for_each_file(db, tmp_path):
    for n in range(12):
        (tmp_path / f"{n:02}.txt").write_text(f"Officials said {n + 1} boats sank.", encoding="utf-8")
    out, _ = run(tmp_path)
    assert "[ 1/12]" in out and "[12/12]" in out


def test_outlet_and_date_options_apply(db, tmp_path):
    (tmp_path / "a.txt").write_text(FLOOD, encoding="utf-8")
    run(tmp_path / "a.txt", outlet="Daily Post", date="2024-05-02")
    article = Article.objects.get()
    assert article.outlet.name == "Daily Post" and article.published == dt.date(2024, 5, 2)


def test_redetection_keeps_a_reviewers_work(db, tmp_path, reviewer):
    from factcheck.importing import detect_article_claims

    (tmp_path / "a.txt").write_text(FLOOD + "Rescuers said 30 people were missing.\n", encoding="utf-8")
    run(tmp_path)
    article = Article.objects.get()
    manual = Claim.objects.create(
        article=article, start=4, end=21, quote=article.text[4:21], kind=Claim.Kind.STATEMENT,
        origin=Claim.Origin.MANUAL,
    )
    edited = article.claims.filter(origin=Claim.Origin.DETECTED).first()
    edited.value_text = "edited by a reviewer"
    edited.edited = True
    edited.save()
    detect_article_claims(article)
    assert Claim.objects.filter(pk=manual.pk).exists()
    assert Claim.objects.get(pk=edited.pk).value_text == "edited by a reviewer"
    spans = list(article.claims.filter(origin=Claim.Origin.DETECTED).values_list("start", "end", "kind"))
    assert len(spans) == len(set(spans)), "re-detection duplicated a kept claim"


def test_the_date_option_does_not_override_a_files_own_date(db, tmp_path):
    (tmp_path / "dated.txt").write_text("date 2023-01-02 " + FLOOD, encoding="utf-8")
    (tmp_path / "undated.txt").write_text("Rescuers said 30 people were missing.", encoding="utf-8")
    run(tmp_path, date="2024-05-02")
    assert Article.objects.get(source_name="dated.txt").published == dt.date(2023, 1, 2)
    assert Article.objects.get(source_name="undated.txt").published == dt.date(2024, 5, 2)
