"""The text a Word document shows, as Word shows it with its changes accepted.

python-docx reads a paragraph's own runs only: the words inside a content control (`w:sdt`, a
template's "Job Title" box) and the words a reviewer inserted (`w:ins`) are left out, and a body-level
content control's paragraphs are skipped whole. Here they are read, while the words a reviewer deleted
(`w:del`, `w:moveFrom`) and a content control's placeholder ("Click or tap to enter a date.") are not:
the document says what its last revision says."""

from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Revisions whose words are gone from the document.
_REMOVED = {f"{W}del", f"{W}moveFrom"}
# Wrappers whose children are the body's own paragraphs and tables.
_WRAPPERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}moveTo"}
_TEXT = {f"{W}t": None, f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}


def content(body, parent):
    """The paragraphs and tables of a body or cell, in order, those inside content controls too."""
    if body is None:  # a document.xml with no <w:body>: no Word document
        raise ValueError("the document has no body")
    stack = list(reversed(list(body)))
    while stack:
        element = stack.pop()
        if element.tag == f"{W}p":
            yield Paragraph(element, parent)
        elif element.tag == f"{W}tbl":
            yield Table(element, parent)
        elif element.tag in _WRAPPERS:
            stack.extend(reversed(list(element)))


def text(element) -> str:
    """The words under `element` that the document shows: no deleted or moved-away words, no
    placeholder of an empty content control."""
    parts = []
    for node in element.iter(*_TEXT):
        if _removed(node, element):
            continue
        shown = _TEXT[node.tag]
        parts.append(node.text or "" if shown is None else shown)
    return "".join(parts)


def cell_text(cell) -> str:
    """A table cell's paragraphs, a line each."""
    return "\n".join(text(p) for p in cell.iter(f"{W}p") if not _removed(p, cell))


def runs(paragraph: Paragraph) -> list[Run]:
    """A paragraph's runs that show, inserted and inside content controls too."""
    return [Run(r, paragraph) for r in paragraph._p.iter(f"{W}r") if not _removed(r, paragraph._p)]


def _removed(node, top) -> bool:
    for ancestor in node.iterancestors():
        if ancestor.tag in _REMOVED:
            return True
        if ancestor.tag == f"{W}sdt" and ancestor.find(f"{W}sdtPr/{W}showingPlcHdr") is not None:
            return True
        if ancestor is top:
            return False
    return False
