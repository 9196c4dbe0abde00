"""A compact gazetteer of newsworthy countries: name, demonym, capital, aliases.

Pure data plus two lookups. Used to normalise claimant names so that "Russia's defence
ministry", "the Russian Defense Ministry" and "the defence ministry in Moscow" meet on one key.
Everything is lower-case. Extend the table freely; nothing else depends on its length.
"""

from __future__ import annotations

import unicodedata
import zoneinfo
from datetime import date, datetime, timedelta
from functools import lru_cache

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
kyrgyzstan|kyrgyz|bishkek|kyrgyz republic,kirgizia
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
papua new guinea|papua new guinean|port moresby|png
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
united kingdom|british|london|britain,great britain,uk,u.k.,england,scotland,wales
united states|american|washington|us,u.s.,usa,u.s.a.,america,united states of america
venezuela|venezuelan|caracas|
vietnam|vietnamese|hanoi|
yemen|yemeni|sanaa,sana'a|
zambia|zambian|lusaka|
zimbabwe|zimbabwean|harare|
andorra|andorran|andorra la vella|
angola|angolan|luanda|
bahamas|bahamian|nassau|the bahamas
barbados|barbadian|bridgetown|
belize|belizean|belmopan|
benin|beninese|porto-novo,porto novo|
bhutan|bhutanese|thimphu|
botswana|motswana|gaborone|
brunei|bruneian|bandar seri begawan|
burundi|burundian|gitega|
cape verde|cape verdean|praia|cabo verde
central african republic|central african|bangui|
comoros|comorian|moroni|
costa rica|costa rican|san josé,san jose|
djibouti|djiboutian||
dominican republic|dominican|santo domingo|
east timor|timorese|dili|timor-leste
equatorial guinea|equatoguinean|malabo|
eswatini|swazi|mbabane|swaziland
fiji|fijian|suva|
gabon|gabonese|libreville|
gambia|gambian|banjul|the gambia
guinea|guinean|conakry|
guinea-bissau|bissau-guinean|bissau|
guyana|guyanese|georgetown|
iceland|icelandic|reykjavik,reykjavík|
ivory coast|ivorian|yamoussoukro,abidjan|côte d'ivoire,cote d'ivoire
jamaica|jamaican|kingston|
laos|lao|vientiane|lao pdr
lesotho|basotho|maseru|
liberia|liberian|monrovia|
luxembourg|luxembourgish||
madagascar|malagasy|antananarivo|
malawi|malawian|lilongwe|
maldives|maldivian|malé|
malta|maltese|valletta|
mauritania|mauritanian|nouakchott|
mauritius|mauritian|port louis|
monaco|monegasque||
mongolia|mongolian|ulaanbaatar,ulan bator|
montenegro|montenegrin|podgorica|
namibia|namibian|windhoek|
north macedonia|macedonian|skopje|macedonia
oman|omani|muscat|
panama|panamanian||
paraguay|paraguayan|asunción,asuncion|
samoa|samoan|apia|
seychelles|seychellois||
sierra leone|sierra leonean|freetown|
slovenia|slovenian|ljubljana|
solomon islands|solomon islander|honiara|
suriname|surinamese|paramaribo|
tajikistan|tajik|dushanbe|
togo|togolese|lomé,lome|
tonga|tongan|nuku'alofa,nukualofa|
trinidad and tobago|trinidadian|port of spain|trinidad
turkmenistan|turkmen|ashgabat|
uruguay|uruguayan|montevideo|
uzbekistan|uzbek|tashkent|
vanuatu|ni-vanuatu|port vila|
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


# UTC offset of countries with one time zone and no daylight saving time, as "+HH:MM". Countries
# with several zones (Russia, the United States, Brazil, Indonesia, Mexico...) are left out on purpose: a
# local time there needs a stated zone. Those with summer time are in the two tables below.
_OFFSETS = """
afghanistan +04:30|algeria +01:00|angola +01:00|argentina -03:00|armenia +04:00|azerbaijan +04:00|
bahrain +03:00|bangladesh +06:00|belarus +03:00|bolivia -04:00|burkina faso +00:00|cambodia +07:00|
cameroon +01:00|chad +01:00|china +08:00|colombia -05:00|costa rica -06:00|ethiopia +03:00|
georgia +04:00|ghana +00:00|guatemala -06:00|honduras -06:00|india +05:30|iran +03:30|iraq +03:00|
japan +09:00|jordan +03:00|kenya +03:00|kuwait +03:00|malaysia +08:00|mali +00:00|myanmar +06:30|
nepal +05:45|niger +01:00|nigeria +01:00|pakistan +05:00|peru -05:00|philippines +08:00|qatar +03:00|
rwanda +02:00|saudi arabia +03:00|senegal +00:00|singapore +08:00|somalia +03:00|south africa +02:00|
south korea +09:00|sri lanka +05:30|sudan +02:00|syria +03:00|taiwan +08:00|tanzania +03:00|
thailand +07:00|tunisia +01:00|turkey +03:00|uganda +03:00|united arab emirates +04:00|uruguay -03:00|
uzbekistan +05:00|venezuela -04:00|vietnam +07:00|yemen +03:00|zambia +02:00|zimbabwe +02:00
"""
UTC_OFFSET: dict[str, str] = {
    name.strip(): off for name, _, off in
    (item.strip().rpartition(" ") for item in _OFFSETS.replace("\n", "").split("|") if item.strip())
}


