"""One question worded alike in two reports of one story.

The matcher reads what a figure counts from its predicate and its noun; reports of one story often name
the same thing with other grammar, and the two readings miss each other: "a royalty of 5.5 per cent" and
"a 4.5 per cent royalty", "some 400 permanent jobs" and "fewer than 300 permanent posts", "70 per cent of
the zinc concentrate" and "about 60 per cent of the zinc concentrate". What such figures share is a word
that stands right by the figure and is rare in the story: the royalty, the permanent jobs, the zinc
concentrate. Two claims in different reports of one story, in one kind of unit and about the same period,
that share such a word are compared as one question, with a lower score than a pair whose fact was read,
and the reason says which word joined them.

Left alone: figures the matcher read as two different happenings ("12 killed in the market attack" and "30
wounded in the market attack" share "market" but not what befell), and words the story uses by many
figures ("bread" in a story about the price of bread).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .core import CONTRADICTS, CORROBORATES, QUANTITY, SAME, UPDATES, MatchClaim, Suggestion, _fmt
from .keys import _info, _keys_meet, _own_sentence
from .measures import _value_span
from .relations import _compare
from .values import USD_PER_UNIT, _figure, base_unit

# a word that stands by more of the story's figures of one kind of unit than this is the story's, not one
# question's
MAX_SHARING = 4

# what the matcher reads as a figure's question without naming a happening: these meet any wording
_OPEN_MEASURES = {"count", "share", "amount", "cost", "price", "rose", "fell"}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_FIGURE = re.compile(r"\d")
_QUOTES = "()\"“”'‘’"  # brackets and quotation marks around a word

_STOP = set("""
a an the of in on at to for from by with and or but nor as than that this these those there here it its their
his her our your my we they he she you i them us him who whom which what when where while whereas whose
is are was were be been being has have had do does did will would shall should can could may might must
not no nor so too very just only also still even about around some nearly almost roughly approximately
over under more most less least fewer few up down out off into onto upon per cent percent pct each every
any all both either neither other another same such own new old first last next this that then now
said says say saying told tells tell according added adds noted notes claimed estimated estimates
put puts putting gave gives give reported reports reporting stated states believe believes thinks think
expects expected expect show shows showed shown put figure figures number numbers total totals tally
official officials officially government ministry minister spokesperson spokesman spokeswoman source sources
statement statements report people person year years day days week weeks month months hour hours minute
minutes time times today yesterday tomorrow morning evening night afternoon monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october
november december one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion
billions trillion dozen dozens score scores half quarter third just only around nearly some least
mr mrs ms dr per-cent well now around almost barely just since until after before during between against
among within without via through across because if though although however yet once twice again
came come comes went go goes rose rise rises fell fall falls stood reached reach hit made make took take gave got
paid pay pays amounted amounts climbed jumped dropped grew grow increased decreased doubled left cut cuts
""".split())


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'").removesuffix("'s").strip("'-")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# words inside a noun phrase that do not end it: "70 per cent of the zinc concentrate", "the price of a loaf"
_INSIDE = {"of", "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
# words between a figure and the phrase before it that names it: "a royalty of just 5.5 per cent", "the price
# of a loaf will be 35 piastres", "the bill stood at EGP 134 billion"
_LINKING = {"of", "at", "to", "is", "was", "are", "were", "be", "will", "would", "been", "remains", "remained",
            "stood", "stands", "stand", "reached", "reach", "totalled", "totaled", "total", "just", "only", "some",
            "about", "around", "nearly", "almost", "roughly", "approximately", "barely", "over", "under", "up",
            "as", "many", "much", "least", "more", "less", "fewer", "than", "mere", "estimated", "an", "a", "the",
            "by", "from", "now", "still", "set"}
# the words among those that tie a figure to the phrase before it: without one, the words before are no name
# of the figure ("will pay a 4.5 per cent royalty")
_LINKS = {"of", "at", "to", "is", "was", "are", "were", "be", "been", "remains", "remained", "stood", "stands",
          "stand", "reached", "reach", "totalled", "totaled", "total", "set"}
# nouns that name where or who, not what a figure is: shared by every figure of a story
_GENERIC = set("""
city town village place area region district province country state nation world site zone people person
resident citizen member official authority government ministry company firm group total number figure
level amount share rate percent cent part side end start way thing case point kind sort lot
""".split())


def _content(token: str) -> str:
    """The content word of a token, stemmed, or "" for a function word, a name or a generic noun."""
    words = _WORD.findall(token)
    if not words:
        return ""
    w = words[-1]
    s = _stem(w)
    if w[:1].isupper() or len(s) <= 2 or s in _STOP or w.lower() in _STOP or s in _GENERIC:
        return ""
    return s


def _phrase(tokens: list[str]) -> list[str]:
    """The content words of the noun phrase the tokens start with: up to three, through "of" and articles,
    past names, ending at a function word or a comma."""
    out = []
    for token in tokens[:6]:
        bare = token.strip(",.;:" + _QUOTES).lower()
        if _FIGURE.search(token) or (out and token[:1] in "(["):
            break
        if bare in _INSIDE:
            continue
        word = _content(token.strip(_QUOTES))
        if word:
            out.append(word)
        elif not token[:1].isupper() and not token.strip(_QUOTES)[:1].isupper():
            break  # a function word ends the phrase; a name inside it does not
        if len(out) == 3 or re.search(r"[,;:.)]$", token):
            break
    return out


def figure_words(claim: MatchClaim) -> frozenset[str]:
    """The words of the noun phrases that name a claim's figure: the one after it ("some 400 permanent jobs",
    "70 per cent of the zinc concentrate") and the one it is of ("a royalty of just 5.5 per cent", "the price
    of a loaf will be 35 piastres"). Empty for a claim this does not read."""
    v = claim.value
    if claim.kind != QUANTITY or v is None or not v.text:
        return frozenset()
    sentence = _own_sentence(claim.sentence or v.text, v.text)
    span = _value_span(v, sentence)
    if not span:
        return frozenset()
    own = {_stem(w) for w in _WORD.findall(v.text)}
    after = sentence[span[1]:].split()
    while after and _stem(after[0].strip(",.;:")) in own | {"per", "cent", "percent"}:
        # the unit the value's text ends before; a comma after it ends the phrase
        after = [] if re.search(r"[,;:.)]$", after[0]) else after[1:]
    if after and after[0] == "in":
        after = after[1:]  # "1.5 million tala in match fees"
    # a count's own words name it too ("52,000 claims"); a measure's are its unit
    words = ([] if v.unit else [w for w in map(_content, v.text.split()) if w]) + _phrase(after)
    before = sentence[:span[0]].split()[::-1]
    linked = 0
    for _ in range(5):
        bare = before[0].strip("“”\"'‘’").lower() if before else ""
        if bare not in _LINKING:
            break
        linked += bare in _LINKS
        before = before[1:]
    if linked and before and not re.search(r"[,;:.)]$", before[0]):
        # the phrase before, read backwards to its start: "the price of a subsidised loaf"
        phrase = []
        for i, token in enumerate(before[:6]):
            bare = token.strip(",.;:" + _QUOTES).lower()
            if re.search(r"[,;:.(]$", token) or _FIGURE.search(token):
                break
            if bare in _INSIDE:
                if bare != "of" and (i + 1 >= len(before) or before[i + 1].lower() != "of"):
                    break  # the article that opens the phrase ("the price of a loaf")
                continue
            word = _content(token.strip(_QUOTES))
            if word:
                phrase.append(word)
            elif not token[:1].isupper():
                break
            if len(phrase) == 4:
                break
        words += phrase
    unit = (v.unit or "").lower()
    return frozenset(w for w in words if w != unit and w != _stem(unit))


def unit_kind(claim: MatchClaim) -> str:
    """The kind of unit of a claim's figure, as far as two wordings of one question share it: one base unit,
    any currency, or none."""
    unit = (claim.value.unit or "") if claim.value else ""
    if unit in USD_PER_UNIT:
        return "money"
    return base_unit(unit)


def shared_rarely(figures: Iterable[tuple[str, frozenset[str]]]) -> dict[str, Counter]:
    """For each kind of unit, how many of a story's figures each word stands by, from the (kind of unit, words) of
    each figure: what `alike` reads as a word's rarity."""
    out: dict[str, Counter] = defaultdict(Counter)
    for kind, words in figures:
        out[kind].update(words)
    return out


def alike(a: MatchClaim, b: MatchClaim, words_a: frozenset[str], words_b: frozenset[str],
          sharing: Counter) -> Suggestion | None:
    """A suggestion for two claims in different reports of one story whose figures share a word that is rare
    in the story (`sharing` counts the story's figures of this kind of unit that each word stands by), or
    None. The caller vouches that the reports tell one story and that the units are of one kind."""
    if a.article_id == b.article_id or a.id == b.id:
        return None
    shared = sorted(w for w in words_a & words_b if sharing[w] <= MAX_SHARING)
    if not shared:
        return None
    ia, ib = _info(a), _info(b)
    if ia is None or ib is None or ia.said is not None or ib.said is not None or _keys_meet(ia, ib) or \
            "offset" in (ia.measure, ib.measure):
        return None  # how far one clock is from another place's: the place it is told against decides
    money = "money" in (ia.subject, ib.subject)  # a sum's noun (a bill, a debt, fees) is one outlet's word for it
    if ia.measure != ib.measure and ia.measure not in _OPEN_MEASURES and ib.measure not in _OPEN_MEASURES and not money:
        return None  # the matcher read what befell each ("killed", "fired"): its reading stands
    if ia.key.partition("@")[2] != ib.key.partition("@")[2]:
        return None  # last year's figure, a rate, a part: another period or another kind of count
    fa, fb = _figure(a.value), _figure(b.value)
    if fa is None or fb is None:
        return None
    # compared as one question: the second claim read as the first claim's fact
    as_one = dataclasses.replace(ib, key=ia.key, measure=ia.measure, subject=ia.subject,
                                 subject_inferred=ia.subject_inferred)
    s = _compare(a, b, ia, as_one)
    if s is None:
        return None
    later, earlier = (a, b) if s.from_id == a.id else (b, a)
    words = " and ".join(f"“{w}”" for w in shared[:2])
    figures = f"{_fmt(earlier.value)} / {_fmt(later.value)}"
    scores = {CONTRADICTS: 0.35, CORROBORATES: 0.4, SAME: 0.5, UPDATES: 0.45}
    what = {CONTRADICTS: "two reports of one story disagree", CORROBORATES: "two reports of one story agree",
            SAME: "one source gives one figure in two reports", UPDATES: "one source changed its figure"}[s.relation]
    return Suggestion(s.from_id, s.to_id, s.relation, scores[s.relation],
                      f"{what} where both speak of {words}: {figures} (read from the words by the figures, not "
                      f"from what each counts; check that it is one question)")
