"""A wiki page's source in MediaWiki markup (`.wiki`, `.mediawiki`), as an intranet's vacancies page is
kept: turned into Markdown and read by `knowledge.readers.markdown`, so `== Role ==` headings cut the
page into roles as Markdown's `##` do. A template that carries a posting's fields (`{{Vacancy | title =
… | salary = …}}`) gives its fields as "Label: value" lines under its heading; other templates
(infoboxes, notices, `__TOC__`) are the wiki's furniture, and categories and the "last edited" footer
are no part of any role. Links keep their words, `<ref>` notes are kept in brackets, and a wikitable
becomes a Markdown table."""

import re

from knowledge.readers import markdown
from knowledge.readers.model import Document

FORMAT = "mediawiki"
# A template is a posting's fields when one of its parameters is one of these.
POSTING_PARAMETERS = {"title", "job title", "position", "salary", "pay", "location", "employment", "deadline",
                      "closing date"}
# A template parameter's name -> the label its line is given ("ref" reads as "Reference").
PARAMETER_LABELS = {"ref": "Reference", "employment": "Employment", "deadline": "Closing date"}
_HEADING = re.compile(r"^(={2,6})\s*(.*?)\s*\1\s*$")
_MAGIC = re.compile(r"__[A-Z]+__")
_CATEGORY = re.compile(r"\[\[\s*(?:Category|Kategorie|Catégorie|Kategori)\s*:[^\]]*\]\]", re.I)
_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
_EXTERNAL = re.compile(r"\[(https?://\S+)\s+([^\]]+)\]")
# A footnote's text runs to its "</ref>" but never over another "<ref": an unclosed one is left as it
# is, in a scan that cannot go back over the page (a page of unclosed refs is read in linear time).
_REF = re.compile(r"<ref[^>/]*>([^<]*(?:<(?!/?ref\b)[^<]*)*)</ref>|<ref[^>]*/>", re.I)
_FOOTER = re.compile(r"last (?:edited|modified) on|powered by mediawiki|^\s*-{4,}\s*$", re.I)


def read(text: str, name: str) -> Document:
    # A wiki page's title is its name, never in its source: the file's name stands for it, so the
    # page's first `== Role ==` is read as a role and not as the page's title.
    page = re.sub(r"[-_]+", " ", name.rsplit("/", 1)[-1].rsplit(".", 1)[0]).strip()
    document = markdown.read(f"# {page}\n\n" + as_markdown(text), name)
    return Document(format=FORMAT, roles=document.roles, warnings=document.warnings)


def as_markdown(text: str) -> str:
    text = _REF.sub(lambda m: f" ({m.group(1).strip()})" if m.group(1) else "", text)
    text = _CATEGORY.sub("", _MAGIC.sub("", text))
    lines = _templates(text.replace("\r\n", "\n").split("\n"))
    out: list[str] = []
    table: list[list[str]] | None = None
    for line in lines:
        if _FOOTER.search(line):
            break  # the page's footer: what follows is the wiki's, not a role's
        stripped = line.strip()
        if stripped.startswith("{|"):
            table = []
            continue
        if table is not None:
            if stripped.startswith("|}"):
                out += _table(table)
                table = None
            elif stripped.startswith("|-"):
                table.append([])
            elif stripped.startswith(("!", "|")) and not stripped.startswith("|+"):
                cells = re.split(r"\s*(?:!!|\|\|)\s*", stripped[1:])
                if not table:
                    table.append([])
                table[-1] += [_inline(c.split("|", 1)[-1] if "=" in c.split("|", 1)[0] and "|" in c else c)
                              for c in cells]
            continue
        heading = _HEADING.match(stripped)
        if heading:
            out += ["", "#" * len(heading.group(1)) + " " + _inline(heading.group(2)), ""]
        elif re.match(r"^[*#]+\s*", stripped):
            out.append("- " + _inline(stripped.lstrip("*# ")))
        elif stripped.startswith(";"):  # a definition list's term, as a bold line
            term, _, value = stripped[1:].partition(":")
            out.append(f"**{_inline(term)}**" + (f": {_inline(value)}" if value.strip() else ""))
        else:
            out.append(_inline(stripped))
    return "\n".join(out)


def _templates(lines: list[str]) -> list[str]:
    """Templates out of the lines: a posting's fields as "Label: value" lines, any other template
    dropped; a template may span lines."""
    text = "\n".join(lines)
    out, i = [], 0
    while True:
        start = text.find("{{", i)
        if start < 0:
            out.append(text[i:])
            break
        out.append(text[i:start])
        depth, j = 0, start
        while j < len(text):
            if text.startswith("{{", j):
                depth, j = depth + 1, j + 2
            elif text.startswith("}}", j):
                depth, j = depth - 1, j + 2
                if depth == 0:
                    break
            else:
                j += 1
        out.append(_template(text[start + 2:j - 2]))
        i = j
    return "".join(out).split("\n")


def _template(body: str) -> str:
    parts = [p.strip() for p in body.split("|")]
    named = [(k.strip(), v.strip()) for k, _, v in (p.partition("=") for p in parts[1:] if "=" in p)]
    if not {k.casefold() for k, _ in named} & POSTING_PARAMETERS:
        return ""
    lines = [f"{PARAMETER_LABELS.get(k.casefold(), k[:1].upper() + k[1:])}: {_inline(v)}"
             for k, v in named if v and k.casefold() not in ("title",)]
    return "\n\n" + "\n\n".join(lines) + "\n\n"


def _inline(text: str) -> str:
    text = _EXTERNAL.sub(lambda m: f"{m.group(2)} ({m.group(1)})", text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = re.sub(r"'''(.+?)'''", r"**\1**", text)
    text = re.sub(r"''(.+?)''", r"*\1*", text)
    return re.sub(r"<br\s*/?>", " ", text).strip()


def _table(rows: list[list[str]]) -> list[str]:
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    cell = lambda c: c.replace("|", "/")  # noqa: E731
    return ["", "| " + " | ".join(cell(c) for c in rows[0]) + " |", "|" + " --- |" * width,
            *("| " + " | ".join(cell(c) for c in r) + " |" for r in rows[1:]), ""]
