"""Salary lines as the Salary table holds them: minimum, maximum, open end, currency, period, label,
note and the words as written. A line with several ranges gives one per range, labelled by the words
before it; OTE, bonus and equity clauses are the note, not ranges."""

import re
from dataclasses import replace

from knowledge.parse import ParsedSalary

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "zł": "PLN",
           # Japanese postings write yen after the amount, in ten thousands (万円, see UNITS) or ones (円);
           # South African ones write rand as "R" before it ("R38 500")
           "円": "JPY", "R": "ZAR",
           # Chinese postings write yuan as 元 after the amount, Korean ones won as 원 ("3,600만원")
           "元": "CNY", "원": "KRW",
           # the naira, peso, won, lira, dong, hryvnia, shekel and baht signs, written before the amount
           "₦": "NGN", "₱": "PHP", "₩": "KRW", "₺": "TRY", "₫": "VND", "₴": "UAH", "₪": "ILS", "฿": "THB"}
# Chinese, Japanese and Korean amounts written in thousands or ten thousands, the unit before the
# currency or alone: "25万円" is ¥250,000, "8千-1.2万元" is 8,000 to 12,000 yuan, "3,600만원" 36,000,000 won.
UNITS = {"千": 1_000, "천": 1_000, "万": 10_000, "萬": 10_000, "만": 10_000}
CODES = ("USD", "EUR", "GBP", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK", "PLN", "JPY", "INR", "NZD", "SGD", "HKD", "BRL",
         # East and southern Africa's, the Gulf's and more of Asia's and Latin America's, as NGOs and banks write them
         "KES", "UGX", "TZS", "RWF", "ZAR", "NGN", "GHS", "AED", "SAR", "QAR", "MYR", "THB", "IDR", "VND", "CNY",
         "MXN", "COP", "CLP", "ARS",
         # Central and Eastern Europe's, Iceland's, and more of Asia's and the Middle East's
         "CZK", "HUF", "RON", "BGN", "ISK", "TRY", "UAH", "ILS", "EGP", "PKR", "BDT", "LKR", "PHP", "KRW")
# "₹18-24 LPA", "18-24 Lacs P.A.": Indian pay in lakhs (hundreds of thousands) of rupees.
LAKH = 100_000
# The best-known cities and regions of Canada and Australia: a bare "$" there is their dollar, and
# bot/countries.py places a role's location in the country by them.
CANADIAN_PLACES = ("toronto", "vancouver", "montreal", "montréal", "calgary", "ottawa", "edmonton", "winnipeg",
                   "halifax", "mississauga", "ontario", "quebec", "québec", "british columbia", "alberta", "manitoba",
                   "saskatchewan", "nova scotia", "new brunswick")
AUSTRALIAN_PLACES = ("sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra", "hobart")
# Where a bare "$" is not the US dollar: countries, and the regions and cities postings name alone, and
# the legal forms of companies registered there ("Pte. Ltd.": Singapore).
DOLLAR_PLACES = (
    ("CAD", "canada|" + "|".join(CANADIAN_PLACES) + r"|newfoundland|prince edward island|yukon|nunavut|"
            r"northwest territories|brampton|surrey, bc|burnaby|kelowna|saskatoon|regina, sk|gatineau|laval|"
            r"moncton|fredericton|charlottetown|whitehorse|yellowknife|"
            # provinces as addresses abbreviate them; not "ON" or "CA", which are words and California
            r"bc|qc|nb|ns|pei|sk|mb"),
    ("AUD", r"australia|new south wales|nsw|queensland|qld|victoria, australia|vic|tasmania|tas|"
            r"western australia|south australia|northern territory|" + "|".join(AUSTRALIAN_PLACES) +
            r"|darwin|gold coast|sunshine coast|geelong|toowoomba|cairns|townsville|wollongong|"
            r"parramatta|newcastle, nsw|"
            # a feed's country code closing the place: "Parramatta, AU"
            r"au$|aus$|"
            # the company's legal form: South Africa's "Pty Ltd" pays in rand, written R, never "$"
            r"pty\.? ltd"),
    ("NZD", r"new zealand|aotearoa|auckland|wellington|christchurch|tauranga|bay of plenty|hamilton, nz|dunedin|"
            r"queenstown|palmerston north|rotorua|napier|nelson, nz|whangarei|invercargill|new plymouth|blenheim|"
            r"marlborough|waikato|otago|hawke'?s bay|northland, nz|southland|nz"),
    ("SGD", r"singapore|jurong|tampines|changi|woodlands, sg|sg$|pte\.? ltd"),
    ("HKD", r"hong kong|kowloon|wan chai|tsim sha tsui"),
)
# A place's name followed by a street's kind is a street ("1200 Darwin Ave, Chicago"), not the place.
_STREET = r"(?!\s+(?:ave|avenue|st|street|rd|road|dr|drive|blvd|boulevard|lane|ln|way|pl|place|ct|court|pkwy)\b)"
_DOLLAR_PLACES = tuple((code, re.compile(rf"\b(?:{words})\b{_STREET}", re.I)) for code, words in DOLLAR_PLACES)


