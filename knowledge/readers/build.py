"""Blocks (headings, items, paragraphs, table rows) to roles and sections, shared by the Markdown,
plain-text, HTML and ATS readers.

The title comes from the fields, the first level-1 heading, a "Job Title:" line, the first heading
or the file name, cleaned of company and location suffixes (kept as fields). A job family with a
heading per level becomes one role per level (asked "what does a Staff Engineer earn") plus the
family's role holding what is shared and naming the levels ("what levels are there"); the levels'
order is their career path."""

import re
from dataclasses import dataclass, field, replace

from knowledge import sections as S
from knowledge.parse import DocumentError, ParsedSalary
from knowledge.readers import company as hiring, headings, letterhead_place, pay_grade, posting_end, prose, salary as money
from knowledge.readers.model import HEADING, ITEM, ROW, TEXT, Block, Document, Role, Section

# Facets under which a heading of its own makes the heading above it a level
# of a job family ("## Senior Software Engineer (L3)" / "### Responsibilities").
LEVEL_CONTENT = (S.KEY_RESPONSIBILITIES, S.REQUIREMENTS, S.COMPENSATION)
# A document with none of these (or no fields) is not a job description.
JOB_FACETS = (S.ABOUT, S.KEY_RESPONSIBILITIES, S.REQUIREMENTS, S.NICE_TO_HAVE, S.COMPENSATION,
              S.HARD_SKILLS, S.EDUCATION_MINIMUM, S.EXPERIENCE_RANGE)
# ... or, without such a heading, at least this many of these words.
JOB_WORDS = re.compile(r"\b(responsibilit|requirement|qualification|experience|salary|candidate|"
                       r"hiring|benefits|full-time|part-time|remote|hybrid|you will|you'll|we're looking|"
                       r"apply|pay|wage|per hour|an hour|per year|a year|per annum|role|position|vacanc|"
                       r"join (?:our|the) team|required|shifts?|skills|job|hours|licen[cs]e|registration|"
                       # the same words in Korean (recruiting, hiring, yearly pay, pay, experience, work)
                       r"모집|채용|연봉|급여|경력|근무)", re.I)
# A short posting with no headings ("We are hiring a barista … £12.50 per hour")
# says this many of them, a pay amount counting as one.
MIN_JOB_WORDS = 3
# A line a program wrote, not a person: a log record's timestamp or level, a file's path and a colon (a
# compiler's or `rolecall ingest`'s report), "warning:", a JSON log record or a traceback's frame.
_LOG_LINE = re.compile(
    r"^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|\[?\d{1,2}:\d{2}:\d{2}\b|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}\b"
    r"|\[?(?-i:DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL|TRACE)\b"
    r"|(?:warning|error):\s|(?:[A-Za-z]:)?[\w.~-]*[/\\][^\s:]*\.[A-Za-z0-9]{1,5}(?::\d+)*:\s"
    r"|\{\s*\"[\w.@-]+\"\s*:|File \"[^\"]+\", line \d+|Traceback \(most recent call last\))", re.I)
# A document with no section of a job description, this share of whose text is in such lines, is a log
# saved as text (`rolecall ingest > report.txt` left in the folder): a half, since a posting that quotes
# a few log lines has sections, and a log says "salary" and "role" often enough to pass `JOB_WORDS`.
MIN_LOG_SHARE = 0.5
# A paragraph of a few words ending in a colon that names one of these facets heads what follows.
SUBHEADING_FACETS = (S.REQUIREMENTS, S.NICE_TO_HAVE, S.KEY_RESPONSIBILITIES, S.PERKS)
MAX_SUBHEADING_WORDS = 4
# A list under an overview heading this long is a list of duties.
MIN_DUTIES = 3
# Role fields, by the facet their label names.
FIELD_FACETS = {S.LOCATION: "location", S.EMPLOYMENT_TYPE: "employment_type", S.COMPANY: "company",
                S.TEAM: "department", S.COMPENSATION: "salary"}
# A role's own fields; the others are kept as labelled facts.
ROLE_FIELDS = ("company", "location", "department", "employment_type")
# The fields a job family's levels, or a careers page's postings, take from the page.
SHARED_FIELDS = (*ROLE_FIELDS, "currency")
# What a document calls itself at its top ("JOB DESCRIPTION"): never the role's title.
DOCUMENT_KINDS = {"job description", "job profile", "role profile", "role description", "position description",
                  "job advert", "job advertisement", "vacancy", "job posting", "job opening", "job specification"}
TITLE_LABELS = ("title", "job title", "position", "role title", "job", "post title", "job role", "vacancy title")
# The labels that name the role's title and nothing else ("Post title" in a council's facts table, where
# the heading says only "Job Profile"); "Position" and "Job" may label a contract ("Position: Permanent").
TITLE_FIELD_LABELS = ("job title", "title", "post title", "position title", "role title", "vacancy title",
                      "job role", "posting title")
# (a "#" as forms write a number's label: "Posting #: NAM-26-087", "Req #: 4471")
_LABEL = re.compile(r"^(?P<label>[A-Za-z][\w &/()'’.#-]{0,40}?)\s*:\s+(?P<value>\S.*)$")
# Sentences that are not about the role, wherever they stand (an EEO
# paragraph inside "About us"): kept apart, at low priority.
OFF_ROLE = re.compile(r"equal (?:employment )?opportunity|(?:participates? in|uses?) e-verify|e-verify (?:employer|"
                      r"participant)|reasonable accommodation|"
                      r"without regard to (?:race|age|sex)|we use cookies|accept (?:all )?cookies|"
                      # a site's cookie notice in other languages ("Deze website maakt gebruik van cookies")
                      r"(?:maakt gebruik van|verwendet|utilise|utilizza|utiliza|usa) (?:des |de |i )?cookies|"
                      # Italian: how to apply, and the equal-treatment law every posting cites
                      r"per candidarti|invia(?:re)? il (?:tuo )?cv|rivolto a entrambi i sessi|"
                      r"^powered by\b", re.I)  # the board's own credit line ("Powered by JazzHR")
# Words that make a name a level of a role ("Senior iOS Engineer", "iOS
# Engineer II", "L3", "Mid-level"): general seniority words and Roman numerals.
LEVEL_WORDS = re.compile(r"\b(?:junior|jr|mid(?:[- ]level)?|intermediate|senior|sr|staff|principal|lead|"
                         r"associate|entry[- ]level|graduate|distinguished|level \d+|grade \w+|L\d{1,2})\b"
                         r"|\b(?-i:I{1,3}|IV|V|VI)\b", re.I)
