"""Import pipeline: a text file in, an article with its detected and linked claims out (touches the ORM).

Parsing the file (date prefix, headline, title) is pure and lives at the top; `import_text` and
`detect_article_claims` write to the database. A reviewer's work is never lost here: claims that a
reviewer made, edited, rated, annotated or linked survive re-detection untouched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.db.models import Q

from . import extraction
from .linking import link_claims
from .sentences import byline_date, date_prefix, is_masthead
from .models import Article, Claim, Claimant, ClaimantAlias, Link, Outlet

# A dateline that opens wire copy: "KYIV, Ukraine — ", "LONDON (Reuters) - ", "PARIS: ".
DATELINE = re.compile(r"\A[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w .'-]+)?(?:\s*\([^)]{1,40}\))?\s*(?:—|–|-|:)\s+")
TITLE_LENGTH = 120
MAX_FILE_BYTES = 5 * 1024 * 1024


class ArticleFileError(Exception):
    """A file that cannot become an article; the message is the one-line reason shown to the user."""


@dataclass(frozen=True)
class ParsedArticle:
    text: str
    published: dt.date | None
    body_start: int
    title: str


@dataclass(frozen=True)
class ImportResult:
    article: Article
    created: bool
    claims: int


def decode_article_bytes(data: bytes) -> str:
    if not data.strip():
        raise ArticleFileError("the file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise ArticleFileError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if b"\x00" in data:
        raise ArticleFileError("the file is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFileError(f"the file is not UTF-8 text (bad byte at position {exc.start})") from None
    return text


def parse_article(text: str) -> ParsedArticle:
    """Find the optional date prefix, the body and a title, leaving the text itself as it is."""
    published = None
    body_start = 0
    end, prefix_date = date_prefix(text)
    if prefix_date:
        try:
            published = dt.date.fromisoformat(prefix_date)
        except ValueError:
            raise ArticleFileError(f"the date prefix {prefix_date!r} is not a real date") from None
        body_start = end
    body = text[body_start:]
    if published is None and (found := byline_date(body)):
        published = dt.date.fromisoformat(found)
    if not body.strip():
        raise ArticleFileError("the file has no article text")
    return ParsedArticle(text=text, published=published, body_start=body_start, title=guess_title(body))


def guess_title(body: str) -> str:
    """The headline when the text opens with one, else the opening words of the first sentence. The outlet's
    masthead or the page's stamp above the headline ("LORD HOWE ISLAND BOARD · Bowker Avenue", "Sunday 14 June
    2037 · 9:15am NZST") is no title."""
    lines = [line.strip() for line in body.strip().splitlines()]
    while len(lines) > 1 and (not lines[0] or is_masthead(lines[0]) and _headline_follows(lines[1:])):
        lines.pop(0)
    first = lines[0]
    followed_by_blank = len(lines) > 1 and not lines[1]
    if followed_by_blank and len(first.split()) <= 25 and not first.endswith((".", "”", '"')):
        return first[:TITLE_LENGTH * 2]
    first = DATELINE.sub("", first, count=1)
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    if len(sentence) <= TITLE_LENGTH:
        return sentence
    cut = sentence[:TITLE_LENGTH].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—– ") + "…"


def _headline_follows(lines: list[str]) -> bool:
    """Whether a headline comes after a masthead line: the next line that is not blank is no sentence. "BREAKING |
    Floods kill 120 in Kerala" over the story's first sentence is the headline itself."""
    nxt = next((line for line in lines if line), "")
    return bool(nxt) and len(nxt.split()) <= 25 and not nxt.endswith((".", "”", '"', "!", "?"))


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def get_outlet(name: str | None) -> Outlet | None:
    name = (name or "").strip()
    if not name:
        return None
    outlet = Outlet.objects.filter(name__iexact=name).first()
    return outlet or Outlet.objects.create(name=name)


@transaction.atomic
def import_text(
    text: str,
    *,
    source_name: str = "",
    outlet: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    default_published: dt.date | None = None,
    url: str = "",
) -> ImportResult:
    """Store one article and detect its claims. The same content a second time changes nothing."""
    parsed = parse_article(text)
    existing = Article.objects.filter(content_hash=content_hash(text)).first()
    if existing:
        return ImportResult(article=existing, created=False, claims=0)
    article = Article.objects.create(
        title=(title or "").strip() or parsed.title,
        outlet=get_outlet(outlet),
        # A date given by hand wins; then the file's own prefix; then a default for undated files.
        published=published or parsed.published or default_published,
        url=url,
        source_name=source_name,
        content_hash=content_hash(text),
        text=text,
        body_start=parsed.body_start,
    )
    claims = detect_article_claims(article)
    link_claims(article.claims.for_matching())
    return ImportResult(article=article, created=True, claims=claims)


