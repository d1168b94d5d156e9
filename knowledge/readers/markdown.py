"""Markdown job descriptions (markdown-it-py, CommonMark and tables): headings, lists, tables and bold
lines used as headings become blocks; YAML or TOML front matter becomes the role's fields. MDX's JSX
is read by `mdx` first."""

import re
import tomllib

import yaml
from markdown_it import MarkdownIt

from knowledge.parse import DocumentError
from knowledge.readers import github_issue, mdx, salary as money
from knowledge.readers.build import build
from knowledge.readers.model import HEADING, ITEM, ROW, TEXT, Block, Document

FORMAT = "markdown"
_PARSER = MarkdownIt("commonmark").enable("table")
_SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}", re.S)
_ATTRIBUTES = re.compile(r"[ \t]*\{:[^}\n]*\}")
_TOC = re.compile(r"^\s*(?:[-*]\s+TOC|\[\[_?TOC_?\]\]|\[TOC\]|\[\[toc\]\])\s*$", re.I)
_TOC_HEADING = re.compile(r"^#{1,6}\s+(?:on this page|table of contents|contents)\s*#*\s*$", re.I)
# A line of its own inside a paragraph: "Status: Open", "Team: Customer Success".
_FIELD_LINE = re.compile(r"^[A-Z][\w &/()'’.-]{0,40}?:\s+\S")
_ESCAPED_BULLET = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s+")


def read(text: str, name: str, hints: tuple[str, ...] = ()) -> Document:
    """`hints`: lines around the page that may name its company (an Org file's title)."""
    fields, body, warnings = front_matter(text, name)
    if mdx.is_mdx(body, name):  # JSX: facts in props, sections in tabs
        body, facts = mdx.plain_markdown(body)
        for label, value in facts:
            fields.setdefault(label, value)
    if github_issue.is_issue(body):  # a project's paid role posted as an issue, with its discussion
        body, said = github_issue.as_posting(body)
        warnings += said
    body = summary_rows_placed(body)
    body, struck = _STRUCK.subn("", _TASK.sub(r"\1", body))
    if struck:
        warnings.append(f"{struck} struck-out passages (~~…~~) were not read (no longer true)")
    return build(blocks(site_markup_removed(body)), name=name, format=FORMAT, fields=fields,
                 warnings=warnings, hints=hints)


# GitHub's strikethrough, and a task list's box ("- [ ] Rebuild the pipeline"): the item is the words.
_STRUCK = re.compile(r"~~[^~\n]+~~\s?")
# The box's indent is read within its line: "^\s*" read on across blank lines, from each of them (a file
# of 40,000 blank lines took 18 seconds).
_TASK = re.compile(r"^([^\S\n]*[-*+]\s+)\[[ xX]\]\s+", re.M)


# A table row of a page's summary of its roles, its first cell a link to the role's own section
# ("| [Developer Advocate](#developer-advocate) | Community | 31 December 2026 |").
_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_TO_SECTION = re.compile(r"^\[[^\]]+\]\(#(?P<anchor>[^)\s]+)\)$")
_HEADING_LINE = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")


