"""Postings kept in the lightweight markups other than Markdown: an Emacs Org-mode file (`.org`), a
Redmine or Textpattern page in Textile (`.textile`), and a forum post in BBCode (phpBB, vBulletin: a
`.txt` of `[b]…[/b]` and `[list][*]…[/list]`). Each is rewritten as the Markdown it means and read by
the Markdown reader, so headings, lists and "Label: value" lines are told once, one way.

What the markup says is no part of the posting stays out: Org's comments (`# internal: …`), its
LOGBOOK and other drawers but PROPERTIES (whose empty values say nothing), its `#+KEYWORD:` lines and
TODO states; Textile's `{{macro}}` lines; a forum's `[quote]` of someone else and its `[img]`s."""

import re

from knowledge.readers import markdown
from knowledge.readers.model import Document

ORG, TEXTILE, BBCODE = "org", "textile", "bbcode"


def read_org(text: str, name: str) -> Document:
    # the file's #+TITLE ("Hverahlíð Geothermal – recruiting 2027") may name the company hiring
    titles = tuple(found.group("value").strip() for line in text.split("\n", ORG_HEADER_LINES)[:ORG_HEADER_LINES]
                   if (found := _ORG_KEYWORD.match(line)) and found.group("key").upper() == "TITLE")
    return _as_markdown(org_markdown(text), name, ORG, hints=titles)


def read_textile(text: str, name: str) -> Document:
    return _as_markdown(textile_markdown(text), name, TEXTILE)


def read_bbcode(text: str, name: str) -> Document:
    return _as_markdown(bbcode_markdown(text), name, BBCODE)


def _as_markdown(body: str, name: str, format: str, hints: tuple[str, ...] = ()) -> Document:
    doc = markdown.read(body, name, hints)
    return Document(format=format, roles=doc.roles, warnings=doc.warnings)


# --- Org-mode -------------------------------------------------------------------------------------------

_ORG_HEADING = re.compile(r"^(?P<stars>\*+)\s+(?P<text>.*?)\s*$")
_ORG_TAGS = re.compile(r"\s+:[\w@#%:]+:\s*$")
_ORG_PRIORITY = re.compile(r"^\[#[A-Z0-9]\]\s*")
_ORG_KEYWORD = re.compile(r"^\s*#\+(?P<key>[A-Z_]+):\s*(?P<value>.*)$", re.I)
_ORG_COMMENT = re.compile(r"^\s*#(?:\s|$)")
_ORG_DRAWER = re.compile(r"^\s*:(?P<name>[A-Z_]+):\s*$", re.I)
_ORG_PROPERTY = re.compile(r"^\s*:(?P<key>[A-Za-z_][\w-]*):\s*(?P<value>.*?)\s*$")
_ORG_PLANNING = re.compile(r"^\s*(?P<what>DEADLINE|SCHEDULED|CLOSED):\s*[<\[](?P<date>\d{4}-\d{2}-\d{2})[^>\]]*[>\]]")
_ORG_CHECKBOX = re.compile(r"^(\s*[-+]\s+)\[[ xX-]\]\s+")
_ORG_LINK = re.compile(r"\[\[(?P<target>[^\]]+)\](?:\[(?P<words>[^\]]+)\])?\]")
_ORG_BLOCK = re.compile(r"^\s*#\+BEGIN_(?P<kind>\w+)", re.I)
# The lines of an Org file's header read for its #+TITLE.
ORG_HEADER_LINES = 50
# The TODO states Org knows with no #+TODO line; a file's own are added from it.
ORG_STATES = {"TODO", "DONE"}
# What a planning line's date is, as a label of the posting.
PLANNING_LABELS = {"DEADLINE": "Closing date", "SCHEDULED": "Scheduled", "CLOSED": "Closed"}


