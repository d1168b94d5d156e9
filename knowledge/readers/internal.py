"""The parts of a form that are the organisation's own and never the posting's: a requisition's
"SECTION B — INTERNAL USE ONLY — DO NOT PUBLISH" block (the reason for the vacancy, the approved
budget, the agency, the panel). A banner line that marks such a block starts it: in capitals, or
nothing but the mark (after a "SECTION B —" heading); a field that says "internal only" in passing
("Grade: Band 5 (internal only)") is no banner. The block runs to the next banner of the same kind
("SECTION C — …"), the next section heading ("Requirements") or the end of the text, and is not read
at all: a recruiter asking the bot must not be told what the candidates may not be."""

import re

from knowledge.readers import headings

# A banner line marking what follows as internal; short, as a heading is.
MARK = re.compile(r"\binternal use only\b|\bdo not publish\b|\bnot for publication\b|\bnot for candidates\b|"
                  r"\bdo not share with candidates\b|\binternal only\b|\bfor hr use only\b|\bofficial use only\b",
                  re.I)
MAX_MARK_WORDS = 16
# A rule line framing a banner.
_RULE = re.compile(r"^\s*[-=_*~─━═]{5,}\s*$")
# A form's section heading before the mark ("SECTION B — ", "PART 3: ").
_SECTION = re.compile(r"^(?:section|part)\s+\w{1,3}\s*[—–:.-]\s*", re.I)


def _banner(line: str) -> bool:
    """Whether a line is a banner marking an internal block, not a field mentioning the mark."""
    if not line or len(line.split()) > MAX_MARK_WORDS or not MARK.search(line):
        return False
    rest = _SECTION.sub("", line)
    if any(c.isalpha() for c in rest) and rest.upper() == rest:
        return True  # "SECTION B — INTERNAL USE ONLY — DO NOT PUBLISH"
    return not re.sub(r"[\W_]+", "", MARK.sub("", rest))  # "Internal use only", "[Not for publication]"


def _heading(line: str) -> bool:
    return headings.fold(line.rstrip(":")) in headings.HEADINGS


def without_internal(lines: list[str]) -> tuple[list[str], list[str]]:
    """(the lines without internal blocks, a warning per block left out)."""
    out: list[str] = []
    warnings: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if _banner(line):
            first = line.split()[0].casefold()
            end = next((j for j in range(i + 1, len(lines)) if lines[j].strip().split()[:1]
                        and (lines[j].strip().split()[0].casefold() == first or _heading(lines[j].strip()))),
                       len(lines))
            skipped = sum(1 for t in lines[i + 1:end] if t.strip() and not _RULE.match(t))
            warnings.append(f"a part marked internal ('{line[:60]}', {skipped} lines) was not read: "
                            "it is not for candidates")
            while out and _RULE.match(out[-1]):
                out.pop()  # the rule above the banner framed it
            i = end
            continue
        out.append(lines[i])
        i += 1
    return out, warnings
