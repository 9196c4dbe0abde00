"""Quantities, dates and times in news sentences. Pure: regexes compiled once, no I/O.

`find_dates(sentence, offset, published)` and `find_quantities(sentence, offset, masked)` return
hits with absolute offsets into the article text. Each hit carries the fields of a `Value`
(see extraction.py) as a dict, so this module does not depend on extraction.py.

Conventions for bounds (documented here because reviewers compare them):

- exact "63"                      -> low = high = 63
- "about/some/around 400"         -> qualifier "about", 360..440 (±10 %)
- "nearly/almost 400"             -> qualifier "nearly", 360..400
- "up to/as many as 400"          -> qualifier "up to", low None, high 400
- "more than/over 100"            -> qualifier "more than", low 100 (exclusive), high None
- "at least 5"                    -> qualifier "at least", low 5, high None
- "fewer/less than 10"            -> qualifier "fewer than"/"less than", low None, high 10
- "between 50 and 60", "50-60"    -> 50..60
- vague words                     -> dozens 24..99, hundreds 200..999, thousands 2,000..9,999,
                                     tens of thousands 20,000..99,999, and so on; vague=True
- a person's age ("the 19-year-old driver", "aged 61") is a figure in "years old"; list numbers ("Day 313",
  "No. 5"), years on their own ("since 2014"),
  model names ("F-16", "Covid-19"), phone numbers and ordinals are not quantities.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import places as _places

# ----------------------------------------------------------------------------- number words
ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}

_W_ONE = "|".join(sorted(ONES, key=len, reverse=True))
_W_TEN = "|".join(TENS)
_W_NUM = rf"(?:(?:{_W_TEN})(?:-(?:{_W_ONE}))?|{_W_ONE})"
_W_SCALE = "hundred|thousand|million|billion|trillion"
# any figure of a sentence, in digits or words, but a year or a clock time: what stands between a noun and a verb
# that is not the noun's ("61 ships were waiting and nine vessels had been diverted")
ANY_FIGURE = re.compile(r"(?<![\w.,:])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*+(?!\s*(?:[ap]\.?m\b|:\d))|"
                        rf"\b(?:{_W_NUM}|dozens|hundreds|thousands)\b", re.I)
WORD_NUMBER = (
    rf"(?:half\s+an?\s+(?:{_W_SCALE}|lakh|crore)"
    rf"|(?:a|one|three)\s+quarters?\s+of\s+an?\s+(?:{_W_SCALE})"
    rf"|(?:{_W_NUM}|a|an)\s+(?:{_W_SCALE}|lakh|crore)(?:\s+(?:and\s+)?(?:{_W_NUM}|{_W_SCALE}))*"
    rf"|(?:{_W_NUM}|a|half\s+a)\s+dozen|{_W_NUM})"
)
# "1,80,000" and "4,12,000": South Asian grouping (lakh, crore) is tried before the thousands' grouping
DIGIT_NUMBER = r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
SCALE_WORD = r"(?:(?:\s*|-)(?:thousand|million|billion|milliards?|trillion|lakh|lakhs|crore|crores)\b|(?:bn|mn|m|k)\b)"

VAGUE = {
    "dozens": (24, 99), "several dozen": (24, 99), "a few dozen": (24, 60),
    "scores": (40, 99), "hundreds": (200, 999), "several hundred": (200, 999),
    "a few hundred": (200, 500), "thousands": (2_000, 9_999),
    "several thousand": (2_000, 9_999), "a few thousand": (2_000, 5_000),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999), "several million": (2_000_000, 9_999_999),
    "a few million": (2_000_000, 5_000_000),
    "tens of millions": (20_000_000, 99_999_999),
}
# every vague figure VAGUE reads, longest first ("hundreds of thousands" before "hundreds"); "scores" only before
# what it counts, never a match's scores
_VAGUE_RE = (
    r"(?:" + "|".join(sorted((w for w in VAGUE if w != "scores"), key=len, reverse=True)) + "|"
    r"scores(?=\s+(?:of|more|others|were|are|have|had|people|dead|injured|wounded|hurt|missing|killed)\b))"
)

QUALIFIER_PHRASES = {
    "about": ["about", "around", "roughly", "approximately", "some", "an estimated",
              "estimated", "an approximate", "approx.", "circa", "or so"],
    "nearly": ["nearly", "almost", "close to", "just under", "just shy of", "not quite", "a little under",
               "a little less than"],
    "up to": ["up to", "as many as", "as much as", "at most", "no more than",
              "a maximum of", "not more than"] +
             # "no deeper than 1,550 metres", "not taller than 30 metres": a size's upper bound
             [f"{no} {size}er than" for no in ("no", "not") for size in ("deep", "high", "tall", "long", "wid", "larg",
                                                                        "bigg", "heavi", "old")],
    "more than": ["more than", "over", "in excess of", "upwards of", "just over", "a little over", "a little more than",
                  "well over", "greater than", "above", "some more than"],
    "at least": ["at least", "no fewer than", "no less than", "a minimum of",
                 "not less than"],
    "fewer than": ["fewer than"],
    "less than": ["less than", "under", "below"],
}
QUALIFIERS = ("", "about", "nearly", "up to", "more than", "at least", "fewer than", "less than")
_QUAL_LOOKUP = {p: q for q, ps in QUALIFIER_PHRASES.items() for p in ps}
_QUAL_RE = "|".join(re.escape(p) for p in sorted(_QUAL_LOOKUP, key=len, reverse=True))

CURRENCY_PREFIX = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "c$": "CAD",
                   "a$": "AUD", "rs": "INR", "₹": "INR", "₽": "RUB", "₴": "UAH", "tk": "BDT", "৳": "BDT",
                   "₦": "NGN", "n": "NGN", "gs": "PYG",
                   "ksh": "KES", "sh": "KES", "ush": "UGX", "tsh": "TZS", "r$": "BRL",
                   "r": "ZAR", "nz$": "NZD", "hk$": "HKD",
                   "s$": "SGD", "nt$": "TWD", "tt$": "TTD", "j$": "JMD", "₱": "PHP", "₩": "KRW", "₪": "ILS",
                   "฿": "THB", "₫": "VND", "₺": "TRY", "n$": "NAD", "ec$": "XCD", "bz$": "BZD", "bds$": "BBD",
                   "b$": "BSD", "t$": "TOP", "ws$": "WST",
                   # the colón, guaraní, cedi, tenge, manat, lari, kip and tögrög signs
                   "₡": "CRC", "₲": "PYG", "₵": "GHS", "₸": "KZT", "₼": "AZN", "₾": "GEL", "₭": "LAK", "₮": "MNT"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    # the CFA franc as Central and West Africa write it after the figure: "5 000 FCFA", "2,500 CFA"
    "fcfa": "XAF", "f cfa": "XAF", "cfa": "XOF",
    "pounds": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
    "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "francs": "CHF", "won": "KRW",
    "lira": "TRY", "naira": "NGN", "rand": "ZAR", "shekels": "ILS", "pesos": "MXN",
    "reais": "BRL", "riyals": "SAR", "dirhams": "AED", "taka": "BDT", "shillings": "KES",
    "cedis": "GHS", "kwacha": "ZMW", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "dong": "VND",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "forints": "HUF", "kronor": "SEK", "kroner": "NOK",
    "soles": "PEN", "lempiras": "HNL", "quetzales": "GTQ", "bolivianos": "BOB", "guaranis": "PYG", "guaraníes": "PYG",
    # the singular after "a single", "one", "per"
    "shilling": "KES", "cedi": "GHS", "franc": "CHF", "riyal": "SAR", "dirham": "AED",
    "shekel": "ILS", "peso": "MXN", "krona": "SEK", "krone": "NOK", "lempira": "HNL", "quetzal": "GTQ",
    "liras": "TRY", "lire": "TRY", "quetzals": "GTQ", "korunas": "CZK", "koruna": "CZK",
    # currencies of Central Asia, the Caucasus, the Middle East, Africa, Asia and the Pacific
    "toman": "IRT", "tomans": "IRT", "rial": "IRR", "rials": "IRR", "birr": "ETB", "tugrik": "MNT", "tugriks": "MNT",
    "tögrög": "MNT", "togrog": "MNT", "tenge": "KZT", "som": "KGS", "soms": "KGS", "soum": "UZS", "soums": "UZS",
    "manat": "AZN", "manats": "AZN", "somoni": "TJS",
    "lari": "GEL", "dram": "AMD", "drams": "AMD", "afghani": "AFN", "afghanis": "AFN", "kyat": "MMK",
    "kyats": "MMK", "kip": "LAK", "riel": "KHR", "riels": "KHR", "leu": "RON", "lei": "RON", "lev": "BGN",
    "leva": "BGN", "dinar": "IQD", "dinars": "IQD", "pula": "BWP", "kwanza": "AOA", "kwanzas": "AOA",
    "metical": "MZN", "meticais": "MZN", "meticals": "MZN", "ariary": "MGA", "leone": "SLE", "leones": "SLE",
    "dalasi": "GMD", "nakfa": "ERN", "ouguiya": "MRU", "rufiyaa": "MVR", "ngultrum": "BTN", "kina": "PGK",
    "vatu": "VUV", "tala": "WST", "pa'anga": "TOP", "paʻanga": "TOP", "lek": "ALL", "leke": "ALL", "denar": "MKD",
    "denars": "MKD", "gourdes": "HTG", "colones": "CRC", "colón": "CRC", "córdobas": "NIO", "cordobas": "NIO",
    "bolívares": "VES", "bolivares": "VES", "pataca": "MOP", "patacas": "MOP", "kronur": "ISK",
}
# a currency named with its country: "Nepali rupees" are no Indian rupees, "Canadian dollars" no US dollars
_NATIONAL_CURRENCIES = {
    "rupees": {"nepali": "NPR", "nepalese": "NPR", "indian": "INR", "pakistani": "PKR", "sri lankan": "LKR"},
    "dollars": {"canadian": "CAD", "australian": "AUD", "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD",
                "taiwan": "TWD", "new taiwan": "TWD", "jamaican": "JMD", "u.s.": "USD", "us": "USD", "american": "USD"},
    "pesos": {"mexican": "MXN", "philippine": "PHP", "chilean": "CLP", "argentine": "ARS", "colombian": "COP"},
    "pounds": {"egyptian": "EGP", "british": "GBP"},
    "shillings": {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS"},
    "francs": {"swiss": "CHF"}, "kroner": {"danish": "DKK", "norwegian": "NOK"}, "kronor": {"swedish": "SEK"},
    "roubles": {"russian": "RUB"}, "rubles": {"russian": "RUB"}, "yen": {"japanese": "JPY"}, "yuan": {"chinese": "CNY"},
    "naira": {"nigerian": "NGN"}, "reais": {"brazilian": "BRL"}, "soles": {"peruvian": "PEN"}, "lira": {"turkish": "TRY"},
    "rupiah": {"indonesian": "IDR"}, "baht": {"thai": "THB"}, "rand": {"south african": "ZAR"},
    "dinars": {"iraqi": "IQD", "jordanian": "JOD", "kuwaiti": "KWD", "bahraini": "BHD", "libyan": "LYD",
               "tunisian": "TND", "algerian": "DZD", "serbian": "RSD"},
    "rials": {"iranian": "IRR", "omani": "OMR", "yemeni": "YER"}, "riyals": {"saudi": "SAR", "qatari": "QAR"},
    "dirhams": {"emirati": "AED", "uae": "AED", "moroccan": "MAD"},
    "manats": {"azerbaijani": "AZN", "turkmen": "TMT"},
    # "Norwegian crowns" are kroner (a bare "crowns", see BARE_CURRENCY)
    "crowns": {"norwegian": "NOK", "danish": "DKK", "swedish": "SEK", "czech": "CZK", "icelandic": "ISK"},
    "som": {"kyrgyz": "KGS", "uzbek": "UZS"},
    "lei": {"romanian": "RON", "moldovan": "MDL"}, "kwacha": {"zambian": "ZMW", "malawian": "MWK"},
}
# more countries whose currency shares a name: "CFA francs" (West Africa's), "Namibian dollars", "Lebanese pounds"
_NATIONAL_CURRENCIES["francs"].update({"cfa": "XOF", "congolese": "CDF", "rwandan": "RWF", "burundian": "BIF",
                                       "guinean": "GNF"})
_NATIONAL_CURRENCIES["dollars"].update({"namibian": "NAD", "fijian": "FJD", "liberian": "LRD", "zimbabwean": "ZWG",
                                        "bahamian": "BSD", "barbadian": "BBD", "belize": "BZD", "guyanese": "GYD",
                                        "east caribbean": "XCD", "solomon islands": "SBD"})
_NATIONAL_CURRENCIES["pounds"].update({"lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG",
                                       "south sudanese": "SSP"})
_NATIONAL_CURRENCIES["pesos"].update({"cuban": "CUP", "dominican": "DOP", "uruguayan": "UYU"})
_NATIONAL_CURRENCIES["shillings"].update({"somali": "SOS"})
_NATIONAL_CURRENCIES["rupees"].update({"mauritian": "MUR", "seychellois": "SCR"})
_NATIONAL_CURRENCIES["rubles"].update({"belarusian": "BYN"})
_NATIONAL_CURRENCIES["roubles"].update({"belarusian": "BYN"})
_NATIONAL_CURRENCIES["lira"].update({"lebanese": "LBP", "syrian": "SYP"})
# what the bare word means when the report names no country for it, for the currencies whose countries' reports
# write the bare word for their own (see extraction.national_currencies); a report's bare "rupees" stays as it is
# written, beside its "Rs" (matching.relations reads a bare and a named one of one family as one)
# A bare "crowns" is money only in a report that names whose, or is about a country that counts in them.
BARE_CURRENCY = {"pesos": "MXN", "kroner": "NOK", "dinars": "IQD", "rials": "IRR", "riyals": "SAR", "lei": "RON",
                 "crowns": "crowns"}
CURRENCY_WORDS["crowns"] = "crowns"
CURRENCY_WORDS.update({f"{country} {word}": code for word, countries in _NATIONAL_CURRENCIES.items()
                       for country, code in countries.items()})
# the currencies that share a name ("rupees": Indian, Nepali...), and the words that name one's country
CURRENCY_FAMILY = {code: word for word, countries in _NATIONAL_CURRENCIES.items() for code in countries.values()}
COUNTRY_NAMED_CURRENCY = re.compile(r"\b(?:" + "|".join(sorted({re.escape(c) for cs in _NATIONAL_CURRENCIES.values()
                                                                for c in cs}, key=len, reverse=True)) +
                                    r")\s+(?:" + "|".join(_NATIONAL_CURRENCIES) + r")\b|(?:US|C|A|NZ|HK|S|R)\$", re.I)
# "pounds" weigh when what follows is no money ("25,000 pounds of dead fish", "9,000 pounds of methamphetamine", not
# "pounds of aid" or "pounds of public money") or a verb of weight or a weight in tonnes comes before ("weighing 300
# pounds", "11.5 tonnes of fish - about 25,000 pounds"); the text before and after the figure is joined by "|"
_WEIGHT_POUNDS = re.compile(
    r"(?:\b(?:weigh\w*|heavy|heavier|mass|weight)\s+(?:\w+\s+)?|\b(?:tonnes?|tons?|kg|kilograms?)\b[^.;|]{0,25}"
    r"[-–—(,]\s*(?:or\s+)?)"
    r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\|"
    r"|\|\s*(?:\(\s*[\d,.]+\s*(?:kg|kilograms?|tonnes?|t)\b|of\s+(?!(?:aid|funding|funds|money|cash|damage|investment|"
    r"cuts|savings|losses|revenue|spending|support|compensation|taxpayers|public|debt|fines?|bonus\w*|profits?|"
    r"income|budget|assets|donations|relief|grants?|contracts?|business|sales|value|pay|subsid\w+|wages?|salar\w+|"
    r"fees?|tax\w*|credit|loans?|capital|equity|shares|stock|bonds?|funds?|property|goods|trade|exports?|imports?|"
    r"costs?|damages|expenses|revenues|legal|lost|winnings|prizes?|bills?|rent|pensions?|benefits?|"
    r"government|state|british|uk|the|his|her|their|its|our|your|my|this|that|these|those|new|extra|additional|"
    r"\d)\b)(?![a-z-]+\s+(?:money|cash|funding|funds|investment|spending)\b)[a-z-]+)", re.I)
# the currency words as one alternation, longest first ("zlotych" before "zloty")
CURRENCY_WORDS_RE = "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True))
MEASURE_UNITS = {
    "percent": "%", "per cent": "%", "%": "%", "percentage points": "percentage points",
    "percentage point": "percentage points", "basis points": "bp", "basis point": "bp",
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "miles", "mile": "miles", "metres": "m", "meters": "m", "metre": "m",
    "meter": "m", "kg": "kg", "kilograms": "kg", "kilos": "kg", "tonnes": "t", "tons": "t",
    "hectares": "ha", "acres": "acres", "degrees": "degrees", "mm": "mm", "cm": "cm",
    "millimetres": "mm", "millimeters": "mm", "centimetres": "cm", "centimeters": "cm",
    "inches": "in", "feet": "ft", "ft": "ft", "yards": "yd", "km/h": "km/h", "kph": "km/h", "mph": "mph", "knots": "knots", "barrels": "barrels",
    "square kilometres": "km2", "square kilometers": "km2", "square kilometre": "km2", "square kilometer": "km2",
    "sq km": "km2", "km2": "km2", "km²": "km2", "square miles": "sq mi", "square mile": "sq mi", "sq mi": "sq mi",
    "megawatts": "MW", "mw": "MW", "gigawatts": "GW", "gw": "GW", "metric tons": "t", "metric tonnes": "t",
    # energy: "4.2 kWh per cubic metre", "3.1 kilowatt-hours", "1.2 terawatt-hours a year"
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kilowatt-hours": "kWh", "kilowatt-hour": "kWh",
    "megawatt-hours": "MWh", "megawatt-hour": "MWh", "gigawatt-hours": "GWh", "terawatt-hours": "TWh",
    "nautical miles": "nmi", "nautical mile": "nmi",
    # energy in joules ("nearly 18 gigajoules into the plasma"), a magnetic field in tesla, a current in amperes
    "joules": "J", "joule": "J", "kilojoules": "kJ", "megajoules": "MJ", "gigajoules": "GJ", "terajoules": "TJ",
    "kilojoule": "kJ", "megajoule": "MJ", "gigajoule": "GJ", "terajoule": "TJ",
    "tesla": "tesla", "teslas": "tesla", "amperes": "A", "ampere": "A", "amps": "A", "kiloamperes": "kA",
    "kiloampere": "kA", "megaamperes": "MA", "megaampere": "MA", "mega-amperes": "MA",
    # a network's capacity: "1.24 Tbps" and "about 1,240 Gbps" are one figure
    "gbps": "Gbps", "tbps": "Tbps", "mbps": "Mbps",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "gallons": "gal", "gallon": "gal",
    "cubic metres": "m3", "cubic meters": "m3", "cubic metre": "m3", "cubic meter": "m3", "m3": "m3", "m³": "m3",
    "ppm": "ppm", "ppb": "ppb", "parts per million": "ppm", "parts per billion": "ppb",
    # the singular after "one", "1" or a fraction: "less than one tonne", "1 kilogram", "0.5 hectare"
    "tonne": "t", "ton": "t", "kilogram": "kg", "kilo": "kg", "barrel": "barrels", "hectare": "ha", "acre": "acres",
    "foot": "ft", "inch": "in", "yard": "yd", "lb": "lb", "lbs": "lb",
    # a gem's or a find's weight: "a 2,217 carat diamond", "2,217 ct (about 443 grams)"
    "grams": "g", "gram": "g", "grammes": "g", "g": "g", "carats": "ct", "carat": "ct", "ct": "ct",
    # radiation: a dose or a dose rate in sieverts, a source's activity in becquerels or curies
    "sieverts": "Sv", "sievert": "Sv", "millisieverts": "mSv", "millisievert": "mSv", "microsieverts": "µSv",
    "microsievert": "µSv", "msv": "mSv", "µsv": "µSv", "μsv": "µSv", "usv": "µSv",
    "becquerels": "Bq", "becquerel": "Bq", "gigabecquerels": "GBq", "gigabecquerel": "GBq", "terabecquerels": "TBq",
    "terabecquerel": "TBq", "gbq": "GBq", "tbq": "TBq", "curies": "Ci", "curie": "Ci",
    # "8,700 U.S. gallons", "500 imperial gallons"
    "u.s. gallons": "gal", "us gallons": "gal", "imperial gallons": "impgal",
}
# "38 milligrams per litre", "51 mg/l", "634 µg/m³", "10 micrograms per cubic meter": a concentration, in
# milligrams or micrograms per litre, cubic metre or kilogram
_CONCENTRATION_RE = (r"\s*(?:mg|milligrams?|µg|μg|ug|mcg|micrograms?)\s*(?:/\s*|\s+(?:per|a|an)\s+)"
                     r"(?:l|litres?|liters?|cubic\s+met(?:re|er)s?|m3|m³|kg|kilograms?)(?![a-z])")


def concentration_unit(text: str) -> str:
    """The unit of a concentration as written ("milligrams per litre" -> "mg/l"), "" when it is none."""
    m = re.fullmatch(r"\s*(mg|milligrams?|µg|μg|ug|mcg|micrograms?)\s*(?:/\s*|\s+(?:per|a|an)\s+)(.+?)\s*", text, re.I)
    if not m:
        return ""
    mass = "mg" if m.group(1).lower().startswith("m") and not m.group(1).lower().startswith(("mcg", "micro")) else "µg"
    per = m.group(2).lower()
    per = "m3" if per.startswith(("cubic", "m")) else "kg" if per.startswith("k") else "l"
    return f"{mass}/{per}"
# "23°C", "41C", "104 °F", "35 degrees Celsius": a temperature, in the unit written ("degrees" alone says neither)
TEMPERATURE_UNITS = {"°c": "°c", "° c": "°c", "c": "°c", "degrees celsius": "°c", "degrees centigrade": "°c",
                     "°f": "°f", "° f": "°f", "f": "°f", "degrees fahrenheit": "°f", "°": "degrees"}
DURATION_UNITS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
                  "week", "weeks", "month", "months", "year", "years", "decade", "decades"}
# a span in seconds, to add up a span told in parts: "40 days, 13 hours and 42 minutes", "two years and three months"
_SPAN_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
                 "month": 2629800, "year": 31557600, "decade": 315576000}
_SPAN_PART = re.compile(rf"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+)(?P<n>\d+(?:\.\d+)?|{_W_NUM})\s+"
                        r"(?P<u>seconds?|minutes?|hours?|days?|weeks?|months?)\b", re.I)
_SPAN_UNIT_AFTER = re.compile(r"\s+(second|minute|hour|day|week|month|year)\b", re.I)
# "seven and a half hours", "two and a half million", "a three-and-a-half-year deal": half of the unit or the
# scale after it
_AND_A_HALF = re.compile(r"(?:\s+and\s+a\s+half|-and-a-half)\b(?:\s+(?P<scale>thousand|million|billion)\b)?", re.I)


def span_parts(text: str, unit: str) -> tuple[float, float, int]:
    """The smaller parts that follow a span of `unit` at the start of `text` ("..., 13 hours and 42 minutes"):
    how much they add and the size of the last part, both in `unit`, and how many characters they take (0 when
    none). "40 days and 13 hours" is told to the hour: it runs to 40 days and 14 hours."""
    whole = size = _SPAN_SECONDS.get(unit.rstrip("s"))
    if not whole:
        return 0.0, 0.0, 0
    added, used = 0.0, 0
    while m := _SPAN_PART.match(text, used):
        part = _SPAN_SECONDS[m.group("u").lower().rstrip("s")]
        n = float(m.group("n")) if m.group("n")[0].isdigit() else words_to_number(m.group("n"))
        if part >= size or n is None:
            break
        added += n * part / whole
        size, used = part, m.end()
    return added, size / whole, used

# how far into a flight, a launch or a match something happened: "73 seconds after liftoff", "about 41 seconds
# into the flight", "T+58 seconds", "12 minutes after take-off". A claim, unlike "two days after the collapse"
ELAPSED_AFTER = re.compile(r"\s+(?:after|into)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?"
                           r"(?:flight|lift-?off|launch|take-?off|ascent|climb|departure|mission|race|match|game|"
                           r"kick-?off|journey|voyage|descent|dive)\b", re.I)
ELAPSED_BEFORE = re.compile(r"\bT\s?[+-]\s?$")
_SHORT_SPANS = ("seconds", "minutes")
# How long something took or lasted, what a record stood at and what it was beaten by are claims, and three
# questions of one story (see matching.readings): "the crossing took more like 42 days", "did it in 40 days",
# "put their provisional time at 40 days"; "the previous record of 44 days and nine hours", "the 45-day record";
# "beat the old mark by almost four days", "three days faster". So is how long a state held ("pinned on the sea
# anchor for six days"). Not so a span that dates ("two days after"), frames ("the highest for five years"), is
# foreseen ("a review that can take up to eight weeks") or is a delay ("took two days to tell anyone").
_SPAN_TOOK = re.compile(
    r"(?:\b(?:last(?:ed|s|ing)?|t(?:ook|akes?|aking|aken))\s+"
    r"(?:(?:them|him|her|us|me|just|only|barely|scarcely|more\s+like|a\s+full|the\s+[\w-]+)\s+){0,2}"
    r"|\b(?:did\s+it|done|made\s+it|finish\w*|complet\w*|cross\w*|row(?:ed|ing)|sail(?:ed|ing)|ran|run|swam|"
    r"walk(?:ed|ing)|cycl(?:ed|ing)|climb(?:ed|ing)|flew|drove|repair\w*|restor\w*|fix\w*|"
    # a sale's pace: "sold out in 38 minutes", "were snapped up within the hour"
    r"sold\s+out|sells?\s+out|selling\s+out|snapped\s+up|booked\s+up)\b[^,;.]{0,40}\b(?:in|within)\s+"
    r"(?:a\s+(?:record\s+|time\s+of\s+))?"
    r"|\btime\s+(?:at|of|was|is|as)\s+)[“\"‘']?$", re.I)
_SPAN_MAY = re.compile(r"\b(?:can|could|may|might|will|would|should|to|usually|normally|typically|often)\s+$", re.I)
_SPAN_EACH = re.compile(r"\b(?:each|every|per|average|typical)\b(?:\s+[\w-]+){0,3}\s+$", re.I)
_SPAN_TO = re.compile(r"\s+(?:for\s+\w+\s+)?to\s+(?!complete|finish|cross|row|sail|swim|run|walk|climb)[a-z]+", re.I)
_SPAN_RECORD_BEFORE = re.compile(r"\b(?:record|mark|best)\s+(?:time\s+)?(?:of|was|is|stood\s+at|at)\s+$", re.I)
_SPAN_RECORD_AFTER = re.compile(r"[\s-]*(?:record|mark|best)\b", re.I)
_SPAN_BY = re.compile(
    r"\b(?:beat(?:en|ing|s)?|br(?:oke|oken|eak|eaks|eaking)|smash\w*|shatter\w*|cut|shav\w*|lower\w*|improv\w*|"
    r"miss\w*|trail\w*|led|lead(?:s|ing)?|won|win(?:s|ning)?)\b[^,;.]{0,60}\bby\s+[“\"‘']?$", re.I)
_SPAN_MARGIN_AFTER = re.compile(r"\s+(?:faster|slower|quicker|sooner|ahead|behind)\b", re.I)
_SPAN_FOR = re.compile(r"(?:\b[a-z]{3,}(?:ed|en|ing)|\b(?:stuck|cut\s+off|shut|kept|held|left|lost|"
                       r"(?:had|went|were|was|been)\s+(?:no|without)\s+[\w-]+))\b[^,;.]{0,50}\bfor\s+$", re.I)
_SPAN_SPENT = re.compile(r"\bspen(?:t|ds?|ding)\s+(?:\w+\s+){0,2}$", re.I)
# how late something is: "22 months behind schedule", "two years late", "a delay of 14 months", "delayed by three
# weeks", "a 20-month delay"
_SPAN_DELAY_AFTER = re.compile(
    r"(?:\s+(?:\([^()]{0,30}\)\s+)?(?:later\s+than\s+(?:planned|scheduled|promised|expected)|late|"
    r"behind\s+(?:schedule|time|timetable|plan)|overdue|of\s+delays?|delays?)|"
    r"\s+(?:after|past)\s+(?:the|its)\s+(?:original\s+)?(?:deadline|due\s+date|target\s+date))\b", re.I)
_SPAN_DELAY_BEFORE = re.compile(
    r"\b(?:(?:delayed|postponed|pushed\s+back|put\s+back|set\s+back|late)\s+(?:by\s+|for\s+)?|"
    r"\ba\s+(?:[\w-]+\s+)?delay\s+of\s+)(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over|at\s+least|"
    r"up\s+to|another|a\s+further)\s+)*$", re.I)
# "the previous best of 44 days" is a record; "the worst for five years" frames
_SPAN_FRAMES = re.compile(r"\b(?:first|highest|lowest|biggest|largest|worst|most|least|longest|strongest|weakest|"
                          r"earliest|latest)\b[^,;.]{0,40}$", re.I)


# how long someone waits or a vessel is under way: "the waiting time was 6.2 days", "have waited as long as three
# weeks", "waiting nine days on average", "after 41 days at sea", "a six-week voyage", "at sea for two months"
_SPAN_WAITED_BEFORE = re.compile(r"\b(?:wait(?:s|ed|ing)?|waiting\s+times?)\b(?:\s+[a-z]+){0,8}\s+$", re.I)
_SPAN_WAITED_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:wait(?:ing)?|waiting\s+times?)\b", re.I)
_SPAN_AT_SEA_BEFORE = re.compile(r"\b(?:at\s+sea|voyage|under\s*way|sail(?:ed|ing))\b(?:\s+[a-z]+){0,4}\s+$", re.I)
# ... and of what was done all that time: "after seven weeks of fishing", "nine days of searching"
_SPAN_AT_SEA_AFTER = re.compile(r"[\s-]*(?:[a-z]+\s+)?(?:at\s+sea|voyage|under\s*way|of\s+(?!(?:being|spring|morning|"
                                r"evening|building|ceiling|thing|king|wing|ring|string|swing|clothing|housing|"
                                r"funding|banking|training|marketing|nursing)\b)[a-z]{3,}ing\b(?!\s+(?:experience|"
                                r"skills?|costs?|rain|weather|season)\b))", re.I)
# a span that names what it measures: "a gruelling 16-hour operation", "the nearly 19-hour surgery", "a 12-minute burn"
# (the head noun: "a 24-hour operation centre" and "a 48-hour flight ban" measure no operation)
_SPAN_UNDERTAKING_AFTER = re.compile(r"(?:-long)?\s+(?:[a-z]+\s+)?(?:operation|surgery|procedure|journey|"
                                     r"crossing|burn|search|siege|stand-?off|hearing|session|debate|climb|trek|ordeal|"
                                     r"rescue|battle|negotiations|talks|meeting|blackout|outage|shutdown)\b"
                                     r"(?!-|\s+(?!(?:of|in|at|on|to|by|for|from|with|that|which|was|were|is|are|has|"
                                     r"had|and|but|or|as|after|before|ended|began|lasted)\b)[a-z]+)", re.I)


# a term in prison, handed down or asked for: "sentenced him to nine years", "was jailed for five years", "who got
# four years", "imprisonment of 8 years", "prosecutors had sought 10 years", "12 years in prison"
_SPAN_PRISON_BEFORE = re.compile(
    r"\b(?:sentenc(?:ed|ing|es)|jailed|imprisoned|imprisonment|locked\s+up)\b(?:\s+(?!for\b|to\b)[\w.’'-]+,?){0,7}?"
    r"\s+(?:for|to|of|on)\s+(?:a\s+(?:total|term)\s+of\s+)?$|"
    r"\b(?:got|gets|given|received|handed(?:\s+down)?|serve|serving|sought|seeking|requested|asked\s+for|"
    r"demanded|had\s+sought|faces?|facing)\s+(?:a\s+(?:total|term)\s+of\s+)?$", re.I)
_SPAN_PRISON_AFTER = re.compile(r"(?:\s+(?:\([^()]{0,12}\)|and\s+\d+|and\s+[a-z]+)){0,3}?\s+"
                                r"(?:in\s+(?:prison|jail|custody)|of\s+(?:prison|imprisonment|jail)|behind\s+bars|"
                                r"(?:prison|jail)\s+(?:term|sentence))\b", re.I)
_PRISON_STORY = re.compile(r"\b(?:court|prison|jail|sentenc|convict|verdict|prosecut|imprison|judge)", re.I)


def _prison_term(text: str, start: int, end: int) -> bool:
    if _SPAN_PRISON_AFTER.match(text, end):
        return True
    return bool(_SPAN_PRISON_BEFORE.search(text[max(0, start - 80):start]) and _PRISON_STORY.search(text))


def span_kind(text: str, start: int, end: int) -> str:
    """What the span text[start:end] (a duration) tells: "delay" (how late), "margin", "record", "duration", "held"
    (how long a state lasted), "waiting", "sentence" (a term in prison), or "" when it dates or frames something
    else."""
    if _prison_term(text, start, end):
        return "sentence"  # "jailed the first accused for two years": "first" frames no record here
    before = text[max(0, start - 90):start]
    if _SPAN_FRAMES.search(before):
        return ""
    if _SPAN_DELAY_AFTER.match(text, end) or _SPAN_DELAY_BEFORE.search(before):
        return "delay"
    if _SPAN_BY.search(before) or _SPAN_MARGIN_AFTER.match(text, end):
        return "margin"
    if _SPAN_RECORD_BEFORE.search(before) or _SPAN_RECORD_AFTER.match(text, end):
        return "record"
    took = _SPAN_TOOK.search(before)
    if took and not _SPAN_TO.match(text, end) and not _SPAN_MAY.search(before, 0, took.start()):
        # "each descent took 10 minutes": one of many, not how long the whole took
        return "held" if _SPAN_EACH.search(before, 0, took.start()) else "duration"
    if _SPAN_WAITED_BEFORE.search(before) or _SPAN_WAITED_AFTER.match(text, end):
        return "waiting"
    if _SPAN_AT_SEA_BEFORE.search(before) or _SPAN_AT_SEA_AFTER.match(text, end) or (
            text[start:end].rstrip().endswith(("hour", "minute", "day", "week", "month")) and
            _SPAN_UNDERTAKING_AFTER.match(text, end)):
        return "duration"  # "after 41 days at sea", "a six-week voyage": how long the voyage took
    if _SPAN_FOR.search(before) or _SPAN_SPENT.search(before):
        return "held"  # "pinned on the sea anchor for six days", "spent nearer three days on the sea anchor"
    return ""


def elapsed(text: str, start: int, end: int) -> bool:
    """Whether the span text[start:end] (a duration) says how far into a flight or a match something happened."""
    return bool(ELAPSED_AFTER.match(text, end) or ELAPSED_BEFORE.search(text[:start]))

# a currency's ISO code before the sum ("AUD 200", "USD 5 million", "GHS 1.4m"), in capitals only: "TRY 5" is a code,
# "try 5" is not
_ISO_CODES = sorted({c for c in list(CURRENCY_PREFIX.values()) + list(CURRENCY_WORDS.values())
                     if re.fullmatch(r"[A-Z]{3}", c)}, key=len, reverse=True)
CURRENCY_PREFIX.update({c.lower(): c for c in _ISO_CODES})
# the short forms the region's own press writes in capitals: "JD 25 million" (Jordanian dinars), "KD 3 million"
# (Kuwaiti), "QR 500" (Qatari riyals), "RM1.2 billion" (Malaysian ringgit), "Ar 58 billion" (Malagasy ariary), "Br 12
# billion" (Ethiopian birr)
_LOCAL_SHORT = {"JD": "JOD", "KD": "KWD", "QR": "QAR", "RM": "MYR", "Ar": "MGA", "Br": "ETB"}
CURRENCY_PREFIX.update({k.lower(): c for k, c in _LOCAL_SHORT.items()})
_CUR_PREFIX_RE = (r"(?:(?-i:(?<![A-Za-z])(?:" + "|".join(_ISO_CODES + list(_LOCAL_SHORT)) + r")\s?(?=\d))|"
                  r"(?<![A-Za-z])(?:US|C|A|R|NZ|HK|S|NT|TT|J|N|EC|BZ|Bds|B|T|WS)\$\s?|\$|£|"
                  r"€\s(?=\d)|€|¥|₹|₽|₴|৳|₦|₱|₩|₪|฿|₫|₺|"
                  r"₡|₲|₵|₸|₼|₾|₭|₮|"
                  r"Rs\.?\s?|Tk\.?\s?|(?-i:(?<![A-Za-z])Gs\.?\s?(?=\d))|(?<![A-Za-z])[KUT]?Sh\.?\s?(?=\d)|"
                  r"N(?=\d[\d,.]*\s?(?:bn|mn|m|k|billion|million|trillion)\b)|"
                  # the rand: "R7.9 billion", "R2-million", "R28,500", "R28.00" (a bare "R102" is a road)
                  r"(?<![A-Za-z])R(?=\d[\d,.]*(?:\s?|-)(?:bn|mn|m|k|billion|million|trillion)\b|\d{1,3}(?:,\d{3})+\b|\d+\.\d\d\b))")
# words of length before a figure in metres: "a depth of more than 400m", "a maximum draught of 13.41 m", "the lake
# stood at 24.3m" (but "subscribers stood at 4.2m" are millions)
_LENGTH_BEFORE = re.compile(
    r"(?:\b(?:depths?|deep|heights?|high|tall|long|length|wide|width|altitude|elevation|distance|draught|draft|waves?|"
    r"swells?)\b|\b(?:water|river|lake|reservoir|sea)[ -]levels?\b|"
    r"\b(?:lake|reservoir|river|dam)\b[^.;]{0,25}\bstood\b)[^.;]{0,25}$", re.I)
# ... or words of length after it: "400m below the surface", "14.5m (48ft)"
_LENGTH_AFTER = re.compile(r"\s*(?:\([^()]{0,25}\)\s*)?(?:deep|high|tall|long|wide|below|above|beneath|underground|"
                           r"down|up)\b|\s*\(\s*(?:about\s+|some\s+)?[\d,.]+\s*(?:ft|feet|foot)\b", re.I)
_UNIT_RE = (
    r"(?:\s*(?:%|percentage points?|per cent|percent|basis points?)"
    r"|\s+(?:" + CURRENCY_WORDS_RE + r")\b"
    r"|\s*(?:square|sq\.?)\s+(?:kilomet(?:re|er)s?|km|miles?|mi)\b|\s*km(?:2|²)"
    r"|" + _CONCENTRATION_RE + r"|\s+cubic\s+met(?:re|er)s?\b|\s*m(?:3|³)(?![\w/])|\s*(?:ppm|ppb)\b|\s+parts\s+per\s+(?:million|billion)\b"
    r"|\s+m(?=\s+(?:deep|high|tall|long|wide|below|above|beneath|underground|down|across)\b)"  # "some 11 m down"
    # "a draught of 13.41 m from Monday", "stood at 24.3 m on 14 March": metres or millions, told apart below
    r"|\s+m(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|from|by|and|or|to|for|with|since|last|this|after|before|than|"
    r"below|above|is|was|are|were|will|would|applies|apply|remains?)\b)"
    r"|\s*(?-i:g)\b(?![-'’])"  # "the 90 g loaf", "500g of cocaine" (never "5G")
    r"|\s*(?:km/h|kph|km|kg|lbs?|mm|cm|ft|ct|mph|kwh|mwh|gwh|twh|mw|gw|msv|µsv|μsv|usv|gbq|tbq)\b"
    r"|\s+metric\s+(?:tons|tonnes)\b|\s+(?:kilo|mega|giga|tera)watt-hours?\b"
    r"|\s+nautical\s+miles?\b"
    r"|\s+(?:u\.s\.|us|imperial)\s+gallons\b"
    r"|\s*[°º]\s?[CcFf]\b|\s*[°º]|(?<=\d)[CF]\b|\s+degrees\s+(?:celsius|centigrade|fahrenheit)\b"
    r"|\s+(?:" + "|".join(sorted((re.escape(w) for w in MEASURE_UNITS if " " not in w and w.isalpha()), key=len, reverse=True)) + r")\b)"
)

# rates that are a share of people or things, not a price of money: "a pass rate of 43.8 per cent", "the jobless rate
# fell to 6.1%" (a bank's "cash rate", "prime rate" or "overnight rate" is an interest rate)
SHARE_RATES = ("pass", "failure", "unemployment", "jobless", "employment", "vaccination", "immunisation",
               "immunization", "literacy", "occupancy", "vacancy", "survival", "mortality", "death", "birth",
               "fertility", "dropout", "completion", "graduation", "participation", "response", "turnout", "poverty",
               "infection", "positivity", "attendance", "approval", "success", "recovery", "conviction", "crime",
               "obesity", "smoking", "enrolment", "enrollment", "absence", "absentee", "retention", "uptake",
               "inflation", "growth")
SHARE_RATE_RE = r"(?:" + "|".join(SHARE_RATES) + r")"
# how far one place's clock is from another's: "an hour behind Réunion", "two hours ahead of Paris"
CLOCK_OFFSET_AFTER = re.compile(r"\s+(behind|ahead\s+of)\s+(?:(?:the|peninsular|mainland|metropolitan|continental)\s+)?"
                                r"([A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2})")
# "a little over a kilo", "just under an hour": "a" is one of a unit (kept only after a qualifier, see find_quantities)
_A_UNIT = (r"(?:a|an)(?=\s+(?:kilo|kilogram|kilometre|kilometer|tonne|ton|metre|meter|mile|foot|litre|liter|hectare|"
           r"second|minute|hour|day|week|month|year)\b)")
_ONE_NUM = (rf"(?:{_CUR_PREFIX_RE}?{DIGIT_NUMBER}{SCALE_WORD}?|{WORD_NUMBER}(?:\s+(?:thousand|million|billion))?"
            rf"|{_A_UNIT})")
_ONE_PERSON = (
    r"(?:person|man|woman|child|boy|girl|student|pupil|soldier|serviceman|worker|employee|passenger|rider|miner|"
    r"firefighter|police\s+officer|officer|civilian|resident|villager|tourist|visitor|spectator|fan|pilgrim|skier|"
    r"climber|hiker|angler|fisherman|patient|driver|pilot|crew\s+member|migrant|protester|journalist|rescuer|"
    r"volunteer)"
)
# "killing one rider", "leaving one of the guards dead": a toll's verb before it
_ONE_TOLL_BEFORE_RE = re.compile(r"\b(?:kill(?:ing|ed|s)?|injur(?:ing|ed|es)|wound(?:ing|ed|s)?|leaving|left)\s+$",
                                 re.I)
_ONE_TOLL_AFTER_RE = re.compile(rf"\s+(?:[a-z]+\s+)?{_ONE_PERSON}\b|\s+of\s+(?:the|its|their|his|her)\s", re.I)
_ONE_COUNTED_RE = re.compile(
    rf"\s+(?:[a-z]+\s+)?{_ONE_PERSON}\s+(?:was|is|has|had|remains|remained|died|drowned|"
    r"is\s+still|was\s+still)\b|"
    r"\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:missing|unaccounted|trapped|in\s+(?:a\s+)?critical|critically)",
    re.I)
QUANTITY_RE = re.compile(
    # a figure glued to the heading before it ("Army airlifts injured7 injured were...") still counts
    rf"(?:(?<![\w.,/:$£€-])|(?<=[a-z]{{4}})(?=\d))"
    rf"(?:(?P<qual>{_QUAL_RE})\s+)?"
    rf"(?:(?P<between>between|from)\s+)?"
    rf"(?:(?P<vague>{_VAGUE_RE})|(?P<num>{_ONE_NUM})"
    rf"(?:(?P<rsep>\s*(?:-|–|—)\s*|\s+(?:to|and|or)\s+)(?P<num2>{_ONE_NUM}))?)"
    rf"(?P<unit>{_UNIT_RE})?"
    rf"(?P<conv>\s*\((?:about |around |some |roughly |approximately )?{_CUR_PREFIX_RE}{DIGIT_NUMBER}{SCALE_WORD}?\))?"
    rf"(?P<suffix>\s+or more\b|\+|-plus\b)?"
    rf"(?![\w@])",
    re.I,
)

AGE_RE = re.compile(r"^[-\s]*(?:years?|months?|weeks?|days?)[-\s]old\b", re.I)
_LIST_BEFORE_RE = re.compile(
    r"(?:\b(?:day|no|nos|number|page|chapter|section|article|resolution|flight|route|highway|"
    r"room|unit|gate|terminal|platform|phase|stage|version|season|episode|grade|block|lot|"
    r"item|point|paragraph|clause|rule|item|bus|line|channel|window|apollo|level|vol|pt|kilometre|kilometer|km|mile|"
    r"milepost|exit|junction|pier|berth|ward|"
    r"covid|mh|f|su|t|m)\.?\s*|[#№]\s*|\bn[°º]\s*)$",
    re.I,
)
# a thing numbered by a short bare number after its capitalised name: "Tank 4 held 2,460 eggs", "Reactor 2",
# "Hangar 7"; not a place's name ("In Tampa Bay 1,200 homes", "Carnegie Hall", "Public Sector 3% pay"), nor "a tank 4
# metres deep", which measures the tank
_NUMBERED_THING_RE = re.compile(r"(?:^|[^\w\s]\s*|\b[a-z][\w'’-]*\s+)"
                                r"(?:Tank|Reactor|Tower|Camp|Zone|Sector|Hangar|Bay|Runway|Engine|Turbine|Generator|"
                                r"Shaft|Pit|Wing|Cell|Lab|Laboratory|Hall|Silo|Pad|Boiler|Kiln|Furnace|Vat|"
                                r"Enclosure)\s+$")
# ... and a number dialled from abroad: "+389 2 555 0140", "+237 6 99 12 34 56"
_PHONE_RE = re.compile(r"\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,5}\b|\+?\(?\d{2,4}\)?[\s.-]\d{2,4}[\s.-]\d{3,4}\b")
# an emergency line, not a count: "calls to 911", "dialled 999", "112 operators", "the 000 service"
_EMERGENCY_LINE_RE = re.compile(
    r"\b(?:call\w*|dial\w*|ring\w*|rang|phon\w*)\s+(?:to\s+|the\s+)?(911|999|112|000)\b(?![,.]\d)|"
    r"\b(911|999|112|000)(?=\s+(?:calls?|dispatch\w*|operators?|lines?|emergency|centres?|centers?|services?|"
    r"system|call-takers?)\b)", re.I)


def words_to_number(s: str) -> float | None:
    s = s.lower().replace("-", " ").replace(" and ", " ")
    if s.startswith("half a ") or s.startswith("half an "):  # "half a million", "half a dozen"
        rest = words_to_number("a " + s.split(" ", 2)[2])
        return rest / 2 if rest else None
    quarter = re.match(r"(a|one|three) quarters? of (an? \w+)$", s)
    if quarter:  # "a quarter of a million", "three quarters of a million"
        rest = words_to_number(quarter.group(2))
        return rest * (0.75 if quarter.group(1) == "three" else 0.25) if rest else None
    total = 0
    current = 0
    seen = False
    for w in s.split():
        if w in ("a", "an"):
            current = max(current, 1)
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w in ONES:
            current += ONES[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in ("lakh", "lakhs", "crore", "crores"):  # South Asian scales: 100,000 and 10,000,000
            total += (current or 1) * (1e5 if w.startswith("lakh") else 1e7)
            current = 0
            seen = True
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return float(total + current) if seen else None


_SCALE_MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "milliard": 1e9, "milliards": 1e9, "trillion": 1e12,
               "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}


# a number that ends a product's name, after a capitalised word inside a sentence ("fed Lítill 1 formula", "the
# Falcon 9 rocket"), when a word in the singular or a verb of one thing goes on
_IN_A_NAME = re.compile(r"(?:(?<=[\w,]\s)|^)([A-Z][\w'’-]*[a-zà-ÿ])(?<!['’]s)\s+$")
_NAME_IS = re.compile(r"\s+(?:is|was|has)\b")  # a sentence that opens on the name: "Skyr 2 is sold in 180 shops"
_NAME_GOES_ON = re.compile(_NAME_IS.pattern + r"|\s+(?!(?:people|children|men|women|police|staff|personnel|crew|"
                           r"cattle|sheep|fish|deer|livestock|dead|hurt|missing|more|others?|new|percent|per|cent|"
                           r"million|billion|thousand|hundred|dozen|and|or|to|of|in|at|on|for|from|out|a|an|the|"
                           r"were|are|have|had|remain\w*|die|[a-z]+ed)\b)[a-z]{2,}(?<!s)\b|\s*[,.;:)]|\s*$")
# the whole a part is counted against: "three samples out of 40 tested positive"
_WHOLE_OF_PART = re.compile(rf"(?<![\w.,-])(?:\d{{1,3}}|{_W_NUM})\s+(?:[a-z]+(?<!ed)\s+){{1,2}}out\s+of\s+$", re.I)
# the words a step on a scale follows, whose number is the claim: "a Category 5 hurricane", "Level 4 alert"
_NUMBERED_STEPS = {"category", "level", "stage", "phase", "grade", "force", "magnitude", "tier", "alert", "class",
                   "round", "day", "week", "game", "code", "step", "type", "section", "unit", "division"}


def _shared_scale(num_text: str, v1: float, num2_text: str, v2: float) -> float:
    """The first figure of a range that shares the second's scale: "€35–50 million" and "3 to 4 billion" are
    35 and 3 million or billion, not 35 and 3; "between 500 and 2 million" keeps its 500."""
    lead = re.match(r"\D*?\d[\d.,]*", num2_text.strip())
    mantissa = parse_number(lead.group())[0] if lead else None
    if not mantissa or v2 / mantissa < 1000 or not re.fullmatch(r"\D*?\d[\d.,]*", num_text.strip()):
        return v1
    return v1 * (v2 / mantissa) if v1 <= mantissa else v1


def parse_number(s: str) -> tuple[float | None, str]:
    """Number and ISO currency of one number expression: "$19 billion" -> (1.9e10, "USD")."""
    s = s.strip()
    cur = ""
    m = re.match(_CUR_PREFIX_RE, s)
    if m and m.group():
        cur = CURRENCY_PREFIX.get(m.group().strip().rstrip(".").lower(), "")
        s = s[m.end():].strip()
    m = re.match(DIGIT_NUMBER, s)
    if m:
        val = float(m.group().replace(",", ""))
        rest = s[m.end():].strip().lower().lstrip("-")  # "$620-million": a Canadian paper's style
        if rest in _SCALE_MULT:
            val *= _SCALE_MULT[rest]
        elif rest:
            sw = rest.split()[0]
            if sw in _SCALE_MULT:
                val *= _SCALE_MULT[sw]
        return val, cur
    return words_to_number(s), cur


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else round(x, 6)


@dataclass
class Hit:
    """One value found in a sentence; start/end are absolute offsets of its text."""

    start: int
    end: int
    kind: str  # "quantity" or "date"
    fields: dict = field(default_factory=dict)  # Value fields
    minor: bool = False  # background detail (duration, followers, weekday only...)
    weekday_only: bool = False


# ----------------------------------------------------------------------------- quantities
# the qualifier of a share told in words ("nearly a fifth", "about one in five"), and how it is read
_SHARE_QUALIFIER = r"nearly|almost|about|around|roughly|some|more than|over|less than|under|just over|just under"
_SHARE_QUALIFIERS = {"almost": "nearly", "around": "about", "roughly": "about", "some": "about", "over": "more than",
                     "just over": "more than", "under": "less than", "just under": "nearly"}
# "nearly one in five patients", "two out of every three voters", "1 in 4", "seven out of ten workers": a share,
# read as a percentage (not a year: "three in 2024")
_ONE_IN = re.compile(
    rf"(?:\b(?P<qual>{_SHARE_QUALIFIER})\s+)?"
    rf"(?<![\w.,-])(?P<part>\d{{1,3}}|{_W_NUM})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?!(?:1[89]|20)\d\d\b)(?P<whole>\d{{1,4}}|{_W_NUM})\b"
    r"(?![.,]\d|\s*(?:%|per\s*cent|percent)|\s+(?:minutes?|hours?|days?|weeks?|months?|years?|cases?\s+(?:per|in)|"
    r"(?:games?|matches|appearances|outings|starts|races|seasons|innings|tournaments)\b|"
    r"(?:the|a|an|morning|evening|afternoon|night|[ap]\.?m\b)))", re.I)


def _told_hit(start: int, end: int, text: str, qual: str, x: float, unit: str) -> Hit:
    """A figure read from words or symbols rather than digits and a unit ("nearly a fifth", "one in five",
    "p<0.001"), with its qualifier applied."""
    low, high = _apply_qualifier(qual, x, x)
    return Hit(start, end, "quantity", {"text": text, "qualifier": qual, "low": low, "high": high, "unit": unit,
                                        "vague": False})


def _ratio_hits(sent: str, offset: int) -> list[Hit]:
    """Shares written as a ratio of people or things ("one in five", "two out of three"), as percentages."""
    def number(token: str) -> float | None:
        return float(token) if token.isdigit() else words_to_number(token)

    out = []
    for m in _ONE_IN.finditer(sent):
        part, whole = number(m.group("part")), number(m.group("whole"))
        if not part or not whole or whole <= part:
            continue
        qual = (m.group("qual") or "").lower()
        out.append(_told_hit(m.start() + offset, m.end() + offset, m.group(0), _SHARE_QUALIFIERS.get(qual, qual),
                             round(100.0 * part / whole, 1), "%"))
    return out


# a study's p-value: "(p<0.001)", "p = 0.047", "a p-value of 0.03": a statistic with a unit of its own
_P_VALUE = re.compile(r"(?<![\w.])p(?:[- ]value)?\s*(?:(?P<op>[<>=≤≥])|\s+(?:of|was|is))\s*"
                      r"(?P<num>0?\.\d+|[01])(?!\d|\.\d)", re.I)


def _p_value_hits(sent: str, offset: int) -> list[Hit]:
    """A study's p-values, "p<0.001" read as less than 0.001."""
    out = []
    for m in _P_VALUE.finditer(sent):
        qual = {"<": "less than", "≤": "less than", ">": "more than", "≥": "more than"}.get(m.group("op") or "", "")
        out.append(_told_hit(m.start() + offset, m.end() + offset, m.group(0), qual, float(m.group("num")), "p"))
    return out


