"""A Confluence page in storage format (the XHTML Confluence keeps and exports: `ac:` macros, `ri:`
resources, no `<html>`), read as the page it shows. Macros become what they show: an `expand` its
title as a heading over its body, a `status` lozenge its word, a panel (`info`, `note`, `tip`,
`panel`) its body, unless the panel is marked internal; a task list, a table of contents and other
body-less macros show nothing a candidate reads.

A page of several requisitions (a tracker table of roles and one JD per expand) is a role per
requisition: each JD with its table row's facts, a row with no JD a role of its facts alone; a
table column marked internal ("Internal budget") is never read; the page's own paragraphs after
the JDs are every role's, a sentence naming each role's part ("₹25,000 for the Java role, ₹10,000
for the service desk role") each role's own part only."""

import re

from selectolax.lexbor import LexborHTMLParser

from knowledge.readers import headings
from knowledge.readers import html as html_reader
from knowledge.readers.build import NAME_COLUMNS, build
from knowledge.readers.markdown import INTERNAL
from knowledge.readers.model import HEADING, ITEM, Block, Document

FORMAT = "confluence"
_MARK = re.compile(r"<(?:ac|ri):[\w-]+")
_TAG = re.compile(r"<(/?)((?:ac|ri):[\w-]+)((?:\s+[^<>]*?)?)(/?)>", re.S)
_NAME = re.compile(r'ac:name="([^"]*)"')
NOTICES = {"info", "note", "tip", "warning", "panel"}
PANELS = {"info", "note", "tip", "warning", "panel", "details", "section", "column", "excerpt", "expand"}
# Macros that show their body; the others (toc, recently-updated, children, jira…) show nothing.
SHOWN = PANELS | {"status"}
# A JD expand's title: "JD – Senior Java Developer (Spring Boot) – VIS-PUN-2291".
_TIME = re.compile(r'<time\s+datetime="([^"]*)"\s*/>')
_JD_PREFIX = re.compile(r"^\s*(?:jd|job description|role description|job spec)\s*[-–—:|]\s*", re.I)
_ID_SUFFIX = re.compile(r"\s*[-–—|(]\s*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-?\d[\w-]*\)?\s*$")


def is_storage_format(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:200].casefold()
    return bool(_MARK.search(text[:20000])) and not head.startswith(("<!doctype", "<html"))


def as_html(text: str) -> str:
    """The storage format as plain HTML: each macro as what it shows."""
    text = _TIME.sub(lambda m: m.group(1), text)  # <time datetime="2026-12-03" />: the date it shows
    out, stack, pos, hidden = [], [], 0, 0
    for match in _TAG.finditer(text):
        if not hidden:
            out.append(text[pos:match.start()])
        pos = match.end()
        closing, tag, attributes, empty = match.group(1), match.group(2), match.group(3), match.group(4)
        name = (_NAME.search(attributes or "") or [None, ""])[1].casefold()
        if closing:
            opened = stack.pop() if stack else ("", "", False)
            out.append(opened[1] if not hidden else "")
            hidden -= opened[2]
            continue
        if tag == "ac:structured-macro":
            shows = name in SHOWN
            html = (f'<section data-macro="{name}">' + (f"<h3>{name.capitalize()}</h3>" if name in NOTICES else ""),
                    "</section>") if name in PANELS else ("<span>", "</span>") if shows else ("", "")
        elif tag == "ac:parameter":
            parent = stack[-1][0] if stack else ""
            shows = name == "title" and parent in ("expand", "status", "panel", "note", "info", "tip", "warning")
            html = ("<h2>", "</h2>") if shows and parent == "expand" else ("<b>", "</b> ") if shows else ("", "")
            name = parent
        elif tag in ("ac:task-list", "ac:placeholder", "ac:image", "ac:emoticon", "ri:user", "ri:attachment"):
            shows, html = False, ("", "")
        else:  # layouts, rich-text bodies, links: what they hold
            shows, html = True, ("", "")
        if empty:
            continue
        if not hidden:
            out.append(html[0])
        stack.append((name, html[1], not shows))
        hidden += not shows
    if not hidden:
        out.append(text[pos:])
    return "".join(out)


