"""A compact gazetteer of newsworthy countries: name, demonym, capital, aliases.

Pure data plus two lookups. Used to normalise claimant names so that "Russia's defence
ministry", "the Russian Defense Ministry" and "the defence ministry in Moscow" meet on one key.
Everything is lower-case. Extend the table freely; nothing else depends on its length.
"""

from __future__ import annotations

# name | demonym | capital(s), comma separated | other names, comma separated
_TABLE = """
afghanistan|afghan|kabul|
albania|albanian|tirana|
algeria|algerian|algiers|
argentina|argentine|buenos aires|argentinian
armenia|armenian|yerevan|
australia|australian|canberra|
austria|austrian|vienna|
azerbaijan|azerbaijani|baku|
bahrain|bahraini|manama|
bangladesh|bangladeshi|dhaka|
belarus|belarusian|minsk|belarussian
belgium|belgian|brussels|
bolivia|bolivian|la paz,sucre|
bosnia|bosnian|sarajevo|bosnia and herzegovina
brazil|brazilian|brasilia,brasília|
bulgaria|bulgarian|sofia|
burkina faso|burkinabe|ouagadougou|
cambodia|cambodian|phnom penh|
cameroon|cameroonian|yaounde,yaoundé|
canada|canadian|ottawa|
chad|chadian|n'djamena|
chile|chilean|santiago|
china|chinese|beijing|people's republic of china,prc
colombia|colombian|bogota,bogotá|
congo|congolese|kinshasa|democratic republic of congo,democratic republic of the congo,drc,dr congo
croatia|croatian|zagreb|
cuba|cuban|havana|
cyprus|cypriot|nicosia|
czech republic|czech|prague|czechia
denmark|danish|copenhagen|
ecuador|ecuadorian|quito|
egypt|egyptian|cairo|
el salvador|salvadoran|san salvador|
eritrea|eritrean|asmara|
estonia|estonian|tallinn|
ethiopia|ethiopian|addis ababa|
finland|finnish|helsinki|
france|french|paris|
georgia|georgian|tbilisi|
germany|german|berlin|
ghana|ghanaian|accra|
greece|greek|athens|
guatemala|guatemalan|guatemala city|
haiti|haitian|port-au-prince|
honduras|honduran|tegucigalpa|
hungary|hungarian|budapest|
india|indian|new delhi|
indonesia|indonesian|jakarta|
iran|iranian|tehran|
iraq|iraqi|baghdad|
ireland|irish|dublin|
israel|israeli|jerusalem,tel aviv|
italy|italian|rome|
japan|japanese|tokyo|
jordan|jordanian|amman|
kazakhstan|kazakh|astana|
kenya|kenyan|nairobi|
kosovo|kosovar|pristina|
kuwait|kuwaiti|kuwait city|
latvia|latvian|riga|
lebanon|lebanese|beirut|
libya|libyan|tripoli|
lithuania|lithuanian|vilnius|
malaysia|malaysian|kuala lumpur|
mali|malian|bamako|
mexico|mexican|mexico city|
moldova|moldovan|chisinau|
morocco|moroccan|rabat|
mozambique|mozambican|maputo|
myanmar|myanmar|naypyitaw,naypyidaw|burma
nepal|nepali|kathmandu|
netherlands|dutch|amsterdam,the hague|holland
new zealand|new zealand|wellington|
nicaragua|nicaraguan|managua|
niger|nigerien|niamey|
nigeria|nigerian|abuja|
north korea|north korean|pyongyang|
norway|norwegian|oslo|
pakistan|pakistani|islamabad|
palestine|palestinian|ramallah|palestinian territories
peru|peruvian|lima|
philippines|philippine|manila|
poland|polish|warsaw|
portugal|portuguese|lisbon|
qatar|qatari|doha|
romania|romanian|bucharest|
russia|russian|moscow|russian federation
rwanda|rwandan|kigali|
saudi arabia|saudi|riyadh|
senegal|senegalese|dakar|
serbia|serbian|belgrade|
singapore|singaporean||
slovakia|slovak|bratislava|
somalia|somali|mogadishu|
south africa|south african|pretoria|
south korea|south korean|seoul|korea,republic of korea
south sudan|south sudanese|juba|
spain|spanish|madrid|
sri lanka|sri lankan|colombo|
sudan|sudanese|khartoum|
sweden|swedish|stockholm|
switzerland|swiss|bern|
syria|syrian|damascus|
taiwan|taiwanese|taipei|
tanzania|tanzanian|dodoma|
thailand|thai|bangkok|
tunisia|tunisian|tunis|
turkey|turkish|ankara|türkiye,turkiye
uganda|ugandan|kampala|
ukraine|ukrainian|kyiv,kiev|
united arab emirates|emirati|abu dhabi|uae
united kingdom|british|london|britain,great britain,uk,u.k.
united states|american|washington|us,u.s.,usa,u.s.a.,america,united states of america
venezuela|venezuelan|caracas|
vietnam|vietnamese|hanoi|
yemen|yemeni|sanaa,sana'a|
zambia|zambian|lusaka|
zimbabwe|zimbabwean|harare|
"""


def _load() -> tuple[dict[str, str], dict[str, str], dict[str, str], set[str]]:
    country_demonym: dict[str, str] = {}  # any country name or alias -> demonym
    capital_country: dict[str, str] = {}  # capital -> canonical country name
    alias_country: dict[str, str] = {}  # alias -> canonical country name
    demonyms: set[str] = set()
    for line in _TABLE.strip().splitlines():
        name, demonym, capitals, aliases = (part.strip() for part in line.split("|"))
        country_demonym[name] = demonym
        alias_country[name] = name
        demonyms.add(demonym)
        for alias in filter(None, (a.strip() for a in aliases.split(","))):
            country_demonym[alias] = demonym
            alias_country[alias] = name
        for capital in filter(None, (c.strip() for c in capitals.split(","))):
            capital_country[capital] = name
    return country_demonym, capital_country, alias_country, demonyms


COUNTRY_DEMONYM, CAPITAL_COUNTRY, ALIAS_COUNTRY, DEMONYMS = _load()
# Longest names first so "south sudan" is tried before "sudan".
COUNTRY_NAMES = sorted(COUNTRY_DEMONYM, key=len, reverse=True)
CAPITAL_NAMES = sorted(CAPITAL_COUNTRY, key=len, reverse=True)


def demonym(place: str) -> str:
    """Demonym for a country name or alias ("russia" -> "russian"), or "" if unknown."""
    return COUNTRY_DEMONYM.get(place.lower().strip(), "")


def country_of_capital(city: str) -> str:
    """Canonical country of a capital ("moscow" -> "russia"), or "" if unknown."""
    return CAPITAL_COUNTRY.get(city.lower().strip(), "")


def is_place(word: str) -> bool:
    w = word.lower().strip()
    return any(x in COUNTRY_DEMONYM or x in CAPITAL_COUNTRY or x in DEMONYMS for x in (w, w + ".", w.rstrip(".")))