# an exchange rate told beside a sum ("(€1 = N$19.80)", "($1 = 3.6620 zlotys)", "(1 euro = 1.08 dollars)"): how
# the writer converted, no figure of the story
_EXCHANGE_RATE = re.compile(r"\(\s*(?:[A-Z]{1,3}\s?)?[$€£¥₹]?\s?1(?:\.00)?\s*(?:[A-Za-z]+\s*)?=\s*[^()=]{1,40}\)")
# a person's age: "the 24-year-old Abashidze", "a 58-year-old American man", "Ristović, aged 31"; an age in
# months, weeks or days (a baby's) is left out, an age with a qualifier ("more than 30 years old") is a
# structure's (see upkeep), and two ages at once ("aged 34 and 41") name no one
AGE_UNIT = "years old"
_AGE = re.compile(rf"(?<![\w.,-])(?:(?P<num>\d{{1,3}}|{_W_NUM})[-\s]years?[-\s]old\b|"
                  rf"\baged\s+(?P<aged>\d{{1,3}}|{_W_NUM})\b(?!\s*(?:and|to|or|-|–)\s*(?:\d|{_W_NUM}\b))|"
                  # "Kelleher-Dunn, who turned 34 in January", "she turns 60 next week": a birthday, an age
                  rf"\b(?:turned|turns|will\s+turn)\s+(?P<turned>\d{{1,3}}|{_W_NUM})\b"
                  rf"(?![-–.,:]\d)(?=\s*(?:[.,;:!?)—–]|$|(?:in|on|last|this|next|today|tomorrow|yesterday|and|but|at|"
                  rf"before|after|while|when|years?\s+old)\b))|"
                  # "who died at 116", "died on Sunday at the age of 91": how old one was at death
                  rf"\b(?:died|dies)\s+(?:(?:on\s+)?\w+day\s+)?at\s+(?:the\s+age\s+of\s+)?"
                  rf"(?P<died>1[3-9]|[2-9]\d|1[01]\d|12[0-5])\b(?![-–.,:]\d)(?!\s+(?:months?|weeks?|days?)\b)"
                  rf"(?=\s*(?:[,;:!?)—–]|\.(?:\s|$)|$|(?:in|on|last|after|and|but|years?\s+old)\b)))",
                  re.I)