def org_markdown(text: str) -> str:
    lines = text.replace("\r\n", "\n").split("\n")
    states = set(ORG_STATES)
    for line in lines:
        found = _ORG_KEYWORD.match(line)
        if found and found.group("key").upper() in ("TODO", "SEQ_TODO", "TYP_TODO"):
            states |= {w.split("(")[0] for w in found.group("value").split() if w != "|"}
    out, drawer, block = [], None, None
    for line in lines:
        if block:  # a comment or example block: its end line closes it
            if re.match(rf"^\s*#\+END_{block}\b", line, re.I):
                block = None
            continue
        if drawer is not None:
            if _ORG_DRAWER.match(line) and _ORG_DRAWER.match(line).group("name").upper() == "END":
                drawer = None
            elif drawer == "PROPERTIES" and (prop := _ORG_PROPERTY.match(line)) and prop.group("value"):
                label = prop.group("key").replace("_", " ").capitalize()
                out.append(f"{label}: {prop.group('value')}  ")
            continue
        if (opened := _ORG_BLOCK.match(line)) and opened.group("kind").upper() in ("COMMENT", "EXAMPLE", "SRC"):
            block = opened.group("kind")
            continue
        if _ORG_KEYWORD.match(line) or _ORG_COMMENT.match(line):
            continue
        if (named := _ORG_DRAWER.match(line)) and named.group("name").upper() != "END":
            drawer = named.group("name").upper()
            out.append("")
            continue
        if planning := _ORG_PLANNING.match(line):
            out += ["", f"{PLANNING_LABELS[planning.group('what')]}: {planning.group('date')}  "]
            continue
        if heading := _ORG_HEADING.match(line):
            words = _ORG_TAGS.sub("", heading.group("text"))
            first, _, rest = words.partition(" ")
            if first in states:
                words = rest
            words = _ORG_PRIORITY.sub("", words)
            out += ["", "#" * min(len(heading.group("stars")), 6) + " " + _org_inline(words), ""]
            continue
        out.append(_org_inline(_ORG_CHECKBOX.sub(r"\1", line.strip() if not line.lstrip().startswith(("-", "+"))
                                                   else line.lstrip())))
    return "\n".join(out)


def _org_inline(text: str) -> str:
    def link(match: re.Match) -> str:
        target, words = match.group("target"), match.group("words")
        target = target.removeprefix("mailto:")
        return f"{words} ({target})" if words and words != target else target

    text = _ORG_LINK.sub(link, text)
    return re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"**\1**", text)


# --- Textile ---------------------------------------------------------------------------------------------

_TEXTILE_MACRO = re.compile(r"^\s*\{\{[^}]*\}\}\s*$")
_TEXTILE_BLOCK = re.compile(r"^(?P<tag>h[1-6]|p|bq|fn\d+)(?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=]+)*\.\s+(?P<text>.*)$")
_TEXTILE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_TEXTILE_CELL_MARK = re.compile(r"^(?:_|[<>=^~]|\\\d+|/\d+|\([^)]*\)|\{[^}]*\})*\.\s?")
_TEXTILE_LINK = re.compile(r"\"(?P<words>[^\"\n]+)\":(?P<target>[^\s<>\"]+[^\s<>\".,;:!?)])")
_TEXTILE_LIST = re.compile(r"^(?P<marks>[*#]+)\s+(?P<text>.*)$")


def textile_markdown(text: str) -> str:
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if _TEXTILE_MACRO.match(line):
            continue
        if row := _TEXTILE_ROW.match(line):
            cells = [_TEXTILE_CELL_MARK.sub("", c).strip() for c in row.group("cells").split("|")]
            cells = [c for c in cells if c]
            out.append(f"{cells[0]}: {' '.join(cells[1:])}  " if len(cells) >= 2 else " ".join(cells))
            continue
        if block := _TEXTILE_BLOCK.match(line):
            tag, words = block.group("tag"), _textile_inline(block.group("text"))
            out += ["", f"{'#' * int(tag[1])} {words}" if tag[0] == "h" else f"> {words}" if tag == "bq" else words]
            continue
        if item := _TEXTILE_LIST.match(line):
            depth, numbered = len(item.group("marks")) - 1, item.group("marks")[-1] == "#"
            out.append("  " * depth + ("1. " if numbered else "- ") + _textile_inline(item.group("text")))
            continue
        out.append(_textile_inline(line))
    return "\n".join(out)


def _textile_inline(text: str) -> str:
    def link(match: re.Match) -> str:
        words, target = match.group("words"), match.group("target").removeprefix("mailto:")
        return words if words == target else f"{words} ({target})"

    text = _TEXTILE_LINK.sub(link, text)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"**\1**", text)
    return re.sub(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])", r"*\1*", text)


# --- BBCode ----------------------------------------------------------------------------------------------

