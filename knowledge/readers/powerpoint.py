"""PowerPoint decks (.pptx): the "we're hiring" deck a comms team makes, a slide per role between
shared slides ("Why work with us?", "How to apply"), or one role told over several slides.

Slides are read in the deck's order (`ppt/presentation.xml`), each slide's shapes in their order:
the title placeholder is the slide's title (on a slide of text boxes only, the paragraph drawn larger
than all others); in the other text boxes a bulleted paragraph (in a content
placeholder every paragraph the master bullets, not marked `buNone`) is an item,
a short paragraph all in bold a heading, any other paragraph a line read by the plain-text rules
(an icon that stands for a label, 💷 or 📍, is that label). Footers, slide numbers and dates are the
template's, not the slides'. A slide that says what a role pays, does or needs is a role; the
other slides (not the title slide) are shared by every role. A deck with no such slide is one role:
its first title names it and every slide's title heads a section.
Read with zipfile and lxml, the zip checked for bombs first, as the .docx and .odt readers do."""

import io
import re
import posixpath
import zipfile

from lxml import etree

from knowledge import sections as S
from knowledge.parse import DocumentError
from knowledge.readers import chat, headings, plaintext, salary as money, word
from knowledge.readers.build import build
from knowledge.readers.model import HEADING, Block, Document

FORMAT = "pptx"
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_P, _A = f"{{{P_NS}}}", f"{{{A_NS}}}"
# Placeholders the slide master fills in on every slide: never a slide's own text.
TEMPLATE_PLACEHOLDERS = {"ftr", "sldNum", "dt"}
TITLE_PLACEHOLDERS = {"title", "ctrTitle"}
# A bold paragraph of this many words or fewer is a sub-heading ("What you'll do", "Essential").
MAX_HEADING_WORDS = 8
_LABEL = re.compile(r"^[^:]{1,40}:\s+\S")  # "Closing date: Sunday 3 January", bold but a fact
# The sections that make a slide a role's: what it pays, does or needs.
ROLE_FACETS = (S.KEY_RESPONSIBILITIES, S.REQUIREMENTS, S.NICE_TO_HAVE, S.COMPENSATION)


def read(data: bytes, name: str) -> Document:
    word.check_zip(data, name, kind=".pptx", main="ppt/presentation.xml")
    slides, footers = _slides(data, name)
    slides = [(title, blocks) for title, blocks, _ in slides if title or blocks]
    if not slides:
        raise DocumentError(f"{name}: a PowerPoint deck with no text on its slides")
    hints = tuple(dict.fromkeys(footers))
    roles = [i for i, (title, blocks) in enumerate(slides) if title and i > 0 and _is_role(blocks)]
    if not roles:  # one role told over the deck: each slide a section of it
        blocks = [Block(HEADING, slides[0][0], 1)] if slides[0][0] else []
        blocks += slides[0][1]
        for title, body in slides[1:]:
            blocks += ([Block(HEADING, title, 2)] if title else []) + body
        return build(blocks, name=name, format=FORMAT, hints=hints)
    opening = [b.text for b in slides[0][1]] if 0 not in roles else []
    shared = [block for i, (title, body) in enumerate(slides) if i not in roles and i > 0
              for block in ([Block(HEADING, title, 2)] if title else []) + body]
    out, warnings = [], []
    for i in roles:
        title, body = slides[i]
        doc = build([Block(HEADING, title, 1), *body, *shared], name=f"{name} (slide {i + 1})", format=FORMAT,
                    hints=(*opening, *hints))
        out.extend(doc.roles)
        warnings.extend(f"slide {i + 1}: {w}" for w in doc.warnings)
    return Document(format=FORMAT, roles=tuple(out), warnings=tuple(warnings))


def _is_role(blocks: list[Block]) -> bool:
    """A slide that names a section of a role's, or says what it pays."""
    return any(b.kind == HEADING and headings.facet(b.text) in ROLE_FACETS for b in blocks) \
        or any(money.parse(b.text) is not None for b in blocks[:4])


