"""PDF job descriptions: the text layer, read with pypdf, then read like a
plain-text posting (`knowledge.readers.plaintext`: headings by its rules).

pypdf gives the text in the order the PDF's content stream draws it. Tried
on generated two-column postings: where each column is drawn whole (what word
processors and fpdf2 write) pypdf and pdfminer.six both read column after
column; where the lines of both columns are drawn interleaved, pypdf reads
across the columns and pdfminer.six reads them apart only with a tuned
`line_margin` (at its defaults it cut bullets from their headings). pypdf
was kept: one dependency, and it bounds what a compressed stream may inflate to.

Refused, with the reason: a PDF with no text layer (a scan), an encrypted
one, one over `MAX_PAGES` pages or declaring over `MAX_OBJECTS` objects
(checked on the raw bytes before any parsing: a million objects would be
parsed into memory first), one with a stream inflating past pypdf's limit.
"""

import io
import logging
import re
from dataclasses import replace

import pypdf
from pypdf.errors import LimitReachedError, PyPdfError

from knowledge.parse import DocumentError
from knowledge.readers import plaintext
from knowledge.readers.model import Document

FORMAT = "pdf"
# pypdf logs what it repairs ("EOF marker not found"); what matters reaches the
# user as the refusal's reason, so its lines go where the process sends logs,
# never to a bare terminal (Python's last-resort handler).
logging.getLogger("pypdf").addHandler(logging.NullHandler())
# A job description is one to five pages of a few hundred objects each.
MAX_PAGES = 200
MAX_OBJECTS = 100_000
_SIZE = re.compile(rb"/Size\s+(\d{1,12})\b")
# Page numbers in a header or footer: "3", "Page 3", "Page 3 of 5", "3 / 5", "- 3 -".
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$", re.I)
# A running header naming the company's careers pages: "Heronsgate Bank | Careers".
_CAREERS_HEADER = re.compile(r"^(?P<name>[A-Z][\w&.'’ -]{1,60}?)\s*[|•·–—-]\s*(?:careers|jobs|job description|"
                             r"recruitment|talent acquisition)$", re.I)
# How many lines at each end of a page a running header or footer may take.
FURNITURE_LINES = 2
# A line broken by the layout: it goes on in lower case.
_CONTINUED = re.compile(r"^[a-z(]")


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
        text = "\n".join(_without_page_furniture([page.extract_text() or "" for page in reader.pages]))
    except DocumentError:
        raise
    except LimitReachedError as exc:  # pypdf inflates a stream to 75 MB at most
        raise DocumentError(f"{name}: a stream of the PDF inflates past pypdf's limit, a decompression bomb ({exc})")
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise DocumentError(f"{name}: the PDF is damaged and cannot be read ({exc})")
    if not text.strip():
        raise DocumentError(f"{name}: no text layer: a scanned PDF? export it with text, or paste it as .txt")
    return replace(plaintext.read("\n".join(_unwrap(text.split("\n"))), name), format=FORMAT)


def _without_page_furniture(pages: list[str]) -> list[str]:
    """The pages without their running header and footer: "Page 2 of 3", and
    a line that every page of a longer PDF starts or ends with ("Heronsgate
    Bank | Careers"), which would otherwise be read as the title. A header
    that names the company's careers pages gives the role its company."""
    lines = [[line for line in page.split("\n") if not _PAGE_NUMBER.match(line.strip())] for page in pages]
    repeated: set[str] = set()
    if len(pages) > 1:
        edges = [{" ".join(line.split()) for line in page[:FURNITURE_LINES] + page[-FURNITURE_LINES:]}
                 for page in lines if page]
        repeated = set.intersection(*edges) - {""} if edges else set()
    pages = ["\n".join(line for line in page if " ".join(line.split()) not in repeated) for page in lines]
    company = next((m.group("name") for line in sorted(repeated) if (m := _CAREERS_HEADER.match(line))), None)
    if company and pages:  # read after the posting, as a field of the role
        pages.append(f"Company: {company}")
    return pages


def _unwrap(lines: list[str]) -> list[str]:
    """Join a line the page's width broke ("- Run the on-call rotation for
    the payments" / "platform and keep it healthy") back to its start."""
    out: list[str] = []
    for line in lines:
        line = " ".join(line.split())
        if out and out[-1] and _CONTINUED.match(line) and not out[-1].endswith((".", ":", ";")):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out
