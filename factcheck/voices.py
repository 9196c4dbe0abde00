"""Whose voice a text speaks in where it names no one: a press release's issuer, a transcript's speakers.

A news report's own voice is its outlet's. A press release, a media statement or a stock-exchange announcement
speaks for whoever issued it: "Hidromar Ibérica handed over the plant today" is Hidromar Ibérica's claim, and
it must meet the company's figures quoted in other reports as the same claimant. A text is such a release when
its head says so ("PRESS RELEASE", "MEDIA STATEMENT", "For immediate release", "ASX ANNOUNCEMENT", "Stock exchange
notice", "ADVISORY TO SHIPPING No. 11") and it names its issuer, in an "About <issuer>" section at the end or in a
line of the head ("Hidromar Ibérica · Press Office · Madrid", "BLACK SEA CHESS FESTIVAL FOUNDATION").

A radio or podcast transcript gives each turn to a speaker in capitals ("GRACE CHIRWA: The dollar now costs 60%
more kwacha", "[00:01:35] SIPHO MABANDLA: ..."): what is said in a turn is its speaker's, except the host's (the
first to speak, or one labelled HOST or PRESENTER), who is the programme's own voice. Pure: no ORM.
"""

from __future__ import annotations

import re

from .claimants import CAP_WORD, ORG_NAME_WORD, person_name, spelled_out

_DATE_LINE = re.compile(r"^\s*date\s+\d{4}-\d\d-\d\d", re.I)
# what a release says of itself, at the start of a line or a segment of its head ("PRESS RELEASE – FOR IMMEDIATE
# RELEASE", "ARVENNE AUTOMOBILES · Press release · Lyon", "Official statement on the final"), not a headline about one
_MARKER = re.compile(r"^\W*(?:(?:press|media|news)\s+(?:release|statement|notice)|"
                     r"for\s+immediate\s+(?:release|distribution)|"
                     r"(?:press|media)\s+(?:service|office)\s*$|"
                     r"official\s+statement|"
                     r"(?:asx|stock\s+exchange|market|company|regulatory|corporate|investor)\s+(?:announcement|notice)|"
                     r"(?:category:\s*)?inside\s+information\s*$|"
                     r"(?:press\s+|official\s+)?communiqu[ée]|"
                     # the same in the issuer's own language: "Comunicado N° 212/2038", "Nota de prensa",
                     # "Comunicato stampa", "Pressemitteilung", "Persbericht"
                     r"comunicado|nota\s+de\s+(?:prensa|imprensa)|comunicato\s+stampa|pressemitteilung|persbericht|"
                     r"public\s+statement|"
                     r"statement\b(?!\s*:)|"
                     # an authority's notice: "ADVISORY TO SHIPPING No. A-11-2034", "Notice to Mariners No.
                     # 14/2034", "OFFICIAL NOTICE No. 7/2031"
                     r"(?:official\s+)?(?:advisory|notice|circular|bulletin)\s+"
                     r"(?:to\s+(?:shipping|mariners|airmen|operators|all)\b|"
                     r"no\.?\s*[\w/-]*\d))", re.I)
# the segments of a head line ("Harbour Board · Press office · Lautoka", "NEWS – Lautoka"), and of a masthead, whose
# separators a headline does not use ("ARVENNE AUTOMOBILES · Press release · Lyon")
_SEGMENTS = re.compile(r"\s+[·|•–—-]\s+|\s*[|·•]\s*")
_MASTHEAD = re.compile(r"\s*[|·•]\s*")
# ... and a head in two languages ("TAARIFA KWA VYOMBO VYA HABARI / PRESS STATEMENT")
_MARKS = re.compile(r"\s*[|·•]\s*|\s+/\s+")
_ABOUT = re.compile(r"^[ \t]*About\s+(?P<name>(?:the\s+)?[A-Z][^\n.!?]{1,70}?)[ \t]*:?[ \t]*$", re.M)
# header segments that name no issuer
_NOT_ISSUER = re.compile(r"^by\s|(?:press|media|news)\s+(?:release|statement|office|room|service)|for\s+immediate|"
                         r"^office\s+of|"
                         r"communications?$|comunicaci[óo]n$|prensa$|presse$|statement|announcement|^\W*$|\d", re.I)
