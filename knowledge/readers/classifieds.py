"""A newspaper's classifieds page typed out as text: columns under headings in capitals framed by rule
lines ("FOR SALE | TO LET", "SITUATIONS VACANT", "NOTICES"). Only the column of jobs is the posting;
the cars for sale, flats to let and lost-and-found notices beside it are no role's facts, and the
page's masthead is no title. The ad's own banner ("*** DELIVERY DRIVER WANTED ***") names the role."""

import re

from knowledge import sections as S
from knowledge.readers import company as hiring, headings

RULE = re.compile(r"^\s*[-=_*~]{5,}\s*$")
# The headings a paper puts over its jobs column.
JOBS_HEADING = re.compile(r"^(?:situations? vacant|help wanted|vacancies|employment|jobs?|careers|"
                          r"appointments|recruitment)$", re.I)
MAX_HEADING_WORDS = 6
# An ad's banner: "*** DELIVERY DRIVER WANTED ***", "** WANTED: COOK **".
_BANNER = re.compile(r"^\s*[*#=~]{2,}\s*(?P<words>.+?)\s*[*#=~]{2,}\s*$")
_ADVERTISER = re.compile(rf"^[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){{0,6}}\s+(?i:{hiring.LEGAL_FORMS})$")
_WANTED = re.compile(r"^(?:wanted[:\s]+)?(?P<role>.+?)(?:\s+(?:wanted|needed|required))?$", re.I)


def _heading(line: str) -> bool:
    text = line.strip()
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(text.split()) <= MAX_HEADING_WORDS


def jobs_column(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """(the jobs column's lines, its banner's role as a title line first), or None when `lines` are no
    classifieds page: headings framed by rule lines, one of them over the jobs, another over something else."""
    framed = [i for i in range(1, len(lines) - 1) if _heading(lines[i]) and RULE.match(lines[i - 1])
              and RULE.match(lines[i + 1])]
    jobs = [i for i in framed if JOBS_HEADING.match(lines[i].strip())]
    if not jobs or len(framed) < 2:
        return None
    start = jobs[0] + 2
    end = next((i - 1 for i in framed if i > jobs[0]), len(lines))
    column = lines[start:end]
    while column and (not column[-1].strip() or RULE.match(column[-1])):
        column.pop()
    for n, line in enumerate(column):
        banner = _BANNER.match(line)
        if banner:
            role = _WANTED.match(banner.group("words")).group("role")
            column[n:n + 1] = [role.title() if role.isupper() else role, ""]
            advertiser = next((line.strip() for line in column[n + 2:] if line.strip()), "")
            if _ADVERTISER.match(advertiser):  # the firm under the banner: "BLUE MAHOE DISTRIBUTORS LTD."
                column[n + 2:] = [f"Company: {advertiser}", "",
                                  *[line for line in column[n + 2:] if line.strip() != advertiser]]
            break
        if line.strip():
            break
    column = _ad_paragraphs(column)
    skipped = ["the classifieds page's other columns (for sale, to let, notices) and masthead were skipped"]
    return column, skipped


# An ad's paragraph opening with a section's short label ("Duties: …", "Req'd: …"): that section, its
# clauses between semicolons its items. Other labels ("Sal: …") stay a labelled line.
_LABELLED = re.compile(r"^(?P<label>[A-Za-z][\w'’. ]{0,20}?)\s*:\s*(?P<value>\S.*)$")
LISTED = (S.KEY_RESPONSIBILITIES, S.REQUIREMENTS, S.NICE_TO_HAVE, S.PERKS)


def _ad_paragraphs(column: list[str]) -> list[str]:
    """The ad's paragraphs, each wrapped narrow column joined into one line ("load/" + "unload" as
    "load/unload"), a section's paragraph as its heading and items, after the others."""
    paragraphs, current = [], []
    for line in column + [""]:
        if line.strip():
            current.append(line.strip())
            continue
        if current:
            text = current[0]
            for part in current[1:]:
                text = text + part if text.endswith(("/", "-")) and not text.endswith(" -") else f"{text} {part}"
            paragraphs.append(text)
            current = []
    out, listed = [], []  # the lists last: a plain paragraph after one would read as its item
    for text in paragraphs:
        labelled = _LABELLED.match(text)
        facet = headings.facet(labelled.group("label")) if labelled else None
        if facet in LISTED:
            listed += ["", labelled.group("label"), *(f"- {c.strip().rstrip('.')}"
                                                      for c in labelled.group("value").split(";") if c.strip()), ""]
        else:
            out += [text, ""]
    return out + listed