def _anchor(heading: str) -> str:
    """A heading's anchor as GitHub writes it: "Senior Rust Engineer, Storage" -> "senior-rust-engineer-storage"."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def summary_rows_placed(body: str) -> str:
    """A page that sums up its roles in a table linking to each role's section ("| [Developer Advocate]
    (#developer-advocate) | … | Apply by: 31 December 2026 |"): each row's cells that the section does not
    already say are written under its heading as fields ("Apply by: 31 December 2026"), so its role has them."""
    lines = body.split("\n")
    placed: dict[str, list[str]] = {}
    for i in range(1, len(lines) - 1):
        if not (_TABLE_RULE.match(lines[i]) and (head := _TABLE_ROW.match(lines[i - 1]))):
            continue
        labels = [c.strip().strip("*_ ") for c in head.group("cells").split("|")]
        for line in lines[i + 1:]:
            if not (row := _TABLE_ROW.match(line)):
                break
            cells = [c.strip() for c in row.group("cells").split("|")]
            if len(cells) == len(labels) and (link := _TO_SECTION.match(cells[0])):
                placed[link.group("anchor").lower()] = [f"{label}: {cell}" for label, cell in zip(labels[1:], cells[1:])
                                                        if label and cell]
    if not placed:
        return body
    out, at = [], 0
    while at < len(lines):
        line, at = lines[at], at + 1
        out.append(line)
        if (heading := _HEADING_LINE.match(line)) and (fields := placed.pop(_anchor(heading.group("text")), None)):
            level, end = len(heading.group("marks")), at
            while end < len(lines) and not ((h := _HEADING_LINE.match(lines[end])) and len(h.group("marks")) <= level):
                end += 1
            said = "\n".join(lines[at:end])
            new = [f"{label}: {value}  " for label, value in (f.split(": ", 1) for f in fields)
                   if value not in said and not re.search(rf"(?<!\w){re.escape(label)}\W{{0,3}}:", said, re.I)]
            if new:
                out += ["", *new, ""]
    return "\n".join(out)


def site_markup_removed(body: str) -> str:
    """The page without the site generator's markup handbooks leave in (shortcodes, attribute lists,
    table-of-contents markers and their heading)."""
    body = _SHORTCODE.sub("", _ATTRIBUTES.sub("", body))
    return "\n".join(line for line in body.split("\n") if not _TOC.match(line) and not _TOC_HEADING.match(line))


def front_matter(text: str, name: str) -> tuple[dict, str, list[str]]:
    """(fields, the rest of the text, warnings) of a page with YAML or TOML front matter."""
    lines = text.lstrip("\ufeff").split("\n")
    fence = lines[0].strip() if lines else ""
    if fence not in ("---", "+++"):
        return {}, text, []
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == fence), None)
    if end is None:
        return {}, text, []
    raw = "\n".join(lines[1:end])
    try:
        if fence == "---" and any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(raw, Loader=yaml.SafeLoader)):
            # An alias repeats a value: nine of nine of nine… is a "billion laughs" bomb.
            raise DocumentError(f"{name}: the front matter repeats values by YAML aliases (*name); "
                                "write them out")
        data = yaml.safe_load(raw) if fence == "---" else tomllib.loads(raw)
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        # "title: Engineer: Backend" (an unquoted colon) is no YAML, but a person
        # wrote it as one field a line: read so, rather than refuse the posting.
        data = _loose_fields(lines[1:end])
        warnings = [f"the front matter is not valid {'YAML' if fence == '---' else 'TOML'} "
                    f"({str(exc).splitlines()[0][:80]}); its 'key: value' lines were read as they are"]
        if not data:
            raise DocumentError(f"{name}: the front matter cannot be read: {str(exc).splitlines()[0]}")
    else:
        warnings = []
    if not isinstance(data, dict):
        return {}, "\n".join(lines[end + 1:]), ["the front matter is not a list of fields; ignored"]
    fields = {str(k).lower(): _plain(v) for k, v in data.items() if v not in (None, "", [])}
    return fields, "\n".join(lines[end + 1:]), warnings


_LOOSE_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w -]{0,40}?)\s*[:=]\s*(?P<value>\S.*)$")


def _loose_fields(lines: list[str]) -> dict:
    """The top-level "key: value" (or TOML "key = value") lines of a front
    matter that does not parse, the value as written without its quotes."""
    fields: dict = {}
    for line in lines:
        match = _LOOSE_FIELD.match(line) if line[:1] not in (" ", "\t", "-", "#", "[") else None
        if match:
            fields.setdefault(match.group("key").strip(), match.group("value").strip().strip("'\""))
    return fields


# Keys of a front-matter range ("salary: {min: 58000, max: 72000, currency: GBP}").
_LOW, _HIGH = ("min", "minimum", "from", "low"), ("max", "maximum", "to", "high")


def _plain(value):
    if isinstance(value, dict) and _range(value):
        return _range(value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return str(value)


def pay_range(value: dict) -> str | None:
    """A range of pay given as its parts ("min", "max", "currency", "period"), as written; None when it
    has no end."""
    return _range(value)


def _range(value: dict) -> str | None:
    """A nested range as it would be written: "58000 – 72000 GBP per year"."""
    keys = {str(k).lower(): v for k, v in value.items()}
    low = next((keys[k] for k in _LOW if k in keys), None)
    high = next((keys[k] for k in _HIGH if k in keys), None)
    if low in (None, "") and high in (None, ""):
        return None
    currency = keys.get("currency") or keys.get("currency_code") or ""
    period = money.period_word(keys.get("period") or keys.get("interval") or keys.get("unit")) or ""
    amount = f"{low} – {high}" if low not in (None, "") and high not in (None, "") else f"{low or high}"
    return " ".join(f"{amount} {currency} {period}".split())


def blocks(body: str) -> list[Block]:
    out: list[Block] = []
    tokens = _PARSER.parse(body)
    lists = 0
    row: list[str] | None = None
    keyed = False  # a table with an empty header row and two columns: each row a label and its value
    heading = 0
    level = 1  # the last heading's level: a toggle's summary heads the level under it
    hidden = 0  # inside a toggle marked internal: none of it is read
    for token in tokens:
        kind = token.type
        if kind == "html_block":
            hidden = _html_block(token.content, out, level, hidden)
            continue
        if hidden:
            continue
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists -= 1
        elif kind == "heading_open":
            heading = int(token.tag[1])
        elif kind == "heading_close":
            heading = 0
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            if not any(cell.strip() for cell in row):  # "| | |": a header-less table of facts
                keyed = len(row) == 2
            elif keyed and len(row) == 2 and row[0].strip():
                out.append(Block(TEXT, f"{row[0].strip().rstrip(':')}: {row[1].strip()}"))
            else:
                out.append(Block(ROW, " | ".join(row)))
            row = None
        elif kind == "table_close":
            keyed = False
        elif kind in ("fence", "code_block"):
            out.extend(Block(TEXT, line) for line in token.content.splitlines() if line.strip())
        elif kind == "inline":
            if row is not None:
                row.append(_text(token.children or []))
            elif heading:
                out.append(Block(HEADING, _text(token.children or []), heading))
                level = heading
            else:
                out.extend(_lines(token.children or [], ITEM if lists else TEXT))
    return out


# Notion's toggles (<details><summary>) and callouts (<aside>) in its Markdown export; one marked as
# internal ("Interview notes for panel (internal)") is the team's, never the role's, and so is a callout
# above the page's first section (a note about the page). A callout inside a section is the section's.
_SUMMARY = re.compile(r"<summary>(?P<text>.*?)</summary>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
INTERNAL = re.compile(r"\binternal\b|\bconfidential\b|\bdo not share\b|\bnot for candidates\b", re.I)


def _html_block(content: str, out: list[Block], level: int, hidden: int) -> int:
    """Read a block of HTML inside Markdown into `out`; the depth of internal toggles open after it."""
    opened = len(re.findall(r"<details\b", content, re.I))
    closed = len(re.findall(r"</details\s*>", content, re.I))
    summary = _SUMMARY.search(content)
    if hidden:
        return max(hidden + opened - closed, 0)
    if summary and INTERNAL.search(summary.group("text")):
        return max(opened - closed, 0) or (0 if closed else 1)
    if summary:
        out.append(Block(HEADING, " ".join(_TAG.sub("", summary.group("text")).split()), min(level + 1, 6)))
        content = content[summary.end():]
    text = _TAG.sub("\n", content)
    lines = [" ".join(line.replace("**", "").split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if re.search(r"<aside\b", content, re.I) and (any(INTERNAL.search(line) for line in lines) or not any(
            b.kind == HEADING and b.level > 1 for b in out)):
        return 0  # a callout about the page, above its sections ("This page is the source of truth …")
    out.extend(Block(TEXT, line) for line in lines)
    return 0


def _lines(children, kind: str) -> list[Block]:
    """A paragraph's lines: a line that is all bold is a heading (level 6),
    "Label: value" lines stay apart, other lines the source wrapped are one."""
    out, line = [], []
    for child in [*children, None]:
        if child is None or child.type in ("softbreak", "hardbreak"):
            if line:
                text = _text(line)
                all_bold = any(c.type == "strong_open" for c in line) and _bold_only(line)
                if kind == TEXT and all_bold and len(text) <= 80:
                    out.append(Block(HEADING, text.rstrip(":").strip(), 6))
                elif kind == TEXT and _ESCAPED_BULLET.match(text):  # "\\- item" (Google Docs)
                    out.append(Block(ITEM, _ESCAPED_BULLET.sub("", text)))
                elif out and kind == ITEM and out[-1].kind == ITEM:
                    out[-1] = Block(ITEM, f"{out[-1].text} {text}")
                elif out and kind == TEXT and out[-1].kind == TEXT and not _FIELD_LINE.match(text) \
                        and not _FIELD_LINE.match(out[-1].text):
                    out[-1] = Block(TEXT, f"{out[-1].text} {text}")  # a paragraph wrapped in the source
                else:
                    out.append(Block(kind, text))
            line = []
        else:
            line.append(child)
    return out


def _bold_only(line) -> bool:
    """Every text of the line is inside **…** (a trailing ':' aside)."""
    depth = 0
    for child in line:
        if child.type == "strong_open":
            depth += 1
        elif child.type == "strong_close":
            depth -= 1
        elif child.type == "text" and not depth and child.content.strip(" :"):
            return False
    return True


def _text(children) -> str:
    parts = []
    for child in children:
        if child.type == "html_inline":  # Notion's "<br>" inside a line; other tags are markup
            parts.append(" ")
        elif child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())
