"""Whose age a figure tells: "the 23-year-old Tamar Abashidze" and "Abashidze, aged 24" answer one question,
"the 58-year-old driver" and "Its driver, aged 61" another. Pure: no ORM.

A person is named by their surname (the last capitalised word of the name next to the age, accents dropped so
"Ristović" meets "Ristovic"); failing a name, by what they are ("driver", "abbot", "security guard": the head
noun). People named only as a man, a boy or by a nationality ("the 29-year-old Serb") are nobody in particular:
their age is a claim, but answers no question another report can be matched on.
"""

from __future__ import annotations

import re

from factcheck import places as gazetteer
from factcheck.numbers import BIRTHDAY, MONTHS

from .core import _COUNTRIES, _DEMONYMS

# words before a name that are no part of it, and capitalised words that are no name
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "gm", "im", "fm", "rev", "father",
           "sister", "brother", "capt", "captain", "sgt", "lt", "gen", "col", "judge", "justice", "chief", "skipper",
           "the", "a", "an", "its", "his", "her", "their", "our", "my", "this", "that"}
# what people are called when they are nobody in particular
_ANYONE = {"man", "woman", "men", "women", "boy", "girl", "child", "kid", "baby", "infant", "teenager", "teen",
           "person", "adult", "male", "female", "resident", "local", "victim", "national", "citizen", "son",
           "daughter", "mother", "father", "husband", "wife", "brother", "sister", "one", "individual", "youth",
           "pensioner", "grandmother", "grandfather", "native"}
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# where the words about the person end: a clause, a verb, a preposition
_STOP = re.compile(r"\s*(?:[,;:()\[\]\"“”]|—|–|\.(?:\s|$)|\b(?:who|whom|whose|that|which|was|were|is|are|has|"
                   r"had|have|said|says|told|from|of|in|on|at|with|for|and|or|but|after|before|when|while|since|"
                   r"to|by)\b)", re.I)


def _plain(word: str) -> str:
    return gazetteer.plain(word.lower()).strip(".'’")


# nationalities the gazetteer's demonyms leave out (short forms, "New Zealander")
_NATIONALS = {"serb", "croat", "pole", "swede", "dane", "finn", "turk", "scot", "brit", "czech", "slovak", "thai",
              "greek", "dutch", "irish", "welsh", "french", "swiss", "arab", "kurd", "uzbek", "kazakh", "tajik",
              "kyrgyz", "afghan", "filipino", "filipina", "maori", "zealander", "kiwi", "aussie", "yank", "briton",
              "new"}


def _nobody(word: str) -> bool:
    """A word that names no one: a title, a nationality, a country."""
    w = _plain(word)
    return w in _TITLES or w in _DEMONYMS or w in _COUNTRIES or w in _NATIONALS or \
        (w.endswith("s") and (w[:-1] in _DEMONYMS or w[:-1] in _NATIONALS))


def _person(words: list[str]) -> str:
    """The surname in a run of words naming someone, else the head noun saying what they are, else ""."""
    names = [w for w in words if w[0].isupper() and not _nobody(w)]
    if names:
        return _plain(names[-1])
    nouns = [w for w in words if w[0].islower() and _plain(w) not in _TITLES]
    if nouns and _plain(nouns[-1]) not in _ANYONE and not _nobody(nouns[-1]):
        return _plain(nouns[-1])
    return ""


def _verb_like(word: str) -> bool:
    """A lower-case word after a person's noun that tells what they did ("picked", "believes", "went"): one
    person's noun is singular, so a word ending in -s, -ed or -ing is no part of it."""
    return bool(re.fullmatch(r"[a-z]+(?:ed|ing)|[a-z]+[^su]s|went|won|took|gave|got|made|came|ran|saw|told|said|"
                             r"says|became|remains|stays|lives|has|had|is|was|will|would|can|could", word)) and \
        len(word) > 2


def _run(text: str, start: int, limit: int = 5) -> tuple[list[str], int]:
    """The words from `start` up to where the words about a person end, and where that is."""
    words, pos = [], start
    while len(words) < limit:
        if _STOP.match(text, pos):
            break
        m = _WORD.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
        if not m or (words and _verb_like(m.group(0))):
            break
        words.append(m.group(0).rstrip("."))
        pos = m.end()
    return words, pos


