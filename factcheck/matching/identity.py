"""Whether two claimant keys name one claimant: spelling variants, a surname for a full name, an
acronym for an organisation's name."""

from __future__ import annotations

import re
from functools import lru_cache

from .core import MatchClaim


_KEY_FILLER = {"the", "of", "for", "and", "in", "on", "'s", "a", "an"}


def _key_words(key: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", key) if w and w not in _KEY_FILLER]


def _initials_of(short: str, long_words: list[str]) -> bool:
    """"nema" names "national emergency management agency"; "sema" names "(ondo) state emergency
    management agency": the initials of the long key's last words (a leading place may be dropped)."""
    if not (2 <= len(short) <= 7) or len(long_words) < 2:
        return False
    initials = "".join(w[0] for w in long_words)
    return any(initials[i:] == short for i in range(0, len(initials) - 1))


def same_claimant_keys(ka: str, kb: str) -> bool:
    """Whether two claimant keys name one speaker.

    - equal keys (a leading "the" ignored) are one speaker;
    - the outlet's own voice ("outlet:<name>") is one speaker only for the same, named outlet: two
      articles of unknown outlets are two voices;
    - spelling variants of one body: the words of one key (at least two of them) are a subset of the
      other's ("security ministry" / "argentinian security ministry", "fire service" / "bangladesh fire
      service"). One-word keys ("ministry") are too generic for this, but for "police": on one event's
      fact, "police" and "valais cantonal police" are the force named in full. The caller only asks
      this for two claims on the same fact, where the shorter key names the same body;
    - an abbreviation is its body: a one-word key equal to the initials of the other key's words
      ("nema" / "national emergency management agency"), a leading place allowed ("sema" / "ondo state
      emergency management agency");
    - a short name of the body: two or more words, the same non-generic head noun, in the same order
      inside the long name ("disaster council" / "national disaster risk reduction and management
      council"), or whose initials sit in order inside the body's initialism and end on its last letter
      ("management council" / "ndrrmc");
    - a one-word key that is the head noun of the other ("board" / "hale county board of elections",
      "council" / "city council"): a later paragraph's "the board said" names the body the article
      named in full. Allowed only because the caller asks this for two claims on the same fact (so
      the same event and question); generic heads ("officials", "sources", "analysts") never count;
    - officials or a body named by what they do, every word of which is in the body's name ("health
      officials" / "sindh health department", "state emergency officials" / "ondo state emergency
      management agency", "disaster agency" / "national disaster risk reduction and management council");
      bare "officials" or "the agency" never.
    """
    ka, kb = _plain_key(ka), _plain_key(kb)
    if not ka or not kb:
        return False
    if ka.startswith("outlet") or kb.startswith("outlet"):
        name = ka.partition(":")[2].strip()
        return ka == kb and bool(name)
    if ka == kb:
        return True
    wa, wb = _key_words(ka), _key_words(kb)
    if not wa or not wb:
        return False
    small, big = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(small) >= 2 and set(small) <= set(big):
        return True  # a subset, or the same words reordered ("ministry of health" / "health ministry")
    if len(small) == 1 and _initials_of(small[0], big):
        return True
    if len(small) == 1 and len(big) >= 2 and small[0] == _head_noun(kb if wb is big else ka):
        return True
    if len(small) == 1 and len(big) >= 2 and big[0].startswith(small[0]) and len(small[0]) >= 4 and \
            big[-1] in _ORGANS_OF_STATE and small[0] not in _PORTFOLIOS:
        return True  # "serethia" and "serethia defense ministry", "serethian military": a state speaks by its organs
    if _company_named(small, big):
        return True
    if small[-1] == "police" and big[-1] == "police" and len(small) <= 2:
        # "police" and "valais cantonal police", "district police" and "myagdi police" on one event's fact:
        # the force named in full or by its district
        return True
    if len(small) >= 2 and len(big) >= 2 and small[-1] == big[-1] and _head_noun(" ".join(small)) and \
            _subsequence(small, big):
        return True  # "disaster council" / "national disaster risk reduction and management council"
    if len(small) == 1 and len(big) >= 2 and _head_noun(" ".join(big)) in _BODY_HEADS and \
            _initials_cover(big, small[0]):
        # "management council" / "ndrrmc": the initials of the short name end the initialism; only a body's
        # name is shortened so ("outside reviewer" is no part of "sponsor")
        return True
    return _voice_of(wa, wb) or _voice_of(wb, wa)


# a company's legal form, which ends its registered name: "Sólbrekka Mjólkurbú hf.", "Aegean Crest Shipmanagement S.A."
_LEGAL_FORMS = {"hf", "ehf", "sa", "s.a", "ltd", "plc", "inc", "gmbh", "ag", "nv", "n.v", "bv", "llc", "corp", "spa",
                "s.p.a", "ab", "asa", "oy", "oyj", "srl", "sarl", "pty", "bhd", "kk", "as", "a/s"}
# first words many firms share: "National Dairies plc" is not every "national" body
_COMMON_LEADS = {"national", "international", "united", "general", "global", "first", "new", "royal", "state",
                 "central", "federal", "public", "city", "county", "regional", "north", "south", "east", "west"}


def _company_named(small: list[str], big: list[str]) -> bool:
    """A company's registered name and its short name, which keeps the name's first word: "Sólbrekka Mjólkurbú
    hf." and "Sólbrekka" or "Sólbrekka Dairy"."""
    legal = big[-1].rstrip(".") in _LEGAL_FORMS and len(big) >= 2
    if not legal:
        return False
    return small == big[:-1] or (small[0] == big[0] and len(small[0]) >= 4 and small[0] not in _COMMON_LEADS and
                                 small[-1].rstrip(".") not in _LEGAL_FORMS | _GENERIC_HEADS)


# the nouns a body's name ends on, whose initials make an initialism
_BODY_HEADS = {"council", "agency", "commission", "authority", "board", "committee", "office", "service", "bureau",
               "department", "institute", "centre", "center", "organisation", "organization", "association",
               "federation", "administration", "directorate", "secretariat", "corporation", "unit", "force",
               "command", "fund", "programme", "program", "network", "alliance", "coalition", "society"}
_ORGANS_OF_STATE = {"ministry", "military", "army", "government", "forces", "presidency", "cabinet", "kremlin"}
# what a ministry is for, not whose it is: "health" is no state that speaks through its health ministry
_PORTFOLIOS = {"health", "defense", "defence", "interior", "foreign", "finance", "energy", "transport", "education",
               "justice", "agriculture", "environment", "labour", "labor", "home", "emergency", "emergencies",
               "security", "water", "national", "federal", "state", "regional", "provincial", "local", "city",
               "information", "communications", "trade", "economy", "tourism", "culture", "sports", "youth"}


# Officials who speak for a body without naming it: "health officials" for the Sindh health department,
# "state emergency officials" for the Ondo State Emergency Management Agency; and a body described by
# what it does: "the country's disaster agency" for the National Disaster Risk Reduction and Management
# Council.
_VOICES = {"officials", "official", "authorities", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
           "agency", "body", "authority", "office", "department", "service"}
_NOT_QUALIFIERS = {"local", "senior", "government", "top", "some", "other", "two", "several", "country", "nation"}


def _voice_of(voice: list[str], body: list[str]) -> bool:
    qualifiers = [w for w in voice[:-1] if w not in _NOT_QUALIFIERS]
    return bool(voice) and voice[-1] in _VOICES and bool(qualifiers) and set(qualifiers) <= set(body)


def _plain_key(key: str) -> str:
    """The body's own name: "the police" -> "police", "police in lisvania" -> "police", "defense ministry in
    capital" -> "defense ministry", "serethia defense ministry at" -> "serethia defense ministry"."""
    key = re.sub(r"^the\s+", "", (key or "").strip().lower())
    if not key.startswith("outlet"):
        key = re.sub(r"\s+in(?:\s+[\w'’-]+){1,3}$|\s+(?:in|at|on|from|for)$", "", key)  # where it sits
    return key


def _subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(w in it for w in small)


def _initials_cover(words: list[str], acronym: str) -> bool:
    """"disaster council" and "management council" are parts of "ndrrmc": the initials of the words are
    a subsequence of the initialism ending in its last letter (the head noun's)."""
    if not (3 <= len(acronym) <= 8) or not acronym.isalpha():
        return False
    initials = [w[0] for w in words]
    if initials[-1] != acronym[-1]:
        return False
    it = iter(acronym[:-1])
    return all(ch in it for ch in initials[:-1])


_GENERIC_HEADS = {"officials", "official", "sources", "source", "people", "residents", "witnesses", "analysts",
                  "experts", "media", "reports", "report", "statement", "data", "figures", "government",
                  "police", "ministry", "army", "military", "forces", "authorities", "spokesman",
                  "spokeswoman", "spokesperson", "union", "company", "group"}


def _head_noun(key: str) -> str:
    """The noun a body's name is built on: "board" in "hale county board of elections" and in "county
    elections board", "council" in "national disaster council". "" for generic heads (officials,
    sources, analysts, police, ministry, union, company), which name different speakers in different
    articles."""
    words = re.split(r"[\s\-]+", key.strip())
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    head = words[-1] if words else ""
    return "" if head in _GENERIC_HEADS else head


def _same_claimant(a: MatchClaim, b: MatchClaim) -> bool:
    if same_claimant_keys(a.claimant_key, b.claimant_key):
        return True
    texts = (a.article_text, b.article_text)
    names_a, names_b = _names(a.claimant_key, texts), _names(b.claimant_key, texts)
    return any(same_claimant_keys(x, y) for x in names_a for y in names_b if (x, y) != (a.claimant_key, b.claimant_key))


# Who speaks for a body: "Femi Adebanjo, director-general of the Lagos State Emergency Management Agency",
# "said Agus Prasetyo, who heads the search and rescue office in Kendari", "coast guard spokesman Paolo
# Ferrante", "the agency's director-general, Dr Femi Adebanjo".
_ROLES = (r"(?:deputy\s+|acting\s+|chief\s+|senior\s+|regional\s+|zonal\s+|local\s+|top\s+)?"
          r"(?:spokes(?:man|woman|person)|head|chief|director(?:-general)?|director\s+general|commander|"
          r"coordinator|chairman|chairwoman|chair|president|secretary|minister|commissioner|administrator|"
          r"controller|official|officer|manager|leader|boss|press\s+officer|executive)")
_BODY = r"((?:[\w'’&\-]+\s+){0,7}?[\w'’&\-]+)"
_BODY_END = r"(?=\s*(?:[,.;:()\"“”]|\s+(?:said|says|told|who|which|in\s+\w+,|on\s+\w+day)\b|$))"


def _after_name(name: str) -> list[re.Pattern]:
    n = re.escape(name)
    return [
        # "femi adebanjo, director-general of the lagos state ... agency (lasema)"
        re.compile(n + r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?" + _ROLES +
                   r"\s+(?:of|for|at|with)\s+(?:the\s+)?" + _BODY + _BODY_END),
        # "agus prasetyo, who heads the search and rescue office in kendari"
        re.compile(n + r",\s+who\s+(?:heads|leads|runs|chairs|directs|speaks\s+for)\s+(?:the\s+)?" + _BODY +
                   _BODY_END),
        # "paolo ferrante, a coast guard spokesman"
        re.compile(n + r",\s+(?:the\s+|a\s+|an\s+)" + _BODY + r"\s+" + _ROLES + r"\b"),
    ]


def _before_name(name: str) -> re.Pattern:
    # "coast guard spokesman paolo ferrante", "the agency's director-general, dr femi adebanjo"
    return re.compile(r"(?:^|[.,;:\"“]\s*|\b(?:the|a|an|said|says|told)\s+)" + _BODY + r"(?:['’]s)?\s+" + _ROLES +
                      # "National Police spokesperson Lt Gen Chhay Vannak": a rank of up to three words
                      r",?\s+(?:(?:dr|mr|mrs|ms|lt|gen|col|capt|prof|maj|brig|sgt|insp|supt|cmdr|adm)\.?\s+){0,3}" +
                      re.escape(name) + r"\b")


# An office held by one person in a story, whose title is as good as the name: "Governor Marek", "the
# regional governor", "District Collector P Lakshmi Prasanna", "Mayor Ana Lopes".
_OFFICE = (r"(?<![a-z])((?:(?!(?:said|says|told|according|to|by|and|with|of|for|the|a|an|its|their)\b)[a-z'’\-]+\s+)"
           r"{0,2}?(?:governor|mayor|collector|prefect|magistrate|sheriff|coroner|"
           r"police\s+commissioner|police\s+chief|fire\s+chief)),?\s+(?:(?:dr|mr|mrs|ms|gen|col|capt|prof)\.?\s+)?"
           r"(?:[a-z]\.?\s+)?(?:[a-z'’\-]+\s+)?")
# a force, an army or a government speaks through its chief: "police commissioner Livia Dorn" speaks for the police
_SPEAKING_BODIES = {"police", "army", "military", "navy", "government", "coastguard", "coast guard"}
_BARE_BODIES = _GENERIC_HEADS | {"agency", "office", "department", "service", "authority", "council", "board",
                                 "charity", "airline", "hospital", "navy", "force", "organisation", "organization"}
_ABBREVIATED = r"\(\s*([\w\-]{2,12})\s*\)"


@lru_cache(maxsize=8192)
def _names_in(key: str, text: str) -> tuple[str, ...]:
    """Other names `key` goes by in one article: the body a person speaks for, and the full name and the
    short form a body is given in brackets ("national search and rescue agency (basarnas)")."""
    if not key or key.startswith("outlet") or len(key) < 3 or key not in text:
        return ()
    found = []
    for rx in _after_name(key):
        found += [m.group(1) for m in rx.finditer(text)]
    found += [m.group(1) for m in _before_name(key).finditer(text)]
    k = re.escape(key)
    offices = [re.sub(r"^(?:the|a|an|its|their)\s+", "", m.group(1)) for m in re.finditer(_OFFICE + k + r"\b", text)]
    # "the national search and rescue agency (basarnas)": either name for the other
    found += [m.group(1) for m in re.finditer(r"\b" + k + r"\s*" + _ABBREVIATED, text)]
    found += [m.group(1) for m in re.finditer(_BODY + r"\s*\(\s*" + k + r"\s*\)", text)]
    # "the Civic Platform, which organised the march", "organisers from the Civic Platform": the organisers
    if re.search(r"\b" + k + r",\s+which\s+(?:had\s+)?(?:organi[sz]ed|called|staged|led|runs|ran)\b|"
                 r"\borgani[sz]ers?\s+(?:from|of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?" + k + r"\b", text):
        found.append("organizers")
    names = []
    for body in found:
        body = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", body.strip())
        body = re.sub(r"['’]s$", "", body)
        body = re.sub(r"^.*?\b" + _ROLES + r"\s+(?:of|for|at)\s+(?:the\s+)?", "", body)
        if " " not in body and body in _BARE_BODIES and body not in _SPEAKING_BODIES:
            continue  # "the agency's director": which agency is not said
        if body and body != key and body not in names and len(body.split()) <= 8:
            names.append(body)
    for office in offices:
        # the office with the words before it ("regional governor") and alone ("governor")
        for name in (office, office.split()[-1]):
            if name != key and name not in names:
                names.append(name)
    return tuple(names)


def _names(key: str, texts: tuple[str, ...]) -> list[str]:
    names = [key]
    for text in texts:
        names += [n for n in _names_in(key, text or "") if n not in names]
    return names