# Other countries where nearly everyone keeps one clock, by the time-zone database's zone for it: the database
# knows when each keeps summer time (Israel, Egypt, Paraguay, Morocco's Ramadan hour) and when it does not
# (Iceland, Fiji, Laos). Countries with several clocks (Australia, Brazil, Canada, Indonesia, Mexico, Russia,
# the United States, Kazakhstan, Mongolia, the two Congos) are left out.
_COUNTRY_ZONE = {
    name.strip(): zone for name, _, zone in (item.strip().rpartition(" ") for item in """
andorra Europe/Andorra|bahamas America/Nassau|barbados America/Barbados|belize America/Belize|
benin Africa/Porto-Novo|bhutan Asia/Thimphu|bosnia Europe/Sarajevo|botswana Africa/Gaborone|brunei Asia/Brunei|
burundi Africa/Bujumbura|cape verde Atlantic/Cape_Verde|central african republic Africa/Bangui|
comoros Indian/Comoro|cuba America/Havana|djibouti Africa/Djibouti|dominican republic America/Santo_Domingo|
east timor Asia/Dili|ecuador America/Guayaquil|egypt Africa/Cairo|el salvador America/El_Salvador|
equatorial guinea Africa/Malabo|eritrea Africa/Asmara|eswatini Africa/Mbabane|fiji Pacific/Fiji|
gabon Africa/Libreville|gambia Africa/Banjul|guinea Africa/Conakry|guinea-bissau Africa/Bissau|
guyana America/Guyana|haiti America/Port-au-Prince|iceland Atlantic/Reykjavik|israel Asia/Jerusalem|
ivory coast Africa/Abidjan|jamaica America/Jamaica|kosovo Europe/Belgrade|kyrgyzstan Asia/Bishkek|
laos Asia/Vientiane|lebanon Asia/Beirut|lesotho Africa/Maseru|liberia Africa/Monrovia|libya Africa/Tripoli|
madagascar Indian/Antananarivo|malawi Africa/Blantyre|maldives Indian/Maldives|mauritania Africa/Nouakchott|
mauritius Indian/Mauritius|morocco Africa/Casablanca|mozambique Africa/Maputo|namibia Africa/Windhoek|
nicaragua America/Managua|north korea Asia/Pyongyang|oman Asia/Muscat|palestine Asia/Hebron|
panama America/Panama|papua new guinea Pacific/Port_Moresby|paraguay America/Asuncion|samoa Pacific/Apia|
seychelles Indian/Mahe|sierra leone Africa/Freetown|solomon islands Pacific/Guadalcanal|south sudan Africa/Juba|
suriname America/Paramaribo|tajikistan Asia/Dushanbe|togo Africa/Lome|tonga Pacific/Tongatapu|
trinidad and tobago America/Port_of_Spain|turkmenistan Asia/Ashgabat|vanuatu Pacific/Efate
""".replace("\n", "").split("|") if item.strip())
}


# European countries with one zone that keep EU summer time (from the last Sunday of March to the last
# Sunday of October): their winter offset in hours. A local time there needs the day to be placed.
_EU_SUMMER_TIME = {
    **dict.fromkeys("united kingdom|ireland|portugal".split("|"), 0),
    **dict.fromkeys("switzerland|france|germany|italy|spain|austria|belgium|netherlands|luxembourg|poland|"
                    "czech republic|slovakia|hungary|slovenia|croatia|denmark|norway|sweden|serbia|montenegro|"
                    "bosnia and herzegovina|north macedonia|albania|malta|liechtenstein|monaco".split("|"), 1),
    **dict.fromkeys("greece|romania|bulgaria|finland|estonia|latvia|lithuania|ukraine|moldova|cyprus".split("|"), 2),
}


