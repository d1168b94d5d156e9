"""A flyer's tear-off tabs: the strip along its foot repeats the same contact
(name, phone, reference) once per tab, and a PDF of it or a text copy gives every
copy as lines of its own. Read as they stand, the copies run on as items of the
section above (a flyer's "Why join us?") and bury the one thing they say: how to
get in touch. They are folded into one "How to apply" item, with the call to
action just above them when it gives the same number or address."""

import re

# a tab holds a phone number (seven digits or more, spaced as people space them) or an email address
_CONTACT = re.compile(r"(?:\+?\d[\d ()-]{5,}\d)|(?:[\w.+-]+@[\w-]+\.[\w.]+)")
# a tab is a few short lines; three copies in a row are tabs, not a list that happens to repeat
MAX_TAB_LINES = 5
MIN_COPIES = 3
HEADING = "How to apply:"


def folded(lines: list[str]) -> list[str]:
    """`lines` with each run of repeated tear-off tabs as one "How to apply"
    item; lines with no such run are returned as they are."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        size, copies = _tabs_at(lines, at)
        if not copies:
            out.append(lines[at])
            at += 1
            continue
        tab = [line.strip() for line in lines[at:at + size]]
        numbers = set(_CONTACT.findall(" ".join(tab)))
        lead = [out.pop()] if out and numbers & set(_CONTACT.findall(out[-1])) else []
        out += ["", HEADING, *lead, " · ".join(tab), ""]
        at += size * copies
        at += _partial_copy(lines, at, tab)  # the last tab, cut short by the page's edge
    return out


def _tabs_at(lines: list[str], at: int) -> tuple[int, int]:
    """The size of the tab starting at `at` and how many whole copies follow
    in a row, or (0, 0) when no tab with a contact repeats there."""
    for size in range(1, MAX_TAB_LINES + 1):
        tab = lines[at:at + size]
        if len(tab) < size or not all(line.strip() for line in tab) or not _CONTACT.search(" ".join(tab)):
            continue
        copies = 1
        while lines[at + copies * size:at + (copies + 1) * size] == tab:
            copies += 1
        if copies >= MIN_COPIES:
            return size, copies
    return 0, 0


def _partial_copy(lines: list[str], at: int, tab: list[str]) -> int:
    """How many lines from `at` start one more copy of `tab` (a tab the
    page's edge cut short), or 0."""
    count = 0
    while count < len(tab) - 1 and at + count < len(lines) and lines[at + count].strip() == tab[count]:
        count += 1
    return count