# The US states' codes as addresses write them ("Chicago, IL 60601"; bot/countries.py: "Delhi, NY"); not CA
# (also Canada's), IN (India's) or WA (Western Australia's), which are other countries' too.
US_STATES = set("AL AK AZ AR CO CT DE FL GA HI ID IL IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
                "OK OR PA RI SC SD TN TX UT VT VA WV WI WY DC".split())
# A place in the US: its name, or a state's code after a comma, but OR and DE, which are words too.
_US = re.compile(r"\b(?:US|USA|U\.S\.A?\.?|United States|America)\b"
                 r"|,\s*(?:" + "|".join(sorted(US_STATES - {"OR", "DE"})) + r")\b")


def dollars_of(place: str | None) -> str | None:
    """The dollar a posting in this place pays in, when it is not the US dollar ("Halifax, Nova Scotia": CAD);
    None for a place that names the US too ("Remote in the US or Canada")."""
    if not place or _US.search(place):
        return None
    return next((code for code, words in _DOLLAR_PLACES if words.search(place)), None)


_INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}")
# Currencies written as a prefix to "$".
DOLLARS = {"C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "US$": "USD", "NZ$": "NZD", "R$": "BRL",
           "S$": "SGD", "HK$": "HKD"}

# R before an amount is rand only when it is one ("R21 000", "R350000"), not a grade ("Grade R4 - R5").
# An amount starts where its number does ((?<!\d)): tried inside a run of digits, each start re-read the
# rest of the run, and a line of a few thousand digits took minutes.
_AMOUNT = (
    r"(?P<{n}cur>C\$|CA\$|A\$|AU\$|US\$|NZ\$|R\$|HK\$|(?<![A-Za-z])S\$|[$€£¥₹]|(?<![\w$])R(?=\d{{3}}|\d{{1,3}}[ ,.\u202f]\d{{3}})|[₦₱₩₺₫₴₪฿])?\s*(?<!\d)(?P<{n}num>\d{{1,2}}(?:,\d\d)+,\d{{3}}(?!\d)|\d{{1,3}}(?:[.,\u202f '’\u066c]\d{{3}})+(?:[.,\u066b]\d{{2}})?(?!\d)|\d+(?:[.,\u066b]\d{{1,2}}(?!\d))?)"
    r"\s*(?P<{n}k>[kK]\b|K\b)?(?P<{n}lakh>\s*(?i:lakhs?|lacs?|lpa)\b)?"
    # the symbol after the amount, as German, French, Dutch and Polish postings write it: "65.000 €", "9 500 zł"
    r"(?:\s?(?=[千천万萬만$€£₹円元원]|zł)(?P<{n}unit>[千천万萬만])?(?P<{n}post>[$€£₹]|zł(?!\w)|[円元원])?)?"
)
# "150k+" has no upper end; "£45k–£55k + 10% bonus" and "+ KiwiSaver" add something to the range.
_PLUS = r"(?:\s*(?P<plus>(?<!\s)\+|(?<=\s)\+(?!\s*[\w(])))?"
_RANGE = re.compile(
    # Spanish and Portuguese join a range's ends with "a" ("$16,000 a $18,500 MXN"), before a sign only;
    # French with "à" ("32 000 € à 36 000 €")
    _AMOUNT.format(n="a") + r"\s*(?P<sep>[-–—～〜~]|to\b|and\b|à(?=\s)|a(?=\s*(?:[$€£¥₹₦₱₩₺₫₴₪฿]|[A-Z]{1,3}\$)))\s*" + _AMOUNT.format(n="b") + _PLUS
)
# "from €95k, up to €125k": a range said as its two ends.
_FROM_UP_TO = re.compile(
    r"\b(?:from|starting at)\s+" + _AMOUNT.format(n="a") + r"\s*,?\s*(?P<sep>up to)\s+" + _AMOUNT.format(n="b")
    + _PLUS, re.I)