_AGE_QUALIFIED = re.compile(r"\b(?:about|around|some|nearly|almost|over|more\s+than|less\s+than|under|at\s+least|"
                            r"at\s+most|up\s+to|roughly|approximately)\s+$", re.I)


# an age in brackets after a person's name or initials, as European papers and courts give it: "Maria Lopez (34)",
# "the first defendant, I.T.-B. (58)"; never a party's seats or a team's points
_AGE_BRACKETED = re.compile(r"(?:\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+|\b(?:[A-Z]\.-?){2,4})\s+"
                            r"\((?P<br>[1-9]\d)\)(?=[\s,.;:])")
# ... and after a name between commas, as news writing gives it: "their mother, Dilini, 26, has been at their bedside",
# "Pavel Oster, 58." (not "In March, 15 people", nor a street's or a day's number)
_AGE_APPOSITIVE = re.compile(r"(?<![\w'’-])"
                             # not a place, a day or a connective before a count: "In Gaza, 45 died", "By Wednesday,
                             # 30 had died", "Later, 20 were released"
                             r"(?<!\bin )(?<!\bIn )(?<!\bon )(?<!\bOn )(?<!\bby )(?<!\bBy )(?<!\bat )(?<!\bAt )"
                             r"(?<!\bfrom )(?<!\bFrom )(?<!\bnear )(?<!\bsince )(?<!\bSince )(?<!\bto )(?<!\bof )"
                             r"(?<!\bfor )(?<!\bFor )(?<!\bafter )(?<!\bAfter )(?<!\buntil )(?<!\bUntil )"
                             r"(?<!\d, )(?<!\d, and )"
                             r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                             r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Street|Road|Avenue|"
                             r"Room|Gate|Platform|Terminal|Flight|Route|Block|Unit|Level|Ward|Section|Article|Chapter|"
                             r"Page|Km|"
                             r"No|However|Later|Earlier|Meanwhile|Overall|Altogether|Today|Yesterday|Tonight|Then|Now|"
                             r"Still|Also|Instead|Yet|Elsewhere|Separately|Previously|Initially|Finally|Eventually|"
                             r"Officially|Nationwide|Nationally|Locally|Globally|Together|Combined|Total|So|But|And|"
                             r"In|On|"
                             r"By|At|Since)\b)"
                             r"[A-Z](?:[a-z]|['’-][A-Z]?)*[a-z](?:\s+[A-Z](?:[a-z]|['’-][A-Z]?)*[a-z]){0,2},"
                             r"\s(?P<ap>[1-9]\d)"
                             # ... nor a list of tallies: "Labour, 45, Conservatives, 30"
                             r"(?=\s*,(?!\s*(?:\d|[A-Z][\w'’-]*,\s*\d))|\s*\)|\.(?:\s|$)|"
                             r"\s+(?:and|from|who|was|is|has|said|says|told)\b)")
