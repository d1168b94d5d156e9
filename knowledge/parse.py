"""The seeds' two layouts, read into structured facts: role profiles ("Key Responsibilities and
Required Skills for <Title>", a salary line, glued tags, skills, education, career path) and
recruiting-site guides ("<Title> Job Description", a sample posting, FAQ answers whose questions
were lost). One line-oriented parser driven by a table of headings (`HEADINGS`): what it cannot
place is a warning with its line number; `DocumentError` only when the text is no job description.
Pure: text in, `ParsedDocument` out. Also the parsed values every reader returns."""

import re
import unicodedata
from dataclasses import dataclass, field, replace

from knowledge import sections as S

# Larger files are refused: the seeds are under 12 KB, and a megabyte of
# "job description" is a mistake or an attack, not a document.
MAX_DOCUMENT_BYTES = 1_000_000
# Blanks in a row within a line (spaces, tabs, no-break and other Unicode spaces) kept by `decode`: a
# posting's widest gap (a table's columns, an indent) is a few dozen; a pasted run of 100,000 in a
# line held `rolecall ingest` for minutes. Line breaks are never cut: they are not blanks here.
MAX_BLANK_RUN = 100
_BLANK = r"[^\S\n\r\v\f\x1c-\x1e\x85\u2028\u2029]"
_LONG_BLANK_RUN = re.compile(rf"(?<!{_BLANK}){_BLANK}{{{MAX_BLANK_RUN + 1},}}")
# A text over a tenth of whose characters are control characters is a binary file (one with no NUL byte);
# fewer, among words, are read as spaces (`_stray_controls_as_spaces`).
MAX_CONTROL_SHARE = 0.1

ROLE_PROFILE = "role_profile"
HIRING_GUIDE = "hiring_guide"

# How the text under a heading is read.
PARAGRAPHS = "paragraphs"  # every non-empty line is an item (definitions, FAQ)
LIST = "list"  # bullets are items; other lines are intros or noise
LINES = "lines"  # every line is an item, except an intro ending in ":"
CONTAINER = "container"  # a heading that only groups other headings
END = "end"  # page footer: nothing after it is read

# Sections a role-profile document must have; without them it was cut short.
REQUIRED_PROFILE_SECTIONS = (S.OVERVIEW, S.PRIMARY, S.HARD_SKILLS, S.SOFT_SKILLS)


@dataclass(frozen=True)
class Heading:
    section: str | None
    kind: str
    inline: bool = False  # may carry its value on the same line ("Location: Remote")


