"""Reading the job descriptions teams keep (Markdown, plain text, HTML, Word, OpenDocument, PDF, RTF, ATS exports
and XML feeds) besides
the seeds' two layouts (`knowledge.parse`): `read` turns one file's bytes into one `ParsedDocument`
per role, the shape `knowledge.ingest` stores."""

import json
import re
from dataclasses import replace

from knowledge import sections as S
from knowledge.parse import (
    DocumentError,
    ParsedCareerLink,
    ParsedDocument,
    ParsedExperience,
    ParsedItem,
    Warning,
    parse_document,
    role_key,
    split_career_titles,
)
from knowledge.readers import (ats, asciidoc, chat_exports, confluence, detect, encoding, feed, html, icalendar, internal, latex, linked_data,
                               mail, markdown, markup, mediawiki, ndjson, ods, odt,
                               pdf, plaintext, powerpoint, reddit, restructuredtext, rtf, slack_export, table, toml_jobs, trello, webvtt,
                               word, yaml_jobs, zipped)
from knowledge.readers.build import years
from knowledge.readers.model import Document, Role
from knowledge.references import is_reference

# Sections whose items may state the years of experience a role needs ("5+ years
# of Go"); a nice-to-have's years are not what it needs.
YEARS_FROM = (S.EXPERIENCE_RANGE, S.REQUIREMENTS, S.DETAILS)
# The reader of each kind `detect` tells; text it cannot place is plain text.
BINARY_READERS = {detect.DOCX: word.read, detect.PDF: pdf.read, detect.ODT: odt.read, detect.RTF: rtf.read,
                  detect.XLSX: table.read_xlsx, detect.PPTX: powerpoint.read, detect.ODS: ods.read}


def read(data: bytes, name: str) -> list[ParsedDocument]:
    """The roles of one file; DocumentError says why it cannot be read."""
    try:
        return _read(data, name)
    except RecursionError:
        raise DocumentError(f"{name}: the document is nested too deep to be read")


def _read(data: bytes, name: str) -> list[ParsedDocument]:
    binary = detect.binary(data, name)
    if binary == detect.ZIP:
        return zipped.read(data, name, _read)
    if binary:
        return to_parsed(BINARY_READERS[binary](data, name))
    if html.is_saved_page(data, name):
        data = html.slimmed(data)  # its scripts, styles and inline images are never read
    text, note = encoding.decode(data, name)
    text = _ZERO_WIDTH.sub("", text)  # a rich-text editor's zero-width spaces hide a heading's words
    try:
        docs = _read_text(text, name)
    except DocumentError as exc:
        if note:  # how the file was read may be why it is refused
            raise DocumentError(f"{exc} ({note})") from exc
        raise
    if note:
        docs[0].warnings.append(Warning(0, note))
    return docs


# Zero-width spaces and word joiners (as characters or HTML entities); the zero-width joiner of emoji stays.
_ZERO_WIDTH = re.compile(r"[\u200b\u2060]|&#8203;|&#x200b;|&ZeroWidthSpace;", re.I)


def _read_text(text: str, name: str) -> list[ParsedDocument]:
    kind = detect.detect(text, name)
    if kind in (detect.SEEDS, detect.TEXT):  # a form's internal block is read by no layout
        lines, hidden = internal.without_internal(text.split("\n"))
        if hidden:
            docs = _read_text("\n".join(lines), name)
            docs[0].warnings.extend(Warning(0, w) for w in hidden)
            return docs
    if kind == detect.SEEDS:
        try:
            seed = parse_document(text, name)
            if not _skipped_lines(seed):
                return [seed]
            # An ordinary posting with a "Job Title:" line: the generic reader's, if it keeps more.
            try:
                generic = to_parsed(plaintext.read(text, name))
            except DocumentError:
                return [seed]
            # the lines the seeds' layout skipped count against it: they are what the generic reader keeps
            kept = sum(len(d.items) for d in generic)
            return generic if kept >= len(seed.items) - _skipped_lines(seed) else [seed]
        except DocumentError:
            if any(line.strip().lower().startswith("key responsibilities and required skills")
                   for line in text.split("\n")[:40]):
                raise
            # A "Job Title:" line on an ordinary posting: the generic reader's turn.
            kind = detect.TEXT
    if kind == detect.HTML and confluence.is_storage_format(text):  # Confluence's ac: macros, no <html>
        return to_parsed(confluence.read(text, name))
    return to_parsed(TEXT_READERS.get(kind, plaintext.read)(text, name))


def _read_json(text: str, name: str) -> Document:
    try:
        parsed = json.loads(text)
    except RecursionError:
        raise DocumentError(f"{name}: the JSON is nested too deep to be a job posting export")
    except ValueError as exc:
        raise DocumentError(f"{name}: the file is not valid JSON ({exc})")
    if slack_export.is_export(parsed):  # a channel's day of messages, a job posted among them
        return slack_export.read(parsed, name)
    if chat_exports.is_telegram(parsed):
        return chat_exports.read_telegram(parsed, name)
    if chat_exports.is_discord(parsed):
        return chat_exports.read_discord(parsed, name)
    if trello.is_board(parsed):
        return trello.read(parsed, name)
    if reddit.is_thread(parsed):  # a post and its comments: the poster's replies only
        return reddit.read(parsed, name)
    return ats.read(linked_data.resolved(parsed), name)