# the words of a birthday an age is told with ("turned 34", "will turn 60")
BIRTHDAY = re.compile(r"turn|will\s+turn", re.I)
# what may follow a bare reading below zero ("bottomed out at minus 41 the same morning", "the minus 47 it first
# reported"), and words of decline before a figure
_READING_ENDS = re.compile(r"\s*(?:[.,;:!?)\"”’]|$|(?-i:[A-Z])|(?:it|on|at|in|this|that|the|and|but|overnight|today|"
                           r"yesterday|was|is|were|set|degrees|celsius|fahrenheit|with|before|after|early|late|out|"
                           r"outside|there|here|below|by|for|from|to|when|as|during)\b)", re.I)
_DECLINE = re.compile(r"\b(?:fell|fall|falls|shrank|shrunk|shrinks|contracted|contracts|declined|declines|dropped|"
                      r"drops|lost|loses|slumped|slid|sank|plunged|tumbled)\b", re.I)
_TALLY_WORDS = re.compile(r"\b(?:seats?|votes?|points?|goals?|runs?|wickets?|laps?)\b", re.I)


def _age_hits(sent: str, offset: int) -> list[Hit]:
    """People's ages, in years ("years old")."""
    out = []
    if not _TALLY_WORDS.search(sent):
        for m in _AGE_BRACKETED.finditer(sent):
            out.append(_told_hit(m.start("br") - 1 + offset, m.end("br") + 1 + offset, f"({m.group('br')})", "",
                                 float(m.group("br")), AGE_UNIT))
        for m in _AGE_APPOSITIVE.finditer(sent):
            out.append(_told_hit(m.start("ap") + offset, m.end("ap") + offset, m.group("ap"), "",
                                 float(m.group("ap")), AGE_UNIT))
    for m in _AGE.finditer(sent):
        token = m.group("num") or m.group("aged") or m.group("turned") or m.group("died")
        age = float(token) if token.isdigit() else words_to_number(token)
        if age is None or not 0 < age <= 125 or _AGE_QUALIFIED.search(sent[max(0, m.start() - 14):m.start()]):
            continue
        out.append(_told_hit(m.start() + offset, m.end() + offset, m.group(0), "", age, AGE_UNIT))
    return out