# Headings, folded by `_fold` and with the role's own title removed.
HEADINGS = {
    "role definition": Heading(S.OVERVIEW, PARAGRAPHS),
    "career progression": Heading(None, CONTAINER),
    "typical career path": Heading(None, CONTAINER),
    "entry point from": Heading(S.CAREER_ENTRY, LIST),
    "advancement to": Heading(S.CAREER_ADVANCEMENT, LIST),
    "lateral moves": Heading(S.CAREER_LATERAL, LIST),
    "core responsibilities": Heading(None, CONTAINER),
    "primary functions": Heading(S.PRIMARY, LIST),
    "secondary functions": Heading(S.SECONDARY, LIST),
    "required skills competencies": Heading(None, CONTAINER),
    "hard skills technical": Heading(S.HARD_SKILLS, LIST),
    "hard skills": Heading(S.HARD_SKILLS, LIST),
    "soft skills": Heading(S.SOFT_SKILLS, LIST),
    "education experience": Heading(None, CONTAINER),
    "educational background": Heading(None, CONTAINER),
    "minimum education": Heading(S.EDUCATION_MINIMUM, LIST),
    "preferred education": Heading(S.EDUCATION_PREFERRED, LIST),
    "relevant fields of study": Heading(S.EDUCATION_FIELDS, LIST),
    "experience requirements": Heading(None, CONTAINER),
    "typical experience range": Heading(S.EXPERIENCE_RANGE, LIST, inline=True),
    "preferred": Heading(S.EXPERIENCE_PREFERRED, LIST),
    "job description": Heading(None, CONTAINER),
    "job description sample": Heading(None, CONTAINER),
    "job title": Heading(S.JOB_DESCRIPTION_SAMPLE, LIST, inline=True),
    "location": Heading(S.LOCATION, LIST, inline=True),
    "type": Heading(S.EMPLOYMENT_TYPE, LIST, inline=True),
    "employment type": Heading(S.EMPLOYMENT_TYPE, LIST, inline=True),
    "about the role": Heading(S.ABOUT, PARAGRAPHS, inline=True),
    "key responsibilities": Heading(S.KEY_RESPONSIBILITIES, LIST),
    "perks": Heading(S.PERKS, LIST),
    "benefits": Heading(S.PERKS, LIST),
    "responsibilities": Heading(S.RESPONSIBILITIES, LIST),
    "qualifications to be a": Heading(None, CONTAINER),
    "prerequisites": Heading(S.PREREQUISITES, LIST),
    "salary by experience level": Heading(S.SALARY_BY_LEVEL, LIST),
    "frequently asked questions about hiring": Heading(S.HIRING_ADVICE, PARAGRAPHS),
    "frequently asked questions": Heading(S.HIRING_ADVICE, PARAGRAPHS),
    "tools and programs use": Heading(S.TOOL_CATEGORIES, LINES),
    "job description examples": Heading(None, END),
    "related articles": Heading(None, END),
}
# Navigation the scraper kept; skipped without a warning.
IGNORED_LINES = {"back to home"}

# A line's words are matched as "\S(?:.*\S)?" (from its first to its last non-space, or a lone space),
# not ".+?" before "\s*$": the lazy form retries the trailing spaces at every character, and a line
# of a few thousand tabs or spaces took minutes (cubic for a whitespace line under _GUIDE_TITLE).
_TEXT = r"(?:\S(?:.*\S)?|\s)"
_PROFILE_TITLE = re.compile(r"^\W*key responsibilities and required skills for\s+(?:an?\s+)?(?P<title>" + _TEXT
                            + r")\s*$", re.I)
_GUIDE_TITLE = re.compile(r"^\s*(?P<title>" + _TEXT + r")\s*job description\s*$", re.I)
_JOB_TITLE = re.compile(r"^\s*job title:\s*(?P<title>\S(?:.*\S)?)\s*$", re.I)
# Each layout's title line, tried in this order: (pattern, format, within the first lines).
_TITLE_LINES = ((_PROFILE_TITLE, ROLE_PROFILE, 40), (_JOB_TITLE, HIRING_GUIDE, 40), (_GUIDE_TITLE, HIRING_GUIDE, 5))
_BULLET = re.compile(r"^\s*(?:[•◦▪‣●○■►▸*]|[-–—](?=\s))\s*(?P<text>" + _TEXT + r")\s*$")
# "    lime System Performance…": a stray lowercase word where a bullet belongs.
_STRAY_WORD = re.compile(r"^\s{2,}(?P<word>[a-z]{2,12})\s+(?P<text>[A-Z(\"'](?:.*\S|\s))\s*$")
_LABEL = re.compile(r"^(?P<label>[A-Z][^.:!?]{1,60}?):\s+(?P<text>\S.*)$")
_SALARY = re.compile(r"\$\s*(?P<min>[\d,.]+\s*[kK]?)?\s*[-–—]\s*\$\s*(?P<max>[\d,.]+\s*[kK]?)?\s*(?P<plus>\+)?"
                     r"\s*(?P<rest>.*)$")
_YEARS = re.compile(r"(?P<min>\d{1,2})\s*(?:[-–—]|to)\s*(?P<max>\d{1,2})\s*(?P<plus>\+)?|(?P<only>\d{1,2})\s*\+")
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")


class DocumentError(ValueError):
    """The file cannot be read as a job description; the message says why."""


@dataclass(frozen=True)
class ParsedItem:
    section: str
    text: str
    line: int
    label: str | None = None
    heading: str | None = None  # the document's own heading, for readers other than the seeds'


