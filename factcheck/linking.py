"""Facts and links in the database: runs the pure matcher over the claims an import touched.

Work is blocked on what claims measure: a new claim is only compared with the claims on its own
fact (and the facts arithmetic can connect it to), and with the claims that give its very figure in
another report of its story (looked up by the figure), never with every claim. Reviewers' decisions
win: a confirmed or rejected link, a link made by hand and a claim a reviewer moved are never
changed here, and a rejected suggestion is never made again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Iterable

from django.db import transaction
from django.db.models import Q, QuerySet

from . import extraction, matching
from . import places as _places
from .extraction import Value
from .models import Article, Claim, Fact, Link

# Articles further apart than this report different events, so their claims get different facts
# (the same window the matcher compares within).
EVENT_WINDOW = dt.timedelta(days=matching.WINDOW_DAYS)


def value_of(claim: Claim) -> Value:
    data = claim.value_data or {}
    return Value(
        text=claim.value_text,
        qualifier=claim.value_qualifier,
        low=claim.value_low,
        high=claim.value_high,
        unit=claim.value_unit,
        subject=claim.value_subject,
        predicate=claim.value_predicate,
        vague=bool(data.get("vague")),
        date=data.get("date", ""),
        time=data.get("time", ""),
        tz=data.get("tz", ""),
        utc=data.get("utc", ""),
    )


def article_date(article) -> dt.date | None:
    # Undated articles match any event: the import date says nothing about the event's date.
    return article.published


def claim_sentence(claim: Claim) -> str:
    """The whole sentence (or sentences) the claim's span lies in: what the matcher reads for
    scope, place and what is counted."""
    article = claim.article
    if not hasattr(article, "sentence_spans"):
        article.sentence_spans = extraction.split_sentences(article.text)  # once per loaded article
    spans = [(a, b) for a, b in article.sentence_spans if a < claim.end and claim.start < b]
    if not spans:
        return f"{claim.context_before}{claim.quote}{claim.context_after}"
    return article.text[min(a for a, _ in spans):max(b for _, b in spans)]


def lowered_text(article) -> str:
    if not hasattr(article, "text_lower"):
        article.text_lower = article.text.lower()  # once per loaded article, shared by its claims
    return article.text_lower


def article_names(article) -> frozenset[str]:
    """The names the article uses (`matching.story_names`), read once per loaded article."""
    if not hasattr(article, "story_names"):
        outlet = article.outlet.name if article.outlet_id else ""
        article.story_names = matching.story_names(article.text[article.body_start:], outlet)
    return article.story_names


def match_input(claim: Claim, with_fact: bool = True) -> matching.MatchClaim:
    """The matcher's view of a claim. `with_fact=False` when only its key is wanted (no fact query)."""
    return matching.MatchClaim(
        id=claim.pk,
        article_id=claim.article_id,
        claimant_key=claim.claimant.key if claim.claimant else "",
        kind=claim.kind,
        value=value_of(claim),
        sentence=claim_sentence(claim),
        published=article_date(claim.article),
        outlet=claim.article.outlet.name if claim.article.outlet else "",
        article_text=lowered_text(claim.article),
        fact_key=claim.fact.key if with_fact and claim.fact_id else "",
        fact_id=claim.fact_id if with_fact else None,
        names=article_names(claim.article),
    )


def block_queryset():
    return Claim.objects.live().select_related("article__outlet", "claimant", "fact")


MAX_FACT_PLACES = 30


def same_event(fact: Fact, places: set[str], text: str) -> bool:
    """Whether an article naming these places (with this text) can report the fact's event."""
    known = fact.place_set
    if not known or not places:
        return True
    return bool(_with_countries(known) & _with_countries(places)) or \
        any(re.search(rf"\b{re.escape(place)}\b", text) for place in known)


# capitals whose name is also another country's city or a common place name
_AMBIGUOUS_CAPITALS = {"tripoli", "san jose", "kingston", "georgetown", "wellington", "santiago", "victoria",
                       "hamilton", "valletta", "vientiane", "san salvador", "panama"}