# a reading given of the quake itself, without the word "magnitude": "the U.S. Geological Survey put it at 5.4"
_QUAKE_READ_AT = re.compile(r"\b(?:put|puts|measured|measures|rated|rates|registered|recorded|records|estimated|"
                            r"estimates|gave)\s+(?:it|the\s+(?:quake|earthquake|tremor|temblor|shock))\s+at\s+$|"
                            # "the main shock measured 5.9", "the quake registered 6.1", "a tremor measuring 4.2"
                            r"\b(?:quake|earthquake|tremor|temblor|shock|aftershock|foreshock)\s+(?:measured|measuring|"
                            r"registered|registering|rated|was\s+(?:measured|rated|put)\s+at)\s+"
                            r"(?:about\s+|around\s+)?$",
                            re.I)
# "5.9 on the Richter scale": a magnitude, whatever the words before it
_RICHTER_AFTER = re.compile(r"\s+on\s+the\s+(?:open-ended\s+)?Richter\s+scale\b", re.I)


# figures grouped the continental way, which translated releases and wires keep: thousands cut by dots and decimals
# by a comma ("Gs. 3.458.000", "1.234,5 tonnes"), a decimal comma before a percentage or a scale ("6,4 %", "€4,2
# million", "1,2 milliard"), and one group of thousands after a currency sign or before a currency's name ("Gs.
# 133.000", "€ 2.500", "EUR 350.000", "350.000 denars"): no English writer gives money to three decimals (the
# dinars of the Gulf and the Maghreb, which have three, are left alone). A full stop after the figure ends the sentence.
_CONTINENTAL_MONEY_AFTER = (r"\s(?:euros?|denars?|francs?|lei|leu|kuna|forint|zlotys?|złoty|koruna|lira|TL|rupiah|"
                            r"reais)\b")
_DOTTED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?!\d|[.,]\d)|"
                     r"(?<![\d.,])\d{1,3}\.\d{3},\d{1,2}(?!\d|[.,]\d)|"
                     r"(?<![\d.,])\d{1,3},\d{1,2}(?=\s?%|\s+(?:per\s?cent|percent)\b|"
                     r"\s?(?:million|milliards?|billion|mn|bn)\b)|"
                     r"(?:(?<=[€₲₡])|(?<=\bGs\.)|(?<=\bGs)|(?<=\bEUR)|(?<=\bRp)|(?<=R\$))\s?\d{1,3}\.\d{3}(?!\d|[.,]\d)"
                     r"(?!\s*(?:million|billion|trillion|bn|mn|m)\b)|"
                     r"(?<![\d.,])\d{1,3}\.\d{3}(?=" + _CONTINENTAL_MONEY_AFTER + r")")
# thousands cut by spaces, the French and the SI way ("1 248 000 doses", "9 400 health personnel", "5 000 FCFA"), also
# by a no-break or thin space; never a figure after another one ("+389 2 555 0140") or after a month or a list's
# number ("March 3 200 people", "No. 4 100")
_SPACED = re.compile(r"(?<![\d.,])(?<!\d )[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+"
                     # "40 200-litre drums" are 40 drums of 200 litres
                     r"(?!\d|[.,]\d|[ \u00a0\u202f\u2009]\d|-[A-Za-z])")
_SPACED_NOT_AFTER = re.compile(r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|n°|"
                               r"\bnumber|\bnos?\.)\s$", re.I)


def _spaced(m: re.Match) -> str:
    if _SPACED_NOT_AFTER.search(m.string, max(0, m.start() - 12), m.start()):
        return m.group()
    return re.sub(r"[ \u00a0\u202f\u2009]", ",", m.group())


def western(text: str) -> str:
    """`text` with continental figures written the English way, character for character ("Gs. 3.458.000" ->
    "Gs. 3,458,000", "6,4 %" -> "6.4 %", "1 248 000" -> "1,248,000"), so every offset into it stays true."""
    text = _DOTTED.sub(lambda m: m.group().translate(str.maketrans(".,", ",.")), text)
    return _SPACED.sub(_spaced, text)


# a figure spelt out again in brackets, as courts and contracts write them: "8 (eight) years", "2 (two) bids"
_ECHOED = re.compile(r"\b(?P<n>\d{1,4})(?P<w>\s\((?P<word>[a-z]+(?:[ -][a-z]+){0,3})\))", re.I)


def _unechoed(text: str) -> str:
    """`text` with the words that spell out the figure before them blanked, character for character."""
    def blank(m: re.Match) -> str:
        if words_to_number(m.group("word").lower()) != int(m.group("n")):
            return m.group()
        return m.group("n") + " " * len(m.group("w"))
    return _ECHOED.sub(blank, text)


def find_quantities(sent: str, offset: int, masked: list[tuple[int, int]]) -> list[Hit]:
    """Quantities in `sent` (which starts at absolute `offset`); spans in `masked`
    (absolute, e.g. dates and times already claimed) are skipped. Continental figures are read as `western` writes
    them, and a figure spelt out again in brackets once; each hit keeps the text as written."""
    written, sent = sent, _unechoed(western(sent))
    hits = _quantities(sent, offset, masked)
    if written != sent:
        for h in hits:
            text, at = h.fields.get("text") or "", h.start - offset
            if text and sent[at:at + len(text)] == text:
                h.fields["text"] = written[at:at + len(text)]
    return hits