@dataclass(frozen=True)
class ParsedSalary:
    stated: bool
    text: str
    line: int
    minimum: float | None = None  # whole amounts are ints; an hourly rate may have cents
    maximum: float | None = None
    open_ended: bool = False
    currency: str | None = None
    period: str | None = None
    note: str | None = None  # OTE, bonus, equity: as written
    label: str | None = None  # the level or location a range is for, when there are several
    high_to_low: bool = False  # written high to low ("$30k-20k"): stored low to high, and ingest says so

    def low_to_high(self) -> "ParsedSalary":
        """The range with its minimum first, marked when it was written the
        other way round, so that thresholds and rankings compare the right ends."""
        if self.minimum is None or self.maximum is None or self.minimum <= self.maximum:
            return self
        return replace(self, minimum=self.maximum, maximum=self.minimum, high_to_low=True)


@dataclass(frozen=True)
class ParsedExperience:
    text: str
    line: int
    years_min: int | None = None
    years_max: int | None = None
    open_ended: bool = False


@dataclass(frozen=True)
class ParsedCareerLink:
    kind: str
    title: str
    note: str | None = None


@dataclass(frozen=True)
class Warning:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass
class ParsedDocument:
    title: str
    format: str
    items: list[ParsedItem] = field(default_factory=list)
    # The role's salary first, then any further ranges (per level or location).
    salaries: list[ParsedSalary] = field(default_factory=list)
    experience: list[ParsedExperience] = field(default_factory=list)
    career: list[ParsedCareerLink] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def __post_init__(self):
        self.title = seen_title(self.title)

    @property
    def salary(self) -> ParsedSalary | None:
        return self.salaries[0] if self.salaries else None

    def count(self, section: str) -> int:
        return sum(1 for item in self.items if item.section == section)


def seen_title(title: str) -> str:
    """A title as it is seen: without the format characters pasted into it
    (Unicode's Cf: direction overrides and isolates, which make chat clients
    draw the rest of the name backwards, zero-width spaces and joiners, soft
    hyphens), which would otherwise be stored, and shown in every answer."""
    return " ".join("".join(" " if unicodedata.category(ch) == "Cc" else ch
                            for ch in title if unicodedata.category(ch) != "Cf").split())


def role_key(title: str) -> str:
    """Fold a title so spellings of one role meet: "Lead Back-End Engineer",
    "lead backend engineer" and "Lead Back End Engineer" give one key. A title in Chinese, Japanese or
    Korean ("생산라인 반장", "采购专员") keeps its letters: it has no Latin ones to key it by."""
    text = unicodedata.normalize("NFKC", title).casefold()
    return re.sub(r"[^0-9a-z\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]+", "", text)


def decode(data: bytes, name: str) -> str:
    """Bytes to text, refusing what is not a text document."""
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise too_large(name, len(data))
    if b"\x00" in data:
        raise DocumentError(f"{name}: the file is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{name}: the file is not UTF-8 text ({exc.reason} at byte {exc.start})")
    controls = sum(1 for ch in text if _is_control(ch))
    if controls > len(text) * MAX_CONTROL_SHARE:
        raise DocumentError(f"{name}: the file is full of control characters, not text")
    return _short_blank_runs(_stray_controls_as_spaces(text, name) if controls else text)


def _short_blank_runs(text: str) -> str:
    """`text` with each run of more than `MAX_BLANK_RUN` blanks cut to its first `MAX_BLANK_RUN`:
    what a line says is the same, and every reader's patterns, which may try such a run from each of
    its characters, see a short one."""
    return _LONG_BLANK_RUN.sub(lambda m: m.group()[:MAX_BLANK_RUN], text)


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" and ch not in "\n\r\t"