def _with_countries(places: set[str]) -> set[str]:
    """The places with the country of each capital among them: a report from Buenos Aires and one about Argentina
    are in one place."""
    return places | {_places.CAPITAL_COUNTRY[p] for p in places
                     if p in _places.CAPITAL_COUNTRY and p not in _AMBIGUOUS_CAPITALS}


class Stories:
    """Which facts an article's story already answers, by the names the reports share
    (`matching.one_story`). Each article's names are read once per import."""

    def __init__(self):
        self.names: dict[int, frozenset[str]] = {}

    def of(self, article) -> frozenset[str]:
        if article.pk not in self.names:
            self.names[article.pk] = article_names(article)
        return self.names[article.pk]

    def told(self, article, facts: list[Fact], placed: set[int] = frozenset()) -> set[int]:
        """The facts among `facts` that a report of the article's story is on; for the facts in `placed`,
        already known to be where the article is, fewer shared names tell it."""
        return self.read(article, facts, placed)[0]

    def read(self, article, facts: list[Fact], placed: set[int] = frozenset(),
             places: set[str] = frozenset()) -> tuple[set[int], set[int]]:
        """The facts among `facts` that a report of the article's story is on (see `told`), and those whose
        every report tells another story (`matching.other_stories`). A report that names one of the article's
        `places` ("Kiritimati", where the fact's own reports placed their figures in its villages) is in the
        same place, as one on a fact in `placed` is."""
        if not facts:
            return set(), set()
        pairs = set(Claim.objects.filter(fact__in=facts).exclude(article_id=article.pk)
                    .values_list("fact_id", "article_id"))
        unread = {a for _, a in pairs} - set(self.names)
        for other in Article.objects.filter(pk__in=unread).select_related("outlet").only(
                "text", "body_start", "outlet__name"):
            self.of(other)
        mine = self.of(article)
        place_words = [set(p.split()) for p in places if p]
        told = {f for f, a in pairs if matching.one_story(
            mine, self.names[a], same_place=f in placed or any(w <= self.names[a] for w in place_words))}
        near = {f for f, a in pairs if not matching.other_stories(mine, self.names[a])}
        return told, {f for f, _ in pairs} - near


def facts_near(keys: list[str], day, pattern: str = "") -> QuerySet:
    """Facts of these keys (or whose key matches the regular expression `pattern`) whose first article is
    within the event window of `day`."""
    facts = Fact.objects.filter(key__regex=pattern) if pattern else Fact.objects.filter(key__in=keys)
    if day is not None:
        facts = facts.filter(
            Q(first_published__isnull=True)
            | Q(first_published__gte=day - EVENT_WINDOW, first_published__lte=day + EVENT_WINDOW)
        )
    return facts