_GENERIC = re.compile(r"(?:the\s+)?(?:foundation|company|group|council|bureau|trust|institute|university|ministry|"
                      r"agency|association|union|society|authority|federation|consortium|organisation|organization|"
                      r"firm|board|observatory|museum|laboratory|lab)$", re.I)


# an issuer's name alone in capitals on a line of the head, as a letterhead gives it ("BANCO CENTRAL DE
# TIMOR-LESTE", "NATIONAL DISASTER MANAGEMENT AUTHORITY")
_LETTERHEAD = re.compile(r"(?=[^a-z]*$)(?=.*\b(?:BANK|BANCO|BANQUE|MINISTRY|AUTHORITY|AGENCY|COUNCIL|COMMISSION|"
                         r"SOCIETY|ASSOCIATION|FOUNDATION|INSTITUTE|UNIVERSITY|CENTRE|CENTER|BOARD|"
                         r"CORPORATION|COMPANY|GROUP|TRUST|FEDERATION|UNION|POLICE)\b)"
                         r"[A-Z][A-Z'’&.-]*(?:[ \t]+[A-Z][A-Z'’&.-]*){1,7}")

# a state's own name heads many a ministry's paper; the body under it is the issuer
_STATE = re.compile(r"(?:the\s+)?(?:united\s+)?(?:(?:government|republic|kingdom|state|principality|sultanate|emirate|"
                    r"federation|commonwealth)\s+of\b|government$|rep[úu]blica\s+de|r[ée]publique\s+d)", re.I)


_CABINET = re.compile(r"(?:the\s+)?(?:(?:council|cabinet)\s+of\s+ministers|cabinet|government|presidency)\b", re.I)


def _titled(name: str) -> str:
    """A name written in capitals, in title case with its small words lower: "Ministry of Agriculture and Rural
    Development"."""
    words = name.title().split()
    return " ".join(w.lower() if i and w.lower() in ("of", "and", "for", "the", "de", "del", "y", "on", "in") else w
                    for i, w in enumerate(words))


def _head_lines(text: str, n: int = 4) -> list[str]:
    lines = []
    for line in text.splitlines():
        line = _DATE_LINE.sub("", line).strip()
        if line:
            lines.append(line)
        if len(lines) == n:
            break
    return lines


def _full_name(name: str, text: str, head: list[str]) -> str:
    """The issuer's full name where the "About" line gives an acronym ("RNI") or a generic noun ("the
    Foundation"): the name written before the acronym in brackets, or a capitalised name ending in the noun."""
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    if re.fullmatch(r"[A-Z][A-Z&]{1,7}", bare):
        return spelled_out(bare, text) or bare
    if _GENERIC.fullmatch(name):
        noun = bare.split()[-1]
        for line in head:
            if line.isupper() and line.lower().rstrip().endswith(noun.lower()):
                return _titled(line)
        m = re.search(rf"\b((?:{CAP_WORD}[ \t]+)(?:(?:{ORG_NAME_WORD})[ \t]+){{0,6}}?{noun.title()})\b", text)
        return m.group(1).strip() if m else ""
    return name