# "between €3,400 and €4,300": "and" joins a range only after "between".
_BETWEEN = re.compile(r"\bbetween\s*$", re.I)
_SINGLE = re.compile(_AMOUNT.format(n="a") + _PLUS)
_CODE = re.compile(r"\b(" + "|".join(CODES) + r")\b")
# English first, then the German, French, Dutch and Spanish words postings from those countries use
# ("brutto im Jahr", "brut par an", "per maand", "por hora").
_PERIODS = (
    # a driver's pay by the distance driven: "$0.68 per mile", "62 cpm"
    (re.compile(r"(?:\bper|\ba|/)\s*(?:mile|mi)\b|\bcpm\b", re.I), "per mile"),
    # UK shorthand right after the amount: "£13.10ph", "£11.44 p/h", "£450pw", "£2,100 pcm"
    (re.compile(r"(?:\bper|\ban|\ba|/)\s*(?:hour|hr|h)\b|\bhourly\b|(?<=\d)\s?p\.?/?h\.?(?!\w)|"
                r"(?:\bpro|/)\s*stunde\b|\bstündlich|(?:\bpar|/)\s*heure\b|\bper uur\b|\bpor hora\b|時給|时薪|시급", re.I), "per hour"),
    (re.compile(r"(?:\bper|\ba|/)\s*(?:working )?day\b|\bdaily\b|\bday rate\b|日給|\btagessatz|(?:\bpar|/)\s*jour\b|\bper dag\b",
                re.I), "per day"),
    (re.compile(r"(?:\bper|\ba|/)\s*(?:week|wk)\b|\bweekly\b|(?<=\d)\s?p\.?w\.?(?!\w)", re.I), "per week"),
    (re.compile(r"(?:\bper|\ba|/)\s*(?:month|mo)\b|\bmonthly\b|(?<=\d)\s?pcm\b|(?:\bpro|\bim|/)\s*monat\b|\bmonatlich|"
                r"(?:\bpar|/)\s*mois\b|\bmensuel|(?:\bper|/)\s*maand\b|\bal mes\b|\bpor m[eê]s\b|\bmensa(?:l|is)\b|\bmensual(?:es)?\b|"
                # Chinese and Korean: "月薪 8千-1.2万元", "월급 250만원"
                r"月薪|월급|"
                # Polish: "zł brutto / mies.", "miesięcznie"
                r"/\s*mies\b|\b1[2-6]\s+pagas\s+de\b|\bmiesi[eę]cznie\b|\bna miesi[aą]c\b|月給|月額", re.I), "per month"),
    (re.compile(r"(?:\bper|\ba|/)\s*(?:year|yr|annum)\b|\bannual|\byearly\b|\bp\.?a\.?(?!\w)|\blpa\b|"
                r"(?:\bpro|\bim|/)\s*jahr\b|\bjährlich|\bjahresgehalt|(?:\bpar|/)\s*an\b|\bannuel|"
                r"(?:\bper|/)\s*jaar\b|\bjaarlijks|\bal año\b|\bpor año\b|/\s*año\b|\banual(?:es)?\b|"
                # a year's pay said by the instalments it comes in: "en 14 pagas", "su 14 mensilità"
                r"\ben\s+1[2-6]\s+pagas\b|\b(?:su|in)\s+1[2-6]\s+mensilit[aà]\b|"
                # Italian: "RAL" (retribuzione annua lorda), "lordi annui", "all'anno"
                r"(?-i:\bRAL\b)|\bannu[ai]\b|\ball['’]anno\b|年収|年俸|年薪|연봉", re.I), "per year"),
)
# Clauses about pay beyond the base range: kept as the salary's note.
NOTE_WORDS = re.compile(r"\b(?:OTE|on[- ]target|averag(?:e|es|ing)|allowances?|stipends?|bonus|commission|variable|equity|stock|options?|RSUs?|ESOPs?|(?:shift )?differentials?|(?:shift|night|weekend|sunday|holiday|overtime|pay) premiums?|sign-on|signing|tips?|gratuit(?:y|ies)|"
                         # Australian awards: "plus penalty rates", "+ 25% casual loading", "+ super"
                         r"penalty rates?|(?:casual |shift |annual leave )?loadings?|superannuation|(?<=\+ )super|(?<=plus )super|(?<=% )super|"
                         r"shares|incentive|pro[- ]rata)\b", re.I)
