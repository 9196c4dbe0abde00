"""The article text rendered with nested, escaped highlights."""

import re

from factcheck.highlight import Span, highlight


def marks(html):
    return re.findall(r'data-claim-id="(\d+)"', html)


def test_it_wraps_each_claim_in_a_mark_with_its_id():
    html = highlight("Police said 12 were hurt. Unions said 80,000 marched.", [Span(0, 25, 1), Span(26, 54, 2)])
    assert marks(html) == ["1", "2"]
    assert "Police said 12 were hurt.</mark>" in html


def test_it_escapes_the_text_and_never_trusts_it():
    text = 'The mayor said <script>alert("x")</script> 5 & "six".'
    html = highlight(text, [Span(15, 42, 7)])
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html


def test_nested_claims_nest_their_marks():
    text = "The governor said at least 120 people died, while the Red Crescent said 150."
    html = highlight(text, [Span(0, 76, 1), Span(0, 42, 2), Span(50, 75, 3)])
    assert marks(html).count("1") == 1
    assert html.index('data-claim-id="1"') < html.index('data-claim-id="2"')
    assert html.count("<mark") == html.count("</mark>")


def test_partly_overlapping_claims_each_keep_an_element():
    text = "abcdefghij"
    html = highlight(text, [Span(0, 6, 1), Span(4, 10, 2)])
    assert set(marks(html)) == {"1", "2"}
    assert html.count("<mark") == html.count("</mark>")
    assert re.sub(r"<[^>]+>", "", html) == text


def test_identical_spans_both_get_an_element():
    html = highlight("Six rockets were fired.", [Span(0, 23, 1), Span(0, 23, 2)])
    assert sorted(marks(html)) == ["1", "2"]


def test_text_before_start_is_left_out():
    html = highlight("date 2023-01-02 Twelve died.", [Span(16, 28, 1)], start=16)
    assert html.startswith("<mark")
    assert "2023" not in html