def _head_noun(name: str) -> str:
    """The noun a body calls itself by: "Ministry" of "Ministry of Home Affairs", "Department" of "Fisheries
    Department"."""
    words = name.split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def issuer(text: str) -> str:
    """The organisation a release or statement speaks for, "" when the text is none."""
    head = _head_lines(text, 5)
    # the marker within the first four lines of the head; the names stand above it or beside it ("GOVERNMENT OF
    # ... / Ministry of Railways · Bangladesh Railway / Office of the Divisional Estate Officer / Press Release No. 41")
    marked = [i for i, line in enumerate(head[:4]) if any(_MARKER.match(part) for part in _MARKS.split(line))]
    if not marked:
        return ""
    about = [m.group("name") for m in _ABOUT.finditer(text) if len(m.group("name").split()) <= 8]
    if about:
        name = re.sub(r"^the\s+", "", _full_name(about[-1].strip(), text, head), flags=re.I)
        letterhead = next((_titled(line) for line in head[:marked[0]]
                           if _LETTERHEAD.fullmatch(line) and not _STATE.match(line)), "")
        words, heading = name.lower().split(), set(letterhead.lower().split())
        # the letterhead's full name for "About the Ministry" under MINISTRY OF HOME AFFAIRS; and the letterhead for
        # "About the Petroleum Fund" under BANCO CENTRAL DE TIMOR-LESTE, a section about what the issuer runs
        return letterhead if letterhead and (set(words) <= heading or words[-1] not in heading) else name
    # no "About" section: a line or a segment of the head that is only a name; a body's name before a state's
    # ("REPUBLIC OF GUINEA-BISSAU · MINISTRY OF AGRICULTURE AND RURAL DEVELOPMENT")
    names = []
    for line in head[:max(3, marked[0] + 1)]:
        for part in _SEGMENTS.split(line):
            part = re.sub(r"\s*\((?:[A-Z]+:\s*)?[A-Z]{2,8}\)$", "", part.strip())
            words = part.split()
            if not part or _NOT_ISSUER.search(part) or not 1 < len(words) <= 8:
                continue
            if part.isupper() or all(w[0].isupper() or w.lower() in ("of", "for", "the", "and", "de", "&")
                                     for w in words):
                names.append(_titled(part) if part.isupper() else part)
    bodies = [n for n in names if not _STATE.match(n)]
    # of a ministry and the body under it, the one the text goes on to name speaks ("Bangladesh Railway today
    # conducted an eviction drive"); a cabinet under its state's name is that state's government
    at = text.find(head[marked[0]])
    body = text[at + len(head[marked[0]]):] if at >= 0 else text
    named = [n for n in bodies if re.search(r"\b" + re.escape(n) + r"\b", body) and not _CABINET.match(n)]
    if len(named) > 1:
        # of a directorate and the department under it, the one the text speaks of as itself: "Landings reported
        # to the Department", "the Department's assessment"
        named.sort(key=lambda n: -len(re.findall(r"\b[Tt]he " + re.escape(_head_noun(n)) + r"\b(?! of\b)", body)))
    return (named or bodies or names or [""])[0]


# the words a paper's name ends or begins with ("THE KENYA RECORD", "SANMA WEEKLY", "DAILY NATION"), and the capitals
# that open other texts ("BREAKING NEWS", "PRESS RELEASE", "LIVE UPDATES")
_PAPER_WORD = re.compile(r"\b(?:TIMES|POST|HERALD|RECORD|TRIBUNE|COURIER|GAZETTE|CHRONICLE|DAILY|WEEKLY|NEWS|JOURNAL|"
                         r"OBSERVER|MIRROR|SENTINEL|LEDGER|STAR|SUN|EXPRESS|TELEGRAPH|GUARDIAN|STANDARD|MAIL|EXAMINER|"
                         r"MONITOR|REVIEW|REPORT|WIRE|PRESS|BULLETIN|TIDE|BEACON|MESSENGER|PACKET|CLARION|TIDINGS|"
                         r"DISPATCH|DIGEST|INQUIRER|REPUBLICAN|NATION|VOICE|TODAY|GLOBE|RADIO|FM|TV|HEBDO|NEWSWIRE)\b")
_NO_MASTHEAD = re.compile(r"\b(?:RELEASE|STATEMENT|ANNOUNCEMENT|NOTICE|ADVISORY|COMMUNIQU[EÉ]|BREAKING|LIVE|UPDATES?|"
                          r"EXCLUSIVE|OBITUARY|FACT\s+SHEET)\b")


