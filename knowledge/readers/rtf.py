"""Rich Text Format (what WordPad and older Word templates save) as plain text, so the plain-text
reader finds its headings, bullets and pay: paragraphs become lines, a list's bullet (a `\\pntext`
or `\\listtext` group) becomes "•", and the font tables, styles, pictures and other `{\\*…}`
destinations that are not the document's text are left out."""

import re
from dataclasses import replace

from knowledge.parse import DocumentError
from knowledge.readers import plaintext
from knowledge.readers.model import Document

FORMAT = "rtf"
_TOKEN = re.compile(r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-f]{2})|\\([^a-z])|([{}])|([^\\{}\r\n]+)|[\r\n]+",
                    re.I)
# Groups that hold no text of the document.
_SKIPPED = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "headerl", "headerr",
            "footerl", "footerr", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl",
            "latentstyles", "themedata", "colorschememapping", "datastore", "object", "fldinst"}
_BULLET_GROUPS = {"pntext", "listtext"}
_CHARACTERS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": "\t", "tab": "\t",
               "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“",
               "rdblquote": "”", "emspace": " ", "enspace": " ", "qmspace": " ", "~": " ", "_": "-",
               "\\": "\\", "{": "{", "}": "}"}





def read(data: bytes, name: str) -> Document:
    return replace(plaintext.read(to_text(data, name), name), format=FORMAT)


def to_text(data: bytes, name: str) -> str:
    """The document's text; DocumentError when the groups do not close (a file cut short)."""
    source = data.decode("latin-1")
    codepage = re.search(r"\\ansicpg(\d+)", source[:2000])
    encoding = f"cp{codepage.group(1)}" if codepage else "cp1252"
    out: list[str] = []
    stack: list[tuple[bool, int]] = []
    skipping, skip_next, unicode_skip, fresh_group = False, 0, 1, False
    for match in _TOKEN.finditer(source):
        word, number, hex_byte, symbol, brace, text = match.groups()
        if brace == "{":
            stack.append((skipping, unicode_skip))
            fresh_group = True
            continue
        if brace == "}":
            if not stack:
                raise DocumentError(f"{name}: the RTF file has more closing than opening braces")
            skipping, unicode_skip = stack.pop()
            fresh_group = False
            continue
        first, fresh_group = fresh_group, False
        if symbol == "*":
            skipping = True  # an optional destination: not text
            continue
        if word and first and (word in _SKIPPED or word in _BULLET_GROUPS):
            if word in _BULLET_GROUPS and not skipping:
                out.append("• ")
            skipping = True
            continue
        if skipping:
            continue
        if skip_next and (hex_byte or text):  # the stand-in character after a \uN
            skip_next -= 1
            if text and len(text) > 1:
                out.append(text[1:])
            continue
        if word == "uc":
            unicode_skip = int(number or 1)
        elif word == "u":
            out.append(chr(int(number) % 65536))
            skip_next = unicode_skip
        elif word or symbol:
            out.append(_CHARACTERS.get(word or symbol, ""))
        elif hex_byte:
            out.append(bytes([int(hex_byte, 16)]).decode(encoding, errors="replace"))
        elif text:
            out.append(text)
    if stack:
        raise DocumentError(f"{name}: the RTF file is cut short (a group is never closed)")
    return "".join(out)
