"""A notice written twice, line by line: each line in Arabic (or Hebrew) script followed by its English
twin, as Gulf and Levant employers post them. The store answers in English, so the English lines are
read and their right-to-left twins left out (else every section would hold each item twice, half of
it in a script the question was not asked in); a line holding both halves between bars ("إعلان وظيفة
شاغرة | JOB VACANCY") keeps its English half. A text that only quotes a few words of Arabic is read as
it is. Box-drawing rules ("──────", "━━━━") are breaks, never items."""

import re

_RTL = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z]")
_MARKS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # direction marks
_BOX_RULE = re.compile(r"^\s*[\u2500\u2501\u2504\u2505\u2550\u2014\u2015]{5,}\s*$")  # horizontal strokes only
# At least this many right-to-left lines each followed by an English one, and this share of them.
MIN_PAIRS, MIN_SHARE = 4, 0.6


def _rtl(line: str) -> bool:
    """A line written in right-to-left script: its first letter is ("شهادة NEBOSH IGC" too)."""
    first = next((ch for ch in line if ch.isalpha()), "")
    return bool(first) and bool(_RTL.match(first))


def _latin(line: str) -> bool:
    return bool(_LATIN.search(line)) and not _RTL.search(line)


def english_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """(the lines with right-to-left twins left out, warnings); the lines as they are when the text is
    not written twice. A box-drawing rule is a break between paragraphs either way."""
    lines = ["" if _BOX_RULE.match(line) else line for line in lines]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    rtl = [i for i in filled if _rtl(lines[i])]
    paired = [i for n, i in enumerate(filled[:-1]) if i in set(rtl) and _latin(lines[filled[n + 1]])]
    if len(paired) < MIN_PAIRS or len(paired) < MIN_SHARE * len(rtl):
        return lines, []
    out = []
    for i, line in enumerate(lines):
        if _RTL.search(line) and " | " in line:  # both halves on one line: the English one
            halves = [h.strip() for h in line.split(" | ") if _latin(h)]
            if halves:
                out.append(" | ".join(halves))
                continue
        if i in set(rtl):
            continue
        out.append(_MARKS.sub("", line))
    return out, [f"{len(rtl)} lines in Arabic or Hebrew script, each the twin of an English line, were not read "
                 "(the English lines say the same)"]
