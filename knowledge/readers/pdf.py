"""PDF job descriptions: the text layer (pypdf), read like a plain-text posting, with lines drawn
larger than the body or in bold as headings. pypdf over pdfminer.six: one dependency that reads
column-by-column layouts as well, and it bounds what a stream may inflate to.

Refused with the reason: no text layer (a scan), encrypted, over `MAX_PAGES` pages or `MAX_OBJECTS`
declared objects (checked on the raw bytes first), a stream past pypdf's limit."""

import io
import logging
import re
from dataclasses import replace

import pypdf
from pypdf.errors import LimitReachedError, PyPdfError

from knowledge.parse import DocumentError
from knowledge.readers import pdf_layout as layout, plaintext
from knowledge.readers.model import Document

FORMAT = "pdf"
# pypdf logs what it repairs; what matters reaches the user as the refusal's reason, so its
# lines go to the process's logs, never to a bare terminal.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
# A job description is one to five pages of a few hundred objects each.
MAX_PAGES = 200
MAX_OBJECTS = 100_000
_SIZE = re.compile(rb"/Size\s+(\d{1,12})\b")
# Page numbers in a header or footer: "3", "Page 3", "Page 3 of 5", "3 / 5", "- 3 -".
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$", re.I)
# A running header naming the company's careers pages: "Heronsgate Bank | Careers".
_CAREERS_HEADER = re.compile(r"^(?P<name>[A-Z][\w&.'’ -]{1,60}?)\s*[|•·–—-]\s*(?:careers|jobs|job description|"
                             r"recruitment|talent acquisition|candidate (?:information )?pack|recruitment pack|"
                             r"job pack)$", re.I)
# How many lines at each end of a page a running header or footer may take (a company and pack name,
# a reference, a protective marking, a page number).
FURNITURE_LINES = 4
# A bullet drawn apart from its text, on a line of its own.
_LONE_BULLET = re.compile(r"^\s*[–—•▪◦●■-]\s*$")
# A line broken by the layout: it goes on in lower case.
_CONTINUED = re.compile(r"^[a-z(]")
# A line ending on a word no sentence or item ends on ("Confidence with PLAXIS 2D, Slide2 and" /
# "CPeT-IT"): the next line goes on with it, though that one starts with a capital.
_DANGLING = re.compile(r"(?:,|&|\b(?:and|or|of|with|to|for|the|a|an|in|on|at|by|from|including|such as))$", re.I)


def read(data: bytes, name: str) -> Document:
    declared = max((int(m) for m in _SIZE.findall(data)), default=0)
    if declared > MAX_OBJECTS:
        raise DocumentError(f"{name}: the PDF declares {declared:,} objects; a job description has "
                            f"far fewer (at most {MAX_OBJECTS:,} are read)")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError(f"{name}: the PDF is encrypted; save it without a password")
        pages = len(reader.pages)
        if pages > MAX_PAGES:
            raise DocumentError(f"{name}: the PDF has {pages:,} pages; a job description has at most {MAX_PAGES}")
        runs: list[tuple[str, float, bool]] = []
        placed: list[list[layout.Placed]] = []
        texts = []
        for number, page in enumerate(reader.pages):
            placed.append([])
            texts.append(page.extract_text(visitor_text=_collect(runs, placed[-1], number)) or "")
        # the running headers every page repeats go first: small print left out of one page would
        # otherwise make the others' copies of it no longer repeated
        text = "\n".join(_laid_out(_without_page_furniture(texts), placed, runs))
    except DocumentError:
        raise
    except LimitReachedError as exc:  # pypdf inflates a stream to 75 MB at most
        raise DocumentError(f"{name}: a stream of the PDF inflates past pypdf's limit, a decompression bomb ({exc})")
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise DocumentError(f"{name}: the PDF is damaged and cannot be read ({exc})")
    if not text.strip():
        raise DocumentError(f"{name}: no text layer: a scanned PDF? export it with text, or paste it as .txt")
    headings = _heading_texts(runs)
    lines = _marked_headings(_unwrap(_title_joined(text.split("\n"), runs), headings), headings)
    return replace(plaintext.read("\n".join(lines), name), format=FORMAT)


# A line drawn this much larger than the body text is a heading: above the rounding of sizes
# (11 vs 11.04), below the smallest heading step (10 -> 12).
HEADING_SIZE_RATIO = 1.15
MAX_HEADING_WORDS = 8


def _collect(runs: list, placed: list | None = None, page: int = 0):
    """A pypdf text visitor that keeps each run's text, its size on the
    page (the font size scaled by the text matrix) and whether it is bold; and in `placed`, where
    the page draws it."""
    def visit(text, cm, tm, font, size):
        if text and text.strip() and size:
            scale = abs(tm[3] or tm[0] or 1) * abs(cm[3] or cm[0] or 1)
            bold = "bold" in str((font or {}).get("/BaseFont", "")).lower()
            runs.append((" ".join(text.split()), float(size) * scale, bold))
            if placed is not None:
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                placed.append(layout.Placed(text, float(x), float(y), float(size) * scale, bold, page))
    return visit