TEXT_READERS = {detect.JSON: _read_json, detect.HTML: html.read, detect.MARKDOWN: markdown.read, detect.XML: feed.read,
                detect.CSV: table.read_csv, detect.TSV: table.read_tsv, detect.EMAIL: mail.read, detect.ASCIIDOC: asciidoc.read,
                detect.RST: restructuredtext.read, detect.LATEX: latex.read, detect.YAML: yaml_jobs.read,
                detect.ICS: icalendar.read, detect.TOML: toml_jobs.read, detect.JSONL: ndjson.read,
                detect.VTT: webvtt.read, detect.SRT: webvtt.read_srt,
                detect.ORG: markup.read_org, detect.TEXTILE: markup.read_textile, detect.BBCODE: markup.read_bbcode, detect.WIKI: mediawiki.read, detect.MHTML: mail.read}


def _skipped_lines(doc: ParsedDocument) -> int:
    return sum(1 for w in doc.warnings if "not a bullet skipped" in w.message)


def to_parsed(document: Document) -> list[ParsedDocument]:
    """One ParsedDocument per role; roles of one title in one file are one."""
    out: dict[str, ParsedDocument] = {}
    for role in document.roles:
        key = role_key(role.title)
        if not key:
            continue
        doc = out.get(key)
        if doc is None:
            doc = out[key] = ParsedDocument(title=role.title, format=document.format)
        _add_role(doc, role)
    docs = list(out.values())
    if not docs:
        raise DocumentError("no role with a title found")
    docs[0].warnings.extend(Warning(0, w) for w in document.warnings)
    _own_references(docs)
    return docs


def _own_references(docs: list[ParsedDocument]) -> None:
    """A line the postings of one file share that quotes each one's reference code ("quoting the
    reference (2026/1187 or 2026/1188)") quotes, in each posting, its own code alone: a candidate
    asking how to apply for one must not be handed the other's code."""
    codes = {id(doc): {i.text.strip() for i in doc.items if is_reference(i.label, i.text)} for doc in docs}
    every = set().union(*codes.values())
    if len(every) < 2:
        return
    for doc in docs:
        own, others = codes[id(doc)], every - codes[id(doc)]
        if not own:
            continue
        for n, item in enumerate(doc.items):
            if item.label or not any(c in item.text for c in own):
                continue
            text = item.text
            for code in sorted(others, key=len, reverse=True):
                text = _without_alternative(text, code)
            if text != item.text:
                doc.items[n] = replace(item, text=text)


# A code beside another as one of its alternatives: "A or B", "A, B", "A / B", "A and B".
_ALTERNATIVE_JOINER = r"\s*(?:,|/|\bor\b|\band\b)\s*"


def _without_alternative(text: str, code: str) -> str:
    """`text` without `code` where it stands as one alternative of a list, its joiner with it."""
    at = re.escape(code)
    out = re.sub(rf"{_ALTERNATIVE_JOINER}(?<![\w/-]){at}(?![\w/-])", "", text, count=1)
    if out == text:
        out = re.sub(rf"(?<![\w/-]){at}(?![\w/-]){_ALTERNATIVE_JOINER}", "", text, count=1)
    return out


def _add_role(doc: ParsedDocument, role: Role) -> None:
    def add(section: str, text: str, heading: str | None, label: str | None = None) -> None:
        text = " ".join(str(text).split())
        if text:
            doc.items.append(ParsedItem(section=section, text=text, line=0, label=label, heading=heading))
            if section in YEARS_FROM:
                found = years(text)
                if found:
                    low, high, open_ended = found
                    doc.experience.append(ParsedExperience(text=text, line=0, years_min=low,
                                                           years_max=high, open_ended=open_ended))

    for label, value, section in (("Company", role.company, S.COMPANY), ("Location", role.location, S.LOCATION),
                                  ("Department", role.department, S.TEAM),
                                  ("Employment type", role.employment_type, S.EMPLOYMENT_TYPE)):
        if value:
            add(section, value, label, label)
    for label, value in role.facts:
        add(S.DETAILS, value, "Details", label[:1].upper() + label[1:])
    for section in role.sections:
        for item in section.items:
            add(section.facet or S.NAMED, item, section.heading)
            if section.facet in S.CAREER:  # the career graph's edges, as the seeds' layout gives them
                titles, note = split_career_titles(" ".join(item.split()))
                doc.career.extend(ParsedCareerLink(kind=section.facet, title=t, note=note) for t in titles)
    if role.salary is not None and doc.salary is None:
        doc.salaries.extend(role.salaries)