def find_fact(key: matching.FactKey, claim: Claim, places: set[str], stories: Stories | None = None) -> Fact:
    """The fact this claim answers: same key, same event, or a new one.

    Same event: an article published within the window of the fact's first article (anchored
    there, so a busy subject does not chain week after week into one fact) that shares a place
    name with the fact's articles, or names one of them (a town in a region it names), or that
    shares enough names with one of them to tell the same story (`matching.one_story`). A fact
    whose reports all share almost no names with the article is another story's
    (`matching.other_stories`).
    """
    stories = stories or Stories()
    day = article_date(claim.article)
    keys = [key.key]
    unspecified = key.key.split("|")[1:2] == [matching.UNKNOWN]
    if unspecified:
        # "Hundreds were killed" without saying whose joins the event's toll of whoever it is.
        keys += matching.related_keys(key.key)
    text = lowered_text(claim.article)
    near = list(facts_near(keys, day).order_by("-claim_count", "pk")[:50])
    # a fact that shares a place with the claim is the event's; one with no place to compare is, unless every
    # report on it tells another story; any other only when a report on it tells the article's story
    placed = [f for f in near if f.place_set and places and same_event(f, places, text)]
    unplaced = [f for f in near if not (f.place_set and places)]
    told, apart = stories.read(claim.article, [f for f in near if f not in placed], places=places) \
        if len(placed) < len(near) else (set(), set())
    candidates = [f for f in near if f in placed or (f in unplaced and f.pk not in apart) or f.pk in told]
    if unspecified and len(candidates) > 1 and claim.claimant_id and not claim.claimant.key.startswith("outlet:"):
        # A toll that does not say whose joins the fact its own claimant already counts on
        # (the governor's "16 dead" goes with the governor's civilian toll, not the soldiers').
        # An outlet's own voice says too little about whose toll it means.
        # A class the whole toll may be made of (children, a crew) is more often a part of it: the medical
        # association's "19 dead" is not its "six babies".
        own = set(Claim.objects.filter(fact__in=candidates, claimant_id=claim.claimant_id).values_list("fact_id", flat=True))
        candidates = [f for f in candidates if f.pk in own and matching.key_subject(f.key) not in matching.WHOLESALE] \
            or candidates
    if unspecified:
        # ... and it is the whole toll before a count of the children or the crew among the dead
        candidates.sort(key=lambda f: matching.key_subject(f.key) in matching.WHOLESALE)
    happening = matching.happening_time_keys(key.key)
    if not candidates and happening:
        # The time of the story's happening, dated by another word than the other reports use ("the
        # houses collapsed at 2.30am" for the landslide's time, "the sky exploded" for a lightning
        # strike): only in a report of the same story, as places alone do not tell a flood from a strike
        # in the same town and week; in one place, fewer shared names tell one story.
        near = list(facts_near(happening, day).order_by("-claim_count", "pk")[:50])
        here = {f.pk for f in near if f.place_set and places and same_event(f, places, text)}
        told = stories.told(claim.article, near, placed=here)
        candidates = [f for f in near if f.pk in told]
    fact = candidates[0] if candidates else None
    if fact is None:
        return Fact.objects.create(key=key.key, places="|".join(sorted(places)[:MAX_FACT_PLACES]),
                                   title=key.title[:500], first_published=day, last_published=day)
    update = []
    if places - fact.place_set and len(fact.place_set) < MAX_FACT_PLACES:
        fact.places = "|".join(sorted(fact.place_set | places)[:MAX_FACT_PLACES])
        update.append("places")
    if day is not None and (fact.last_published is None or day > fact.last_published):
        fact.last_published = day
        fact.first_published = fact.first_published or day
        update += ["first_published", "last_published"]
    if update:
        fact.save(update_fields=update)
    return fact


@transaction.atomic
def link_claims(claims: Iterable[Claim]) -> int:
    """Put these claims on facts and suggest links between them and the claims already there.

    Returns the number of links created. Only pairs touching these claims are compared.
    """
    touched_facts: set[int] = set()
    focus: set[int] = set()
    keyed = []
    for claim in claims:
        if claim.dismissed:
            continue
        if claim.fact_id and claim.edited:
            touched_facts.add(claim.fact_id)  # a reviewer placed it: keep it there
            focus.add(claim.pk)
            continue
        focus.add(claim.pk)  # a claim no fact is read for may still give a figure another report gives
        key = matching.fact_key(match_input(claim, with_fact=False))
        if key is not None:
            keyed.append((claim, key))
    # The places each article names: its claims' places, its headline's and its dateline's.
    places = defaultdict(set)
    for claim, key in keyed:
        places[claim.article_id].add(key.place)
        if claim.article.title:
            places[claim.article_id].add(matching.place_of(claim.article.title))
        if not hasattr(claim.article, "dateline_places"):
            claim.article.dateline_places = matching.dateline_places(claim.article.text)  # once per article
        places[claim.article_id] |= claim.article.dateline_places
    stories = Stories()
    for claim, key in keyed:
        fact = find_fact(key, claim, places[claim.article_id] - {""}, stories)
        if claim.fact_id != fact.pk:
            if claim.fact_id:
                touched_facts.add(claim.fact_id)
            claim.fact = fact
            Claim.objects.filter(pk=claim.pk).update(fact=fact)
        touched_facts.add(fact.pk)
    if not focus:
        return 0
    return refresh_links(touched_facts, focus, stories)