# A heading over a job family's specialties (GitLab's "Specialties"), whose
# headings are not its levels even when each has requirements of its own.
SPECIALTIES = re.compile(r"\bspeciali[sz]ations?\b|\bspecialt(?:y|ies)\b|\bfocus areas?\b", re.I)
# A table column that names the level of each row ("Level", "Grade", "Title").
LEVEL_COLUMN = re.compile(r"level|grade|title|role|position|seniority", re.I)
# Table columns that name the row's level or title ("Level | Title | Scope |
# Base salary"): the label of the row's pay, before a longer description cell.
NAME_COLUMNS = {"level", "title", "role", "position", "job title", "grade", "job grade"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# Words that make a sentence's amount the role's pay ("The salary for this
# role is…", "Salary of £52,000 - £62,000", "a monthly salary of…").
PAY_SENTENCE = re.compile(r"\b(?:salary|salaries|wages?|base pay|pay (?:range|band|rate|scale)|"
                          r"compensation (?:range|band)|(?:gross|base) (?:annual|monthly) (?:salary|pay)|"
                          # the pay said as a verb or a plain "pay is": "Pay is £12.50 per hour", "you'll earn …"
                          r"pay (?:is|of|starts|will be)|(?:you(?:'ll| will) )?(?:earn|be paid)|paying|"
                          r"hourly rate|rate of pay|retribuzione|stipendio|(?-i:RAL|CTC))\b", re.I)
# An amount per hour, month or year is the pay even with no word for it ("£24,000 a
# year, 37.5 hours a week"), unless the sentence gives it as something else's.
NOT_PAY_SENTENCE = re.compile(r"\b(?:budget|allowance|stipend|reimburse\w*|credit|bonus|commission|"
                              r"revenue|turnover|funding|raised|customers|users|spend|fee|discount|"
                              r"pension|contribut\w*|towards?)\b", re.I)
# What is added to an amount, after it: ", plus 8% holiday allowance", "+ bonus".
_ADDED = re.compile(r",?\s+(?:plus|\+)\s+", re.I)
# A table column that holds the pay itself, not a location or level.
PAY_COLUMN = re.compile(r"salary|pay|range|band|compensation|rate|base", re.I)
# Words a title in capitals keeps in capitals: levels, abbreviations and regions ("… – DACH").
KEPT_CAPITALS = {"II", "III", "IV", "QA", "UX", "UI", "SRE", "IT", "HR", "AI", "ML", "BI", "AWS", "GCP", "SAP",
                 "ERP", "CRM", "EMEA", "APAC", "DACH", "LATAM", "UK", "US", "EU", "NA"}
# A word in capitals with no vowel is initials, kept so ("BHIWANDI DC", "HGV DRIVER").
_INITIALS = re.compile(r"[B-DF-HJ-NP-TV-XZ]{2,4}")
# Emoji and symbols that decorate a title's ends (a page icon), not its words.
_DECORATION = re.compile(r"^[\W_]*?[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+\s*"
                         r"|\s*[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+$")
_ABOUT = re.compile(r"^(?i:about)\s+(?P<name>[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9&][\w&.'’-]*|of|and|de)){0,3})$")
# A company's name: one to four capitalised words, "&", "and" or "of" between them.
_NAME = r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:&|and|of|[A-Z][\w'’.-]*)){0,3}?)(?=\s+[a-z])"
# Capitalised words that open a sentence without naming anyone.
_NOT_A_COMPANY = {"as", "at", "in", "on", "join", "if", "when", "here", "there", "every", "each", "all",
                  "a", "an", "most", "many", "since", "for", "with", "from", "after", "over", "today"}
_NOT_A_NAME = {"us", "you", "the", "our", "this", "me", "it", "we", "your", "company", "team"}
# A wiki export's page title opens with its space's name, set off by " : " (Confluence).
_WIKI_SPACE = re.compile(r"^[^:]{1,40}?\s+:\s+(?=\S)")
# A title's lead-in saying that it is posted: "Vacancy: Cryo-EM Laboratory Technician", "HIRING: Solar Sales …".
_HIRING_LEAD = re.compile(r"^(?:we(?:'|’)?re hiring|we are hiring|now hiring|hiring|vacancy|open position|recruit)\s*:\s*(?=\S)",
                          re.I)
_KIND_SUFFIX = re.compile(r"\s+[-–—|:]\s+(?:" + "|".join(sorted(DOCUMENT_KINDS)) + r"|jd)$", re.I)
# "Harbor & Vine, a 90-seat seafood restaurant in Portland, is hiring …"
# A name given in two languages before its verb, as a bilingual organisation writes it: "Rivière-Rouge
# Health Centre / Centre de santé Rivière-Rouge is a designated bilingual health organization" (the first).
_TWO_LANGUAGE_NAME = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:&|and|of|[A-Z][\w'’.-]*)){0,4})\s+/\s+"
                                r"[A-Z][^/.]{2,60}?\s+(?:is|are|has)\b")
_APPOSITIVE = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:&|and|of|[A-Z][\w'’.-]*)){0,3}),\s+(?:an?|the)\s+[\w-]+")
_HIRING_A = re.compile(r"\b(?:is|are|we're|we are) (?:hiring|looking for|recruiting|seeking) (?:an?|our next|a new) "
                       r"(?P<title>[A-Z][\w&/-]*(?: [A-Z][\w&/-]*){0,5})\b")
# A title numbered in a page of several roles: "1. Robotics Technician", "Role 2: Field Engineer".
_NUMBERED = re.compile(r"^(?:(?:role|position|job|vacancy|opening)\s+)?#?\d{1,2}\s*[.):–—-]\s+(?=\S)", re.I)
_GENDER = re.compile(r"\s*\((?:m|f|w|d|x)(?:\s*/\s*(?:m|f|w|d|x)){1,3}\)", re.I)
_YEARS = re.compile(
    r"(?P<min>\d{1,2})\s*(?:[-–—]|to|bis)\s*(?P<max>\d{1,2})\s*(?P<plus>\+)?\s*(?:years|yrs|jahr(?:e|en)?\b)"
    r"|(?P<only>\d{1,2})\s*(?P<oplus>\+)?\s*(?:or more\s+)?(?:years|yrs|jahr(?:e|en)?\b)"  # German: "1 Jahr"
    # a floor said in words, of one year too: "at least 1 year in fundraising", "minimum of 1 yr"
    r"|\b(?:at least|minimum(?: of)?)\s+(?P<least>\d{1,2})\s+(?:year|yr)\b", re.I)


@dataclass
class _Section:
    heading: str
    level: int
    facet: str | None
    items: list[str] = field(default_factory=list)
    # "Salary band: …" lines under this heading: fields of the role it ends
    # up in (a level's own salary, not the family's).
    fields: dict = field(default_factory=dict)
    bullets: int = 0  # how many of its items were list items


# A table headed by these ("Requirements | Nice to have", "Criteria | Essential | Desirable") is a list
# per column; any other ("Level | Salary") is read row by row, each row one item.
COLUMN_FACETS = {S.REQUIREMENTS, S.NICE_TO_HAVE, S.KEY_RESPONSIBILITIES, S.PERKS, S.HARD_SKILLS, S.SOFT_SKILLS}


ASSESSMENT_COLUMNS = {"assessed by", "how assessed", "method of assessment", "assessment method", "assessment",
                      "evidenced by", "how evidenced", "identified by", "tested by", "where evidenced"}


def column_sections(rows: list[list[str]]) -> list[Block] | None:
    """A table whose columns are sections, as a heading and its items per column (a first column naming
    each row, "Criteria" or "Area", prefixes its cells); None for any other table."""
    header = rows[0] if rows else []
    assessed = [i for i, h in enumerate(header) if i and headings.fold(h) in ASSESSMENT_COLUMNS]
    if assessed:  # a person specification's "Assessed by" (A, I, T): how a criterion is tested, no criterion
        rows = [[c for i, c in enumerate(row) if i not in assessed] for row in rows]
        header = rows[0]
    labelled = len(header) > 1 and headings.facet(header[0]) not in (*COLUMN_FACETS, S.LEVELS) and all(
        headings.facet(h) in COLUMN_FACETS for h in header[1:])
    if len(header) < 2 or not (labelled or all(headings.facet(h) in COLUMN_FACETS for h in header)):
        return None
    out = []
    for column, heading in enumerate(header[1:] if labelled else header, start=1 if labelled else 0):
        out.append(Block(HEADING, heading.rstrip(":"), 6))
        out.extend(Block(ITEM, f"{row[0]}: {row[column]}" if labelled and row[0] else row[column])
                   for row in rows[1:] if column < len(row) and row[column])
    return out


def _tables_by_column(blocks: list[Block]) -> list[Block]:
    """Runs of table rows (HTML, Markdown) whose header names sections, read column by column."""
    out, run = [], []
    for block in [*blocks, None]:
        if block is not None and block.kind == ROW:
            run.append(block)
            continue
        if run:
            out.extend(column_sections([[c.strip() for c in b.text.split(" | ")] for b in run]) or run)
            run = []
        if block is not None:
            out.append(block)
    return out


def build(blocks: list[Block], *, name: str, format: str, fields: dict | None = None,
          warnings: list[str] | None = None, hints: tuple[str, ...] = ()) -> Document:
    """The roles of one document; raise DocumentError when it is no job description.
    `hints` are lines around the posting that may name its company (a page's title)."""
    fields = _fields(fields or {})
    warnings = list(warnings or [])
    blocks = _label_chips(_tables_by_column(blocks))
    given = _given_title(fields.pop("title", None), warnings)
    if not given:
        blocks, letterhead = _under_letterhead(blocks)
        if letterhead and not fields.get("company"):
            fields["company"] = letterhead
    title = given or _first_title(blocks)
    sections: list[_Section] = []
    preamble = _Section("Overview", 0, S.ABOUT)
    off_role = _Section("Notices", 0, S.NOT_ABOUT_ROLE)  # equal opportunity, cookies: OFF_ROLE
    current = preamble
    title_seen = False
    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        if block.kind == TEXT and text.endswith(":") and len(text.split()) <= MAX_SUBHEADING_WORDS \
                and headings.facet(text) in SUBHEADING_FACETS:
            # "Required:" / "Preferred:" as paragraphs inside "Qualifications" (iCIMS): sub-headings
            block = Block(HEADING, text, (current.level or 1) + 1)
        if block.kind == HEADING:
            if not title_seen and (block.level == 1 and not _names_a_section(text) or text == title) \
                    and not sections:
                title_seen = True
                continue
            label = _LABEL.match(text)
            if label and headings.facet(label.group("label")) in FIELD_FACETS and current is preamble:
                _field(fields, label.group("label"), label.group("value"))
                continue
            current = _Section(text.rstrip(":").strip(), block.level, headings.facet(text))
            sections.append(current)
            continue
        if current is preamble and block.kind == TEXT and text == title and not title_seen:
            title_seen = True  # the title in a <div> or a text line (a board with no headings), said once
            continue
        label = _LABEL.match(text) if block.kind == TEXT or current is preamble else None
        place = _LABEL.match(text) if block.kind == ITEM and current.facet == S.ABOUT else None
        if place and headings.facet(place.group("label")) == S.LOCATION and not fields.get("location") \
                and len(place.group("label").split()) <= 2:
            # "- **Location:** Remote within EU/EEA time zones" among the role's key facts: where it is
            _field(fields, place.group("label"), place.group("value"))
            continue
        if label:
            if headings.fold(label.group("label")) in TITLE_LABELS:
                title = title or label.group("value")
                continue
            if current is preamble and given and label.group("value").strip() == given:
                continue  # "Vacature: <title>", the line the reader took the title from: no field of its own
            named = headings.facet(label.group("label"))
            if named in SUBHEADING_FACETS and named != current.facet and current is not preamble \
                    and len(label.group("label").split()) <= MAX_SUBHEADING_WORDS:
                # "Nice to have: reach trucks, ADR training" closing "Your profile": a section of its own
                current = _Section(label.group("label").strip(), (current.level or 1) + 1, named)
                sections.append(current)
                current.items.append(label.group("value"))
                continue
            if named is not None and named == current.facet and current is not preamble:
                if named == S.COMPENSATION:  # "Salary range: $145,000 - …" under "Compensation"
                    current.fields.setdefault("salary", label.group("value"))
                current.items.append(text)
                continue
            if (named in FIELD_FACETS and len(label.group("label").split()) <= 3
                    or current is preamble or not current.items and current.facet in (None, S.ABOUT)):
                _field(fields if current is preamble else current.fields, label.group("label"),
                       label.group("value"))
                continue
        if current.facet != S.NOT_ABOUT_ROLE and OFF_ROLE.search(text):
            # A closing paragraph mixes the two ("We work from our Lisbon office
            # three days a week. We are an equal opportunity employer."): each
            # sentence goes where it belongs.
            sentences = _SENTENCE_END.split(text)
            kept = " ".join(t for t in sentences if not OFF_ROLE.search(t))
            off_role.items.append(" ".join(t for t in sentences if OFF_ROLE.search(t)))
            if kept:
                current.items.append(kept)
        else:
            current.items.append(text)
            current.bullets += block.kind == ITEM
    if not title:  # a posting with no title line: "… is hiring a Sous Chef to run our kitchen"
        title = next((m.group("title") for b in blocks[:3] if (m := _HIRING_A.search(b.text))), None)
    if not title:
        title = re.sub(r"[-_]+", " ", name.rsplit("/", 1)[-1].rsplit(".", 1)[0]).strip().title()
    latin = _latin_half(str(title))
    if latin != title:  # the title in the store's language; the other kept as written
        fields.setdefault("title as written", str(title))
        title = latin
    for heading, value in list(fields.items()):
        if isinstance(value, list):
            fields.pop(heading)
            sections.append(_Section(str(heading).replace("_", " ").capitalize(), 2, headings.facet(heading),
                                     [str(v) for v in value if str(v).strip()]))
    hours = next((chip.strip() for item in preamble.items[:MAX_STRIP_LINE] for chip in _CHIP.split(item)
                  if len(_CHIP.split(item)) > 1 and _HOURS_CHIP.search(chip)), None)
    if hours and not fields.get("employment_type"):  # "32–36 uur per week" in the facts line under the title
        _field(fields, "Hours", hours)
    contract = next((chip.strip() for item in preamble.items[:MAX_STRIP_LINE]
                     if len(chips := _STRIP_CHIP.split(item)) > 1 for chip in chips
                     if _CONTRACT_CHIP.fullmatch(chip.strip())), None)
    if contract:  # "CDI" in "CDI | Beaune (21) | Salaire : …": the contract, in the posting's own word
        _field(fields, "Contract", contract)
    if not fields.get("location") and (place := _pinned_place(preamble.items[:MAX_META_ITEMS])
                                       or _strip_place(preamble.items[:MAX_STRIP_LINE])
                                       or _place_chip(preamble.items[:MAX_META_ITEMS]) or _hiring_place(blocks[:3])
                                       or letterhead_place.place([b.text for b in blocks])):
        fields["location"] = place
    _inherit(sections)
    _role_out_of_about_us(sections, str(title))
    _duties_under_about(sections)
    _summarise_containers(sections)
    sections = _labelled_levels(sections, str(title))
    if prose.is_prose(preamble.items, {sec.facet for sec in sections if sec.items}):
        preamble.items, topics = prose.sections(preamble.items)
        sections[:0] = [_Section(prose.HEADINGS[facet], 2, facet, items) for facet, items in topics]
    if not fields.get("company"):
        urls = tuple(str(v) for v in fields.values() if str(v).startswith("http"))
        page = _page_owner(str(title))
        named = (page if page and hiring.is_registered(page) else None) or _registered_line(blocks) or hiring.find(
            title, blocks, fields, (*hints, *urls, *([page] if page else []))) or next(
            filter(None, (_about_company(s) for s in sections)), None) or _company_in_text(title, [preamble] + sections)
        if named:
            fields["company"] = named
    all_sections = ([preamble] if preamble.items else []) + sections + ([off_role] if off_role.items else [])
    job_sections = any(s.facet in JOB_FACETS and s.items for s in sections) or (given and fields)
    if not job_sections and _log_share(blocks) >= MIN_LOG_SHARE:
        raise DocumentError(
            f"{name}: this does not look like a job description: most of it is a program's log or report "
            "(timestamps, log levels, file paths), with no section of one (responsibilities, requirements, "
            "about the role…)")
    if not job_sections and not (any(s.items for s in all_sections) and _job_words(blocks) >= MIN_JOB_WORDS):
        raise DocumentError(
            f"{name}: this does not look like a job description: no section of one (responsibilities, "
            "requirements, about the role…), no front matter with a title, and no 'Key Responsibilities "
            "and Required Skills for <role>' or 'Job Title: <role>' line near the top")
    roles = [*_roles(title, all_sections, fields)]
    warnings += _left_out(all_sections, roles)
    for section in all_sections:
        if section.facet == S.NOT_ABOUT_ROLE and section.items:
            warnings.append(f"'{section.heading}' is not about the role: kept at low priority")
        elif section.facet is not None and not section.items and not _is_container(section, all_sections):
            warnings.append(f"the heading '{section.heading}' has no items")
    return Document(format=format, roles=tuple(roles), warnings=tuple(warnings))


def _left_out(sections: list[_Section], roles: list[Role]) -> list[str]:
    """A page of several postings keeps, of the sections no posting owns, those it knows hold for all
    (perks, how to apply); a section under a heading it cannot place is in none of them, and the
    report says so rather than lose it unseen."""
    if len(roles) < 2:
        return []
    kept = " ".join([*(i for r in roles for sec in r.sections for i in sec.items),
                     *(v for r in roles for _, v in r.facts), *(p.text for r in roles for p in r.salaries)])
    lines = [(s, [i for i in s.items if " | " not in i]) for s in sections]  # a table's rows go out as facts
    return [f"'{s.heading}' belongs to none of the postings: not kept ({len(own)} lines)"
            for s, own in lines if own and s.heading and not any(i in kept for i in own)]


def _about_company(section: _Section) -> str | None:
    """The company an "About Fieldnote" heading names, for postings with no company field."""
    if section.facet != S.COMPANY:
        return None
    match = _ABOUT.match(_DECORATION.sub("", section.heading).strip())
    if not match or headings.fold(match.group("name").split()[0]) in _NOT_A_NAME:
        return None
    return match.group("name")


def _company_in_text(title: str, sections: list[_Section]) -> str | None:
    """The company the opening paragraph names ("Calder & Vane is…", "Backend Engineers at Larkspur
    Labs build…"), when nothing else does."""
    about_us = next((s.items[0] for s in sections if s.facet == S.COMPANY and s.items), None)
    match = re.match(_NAME, about_us) if about_us else None
    # under an "About us" heading in any language ("Over ons", "Über uns"), a sentence opening with a
    # name of two capitalised words or more names the company, whatever its verb ("Zorggroep Noord biedt …")
    if match and len(re.findall(r"\b[A-Z]", match.group("name"))) >= 2 \
            and headings.fold(match.group("name").split()[0]) not in _NOT_A_NAME | _NOT_A_COMPANY \
            and headings.fold(match.group("name")) not in headings.fold(title):
        return match.group("name")
    first = next((s.items[0] for s in sections if s.facet in (S.ABOUT, S.COMPANY) and s.items), None)
    if not first:
        return None
    words = re.escape(_GENDER.sub("", title).strip())
    match = re.search(rf"^(?i:(?:the\s+)?{words}s?\s+(?:at|with))\s+{_NAME}", first)
    if match:
        return match.group("name")
    match = re.match(rf"{_NAME}\s+(?:is|are|has|[a-z]{{3,}}s)\b", first) or _APPOSITIVE.match(first) \
        or _TWO_LANGUAGE_NAME.match(first)
    if match and headings.fold(match.group("name").split()[0]) not in _NOT_A_NAME | _NOT_A_COMPANY \
            and headings.fold(match.group("name")) not in headings.fold(title):
        return match.group("name")
    return None


def _log_share(blocks: list[Block]) -> float:
    """The share of a document's text in lines a program wrote (`_LOG_LINE`)."""
    lines = [line for block in blocks for line in block.text.split("\n") if line.strip()]
    total = sum(len(line) for line in lines)
    return sum(len(line) for line in lines if _LOG_LINE.match(line)) / total if total else 0.0


def _job_words(blocks: list[Block]) -> int:
    """How many of `JOB_WORDS` a document uses: a posting with no heading
    of a known section still speaks of the role, a recipe does not."""
    found = set()
    for block in blocks:
        found.update(m.lower() for m in JOB_WORDS.findall(block.text))
        if "an amount of pay" not in found and money.parse_all(block.text):
            found.add("an amount of pay")
        if len(found) >= MIN_JOB_WORDS:
            break
    return len(found)


# A paragraph of "About us" that speaks of the role: it names the title, or opens the way a posting does.
_ROLE_TALK = re.compile(r"^(?:we(?:'re| are) (?:hiring|looking for|seeking|recruiting)|you(?:'ll| will)\b|"
                        r"as (?:our|the|a|an)\b)", re.I)


def _role_out_of_about_us(sections: list[_Section], title: str) -> None:
    """"About The Copperkettle" whose second paragraph is "We are hiring a Head Chef … you will lead a brigade
    of 14": that paragraph is about the role, under a section of its own after the company's."""
    name = " ".join(_GENDER.sub("", title).split()).casefold()
    for section in [s for s in sections if s.facet == S.COMPANY and len(s.items) > 1]:
        about = [item for item in section.items[1:]
                 if _ROLE_TALK.match(item) or name and len(name) > 3 and name in item.casefold()]
        if about:
            section.items = [item for item in section.items if item not in about]
            sections.insert(sections.index(section) + 1, _Section("About the role", section.level, S.ABOUT, about))


def _duties_under_about(sections: list[_Section]) -> None:
    """A posting with no responsibilities heading whose "The job" is a list, or a list under a paragraph
    that leads in to it ("As Store Manager you will:"): that list is the duties."""
    if any(s.facet == S.KEY_RESPONSIBILITIES for s in sections):
        return
    listed = [s for s in sections if s.facet == S.ABOUT and s.bullets >= MIN_DUTIES and s.bullets >= len(s.items) - 1]
    # one posting's "The role", or each posting's on a page of several (an accordion of vacancies)
    for section in listed[:1] if len({s.heading for s in listed}) > 1 else listed:
        _duties_of(section, sections)


def _duties_of(listed: _Section, sections: list[_Section]) -> None:
    if listed.bullets == len(listed.items):
        listed.facet = S.KEY_RESPONSIBILITIES
    else:  # the paragraph before the list stays what the role is
        duties = _Section(listed.heading, listed.level, S.KEY_RESPONSIBILITIES, listed.items[1:],
                          bullets=listed.bullets)
        listed.items, listed.bullets = listed.items[:1], 0
        sections.insert(sections.index(listed) + 1, duties)


def _inherit(sections: list[_Section]) -> None:
    """Headings of no known facet right under an empty known one take its
    facet ("What you'll do" / "Firmware development" / "Testing"). One holding labelled facts
    ("Overview" / "Salary: …" / "Location: …") is not empty."""
    parent, deeper = None, False
    for section in sections:
        if parent is not None and deeper and section.level <= parent.level:
            parent = None  # back at its level after headings under it: its scope has ended
        if section.facet is not None:
            parent, deeper = (section if not section.items and not section.fields else None), False
        elif parent is not None and section.level >= parent.level:
            section.facet = parent.facet
            deeper = deeper or section.level > parent.level


def _labelled_levels(sections: list[_Section], title: str) -> list[_Section]:
    """Levels written as bold labels over bullet lists ("## Levels" / "**Senior Product Designer**" /
    "- Requirements: …"): each label becomes a level heading, its lines sorted under the sections
    their labels name, so each level is a role of the family."""
    family = (title.split() or [""])[-1].casefold()
    out: list[_Section] = []
    i = 0
    while i < len(sections):
        section = sections[i]
        out.append(section)
        i += 1
        if section.facet != S.LEVELS or section.items:
            continue
        children = _under(sections, i - 1)
        i += len(children)
        names = [c for c in children if c.items and c.level == children[0].level]
        if len(names) < 2 or len(names) != len(children) or not all(
                family in c.heading.casefold() or LEVEL_WORDS.search(c.heading) for c in names):
            out.extend(children)
            continue
        for child in children:
            parts: dict[str, _Section] = {}
            for item in child.items:
                label = _LABEL.match(item)
                facet = headings.facet(label.group("label")) if label else None
                if facet is None:
                    part = parts.setdefault("", _Section("Responsibilities", child.level + 1, S.KEY_RESPONSIBILITIES))
                    part.items.append(item)
                else:
                    heading = label.group("label").strip()
                    parts.setdefault(heading, _Section(heading, child.level + 1, facet)).items.append(
                        label.group("value"))
            out.append(_Section(child.heading, child.level, S.LEVELS))
            out.extend(parts.values())
    return out


def _under(sections: list[_Section], i: int) -> list[_Section]:
    """The sections under heading i: those after it, up to the next heading of its level or higher."""
    children = []
    for child in sections[i + 1:]:
        if child.level <= sections[i].level:
            break
        children.append(child)
    return children


def _summarise_containers(sections: list[_Section]) -> None:
    """An empty heading of no known facet over headings of their own ("Specialties" / "Search",
    "Billing") names them, each with its first line."""
    for i, section in enumerate(sections):
        if section.facet is not None or section.items or not section.level:
            continue
        children = _under(sections, i)
        if SPECIALTIES.search(section.heading) and children:  # each may have requirements of its own
            specialty = None
            for child in children:
                if child.level == children[0].level:
                    specialty, child.facet = child, None  # "Growth" names a specialty here, not the career path
                elif specialty is not None:  # its requirements, not the family's
                    child.heading, child.facet = f"{specialty.heading} {child.heading.lower()}", None
            children = [c for c in children if c.level == children[0].level]
        if len(children) >= 2 and all(c.facet is None and c.items and c.level == children[0].level
                                      for c in children):
            section.items = [f"{c.heading}: {c.items[0]}" for c in children]


def _under_letterhead(blocks: list[Block]) -> tuple[list[Block], str | None]:
    """The blocks with the organisation's name above the title left out, and that name: a document
    that opens with a registered company's name ("Harrowgate Joinery Ltd", "BLUEFIN FOODS (PTY) LTD")
    and then a heading naming the job ("VACANCY: Site Carpenter", "SITE CARPENTER – FULL TIME") is
    that company's posting of that job, never one titled by the company. The name's line as it is
    when the next line is a sentence, an address or a section's heading."""
    texts = [(i, b) for i, b in enumerate(blocks) if b.text.strip()]
    if len(texts) < 2 or texts[0][1].kind not in (HEADING, TEXT):
        return blocks, None
    (i, first), (j, second) = texts[0], texts[1]
    # "Wattle Creek Grammar School" / "Position Description" / "Science Laboratory Technician": the
    # kind of document between the organisation's name and the heading naming the job says so
    kind = headings.fold(second.text) in DOCUMENT_KINDS and len(texts) > 2
    if kind:
        j, second = texts[2]
    name = " ".join(first.text.split())
    shown = name.title() if name.isupper() else name
    tagged = _GENDER_TAG.search(second.text) and not _GENDER_TAG.search(first.text)
    if not (hiring.is_registered(shown) or kind and first.kind == HEADING or tagged):
        return blocks, None
    text = " ".join(second.text.split())
    text = _HIRING_LEAD.sub("", text)  # "VACANCY: Site Carpenter"
    label = _LABEL.match(text)
    if label and headings.fold(label.group("label")) in TITLE_LABELS:
        text = label.group("value").strip()
    elif label:
        return blocks, None
    if second.kind != HEADING and not tagged or not text or len(text.split()) > MAX_LETTERHEAD_TITLE_WORDS \
            or text.endswith((".", ",", ";")) or headings.facet(text) is not None or _names_a_section(text):
        return blocks, None
    return blocks[:i] + [Block(HEADING, text, 1)] + blocks[j + 1:], shown


MAX_LETTERHEAD_TITLE_WORDS = 12
# The tag a job title carries, in a country whose law asks for postings open to every gender: French
# "(H/F)", "(F/H)"; German "(m/w/d)", "(w/m/d)"; "(M/F/X)", "(f/m/x)", "(h/m)" — never an organisation's.
_GENDER_TAG = re.compile(r"\((?:[hmfwdx]\s*/\s*){1,3}[hmfwdx]\)|(?:[hmfwdx]\s*/\s*){1,3}[hmfwdx]\s*$", re.I)


# A page's call after its owner's name: "Kahurangi Cruises – we're hiring!", "Acme Ltd: now recruiting".
_HIRING_CALL = re.compile(r"\s*[-–—|:!]\s*(?:we(?:'|’)?re|we are|now|is)\s+(?:hiring|recruiting)\b.*$", re.I)


def _page_owner(title: str) -> str | None:
    """Whom a title names when it names no job: a registered company ("Harrowgate Joinery Ltd"), or
    a name before a call to join ("Harrowgate Joinery – we're hiring!"), which the body must confirm."""
    title = " ".join(title.split())
    call = _HIRING_CALL.search(title)
    if call and call.start():
        return title[:call.start()].strip()
    return title if hiring.is_registered(title) else None


_LINE_PARTS = re.compile(r"\s+[·•|–—]\s+")
MAX_REGISTERED_LINE = 4  # how far down the top lines a registered company's name is looked for


def _registered_line(blocks: list[Block]) -> str | None:
    """A registered company's name standing as a line, or a line's first part, at the top: under the
    title as a job board writes it ("Hollins & Reed Solicitors LLP"), or a letterhead with its address
    ("Klinik Sonnhalde GmbH · Seeweg 4 · 79100 Freiburg")."""
    texts = [" ".join(b.text.split()) for b in blocks if b.kind in (HEADING, TEXT) and b.text.strip()]
    for text in texts[:MAX_REGISTERED_LINE]:
        if _LABEL.match(text):
            continue  # "Company: Quarrybank Scenic Ltd" is a field, read as one, label and all left out
        first = _LINE_PARTS.split(text)[0].strip()
        if hiring.is_registered(first):
            return first
    return None


def _first_title(blocks: list[Block]) -> str | None:
    for block in blocks:
        if block.kind == HEADING and block.level == 1 and headings.fold(block.text) not in DOCUMENT_KINDS \
                and not _names_a_section(block.text):
            return block.text
    for block in blocks:
        label = _LABEL.match(block.text.strip())
        if label and headings.fold(label.group("label")) in TITLE_FIELD_LABELS:
            return label.group("value")
    for block in blocks:
        if block.kind == HEADING and headings.facet(block.text) is None and \
                headings.fold(block.text) not in DOCUMENT_KINDS:
            return block.text
    return None


# A title given in two scripts, the local one and a Latin one ("フロントスタッフ（英語） / Front Desk
# Staff (English-speaking)"), cut at a slash, a vertical bar or a dash between the two.
_TWO_SCRIPTS = re.compile(r"\s+[/|｜–—]\s+|\s*／\s*")


def _latin_half(title: str) -> str:
    """The half of a title written in two scripts that is in Latin letters, the one questions are
    asked in; a title in one script ("Stillman / Stillwoman") as it is."""
    halves = _TWO_SCRIPTS.split(title)
    if len(halves) != 2:
        return title
    latin = [h for h in halves if re.search(r"[A-Za-z]", h) and not re.search(r"[^\x00-\u024f\u2000-\u206f]", h)]
    other = [h for h in halves if not re.search(r"[A-Za-z]", h)]
    return latin[0].strip() if len(latin) == 1 and len(other) == 1 else title


def _given_title(value, warnings: list[str]) -> str | None:
    """The title a document's fields give, as text: front matter's `title: [Data Engineer]` (a
    YAML list) is its one item; a list of several names no one title, and is set aside with a
    warning (the title is then read as if none were given)."""
    if isinstance(value, (list, tuple)):
        if len(value) == 1 and not isinstance(value[0], (list, tuple, dict)):
            value = value[0]
        else:
            warnings.append(f"the title field is a list ({_text(value)[:80]!r}), not one title; ignored")
            return None
    return None if value is None else str(value)


def _names_a_section(heading: str) -> bool:
    """Whether a heading is, word for word, a section's ("# Responsibilities" at the top of a
    document with no title): a section, never the role's title (the file name is, then).
    Word for word: "Compensation Analyst" is a title."""
    folded = headings.fold(heading)
    return folded in headings.HEADINGS and folded not in DOCUMENT_KINDS


def _fields(given: dict) -> dict:
    """Front matter or structured fields under the role's own names; the others as they are."""
    fields: dict = {}
    for label, value in given.items():
        if label == "title" or isinstance(value, list) or not isinstance(label, str):
            fields.setdefault(label, value)
        else:
            _field(fields, label, value)
    return fields


YES_NO = {"yes", "no", "y", "n", "true", "false"}


def _field(fields: dict, label: str, value) -> None:
    facet = headings.facet(label) or ""
    if facet == S.TEAM and headings.fold(label) not in ("department", "team"):
        facet = ""
    if facet == S.LOCATION and headings.fold(str(value)) in YES_NO:
        facet = ""  # "Remote job: No", "Remote: Yes": a fact of its own, no place
    key = FIELD_FACETS.get(facet) or label.strip()
    if isinstance(fields.get(key), (ParsedSalary, tuple)):
        # structured data's numbers win over a line of text; the line stays a fact, and may word them
        fields.setdefault(label.strip(), value)
        return
    if key in FIELD_FACETS.values() and key in fields:
        if str(value).strip().casefold() not in str(fields[key]).casefold():  # the same fact read twice once
            fields[key] = f"{fields[key]}; {value}"
    else:
        fields.setdefault(key, value)


def _is_container(section: _Section, sections: list[_Section]) -> bool:
    i = sections.index(section)
    return i + 1 < len(sections) and sections[i + 1].level > section.level


def _roles(title: str, sections: list[_Section], fields: dict):
    """One role, or a job family's roles (see the module docstring)."""
    sections = _nested_postings(sections)
    levels = []
    for i, section in enumerate(sections):
        if section.facet is not None and section.facet != S.LEVELS or not section.level:
            continue
        children = _under(sections, i)
        if any(c.facet in LEVEL_CONTENT for c in children) and not _in_specialties(section, sections[:i]):
            levels.append((section, children))
    # "## Levels" holding "### Senior Backend Engineer" / "#### … Responsibilities"
    # is the levels' container, not a level of its own.
    levels = [(level, children) for level, children in levels
              if not any(other is child for other, _ in levels for child in children)]
    if len(levels) < 2:
        yield _role(title, sections, fields)
        return
    inside = {id(c) for level, children in levels for c in (level, *children)}
    shared = [s for s in sections if id(s) not in inside]
    names = [_clean(level.heading, fields)[0] for level, _ in levels]
    if _is_postings_page(names):
        # the page's opening under a heading of its own words ("Two vacancies in our therapy department" /
        # "Rehaklinik Brunnhalde is a 180-bed clinic …"), before the first posting: about the employer
        first = next(n for n, s in enumerate(sections) if s is levels[0][0])
        before = {id(s) for s in sections[:first]}
        shared = [replace(s, facet=S.COMPANY) if id(s) in before and s.facet is None and s.items else s
                  for s in shared]
        yield from _postings(levels, shared, fields)
        return
    if any(s.facet in LEVEL_CONTENT and s.level > levels[0][0].level for s in shared):
        # A handbook page whose first level is the page's own title ("## Backend
        # Engineer" / "### Responsibilities", then "## Senior Backend Engineer"):
        # the family's role is that level too.
        names.insert(0, _clean(title, fields)[0])
    family = _Section("Levels", 2, S.LEVELS, names)
    ranks = [_role(level.heading, [level] + [_unprefixed(c, level.heading) for c in children],
                   _shared(fields)) for level, children in levels]
    ranks = _ladder(ranks, _clean(str(title), fields)[0])
    ranks = _named_level_pay(ranks, [i for s in shared if s.facet == S.COMPENSATION for i in s.items],
                             _text(fields.get("currency")))
    head = _role(title, shared + [family], fields, level_tables=False)
    if not head.salaries:  # the family's pay is its levels' bands, each under its level
        pays = tuple(replace(p, label=", ".join(filter(None, (rank.title, p.label))))
                     for rank in ranks for p in rank.salaries)
        head = replace(head, salaries=pays) if pays else _role(title, shared + [family], fields)
    yield head
    yield from ranks


def _nested_postings(sections: list[_Section]) -> list[_Section]:
    """Jobs whose title headings stand at the level of their own sections, as a word processor's
    document writes them ("SITE CARPENTER", "The role", "About you", then "LABOURER", "The role",
    "About you", then "Benefits for all staff"): each job's sections put under its title, so that each
    job is read as one posting. Only when each title is followed by the job's duties or requirements
    and a kind of section comes back under another title; the sections after the last job that no
    job before it had ("How to apply") stay the page's."""
    heads = [i for i, s in enumerate(sections) if s.facet is None and s.level]
    if len(heads) < 2 or len({sections[i].level for i in heads}) > 1:
        return sections
    level = sections[heads[0]].level
    groups = [sections[i + 1:(heads[n + 1] if n + 1 < len(heads) else len(sections))] for n, i in enumerate(heads)]
    if any(not group or any(s.level != level for s in group) for group in groups) \
            or not all(any(s.facet in LEVEL_CONTENT or s.facet == S.ABOUT for s in group) for group in groups):
        return sections
    seen = {s.facet for group in groups[:-1] for s in group}
    if not any(s.facet in seen and s.facet in (*LEVEL_CONTENT, S.ABOUT) for s in groups[-1]):
        return sections  # no kind of section comes back: one job's sections, not several jobs
    if not _is_postings_page([_clean(sections[i].heading, {})[0] for i in heads]):
        return sections
    last = groups[-1]
    own = next((k for k, s in enumerate(last) if s.facet not in seen), len(last))
    inside = {id(s) for group in groups[:-1] for s in group} | {id(s) for s in last[:own]}
    return [replace(s, level=level + 1) if id(s) in inside else s for s in sections]


# Sections of a careers page that hold for every posting on it ("What we offer everyone").
PAGE_WIDE = (S.PERKS, S.COMPANY, S.HIRING_PROCESS, S.NOT_ABOUT_ROLE, S.LOCATION, S.EMPLOYMENT_TYPE)


def _is_postings_page(names: list[str]) -> bool:
    """Headings with content of their own that are different jobs, not levels of one ("Mechanical Design
    Engineer", "Production Technician, Final Assembly"): no one title noun, and no level word unless
    each heading's noun is its own ("Senior Rust Engineer, Storage" beside "Developer Advocate": a
    ladder's levels share their noun)."""
    bare = [re.sub(r"\s*\(.*?\)|,.*$", "", name) for name in names]  # "Teaching Assistant (Level 3)"
    nouns = {(name.split() or [""])[-1].casefold() for name in bare}
    return len(nouns) > 1 and (not any(LEVEL_WORDS.search(name) for name in bare) or len(nouns) == len(names))


def _postings(levels, shared: list[_Section], fields: dict):
    """A careers page listing several jobs: each job a role of its own, with what the page says for
    all of them; the page itself ("Careers at Kestrelwerk") is no role."""
    page = [replace(s, facet=S.COMPANY, heading="About the company") if s.facet == S.ABOUT and not s.level
            else s for s in shared if s.facet in PAGE_WIDE or s.facet == S.ABOUT and not s.level]
    levels, for_all = _for_every_posting(levels)
    page += for_all
    page, listed = _roles_table(page)
    for level, children in levels:
        own = replace(level, facet=S.ABOUT) if level.facet is None else level
        place = None if fields.get("location") else _posting_place(own.items[:MAX_STRIP_LINE])
        # each posting's own facts line ("DIRFT, Daventry NN6 · Full time · £18.40 per hour") says where it is
        row = listed.pop(_posting_key(level.heading), {})
        row.pop(_ROW_NAME, None)
        role = _role(level.heading, [own, *children, *page],
                     {**_shared(fields), **row, **({"location": place} if place else {})})
        yield _with_page_facts(role, fields)
    for key, row in listed.items():  # a job the table lists with no content of its own ("Filled")
        name = row.pop(_ROW_NAME)
        told = [s for s in shared if s.level and _posting_key(s.heading) == key]
        own = [replace(s, facet=S.ABOUT) if s.facet is None else s for s in told]
        yield _with_page_facts(_role(name, [*own, *page], {**_shared(fields), **row}), fields)


_ROW_NAME = " name"  # (the key a table row's job name is kept under, no label a row has)


def _posting_key(name: str) -> str:
    return " ".join(_clean(name, {})[0].casefold().split())


def _roles_table(page: list[_Section]) -> tuple[list[_Section], dict]:
    """A careers page's table of its jobs ("Role | Team | Location | Salary | Status", a row a job):
    the page without it, and each row's facts under its job, so that each posting is told its own pay
    and status, not the page's every row. A row whose job has no section of its own is a job too."""
    for n, section in enumerate(page):
        header, rows = _table_rows(section.items)
        if not header or len(rows) < 3 or headings.facet(header[0]) not in (None, S.ABOUT) \
                or headings.fold(header[0]) not in TABLE_JOB_COLUMNS:
            continue
        listed = {}
        for row in rows[1:]:
            name = re.sub(r"\*\*|__", "", row[0]).strip()
            if not name:
                continue
            facts = {_ROW_NAME: name}
            for label, cell in zip(header[1:], row[1:]):
                cell = re.sub(r"\*\*|__", "", cell).strip()
                if cell and label.strip():
                    period = _PERIOD_WORD.search(label) if headings.facet(label) == S.COMPENSATION else None
                    if period and not _PERIOD_WORD.search(cell) and money.parse_all(cell):
                        cell = f"{cell} per {period.group(1).lower()}"  # "Salary (gross/year)" says per what
                    _field(facts, label, cell)
            listed[_posting_key(name)] = facts
        kept = [item for item in section.items if " | " not in item]
        page = page[:n] + ([replace(section, items=kept)] if kept else []) + page[n + 1:]
        return page, listed
    return page, {}


_PERIOD_WORD = re.compile(r"\b(year|annum|month|week|day|hour)s?\b|/\s*(?:yr|h|hr)\b", re.I)
# The first column of a careers page's table of its jobs.
TABLE_JOB_COLUMNS = {"role", "roles", "job", "jobs", "position", "positions", "job title", "title", "vacancy",
                     "vacancies", "opening", "openings", "open role", "open roles"}


# A line that says it holds for every posting of the page, wherever it stands: "Free board and lodging
# for both positions", "The deadline for all three roles is …".
_FOR_EVERY_POSTING = re.compile(
    r"\b(?:both|all|each|every)\s+(?:(?:of\s+)?(?:the|these|our)\s+)?(?:two\s+|three\s+|four\s+)?"
    r"(?:positions?|roles?|posts?|jobs?|vacanc(?:y|ies)|openings?|postings?)\b", re.I)


def _for_every_posting(levels):
    """The postings without the lines that say they hold for all of them, and those lines as sections
    of the page (under the heading they stood under): each posting is asked about alone, so a line
    said once under the last posting must reach the others too."""
    moved, out = [], []
    for level, children in levels:
        kept = [level]
        for section in children:
            for_all = [i for i in section.items if _FOR_EVERY_POSTING.search(i)]
            if for_all:
                moved.append(replace(section, items=for_all, fields={}))
                section = replace(section, items=[i for i in section.items if i not in for_all])
            kept.append(section)
        out.append((kept[0], kept[1:]))
    return out, moved


def _with_page_facts(role: Role, fields: dict) -> Role:
    """A posting with the page's own facts ("Deadline for all three: 22 December 2026") it does not
    state itself."""
    told = {label.casefold() for label, _ in role.facts}
    extra = tuple((str(k).replace("_", " "), _text(v)) for k, v in fields.items()
                  if k not in (*SHARED_FIELDS, "title", "salary") and isinstance(v, str) and _text(v)
                  and str(k).replace("_", " ").casefold() not in told)
    return replace(role, facts=role.facts + extra) if extra else role


def _posting_place(items: list[str]) -> str | None:
    """The place chip of a posting's facts line on a careers page, whose other chips may run longer
    than a strip's ("£18.40 per hour + £250 quarterly clean-licence bonus")."""
    return next((chip.strip() for item in items if len(chips := _CHIP.split(item)) >= MIN_POSTING_CHIPS
                 for chip in chips if len(chip.split()) <= MAX_CHIP_WORDS and _PLACE_CHIP.search(chip)), None)


# A posting's facts line: a place, the hours and the pay at least.
MIN_POSTING_CHIPS = 3


def _shared(fields: dict) -> dict:
    return {k: v for k, v in fields.items() if k in SHARED_FIELDS}


def _named_level_pay(ranks: list[Role], items: list[str], currency: str | None) -> list[Role]:
    """A level without pay of its own takes the family's pay sentence naming it, the longest level
    title first ("Product Designer" is inside "Senior Product Designer")."""
    titles = sorted((r.title for r in ranks), key=len, reverse=True)
    found: dict[str, list[ParsedSalary]] = {}
    for sentence in _sentences(items):
        named = next((t for t in titles if t.casefold() in sentence.casefold()), None)
        pays = money.parse_all(sentence, currency=currency) if named else []
        if pays:
            found.setdefault(named, pays)
    return [replace(r, salaries=tuple(found[r.title]))
            if not r.salaries and r.title in found else r for r in ranks]


def _in_specialties(section: _Section, before: list[_Section]) -> bool:
    """"Specialties", or a heading under it: a specialty with requirements of its own, not a level."""
    parent = next((s for s in reversed(before) if 0 < s.level < section.level), None)
    return any(s is not None and SPECIALTIES.search(s.heading) for s in (section, parent))


def _ladder(ranks: list[Role], family: str) -> list[Role]:
    """Each level's career path from the family's order of levels (lowest first); the note says the
    step comes from that order."""
    note = f"the next level in the {family} ladder"
    out = []
    for i, rank in enumerate(ranks):
        steps = []
        if i > 0:
            steps.append(Section("Comes from", S.CAREER_ENTRY,
                                 (f"{ranks[i - 1].title} (the level before in the {family} ladder)",)))
        if i + 1 < len(ranks):
            steps.append(Section("Moves on to", S.CAREER_ADVANCEMENT, (f"{ranks[i + 1].title} ({note})",)))
        out.append(replace(rank, sections=rank.sections + tuple(steps)))
    return out


def _pay_levels(sections: list[_Section]) -> list[str]:
    """The levels a posting's pay names, in order (a pay table's level column, else range labels with a
    level word): a posting hiring at several levels with no heading per level."""
    items = [item for s in sections for item in s.items]
    header, rows = _table_rows(items)
    names = []
    if len(rows) >= 2 and header is not None:
        columns = [col for col, cell in enumerate(header) if LEVEL_COLUMN.search(cell)]
        for row in rows[1:]:
            cells = [row[col] for col in columns if col < len(row)] or [
                cell for cell in row if cell and not money.parse_all(cell) and LEVEL_WORDS.search(cell)]
            names.extend(cell for cell in cells[:1] if cell)
    if not names:
        names = [p.label for item in items if " | " not in item for p in money.parse_all(item)
                 if p.label and LEVEL_WORDS.search(p.label)]
    names = list(dict.fromkeys(names))
    return names if len(names) >= 2 else []


def _unprefixed(section: _Section, level: str) -> _Section:
    """A level's sub-heading without the level's title that handbooks repeat ("Senior Backend Engineer
    Job Grade" -> "Job Grade"), read again for its facet."""
    if not headings.fold(section.heading).startswith(headings.fold(level) + " "):
        return section
    rest = section.heading[len(level):].strip(" :-–—") if section.heading.casefold().startswith(
        level.casefold()) else section.heading
    if not rest or rest == section.heading:
        return section
    return replace(section, heading=rest, facet=headings.facet(rest) if section.facet in (None, S.LEVELS)
                   else section.facet)


def _role(title: str, sections: list[_Section], fields: dict, level_tables: bool = True) -> Role:
    fields = dict(fields)
    for section in sections:
        for label, value in section.fields.items():
            _field(fields, label, value)
    title, extra = _clean(str(title), fields)
    for key, value in extra:
        fields.setdefault(key, value)
    salary_text = fields.pop("salary", None)
    if salary_text is None:  # "Band: Band 6: £35,392 - £42,618", a facts table's only pay
        salary_text = next((v for k, v in fields.items() if headings.fold(str(k)) in PAY_BAND_LABELS
                            and money.parse_all(_text(v) or "")), None)
    # "currency: CAD" in front matter, or a place in Canada: its "$" are Canadian
    places = [_text(fields.get("location")), *(item for s in sections if s.facet == S.LOCATION for item in s.items),
              _text(fields.get("company"))]  # "Meranti Survey Pte. Ltd.": registered in Singapore
    currency = _text(fields.get("currency")) or next(filter(None, map(money.dollars_of, places)), None)
    if isinstance(salary_text, ParsedSalary):  # structured data: numbers already
        told = [_Section("Facts", 0, S.DETAILS, [str(v) for k, v in fields.items() if isinstance(v, str)])]
        pays = [_as_worded(salary_text, sections + told)]  # "Wage: CA$41.38 – CA$54.22 per hour" among the facts
        salary_text = pays[0].text
    elif isinstance(salary_text, tuple) and all(isinstance(p, ParsedSalary) for p in salary_text):
        pays, salary_text = list(salary_text), "; ".join(p.text for p in salary_text)
    else:
        pays = money.parse_all(str(salary_text), currency=currency) if salary_text else []
        if not pays and salary_text:  # "DCEA Grade 14 (see the pay table below)": the grade's row of that table
            tables = [s for s in sections if any(" | " in item for item in s.items)]
            pays = next(filter(None, (pay_grade.resolve(str(salary_text), s.items, currency, s.heading)
                                      for s in tables)), [])
            salary_text = pays[0].text if pays else salary_text
    pay_sections = [s for s in sections if s.facet == S.COMPENSATION]
    if not pays:
        pays = _section_pay(pay_sections, currency)
    elif all(p.maximum is None or p.minimum is None for p in pays) and _both_ends(
            found := _section_pay(pay_sections, currency)):
        pays = found  # "Salary: from €95k" in a badge, "from €95k, up to €125k" in the pay section: both ends
    elif not any(p.note for p in pays):  # structured numbers; the OTE or equity is in the words
        items = [item for s in pay_sections for item in s.items]
        pays = _with_notes(pays, items, whole=_extra_pay(items, pays, currency))
    if pays and pays[0].stated:  # "Sunday hours are paid at time and a third", said in a reply or under Hours
        premiums = [item for s in sections if s.facet not in (S.COMPENSATION, S.NOT_ABOUT_ROLE) for item in s.items
                    if _PREMIUM.search(item) and not money.parse_all(item)]
        if premiums:
            pays = [replace(p, note="; ".join(dict.fromkeys(filter(None, [p.note, *premiums])))) for p in pays]
    if not pays:
        pays = _section_pay([s for s in sections if s.facet is None and "pay" in headings.fold(s.heading)],
                            currency)
    if not pays and level_tables:  # "Levels and pay": a table of levels, each with its range
        pays = _table_pay([item for s in sections if s.facet == S.LEVELS for item in s.items], currency)
    if not pays:  # a posting in prose: "The salary for this role is $162,000 to $190,000 per year."
        pays = _sentence_pay([item for s in sections if s.facet != S.NOT_ABOUT_ROLE for item in s.items], currency)
    if pays and pays[0].stated and not any(_INSTALMENTS.search(p.note or p.text) for p in pays):
        # "brutos anuales en 14 pagas", "13e mois" said beside the pay or among the perks: how the pay is paid
        told = [str(salary_text)] if isinstance(salary_text, str) else []  # "Salary: €3.650 …, plus a 13th month salary"
        said = [m.group(0) for item in told + [i for s in sections if s.facet != S.NOT_ABOUT_ROLE for i in s.items]
                if (m := _INSTALMENTS.search(item))]
        if said:
            pays = [replace(p, note="; ".join(dict.fromkeys(filter(None, [p.note, said[0]])))) for p in pays]
    out = _benefits_apart(_preferred_apart([Section(s.heading, s.facet, tuple(s.items)) for s in sections if s.items]))
    levels = _pay_levels(pay_sections) if not any(s.facet == S.LEVELS for s in out) else []
    if levels:
        out.append(Section("Levels", S.LEVELS, tuple(levels)))
    if salary_text and not any(str(salary_text) in item for s in out for item in s.items):
        out.append(Section("Salary", S.COMPENSATION, (str(salary_text),)))
    band = next((_text(v) for k, v in fields.items() if headings.fold(str(k)) in PAY_BAND_LABELS and _text(v)), None)
    if band and len(pays) == 1 and not pays[0].label and pays[0].stated:
        # "Band: Agenda for Change Band 5" beside "Salary: £29,970 - …"; a band given with its range
        # ("Band 6: £35,392 - £42,618") is labelled by its words before the amount
        is_pay = band == _text(salary_text)
        named = re.split(r"[£$€¥₹]", band, maxsplit=1)[0].strip(" :–-") if is_pay else band
        if named and not (is_pay and named == band):
            pays = [replace(pays[0], label=named)]
    pays += _actual_pay(pays, [item for s in sections if s.facet != S.NOT_ABOUT_ROLE for item in s.items], currency)
    pays += _in_other_periods(pays, [item for s in pay_sections for item in s.items], currency)
    if not pays and salary_text and str(salary_text).strip():
        # "Salary: negotiable, depending on experience": no amount, but the words are the answer to "what does it pay"
        pays = [ParsedSalary(stated=False, text=" ".join(str(salary_text).split()), line=0)]
    return Role(
        title=title,
        sections=tuple(out),
        **{key: _text(fields.get(key)) for key in ROLE_FIELDS},
        salaries=tuple(pays),
        facts=tuple(posting_end.as_closing(str(k).replace("_", " "), _text(v)) for k, v in fields.items()
                    if k not in ROLE_FIELDS and _text(v)),
    )


# A requirement's line saying it is not one: "Preferred (not required): CISSP or CAP certification".
_PREFERRED_LINE = re.compile(r"^(?:preferred|desirable|desired|nice to have|a plus|bonus|advantageous)"
                             r"(?:\s*\((?:but )?not (?:required|essential|mandatory)\))?\s*:\s*(?P<text>\S.*)$", re.I)


def _preferred_apart(sections: list[Section]) -> list[Section]:
    """The preferred lines inside a requirements section, moved to the nice-to-haves."""
    moved = [m.group("text") for s in sections if s.facet == S.REQUIREMENTS for item in s.items
             if (m := _PREFERRED_LINE.match(item))]
    if not moved:
        return sections
    out = [replace(s, items=tuple(i for i in s.items if not _PREFERRED_LINE.match(i)))
           if s.facet == S.REQUIREMENTS else s for s in sections]
    return [s for s in out if s.items] + [Section("Preferred", S.NICE_TO_HAVE, tuple(moved))]


# A pay section's line that is a benefit: under "Pay & benefits" any line with no amount or pay clause; under
# any pay heading a line about visa sponsorship or relocation, what "which roles sponsor visas" looks for.
_BENEFITS_HEADING = re.compile(r"\b(?:benefits?|perks?|rewards?)\b")
# An amount that is a benefit's, not pay: "$1,200 home office budget", "£2,000 yearly learning budget".
_PERK_AMOUNT = re.compile(r"\b(?:budget|stipend|vouchers?|discount|reimburs\w*|membership|allowance for)\b", re.I)
_BENEFIT_LINE = re.compile(r"\bvisas?\b|\bsponsor(?:ship|s)?\b|\brelocation\b", re.I)


def _benefits_apart(sections: list[Section]) -> list[Section]:
    out = []
    for section in sections:
        if section.facet != S.COMPENSATION:
            out.append(section)
            continue
        both = bool(_BENEFITS_HEADING.search(headings.fold(section.heading)))
        perks = tuple(i for i in section.items if _BENEFIT_LINE.search(i) and not money.parse_all(i) or both and (
            _PERK_AMOUNT.search(i) or not (money.parse_all(i) or money.NOTE_WORDS.search(i))))
        pay = tuple(i for i in section.items if i not in perks)
        out += [s for s in (replace(section, items=pay), Section(section.heading, S.PERKS, perks)) if s.items]
    return out


# A line saying some hours are paid at a premium, wherever it stands: it is said with the pay.
# The instalments a year's pay comes in ("en 14 pagas", "su 14 mensilità", "in 13 monthly instalments") or
# the extra month's pay it includes ("13th month salary", "13e mois", "13. Monatsgehalt"; an ordinal, so
# that a "13 month contract" is none).
_INSTALMENTS = re.compile(r"\b(?:en|in|su|em)\s+1[2-6]\s+(?:monthly\s+)?(?:pagas|mensilit[aà]|sal[aá]rios|"
                          r"instalments|installments|payments)\b|\b1[345](?:th|e|ème|\.|ª|º)\s*(?:month(?:'s|ly)?"
                          r"(?:\s+(?:salary|pay|bonus))?|mois|monatsgehalt|mensilit[aà]|paga)\b", re.I)
_PREMIUM = re.compile(r"\b(?:paid|pay)\b[^.]{0,40}\b(?:time and a (?:half|third|quarter)|double time)\b", re.I)


# A public employer's pay band or grade, a field of its own beside the salary: the range is that band's.
PAY_BAND_LABELS = {"band", "pay band", "grade", "pay grade", "salary band", "salary grade", "pay scale", "job grade"}


# A salary for full-time hours, paid in proportion to a part-time post's ("£31,236 - £35,608 per annum
# pro rata"), and the sentence that says what is actually paid ("the actual salary paid is £24,989 - …").
_PRO_RATA = re.compile(r"\bpro[- ]rata\b|\bFTE\b|full[- ]time equivalent", re.I)
_ACTUAL_PAY = re.compile(r"\bactual (?:annual )?(?:salary|pay)\b[^.;]*", re.I)
ACTUAL_PAY_LABEL = "Actual pay for the part-time hours"


def _actual_pay(pays: list[ParsedSalary], items: list[str], currency: str | None) -> list[ParsedSalary]:
    """The pay a part-time post actually pays, said in a sentence beside its pro-rata salary, as a row of its own."""
    if not any(p.stated and _PRO_RATA.search(p.text) for p in pays):
        return []
    stated = {(p.minimum, p.maximum) for p in pays}
    for sentence in _sentences(items):
        match = _ACTUAL_PAY.search(sentence)
        found = money.parse_all(match.group(0), currency=currency) if match else []
        found = [replace(f, label=ACTUAL_PAY_LABEL) for f in found if (f.minimum, f.maximum) not in stated]
        if found:
            return found
    return []


# How many of each period a working year holds (full-time: 40 hours a week), to tell the same pay
# said in another period ("$31.42 Hourly" and "$65,353.60 Annually") from another amount.
PERIODS_A_YEAR = {"per hour": 2080, "per day": 260, "per week": 52, "per month": 12, "per year": 1}
# How far apart a year of the one and of the other may be and still be the same pay: a 37.5- or
# 35-hour week, or a 13th month, stays inside it; a stipend or a bonus a tenth of the pay does not.
SAME_PAY_TOLERANCE = 0.15


def _in_other_periods(pays: list[ParsedSalary], items: list[str], currency: str | None) -> list[ParsedSalary]:
    """The same pay stated again in another period, as public employers' postings give it (an
    hourly rate in the summary, the annual range in the text): a row of its own, so the answer
    gives both as written and neither is lost."""
    stated = [p for p in pays if p.stated and p.period in PERIODS_A_YEAR and p.minimum is not None]
    if not stated:
        return []
    periods = {p.period for p in pays}
    out = []
    for item in items:
        for found in money.parse_all(item, currency=currency):
            if found.period in PERIODS_A_YEAR and found.period not in periods and found.minimum is not None \
                    and any(_same_pay(p, found) for p in stated):
                out.append(replace(found, label=None))
                periods.add(found.period)
    return out


def _same_pay(one: ParsedSalary, other: ParsedSalary) -> bool:
    """Whether two ranges in different periods are the same pay: a year of each within SAME_PAY_TOLERANCE."""
    def yearly(p: ParsedSalary, amount: float | None) -> float | None:
        return None if amount is None else amount * PERIODS_A_YEAR[p.period]
    ends = [(yearly(one, one.minimum), yearly(other, other.minimum)), (yearly(one, one.maximum), yearly(other, other.maximum))]
    return all(a is not None and b is not None and abs(a - b) <= SAME_PAY_TOLERANCE * max(a, b) for a, b in ends)


def _both_ends(pays: list[ParsedSalary]) -> bool:
    return any(p.minimum is not None and p.maximum is not None for p in pays)


def _section_pay(sections: list[_Section], currency: str | None) -> list[ParsedSalary]:
    """The pay in these sections: a table's labelled ranges, else the first line with an amount; OTE,
    bonus or equity lines join the note."""
    items = [item for s in sections for item in s.items]
    ranges = _ranges_alone(items, currency)  # one range a line, each for a place or level: two or more
    pays = _table_pay(items, currency) or (ranges if len(ranges) >= 2 else [])
    if not pays:
        pays = next((found for item in items if (found := money.parse_all(item, currency=currency))), [])
    extras = _extra_pay(items, pays, currency)
    return _with_notes(pays, [item for item in items if not money.parse_all(item, currency=currency)] + extras,
                       whole=extras)


def _extra_pay(items: list[str], pays: list[ParsedSalary], currency: str | None) -> list[str]:
    """The further lines with an amount that add to the pay ("Sleep-ins are paid at £55 a night on top"),
    not the pay's own lines: said as written in its note."""
    taken = {p.text for p in pays}
    return [item for item in items if _EXTRA_PAY.search(item) and money.parse_all(item, currency=currency)
            and not any(t and t in item for t in taken)]


# Words of a pay line that adds to the base pay rather than stating another range of it.
_EXTRA_PAY = re.compile(r"\b(?:on top|extra|additional|in addition|paid at|enhanced|enhancements?|uplift|"
                        r"per (?:night|shift|call|call-out|visit|sleep-in))\b|" + money.NOTE_WORDS.pattern, re.I)


# A line that is a range and a few words naming what it is for ("£37,290 - £41,790 (National)").
MAX_RANGE_LABEL_WORDS = 4
_NOT_LABEL_WORDS = re.compile(r"[^A-Za-z' ]|\b(?:" + "|".join(money.CODES) + r"|per|a|an|year|annum|hour|month|"
                              r"week|day|pro rata)\b", re.I)


def _ranges_alone(items: list[str], currency: str | None) -> list[ParsedSalary]:
    """The ranges of the lines that are a range and a few words naming what it is for, labelled by
    those words."""
    out = []
    for item in items:
        pays = money.parse_all(item, currency=currency)
        if len(pays) != 1 or not pays[0].maximum or pays[0].maximum == pays[0].minimum:
            continue
        words = " ".join(_NOT_LABEL_WORDS.sub(" ", item).split())
        if len(words.split()) <= MAX_RANGE_LABEL_WORDS:
            out.append(replace(pays[0], label=pays[0].label or words or None))
    return out


# The separator of a line of facts ("Brackwater Consulting · Auckland · Permanent, full-time").
_CHIP = re.compile(r"(?<!\s)\s+[·•]\s+")  # a blank tried from its run's start: linear in a long run
# A facts line under the title is among the first lines of the posting; a chip of it is a few words.
MAX_STRIP_LINE, MAX_CHIP_WORDS = 3, 6
# A chip naming a place: "Bern, Switzerland", "Pune, Maharashtra (hybrid)", "Remote (EU)".
_PLACE_CHIP = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*, [A-Z][\w'’.-]*|\b(?:remote|hybrid|on-?site)\b"
                         # a town and its département or postcode, as French and Spanish boards write it:
                         # "Beaune (21)", "Ajaccio (2A)", "Getafe (28901)"
                         r"|^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* \((?:\d{2,5}|2[AB])\)$", re.I)
# The chips of a facts line under the title, parted by a middle dot, a bullet or a bar ("CDI | Beaune (21) |
# Salaire : 32 000 € à 36 000 € bruts annuels"); a bar parts a table's cells too, so only the strip reads it so.
_STRIP_CHIP = re.compile(r"(?<!\s)\s+[·•|]\s+")


# A chip of a facts line naming the kind of contract, in the languages postings come in: "CDI", "Permanent",
# "Fixed-term (12 months)", "Unbefristet", "Indefinido", "Tempo indeterminato", "Vast contract".
_CONTRACT_CHIP = re.compile(r"(?:CDI|CDD|int[ée]rim|alternance|freelance|permanent|temporary|temp|fixed[- ]term|"
                            r"contract|full[- ]?time|part[- ]?time|casual|seasonal|internship|apprenticeship|"
                            r"festanstellung|unbefristet|befristet|vollzeit|teilzeit|indefinido|temporal|"
                            r"jornada completa|media jornada|tempo (?:in)?determinato|vast(?: contract)?|tijdelijk|"
                            r"voltijd|deeltijd)(?:\s*\([^()]{1,30}\))?", re.I)


# A chip of a facts line giving the hours of a week, in the languages postings come in.
_HOURS_CHIP = re.compile(r"^\d+(?:[.,]\d)?(?:\s*[-–]\s*\d+(?:[.,]\d)?)?\s*(?:hours?|hrs|uur|stunden|std\.?|heures|"
                         r"horas|ore)\s*(?:per|a|/|par|pro|por|a la|alla|in de)?\s*(?:week|wk|woche|semaine|semana|"
                         r"settimana)\b", re.I)


# Between labelled facts a page may also draw a bar ("Union: OPSEU Local 4471 | Status: Permanent"): a
# label on each side tells it from a table's row, whose cells are not labelled.
_LABEL_CHIP = re.compile(r"(?<!\s)\s+[·•|]\s+")


def _label_chips(blocks: list[Block]) -> list[Block]:
    """A line of several facts, each with its label ("Location: Lisbon · Salary: €38.000 – €45.000"), as a
    line per fact."""
    out = []
    for block in blocks:
        chips = _LABEL_CHIP.split(block.text.strip()) if block.kind == TEXT else []
        if len(chips) > 1 and all(_LABEL.match(chip) for chip in chips):
            out.extend(Block(TEXT, chip) for chip in chips)
        else:
            out.append(block)
    return out


# The pin a posting marks its place with, in a line of facts under the title ("📍 Bad Elsbach · 🕒 ab sofort").
_PIN = re.compile(r"^\s*(?:📍|📌)\ufe0f?\s*(?P<place>\S.*)$")


def _pinned_place(items: list[str]) -> str | None:
    """The place a pin marks, in whatever language and shape it is written."""
    for item in items:
        place = next((m.group("place").strip() for chip in _CHIP.split(item) if (m := _PIN.match(chip))), None)
        if place:
            return place
    return None


def _strip_place(items: list[str]) -> str | None:
    """The place in a line of facts under the title ("Fernhill GmbH · Bern, Switzerland · 80–100%", "CDI |
    Beaune (21) | Salaire : …"): the first chip that names a city and its region, country, département or
    postcode, or remote or hybrid work."""
    for item in items:
        chips = _STRIP_CHIP.split(item)
        # a labelled chip ("Salaire : 32 000 € à 36 000 € bruts annuels") may run longer: its label says what it is
        if 2 <= len(chips) and all(len(c.split()) <= MAX_CHIP_WORDS or _LABEL.match(c.strip()) for c in chips):
            place = next((c.strip() for c in chips if _PLACE_CHIP.search(c)), None)
            if place:
                return place
    return None


# A board's meta list under the title, one fact an item ("Asheville, NC" / "Full-Time" / "Kitchen"), is
# among the first items of the posting.
MAX_META_ITEMS = 8


# A prose posting's opening says where the hiring is: "Harbor & Vine, a seafood restaurant on Commercial
# Street in Portland, Maine, is hiring a Sous Chef" (a city and its region or country, before the verb).
_PLACE_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
_HIRING_IN = re.compile(rf"\bin (?P<place>{_PLACE_NAME}, {_PLACE_NAME}),? (?:is|are) (?:now )?(?:hiring|looking for|"
                        r"recruiting|seeking)\b")


def _hiring_place(blocks: list[Block]) -> str | None:
    """Where a posting with no location field says, in its opening sentence, that it is hiring."""
    return next((m.group("place") for b in blocks if (m := _HIRING_IN.search(b.text))), None)


def _place_chip(items: list[str]) -> str | None:
    """The place in a board's meta list under the title: the first short item naming a city and its region
    or country."""
    return next((item.strip() for item in items if len(item.split()) <= MAX_CHIP_WORDS
                 and re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*", item.strip())),
                None)


def _sentence_pay(items: list[str], currency: str | None) -> list[ParsedSalary]:
    """The pay of the first sentence that calls an amount the salary (a prose posting); else an amount
    per period in a sentence that is no budget or allowance."""
    for sentence in _sentences(items):
        found = money.parse_all(sentence, currency=currency) if PAY_SENTENCE.search(sentence) else []
        if found:
            return found
    for sentence in _sentences(items):
        # the words of the amount's own clause: "€60.000–€70.000 gross per year, plus 8% holiday allowance"
        if not NOT_PAY_SENTENCE.search(_ADDED.split(sentence, 1)[0]):
            found = [p for p in money.parse_all(sentence, currency=currency) if p.period and p.currency]
            if found:
                return found
    for sentence in _sentences(items):  # a facts strip: "Auckland · Permanent · NZ$120,000 – NZ$140,000"
        chips = _CHIP.split(sentence)
        found = _ranges_alone(chips, currency) if len(chips) > 1 else []
        if len(found) == 1:
            return [replace(found[0], label=None)]
    return []


def _sentences(items: list[str]):
    return (sentence for item in items for sentence in _SENTENCE_END.split(item))


def _table_rows(items: list[str]) -> tuple[list[str] | None, list[list[str]]]:
    """(the header, or None when the first row has an amount, and every row) of a table's items."""
    rows = [[cell.strip() for cell in item.split(" | ")] for item in items if " | " in item]
    return (rows[0] if rows and not any(money.parse_all(cell) for cell in rows[0]) else None), rows


def _as_worded(pay: ParsedSalary, sections: list[_Section]) -> ParsedSalary:
    """Structured pay ("min": "15.40", "max": "17.10") with the words the posting says it in, when a line
    of it states the same range ("€15,40 – €17,10 gross per hour, plus 8% holiday allowance"): how it
    was written, and what it adds, are the answer. A headline that gives the pay beside the title
    ("Reach Truck Driver | $19/hr + $2 night premium") says it in its words after the title."""
    for section in sections:
        if section.facet == S.NOT_ABOUT_ROLE:
            continue
        for item in section.items:
            found = money.parse_all(item, currency=pay.currency)
            if any(_states_pay(f, pay) for f in found):
                return replace(pay, text=" ".join(item.split()), note=pay.note or found[0].note)
    for section in sections:
        same = [f for f in money.parse_all(section.heading or "", currency=pay.currency) if _states_pay(f, pay)]
        if section.facet != S.NOT_ABOUT_ROLE and same and same[0].note:
            return replace(pay, text=" ".join(same[0].text.split()), note=pay.note or same[0].note)
    return pay


def _states_pay(found: ParsedSalary, pay: ParsedSalary) -> bool:
    """Whether a line's amount is the structured pay: its ends, and its currency and period when it says them."""
    return found.minimum == pay.minimum and found.maximum == pay.maximum and found.currency in (None, pay.currency) \
        and found.period in (None, pay.period)


def _with_notes(pays: list[ParsedSalary], items: list[str], whole: list[str] = ()) -> list[ParsedSalary]:
    """`pays` with the OTE, bonus and equity words of these lines added to their note (`whole`: lines
    added as written)."""
    notes = []
    header, _ = _table_rows(items)
    for item in items:
        if header is not None and item == " | ".join(header):
            continue  # a pay table's header ("Level | Salary | Equity") names columns, says no extra
        found = money.parse_all(item)
        if item in whole:
            notes.append(" ".join(item.split()))
        elif found:
            notes.append(found[0].note)
        elif money.NOTE_WORDS.search(item):
            notes.append(item)
    notes = [n for n in notes if n]
    if not notes:
        return pays
    return [replace(p, note="; ".join(dict.fromkeys(filter(None, [p.note, *notes])))) for p in pays]


def _table_pay(items: list[str], currency: str | None) -> list[ParsedSalary]:
    header, rows = _table_rows(items)
    if len(rows) < 2:
        return []
    out = []
    for row in rows[1 if header else 0:]:
        names = [cell for cell in row if cell and not money.parse_all(cell, currency=currency)]
        named = [cell for col, cell in enumerate(row) if header and col < len(header) and cell in names
                 and headings.fold(header[col]) in NAME_COLUMNS]
        name = ", ".join(named) if named else max(names, key=len) if names else None
        for col, cell in enumerate(row):
            for pay in money.parse_all(cell, currency=currency):
                column = header[col] if header and col < len(header) else None
                if column and PAY_COLUMN.search(column):
                    column = None  # "Salary range (USD)" names no location or level
                label = ", ".join(x for x in (name, column, pay.label) if x) or None
                out.append(replace(pay, label=label, text=" | ".join(row)))
    if len(out) == 1:  # a table of one range ("Senior | from €95k, up to €125k"): the role's pay, said as written
        out = [replace(out[0], label=None)]
    return out


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value).strip() or None


# How much or how long the job is, said after the title ("Site Carpenter – Full Time"): not the title's.
_WORK_PATTERN = re.compile(r"(?:full|part)[- ]?time|permanent|temporary|fixed[- ]term|casual|seasonal", re.I)


def _capitalized(word: str) -> str:
    """A word in capitals as a title writes it, after any bracket: "(SEASONAL)" -> "(Seasonal)"."""
    k = next((n for n, ch in enumerate(word) if ch.isalnum()), 0)
    return word[:k] + word[k:].capitalize()


def _clean(title: str, fields: dict) -> tuple[str, list[tuple[str, str]]]:
    """'Senior Data Engineer – Nordwind (Berlin)' -> ('Senior Data Engineer', [('company', 'Nordwind'),
    ('location', 'Berlin')]) when the suffixes are the role's company or location; other suffixes
    stay."""
    title = " ".join(title.replace("\\", "").split())
    title = _DECORATION.sub("", title)  # Notion's "Customer Success Lead 🌎"
    extra = []
    title = _GENDER.sub("", title).strip()
    title = _NUMBERED.sub("", title)
    title = _WIKI_SPACE.sub("", title)  # Confluence's export: "Hiring : QA Engineer (Contract)"
    title = _HIRING_LEAD.sub("", title)  # a wiki's or forum's "Vacancy: …", "HIRING: …"
    title = _KIND_SUFFIX.sub("", title).strip() or title  # "… - Job Description"
    if title.isupper():  # "TECHNICAL WRITER, DEVELOPER DOCUMENTATION"
        title = " ".join(w if w.strip("(),") in KEPT_CAPITALS or _INITIALS.fullmatch(w.strip("(),")) else
                         _capitalized(w) for w in title.split())
    company = str(fields.get("company") or "").casefold()
    location = str(fields.get("location") or "").casefold()
    changed = True
    while changed:
        changed = False
        match = re.search(r"\s*\((?P<inner>[^()]+)\)$", title)
        if match and location and match.group("inner").casefold() in location:
            extra.append(("location", match.group("inner")))
            title, changed = title[: match.start()].strip(), True
        match = re.search(r"\s+(?:[-–—|@·]|at)\s+(?P<tail>[^-–—|@·]+)$", title)
        tail = match.group("tail").strip() if match else ""
        folded = tail.casefold()
        key = ("company" if company and (company.startswith(folded) or folded.startswith(company))
               else "location" if location and folded in location
               else "employment_type" if _WORK_PATTERN.fullmatch(tail) else None) if match else None
        if key:
            extra.append((key, tail))
            title, changed = title[: match.start()].strip(), True
    return title.strip(" :-–—") or title, extra


def years(text: str):
    """(min, max, open_ended) of the first "5+ years" / "2–5 years" in `text`."""
    match = _YEARS.search(text)
    if not match:
        return None
    if match.group("least"):
        return int(match.group("least")), None, True
    if match.group("only"):
        return int(match.group("only")), None, bool(match.group("oplus"))
    return int(match.group("min")), int(match.group("max")), bool(match.group("plus"))
