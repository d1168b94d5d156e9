"""The hiring company of a posting that has no company field, so "quillfeather backend engineer salary"
finds its role.

It is looked for where readers look: a byline under the title, the page's title, an "About X"
heading, "We're X", "Join X", "<role> at X", a signature, a job board's address. A name taken from a
place must be confirmed by the body speaking of it as a subject, or by two places naming it."""

import re

from knowledge.readers.model import HEADING, ITEM, Block

# Lines read for a byline: the first few blocks, before the body starts.
BYLINE_BLOCKS = 6
BYLINE_AFTER_TITLE = 2
# A byline's parts are short ("Remote (US time zones)"); a longer part makes the line a sentence.
MAX_SEGMENT_WORDS = 5
# A company name is a few capitalised words ("Marlow & Finch", "Halyard Marine Systems").
MAX_NAME_WORDS = 4
_WORD = r"[A-Z][\w'’.-]*"
_NAME = rf"{_WORD}(?:\s+(?:&\s+)?{_WORD}){{0,{MAX_NAME_WORDS - 1}}}"
# Where a line lists the company with other facts: "Loomstack · Design · Remote". Each blank run is
# tried from its first character only ("(?<!\s)"): tried from each of its characters, a pasted run of
# thousands of spaces was re-read to its end thousands of times.
_SEPARATORS = re.compile(r"(?<!\s)\s+[-–—|·•/]\s+|(?<!\s)\s*[|·•]\s*|:\s+|,\s+")
# Words around a company's name on a careers page or handbook, not part of it. The blank before
# "handbook" is one "\s+" tried from its run's start: as "\s+(?:internal|…)?\s*handbook" from any
# character, the run was split every way between the two (cubic: 1,000 tabs took two seconds).
_AROUND = re.compile(r"^(?:careers|jobs|work|working|openings|vacancies)\s+(?:at|with)\s+|"
                     r"(?<!\s)\s+(?:careers|jobs|job board|careers page|wiki|"
                     r"(?:(?:internal|engineering|product|design|people|sales|marketing|employee|team)\s*)?handbook|"
                     r"job description|recruiting|talent|people team)$", re.I)
# Sentences that say whose posting this is.
_STATED = [re.compile(p) for p in (
    rf"\b[Ww]e(?:'re|’re| are)\s+(?P<name>{_NAME})[.!,]",
    rf"(?:^|[.!?]\s+)Join\s+(?P<name>{_NAME})(?=[.!,]|\s+(?:as|and|in|on)\b)",
    rf"(?:^|[.!?]\s+)At\s+(?P<name>{_NAME}),\s+(?:we|our)\b",
    rf"(?:^|[.!?]\s+)(?P<name>{_NAME})\s+is\s+(?:hiring|looking for|recruiting)\b",
    rf"\b(?:job family|role|position|opening|job|team)\s+at\s+(?P<name>{_NAME})[.!,]",
    # a speaker who introduces themselves by name and job ("Hi, I'm Tui, dairy manager at Rangi Farms."),
    # as a hiring video's captions or a post's first line do
    rf"\bI(?:'m|’m| am)\s+[A-Z][\w'’-]+,\s+(?:the\s+|a\s+|an\s+)?[a-z][\w -]{{0,40}}?\s+at\s+"
    rf"(?P<name>{_NAME})[.!,]",
)]
_ABOUT = re.compile(rf"^About\s+(?P<name>{_NAME})$")
# An article before a subject's name in other languages ("Die Sonnenhof Klinik ist …", "La Maison Vert est …").
_ARTICLE = re.compile(r"^(?:Die|Der|Das|La|Le|Les|El|Los|Las|Il|Lo|Het)\s+(?=[A-Z])")
# A sentence's subject: "Loomstack makes …", "Kestrel Bank is …", "Pinecrest's team …".
_SUBJECT = re.compile(rf"(?:^|[.!?]\s+)(?P<name>{_NAME})(?=(?:'s|’s)?\s+[a-zà-öø-ÿ])")  # "… è un'azienda"
# First words that make a phrase no name ("About the role", "We're hiring").
# A sentence's subject with a verb saying what a company is or does: a name that
# opens with a word of a call to action ("Help Wanted", "Join Today") must be said so.
_SUBJECT_DOING = re.compile(rf"(?:^|[.!?]\s+)(?P<name>{_NAME})(?:'s|’s)?\s+(?:is|are|was|has|have|makes|builds|"
                            r"helps|provides|runs|sells|offers|develops|creates|serves|powers|designs|operates|"
                            r"delivers|brings|connects|gives|lets|exists)\b")
CALL_TO_ACTION = {"help", "join", "build", "make", "shape", "apply", "come", "grow", "work", "start", "bring",
                  "find", "discover", "create", "wanted", "hiring", "now", "get", "be", "let's", "lets", "see"}