# A post in BBCode has this many closing tags of the forum's markup.
MIN_BBCODE_TAGS = 3
_BBCODE_CLOSING = re.compile(r"\[/(?:b|i|u|s|list|url|quote|size|color|email|img|center|font|code|hr)\]", re.I)
_BBCODE_QUOTE = re.compile(r"\[quote(?:=[^\]]*)?\].*?\[/quote\]\s*", re.I | re.S)
_BBCODE_DROPPED = re.compile(r"\[img[^\]]*\].*?\[/img\]|\[hr\]\s*\[/hr\]|\[hr\]", re.I | re.S)
_BBCODE_LINK = re.compile(r"\[url=(?P<target>[^\]]+)\](?P<words>.*?)\[/url\]", re.I | re.S)
_BBCODE_BARE = re.compile(r"\[(?P<tag>url|email)\](?P<words>.*?)\[/(?P=tag)\]", re.I | re.S)
_BBCODE_STYLE = re.compile(r"\[/?(?:i|u|s|size|color|font|center|left|right|align|highlight|code)(?:=[^\]]*)?\]",
                           re.I)
_BBCODE_BOLD = re.compile(r"\[b\](?P<words>.*?)\[/b\]", re.I | re.S)
# A bold label that opens a line with its value after it ("[b]How to apply:[/b] send CV …") and has plain
# lines right under it ("Deadline: until filled"): a forum post's section, and those lines are its own, not
# the section's above. A label among labels ("[b]Salary:[/b] …" under "[b]Location:[/b] …") stays a label.
_BBCODE_LABEL = re.compile(r"^\s*\[b\](?P<label>[^\[\]\n:]{1,40}?)\s*(?::\s*\[/b\]|\[/b\]\s*:)\s*(?P<value>\S.*)$", re.I)
_BBCODE_LIST = re.compile(r"\[list(?:=[^\]]*)?\](?P<items>.*?)\[/list\]", re.I | re.S)
# A short lead-in on the line a list opens ("Optional [list]…"): the list's heading.
_LEAD_IN = re.compile(r"^(?P<words>[^\[\]\n:]{1,40}?)[ \t]*\[list", re.I | re.M)


def is_bbcode(text: str) -> bool:
    return len(_BBCODE_CLOSING.findall(text)) >= MIN_BBCODE_TAGS


def bbcode_markdown(text: str) -> str:
    text = _BBCODE_QUOTE.sub("", text.replace("\r\n", "\n"))  # another member's words, quoted
    text = _BBCODE_DROPPED.sub("", text)
    text = _BBCODE_LINK.sub(lambda m: m.group("words") if m.group("words") == m.group("target")
                            else f"{m.group('words')} ({m.group('target')})", text)
    text = _BBCODE_BARE.sub(lambda m: m.group("words"), text)
    text = _BBCODE_STYLE.sub("", text)

    def listed(match: re.Match) -> str:
        parts = re.split(r"\[\*\]", match.group("items"))
        return "\n\n" + "\n".join(f"- {' '.join(p.split())}" for p in parts[1:] if p.strip()) + "\n\n"

    text = _LEAD_IN.sub(lambda m: f"\n### {m.group('words').strip()}\n\n[list", text)
    lines = []
    rows = _BBCODE_LIST.sub(listed, text).split("\n")
    for at, line in enumerate(rows):
        whole = _BBCODE_BOLD.fullmatch(line.strip())
        if whole:  # a bold line of its own: a heading ("[b]What you'll do[/b]"), or a label and no value
            lines += ["", f"## {whole.group('words').strip()}", ""]
            continue
        label = _BBCODE_LABEL.match(line)
        under = rows[at + 1].strip() if at + 1 < len(rows) else ""
        if label and under and not under.startswith(("[b]", "[B]", "- ")):
            lines += ["", f"## {label.group('label').strip()}", "", _BBCODE_BOLD.sub(
                lambda m: f"**{m.group('words').strip()}**", label.group("value"))]
            continue
        lines.append(_BBCODE_BOLD.sub(lambda m: f"**{m.group('words').strip()}**", line))
    body = "\n".join(lines)
    first = re.search(r"^## (.+)$", body, re.M)  # the post's first bold line is its title
    return body[:first.start()] + "# " + body[first.start() + 3:] if first else body