def related_fact_ids(fact_ids: set[int]) -> set[int]:
    """These facts and the facts of the same event that arithmetic or an unspecified subject
    connects them with (fired, shot down and hit; "hundreds were killed" and soldiers killed).

    Same event: the same place, or an article reporting both. Facts of other events with the
    same measure never join the block, however many there are in the same days.
    """
    facts = list(Fact.objects.filter(pk__in=fact_ids).only("key", "places", "first_published"))
    candidates = {}
    for fact in facts:
        keys = [k for k in matching.related_keys(fact.key) if k != fact.key] if fact.key else []
        pattern = matching.related_key_pattern(fact.key or "")
        if not keys and not pattern:
            continue
        near = facts_near(keys, fact.first_published)
        if pattern:
            # "61 ships were waiting": every counted verb of ships ("caught|ship", "sank|ship")
            near = near | facts_near([], fact.first_published, pattern)
        near = near.exclude(pk__in=fact_ids).only("places")
        for other in near:
            candidates.setdefault(other.pk, (other, []))[1].append(fact)
    if not candidates:
        return set(fact_ids)
    articles = defaultdict(set)
    for fact_id, article_id in Claim.objects.filter(
        fact_id__in=set(candidates) | set(fact_ids)
    ).values_list("fact_id", "article_id").distinct():
        articles[fact_id].add(article_id)
    # Two articles report one event when they answer some question together (both give the toll).
    facts_of_article = defaultdict(set)
    for article_id, fact_id in Claim.objects.filter(
        article_id__in={a for ids in articles.values() for a in ids}, fact__isnull=False
    ).values_list("article_id", "fact_id").distinct():
        facts_of_article[article_id].add(fact_id)

    answered = {fact_id: set().union(*(facts_of_article[a] for a in ids)) for fact_id, ids in articles.items()}
    related = set(fact_ids)
    for pk, (other, partners) in candidates.items():
        if any(not other.place_set or not f.place_set or other.place_set & f.place_set or articles[pk] & articles[f.pk]
               or answered.get(pk, set()) & answered.get(f.pk, set()) for f in partners):
            related.add(pk)
    return related


def echoes(focus: set[int], stories: Stories) -> list[matching.Suggestion]:
    """Suggestions between the `focus` claims and claims in other reports of the same story that give the
    same specific figure (`matching.echo`). Found by the figure itself (an indexed lookup), never by
    comparing every claim."""
    mine = list(block_queryset().filter(pk__in=focus, kind=Claim.Kind.QUANTITY))
    articles = {c.article_id: c.article for c in mine}
    by_figure = defaultdict(list)
    for claim in map(match_input, mine):
        figure = matching.echo_signature(claim)
        if figure is not None:
            by_figure[figure].append(claim)
    out = []
    figures = list(by_figure)
    for start in range(0, len(figures), 100):
        same_figure = Q()
        for unit, low, high in figures[start:start + 100]:
            same_figure |= Q(value_unit=unit, value_low=low, value_high=high)
        for other in block_queryset().filter(same_figure, kind=Claim.Kind.QUANTITY):
            partners = by_figure.get((other.value_unit, other.value_low, other.value_high), [])
            if not any(p.article_id != other.article_id for p in partners):
                continue
            theirs = match_input(other)
            for claim in partners:
                if claim.article_id == other.article_id or (other.pk in focus and other.pk < claim.id):
                    continue  # one claim of a pair the focus holds twice is enough
                if not matching.one_story(stories.of(other.article), stories.of(articles[claim.article_id])):
                    continue
                suggestion = matching.echo(claim, theirs)
                if suggestion is not None:
                    out.append(suggestion)
    return out