# Words no company's name holds: whom a call to action speaks to ("Help Our Kitchen Team").
_PRONOUNS = {"our", "us", "your", "you", "we", "my", "me"}
_NOT_NAMES = {"the", "this", "our", "your", "you", "us", "we", "a", "an", "it", "what", "who", "why", "how",
              "job", "role", "position", "team", "company", "location", "remote", "hybrid", "full-time",
              "part-time", "contract", "salary", "apply", "summary", "overview", "details", "careers"}
# The legal forms a registered company's name ends in, as a pattern's alternatives (knowledge/catalog.py
# reads a signature's "Brennan & Voss Construction Ltd" by them too).
LEGAL_FORMS = (r"Ltd\.?|Limited|Pvt\.? Ltd\.?|PLC|plc|LLP|LLC|Inc\.?|GmbH|AG|B\.?V\.?|S\.?A\.?|Pty\.? Ltd\.?|"
               r"\(Pty\) Ltd\.?|Co\.|Ltda\.?")
_LEGAL_FORM = re.compile(rf"\s(?:{LEGAL_FORMS})$")
# Fields an agency's posting names the hirer by ("Client: Corvid Insurance Services · Manchester"): a
# name in them is the company, not a place or department a name must not be taken from.
# A name in capitals, as a form's or a letter's head writes it ("BRIGHTWATER HOUSING GROUP").
_LETTERHEAD = re.compile(r"^[A-Z][A-Z&'’.-]*(?:\s+[A-Z&][A-Z&'’.-]*){1,%d}$" % (MAX_NAME_WORDS - 1))
HIRER_LABELS = {"client", "end client", "the client", "hiring for", "recruiting for", "on behalf of"}
# A file or page titled for the organisation's hiring ("Hverahlíð Geothermal – recruiting 2027",
# "Marlow & Finch | Careers"): the name before the dash hires, said so by the title itself.
_HIRING_TITLE = re.compile(rf"^(?P<name>{_NAME})\s+[-–—|]\s+(?:[Cc]areers|[Jj]obs|[Rr]ecruiting|[Rr]ecruitment|[Hh]iring|"
                           r"[Vv]acancies|[Oo]penings|[Oo]pen roles)(?:\s+(?:19|20)\d\d)?$")


def without_board_words(name: str) -> str:
    """A site's name without the words around a company's name on a careers site ("Acme careers",
    "Careers at Acme"); the name as it is when nothing else is left."""
    return _AROUND.sub("", name).strip() or name


def is_registered(name: str) -> bool:
    """Whether a short line is a registered company's name: it ends in a legal form ("… (Pty) Ltd")."""
    return len(name.split()) <= MAX_NAME_WORDS + 2 and bool(_LEGAL_FORM.search(name))


def find(title: str | None, blocks: list[Block], fields: dict, hints: tuple[str, ...] = ()) -> str | None:
    """The company this posting names, or None when it names none clearly."""
    texts = [b.text.strip() for b in blocks if b.text.strip()]
    body = [t for t in texts if t != title]
    subjects = [_ARTICLE.sub("", re.sub(r"['’]s$", "", m.group("name"))) for t in body for m in _SUBJECT.finditer(t)]
    doing = [m.group("name") for t in body for m in _SUBJECT_DOING.finditer(t)]
    stated = [m.group("name") for t in body for p in _STATED for m in p.finditer(t) if _name_like(m.group("name"))]
    taken = {str(v).casefold() for k, v in fields.items()
             if isinstance(v, str) and k != "company" and str(k).strip().casefold() not in HIRER_LABELS}

    placed: list[str] = []  # names from a line's segments, a page title, a signature
    # "Data Engineer at Brambleworks", "Data Engineer – Brambleworks": the title's tail, never its head.
    tails = re.split(r"\s+(?:at|@|[-–—|·])\s+", title or "")[1:]
    # a letterhead in capitals ("KAROO RIDGE MINING (PTY) LTD") read in the case names are written in
    # and without its legal form, which the body's sentences leave out ("Karoo Ridge Mining is …")
    hints = tuple(_LEGAL_FORM.sub("", h.title()) if h.isupper() and _LEGAL_FORM.search(h.title()) else h
                  for h in hints)
    for text in [*hints, *tails, *_byline(title, blocks), *_signature(texts)]:
        segments = _SEPARATORS.split(text.strip())
        if any(len(segment.split()) > MAX_SEGMENT_WORDS for segment in segments):
            if not (len(segments) > 1 and _LETTERHEAD.match(segments[0])):
                continue  # a sentence, not a line of short facts
            # a letterhead in capitals before what the form is ("ACME HOMES — RECRUITMENT REQUEST (form 2)"):
            # its name, confirmed by the body as any placed name is
            segments = segments[:1]
        for segment in segments:
            name = _AROUND.sub("", segment.strip(" *_()"))
            if _name_like(name) and name.casefold() != (title or "").casefold() and not any(name.casefold() in value for value in taken):
                placed.append(name)  # not the location or department ("Office Manager – Dublin")
    for hint in hints:
        if (hiring := _HIRING_TITLE.match(hint.strip())) and _name_like(hiring.group("name")):
            return hiring.group("name")
    for name in placed:
        if _LEGAL_FORM.search(name):  # "Pravah Logistics Pvt Ltd": a registered company says what it is
            return name
        calling = name.split()[0].casefold() in CALL_TO_ACTION  # "Help Wanted": said as a company, or not one
        confirmed = _confirmed(name, (doing if calling else subjects) + stated)
        if confirmed:
            return confirmed
    for name in placed:
        if sum(p.casefold() == name.casefold() for p in placed) > 1 and name.split()[0].casefold() not in CALL_TO_ACTION:
            return name
    domains = {_compact(m.group("domain") or m.group("www")) for t in texts for m in _DOMAIN.finditer(t)}
    for name in placed:
        if name.split()[0].casefold() not in CALL_TO_ACTION and any(_named_by(domain, name) for domain in domains):
            return name  # "Thistlecombe Garden Centre" over a paste that says "email jobs@thistlecombe.example…"
    if stated:
        return _AROUND.sub("", stated[0])
    for block in blocks:
        match = _ABOUT.match(block.text.strip().rstrip(":")) if block.kind == HEADING else None
        if match and _name_like(match.group("name")):
            return match.group("name")
    for hint in hints:
        site = _site(hint)
        if site:
            found = next((s for s in subjects if _compact(s).startswith(site) or site.startswith(_compact(s))), None)
            if found:
                return found
    return None