def whose_age(sentence: str, start: int, end: int) -> str:
    """Who the age at sentence[start:end] belongs to ("abashidze", "driver"), "" when nobody in particular.
    "the 61-year-old engineer, Mike Sorensen," is Sorensen; "Its driver, Fermín Apaza, aged 61" is Apaza."""
    if sentence[start:end].startswith("("):
        # "Maria Lopez (34)" is Lopez; "I.T.-B. (58), former Minister of Transport": initials name nobody another
        # report can match, so the role said after them does
        before = _WORD.findall(sentence[:start])[-2:]
        if before and not re.fullmatch(r"(?:[A-Z]\.-?)+", before[-1]):
            return _person(before)
        after = re.match(r"\s*,\s*(?:the\s+|an?\s+)?", sentence[end:])
        return _person(_run(sentence, end + after.end(), limit=3)[0]) if after else ""
    if sentence[start:end].isdigit():
        # "their mother, Dilini, 26,": the name right before
        named = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s*,\s*$", sentence[:start])
        return _person(named.group(1).split()) if named else ""
    if BIRTHDAY.match(sentence[start:end]):
        # "Kelleher-Dunn, who turned 34 in January", "Ms Okafor turns 60 on Friday": who had the birthday
        named = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s*(?:,\s*who\s+|\s+)"
                          r"(?:has\s+|had\s+|just\s+)*$", sentence[:start])
        return _person(named.group(1).split()) if named else ""
    told = sentence[start:end].lower()
    if told.startswith(("died", "dies")):
        # "Lapierre, who died at 116,", "Ms Okafor died at 83": who died; failing a name right before, the one the
        # sentence opens with ("Abe Tan died on Sunday at the age of 91")
        named = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s*(?:,\s*who\s+|\s+)(?:has\s+|had\s+)?$",
                          sentence[:start])
        return _person(named.group(1).split()) if named and not _dated(named.group(1)) else _opening_person(sentence)
    if told.startswith("aged"):
        before = sentence[:start].rstrip(" ,")
        words = _WORD.findall(before)[-4:]
        # "Its driver, Fermín Apaza, aged 61": the name right before; "Its abbot, aged 81": what he is
        tail = []
        for w in reversed(words):
            if _plain(w) in _TITLES:
                break
            tail.insert(0, w)
            if w[0].islower():
                break
        if tail and _dated(tail[-1]):
            # "Lapierre died at 03:40 on Monday, aged 116": the one the sentence opens with, not the day
            return _opening_person(sentence)
        return _person(tail)
    words, stop = _run(sentence, end)
    who = _person(words)
    name_after = re.match(r"\s*,\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,", sentence[stop:])
    if name_after and not (words and words[-1][0].isupper()):
        # "the 61-year-old engineer, Mike Sorensen, had been": the name said right after is the person's
        named = _person(name_after.group(1).split())
        if named and named[0].isalpha() and any(c.isupper() for c in name_after.group(1)[:1]):
            return named
    role = re.match(r"\s*,\s*(?:an?|the)\s+", sentence[stop:]) if not who else None
    if role:
        # "a 58-year-old American man, an engineer from Kansas": what he is, said right after
        return _person(_run(sentence, stop + role.end(), limit=3)[0])
    named_before = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,\s*(?:the|a|an)\s+$", sentence[:start])
    if named_before and (not who and not words or _named_apposition(sentence, named_before)):
        # "The Georgian diver Nika Berdzenishvili, the 31-year-old who joined the team", "Juniper, a four-year-old
        # female": the one named before, whatever the words after call them
        return _person(named_before.group(1).split()) or who
    return who


_MONTH_NAMES = {m.lower() for m in MONTHS}


def _dated(words: str) -> bool:
    """Whether the words end with a day, a month or a time word, which names no one."""
    last = _plain(words.split()[-1]) if words.split() else ""
    return last in _NOT_NAMES or last in _MONTH_NAMES or last in {"time", "gmt", "utc"}


def _opening_person(sentence: str) -> str:
    """The surname of the one a sentence opens with as who died ("Marie-Célestine Lapierre died ..."), "" when it
    opens otherwise ("President Ruto said the soldier died ...")."""
    m = re.match(r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)(?:,\s*who)?\s+"
                 r"(?:died|dies|has\s+died|passed\s+away)\b", sentence)
    if not m or _plain(m.group(1).split()[0]) in _NOT_NAMES | _TITLES:
        return ""
    return _person(m.group(1).split())


# words that open a sentence or a clause before its subject: "Yesterday, a 45-year-old man"
_NOT_NAMES = {"yesterday", "today", "tonight", "meanwhile", "however", "later", "earlier", "separately", "also",
              "elsewhere", "overnight", "then", "now", "still", "instead", "nearby", "there", "here", "afterwards",
              "afterward", "downtown", "nationwide", "worldwide", "overall", "last", "next", "early", "late",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "in", "at", "on", "from",
              "near", "by", "since", "after", "before", "of", "to", "for", "across", "outside", "inside", "during",
              "under", "with", "the", "a", "an", "this", "that", "its", "their", "his", "her"}


def _named_apposition(sentence: str, named: re.Match) -> bool:
    """Whether the capitalised words before ", a 45-year-old" name who the age is of: a subject opening its clause
    ("Juniper, a four-year-old female, died", "confirmed that Juniper, a ..."), not a place after a preposition ("In
    Kyiv, a 45-year-old woman") nor a word that opens a sentence ("Yesterday, a ...")."""
    words = named.group(1).split()
    if any(_plain(w.lower()) in _NOT_NAMES or w.lower() in MONTHS or w.lower().endswith("ly") for w in words) or \
            _nobody(words[-1]):
        return False  # "Tragically, a 45-year-old", "Early Monday, a ...", "Last March, a ..."
    before = sentence[:named.start()]
    return bool(re.search(r"(?:^|[.;:!?]\s*|,\s*|\b(?:that|and|but|when|as|while)\s+)$", before)) and \
        not re.search(r"\b(?:in|at|on|from|near|by|since|after|before|of|to|for|across|outside|inside)\s+$", before,
                      re.I)
