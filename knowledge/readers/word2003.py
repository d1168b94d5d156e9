"""Word 2003 XML documents (WordprocessingML, `<w:wordDocument>`, saved by Word 2003-2007 as "XML
Document"): one XML file, not a zip, in the 2003 namespace, so `knowledge.readers.word` cannot open it.
Its paragraphs are read in order, their runs joined (Word splits a phrase over runs wherever the
formatting or an edit changed), a heading style as a heading (the Title paragraph as the role's title, never the letterhead, ruled
or not), a list paragraph (`w:listPr`) as an item,
a table's row as a line, a letterhead above its rule left out but for the organisation's name; the
text is then read by the plain-text rules, which know a letterhead above a
"Job Title:" line. The document's properties (title, author, company) are the file's, not the role's."""


from knowledge.parse import DocumentError
from knowledge.readers import headings, plaintext
from knowledge.readers.build import DOCUMENT_KINDS
from knowledge.readers.model import Document

FORMAT = "word_2003_xml"
NAMESPACE = "http://schemas.microsoft.com/office/word/2003/wordml"
W = "{%s}" % NAMESPACE


def is_word_2003(root) -> bool:
    return root.tag == W + "wordDocument"


def read(root, name: str) -> Document:
    body = root.find(W + "body")
    if body is None:
        raise DocumentError(f"{name}: a Word 2003 XML document with no body")
    lines: list[str] = []
    letterhead = _letterhead(body)
    titled = False
    for node in body.iter(W + "p", W + "tbl"):
        if node in letterhead:
            if node is letterhead[0]:
                lines += [" ".join(_text(node).split()), ""]  # the organisation's name, a hint of the company
            continue
        if node.tag == W + "tbl":
            for row in node.iter(W + "tr"):
                cells = [" ".join(_text(p) for p in cell.iter(W + "p")).strip() for cell in row.iter(W + "tc")]
                if any(cells):
                    lines += [" | ".join(c for c in cells if c), ""]
            continue
        if any(a.tag == W + "tbl" for a in node.iterancestors()):
            continue  # read with its table's row
        text = " ".join(_text(node).split())
        if not text:
            continue
        style = _style(node)
        if node.find(f"{W}pPr/{W}listPr") is not None or style.lower().startswith("list"):
            lines.append(f"- {text}")
        elif style.lower() == "title" and not titled and headings.fold(text) not in DOCUMENT_KINDS:
            # the document's Title paragraph names the role, whatever the letterhead above it says
            lines += ["", f"Job Title: {text}", ""]
            titled = True
        elif style.lower().startswith(("heading", "title")):
            lines += ["", text, ""]
        else:
            lines += [text, ""]
    document = plaintext.read("\n".join(lines), name)
    return Document(format=FORMAT, roles=document.roles, warnings=document.warnings)


# A letterhead is the paragraphs above a ruled line near the top (`w:pBdr` with a bottom border):
# the organisation's name, registration, address and telephone, none of them the role's.
MAX_LETTERHEAD = 8


def _letterhead(body) -> list:
    paragraphs = list(body.iter(W + "p"))[:MAX_LETTERHEAD + 1]
    for i, paragraph in enumerate(paragraphs):
        if _style(paragraph).lower().startswith(("heading", "title")):
            return []  # the document's title or a heading, ruled or not, is never the letterhead
        if paragraph.find(f"{W}pPr/{W}pBdr/{W}bottom") is not None:
            return [p for p in paragraphs[:i + 1] if " ".join(_text(p).split()) or p is paragraph]
    return []


def _style(paragraph) -> str:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return (style.get(W + "val") or "") if style is not None else ""


def _text(paragraph) -> str:
    """A paragraph's words, its runs joined as written; a tab or break is a space. Deleted text
    (`w:delText` of a tracked change) is not read."""
    return "".join(node.text or "" if node.tag == W + "t" else " "
                   for node in paragraph.iter(W + "t", W + "tab", W + "br", W + "cr"))