def alike_wordings(focus: set[int], stories: Stories) -> list[matching.Suggestion]:
    """Suggestions between the `focus` claims and claims in other reports of the same story whose figures
    share a word rare in the story (`matching.alike`). An article's story is the reports that answer a question
    with it (an indexed lookup by fact) and share its names; only the claims of the reports that answer a question
    with it are read, and the words are counted among them, article by article, so the cost grows with the
    stories, not with the desk, and a re-run of matching over the whole desk reads each story as the import did."""
    mine = list(block_queryset().filter(pk__in=focus, kind=Claim.Kind.QUANTITY))
    if not mine:
        return []
    own_articles = {c.article_id for c in mine}
    facts = Claim.objects.filter(article_id__in=own_articles, fact__isnull=False).values("fact_id")
    articles_of_fact, facts_of_article = defaultdict(set), defaultdict(set)
    for fact_id, article_id in Claim.objects.filter(fact_id__in=facts).values_list("fact_id", "article_id").distinct():
        articles_of_fact[fact_id].add(article_id)
        facts_of_article[article_id].add(fact_id)
    partner_ids = set(facts_of_article) - own_articles
    theirs = list(block_queryset().filter(article_id__in=partner_ids, kind=Claim.Kind.QUANTITY)) if partner_ids else []
    claims = {c.pk: c for c in mine + theirs}
    articles = {c.article_id: c.article for c in claims.values()}
    by_article = defaultdict(list)
    for pk, c in claims.items():
        by_article[c.article_id].append(pk)
    inputs = {pk: match_input(c) for pk, c in claims.items()}
    words = {pk: matching.figure_words(m) for pk, m in inputs.items()}
    kinds = {pk: matching.unit_kind(m) for pk, m in inputs.items()}
    out, seen = [], set()
    for article_id in sorted(own_articles):
        partners = {a for f in facts_of_article[article_id] for a in articles_of_fact[f]} - {article_id}
        story = [a for a in sorted(partners) if a in articles and matching.one_story(
            stories.of(articles[article_id]), stories.of(articles[a]))]
        if not story:
            continue
        # how many of one kind of unit's figures each word stands by, among the reports that share a fact with it
        sharing = matching.shared_rarely((kinds[pk], words[pk]) for pk in by_article[article_id] +
                                         [pk for a in partners for pk in by_article.get(a, [])])
        theirs_here = [pk for a in story for pk in by_article[a]]
        for pk in by_article[article_id]:
            if pk not in focus or not words[pk]:
                continue
            for other in theirs_here:
                pair = frozenset((pk, other))
                if pair in seen or kinds[other] != kinds[pk] or not words[pk] & words[other]:
                    continue
                seen.add(pair)
                suggestion = matching.alike(inputs[pk], inputs[other], words[pk], words[other], sharing[kinds[pk]])
                if suggestion is not None:
                    out.append(suggestion)
    return out


def refresh_links(fact_ids: set[int], focus: set[int], stories: Stories | None = None) -> int:
    """Compare the `focus` claims with every claim on these facts, and store what changed.

    Suggestions between two claims outside the focus were made when the later of them arrived
    and are left as they are, so adding k claims to a fact of n costs k x n comparisons.
    """
    fact_ids = related_fact_ids(fact_ids)
    block = list(block_queryset().filter(fact_id__in=fact_ids))
    # Every link touching a focus claim: one whose other end left the block (a claim moved or
    # dismissed) is stale too, unless a reviewer made or decided it.
    existing = {
        frozenset((link.from_claim_id, link.to_claim_id)): link
        for link in Link.objects.filter(Q(from_claim_id__in=focus) | Q(to_claim_id__in=focus))
    }
    suggested_pairs = set()
    created = []
    changed_claims = set(focus)
    # pairs on one fact first: an echo of the same figure only adds a pair the facts did not make
    stories = stories or Stories()
    suggestions = matching.suggest([match_input(c) for c in block], focus=focus) + echoes(focus, stories) + \
        alike_wordings(focus, stories)
    for s in suggestions:
        pair = frozenset((s.from_id, s.to_id))
        if pair in suggested_pairs:
            continue
        suggested_pairs.add(pair)
        link = existing.get(pair)
        if link is None:
            created.append(
                Link(from_claim_id=s.from_id, to_claim_id=s.to_id, relation=s.relation, score=s.score,
                     reason=s.reason[:500])
            )
            changed_claims.update(pair)
        elif link.status == Link.Status.SUGGESTED and link.origin == Link.Origin.DETECTED:
            if (link.relation, round(link.score, 6), link.reason) != (s.relation, round(s.score, 6), s.reason[:500]):
                link.relation, link.score, link.reason = s.relation, s.score, s.reason[:500]
                link.from_claim_id, link.to_claim_id = s.from_id, s.to_id
                link.save(update_fields=["relation", "score", "reason", "from_claim", "to_claim"])
                changed_claims.update(pair)
    Link.objects.bulk_create(created)
    # Suggestions the matcher no longer makes go; decisions and hand-made links stay.
    stale = [
        link for pair, link in existing.items()
        if pair not in suggested_pairs and link.status == Link.Status.SUGGESTED and link.origin == Link.Origin.DETECTED
    ]
    Link.objects.filter(pk__in=[link.pk for link in stale]).delete()
    for link in stale:
        changed_claims.update((link.from_claim_id, link.to_claim_id))
    refresh_states(changed_claims)
    refresh_facts(fact_ids | set(Claim.objects.filter(pk__in=changed_claims).exclude(fact=None)
                                 .values_list("fact_id", flat=True)))
    return len(created)