def _stray_controls_as_spaces(text: str, name: str) -> str:
    """`text` with the control characters among a line's words (a terminal's bell pasted with a title,
    Word's line break as \\v) read as spaces; a line that is mostly control characters is refused."""
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        controls = [ch for ch in line if _is_control(ch)]
        if not controls:
            continue
        # a line of form feeds alone is a page break, whitespace; a bell or an escape is not
        garbled = sum(1 for ch in controls if not ch.isspace())
        if garbled > sum(1 for ch in line if not ch.isspace() and not _is_control(ch)):
            raise DocumentError(f"{name}: line {number} is mostly control characters, not text")
        lines[number - 1] = "".join(" " if _is_control(ch) else ch for ch in line)
    return "\n".join(lines)


def too_large(name: str, size: int, limit: int = MAX_DOCUMENT_BYTES) -> DocumentError:
    return DocumentError(f"{name}: the file is {size:,} bytes; job descriptions are expected under {limit:,} bytes")


def parse_document(text: str, name: str = "document") -> ParsedDocument:
    """Parse one document; raise DocumentError when it is not a job description."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    doc = _find_title(lines, name)
    _Reader(doc, lines).read()
    _check_complete(doc, name)
    return doc


def split_tags(line: str) -> list[str]:
    """'EngineeringTechnologyLeadershipSoftware Development' → its tags."""
    return [part.strip() for part in _GLUED.split(line) if part.strip()]


def split_career_titles(text: str) -> tuple[list[str], str | None]:
    """'Principal / Distinguished Engineer' → (['Principal Engineer',
    'Distinguished Engineer'], None); a parenthesis becomes the note."""
    note = None
    match = re.search(r"\s*\((?P<note>[^)]*)\)\s*$", text)
    if match:
        note = match.group("note").strip()
        text = text[: match.start()]
    parts = [p.strip() for p in re.split(r"\s+/\s+|\s+or\s+", text) if p.strip()]
    if not parts:
        return [], note
    head = parts[-1].split()[-1]
    titles = []
    for i, part in enumerate(parts):
        # "Principal / Distinguished Engineer": a lone word before the last
        # part shares the last part's noun.
        if i < len(parts) - 1 and len(part.split()) == 1 and part != head:
            part = f"{part} {head}"
        titles.append(part)
    return titles, note


def parse_salary(text: str, line: int) -> ParsedSalary:
    match = _SALARY.search(text)
    raw = text.strip().lstrip("💰").strip()
    if not match:
        return ParsedSalary(stated=False, text=raw, line=line)
    low, high = _money(match.group("min")), _money(match.group("max"))
    rest = match.group("rest") or ""
    note_match = re.search(r"\((?P<note>[^)]*)\)", rest)
    note = note_match.group("note").strip() if note_match else None
    rest_wo_note = rest[: note_match.start()] if note_match else rest
    currency_match = re.search(r"\b([A-Z]{3})\b", rest_wo_note)
    period_match = re.search(r"\bper\s+(year|annum|month|hour)\b", rest_wo_note, re.I)
    stated = low is not None or high is not None
    return ParsedSalary(stated=stated, text=raw, line=line, minimum=low, maximum=high,
                        open_ended=bool(match.group("plus")),
                        currency=(currency_match.group(1) if currency_match else "USD") if stated else None,
                        period=f"per {period_match.group(1).lower()}" if period_match else None,
                        note=note).low_to_high()


def parse_years(text: str, line: int) -> ParsedExperience:
    match = _YEARS.search(text)
    if not match:
        return ParsedExperience(text=text, line=line)
    if match.group("only"):
        return ParsedExperience(text=text, line=line, years_min=int(match.group("only")), open_ended=True)
    return ParsedExperience(text=text, line=line, years_min=int(match.group("min")), years_max=int(match.group("max")),
                            open_ended=bool(match.group("plus")))


def _money(raw: str | None) -> int | None:
    if not raw or not raw.strip():
        return None
    raw = raw.strip().replace(",", "")
    factor = 1000 if raw[-1] in "kK" else 1
    try:
        return int(float(raw.rstrip("kK").strip()) * factor)
    except ValueError:
        return None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk", "Cf"))
    text = " ".join(_GLUED.split(text))
    return re.sub(r"[^0-9a-z]+", " ", text.casefold()).strip()


def seed_title(lines: list[str]) -> tuple[str, str] | None:
    """(title, format) of a document in one of the seeds' layouts, from its title line near the top;
    None for any other document."""
    for pattern, format, first in _TITLE_LINES:
        for line in lines[:first]:
            match = pattern.match(line)
            if match and (pattern is not _GUIDE_TITLE or 1 <= len(match.group("title").split()) <= 8):
                return _clean_title(match.group("title")), format
    return None


def _find_title(lines: list[str], name: str) -> ParsedDocument:
    found = seed_title(lines)
    if found is None:
        raise DocumentError(f"{name}: this does not look like a job description: no 'Key Responsibilities and "
                            "Required Skills for <role>' or 'Job Title: <role>' line near the top")
    return ParsedDocument(title=found[0], format=found[1])


def _clean_title(title: str) -> str:
    return " ".join(title.strip(" :-–—").split())


def _check_complete(doc: ParsedDocument, name: str) -> None:
    if doc.format == ROLE_PROFILE:
        missing = [S.TITLES[s] for s in REQUIRED_PROFILE_SECTIONS if not doc.count(s)]
        if missing:
            raise DocumentError(f"{name}: the '{doc.title}' profile looks cut short or damaged: "
                                f"no {', no '.join(missing)} found")
    elif not any(doc.count(s) for s in (S.KEY_RESPONSIBILITIES, S.RESPONSIBILITIES, S.ABOUT)):
        raise DocumentError(f"{name}: the '{doc.title}' job description has no responsibilities or "
                            "'About the Role' text; it looks cut short or damaged")


class _Reader:
    """Walks the lines once, tracking the current heading."""

    def __init__(self, doc: ParsedDocument, lines: list[str]):
        self.doc = doc
        self.lines = lines
        self.title_fold = _fold(doc.title)
        self.heading: Heading = Heading(None, CONTAINER)
        self.heading_text = ""
        self.heading_line = 0
        self.items_under_heading = 0
        self.lines_since_heading = 0
        self.faq_start = 0

    def read(self) -> None:
        for number, raw in enumerate(self.lines, 1):
            if not raw.strip():
                continue
            if self._title_line(raw, number):
                continue
            folded = _fold(raw)
            if folded in IGNORED_LINES:
                continue
            inline = self._inline(raw)
            if inline:
                heading, head, value = inline
                self._open_heading(heading, head, number)
                self._add(heading.section, value, number, label=head)
                continue
            heading = self._heading(raw)
            if heading:
                if heading[0].kind == END:
                    self._close_heading()
                    self.heading = heading[0]
                    break
                self._open_heading(*heading, number)
                continue
            if self.doc.salary is None and "$" in raw and number < 15:
                self.doc.salaries.append(parse_salary(raw, number))
                if not self.doc.salary.stated:
                    self._warn(number, f"the salary line '{self.doc.salary.text}' has no amounts; "
                               "stored as 'not stated'")
                continue
            if self._tags_line(raw, number):
                continue
            self._content(raw, number)
        self._close_heading()
        if self.doc.salary is None and self.doc.format == ROLE_PROFILE:
            self._warn(0, "no salary line found; stored as 'not stated'")
        self.doc.warnings.sort(key=lambda w: w.line)

    def _title_line(self, raw: str, number: int) -> bool:
        if _PROFILE_TITLE.match(raw):
            return True
        match = _GUIDE_TITLE.match(raw)
        if match and number <= 5 and role_key(match.group("title")) == role_key(self.doc.title):
            self._open_heading(Heading(None, CONTAINER), raw.strip(), number)
            return True
        return False

    def _heading(self, raw: str) -> tuple[Heading, str] | None:
        if _BULLET.match(raw) or _STRAY_WORD.match(raw):
            return None
        text = raw.strip()
        folded = self._without_title(_fold(text))
        if folded in HEADINGS and len(text) < 80:
            return HEADINGS[folded], text
        return None

    def _inline(self, raw: str) -> tuple[Heading, str, str] | None:
        if ":" not in raw or _BULLET.match(raw):
            return None
        head, _, value = raw.strip().partition(":")
        heading = HEADINGS.get(self._without_title(_fold(head)))
        if heading and heading.inline and value.strip():
            return heading, head.strip(), value.strip()
        return None

    def _without_title(self, folded: str) -> str:
        if self.title_fold and self.title_fold in folded:
            folded = folded.replace(self.title_fold, " ")
        return " ".join(folded.split())

    def _open_heading(self, heading: Heading, text: str, number: int) -> None:
        self._close_heading()
        self.heading, self.heading_text, self.heading_line = heading, text, number
        self.items_under_heading = 0
        self.lines_since_heading = 0
        if heading.section == S.HIRING_ADVICE:
            self.faq_start = number

    def _close_heading(self) -> None:
        heading = self.heading
        if heading.section and heading.kind != CONTAINER and not self.items_under_heading:
            self._warn(self.heading_line, f"the heading '{self.heading_text}' has no items")
        if heading.section == S.HIRING_ADVICE and self.items_under_heading:
            self._warn(self.faq_start, f"{self.items_under_heading} FAQ answers have lost their questions; "
                                       "kept as hiring advice")
        self.heading = Heading(None, CONTAINER)
        self.items_under_heading = 0

    def _tags_line(self, raw: str, number: int) -> bool:
        text = raw.strip()
        if self.doc.format != ROLE_PROFILE or self.doc.count(S.TAGS) or self.heading.section:
            return False
        if " " in text and not _GLUED.search(text):
            return False
        if len(text) > 200 or not _GLUED.search(text) and len(text.split()) > 2:
            return False
        for tag in split_tags(text):
            self._add(S.TAGS, tag, number)
        return True

    def _content(self, raw: str, number: int) -> None:
        self.lines_since_heading += 1
        kind, section = self.heading.kind, self.heading.section
        bullet = _BULLET.match(raw)
        stray = None if bullet else _STRAY_WORD.match(raw)
        text = raw.strip()
        if section is None:
            self._warn(number, f"text outside any known section skipped: {_short(text)}")
        elif kind == PARAGRAPHS:
            self._add(section, bullet.group("text") if bullet else text, number)
        elif kind == LINES:
            if text.endswith(":") and not self.items_under_heading:
                return  # "Here's what their digital toolbox might look like:"
            self._add(section, text, number)
        elif bullet:
            self._add(section, bullet.group("text"), number)
        elif stray:
            self._warn(number, f"removed the stray word '{stray.group('word')}' before a bullet")
            self._add(section, stray.group("text"), number)
        elif self.lines_since_heading == 1 and not self.items_under_heading:
            # The line right under a heading of a recruiting-site page is its
            # blurb ("Tech skills get them in the door…"), not an item.
            self._warn(number, f"introductory text under '{self.heading_text}' skipped: {_short(text)}")
        else:
            self._warn(number, f"text that is not a bullet skipped: {_short(text)}")

    def _add(self, section: str, text: str, number: int, label: str | None = None) -> None:
        text = " ".join(text.split())
        if not text:
            return
        match = _LABEL.match(text)
        if match and label is None and section not in (S.OVERVIEW, S.ABOUT, S.HIRING_ADVICE, S.TAGS, S.EXPERIENCE_RANGE):
            if len(match.group("label").split()) <= 8:
                label, text = match.group("label").strip(), match.group("text").strip()
        self.doc.items.append(ParsedItem(section=section, text=text, line=number, label=label))
        self.items_under_heading += 1
        if section == S.EXPERIENCE_RANGE:
            self.doc.experience.append(parse_years(text, number))
        if section in S.CAREER:
            titles, note = split_career_titles(text)
            for title in titles:
                self.doc.career.append(ParsedCareerLink(kind=section, title=title, note=note))

    def _warn(self, number: int, message: str) -> None:
        self.doc.warnings.append(Warning(number, message))


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