def _quantities(sent: str, offset: int, masked: list[tuple[int, int]]) -> list[Hit]:
    # shares told as ratios and p-values first: their numbers are no counts of their own
    told_apart = _ratio_hits(sent, offset) + _p_value_hits(sent, offset) + _age_hits(sent, offset) + \
        _race_time_hits(sent, offset, masked)
    masked = masked + [(h.start, h.end) for h in told_apart] + \
        [(m.start() + offset, m.end() + offset) for m in _EXCHANGE_RATE.finditer(sent)]
    hits: list[Hit] = []
    phones = [(m.start(), m.end()) for m in _PHONE_RE.finditer(sent)]
    phones += [m.span(1) if m.group(1) else m.span(2) for m in _EMERGENCY_LINE_RE.finditer(sent)]
    for m in QUANTITY_RE.finditer(sent):
        s, e = m.start(), m.end()
        # trim trailing whitespace captured by optional groups
        while e > s and sent[e - 1].isspace():
            e -= 1
        a_s, a_e = s + offset, e + offset
        core_s = m.start("vague") if m.group("vague") else m.start("num")
        if any(ms < a_e and a_s < me for ms, me in masked):
            # allow the part of the match before a masked span? simpler: skip
            if any(ms <= core_s + offset < me for ms, me in masked):
                continue
        if any(ps <= core_s < pe for ps, pe in phones):
            continue
        num_text = m.group("num") or ""
        vague_text = (m.group("vague") or "").lower()
        qual_text = (m.group("qual") or "").lower()
        before = sent[:core_s]
        after = sent[e:]
        if num_text:
            raw = num_text.strip()
            low_raw = raw.lower()
            if low_raw in ("one", "a", "an", "zero") and not m.group("num2") and not _AND_A_HALF.match(after) and not (
                    low_raw == "one" and (unit_m := _SPAN_UNIT_AFTER.match(after))
                    and span_parts(after[unit_m.end():], unit_m.group(1) + "s")[2]) and not (
                    low_raw == "one" and _ONE_COUNTED_RE.match(after) and not re.search(r"\b(?:not|no)\s*$", before, re.I)) \
                    and not (low_raw == "one" and _ONE_TOLL_BEFORE_RE.search(before)
                             and _ONE_TOLL_AFTER_RE.match(after)) \
                    and not (low_raw in ("one", "a", "an") and (unit_m := _SPAN_UNIT_AFTER.match(after))
                             and unit_m.group(1).lower().startswith("hour")
                             and CLOCK_OFFSET_AFTER.match(after, unit_m.end())) \
                    and not (low_raw in ("one", "a", "an") and qual_text and (
                        MEASURE_UNITS.get(re.sub(r"\s+", " ", (m.group("unit") or "").strip().lower()))
                        or _SPAN_UNIT_AFTER.match(after))):
                # ... and "less than one tonne", "about one metre", "a little over a kilo" measure
                continue  # but "one student died", "one person was killed" count
            if re.fullmatch(r"(?:a|an)\s+\w+", low_raw) and low_raw.split()[1] not in ("dozen", "hundred", "thousand", "million", "billion"):
                continue
            if re.fullmatch(r"\d{1,3}", raw) and _NUMBERED_THING_RE.search(before[-40:]) and \
                    not re.match(r"\s*(?:%|per\s*cent|percent)", after):
                continue
            if _LIST_BEFORE_RE.search(before[-12:]) and raw[0].isdigit() and \
                    not re.search(r"\b[a-z]+s\s+(?:now\s+|still\s+|already\s+)?number\s+$", before[-40:]):
                # "Flight No. 17", "number 17"; but "confirmed cases now number 17" counts them
                if not re.search(r"\b(?:level|point|category)\s*$", before[-12:], re.I):
                    continue
            # letter or hyphen glued before ("F-16", "Covid-19", "G7")
            if (before[-1:].isalpha() and not re.search(r"(?<![A-Za-z])[a-z]{4,}$", before[-12:])) or \
                    (before[-1:] == "-" and before[-2:-1].isalnum()):
                continue  # but a lower-case word glued before is a live blog's heading ("airlifts injured7 injured")
            if AGE_RE.match(after) or AGE_RE.match(sent[e - 0:]):
                continue
            if re.search(r"\b(?:an?|per|each|every)\s+(?:family|household)\s+of\s+$", before[-24:], re.I) and \
                    raw.isalpha():
                continue  # "a basket for a family of four": the size of a typical household, no count
            if re.search(r"\bage\s+of\s+$", before[-16:], re.I):
                continue  # "children under the age of 15", "over the age of 65": a bound that defines a group
            # "a Form Three student", "at Terminal Three": a number word in a name, outside a headline's
            # title case ("Storm Kills Three")
            if raw.isalpha() and raw[0].isupper() and len(re.findall(r"\b[a-z]{4,}\b", sent)) >= 2 and (
                    re.search(r"\b[A-Z][a-z]+\s+$", before) or
                    # "a musher of Two Rivers, Alaska", "near Three Forks": a place's name
                    re.search(r"\b[a-z]+\s+$", before) and re.match(r"\s+[A-Z][a-z]", after)):
                continue
            if _WHOLE_OF_PART.search(before):
                continue  # "three samples out of 40 tested positive": the whole the part is counted against
            name = raw.isdigit() and not m.group("unit") and not m.group("num2") and not qual_text and \
                _IN_A_NAME.search(before)  # read only for a bare number, off the path of every other figure
            if name and (_NAME_GOES_ON.match(after) if name.start() else _NAME_IS.match(after)) and \
                    name.group(1).lower() not in _NUMBERED_STEPS | MONTHS.keys() | WEEKDAYS.keys():
                continue  # "Lítill 1 is sold", "its Lítill 1 formula", "the Falcon 9 rocket": a number in a name
            if re.match(r"(?:st|nd|rd|th)\b", after) or re.match(r"-(?:largest|biggest|year|month|day|week|old)\b", after, re.I) and not re.match(r"-(?:year|month|day|week)\b", after, re.I):
                continue
            # a year on its own: "since 2014", "in 2022", "start of 2023"
            if re.fullmatch(r"(?:1[89]|20)\d\d", raw) and not m.group("unit") and not m.group("num2"):
                nxt = re.match(r"\s+([a-z][\w-]*)", after)
                if not nxt or nxt.group(1) in _NOT_SUBJECT:
                    continue
                # a year that names or dates something is no count: "October 2019", "the 2019
                # quakes", "its 2021 election", "in 2019 voters..."
                if re.search(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*$|"
                             r"\b(?:the|its|their|his|her|this|that|a|an|in|of|since|by|until|from|during|"
                             r"before|after|last|next)\s*$|['’]s\s*$", before[-14:], re.I):
                    continue
            # a time "4:17" or "1 am" belongs to the date finder
            if re.match(r"\s*(?:a\.?m\b|p\.?m\b|o'clock|:\d)", after, re.I) or \
                    re.match(SHARP, after, re.I) and re.search(r"\bat\s+$", before, re.I) or \
                    re.match(r":\d", sent[m.end("num"):]):
                continue
            if re.match(r"\s*(?:GMT|UTC)\b", after) and re.fullmatch(r"\d{4}", raw):
                continue
        qual = _QUAL_LOOKUP.get(qual_text, "")
        if qual_text == "some" and not num_text and not vague_text:
            continue
        if qual_text in ("over", "under", "above", "below") and not (num_text and (raw[0].isdigit() or m.group("unit"))):
            # "over two days" is fine, but "over" before number-words is risky only with "one"
            pass
        unit = ""
        fields: dict = {}
        unit_text = (m.group("unit") or "").strip().lower()
        half = _AND_A_HALF.match(sent, e) if num_text and not unit_text and not m.group("num2") else None
        if half:  # "seven and a half hours", "two and a half million": the half, and the unit after it
            e = half.end()
            unit_m = re.match(_UNIT_RE, sent[e:], re.I)
            if unit_m:
                unit_text, e = unit_m.group().strip().lower(), e + unit_m.end()
        unit_text = TEMPERATURE_UNITS.get(re.sub(r"\s+", " ", unit_text.replace("º", "°")), unit_text)
        if num_text:
            v1, cur = parse_number(num_text)
            if v1 is None:
                continue
            if num_text.strip().lower() in ("a", "an") and (half_a := re.search(r"\bhalf\s+$", sent[:s], re.I)):
                v1, s = 0.5, half_a.start()  # "half an hour behind India"
            if half:
                v1 = (v1 + 0.5) * _SCALE_MULT.get((half.group("scale") or "").lower(), 1)
            v2 = None
            if m.group("num2"):
                v2, cur2 = parse_number(m.group("num2"))
                cur = cur or cur2
                if v2 is not None:
                    v1 = _shared_scale(num_text, v1, m.group("num2"), v2)
                rsep = m.group("rsep").strip().lower()
                if m.group("between") and m.group("between").lower() == "from":
                    # "from 10 to 12" is a change: the value is the new figure
                    v1 = v2
                    v2 = None
                elif rsep in ("and",) and not m.group("between"):
                    # "six rockets and two" is not a range: keep the first number only
                    e = m.end("num")
                    while e > s and sent[e - 1].isspace():
                        e -= 1
                    unit_text = ""
                    v2 = None
                elif rsep == "or" and v2 is not None and v2 < v1:
                    e = m.end("num")
                    unit_text = ""
                    v2 = None
            elif m.group("between"):
                # "between" without a second number, or "from X": drop the word
                s = m.start("num") if not m.group("qual") else s
            if unit_text:
                if unit_text in ("pounds", "pound") and _WEIGHT_POUNDS.search(sent[max(0, s - 45):s] + "|" + sent[e:e + 40]):
                    unit = "lb"  # "about 25,000 pounds of dead fish", "weighing 300 pounds": a weight
                elif unit_text in CURRENCY_WORDS:
                    cur = CURRENCY_WORDS[unit_text]
                else:
                    unit = concentration_unit(unit_text) or MEASURE_UNITS.get(re.sub(r"\s+", " ", unit_text), unit_text)
            def metres_said(s=s, e=e) -> bool:  # read only for a figure in "m", off the path of every other
                return bool(_LENGTH_BEFORE.search(sent[:s]) or _LENGTH_AFTER.match(sent[e:]))
            if unit_text == "m" and (cur or not metres_said()):
                # "£13.4 m last year" is millions; a spaced "m" with no word of length before it is no unit
                unit_at = m.start("unit")
                if cur:
                    v1, v2 = v1 * 1e6, None if v2 is None else v2 * 1e6
                else:
                    e, unit = unit_at, ""
            if cur:
                unit = cur
            elif not unit and re.fullmatch(r"[\d,.]+m", num_text.strip()) and v2 is None and metres_said():
                # "a depth of more than 400m", "400m below the surface", "14.5m (48ft)": metres, not millions
                v1, unit = v1 / 1e6, "m"
            # a bare small number-word scale like "a hundred" is fine
            if v2 is not None and v2 < v1 and m.group("rsep") and m.group("rsep").strip() in ("-", "–", "—"):
                # "2-1" scores or "24-25" probably fine; keep as range only if ordered
                v1, v2 = v2, v1
            minus = None
            if v2 is None and not qual and unit in ("°c", "°f", "degrees", "%", ""):
                # "minus 45 degrees Celsius", "−12°C", "a return of minus 2.8 per cent", "bottomed out at minus 41":
                # below zero ("plus or minus 3 points" is a margin of error)
                minus = re.search(r"(?<!\bplus or )(?<!\bplus-or-)(?<!\bplus/)\bminus\s+$|(?<![\w.,)\]])−$",
                                  sent[:s], re.I)
            if minus and not unit and not _READING_ENDS.match(sent, e):
                minus = None  # "the budget, minus 40 staff": taken away, not below zero
            if minus and unit == "%" and _DECLINE.search(sent[:minus.start()]):
                minus = None  # "the economy shrank, with growth of minus 0.5 per cent": the fall says it already
            if minus:
                v1, s = -v1, minus.start()
            low, high = v1, v1 if v2 is None else v2
            vague = False
        else:
            low, high = VAGUE[vague_text if vague_text in VAGUE else vague_text.split()[-1]]
            vague = True
            if unit_text:
                unit = CURRENCY_WORDS.get(unit_text) or MEASURE_UNITS.get(unit_text, unit_text)
        suffix = (m.group("suffix") or "").strip().lower()
        if suffix == "or more":
            qual = "at least"
        elif suffix in ("+", "-plus"):
            qual = "more than"
        low, high = _apply_qualifier(qual, low, high)
        text_value = sent[s:e]
        fields = {
            "text": text_value,
            "qualifier": qual,
            "low": _num(low),
            "high": _num(high),
            "unit": unit,
            "vague": vague,
        }
        # "185 kilometres an hour", "115 miles per hour": a speed, not a distance
        if unit in ("km", "miles") and re.match(r"\s*(?:\([^)]*\)\s*)?(?:an|a|per)\s+hour\b|\s*/\s*h\b", sent[e:], re.I):
            fields["unit"] = "km/h" if unit == "km" else "mph"
        # "17.8 kilometres per second", "some 23 km a second", "45 metres per second", "11 km/s": a speed, told
        # with its rate so "second" is not read as an ordinal
        per_second = re.match(r"(?:\s+(?:a|per)\s+second\b|\s*/\s*s(?:ec)?\b)", sent[e:], re.I)
        if unit in ("km", "miles", "m") and per_second and v2 is None:
            e += per_second.end()
            fields.update(text=sent[s:e], unit={"km": "km/s", "miles": "mi/s", "m": "m/s"}[unit])
        # "magnitude 6.9", "a magnitude of 6.9", "put the magnitude at 6.6", "downgraded the magnitude
        # to 6.7 from an initial 6.9", "the magnitude was set at 5.6", "a 6.9-magnitude quake", and a
        # reading given of the quake itself: "the survey put it at 5.4", "measured the tremor at 5.5"
        if not unit and (re.search(r"\bmagnitude(?:\s+(?:of|at|to|was|is|as|from|an?|the|its|initial|"
                                   r"preliminary|revised|earlier|original|reading|estimate|set|put|now|later|been|"
                                   r"has|had|first|finally|\d+(?:\.\d+)?)){0,6}"
                                   r"\s*(?:of\s*)?-?\s*$", sent[:core_s][-80:], re.I)
                         or re.match(r"[\s-]magnitude\b", sent[e:], re.I)
                         or re.fullmatch(r"[2-9]\.\d", sent[core_s:e].strip())
                         and (_QUAKE_READ_AT.search(sent[:core_s]) or _RICHTER_AFTER.match(sent, e))):
            fields["unit"] = "magnitude"
        h = Hit(s + offset, e + offset, "quantity", fields)
        # compound adjectives: "an eight-storey building", "a 24-hour strike", "a five-member panel":
        # the noun is the unit and belongs to the value's text; the figure describes the event
        comp = re.match(r"-(" + _COMPOUND_RE + r")\b(?!-old)", sent[e:], re.I)
        # "1,150 logged hours"; and a span's own adjective: "12 Earth days", "ten working days", "three full weeks"
        nxt = re.match(r"[\s-]+(?P<kind>(?:flight|flying|logged)\s+)?(?:(?:working|calendar|business|full|whole|clear|"
                       r"school|trading|earth|lunar|straight|consecutive|long)\s+(?=[a-z]+s\b))?(?P<word>[a-z]+)",
                       sent[e:], re.I)
        if comp and comp.group(1).lower() == "pound" and _POUND_MONEY.match(sent, e + comp.end()):
            comp = None
        if comp and not unit and not m.group("num2"):
            h.end = e + comp.end() + offset
            h.fields["text"] = sent[s:e + comp.end()]
            h.fields["unit"] = _COMPOUND_UNIT.get(comp.group(1).lower(), comp.group(1).lower())
            h.fields["_compound"] = True
        elif not unit and nxt and nxt.group("word").lower() in DURATION_UNITS:
            word = nxt.group("word").lower()
            h.fields["unit"] = word if word.endswith("s") else word + "s"
            h.minor = not nxt.group("kind")  # "12,000 flying hours" is a claim
            if nxt.group(0)[:1].isspace():
                # the value reads "48 hours", "more than 10 months"
                added, grain, used = span_parts(sent[e + nxt.end():], h.fields["unit"])
                if used:  # "40 days, 13 hours and 42 minutes": one span, in its first unit, to its last part
                    h.fields["low"] = None if low is None else _num(round(low + added, 4))
                    h.fields["high"] = None if high is None else _num(round(high + added + (0 if qual else grain), 4))
                h.end = e + nxt.end() + used + offset
                h.fields["text"] = sent[s:e + nxt.end() + used]
            if h.fields["unit"] in _SHORT_SPANS and elapsed(sent, s, h.end - offset):
                h.minor = False  # "the engine failed 73 seconds after liftoff": when it happened
            elif h.minor and (told := span_kind(sent, s, h.end - offset)) and (
                    told != "held" or h.fields["unit"] not in ("months", "years", "decades")):
                h.minor = False  # "did it in 40 days", "pinned for six days"; but "has lived there for 20 years"
        if hits and h.start < hits[-1].end:
            continue  # the "13 hours" of "40 days, 13 hours": a part of the span before it
        hits.append(h)
    hits = sorted(hits + told_apart, key=lambda h: h.start)
    # a conversion in brackets repeats the figure before it: "35 km (22 miles)", "Tk 2 lakh ($1,640)"
    kept: list[Hit] = []
    for h in hits:
        if kept and h.fields.get("unit") != "p" and \
                re.fullmatch(r"\s*\(\s*(?:about|around|some|roughly|approximately|approx\.|~)?\s*",
                             sent[kept[-1].end - offset:h.start - offset], re.I) \
                and re.match(r"\s*\)", sent[h.end - offset:]):
            continue
        kept.append(h)
    hits = kept
    # ordinals: "its fourth general strike", "on the third floor". Low-score claims (see extraction);
    # "first" is left out: "the first time", "first responders" are rarely a checkable count
    for m in ORDINAL_RE.finditer(sent):
        a, b = m.start() + offset, m.end() + offset
        if any(ms < b and a < me for ms, me in masked) or any(x.start < b and a < x.end for x in hits):
            continue
        fraction_like = re.search(r"\b(?:a|an|one)\s+$", sent[:m.start()], re.I)
        if not fraction_like and not re.match(r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*", sent[m.end():], re.I):
            continue
        if re.match(r"[\s-]+(?:largest|biggest|highest|lowest|most|least|time|times|place|half|quarter|hand|"
                    r"consecutive|straight|best|worst)\b", sent[m.end():], re.I):
            continue
        w = m.group(1).lower()
        n = ORDINALS.get(w) or int(re.match(r"\d+", w).group())
        frac = re.search(rf"(?:\b({_SHARE_QUALIFIER})\s+)?\b(?:a|an|one)\s+$", sent[:m.start()], re.I)
        if frac:
            # "a second term" is no figure; "nearly a fifth", "a third of the homes" are fractions: a share
            if n == 2 or re.match(r"[\s-]+(?:term|time|round|wave|day|night|week|year|consecutive|straight|"
                                  r"attempt|chance|opinion|look|place|half)\b", sent[m.end():], re.I):
                continue
            noun = _ORDINAL_NOUN.match(sent, m.end())
            if not frac.group(1) and noun and (_ORDINAL_VERB_AFTER.match(sent, noun.end()) or
                                               _ORDINAL_VERB_BEFORE.search(sent[:frac.start()])):
                # "a seventh team scratched", "a fourth victim died": one more of them, counted; not "a third of
                # the homes", "a fifth were children", "a tenth more"
                hits.append(Hit(a, b, "quantity", {"text": m.group(0), "qualifier": "", "low": n, "high": n,
                                                      "unit": "ordinal", "vague": False, "_ordinal": True}))
                continue
            qual = (frac.group(1) or "").lower()
            fs = frac.start() + offset
            if any(x.start < b and fs < x.end for x in hits):
                continue
            hits.append(_told_hit(fs, b, sent[frac.start():m.end()], _SHARE_QUALIFIERS.get(qual, qual),
                                  round(100.0 / n, 1), "%"))
            continue
        hits.append(Hit(a, b, "quantity", {"text": m.group(0), "qualifier": "", "low": n, "high": n,
                                              "unit": "ordinal", "vague": False, "_ordinal": True}))
    hits.sort(key=lambda h: h.start)
    return hits


# a noun right after "a seventh" makes an ordinal ("a seventh team scratched"); any word that goes on a fraction ("a
# third of", "a fifth more", "a tenth were", "a quarter voted") is none
_ORDINAL_NOUN = re.compile(
    r"\s+(?!(?:of|more|less|fewer|higher|lower|smaller|larger|bigger|up|down|as|to|than|and|or|in|on|at|by|for|"
    r"from|with|the|a|an|its|their|his|her|is|are|was|were|be|been|have|has|had|say|says|said|will|would|could|can|"
    r"may|might|must|should|do|does|did|now|still|already|also|only|just|cent|percent|per|\w+ed|\w+ly)\b)"
    r"[a-z][a-z-]+\b")
# ... when a verb follows the noun or a clause ends after it, or a verb before it found or took one more ("found an
# eighth body", "arrested a fourth suspect"): "a third want the minister to go" and "a third floor flat" are no
# ordinals
_ORDINAL_VERB_AFTER = re.compile(r"\s+(?:(?:had|has|have|was|were|is|are|would|will|could|may|might|also|then|later)\b|"
                                 r"[a-z]+ed\b|"
                                 r"(?:died|fell|went|came|left|ran|won|lost|took|made|got|broke|sank|quit)\b)|\s*,")
_ORDINAL_VERB_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|found|caught|took|held|brought|pulled|dug|saw)\s+$")
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20}
ORDINAL_RE = re.compile(r"(?<![\w-])(" + "|".join(ORDINALS) + r")(?![\w-])", re.I)  # "2nd round": a label
_COMPOUND_UNIT = {"storey": "storeys", "story": "storeys", "floor": "storeys", "member": "members",
                  "strong": "members", "seat": "seats", "hour": "hours", "day": "days", "week": "weeks",
                  "month": "months", "year": "years", "km": "km", "kilometre": "km", "kilometer": "km",
                  "mile": "miles", "metre": "m", "meter": "m", "minute": "minutes", "bed": "beds",
                  "lane": "lanes", "point": "points", "page": "pages", "foot": "ft", "unit": "units",
                  "megawatt": "MW", "gigawatt": "GW", "kilogram": "kg", "kilo": "kg", "kg": "kg", "tonne": "t",
                  "ton": "t", "pound": "lb", "lb": "lb", "inch": "in", "centimetre": "cm", "centimeter": "cm",
                  "cm": "cm", "millimetre": "mm", "millimeter": "mm", "mm": "mm", "hectare": "ha", "acre": "acres",
                  "litre": "l", "liter": "l", "gallon": "gal", "tesla": "tesla", "megaampere": "MA",
                  "kiloampere": "kA", "ampere": "A", "gigajoule": "GJ", "megajoule": "MJ"}