def own_name(text: str) -> str:
    """The outlet's name in its masthead, the first segment of a first line cut by "·" or "|" ("THE BURIGANGA POST ·
    Dhaka · City · Thursday, ...") or a first line of a few words in capitals ("THE KENYA RECORD"): a text that
    credits "the Post's estimate" speaks in its own voice."""
    head = _head_lines(text, 1)
    if not head:
        return ""
    parts = _MASTHEAD.split(head[0])
    if len(parts) < 2 and not (head[0].strip().isupper() and len(head[0].split()) <= 4 and
                               _PAPER_WORD.search(head[0]) and not _NO_MASTHEAD.search(head[0])):
        return ""  # a masthead alone on its line is in capitals and names a paper: "THE KENYA RECORD"
    name = re.sub(r"^the\s+", "", parts[0].strip(), flags=re.I)
    words = name.split()
    if not 1 <= len(words) <= 5 or any(c.isdigit() for c in name) or not all(w[0].isupper() for w in words):
        return ""
    return _titled(name) if name.isupper() else name


_OWN_WORDS = r"(?:reporters?|correspondents?|journalists?|staff|team|crew|count|tally|estimate|figures?)"
# a release's own people speak for its issuer: "our caseworkers estimate", "our field teams counted" (in a news report
# they may be a quoted body's, so only a release reads them so)
_ISSUERS_PEOPLE = re.compile(r"our\s+(?:own\s+)?(?:case\s*workers?|field\s*(?:workers?|teams?|staff)|researchers?|"
                             r"investigators?|monitors?|volunteers?|teams|records|data)", re.I)
# the outlet speaking of its own people: "according to our reporter on the island", "our correspondents counted"
_THIS_PAPER = r"this\s+(?:paper|newspaper|station|site|programme)"
_OUR_PEOPLE = re.compile(r"(?:our|" + _THIS_PAPER + r"['’]s)\s+(?:own\s+)?" + _OWN_WORDS + r"$", re.I)


# papers the outlet has seen and does not name: "according to documents seen by the Record", "budget documents seen by
# this newspaper", "an internal email seen by TechWire": the outlet vouches for what they say
_SEEN_BY = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?:documents?|papers?|emails?|e-mails?|letters?|memos?|files?|minutes|"
                      r"records?|figures|data|term\s+sheets?|results)\s+seen\s+by\s+(?P<who>.+)", re.I)
_THIS_OUTLET = re.compile(_THIS_PAPER + r"|this\s+(?:agency|publication)", re.I)


def _seen_by(who: str) -> str:
    """Who saw the papers in "documents seen by the Record" ("the Record"); `who` itself otherwise."""
    m = _SEEN_BY.fullmatch(who.strip())
    return m.group("who") if m else who


def is_ours(who: str) -> bool:
    """Whether `who` is the outlet's own people, whatever its name: "our reporter", "our correspondents", "documents
    seen by this newspaper"."""
    who = _seen_by(who).strip()
    return bool(_OUR_PEOPLE.fullmatch(who) or _THIS_OUTLET.fullmatch(who)) or who.lower() in ("our", "we", "us")


def is_issuers_people(who: str) -> bool:
    """Whether `who` is a release's own people ("our caseworkers", "our field teams"), who speak for its issuer."""
    return bool(_ISSUERS_PEOPLE.fullmatch(who.strip()))


def is_own_name(who: str, masthead: str) -> bool:
    """Whether `who` ("the Post", "Post", "The Tribune", "SFW") names the outlet whose masthead is `masthead`: its
    last word or words, or its initials."""
    # "Radio Te Vaka's reporters", "the Post's own count": the outlet's people or its count
    bare = re.sub(r"['’]s\s+(?:own\s+)?" + _OWN_WORDS + r"$", "", _seen_by(who).strip(), flags=re.I)
    bare = re.sub(r"^the\s+|['’]s$", "", bare, flags=re.I)
    words, own = bare.lower().split(), masthead.lower().split()
    if re.fullmatch(r"[A-Z]{2,6}", bare) and len(own) > 1:
        return bare.lower() == "".join(w[0] for w in own)  # "by SFW's calculation" in the Serangoon Financial Wire
    # ... or its name without the paper's word ("By Tjaldur's count" in Tjaldur News)
    plain = own[:-1] if len(own) > 1 and _PAPER_WORD.fullmatch(own[-1].upper()) else own
    return bool(words) and (own[-len(words):] == words or plain == words)