def _byline(title: str | None, blocks: list[Block]) -> list[str]:
    """The first lines, and the lines right under the title (an email's posting starts lower)."""
    at = next((i for i, b in enumerate(blocks) if b.text.strip() == title), 0)
    lines = blocks[:BYLINE_BLOCKS] + blocks[at + 1: at + 1 + BYLINE_AFTER_TITLE]
    return [b.text for b in dict.fromkeys(lines) if b.text.strip() != title and b.kind != ITEM]


def _name_like(name: str) -> bool:
    words = name.split()
    return (0 < len(words) <= MAX_NAME_WORDS and re.fullmatch(_NAME, name) is not None
            and words[0].casefold() not in _NOT_NAMES and not any(c.isdigit() for c in name)
            and not any(w.casefold() in _PRONOUNS for w in words[1:]))


def _confirmed(name: str, subjects: list[str]) -> str | None:
    """`name` as the body spells it when the body speaks of it as a subject."""
    words = name.casefold().split()
    for subject in subjects:
        said = subject.casefold().split()
        if said[: len(words)] == words or words[: len(said)] == said and said[0] == words[0]:
            if name.isupper() or len(said) > len(words):
                return subject  # "FERNBANK CLOUD" -> "Fernbank Cloud"
            return name  # "Pinecrest Software" (the body says "Pinecrest makes …")
    return None


# The organisation's own name in an address the posting gives: "jobs@thistlecombe.co.uk", "www.harrowgate-arms.com".
# An address's local part is read from its start ((?<!…)): tried from inside a long word, each start
# re-read the rest of it looking for "@", and a line of a few thousand letters took minutes.
_DOMAIN = re.compile(r"(?<![\w.+-])[\w.+-]+@(?P<domain>[\w-]+)\.|\b(?:https?://)?www\.(?P<www>[\w-]+)\.", re.I)
# A name's first word this long or longer can stand for the organisation in its address.
MIN_DOMAIN_WORD = 4


def _named_by(domain: str, name: str) -> bool:
    """Whether an address's domain spells the name, or starts with its first, distinctive, word."""
    first, whole = _compact(name.split()[0]), _compact(name)
    return bool(domain) and (domain == whole or len(first) >= MIN_DOMAIN_WORD and domain.startswith(first))


def _signature(texts: list[str]) -> list[str]:
    """The last lines of an email: "Tamsin Okafor | Senior Recruiter | Ridgeway Insurance"."""
    return [t for t in texts[-3:] if t.count("|") >= 2 and len(t) < 120]


def _site(hint: str) -> str | None:
    """'loomstack' of https://jobs.lever.co/loomstack/3f1c…, a job board's company slug."""
    match = re.match(r"https?://[^/]*(?:lever\.co|greenhouse\.io|ashbyhq\.com|workable\.com)/(?P<site>[\w-]+)", hint)
    return match.group("site").replace("-", "").casefold() if match and len(match.group("site")) >= 4 else None


def _compact(name: str) -> str:
    return re.sub(r"[^\w]", "", name).casefold()