def import_file(path: Path, **metadata) -> ImportResult:
    if path.suffix.lower() != ".txt":
        raise ArticleFileError("not a .txt file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleFileError(f"cannot be read ({exc.strerror})") from None
    return import_text(decode_article_bytes(data), source_name=path.name, **metadata)


def outlet_claimant(article: Article) -> Claimant:
    """The article's own voice: the outlet when known."""
    if article.outlet:
        key, name = f"outlet:{article.outlet.name.lower()}", article.outlet.name
    else:
        key, name = "outlet:", "The outlet (unknown)"
    claimant, _ = Claimant.objects.get_or_create(key=key, defaults={"name": name, "kind": Claimant.Kind.OUTLET})
    return claimant


def resolve_claimants(article: Article, candidates) -> dict[str, Claimant]:
    """One Claimant per normalised key, creating what is new and recording each spelling as an alias."""
    keys = {c.claimant_key for c in candidates if c.claimant_key and c.claimant_key != "outlet"}
    found = {c.key: c for c in Claimant.objects.filter(key__in=keys)}
    for cand in candidates:
        key = cand.claimant_key
        if key in found or not key or key == "outlet":
            continue
        kind = getattr(cand, "claimant_kind", "") or Claimant.Kind.OTHER
        found[key] = Claimant.objects.create(key=key, name=cand.claimant[:300], kind=kind)
    found["outlet"] = outlet_claimant(article)
    aliases = {(found[c.claimant_key].pk, c.claimant_text[:300]) for c in candidates if c.claimant_text and c.claimant_key in found}
    ClaimantAlias.objects.bulk_create(
        [ClaimantAlias(claimant_id=pk, text=text) for pk, text in aliases], ignore_conflicts=True
    )
    return found


def protected_claims(article: Article):
    """Claims re-detection must keep: made or edited by hand, or carrying a reviewer's work."""
    return article.claims.filter(
        Q(origin=Claim.Origin.MANUAL)
        | Q(edited=True)
        | Q(dismissed=True)
        | Q(verdicts__isnull=False)
        | Q(notes__isnull=False)
        | Q(links_out__status__in=[Link.Status.CONFIRMED, Link.Status.REJECTED])
        | Q(links_in__status__in=[Link.Status.CONFIRMED, Link.Status.REJECTED])
        | Q(links_out__origin=Link.Origin.MANUAL)
        | Q(links_in__origin=Link.Origin.MANUAL)
    ).distinct()


@transaction.atomic
def detect_article_claims(article: Article) -> int:
    """(Re-)detect the article's claims; returns how many new claims were stored."""
    keep = list(protected_claims(article))
    kept_spans = {(c.start, c.end, c.kind) for c in keep}
    article.claims.exclude(pk__in=[c.pk for c in keep]).delete()

    candidates = extraction.detect_claims(article.text, published=article.published)
    claimants = resolve_claimants(article, candidates)
    new_claims = []
    for cand in candidates:
        if cand.start < article.body_start or (cand.start, cand.end, cand.kind) in kept_spans:
            continue
        value = cand.value or extraction.Value(text="")
        data = value.as_dict()
        new_claims.append(
            Claim(
                article=article,
                start=cand.start,
                end=cand.end,
                quote=cand.quote,
                context_before=cand.context_before[-200:],
                context_after=cand.context_after[:200],
                kind=cand.kind,
                claimant=claimants.get(cand.claimant_key or "outlet"),
                claimant_text=cand.claimant_text[:300],
                attribution=cand.attribution[:50],
                value_text=value.text[:300],
                value_qualifier=value.qualifier[:30],
                value_low=value.low,
                value_high=value.high,
                value_unit=value.unit[:30],
                value_subject=value.subject[:200],
                value_predicate=value.predicate[:100],
                value_data={k: data[k] for k in ("vague", "date", "time", "tz", "utc") if data.get(k)},
                score=cand.score,
                origin=Claim.Origin.DETECTED,
            )
        )
    Claim.objects.bulk_create(new_claims)
    return len(new_claims)
