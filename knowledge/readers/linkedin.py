"""Text copied from a LinkedIn job page: its header (company, title, place · posted), "…show more"
toggles and criteria trailer are read as fields, else the company's name would be the title and the
trailer its benefits. A feed post copied as text ("Feed post", the author block, "2d • Edited") is
read without its author block, hashtags, reaction counts and other people's comments; the author's
own replies under it are kept, since they answer questions about the roles."""

import re

from knowledge.readers import headings

# The line that opens the posting on a LinkedIn page, folded.
STARTS = ("about the job", "about this job")
# LinkedIn's job criteria, label line above value line, and the field each fills.
CRITERIA = {"seniority level": "seniority level", "employment type": "employment_type",
            "job function": "job function", "industries": "industries"}
# A header line is the page's, not the posting's, within this many lines.
HEADER_LINES = 25
_TOGGLE = re.compile(r"^\W*(?:show more|show less|see more|see less)\W*$", re.I)
# The piece of the line under the title that says when the job was posted: "Reposted 4 days ago".
_POSTED_AGO = re.compile(r"\b(?:ago|reposted|posted)\b", re.I)
_WORKPLACE = re.compile(r"\b(remote|hybrid|on-site|onsite)\b", re.I)


def unwrap(lines: list[str]) -> tuple[list[str], dict, list[str]]:
    """(the posting's lines, the fields the page gives, warnings); the
    lines as they are when they are no LinkedIn copy."""
    texts = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    start = next((n for n, (_, text) in enumerate(texts[:HEADER_LINES]) if headings.fold(text) in STARTS), None)
    if start is None:
        return lines, {}, []
    header = [text for _, text in texts[:start]]
    if not _is_linkedin(header, texts[start + 1:]):
        return lines, {}, []  # "About the job" on another site's page (Civil Service Jobs)
    fields = _header_fields(header)
    body, criteria = [], None
    for i, line in enumerate(lines[texts[start][0] + 1:]):
        folded = headings.fold(line)
        if folded in CRITERIA:
            criteria = CRITERIA[folded]
            continue
        if criteria is not None:  # the trailer: a value under each label, then the page's own links
            if line.strip() and criteria not in fields:
                fields[criteria] = line.strip()
            continue
        if not _TOGGLE.match(line):
            body.append(line)
    return body, fields, ["the LinkedIn page's header, toggles and criteria were read as fields"]


def _is_linkedin(header: list[str], rest: list[tuple[int, str]]) -> bool:
    """LinkedIn's own marks around "About the job": the "place · posted · applicants" line above
    it or the criteria trailer below it."""
    return any(" · " in text for text in header[1:]) or any(headings.fold(text) in CRITERIA for _, text in rest)


def _header_fields(header: list[str]) -> dict:
    """Title, company and place: the title is the line above "place · 3 weeks ago · 87 applicants", the
    company the line above it."""
    meta = next((n for n, text in enumerate(header) if " · " in text and n > 0), None)
    fields: dict = {}
    if meta is None:
        if header:
            fields["title"] = header[0]
        return fields
    fields["title"] = header[meta - 1]
    pieces = [piece.strip() for piece in header[meta].split(" · ")]
    posted = next((n for n, piece in enumerate(pieces) if _POSTED_AGO.search(piece)), None)
    if posted is not None and posted >= 2:
        # today's layout: "Company · place · Reposted 4 days ago · Over 100 applicants" under the
        # title, whose line above is the page's menu ("Try Premium for £0"), no company
        fields["company"], place = pieces[0], pieces[1]
    else:
        if meta >= 2:
            fields["company"] = header[meta - 2]
        place = pieces[0]
    chips = next((text for text in header[meta + 1:] if _WORKPLACE.search(text)), None)
    if place:
        where = _WORKPLACE.search(chips) if chips else None
        fields["location"] = f"{place} ({where.group(1).capitalize()})" if where else place
    return fields


# A feed post's marks: the page's "Feed post", and the line saying when it was posted ("2d • Edited • 🌐").
_FEED = re.compile(r"^feed post$", re.I)
_POSTED = re.compile(r"^\d{1,2}\s?(?:m|h|d|w|mo|y)\s*•", re.I)
_HASHTAGS = re.compile(r"^(?:#\w+\s*)+$")
# A line of counts ends in a digit: looked behind for, since "[\W\d\s]*\d+" split a line of digits every
# way between its two parts (a 100,000-digit line took minutes).
_COUNTS = re.compile(r"^[\W\d]*(?<=\d)\s*$|^\d[\d,]*\s+(?:comments?|reposts?|reactions?)\b|"
                     r"^(?:like|comment|repost|send|share|reply)(?:\s+(?:like|comment|repost|send|share|reply))+$|"
                     r"^most relevant\b|^load more comments$|^\d{1,2}\s?(?:m|h|d|w|mo|y)\s+like\b", re.I)
# A commenter's line: "Karen Polglaze • 2nd", or the author's "Dan Whitcombe (Author)".
_COMMENTER = re.compile(r"^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,4}\s*(?:•\s*(?:1st|2nd|3rd\+?)|\(author\))$", re.I)
FEED_HEADER_LINES = 10
# The heading the author's replies are read under.
REPLIES = "Replies from the poster:"


def feed_post(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """(the post's lines and the author's replies under a heading, warnings), or None when `lines`
    are no copied feed post."""
    texts = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    posted = next((i for i, text in texts[:FEED_HEADER_LINES] if _POSTED.match(text)), None)
    if posted is None or not any(_FEED.match(text) or "•" in text for _, text in texts[:FEED_HEADER_LINES]):
        return None
    body, replies, commenter = [], [], None
    for line in lines[posted + 1:]:
        text = line.strip()
        if _COMMENTER.match(text):
            commenter = "author" if "(author)" in text.casefold() else "other"
            continue
        if _TOGGLE.match(text) or _HASHTAGS.match(text) or _COUNTS.match(text):
            continue
        if commenter is None:
            body.append(line)
        elif commenter == "author" and text:
            replies.append(re.sub(r"^@[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s*", "", text))
    if replies:
        body += ["", REPLIES, *(f"- {reply}" for reply in replies)]
    return body, ["the feed post's author block, hashtags, reactions and other people's comments were skipped"]