def _slides(data: bytes, name: str) -> tuple[list[tuple[str, list[Block], list[str]]], list[str]]:
    """Each slide's (title, blocks, footer lines) in the deck's order, and the footers' text."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            deck = etree.fromstring(package.read("ppt/presentation.xml"), parser)
            rels_path = "ppt/_rels/presentation.xml.rels"
            rels = etree.fromstring(package.read(rels_path), parser) if rels_path in names else []
            targets = {r.get("Id"): r.get("Target") for r in rels}
            paths = []
            for slide in deck.iter(f"{_P}sldId"):
                target = targets.get(slide.get(f"{{{R_NS}}}id"))
                if target:
                    paths.append(target.lstrip("/") if target.startswith("/")
                                 else posixpath.normpath(posixpath.join("ppt", target)))
            if not paths:  # no list of slides: the slide parts by their number
                paths = sorted((n for n in names if n.startswith("ppt/slides/slide") and n.endswith(".xml")),
                               key=lambda n: int("".join(filter(str.isdigit, n)) or 0))
            slides = [_slide(etree.fromstring(package.read(p), parser)) for p in paths if p in names]
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError) as exc:
        raise DocumentError(f"{name}: not a PowerPoint deck that can be read ({exc})")
    footers = [line for _, _, lines in slides for line in lines]
    return slides, footers


def _slide(root) -> tuple[str, list[Block], list[str]]:
    title, lines, footers = "", [], []
    blocks: list[Block] = []
    drawn = _drawn_title(root)
    for shape in root.iter(f"{_P}sp", f"{_P}graphicFrame"):
        placeholder = shape.find(f".//{_P}nvPr/{_P}ph")
        kind = placeholder.get("type") if placeholder is not None else None
        if kind in TEMPLATE_PLACEHOLDERS:
            footers += [t for p in shape.iter(f"{_A}p") if (t := _text(p))]
            continue
        if kind in TITLE_PLACEHOLDERS and not title:
            title = " ".join(t for p in shape.iter(f"{_A}p") if (t := _text(p)))
            continue
        if shape.tag == f"{_P}graphicFrame":  # a table: a row a line
            for row in shape.iter(f"{_A}tr"):
                cells = [" ".join(_text(p) for p in cell.iter(f"{_A}p")).strip() for cell in row.iter(f"{_A}tc")]
                if any(cells):
                    lines.append(": ".join(c for c in cells if c) if len(cells) == 2 else " | ".join(cells))
            continue
        # a content placeholder's paragraphs are bulleted by the slide master unless they say buNone
        content = placeholder is not None and kind in (None, "body", "obj")
        for paragraph in shape.iter(f"{_A}p"):
            text = _text(paragraph)
            if not text:
                continue
            if paragraph is drawn:
                title = text
                continue
            props = paragraph.find(f"{_A}pPr")
            marked = props is not None and (props.find(f"{_A}buChar") is not None
                                            or props.find(f"{_A}buAutoNum") is not None)
            unmarked = props is not None and props.find(f"{_A}buNone") is not None
            bulleted = marked or content and not unmarked and not _all_bold(paragraph)
            if bulleted:
                lines.append(f"- {text}")
            elif _all_bold(paragraph) and len(text.split()) <= MAX_HEADING_WORDS and not _has_icon(text) \
                    and money.parse(text) is None and not _LABEL.match(text):
                blocks += _lines(lines)
                blocks.append(Block(HEADING, text.rstrip(":").strip(), 2))
            else:
                lines.append(chat.iconed(text))
    blocks += _lines(lines)
    return title, blocks, footers


def _drawn_title(root):
    """A slide with no title placeholder (text boxes only): its paragraph drawn larger than every other,
    when it is a few words; None otherwise."""
    if any(ph.get("type") in TITLE_PLACEHOLDERS for ph in root.iter(f"{_P}ph")):
        return None
    sized = []
    for paragraph in root.iter(f"{_A}p"):
        sizes = [int(r.get("sz")) for r in paragraph.iter(f"{_A}rPr") if (r.get("sz") or "").isdigit()]
        if _text(paragraph) and sizes:
            sized.append((max(sizes), paragraph))
    if len(sized) < 2:
        return None
    sized.sort(key=lambda pair: -pair[0])
    (size, paragraph), (second, _) = sized[0], sized[1]
    return paragraph if size > second and len(_text(paragraph).split()) <= MAX_HEADING_WORDS else None


def _lines(lines: list[str]) -> list[Block]:
    out = plaintext.blocks(lines, title_line=False)
    lines.clear()
    return out


def _text(paragraph) -> str:
    """A paragraph's runs and fields as one line; a line break a space."""
    parts = []
    for node in paragraph:
        if node.tag in (f"{_A}r", f"{_A}fld"):
            parts.append("".join(t.text or "" for t in node.iter(f"{_A}t")))
        elif node.tag == f"{_A}br":
            parts.append(" ")
    return " ".join("".join(parts).split())


def _all_bold(paragraph) -> bool:
    runs = [r for r in paragraph.iter(f"{_A}r") if "".join(t.text or "" for t in r.iter(f"{_A}t")).strip()]
    return bool(runs) and all((r.find(f"{_A}rPr") is not None and r.find(f"{_A}rPr").get("b") in ("1", "true"))
                              for r in runs)


def _has_icon(text: str) -> bool:
    return chat.iconed(text) != text