# money told in pounds as an adjective: "a 20-pound note", "a 500-pound fine" (no weight)
_POUND_MONEY = re.compile(r"\s+(?:notes?|fines?|fees?|bills?|payments?|coins?|deals?|bonus(?:es)?|grants?|"
                          r"vouchers?|tickets?|prizes?|bets?|loans?|budgets?|contracts?)\b", re.I)
_COMPOUND_RE = "|".join(sorted(_COMPOUND_UNIT, key=len, reverse=True))


def _apply_qualifier(qual: str, low, high):
    if qual == "about":
        return low * 0.9, high * 1.1
    if qual == "nearly":
        return low * 0.9, high
    if qual == "up to":
        return None, high
    if qual in ("more than", "at least"):
        return low, None
    if qual in ("fewer than", "less than"):
        return None, high
    return low, high


_NOT_SUBJECT = {
    "the", "a", "an", "and", "or", "but", "in", "on", "at", "to", "of", "for", "by", "with",
    "from", "into", "after", "before", "since", "during", "as", "that", "which", "who", "when",
    "was", "were", "is", "are", "be", "been", "had", "has", "have", "will", "would", "could",
    "may", "might", "can", "said", "says", "than", "more", "other", "others", "while", "last",
    "this", "its", "their", "his", "her", "our", "it", "they", "he", "she", "we", "so", "also",
    "ago", "later", "earlier", "over", "across", "near", "per", "until", "if", "about",
    "percent", "per", "against", "through", "under", "between", "among", "amid", "despite",
    "according", "did", "do", "does", "not", "no", "because", "where", "whose", "there",
    "then", "only", "each", "all", "both", "now", "out", "up", "down", "off", "again",
    "without", "within", "beyond", "toward", "towards", "via", "behind", "inside", "outside", "around",
    "upon", "onto", "above", "below", "along", "throughout", "though", "although", "whether", "nor",
    "unless", "even", "once",
}


# ----------------------------------------------------------------------------- dates & times
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
HOLIDAYS = {
    "new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
    "christmas day": (12, 25), "boxing day": (12, 26), "halloween": (10, 31),
    "valentine's day": (2, 14), "independence day": None,
}
ZONES = {
    "GMT": 0, "UTC": 0, "Z": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
    "MSK": 180, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "ET": None, "CT": None, "PT": None, "IST": 330, "JST": 540, "KST": 540,
    "AEST": 600, "AEDT": 660, "SAST": 120, "WAT": 60, "EAT": 180, "CAT": 120, "WIB": 420,
    "HKT": 480, "SGT": 480, "PKT": 300, "GST": 240, "AST": 180, "IRST": 210, "TRT": 180,
    "WET": 0, "WEST": 60, "BRT": -180, "CLT": -240, "CLST": -180, "NZST": 720, "NZDT": 780, "ACST": 570,
    "ACDT": 630, "AWST": 480, "PHT": 480, "ICT": 420, "NPT": 345, "MMT": 390, "HST": -600, "AKST": -540,
    "AKDT": -480, "NST": -210, "NDT": -150, "ADT": -180,
}

_US_ZONES = {"ET": "eastern", "CT": "central", "PT": "pacific"}  # their offset depends on the day
# zones written out in full, with the UTC offset in minutes each name says whatever the day ("Eastern Standard
# Time" is UTC−5 even when a writer means summer): "11:48 p.m. Eastern Standard Time", "9am British Summer Time"
FULL_ZONES = {
    "greenwich mean": 0, "coordinated universal": 0, "western european": 0, "western european summer": 60,
    "british summer": 60, "irish standard": 60, "central european": 60, "central european summer": 120,
    "eastern european": 120, "eastern european summer": 180, "moscow standard": 180,
    "eastern standard": -300, "eastern daylight": -240, "central standard": -360, "central daylight": -300,
    "mountain standard": -420, "mountain daylight": -360, "pacific standard": -480, "pacific daylight": -420,
    "alaska standard": -540, "alaska daylight": -480, "hawaii standard": -600, "hawaii-aleutian standard": -600,
    "atlantic standard": -240, "atlantic daylight": -180, "newfoundland standard": -210,
    "newfoundland daylight": -150, "yukon standard": -420,
    "australian eastern standard": 600, "australian eastern daylight": 660, "australian central standard": 570,
    "australian central daylight": 630, "australian western standard": 480, "new zealand standard": 720,
    "new zealand daylight": 780, "indian standard": 330, "sri lanka standard": 330, "nepal standard": 345,
    "pakistan standard": 300, "bangladesh standard": 360, "china standard": 480, "japan standard": 540,
    "korea standard": 540, "korean standard": 540, "philippine standard": 480, "singapore standard": 480,
    "western indonesia": 420, "gulf standard": 240, "arabia standard": 180, "arabian standard": 180,
    "iran standard": 210, "israel standard": 120, "israel daylight": 180, "south africa standard": 120,
    "south african standard": 120, "east africa": 180, "west africa": 60, "central africa": 120,
}
_FULL_ZONE_RE = "(?:" + "|".join(r"\s+".join(map(re.escape, name.split())) for name in
                                 sorted(FULL_ZONES, key=len, reverse=True)) + r")\s+time\b"

_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ZONE_NAMES = "|".join(sorted(ZONES, key=len, reverse=True))
_ZONE_RE = r"(?:(?:GMT|UTC)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|" + _ZONE_NAMES + r")"
# the clock of a named place: "Moscow time", "San Antonio time" (case-sensitive)
# "Brasília time", "Yaoundé time", "UAE time", "NZ time": accented names and a country's initials too
PLACE_NAME = r"(?:[A-ZÀ-Ý][a-zß-ÿ]+(?:\s[A-ZÀ-Ý][a-zß-ÿ]+)?|[A-Z]{2,3})"
_WD_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIME_QUAL = (
    r"(?:(?:at\s+)?(?:about|around|approximately|roughly|shortly after|shortly before|"
    r"just after|just before|soon after|before|after|by|until)\s+|at\s+)"
)
_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# "at five sharp": an hour said to be exact, followed by what may follow a time ("five sharp knives" are a count)
SHARP = (r"\s+sharp\b(?=\s*(?:[.,;:!?)\"”’]|$|\s+(?:on|in|at|and|when|as|from|with|to|that|this|every|each|local|"
         r"GMT|UTC|tonight|tomorrow|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))")
_MINUTES = {"five": 5, "ten": 10, "a quarter": 15, "quarter": 15, "twenty": 20, "twenty-five": 25, "twenty five": 25,
            "half": 30}