def _last_sunday(year: int, month: int) -> date:
    d = date(year, month, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def utc_offset(country: str, on: date | None = None) -> str:
    """"+01:00" for a country (or alias) with one zone: no summer time, or summer time when the day `on`
    is known; "" when unknown or several zones."""
    c = country.lower().strip()
    c = ALIAS_COUNTRY.get(c, c)
    if c in UTC_OFFSET:
        return UTC_OFFSET[c]
    if c in _EU_SUMMER_TIME and on is not None:
        summer = _last_sunday(on.year, 3) <= on < _last_sunday(on.year, 10)
        return f"+{_EU_SUMMER_TIME[c] + summer:02d}:00"
    if c in _COUNTRY_ZONE:
        return _clock_on(_COUNTRY_ZONE[c], on)
    return ""


# Time zones by a place's name, for the places reports give their times in ("4.40am French time", "2 p.m.
# Moscow time", a "WINNIPEG -" dateline). Cities come from the IANA time-zone database, which names each
# zone after its main city; the four US zone words stand for their zones.
_ZONE_WORDS = {"eastern": "America/New_York", "central": "America/Chicago", "mountain": "America/Denver",
               "pacific": "America/Los_Angeles"}
# "4:40 in the afternoon, New Jersey time": a US state's clock, by the zone most of it keeps (Washington and
# Georgia are left out as states: "Washington time" is the capital's, on Eastern time, below; Georgia is also
# a country on UTC+4)
_STATE_ZONES = {
    "America/New_York": "connecticut, delaware, florida, kentucky, maine, maryland, massachusetts, michigan, "
                        "new hampshire, new jersey, north carolina, ohio, pennsylvania, rhode island, "
                        "south carolina, vermont, virginia, west virginia",
    "America/Indiana/Indianapolis": "indiana",
    "America/Chicago": "alabama, arkansas, illinois, iowa, kansas, louisiana, minnesota, mississippi, missouri, "
                       "nebraska, north dakota, oklahoma, south dakota, tennessee, texas, wisconsin",
    "America/Denver": "colorado, idaho, montana, new mexico, utah, wyoming",
    "America/Phoenix": "arizona",
    "America/Los_Angeles": "california, nevada, oregon",
    "America/Anchorage": "alaska",
    "Pacific/Honolulu": "hawaii",
}
# "about 8:20 p.m. San Antonio time", "3 p.m. Beijing time": large cities the time-zone database does not name
_CITY_ZONES = {
    "America/New_York": "washington, boston, philadelphia, atlanta, miami, baltimore, pittsburgh, charlotte, "
                        "orlando, tampa, cleveland, ottawa",
    "America/Chicago": "houston, dallas, san antonio, austin, fort worth, minneapolis, kansas city, st louis, "
                       "memphis, nashville, new orleans, milwaukee, oklahoma city",
    "America/Denver": "salt lake city, albuquerque",
    "America/Los_Angeles": "san francisco, san diego, san jose, seattle, portland, las vegas, sacramento",
    "America/Edmonton": "calgary",
    "Asia/Shanghai": "beijing",
    "Asia/Kolkata": "delhi, new delhi, mumbai, bangalore, bengaluru, chennai",
    "Asia/Karachi": "islamabad, lahore",
    "Asia/Ho_Chi_Minh": "hanoi",
    "Australia/Sydney": "canberra",
    "America/Sao_Paulo": "brasilia, rio de janeiro, rio, belo horizonte",
    # island towns an hour or more off their country's clock
    "Atlantic/Azores": "ponta delgada, angra do heroismo",
    "Atlantic/Canary": "las palmas, santa cruz de tenerife",
    "Atlantic/Madeira": "funchal",
}
# "All times are New Zealand time", "Newfoundland time": provinces and states of other countries, and
# countries whose outlying islands keep another clock, by the clock nearly all of their people keep
_REGION_ZONES = {
    "Pacific/Auckland": "new zealand, new zealander, nz",
    "America/Santiago": "chile, chilean",
    "America/St_Johns": "newfoundland, newfoundland and labrador",
    "America/Halifax": "nova scotia, new brunswick, prince edward island",
    "America/Toronto": "ontario, quebec",
    "America/Winnipeg": "manitoba",
    "America/Regina": "saskatchewan",
    "America/Edmonton": "alberta, northwest territories",
    "America/Whitehorse": "yukon",
    "America/Vancouver": "british columbia",
    "Australia/Adelaide": "south australia",
    "Australia/Darwin": "northern territory",
    "Australia/Brisbane": "queensland",
    "Australia/Sydney": "new south wales",
    "Australia/Hobart": "tasmania",
    "Australia/Perth": "western australia",
}
_ZONE_WORDS.update({name: zone for table in (_STATE_ZONES, _CITY_ZONES, _REGION_ZONES) for zone, names in table.items()
                    for name in names.split(", ")})
_ZONE_CITY_NAMES = frozenset(n for names in _CITY_ZONES.values() for n in names.split(", "))


# capitals whose names are more often a person's or another town's in a story
CAPITALS_OFTEN_OTHER_NAMES = frozenset({"victoria", "kingston", "georgetown", "hamilton", "stanley", "male", "sucre",
                                        "moroni"})


def named_place_zone(name: str, on: date | None = None) -> str:
    """The UTC offset of a place named as a place: a city of the time-zone database ("kiritimati", "windhoek"), a
    large city it does not name ("beijing"), a capital (its country's clock, when it keeps one: "doha"), or a
    country with one zone ("ghana"). "" for anything else: a demonym ("Japanese tourists" are no place), and every
    other name of _ZONE_WORDS, the US zone words ("Pacific" in a network's name) and also the states, provinces and
    regions read from a clock's name ("Texas time")."""
    p = plain(name.lower().strip())
    if p in _ZONE_WORDS:
        return zone_offset(p, on) if p in _ZONE_CITY_NAMES else ""
    if p in _zone_cities():
        return zone_offset(p, on)
    if p in CAPITAL_COUNTRY and p not in CAPITALS_OFTEN_OTHER_NAMES:
        return utc_offset(CAPITAL_COUNTRY[p], on)  # "Doha": the time-zone database names the zone "Asia/Qatar"
    return utc_offset(p, on) if p in ALIAS_COUNTRY or p in UTC_OFFSET else ""


DEMONYM_COUNTRY: dict[str, str] = {}  # demonym -> canonical country name
for _name, _dem in COUNTRY_DEMONYM.items():
    DEMONYM_COUNTRY.setdefault(_dem, ALIAS_COUNTRY.get(_name, _name))


# names in the time-zone database that a story means otherwise: its old names for states and compass points
# ("Australia/North": a "North" opening a headline is no clock of Darwin), "Pacific/Samoa" (Pago Pago's clock, not
# Samoa's), small towns whose names are more often a person's or a word ("Stanley said", "Center", "Virgin")
_NOT_ZONE_CITIES = {"north", "south", "west", "east", "center", "act", "lhi", "nsw", "victoria", "yancowinna",
                    "knox in", "beulah", "new salem", "samoa", "stanley", "virgin", "johnston"}


@lru_cache(maxsize=1)
def _zone_cities() -> dict[str, str]:
    cities: dict[str, str] = {}
    for name in sorted(zoneinfo.available_timezones()):
        area, _, city = name.partition("/")
        city = city.rpartition("/")[2].replace("_", " ").lower()
        if city and city not in _NOT_ZONE_CITIES and \
                area in ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"):
            cities.setdefault(city, name)
    return cities


def offset_text(minutes: int) -> str:
    """A UTC offset in minutes as "+02:00" / "-05:00"."""
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def plain(name: str) -> str:
    """A name without its accents: "brasília" is "brasilia", "yaoundé" is "yaounde", "Ristović" is "Ristovic"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def zone_offset(place: str, on: date | None = None) -> str:
    """The UTC offset ("+02:00") of the clock a place keeps on the day `on`: a city the time-zone database
    names ("paris", "winnipeg", "moscow"), a US zone word ("eastern"), or a country or its demonym with
    one zone ("france", "french"). "" when unknown, when a country has several zones, or when the place
    keeps summer time and the day is not known."""
    p = plain(place.lower().strip())
    zone = _ZONE_WORDS.get(p) or _zone_cities().get(p)
    if zone:
        return _clock_on(zone, on)
    return utc_offset(DEMONYM_COUNTRY.get(p, p), on)


def _clock_on(zone: str, on: date | None) -> str:
    """The UTC offset of a time-zone database zone at noon on the day `on`; with no day, its offset when it keeps
    one all year, else ""."""
    tz = zoneinfo.ZoneInfo(zone)
    if on is None:
        winter, summer = (datetime(2025, m, 15, 12, tzinfo=tz).utcoffset() for m in (1, 7))
        if winter != summer:
            return ""
        on = date(2025, 1, 15)
    return offset_text(int(datetime(on.year, on.month, on.day, 12, tzinfo=tz).utcoffset().total_seconds() // 60))
