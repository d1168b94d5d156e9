"""A Hacker News "Who is hiring?" comment saved from its page: the poster's comment is the posting, in
the thread's convention, a first line of facts between bars ("Company | Role, Role | Place | Full-time |
Pay"), then paragraphs. Each role the first line names is a role of its own: a paragraph that opens with
its name ("Site Reliability Engineer: you'll run …") is its own, the others ("Both roles: …", "Apply: …")
every role's; pay written per role ("CA$125k–CA$150k (Backend), CA$135k–CA$160k (SRE)") is each role's
own. Other people's comments are not read; the poster's replies are, under a heading of their own after
the question each answers, given to the role the two name (or every role when they name none). The
site's header, vote links and footer are never read."""

import re

from selectolax.lexbor import LexborHTMLParser

from knowledge.readers import prose
from knowledge.readers.build import build
from knowledge.readers.model import HEADING, ITEM, TEXT, Block, Document

FORMAT = "hacker_news"
POSTER_REPLIES = "Added by the poster in the comments"
MIN_FACTS = 3
# A paragraph for every role: "Both roles: …", "All roles: …", "For everyone: …".
_SHARED = re.compile(r"^(?:both|all|every|for all|for both)\s*(?:roles?|positions?|jobs?)?\s*:", re.I)
# The first line's parts after the company and roles, by what they say.
_PAY = re.compile(r"[$€£¥]|\b(?:CA|US|AU|NZ)\$|\d+\s*k\b", re.I)
_TYPE = re.compile(r"\b(?:full[- ]time|part[- ]time|contract|intern(?:ship)?|freelance|permanent)\b", re.I)


def is_comment_page(tree) -> bool:
    return tree.css_first(".commtext") is not None and tree.css_first(".hnuser") is not None


def _text(node) -> list[str]:
    """A comment's paragraphs: HN separates them with a bare <p>."""
    html_text = node.html or ""
    inner = re.sub(r"^<div[^>]*>|</div>$", "", html_text)
    return [" ".join(LexborHTMLParser(f"<body>{part}</body>").body.text().split())
            for part in re.split(r"<p>", inner, flags=re.I) if part.strip()]


def _comments(tree) -> list[tuple[str, int, list[str]]]:
    """(author, indent, paragraphs) of each comment on the page, the posting first."""
    out = []
    for row in tree.css("tr.athing"):
        user, body = row.css_first(".hnuser"), row.css_first(".commtext")
        if user is None or body is None:
            continue
        indent = row.css_first("td.ind")
        depth = int(indent.attributes.get("indent") or 0) if indent is not None else -1
        out.append((" ".join(user.text().split()), depth, _text(body)))
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())


def _names(role: str) -> list[str]:
    """How a thread calls a role: its name, its first word, its initials ("SRE")."""
    bare = re.sub(r"\s*\(.*?\)", "", role).strip()
    out = [role, bare, bare.split()[0] if bare.split() else bare]
    if len(_initials(bare)) >= 2:
        out.append(_initials(bare))
    return [n for n in dict.fromkeys(out) if n]


def _mentions(text: str, role: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in _names(role))


def read(tree, name: str) -> Document | None:
    comments = _comments(tree)
    if not comments or not comments[0][2]:
        return None
    poster, _, paragraphs = comments[0]
    facts = [p.strip() for p in paragraphs[0].split("|")]
    if len(facts) < MIN_FACTS:
        return None
    company, roles = facts[0], [r.strip() for r in re.split(r",\s*(?![^()]*\))", facts[1]) if r.strip()]
    place = next((f for f in facts[2:] if not _PAY.search(f) and not _TYPE.search(f)), None)
    kind = next((f for f in facts[2:] if _TYPE.search(f) and not _PAY.search(f)), None)
    pay = next((f for f in facts[2:] if _PAY.search(f)), None)
    replies, asked = [], {}
    for author, depth, text in comments[1:]:
        said = " ".join(text)
        if author == poster:
            question = asked.get(depth - 1, "")
            replies.append((said, question))
        asked[depth] = said
    out, warnings = [], []
    for role in roles:
        fields: dict = {"title": role, "company": company}
        if place:
            fields["Location"] = place
        if kind:
            fields["Employment type"] = kind
        if pay:
            fields["Salary"] = _pay_of(pay, role, roles)
        blocks: list[Block] = [Block(HEADING, role, 1)]
        texts = []
        for paragraph in paragraphs[1:]:
            owner = next((r for r in roles if re.match(rf"{re.escape(r)}\s*:", paragraph)), None)
            shared = _SHARED.match(paragraph)
            if owner == role or shared:  # the role's own words, or every role's, without the name they open with
                texts.append(paragraph.split(":", 1)[1].strip())
            elif owner is None:
                texts.append(paragraph)
        overview, topics = prose.sections(texts)  # a comment is prose: "We want …" its requirements
        blocks += [Block(TEXT, t) for t in overview]
        for facet, said in topics:
            blocks += [Block(HEADING, prose.HEADINGS[facet], 2), *(Block(ITEM, t) for t in said)]
        theirs = [(said, q) for said, q in replies if _mentions(f"{q} {said}", role)
                  or not any(_mentions(f"{q} {said}", r) for r in roles)]
        if theirs:
            blocks.append(Block(HEADING, POSTER_REPLIES, 2))
            blocks += [Block(ITEM, said + (f" (in answer to: {q})" if q else "")) for said, q in theirs]
        doc = build(blocks, name=f"{name} ({role})" if len(roles) > 1 else name, format=FORMAT, fields=fields)
        out.extend(doc.roles)
        warnings.extend(doc.warnings)
    return Document(format=FORMAT, roles=tuple(out), warnings=tuple(warnings))


def _pay_of(pay: str, role: str, roles: list[str]) -> str:
    """The part of the first line's pay for `role` ("CA$135k–CA$160k (SRE)"), with what every role gets
    ("+ equity"); the whole of it when it is not written per role."""
    parts = re.findall(r"([^,()]+?)\s*\(([^)]+)\)", pay)
    if len(parts) < 2:
        return pay
    tail = re.search(r"\)\s*(\+.*)$", pay)
    for amount, who in parts:
        if _mentions(who, role) or any(who.strip() == n for n in _names(role)):
            return f"{amount.strip()} {tail.group(1)}".strip() if tail else amount.strip()
    return pay