def read(text: str, name: str) -> Document:
    page = as_html(text)
    tree = LexborHTMLParser(f"<body>{page}</body>")
    for section in tree.css("section"):  # a notice panel marked internal: the team's, not the role's
        kind = section.attributes.get("data-macro") or ""
        if kind in NOTICES and INTERNAL.search(section.text()):
            section.decompose()
    jds = [s for s in tree.css("section") if s.css_first("h2") is not None and s.css_first("ul, ol") is not None]
    table, rows = _tracker(tree)
    if not jds and not rows:
        return html_reader.read(f"<html><body>{tree.body.html if tree.body else page}</body></html>", name)
    bodies = {}
    for jd in jds:
        title = _role_title(jd.css_first("h2").text())
        jd.css_first("h2").decompose()
        bodies[title] = html_reader.blocks_of(jd.html or "")
        jd.decompose()
    if table is not None:
        table.decompose()
    for heading in tree.css("h1"):
        heading.decompose()
    shared = _shared(html_reader.blocks_of(tree.body.html if tree.body else ""))
    titles = list(dict.fromkeys([*bodies, *(row["title"] for row in rows)]))
    roles, warnings = [], []
    for title in titles:
        row = next((r for r in rows if _same(r["title"], title)), {})
        body = bodies.get(title, [])
        stated = {headings.facet(m.group("label")) for b in body if (m := _LABELLED.match(b.text))} - {None}
        # the JD's own "CTC:" or "Location:" line says it more fully than the tracker's cell
        fields = {"title": title, **{k: v for k, v in row.items() if k != "title" and headings.facet(k) not in stated}}
        own = [Block(b.kind, own_part(b.text, title, titles)) if b.kind != HEADING else b for b in shared]
        doc = build([*body, *own], name=f"{name} ({title})", format=FORMAT, fields=fields)
        roles.extend(doc.roles)
        warnings.extend(doc.warnings)
    return Document(format=FORMAT, roles=tuple(roles), warnings=tuple(warnings))


_LABELLED = re.compile(r"^(?P<label>[^:]{2,40}?)\s*:\s+(?P<value>\S.*)$")
_ASIDE = re.compile(r"\s*\([^()]*\)")


def _shared(blocks: list[Block]) -> list[Block]:
    """The page's paragraphs beside the JDs, each under a heading of its own: its label ("Benefits (all
    roles): …" under "Benefits"), or "Other information"."""
    out: list[Block] = []
    for block in blocks:
        if block.kind == HEADING:
            continue
        label = _LABELLED.match(block.text)
        if label:
            out += [Block(HEADING, _ASIDE.sub("", label.group("label")).strip(), 2), Block(ITEM, label.group("value"))]
        else:
            out += [Block(HEADING, "Other information", 2), Block(ITEM, block.text)]
    return out


def _tracker(tree):
    """The page's table of requisitions (a header with a role column) and its rows as fields,
    without any column marked internal."""
    for table in tree.css("table"):
        rows = [[" ".join(c.text().split()) for c in tr.css("th, td")] for tr in table.css("tr")]
        if len(rows) < 2:
            continue
        header = [h.casefold() for h in rows[0]]
        column = next((i for i, h in enumerate(header) if h in NAME_COLUMNS), None)
        if column is None:
            continue
        out = []
        for cells in rows[1:]:
            if column >= len(cells) or not cells[column]:
                continue
            fields = {"title": cells[column]}
            for i, (label, cell) in enumerate(zip(rows[0], cells)):
                if i != column and cell.strip(" -–—") and not INTERNAL.search(label):
                    bare = _ASIDE.sub("", label).strip()  # "CTC (to be advertised)": the CTC
                    fields[bare if headings.facet(bare) else label] = cell
            out.append(fields)
        return table, out
    return None, []


def _role_title(heading: str) -> str:
    return _ID_SUFFIX.sub("", _JD_PREFIX.sub("", " ".join(heading.split()))).strip()


def _same(one: str, other: str) -> bool:
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


_CLAUSES = re.compile(r"(?<=[,;])\s+")
_FOR_ROLE = re.compile(r"\bfor (?:the |our )?(?P<words>[\w /&-]{2,40}?) (?:role|position|req|post|job)s?\b", re.I)


def own_part(sentence: str, title: str, titles: list[str]) -> str:
    """A shared sentence as one role reads it: when its clauses each name a role ("… for the Java
    role, … for the service desk role"), the clauses naming another role are left out."""
    clauses = _CLAUSES.split(sentence)
    named = [_FOR_ROLE.search(c) for c in clauses]
    if sum(1 for n in named if n) < 2:
        return sentence
    kept = [c for c, n in zip(clauses, named) if n is None or _names(n.group("words"), title, titles)]
    return " ".join(kept).rstrip(",;") if kept else sentence


def _names(words: str, title: str, titles: list[str]) -> bool:
    """Whether a role's few words ("Java", "service desk") name this title rather than another."""
    wanted = [w for w in re.findall(r"\w+", words.casefold()) if len(w) > 2]
    def hits(t: str) -> int:
        own = set(re.findall(r"\w+", t.casefold()))
        return sum(1 for w in wanted if w in own or any(o.startswith(w) for o in own))
    best = max((hits(t) for t in titles), default=0)
    return best > 0 and hits(title) == best
