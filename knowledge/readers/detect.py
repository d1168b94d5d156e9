"""Which reader a file needs, by its content first and its extension second
(case-insensitive: `ROLE.TXT` is text). Word documents and PDFs are told
by their bytes (`binary`) before anything is decoded as text."""

import json
import re
from pathlib import PurePath

from knowledge.parse import seed_title
from knowledge.readers import markup

SEEDS, MARKDOWN, TEXT, HTML, JSON, XML, CSV, EMAIL = "seeds", "markdown", "text", "html", "json", "xml", "csv", "eml"
DOCX, PDF, RTF, ODT, XLSX = "docx", "pdf", "rtf", "odt", "xlsx"
PPTX, ODS, ZIP = "pptx", "ods", "zip"
# Text kinds told by their extension alone (their markup says little a reader could sniff).
ASCIIDOC, RST, LATEX, YAML, ICS, TOML = "asciidoc", "rst", "latex", "yaml", "ics", "toml"
JSONL, VTT, WIKI, MHTML = "jsonl", "vtt", "wiki", "mhtml"
SRT, TSV = "srt", "tsv"
ORG, TEXTILE, BBCODE = "org", "textile", "bbcode"
# The extensions a folder is searched for; a file named on the command line
# is read whatever its name, by its content.
EXTENSIONS = {".md": MARKDOWN, ".markdown": MARKDOWN, ".txt": TEXT, ".text": TEXT,
              ".html": HTML, ".htm": HTML, ".json": JSON, ".docx": DOCX, ".pdf": PDF,
              ".rtf": RTF, ".odt": ODT, ".xml": XML, ".csv": CSV, ".tsv": TSV, ".xlsx": XLSX, ".eml": EMAIL,
              ".mdx": MARKDOWN,  # MDX: Markdown with JSX (Docusaurus), read by `mdx` inside the Markdown reader
              ".pptx": PPTX, ".ods": ODS, ".zip": ZIP, ".adoc": ASCIIDOC, ".asciidoc": ASCIIDOC, ".rst": RST, ".tex": LATEX,
              ".yaml": YAML, ".yml": YAML, ".ics": ICS, ".toml": TOML,
              ".jsonl": JSONL, ".ndjson": JSONL,  # a scraper's or bulk export's posting per line
              ".vtt": VTT,  # a recruiting video's captions
              ".srt": SRT,  # its subtitles (SubRip)
              ".org": ORG, ".textile": TEXTILE,  # an Emacs Org-mode file, a Redmine wiki page
              ".wiki": WIKI, ".mediawiki": WIKI,  # a wiki page's source (MediaWiki markup)
              ".mhtml": MHTML, ".mht": MHTML,  # a page saved by a browser as one MIME file
              ".jsonld": JSON,  # a bare JSON-LD file: schema.org nodes, JobPostings among them
              ".aspx": HTML, ".asp": HTML, ".php": HTML, ".jsp": HTML}  # a page saved with its server's extension
_HTML = re.compile(r"^\s*(?:<!doctype html|<html\b)|<(?:body|head|div|article|main|section|h[1-6]|p|ul)\b[^>]*>",
                   re.I)
_XHTML = re.compile(r"<(?:!doctype html|html)\b", re.I)
_MARKDOWN = re.compile(r"^(?:#{1,6}\s+\S|\*\*[^*\n]+\*\*:?[ \t]*$|\|.+\|[ \t]*$)|(?<=\S\n)[=-]{3,}[ \t]*$", re.M)
_MARKDOWN_MARKS = re.compile(r"^(?:#{1,6}\s+\S|\*\*[^*\n]+\*\*:?[ \t]*$|\|.+\|[ \t]*$)", re.M)
# The zipped kinds, in the order tried: the member a zip of each holds, or the mimetype near its start
# (within that many bytes; None: anywhere).
_ZIPPED = ((DOCX, b"word/document.xml", None), (ODT, b"application/vnd.oasis.opendocument.text", 200),
           (XLSX, b"xl/workbook.xml", None), (PPTX, b"ppt/presentation.xml", None),
           (ODS, b"application/vnd.oasis.opendocument.spreadsheet", 200))


def binary(data: bytes, name: str) -> str | None:
    """DOCX, ODT, XLSX, PDF or RTF by content (a zip holding word/document.xml or an OpenDocument text's
    mimetype; "%PDF-"; "{\\rtf"), or by extension when the content is no text (a damaged .docx is
    refused as one)."""
    extension = EXTENSIONS.get(PurePath(name).suffix.lower())
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return PDF
    if data.lstrip()[:5] == b"{\\rtf":
        return RTF
    if data.startswith(b"PK\x03\x04"):
        for kind, mark, within in _ZIPPED:
            if mark in (data[:within] if within else data) or extension == kind:
                return kind
    if extension in (DOCX, ODT, PDF, XLSX, PPTX, ODS) and (b"\x00" in data[:4096] or data.startswith(b"PK")):
        return extension
    if data.startswith(b"PK\x03\x04"):
        return ZIP  # a zip of documents, each read as a file of its own
    return None


def detect(text: str, name: str) -> str:
    extension = EXTENSIONS.get(PurePath(name).suffix.lower())
    head = text.lstrip("\ufeff \t\r\n")
    if head[:1] in "{[":
        try:
            json.loads(head)
            return JSON
        except (ValueError, RecursionError):
            if extension == JSON:
                return JSON  # refused by the JSON reader, with the reason
    if head.startswith("WEBVTT"):
        return VTT
    if extension in (CSV, EMAIL, ASCIIDOC, RST, LATEX, YAML, ICS, TOML, JSONL, WIKI, MHTML, VTT, SRT, TSV, ORG,
                     TEXTILE):
        return extension  # a spreadsheet's rows, or a raw email's headers and MIME parts
    if head.startswith("BEGIN:VCALENDAR"):
        return ICS  # a calendar event whose description holds the advert
    if extension == XML or head.startswith("<?xml") and not _XHTML.search(head[:4000]):
        return XML  # a feed of positions, its descriptions HTML inside CDATA
    if extension == MARKDOWN and _MARKDOWN.search(text) and not _XHTML.search(head[:4000]):
        return MARKDOWN  # a README's centred <p><img> or <details> among its Markdown headings
    if extension == HTML or _HTML.search(head[:4000]):
        return HTML
    if extension == MARKDOWN or head.startswith(("---\n", "---\r\n", "+++\n", "+++\r\n")):
        return MARKDOWN
    if is_seed_layout(text):
        return SEEDS
    if markup.is_bbcode(text):
        return BBCODE  # a forum post: [b]…[/b], [list][*]…[/list]
    if (_MARKDOWN_MARKS if extension == TEXT else _MARKDOWN).search(text):
        return MARKDOWN  # (a .txt's rule under its letterhead is no Markdown heading)
    return TEXT


def is_seed_layout(text: str) -> bool:
    """The two layouts of the bundled seeds (`knowledge.parse`)."""
    return seed_title(text.split("\n")) is not None