# Sentences of a salary line, and the clauses inside one ("£32,000 base, £44,000 OTE").
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z$€£₹])|\s*[;|]\s*")
# A "+" before words that hold an amount of money of their own starts a clause too: "₱22,000 basic per month +
# commission (OTE ₱55,000 – ₱70,000 per month)" pays ₱22,000, the OTE its note ("+ super (includes 25% loading)" stays whole).
# ... when the pay before the "+" has a sign of its own ("up to 85k + car allowance (OTE £120k)" is one clause).
_SIGN = re.compile(r"[$€£¥₹₦₱₩₺₫₴₪฿円元원]|\b[A-Z]{3}\b")
_CLAUSE = re.compile(r",\s+(?=with\b|plus\b|and\b|averag|[£€$]\d)|\s+(?=plus\b)|\s+(?=\+\s*[A-Za-z][^+]*?[$€£¥₹₦₱₩₺₫₴₪฿]\s?\d)", re.I)
# Words before an amount that say what it is, not which range it is.
_NOT_LABEL = re.compile(r"^(?:and\s+)?(?:the\s+)?(?:base\s+)?(?:salary|pay|compensation|range|band|rate|base|ctc|ral|"
                        r"salary (?:range|band)|pay (?:range|band)|up to|from|starting at|between|"
                        r"min(?:imum)?|max(?:imum)?|approximately|about|around|circa|c\.|is|of)?"
                        r"(?:\s+(?:is|of|will be|starts? at))?\W*$", re.I)


def parse(text: str, currency: str | None = None) -> ParsedSalary | None:
    """The first amount or range of money in `text`, or None when it has none."""
    found = parse_all(text, currency)
    return found[0] if found else None


def parse_all(text: str, currency: str | None = None) -> list[ParsedSalary]:
    """Every range of base pay in `text`, labelled by the words before it in its clause, the OTE, bonus
    and equity clauses as their note. `currency` is the document's, for a bare "$"."""
    text = " ".join(text.split())
    code = _CODE.search(text)
    line_period = _period(text, _LINE_PERIODS)
    pay, notes, written = [], [], None
    for sentence in _SENTENCES.split(text):
        starts = [0] + [m.end() for m in _CLAUSE.finditer(sentence)
                        if sentence[m.end():m.end() + 1] != "+" or _SIGN.search(sentence[:m.start()])]
        for i, at in enumerate(starts):
            clause = sentence[at: starts[i + 1] if i + 1 < len(starts) else None]
            if NOTE_WORDS.search(clause):
                notes.append(sentence[at:].strip(" ,.+"))  # the rest of the sentence, as written
                if clause.startswith("+"):  # "$28/hr + tips (… $14/hr)": the pay is written with its "+ tips"
                    written = sentence.strip(" ,.")
                break
            pay.append(clause)
    found = [s for clause in pay if (s := _one(text, clause, code, line_period, currency))]
    if not found:  # only an OTE or a bonus is stated: better than nothing, with its words
        found = [s for clause in notes[:1] if (s := _one(text, clause, code, line_period, currency))]
    if not found:
        return []
    note = "; ".join(notes) or None
    if len(found) == 1:
        return [replace(found[0], note=note, label=None, text=written or found[0].text)]
    return [replace(s, note=note) for s in found]


