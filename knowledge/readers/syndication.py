"""Jobs published as a syndication feed (RSS 2.0, RSS 1.0/RDF, Atom): the channel's own title and
description describe the feed, never a role; each `item` or `entry` is one posting, its HTML (in
CDATA, or escaped in an Atom `content`) read as a page. The channel's title names the employer when
it is a site name ("Pellow Harbour Museum – Jobs", "Careers at Tolvaddon Bakery"); an item's
categories, link and date are facts of its own. Jira's "Export XML" is such a feed: an issue's title is its
summary, its comments the team's (a closing date moved there is the posting's, `updates`), and its
custom fields (an internal maximum offer, a cost centre) are never read."""

import re
from dataclasses import replace

from knowledge.parse import DocumentError
from knowledge.readers import html as html_reader
from knowledge.readers import plaintext, updates
from knowledge.readers.model import Document

ROOTS = {"rss", "rdf", "feed"}
ENTRIES = {"item", "entry"}
# Where an item keeps its text, the fullest first (RSS's content:encoded beside a short description).
TEXT_TAGS = ("encoded", "content", "description", "summary")
FACT_TAGS = (("link", "posting url"), ("guid", "reference"), ("pubDate", "date posted"), ("published", "date posted"),
             ("updated", "updated"), ("creator", "posted by"))
# A feed's title that is the site's, not the employer's name: "X – Employment Opportunities".
_FEED_TITLE = re.compile(r"^(?P<name>[^:]{2,80}?)\s+[-–—|:·]\s+(?:employment opportunities|job openings|open positions|"
                         r"jobs feed|vacancies feed|job vacancies|opportunities)$", re.I)


def _tag(element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def is_feed(root) -> bool:
    return _tag(root).casefold() in ROOTS


def read(root, name: str, format: str, limit: int) -> Document:
    """A role per item that has a title and a text; at most `limit` items are read."""
    entries = postings(root)
    if len(entries) > limit:
        raise DocumentError(f"{name}: over {limit:,} items in one feed; at most {limit:,} are read from one file "
                            "(split the feed)")
    roles, warnings = [], []
    for number, (posting, facts) in enumerate(entries, 1):
        if not html_reader.is_posting_object(posting):
            warnings.append(f"item {number} has no title or no text; skipped")
            continue
        doc = html_reader.read_posting_object(posting, f"{name} (item {number})", format)
        roles.extend(replace(r, facts=(*r.facts, *facts)) for r in doc.roles)
        warnings.extend(f"item {number}: {w}" for w in doc.warnings)
    if not roles:
        raise DocumentError(f"{name}: this feed holds no job postings (items with a title and a description)")
    return Document(format=format, roles=tuple(roles), warnings=tuple(warnings))


def postings(root) -> list[tuple[dict, list[tuple[str, str]]]]:
    """The feed's items as posting objects (title, description, the channel's employer) and their facts."""
    channel = next((c for c in root if _tag(c) == "channel"), root)
    company = employer(_child_text(channel, "title"))
    out = []
    for entry in root.iter():
        if _tag(entry) not in ENTRIES:
            continue
        posting: dict = {"title": _child_text(entry, "title")}
        facts: list[tuple[str, str]] = []
        posting["description"] = next((t for tag in TEXT_TAGS if (t := _child_text(entry, tag))), "")
        if _child(entry, "key") is not None and _child_text(entry, "summary"):
            posting["title"] = _child_text(entry, "summary")  # Jira's item title is "[KEY-1] " and its summary
            # the key is the request's reference, what the team asks by ("closing date for TAREQ-12?")
            facts.append(("Reference", _child_text(entry, "key")))
        comments = [" ".join(c.itertext()) for c in entry.iter() if _tag(c) == "comment"]
        if comments:  # a Jira issue's comments, oldest first: a closing date moved there is the posting's
            posting["description"] = updates.applied(posting["description"], comments)
        if company:
            posting["company"] = company
        for tag, label in FACT_TAGS:
            value = _child_text(entry, tag) or (_child(entry, tag).get("href", "") if _child(entry, tag) is not None
                                                 else "")
            if value and label not in dict(facts):
                facts.append((label, value))
        categories = [" ".join((c.text or c.get("term") or "").split()) for c in entry if _tag(c) == "category"]
        if any(categories):
            facts.append(("categories", ", ".join(c for c in categories if c)))
        out.append((posting, facts))
    return out


def employer(title: str) -> str | None:
    """The employer a feed's title names, when the title is a site name."""
    title = " ".join(title.split())
    match = plaintext._SITE.match(title) or _FEED_TITLE.match(title)
    if match is None:
        return None
    return match.groupdict().get("name") or match.groupdict().get("at")


def _child(element, tag: str):
    return next((c for c in element if _tag(c) == tag), None)


def _child_text(element, tag: str) -> str:
    child = _child(element, tag)
    return (child.text or "").strip() if child is not None else ""
