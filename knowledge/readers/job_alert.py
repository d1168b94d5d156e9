"""A job board's alert email ("2 new jobs match your alert"): its listings each framed by rule lines,
a title line, a line or two of facts and a "View job" link; sometimes the full posting of one of them
follows ("You recently viewed: … Here is the full posting."). Each listing is a role of its own, read
with its full posting when the email carries it (found by its title, in whatever case), and the
company the alert's masthead names ("Prairie Ridge Health – Careers"). The greeting and
lead-in above the listings and the alert's footer (manage alerts, unsubscribe) are the board's, not
any role's."""

import re

RULE = re.compile(r"^\s*[-=_*~]{5,}\s*$")
_LINK = re.compile(r"https?://\S+")
MIN_LISTINGS = 2
# The alert's masthead naming whose careers site sends it: "Prairie Ridge Health – Careers".
_BRAND = re.compile(r"^(?P<name>[A-Z][\w&'’. -]{1,60}?)\s+[–—|-]\s+(?:careers|jobs|job alerts?|recruiting)$", re.I)
MAX_TITLE_WORDS = 12
MAX_LISTING_LINES = 12


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def postings(lines: list[str]) -> list[list[str]] | None:
    """The lines of each listed role (its full posting's after its own), or None when `lines` are no alert."""
    rules = [i for i, line in enumerate(lines) if RULE.match(line)]
    listings = []
    for start, end in zip(rules, rules[1:]):
        chunk = [line.strip() for line in lines[start + 1:end] if line.strip()]
        if chunk and len(chunk) <= MAX_LISTING_LINES and any(_LINK.search(line) for line in chunk[1:]) \
                and len(chunk[0].split()) <= MAX_TITLE_WORDS and not chunk[0].endswith((".", ",", ":", "!", "?")) \
                and not _LINK.search(chunk[0]):
            listings.append((start, end, chunk))
    if len(listings) < MIN_LISTINGS or any(b[0] != a[1] for a, b in zip(listings, listings[1:])):
        return None  # listings follow each other, a rule line between each two
    owner = next((m.group("name") for line in lines[:listings[0][0]] if (m := _BRAND.match(line.strip()))), None)
    if owner:  # the board's name over the alert: every listing's company
        listings = [(a, b, [chunk[0], f"Company: {owner}", *chunk[1:]]) for a, b, chunk in listings]
    after_end = listings[-1][1]
    footer = next((i for i in rules if i > after_end), len(lines))
    rest = lines[after_end + 1:footer]
    out = []
    for _, _, chunk in listings:
        title = _fold(chunk[0])
        at = next((i for i, line in enumerate(rest) if line.strip() and _fold(line) == title), None)
        out.append(chunk + ([""] + rest[at + 1:] if at is not None else []))
    return out