def _one(text: str, clause: str, code, period: str | None, currency: str | None) -> ParsedSalary | None:
    match, both = _amount(clause, bool(code))
    if match is None:
        return None
    label = clause[: match.start()].strip(" :–—-,(")
    label = _CODE.sub("", label).strip(" :–—-,(")
    label = None if _NOT_LABEL.match(label) or len(label) > 40 else _tidy_label(label)
    # the pay's own adjective, then the period after the amount: "20 hours a week … £16 - £18 per hour"
    # is hourly pay
    adjective = _PAY_ADJECTIVE.search(clause[: match.start()])
    return _salary(clause.strip(" ,."), clause, match, both=both,
                   period=(adjective and _period(adjective.group())) or _period(clause[match.start():])
                   or _period(clause) or period,
                   currency=currency, code=code, label=label)


def _amount(clause: str, code: bool):
    for match in _FROM_UP_TO.finditer(clause):
        if _symbol(match, "a") or _symbol(match, "b") or code:
            return match, True
    for match in _RANGE.finditer(clause):
        if match.group("sep") == "and" and not _BETWEEN.search(clause[: match.start()]):
            continue
        if _symbol(match, "a") or _symbol(match, "b") or code or match.group("ak") or match.group("bk") \
                or match.group("blakh") or match.group("bunit"):
            return match, True
    for match in _SINGLE.finditer(clause):
        if _symbol(match, "a") or (code and _number(match, "a") >= 10 and not _COUNTED.match(clause, match.end())) \
                or match.group("ak") or match.group("alakh") or match.group("aunit"):
            return match, False
    return None, False


# A number that counts something else, in a line that names a currency elsewhere: "24 days of paid leave".
_COUNTED = re.compile(r"\s*[-–]?\s*(?:days?|weeks?|months?|years?|hours?|hrs?|people|employees|staff|members|%|percent|"
                      r"sites?|languages?|countries|offices|locations)\b", re.I)


def _symbol(match: re.Match, n: str) -> str | None:
    """An amount's currency symbol, before it ("€65.000") or after it ("65.000 €")."""
    return match.group(f"{n}cur") or match.group(f"{n}post")


def _tidy_label(label: str) -> str | None:
    label = re.sub(r"\s*\b(?:salary|pay|base|band|range)\b\s*$", "", label, flags=re.I).strip(" :–—-,(")
    return label or None


# How long someone works, not what the pay is per: "3 days a week in the office", "8 hours a day",
# "on call one week a month"; and time off, a perk: "a day off for your birthday".
_WORKING_TIME = re.compile(r"\b(?:(?:days?|weeks?|hours?|hrs?|shifts?|nights?)\s*(?:a|per|/|each)\s*"
                           r"(?:day|week|wk|month)|(?:days?|weeks?)\s+off)\b", re.I)

# How often the pay is paid, not what it is per: "€3.400 a month (14 times a year)".
_PAYMENTS = re.compile(r"\b\d{1,2}\s*(?:times|instalments|installments|payments|salaries)\s*(?:a|per)\s*year\b", re.I)
# A period named as the pay's own adjective: "a gross monthly salary of €3.400 – €3.900".
_PAY_ADJECTIVE = re.compile(r"\b(?:hourly|daily|weekly|monthly|annual|yearly)\s+(?:(?:gross|net|base|basic)\s+)?"
                            r"(?:salary|pay|wage|rate|compensation)\b", re.I)


# The periods a whole line lends an amount with none in its own clause: not a day or a week,
# which elsewhere on the line are mostly a perk ("plus a day off for your birthday").
_LINE_PERIODS = tuple((pattern, name) for pattern, name in _PERIODS if name not in ("per day", "per week"))


def _period(text: str, periods=_PERIODS) -> str | None:
    """The period written first: "per year, paid in 13 monthly instalments" is a year's pay."""
    text = _PAYMENTS.sub(" ", _WORKING_TIME.sub(" ", text))
    found = [(m.start(), name) for pattern, name in periods if (m := pattern.search(text))]
    return min(found)[1] if found else None