def refresh_states(claim_ids: Iterable[int]) -> None:
    """A claim's state follows its verdicts and links: rated > disputed > corroborated > unreviewed."""
    claim_ids = list(claim_ids)
    rated = set(Claim.objects.filter(pk__in=claim_ids, verdicts__is_current=True).values_list("pk", flat=True))
    live_links = Link.objects.exclude(status=Link.Status.REJECTED).filter(
        Q(from_claim_id__in=claim_ids) | Q(to_claim_id__in=claim_ids)
    )
    relations = defaultdict(set)
    for a, b, relation in live_links.values_list("from_claim_id", "to_claim_id", "relation"):
        relations[a].add(relation)
        relations[b].add(relation)
    by_state = defaultdict(list)
    for pk in claim_ids:
        if pk in rated:
            state = Claim.State.RATED
        elif Link.Relation.CONTRADICTS in relations[pk]:
            state = Claim.State.DISPUTED
        elif relations[pk] & {Link.Relation.CORROBORATES, Link.Relation.SAME}:
            state = Claim.State.CORROBORATED
        else:
            state = Claim.State.UNREVIEWED
        by_state[state].append(pk)
    for state, pks in by_state.items():
        Claim.objects.filter(pk__in=pks).exclude(state=state).update(state=state)


def value_group(claim: Claim) -> str:
    """The label claims are grouped under on the fact page: the normalised value."""
    data = claim.value_data or {}
    if claim.kind == Claim.Kind.DATE:
        return " ".join(filter(None, [data.get("utc") or "", data.get("date", ""), data.get("time", "")])) or claim.value_text
    if claim.kind == Claim.Kind.STATEMENT:
        # statements on one question group by their answer: "yes" / "no", or the cause they name
        answer = matching.statement_answer(match_input(claim, with_fact=False))
        if answer:
            return f"says {answer}" if answer in ("yes", "no") else f"names {answer}"
    if claim.value_low is None and claim.value_high is None:
        return claim.value_text.lower()
    low = "" if claim.value_low is None else f"{claim.value_low:g}"
    high = "" if claim.value_high is None else f"{claim.value_high:g}"
    return f"{claim.value_qualifier} {low}..{high}".strip()


def refresh_facts(fact_ids: Iterable[int]) -> None:
    fact_ids = set(fact_ids)
    claims = defaultdict(list)
    for claim in block_queryset().filter(fact_id__in=fact_ids):
        claims[claim.fact_id].append(claim)
    contradictions = defaultdict(int)
    for a_fact, b_fact in Link.objects.filter(
        relation=Link.Relation.CONTRADICTS, from_claim__fact_id__in=fact_ids, from_claim__dismissed=False,
        to_claim__dismissed=False,
    ).exclude(status=Link.Status.REJECTED).values_list("from_claim__fact_id", "to_claim__fact_id"):
        if a_fact == b_fact:
            contradictions[a_fact] += 1
    for fact in Fact.objects.filter(pk__in=fact_ids):
        on_fact = claims[fact.pk]
        fact.claim_count = len(on_fact)
        fact.value_count = len({value_group(c) for c in on_fact})
        fact.claimant_count = matching.independent_sources([match_input(c) for c in on_fact])
        fact.article_count = len({c.article_id for c in on_fact})
        fact.contradiction_count = contradictions[fact.pk]
        fact.save(update_fields=["claim_count", "value_count", "claimant_count", "article_count",
                                 "contradiction_count"])
