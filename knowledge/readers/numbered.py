"""Documents numbered the way terms of reference, tenders and public-sector notices are: "3. KEY
RESPONSIBILITIES" a section, "3.1 Review the …" a paragraph of it, a "TERMS OF REFERENCE" line over
the assignment's name, and a running header ("DFA/TOR/2026/031 … Page 2 of 3") on every page. The
paragraphs become the section's items, the running header is left out, and the name under the
document's kind is the role's title."""

import re

from knowledge.readers import headings

# The kinds of document whose next paragraph names the post ("TERMS OF REFERENCE" / "National M&E
# Consultant – Midline Review of …").
KINDS = {"terms of reference", "tor", "request for proposals", "call for consultants", "consultancy",
         "vacancy announcement", "vacancy notice", "job advertisement", "job description", "position description"}
_SECTION = re.compile(r"^\s*(?P<n>\d{1,2})\.?\s+(?P<text>[A-Z][A-Z0-9 ,&/()'’–-]{2,})\s*$")
_PARAGRAPH = re.compile(r"^(?P<indent>\s*)(?P<n>\d{1,2})\.(?P<m>\d{1,2})\.?\s+(?P<text>\S.*)$")
_PAGE = re.compile(r"\bpage\s+\d+\s+(?:of|/)\s+\d+\s*$", re.I)
_RULE = re.compile(r"^\s*[-=_─━═]{5,}\s*$")
MIN_SECTIONS = MIN_PARAGRAPHS = 2
# A title's words after a dash that qualify the assignment, not the post ("– Midline Review of …"):
# at least this many.
MIN_QUALIFIER_WORDS = 3
MAX_TITLE_LINES = 3
# The title under a kind line is a name, not a sentence: at most this many words on its first line.
MAX_TITLE_WORDS = 16


def without_running_headers(lines: list[str]) -> list[str]:
    """The lines without a page's running header or footer ("… Page 2 of 3") and the rules around it."""
    drop = {i for i, line in enumerate(lines) if _PAGE.search(line)}
    for i in list(drop):
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and _RULE.match(lines[j]):
                drop.add(j)
    return [line for i, line in enumerate(lines) if i not in drop]


_CODE = re.compile(r"^[A-Z][A-Z0-9]*(?:[/-][A-Z0-9]+){2,}$")


def reference(lines: list[str]) -> str | None:
    """The document's reference when its running header is one ("DFA/TOR/2026/031 … Page 2 of 3"), as
    applicants quote it."""
    for line in lines:
        if _PAGE.search(line):
            words = _PAGE.sub("", line).split()
            if len(words) == 1 and _CODE.match(words[0]):
                return words[0]
    return None


def rewritten(lines: list[str]) -> list[str]:
    """Numbered sections as headings and their numbered paragraphs as items, when the document is
    numbered so (at least two of each); any other document as it is."""
    sections = sum(1 for line in lines if _SECTION.match(line))
    paragraphs = sum(1 for line in lines if _PARAGRAPH.match(line))
    if sections < MIN_SECTIONS or paragraphs < MIN_PARAGRAPHS:
        return lines
    out: list[str] = []
    current, last = None, 0  # the section's number, its last paragraph's
    for line in lines:
        section, paragraph = _SECTION.match(line), _PARAGRAPH.match(line)
        if section:
            out += ["", section.group("text").strip(), ""]
            current, last = int(section.group("n")), 0
        elif paragraph and int(paragraph.group("n")) == current and int(paragraph.group("m")) == last + 1:
            # "2.1 …" under "2. …", in turn; "37.5 hours per week" or "2.5 days …" is the text's own
            out.append(f"- {paragraph.group('text')}")
            last += 1
        else:
            out.append(line)
    return out


def kind_title(lines: list[str]) -> tuple[list[str], str | None, tuple[str, ...]]:
    """(the lines without the kind line and the title under it, the title, the letterhead above),
    when a line near the top names the document's kind ("TERMS OF REFERENCE")."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    for i, line in enumerate(lines[:20]):
        if headings.fold(line) not in KINDS:
            continue
        # a kind line is the document's first line or in capitals ("TERMS OF REFERENCE"); a "Job
        # Description" heading further down opens a section, and the sentence under it is no title
        if i != first and not line.strip().isupper():
            continue
        start = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if start is None:
            return lines, None, ()
        head_line = lines[start].strip()
        if len(head_line.split()) > MAX_TITLE_WORDS or re.search(r"[.!?]$", head_line):
            continue
        end = start
        while end < len(lines) and lines[end].strip() and end - start < MAX_TITLE_LINES \
                and ":" not in lines[end]:
            end += 1
        if end == start:
            return lines, None, ()
        title = " ".join(" ".join(lines[start:end]).split())
        head, dash, rest = (re.split(r"(\s+[–—-]\s+)", title, maxsplit=1) + ["", ""])[:3]
        if dash and len(rest.split()) >= MIN_QUALIFIER_WORDS:
            title = head
        letterhead = tuple(t.strip() for t in lines[:i] if t.strip() and not _RULE.match(t))
        return lines[:i] + lines[end:], title, letterhead
    return lines, None, ()