# a transcript's turn: an optional time stamp, then a speaker in capitals, an optional note in brackets and a colon
# at the start of a line ("[00:01:35] SIPHO MABANDLA:", "TABUALEVU (recording):", "PRESENTER (Aroha Fenwick):"), or a
# parliamentary record's ".-" ("HON. J. VAKARAU (Minister for Policing).- Honourable Speaker, ...")
# a transcript's time stamp: "00:01:35", "12:04"
STAMP = r"\d{1,2}:\d{2}(?::\d{2})?"
_TURN = re.compile(r"^[ \t]*(?:[\[(]?" + STAMP + r"[\])]?[ \t]*)?"
                   r"(?P<label>[A-Z][A-Z.'’\- ]{1,40}[A-Z])\.?(?:[ \t]*\((?P<note>[^()\n]{1,80})\))?"
                   r"(?::|\.-)[ \t]+(?=\S)",
                   re.M)
# labels that name a role, not a person: the programme's or the chamber's own voice
_HOSTS = {"HOST", "PRESENTER", "ANCHOR", "ANNOUNCER", "NARRATOR", "INTERVIEWER", "MODERATOR", "REPORTER",
          "CORRESPONDENT", "PRODUCER", "EDITOR", "SPEAKER", "DEPUTY SPEAKER", "CHAIR", "CHAIRMAN", "CHAIRPERSON",
          "CLERK", "VOICEOVER"}
_HONORIFIC = re.compile(r"^(?:(?:HON|HONOURABLE|HONORABLE|THE|DR|MR|MRS|MS|MISS|SEN|SENATOR|REP|PROF|SIR|DAME|CAPT|"
                        r"MADAM)\.?\s+)+")
MIN_TURNS = 4


def _speaker(label: str, names: list[str], text: str) -> str:
    """The person a label names, in title case ("J. Vakarau"), a surname alone resolved to the full name another
    label or the text gives ("TABUALEVU" -> "Adriu Tabualevu"); "" for a role or a topic head ("FOOTBALL")."""
    if label in _HOSTS:
        return ""
    if len(label.split()) >= 2:
        return label.title() if person_name(label.title()) else ""
    full = next((n for n in names if n.split()[-1] == label), "")
    if full:
        return full.title()
    surname = label.title()
    m = re.search(r"\b((?:[A-Z][a-z'’]+[ \t]+){1,2}" + re.escape(surname) + r")\b", text)
    return person_name(m.group(1)) if m else ""  # "Port Director Aisha Okonkwo": Aisha Okonkwo


def turns(text: str) -> list[tuple[int, int, str]]:
    """The turns of a transcript as (start, end, speaker), the host's and the chair's left out; [] for any other
    text. A turn runs from the start of its speaker's line to the next label. Speakers are people: a name of two
    words or more ("GRACE CHIRWA", "HON. J. VAKARAU"), or a surname ("CHIRWA") that another label or the text
    names in full; a digest's topic heads ("FOOTBALL:", "WATER:") are none. Where no label names a role (HOST,
    PRESENTER, SPEAKER...), the first to speak is the host."""
    found = list(_TURN.finditer(text))
    # a note that gives the role makes the label one: "YASMINE EL AMRANI (host):"
    labels = [m.group("note").strip().upper() if (m.group("note") or "").strip().upper() in _HOSTS
              else _HONORIFIC.sub("", m.group("label").strip()) for m in found]
    names = [label for label in labels
             if len(label.split()) >= 2 and label not in _HOSTS and person_name(label.title())]
    speakers = [_speaker(label, names, text) for label in labels]
    roles = [label in _HOSTS for label in labels]
    people = {name.split()[-1] for name in speakers if name}
    if sum(bool(n) or r for n, r in zip(speakers, roles)) < MIN_TURNS or len(people) + any(roles) < 2:
        return []
    host = "" if any(roles) else speakers[0].split()[-1] if speakers[0] else ""
    out = []
    for m, nxt, name in zip(found, found[1:] + [None], speakers):
        if not name or name.split()[-1] == host:
            continue
        out.append((m.start(), nxt.start() if nxt else len(text), name))
    return out
