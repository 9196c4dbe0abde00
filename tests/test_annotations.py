"""W3C Web Annotations: every selector finds its quote in the stored article text."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from factcheck.annotations import AFFIX_LENGTH, CONTENT_TYPE
from factcheck.models import Article, Claim, Verdict, VerdictRating

pytestmark = pytest.mark.django_db


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(CONTENT_TYPE)
    return response.json()


def items(collection):
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection"
    page = collection["first"]
    assert page["type"] == "AnnotationPage" and collection["total"] == len(page["items"])
    return page["items"]


def check_selectors(annotation, articles):
    article_id = int(annotation["target"]["source"].rstrip("/").rsplit("/", 1)[1])
    text = articles[article_id].text
    quote, position = annotation["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
    start, end = position["start"], position["end"]
    assert quote["exact"] == text[start:end] and quote["exact"]
    assert text[:start].endswith(quote["prefix"]) and len(quote["prefix"]) == min(start, AFFIX_LENGTH)
    assert text[end:].startswith(quote["suffix"]) and len(quote["suffix"]) == min(len(text) - end, AFFIX_LENGTH)


def test_every_seed_claim_selector_finds_its_quote(client, reviewer, seeded):
    client.force_login(reviewer)
    articles = Article.objects.in_bulk()
    annotations = items(fetch(client, reverse("annotations_bulk")))
    assert len(annotations) == Claim.objects.live().count() > 20
    for annotation in annotations:
        assert annotation["type"] == "Annotation" and annotation["motivation"] == "highlighting"
        assert annotation["target"]["source"].startswith("http://testserver/articles/")
        check_selectors(annotation, articles)


def test_an_article_page_of_annotations(client, reviewer, make_article, make_claim):
    # Non-Latin text and a character outside the BMP: positions count code points, as Python does.
    text = "Мэр 🙂 сказал, что погибли 12 человек. Police said 12 died."
    article = make_article(text=text, title="Паводок")
    other = make_article(text="Elsewhere 40 died.", title="Other")
    first = make_claim(article, "погибли 12 человек", claimant="Мэр")
    make_claim(article, "12 died", claimant="Police", start=text.rindex("12 died"))
    make_claim(other, "40 died")
    dismissed = make_claim(article, "Police said", claimant="Police", dismissed=True)
    rating = VerdictRating.objects.get_or_create(label="test: accurate", defaults={"value": 3})[0]
    Verdict.objects.create(claim=first, reviewer=reviewer, rating=rating)
    client.force_login(reviewer)
    url = reverse("article_annotations", args=[article.pk])
    collection = fetch(client, url)
    annotations = items(collection)
    assert collection["id"] == f"http://testserver{url}"
    assert [a["id"] for a in annotations] == [f"http://testserver{url}#claim-{first.pk}",
                                              f"http://testserver{url}#claim-{first.pk + 1}"]
    assert dismissed.pk not in {int(a["id"].rsplit("-", 1)[1]) for a in annotations}
    for annotation in annotations:
        check_selectors(annotation, {article.pk: article})
    rated = annotations[0]
    assert rated["motivation"] == "assessing"
    values = {body["value"] for body in rated["body"]}
    assert {"Claimant: Мэр", "Verdict: test: accurate", "quantity"} <= values
    assert all(body["type"] == "TextualBody" for body in rated["body"])
    assert annotations[1]["motivation"] == "highlighting"


def test_query_counts_do_not_grow_with_claims(client, reviewer, make_article, make_claim):
    client.force_login(reviewer)
    rating = VerdictRating.objects.get_or_create(label="test: accurate", defaults={"value": 3})[0]
    words = " ".join(f"w{i}" for i in range(30))
    article = make_article(text=words)

    def add(numbers):
        for i in numbers:
            claim = make_claim(article, f"w{i}", claimant=f"C{i}", start=words.index(f"w{i} "))
            Verdict.objects.create(claim=claim, reviewer=reviewer, rating=rating)
            make_claim(make_article(text=f"x{i} said 5.", title=f"A{i}"), "5.", claimant=f"D{i}")

    def count(url):
        with CaptureQueriesContext(connection) as ctx:
            fetch(client, url)
        return len(ctx.captured_queries)

    urls = [reverse("article_annotations", args=[article.pk]), reverse("annotations_bulk")]
    add(range(2))
    few = [count(url) for url in urls]
    add(range(2, 10))
    assert [count(url) for url in urls] == few


def test_annotations_need_login(client, make_article):
    article = make_article()
    for url in (reverse("annotations_bulk"), reverse("article_annotations", args=[article.pk])):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
