"""LaTeX sources of an advert (.tex, a school's or a university's one-page vacancy typeset with
pdflatex): turned into the Markdown the Markdown reader reads.

Only the body (`\\begin{document}` … `\\end{document}`) is text; comments (`%`) are not. The
document's own one-line macros (`\\newcommand{\\fact}[2]{\\textbf{#1:} #2\\\\}`) are expanded first,
so key facts set with them read as "Label: value". `\\section` and `\\subsection` (starred or not)
are headings, `itemize` / `enumerate` items list items, a `description` item "Label: text", a
`tabular`'s rows lines ("Label: value" in two columns), `\\\\` a line break; the line set in the
largest size (`\\Huge` … `\\large`) before the first section is the title, when no `\\title` names
it. Formatting (`\\textbf`, `\\emph`, `\\href`) keeps its text; layout (`\\vspace`, `\\hrule`,
`\\color`) has none; TeX's spellings (`--`, `\\%`, `~`, ``quotes'') are the characters they print."""

import re

from knowledge.parse import DocumentError
from knowledge.readers import markdown
from knowledge.readers.build import build
from knowledge.readers.model import Document

FORMAT = "latex"
_COMMENT = re.compile(r"(?<!\\)%.*$", re.M)
_NEWCOMMAND = re.compile(r"\\(?:re)?newcommand\*?\s*\{?\\(?P<name>[A-Za-z]+)\}?\s*(?:\[(?P<n>\d)\])?\s*")
# Sizes, largest first: the title is set in the largest used before the first section.
SIZES = ("Huge", "huge", "LARGE", "Large", "large")
HEADINGS = {"chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 4}
# Commands whose argument is not text (layout, colour, references, preamble).
NO_TEXT = {"vspace", "hspace", "color", "pagestyle", "thispagestyle", "setlength", "label", "ref", "pageref",
           "includegraphics", "usepackage", "documentclass", "definecolor", "hypersetup", "geometry",
           "setcounter", "addtolength", "renewcommand", "newcommand", "bibliographystyle", "bibliography",
           "input", "include", "rule", "cite", "fontsize", "selectfont", "setlist", "addvspace"}
SYMBOLS = {"textbullet": "•", "ldots": "…", "dots": "…", "textendash": "–", "textemdash": "—", "pounds": "£",
           "euro": "€", "texteuro": "€", "textdollar": "$", "S": "§", "copyright": "©", "textregistered": "®",
           "texttrademark": "™", "newline": "\n", "par": "\n\n", "linebreak": "\n", "quad": " ", "qquad": " ",
           "item": "\n- ", "\\": "\n\n", "today": ""}
MAX_EXPANSIONS = 10_000  # a macro that calls itself would never end
MAX_EXPANDED_CHARS = 1_000_000  # nor would one that doubles itself; an advert is a few thousand characters


def read(text: str, name: str) -> Document:
    text = _COMMENT.sub("", text.lstrip("\ufeff").replace("\r\n", "\n"))
    macros = _macros(text)
    title = _argument_of(text, "title")
    body = text
    begin, end = text.find("\\begin{document}"), text.rfind("\\end{document}")
    if begin >= 0:
        body = text[begin + len("\\begin{document}"):end if end > begin else None]
    body = _expand(body, macros, name)
    title = title or _largest(body)
    fields = {"title": _plain(title).strip()} if title and _plain(title).strip() else {}
    return build(markdown.blocks(to_markdown(body)), name=name, format=FORMAT, fields=fields)


def _argument(text: str, at: int) -> tuple[str, int] | None:
    """The braced argument starting at `at` (after spaces), and where it ends; None when there is none."""
    while at < len(text) and text[at] in " \t":
        at += 1
    if at >= len(text) or text[at] != "{":
        return None
    depth, i = 0, at
    while i < len(text):
        if text[i] == "\\":  # an escaped character (\{, \}, \\) never opens or closes
            i += 2
            continue
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[at + 1:i], i + 1
        i += 1
    return None


def _argument_of(text: str, command: str) -> str | None:
    found = re.search(rf"\\{command}\s*(?=\{{)", text)
    arg = _argument(text, found.end()) if found else None
    return arg[0] if arg else None


def _macros(text: str) -> dict[str, tuple[int, str]]:
    """The document's own macros: name -> (number of arguments, body)."""
    found = {}
    for match in _NEWCOMMAND.finditer(text):
        body = _argument(text, match.end())
        if body is not None:
            found[match.group("name")] = (int(match.group("n") or 0), body[0])
    return found


def _expand(text: str, macros: dict[str, tuple[int, str]], name: str) -> str:
    if not macros:
        return text
    pattern = re.compile(r"\\(" + "|".join(map(re.escape, sorted(macros, key=len, reverse=True))) + r")(?![A-Za-z])")
    for _ in range(MAX_EXPANSIONS):
        match = pattern.search(text)
        if match is None:
            return text
        count, body = macros[match.group(1)]
        at, args = match.end(), []
        for _ in range(count):
            arg = _argument(text, at)
            if arg is None:
                break
            args.append(arg[0])
            at = arg[1]
        for n, arg in enumerate(args, 1):
            body = body.replace(f"#{n}", arg)
        text = text[:match.start()] + body + text[at:]
        if len(text) > MAX_EXPANDED_CHARS:
            break
    raise DocumentError(f"{name}: the LaTeX's own macros expand without end; write the advert's text out")


def _largest(body: str) -> str | None:
    """The text set in the largest size before the first section."""
    head = re.split(r"\\(?:sub)*section\*?\s*\{", body, maxsplit=1)[0]
    for size in SIZES:
        found = re.search(rf"\\{size}(?![A-Za-z])\s*(?P<rest>[^\n]*)", head)
        if found:
            text = _plain(found.group("rest")).split("\n")[0]
            if text.strip():
                return text.strip()
    return None


def _plain(text: str) -> str:
    """LaTeX as the text it prints."""
    text = re.sub(r"\\begin\{[^}]*\}(?:\[[^\]]*\])?|\\end\{[^}]*\}", "\n", text)
    text = re.sub(r"\\\\(?:\[[^\]]*\])?", "\n", text)
    text = re.sub(r"\\(?:href)\s*\{[^}]*\}", "", text)  # the link's target; its text is kept below
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            match = re.match(r"\\([A-Za-z]+)\*?|\\(.)", text[i:])
            command = match.group(1) or match.group(2)
            i += match.end()
            if match.group(1):  # TeX: a control word ends at the spaces after it ("\pounds 30,000")
                while i < len(text) and text[i] in " \t":
                    i += 1
            if match.group(2):  # \% \& \$ \# \_ \{ \} \, and the like
                out.append({",": " ", ";": " ", "!": "", " ": " "}.get(command, command))
                continue
            if command in NO_TEXT:
                while i < len(text) and text[i] == "[":  # optional arguments
                    i = text.find("]", i) + 1 or len(text)
                arg = _argument(text, i)
                i = arg[1] if arg else i
                if command in ("setlength", "definecolor", "addtolength", "setcounter", "rule"):
                    for _ in range(2):
                        arg = _argument(text, i)
                        i = arg[1] if arg else i
                continue
            if command in SYMBOLS:
                out.append(SYMBOLS[command])
                if text[i:i + 2] == "{}":
                    i += 2
            continue
        if ch in "{}":
            i += 1
            continue
        out.append(ch)
        i += 1
    text = "".join(out).replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”")
    return re.sub(r"(?<!\\)~", " ", text)


# A table: `tabular`, `tabularx` (its width first) and `longtable`, with its column spec.
_TABLE = re.compile(r"\\begin\{(?P<env>tabularx?\*?|longtable)\}(?:\{[^{}]*\})?\s*\{(?:[^{}]|\{[^{}]*\})*\}"
                    r"(?P<rows>.*?)\\end\{(?P=env)\}", re.S)
_RULES = re.compile(r"\\(?:hline|toprule|midrule|bottomrule|endhead|endfirsthead|endfoot)\b|\\cline\{[^}]*\}")


def _rows(rows: str) -> str:
    """A table's rows as lines: "Label: value" when it has two columns, else its cells with " | "."""
    out = []
    for row in re.split(r"\\\\(?:\[[^\]]*\])?", _RULES.sub("", rows)):
        cells = [c.strip() for c in re.split(r"(?<!\\)&", row)]
        if any(cells):
            out.append(f"{cells[0]}: {cells[1]}" if len(cells) == 2 and all(cells) else " | ".join(c for c in cells if c))
    return "\n\n" + "\n\n".join(out) + "\n\n"


def to_markdown(body: str) -> str:
    lines = []
    for heading, level in HEADINGS.items():
        body = re.sub(rf"\\{heading}\*?\s*(?:\[[^\]]*\])?\s*\{{([^{{}}]*(?:\{{[^{{}}]*\}}[^{{}}]*)*)\}}",
                      lambda m, level=level: f"\n\n{'#' * level} {m.group(1)}\n\n", body)
    body = _TABLE.sub(lambda m: _rows(m.group("rows")), body)
    body = re.sub(r"\\item\s*\[([^\]]*)\]\s*", lambda m: f"\n\n{m.group(1).strip().rstrip(':')}: ", body)  # description
    body = re.sub(r"\\item\s*", "\n- ", body)
    for line in _plain(body).split("\n"):
        stripped = " ".join(line.split())
        lines.append(stripped)
    return "\n".join(lines)