def _salary(text: str, clause: str, match: re.Match, *, both: bool, period: str | None,
            currency: str | None, code, label: str | None) -> ParsedSalary:
    low = _number(match, "a")
    high = _number(match, "b") if both else None
    if both and match.group("bk") and not match.group("ak") and low < 1000:
        low *= 1000  # "$120-150k"
    before = clause[: match.start()].lower()
    open_ended = bool(match.group("plus"))
    if not both:
        if re.search(r"\bup to\s*$|\bmax(?:imum)?\s*$", before):
            low, high = None, low
        elif re.search(r"\b(?:from|starting at|min(?:imum)?)\s*$", before):
            open_ended = True
        elif not open_ended:
            high = low
    symbol = _symbol(match, "a") or (_symbol(match, "b") if both else None)
    if symbol in DOLLARS:
        found = DOLLARS[symbol]
    elif code:
        found = code.group(1)
    elif symbol == "$" and currency in ("CAD", "AUD", "NZD", "SGD", "USD"):
        found = currency  # "$" in a document that says its dollars are Canadian
    elif symbol:
        found = SYMBOLS[symbol]
    elif match.group("alakh") or both and match.group("blakh"):
        found = "INR"
    else:
        found = currency
    return ParsedSalary(stated=True, text=text, line=0, minimum=low, maximum=high, open_ended=open_ended,
                        currency=found, period=period, label=label).low_to_high()


def _number(match: re.Match, n: str) -> float:
    raw = match.group(f"{n}num")
    if _INDIAN_GROUPS.fullmatch(raw):  # "12,00,000": lakh grouping, commas after the thousands
        raw = raw.replace(",", "")
    digits = re.sub(r"[.,\u202f '’\u066c](?=\d{3}\b)", "", raw)
    try:
        value = float(digits.replace(",", ".").replace("\u066b", "."))
    except ValueError:
        value = 0.0
    if match.group(f"{n}k"):
        value *= 1000
    value *= UNITS.get(match.group(f"{n}unit") or "", 1)
    if match.group(f"{n}lakh") or n == "a" and match.re in (_RANGE, _FROM_UP_TO) and match.group("blakh"):
        value *= LAKH  # "18-24 Lacs P.A.", "₹18-24 LPA"
    return _whole(value)


def _whole(value: float) -> float:
    """An int when the amount is whole; cents kept ("$28.50 an hour")."""
    value = round(value, 2)
    return int(value) if value == int(value) else value


def from_numbers(low, high, currency: str | None, period: str | None, text: str) -> ParsedSalary | None:
    """A salary given as numbers (structured data, ATS exports)."""
    try:
        low = _whole(_structured_number(low)) if low not in (None, "") else None
        high = _whole(_structured_number(high)) if high not in (None, "") else None
    except (TypeError, ValueError):
        return None
    if low is None and high is None:
        return None
    return ParsedSalary(stated=True, text=text, line=0, minimum=low, maximum=high,
                        currency=(currency or None) and str(currency).upper(), period=period).low_to_high()


def _structured_number(value) -> float:
    """A number, or one written as text the way JSON-LD generators do:
    "28,000", "$28,000.00", "28 000"."""
    if isinstance(value, str):
        text = re.sub(r"[^\d.,]", "", value)
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
            text = text.replace(",", "")
        return float(text)
    return float(value)


PERIOD_WORDS = {
    "hour": "per hour", "hourly": "per hour", "per-hour-wage": "per hour",
    "day": "per day", "daily": "per day", "per-day-wage": "per day",
    "week": "per week", "weekly": "per week", "per-week-salary": "per week",
    "month": "per month", "monthly": "per month", "per-month-salary": "per month",
    "year": "per year", "yearly": "per year", "annual": "per year", "annually": "per year", "per-year-salary": "per year",
}


def period_word(word) -> str | None:
    """schema.org unitText ("YEAR", "HOUR"), Lever's interval ("per-hour-wage") or HR-XML's ("Hourly")."""
    return PERIOD_WORDS.get(str(word or "").strip().lower())