def _laid_out(texts: list[str], placed: list[list], runs: list) -> list[str]:
    """Each page's text with its layout put back (`pdf_layout`): facts tables as "Label: value",
    columns side by side one after the other, small print at the page's edges left out."""
    sizes: dict[float, int] = {}
    for text, size, _ in runs:
        sizes[round(size, 1)] = sizes.get(round(size, 1), 0) + len(text)
    body = max(sizes, key=sizes.get, default=0)
    heading_texts = _heading_texts(runs)
    out = []
    for number, (text, page) in enumerate(zip(texts, placed)):
        lines = layout.facts(text.split("\n"), page)
        lines = layout.hanging(layout.side_by_side(lines, page, heading_texts), page)
        out.append("\n".join(layout.small_print(lines, page, body, first_page=number == 0)))
    return out + texts[len(placed):]  # a line read from the furniture ("Company: …") after the pages


def _heading_texts(runs: list[tuple[str, float, bool]]) -> set[str]:
    """The texts drawn as headings: larger than the body's commonest size, or bold."""
    sizes: dict[float, int] = {}
    for text, size, _ in runs:
        sizes[round(size, 1)] = sizes.get(round(size, 1), 0) + len(text)
    if not sizes:
        return set()
    body = max(sizes, key=sizes.get)
    return {text for text, size, bold in runs
            if (size > body * HEADING_SIZE_RATIO or bold) and len(text.split()) <= MAX_HEADING_WORDS
            and not text.endswith((".", ",", ";"))}


def _title_joined(lines: list[str], runs: list[tuple[str, float, bool]]) -> list[str]:
    """A title the cover page broke over lines ("Commercial HVAC Service" / "Technician"), drawn in the
    document's largest size, as one line."""
    sizes = {text: size for text, size, _ in reversed(runs)}  # each text's first size
    largest = max(sizes.values(), default=0)
    amounts: dict[float, int] = {}
    for text, size, _ in runs:
        amounts[round(size, 1)] = amounts.get(round(size, 1), 0) + len(text)
    body = max(amounts, key=amounts.get, default=0)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or largest <= body * HEADING_SIZE_RATIO or sizes.get(" ".join(lines[first].split())) != largest:
        return lines  # no title drawn larger than the body
    end = first + 1
    while end < len(lines) and lines[end].strip() and sizes.get(" ".join(lines[end].split())) == largest \
            and not lines[end - 1].rstrip().endswith((".", ":", ";", "!", "?")):
        end += 1
    return lines[:first] + [" ".join(" ".join(lines[first:end]).split())] + lines[end:]


def _marked_headings(lines: list[str], headings: set[str]) -> list[str]:
    """Lines drawn as headings get a colon, which the plain-text reader takes for a heading; the title
    line is left alone."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    return [f"{line}:" if i != first and line in headings and not line.endswith(":") else line
            for i, line in enumerate(lines)]


# What a browser's "Print to PDF" adds to each page it prints: the date, time and page's title at its
# top, the page's address and "1/2" at its foot (Chrome's, Edge's and Firefox's defaults).
_PRINTED_HEADER = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+\S.*)?$")
_PRINTED_FOOTER = re.compile(r"^(?:(?:https?|file)://\S+\s+)?\d{1,3}\s*/\s*\d{1,3}$|^(?:https?|file)://\S+$")


def _printed(line: str, at: int, lines: int) -> bool:
    """A line of a browser's print furniture, at a page's top or foot."""
    text = line.strip()
    top, foot = at < FURNITURE_LINES, at >= lines - FURNITURE_LINES
    return bool(top and _PRINTED_HEADER.match(text) or (top or foot) and _PRINTED_FOOTER.match(text))


def _without_page_furniture(pages: list[str]) -> list[str]:
    """The pages without running headers and footers ("Page 2 of 3", a line every page starts or ends
    with), which would be read as the title; a header naming the company's careers pages gives the
    role its company."""
    lines = [[line for line in page.split("\n") if not _PAGE_NUMBER.match(line.strip())] for page in pages]
    lines = [[line for n, line in enumerate(page) if not _printed(line, n, len(page))] for page in lines]
    repeated: set[str] = set()
    if len(pages) > 1:
        edges = [{" ".join(line.split()) for line in page[:FURNITURE_LINES] + page[-FURNITURE_LINES:]}
                 for page in lines if page]
        repeated = {line for line in set.intersection(*edges) if re.search(r"\w", line)} if edges else set()
    pages = ["\n".join(line for line in page if " ".join(line.split()) not in repeated) for page in lines]
    company = next((m.group("name") for line in sorted(repeated) if (m := _CAREERS_HEADER.match(line))), None)
    if company and pages:  # read after the posting, as a field of the role
        pages.append(f"Company: {company}")
    return pages


def _bullets_joined(lines: list[str]) -> list[str]:
    """"–" / "Maintain the safety of …": a bullet the layout put on a line of its own, back on its text's."""
    out: list[str] = []
    for line in lines:
        if out and _LONE_BULLET.match(out[-1]) and line.strip():
            out[-1] = f"{out[-1].strip()} {line}"
        else:
            out.append(line)
    return out


# A line this close to the longest, ending mid-sentence, was broken by the page's width.
FULL_LINE = 0.8


def _unwrap(lines: list[str], headings: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Join a line the page's width broke ("- Run the on-call rotation for
    the payments" / "platform and keep it healthy") back to its start."""
    lines = _bullets_joined([" ".join(line.split()) for line in lines])
    width = max((len(line) for line in lines), default=0)
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        open_ended = previous and not previous.endswith((".", ":", ";", "!", "?"))
        full = len(previous) >= FULL_LINE * width and line and not plaintext.is_bullet(line) \
            and previous not in headings and line not in headings
        dangling = _DANGLING.search(previous) and line and not plaintext.is_bullet(line) and line not in headings
        if open_ended and (_CONTINUED.match(line) or full or dangling):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return out