_MINUTE_WORDS = "|".join(m.replace(" ", r"\s+") for m in sorted(_MINUTES, key=len, reverse=True))
_CLOCK = (
    # "23h50": the hour and minutes the French way
    r"(?:(?P<h1>[01]?\d|2[0-3])(?::|\.|(?P<hsep>h)(?=[0-5]\d\b))"
    r"(?P<m1>[0-5]\d)(?::(?P<s1>[0-5]\d)(?:\.\d+)?(?![\d:]))?\s*(?P<ap1>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)?"
    # "around 4:15 in the afternoon", "11.30 at night": the part of the day says am or pm
    r"(?:(?<=\s)in\s+the\s+(?P<part1>morning|afternoon|evening)\b|(?<=\s)(?P<night1>at\s+night)\b)?"
    r"|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
    r"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s*(?:hours\b|hrs\b|GMT|UTC|Z\b|local|"
    r"(?-i:(?:" + _ZONE_NAMES + r")\b|" + PLACE_NAME + r"\s+time\b)))"
    r"|(?:(?:12|twelve)\s+)?(?P<named>midnight|noon|midday)"  # "at 12 noon", "twelve midnight"
    # "8 in the evening", "eleven at night", "half past four in the afternoon": a part of the day says am or pm
    # "around 7 o'clock": on the hour, morning or evening unsaid (the matching weighs both)
    r"|(?:(?P<frac>half|(?:a\s+)?quarter)\s+(?P<fdir>past|to)\s+)?(?P<h4>1[0-2]|0?[1-9]|" + _HOUR_WORDS + r")"
    r"(?=\s+o['’]clock\b|\s+in\s+the\s+(?:morning|afternoon|evening)\b|\s+(?:at\s+night|tonight|last\s+night)\b|"
    # "we started at five sharp": on the hour, like o'clock ("five sharp knives" are a count)
    + SHARP + r")"
    r"(?:\s+(?:o['’]clock|sharp)\b)?"
    r"(?:\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|(?P<night>at\s+night|tonight|last\s+night)))?"
    # "twenty to six", "ten past nine", "a quarter to eleven at night": minutes told in words before the hour
    r"|(?P<mins>" + _MINUTE_WORDS + r")\s+(?P<mdir>past|to)\s+(?P<h5>" + _HOUR_WORDS + r")\b(?:\s+o['’]clock\b)?"
    r"(?:\s+(?:in\s+the\s+(?P<part5>morning|afternoon|evening)|(?P<night5>at\s+night|tonight|last\s+night)))?)"
)
_REL_NUM = rf"(?:\d+|{_W_NUM}|a few|several|an?)"
TIME_RE = re.compile(
    rf"(?<![\w:.])(?P<qual>{_TIME_QUAL})?"
    rf"(?:(?P<reln>{_REL_NUM})\s+(?P<relu>minutes?|hours?)\s+(?P<reld>after|past|before|to)\s+)?"
    rf"{_CLOCK}"
    rf"(?:\s*(?P<hrs>hours|hrs)\b)?"
    rf"(?:(?P<zfull>\s*\(?{_FULL_ZONE_RE}\)?)|"
    rf"(?P<zone>\s*\(?(?:local time|local|{_ZONE_RE})\b\)?(?:\s+time\b)?)|"
    # "12.50am on Wednesday (AEST)": the zone in brackets after the day
    rf",?\s*(?-i:(?P<zwd2>(?:on\s+)?{_WD_RE}))\s+\((?-i:(?P<zone2>{_ZONE_RE}))\)|"
    # "3:50 p.m. Sunday, California time": the day may come between the clock and its place
    rf",?\s*(?:(?-i:(?P<zwd>(?:on\s+)?{_WD_RE}))(?:\s+(?:night|morning|afternoon|evening))?,?\s+)?"
    rf"(?-i:(?P<zplace>{PLACE_NAME}))\s+time\b)?",
    re.I,
)
DATE_RE = re.compile(
    rf"(?<![\w])(?:(?P<wd>{_WD_RE}),?\s+)?(?:(?P<mon>{_MONTH_RE})\s+(?P<day>{_DAY_RE})\b"
    rf"|(?P<day2>{_DAY_RE})\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})(?!\w))"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
)
HOLIDAY_RE = re.compile(
    r"(?<![\w])(?P<hol>New Year[’']?s Eve|New Year[’']?s Day|Christmas Eve|Christmas Day|"
    r"Boxing Day|Halloween|Valentine[’']?s Day)(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
WEEKDAY_RE = re.compile(
    rf"(?<![\w])(?:(?:late|early)\s+)?(?:on\s+)?(?P<wd>{_WD_RE})"
    rf"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
)


@dataclass
class _Atom:
    start: int
    end: int
    kind: str  # "date", "time", "weekday"
    date: tuple[int | None, int, int] | None = None  # (year or None, month, day)
    time: tuple[int, int] | None = None
    tz: str = ""
    qual: str = ""
    weekday: int | None = None
    future: bool = False


# the part of the day a weekday after a clock names: "a quarter to eleven on Tuesday night", "4.30 on Monday afternoon"
_DAY_PART_AFTER = re.compile(rf"\s*,?\s+(?:on\s+)?{_WD_RE}\s+(night|morning|afternoon|evening)\b")
# "It was twenty to six": a clock in words that needs no "at" (a range "from ten to twelve" is no clock)
_IT_WAS = re.compile(r"\b(?:it|that)\s+(?:was|is)\s+$|\bit['’]s\s+$", re.I)


# the day named just before "at 13.40" makes it a clock: "sentenced him today at 13.40", "on Monday at 18.05"
_DAY_BEFORE_AT = re.compile(r"\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|"
                            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+$", re.I)
# the words before an hour written "2h05" that make it a span
_TOOK_BEFORE = re.compile(r"\b(?:in|of|after|took|lasted|lasting|for|than|under|over|within)\s+$", re.I)


# a clock told to the second: "at 02:06:41 UTC", "until 23:59:59", "between 2:06:41 and 2:07:10", "approximately
# 10:32:17", a live blog's "14:05:22 Police said"; a race time has a one-figure hour, no zone after it and no word of a
# clock before it ("won in 2:06:41 on Sunday", "clocked 2:06:14", "the record of 2:07:33", "timed at 1:30:02")
_CLOCK_BEFORE_SECONDS = re.compile(r"(?<!timed )(?<!clocked )\b(?:at|by|from|until|till|since|before|after|around|"
                                   r"about|approximately|roughly|exactly|precisely|between|and)\s+$", re.I)


def _race_time(m: re.Match) -> bool:
    """Whether a clock read to the second ("2:06:41") is how long a race took rather than a time of day."""
    g = m.groupdict()
    if len(g["h1"]) == 2 or g.get("ap1") or g.get("zone") or g.get("zfull") or g.get("zplace") or g.get("zwd"):
        return False
    lead = m.string[max(0, m.start() - 30):m.start() + len(g.get("qual") or "")]
    return not _CLOCK_BEFORE_SECONDS.search(lead)


# a race time, hours, minutes and seconds: "won in 2:06:41", "went through halfway in 1:03:40"
RACE_TIME_RE = re.compile(r"(?<![\w:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?P<frac>\.\d+)?(?![\d:])")


def _race_time_hits(sent: str, offset: int, masked: list[tuple[int, int]]) -> list[Hit]:
    """Race times ("2:06:41"), in hours, where no clock time was read (`masked`)."""
    out = []
    for m in RACE_TIME_RE.finditer(sent):
        if any(ms < m.end() + offset and m.start() + offset < me for ms, me in masked):
            continue
        secs = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s")) + float(m.group("frac") or 0)
        out.append(_told_hit(m.start() + offset, m.end() + offset, m.group(0), "", round(secs / 3600, 6), "hours"))
    return out


def _parse_clock(m: re.Match) -> tuple[int, int] | None:
    g = m.groupdict()
    day_part = _DAY_PART_AFTER.match(m.string, m.end("h5") if g.get("h5") else m.end("h4") if g.get("h4") else
                                     m.end("m1") if g.get("m1") else m.end())
    if g.get("named"):
        n = g["named"].lower()
        h, mi = (0, 0) if n == "midnight" else (12, 0)
    elif g.get("h1") is not None:
        if g.get("hsep") and _TOOK_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
            return None  # "finished in 2h05", "a wait of 1h30": a span, not the clock ("at 23h50" is one)
        if g.get("s1") and _race_time(m):
            return None  # "won in 2:06:41", "the record of 2:07:33": a race time (see RACE_TIME_RE), no clock
        h, mi = int(g["h1"]), int(g["m1"])
        ap = (g.get("ap1") or "").lower().replace(".", "")
        part1 = (g.get("part1") or (day_part.group(1) if day_part and not g.get("night1") else "")).lower()
        if not ap and part1 and part1 != "night":
            ap = "am" if part1 == "morning" else "pm"
        elif not ap and (g.get("night1") or part1 == "night"):  # "11.30 at night", "11.30 on Saturday night"
            ap = "am" if h <= 4 or h == 12 else "pm"
        if ap == "pm" and h < 12:
            h += 12
        if ap == "am" and h == 12:
            h = 0
        if not ap and "." in m.group(0) and not g.get("zone") and not g.get("zplace") and \
                not (g["h1"].startswith("0") and len(g["h1"]) == 2 and (g.get("qual") or "").strip()) and \
                not ((g.get("qual") or "").strip().lower() == "at" and _DAY_BEFORE_AT.search(m.string, 0, m.start())):
            # "2.30" without am/pm or zone is probably a decimal; "00.37 Finnish time" and "at 04.50" are clocks
            return None
    elif g.get("h2") is not None:
        h, mi = int(g["h2"]), 0
        ap = (g.get("ap2") or "").lower().replace(".", "")
        if ap == "pm" and h < 12:
            h += 12
        if ap == "am" and h == 12:
            h = 0
    elif g.get("h3") is not None:
        h, mi = int(g["h3"]), int(g["m3"])
    elif g.get("h4") is not None or g.get("h5") is not None:
        word = g.get("h4") or g["h5"]
        h = int(word) if word.isdigit() else int(ONES[word.lower()])
        mi = 0
        part = (g.get("part") or g.get("part5") or ("night" if g.get("night") or g.get("night5") else "")
                or (day_part.group(1) if day_part else "")).lower()
        if g.get("mins") and g["mdir"].lower() == "to" and not (part or g.get("qual") or g.get("zone") or g.get("zplace")
                                                                 or _IT_WAS.search(m.string, 0, m.start())):
            return None  # "from ten to twelve" is a range; "at twenty to six", "twenty to six local time" a clock
        if not part:
            h = h % 12  # "7 o'clock" is read as 07:00 and "12 o'clock" as 00:00; see matching.times.other_half
        elif part == "morning":
            h = 0 if h == 12 else h
        elif part == "afternoon" or h != 12:
            h = h + 12 if h < 12 and not (part == "night" and h <= 4) else h
        else:
            h = 0  # twelve at night
        words = g.get("frac") or g.get("mins")
        if words:  # "half past four", "twenty to six": the minutes from the hour
            delta = _MINUTES[re.sub(r"\s+", " ", words.lower())]
            if (g.get("fdir") or g.get("mdir")).lower() == "to":
                delta = -delta
            h, mi = divmod((h * 60 + delta) % (24 * 60), 60)
    else:
        return None
    if g.get("reln"):
        n = g["reln"].lower()
        k = int(n) if n.isdigit() else (words_to_number(n) if n not in ("a few", "several") else 3)
        if n in ("a", "an"):
            k = 1
        k = int(k or 0)
        if g["relu"].lower().startswith("hour"):
            k *= 60
        if g["reld"].lower() in ("before", "to"):
            k = -k
        total = (h * 60 + mi + k) % (24 * 60)
        h, mi = divmod(total, 60)
    return h, mi


def _atoms(sent: str, published: dt.date | None = None) -> list[_Atom]:
    atoms: list[_Atom] = []
    for m in DATE_RE.finditer(sent):
        mon = (m.group("mon") or m.group("mon2") or "").rstrip(".").lower()
        if mon not in MONTHS:
            continue
        if mon == "may" and m.group("mon") and not m.group("mon")[0].isupper():
            continue
        if m.group("mon") == "May" and re.match(r"\s+\d", sent[m.end("mon"):]) is None:
            continue
        day = int(re.match(r"\d+", m.group("day") or m.group("day2")).group())
        year = int(m.group("year")) if m.group("year") else None
        atoms.append(_Atom(m.start(), m.end(), "date", (year, MONTHS[mon], day)))
    for m in HOLIDAY_RE.finditer(sent):
        key = m.group("hol").lower().replace("’", "'")
        md = HOLIDAYS.get(key)
        if not md:
            continue
        year = int(m.group("year")) if m.group("year") else None
        atoms.append(_Atom(m.start(), m.end(), "date", (year, md[0], md[1])))
    for m in TIME_RE.finditer(sent):
        t = _parse_clock(m)
        if t is None:
            continue
        if m.group("h3") is not None and not (m.group("zone") or m.group("hrs") or m.group("zplace") or
                                              m.group("zfull")):
            continue
        zone = (m.group("zone") or m.group("zone2") or "").strip(" ()")
        zone = re.sub(r"\s+time$", "", zone, flags=re.I)
        tz = "" if zone.lower().startswith("local") else zone.upper().replace(" ", "").replace("−", "-")
        if m.group("zfull"):
            full = re.sub(r"\s+", " ", m.group("zfull").strip(" ()").lower()).rpartition(" ")[0]
            tz = "UTC" + _places.offset_text(FULL_ZONES[full])
        end = m.start("zwd2") if m.group("zwd2") else m.end()  # the day is a weekday of its own
        if tz in _US_ZONES and published is not None:
            # US Eastern, Central and Pacific time: standard or daylight by the day
            off = _places.zone_offset(_US_ZONES[tz], published)
            tz = f"UTC{off}" if off else tz
        if m.group("zplace"):
            # "4.40am French time", "2 p.m. Moscow time", "9 a.m. Eastern time": the clock of that place
            off = _places.zone_offset(m.group("zplace"), published)
            tz = f"UTC{off}" if off else ""
            if not off:
                if m.group("h3") is not None and not m.group("hrs"):
                    continue  # "1200 People time": a count, not a clock
                end = m.start("zplace")  # "at 3.40am This time...": no place, the time ends at its clock
            if m.group("zwd"):
                end = m.start("zwd")  # the day between is a weekday of its own; the clock keeps the place's zone
        while end > m.start() and sent[end - 1] in " ,":
            end -= 1  # a clock cut before its day or place ends at its last word
        q = (m.group("qual") or "").lower().strip()
        q = re.sub(r"^at\s+", "", q)
        at_m = re.match(r"at\s+", m.group("qual") or "", re.I)
        qual = "about" if q in ("about", "around", "approximately", "roughly", "shortly after",
                                "shortly before", "just after", "just before", "soon after") else ""
        s = m.start() if qual else (m.start("reln") if m.group("reln") else m.start() + len(m.group("qual") or ""))
        if m.group("qual") and not qual:
            s = m.start() + len(m.group("qual"))
        elif at_m:
            s = m.start() + at_m.end()
        while end > s and sent[end - 1].isspace():
            end -= 1
        if sent[s:end].lower() in ("noon", "midday", "midnight") and not re.search(
                r"\b(?:at|after|before|around|about|by|from|until|till|(?:at|on)\s+the\s+stroke\s+of)\s+$", sent[:s]):
            continue  # "his midnight address"; "at the stroke of midnight" and "from midnight" are times
        atoms.append(_Atom(s, end, "time", time=t, tz=tz, qual=qual))
    for m in WEEKDAY_RE.finditer(sent):
        if any(a.start <= m.start("wd") < a.end for a in atoms):
            continue
        atoms.append(_Atom(m.start("wd"), m.end(), "weekday", weekday=WEEKDAYS[m.group("wd").lower()]))
    # drop atoms nested inside others
    atoms.sort(key=lambda a: (a.start, -(a.end - a.start)))
    out: list[_Atom] = []
    for a in atoms:
        if out and a.start < out[-1].end:
            continue
        out.append(a)
    return out


_JOIN_RE = re.compile(r"^(?:\s|,|on|of|at|the|this|\(|local time|local|today|tonight|yesterday|tomorrow|"
                      r"in the (?:morning|evening|afternoon|night))*$", re.I)
# "(03.40 GMT / 04.40 CET on Wednesday)": one conversion after another inside the brackets
_JOIN_IN_BRACKETS_RE = re.compile(r"\s*[/;,]\s*")


def _zone_offset(tz: str) -> int | None:
    if not tz:
        return None
    if tz in ZONES:
        return ZONES[tz]
    m = re.fullmatch(r"(?:GMT|UTC)([+-])(\d{1,2}):?(\d{2})?", tz)
    if m:
        mins = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return mins if m.group(1) == "+" else -mins
    return None


def _resolve_date(ymd, published: dt.date | None) -> dt.date | None:
    year, mon, day = ymd
    try:
        if year:
            return dt.date(year, mon, day)
        if published is None:
            return None
        d = dt.date(published.year, mon, day)
        if d > published:
            d = dt.date(published.year - 1, mon, day)
        return d
    except ValueError:
        return None


_ATTR_BEFORE_RE = re.compile(
    r"\b(?:said|says|say|announced|announces|stated|reported|reports|told|added|confirmed|"
    r"claimed|claims|maintained|insisted|denied|tweeted|wrote|posted|warned|acknowledged|"
    r"estimated|saying|announcing|statement|update|briefing)\b"
    r"(?:\s+(?:on|in|late|early|via|through|a|an|the|its|his|her|their|social|media|telegram|"
    r"twitter|statement|briefing|televised|address|news|conference))*\s*$",
    re.I,
)


def find_dates(sent: str, offset: int, published: dt.date | None) -> list[Hit]:
    """Dates and times that date an event, grouped: "about 1 am on January 1 (2200 GMT on
    December 31)" is one hit. Weekdays that date a statement ("said Monday") are dropped."""
    atoms = _atoms(sent, published)
    groups: list[list[_Atom]] = []
    for a in atoms:
        if groups:
            last = groups[-1][-1]
            gap = sent[last.end:a.start]
            so_far = sent[groups[-1][0].start:last.end]
            if (_JOIN_RE.match(gap) or so_far.count("(") > so_far.count(")") and _JOIN_IN_BRACKETS_RE.fullmatch(gap)) \
                    and len(gap) <= 12:
                groups[-1].append(a)
                continue
        groups.append([a])
    hits = []
    for g in groups:
        s, e = g[0].start, g[-1].end
        # close a parenthesis opened inside the group
        seg = sent[s:e]
        if seg.count("(") > seg.count(")"):
            m = re.match(r"\s*\)", sent[e:])
            if m:
                e += m.end()
        seg = sent[s:e]
        if seg.endswith(")") and "(" not in seg:
            e -= 1  # "(16.00 CET)": the bracket closes one the figure stands in
            seg = sent[s:e]
        paren = seg.find("(")
        close = seg.find(")", paren + 1) if paren >= 0 else -1
        if paren >= 0 and close < 0:
            close = len(seg)

        def in_paren(a: _Atom) -> bool:
            return paren >= 0 and paren < a.start - s < close

        primary = [a for a in g if not in_paren(a)]
        secondary = [a for a in g if in_paren(a)]
        p_date = next((a for a in primary if a.kind == "date"), None)
        p_time = next((a for a in primary if a.kind == "time"), None)
        p_wd = next((a for a in primary if a.kind == "weekday"), None)
        s_date = next((a for a in secondary if a.kind == "date"), None)
        s_time = next((a for a in secondary if a.kind == "time"), None)
        s_wd = next((a for a in secondary if a.kind == "weekday"), None)
        if not (p_date or p_time or p_wd):
            continue
        weekday_only = bool(p_wd and not p_date and not p_time)
        # "will reopen on Friday", "next Monday", "is scheduled for Friday"; "the next day" and "the next morning"
        # look back, and so does "the first scheduled train left on Saturday"
        future = bool(re.search(r"\b(?:will|to be held|is due|are due)\b|\bscheduled\s+(?:to|for)\b|"
                                r"\bnext\b(?!\s+(?:day|morning|afternoon|evening|night)\b)", sent))
        if p_wd and not p_date:
            # "said Monday", "announced on Tuesday": dates the statement, not the event
            if _ATTR_BEFORE_RE.search(sent[:s]) or re.match(r"\s*(?:,\s*)?(?:said|says|announced|that)\b", sent[g[-1].end:]):
                if not p_time:
                    continue
        date = None
        if p_date:
            date = _resolve_date(p_date.date, published)
        elif p_wd and published is not None:
            delta = (published.weekday() - p_wd.weekday) % 7
            if future:
                date = published + dt.timedelta(days=(p_wd.weekday - published.weekday()) % 7 or 7)
            else:
                date = published - dt.timedelta(days=delta)
        fields = {
            "text": sent[s:e],
            "qualifier": p_time.qual if p_time else "",
            "date": date.isoformat() if date else "",
            "time": f"{p_time.time[0]:02d}:{p_time.time[1]:02d}" if p_time else "",
            "tz": "",
            "utc": "",
        }
        # time zone: stated on the primary time, or given by a parenthetical conversion
        ref_time, ref_date = None, None
        if p_time and p_time.tz:
            fields["tz"] = p_time.tz
            ref_time, ref_date = p_time, date
        elif s_time and s_time.tz:
            # "02:40 local time (00:40 UTC)", "2:30 am (1830 GMT Monday)": the conversion in brackets gives
            # the instant; the local clock stays the claim's time, in the zone the two clocks imply
            fields["tz"] = s_time.tz
            ref_time = s_time
            ref_date = date
            near = [d for d in (date + dt.timedelta(days=k) for k in (0, 1, -1))
                    if d.weekday() == s_wd.weekday] if s_wd and p_date and date else []
            if s_date:
                ref_date = _resolve_date(s_date.date, published)
            elif near:
                ref_date = near[0]  # "22.40 on Tuesday 16 February (03.40 GMT on Wednesday)": the day after
            elif s_wd and published is not None:
                ref_date = published - dt.timedelta(days=(published.weekday() - s_wd.weekday) % 7)
                if (s_wd.weekday - published.weekday()) % 7 == 1 and p_time and p_time.time > s_time.time:
                    # "7:20 p.m. (0120 GMT on Sunday)" in Saturday's report: past midnight in GMT, the next day
                    ref_date = published + dt.timedelta(days=1)
            s_off = _zone_offset(s_time.tz)
            if p_time and s_off is not None:
                diff = ((p_time.time[0] - s_time.time[0]) * 60 + p_time.time[1] - s_time.time[1]) % 1440
                local_off = s_off + (diff - 1440 if diff > 14 * 60 else diff)
                if -12 * 60 <= local_off <= 14 * 60:
                    fields["tz"] = f"UTC{_places.offset_text(local_off)}"
                    if ref_date is not None and not p_date:
                        instant = dt.datetime.combine(ref_date, dt.time(*s_time.time))
                        fields["date"] = (instant + dt.timedelta(minutes=local_off)).date().isoformat()
        if ref_time is not None:
            off = _zone_offset(ref_time.tz)
            if off is not None and ref_date is not None:
                local = dt.datetime.combine(ref_date, dt.time(*ref_time.time))
                utc = local - dt.timedelta(minutes=off)
                fields["utc"] = utc.strftime("%Y-%m-%dT%H:%M:%SZ")
        hit = Hit(s + offset, e + offset, "date", fields)
        hit.weekday_only = weekday_only
        hit.minor = weekday_only
        hits.append(hit)
    return hits
