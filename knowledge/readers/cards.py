"""A careers page that lists its openings as cards: sibling elements of one kind (`<article
class="job">`, `<section class="job">`), each with its own heading, meta list and text. Each card is a
role of its own, read as a page of its own; what the page says outside the cards (who the employer is,
how to apply) holds for every one. A card marked filled or closed (a "Position filled" badge, a
`job--filled` class) is kept, with its status, so a question about it is answered "filled" rather
than "no such role"."""

import re

from knowledge.readers.model import HEADING, TEXT, Block

# Siblings that are each a posting: their tag, and words their class or id may hold.
CARD_TAGS = ("article", "section", "div", "li")
CARD_WORDS = re.compile(r"job|vacanc|posting|position|opening|role|career|stelle|emploi|求人", re.I)
# ...unless they say they are a posting's own facts: LinkedIn's "job-criteria-item" (Seniority level /
# Mid-Senior level), a board's "job-insight" or "job-details" rows, each a label and its value.
FACT_WORDS = re.compile(r"criteri|insight|fact|detail|attribute|metadata", re.I)
CARD_HEADINGS = "h2, h3, h4"
MIN_CARDS = 2
# A card's status when it is no longer open: its class, or a short badge's words, the whole of them
# ("Position filled", "CLOSED", not "Closed Mondays", the kitchen's opening days).
CLOSED_CLASS = re.compile(r"(?:^|[-_\s])(?:filled|closed|expired|archived)(?:$|[-_\s])", re.I)
CLOSED_BADGE = re.compile(r"^(?:position |role |vacancy |job |post )?(?:filled|closed|no longer available|"
                          r"applications? closed|expired|now closed)\s*[.!]?$", re.I)
MAX_BADGE_WORDS = 5


def find(root) -> list:
    """The posting cards under `root`: at least `MIN_CARDS` siblings of one tag, each with one
    heading of its own, whose tag is <article> or whose class or id says job, vacancy or posting."""
    best: list = []
    for parent in [root, *root.traverse(include_text=False)]:
        children = [c for c in _children(parent) if c.tag in CARD_TAGS]
        for tag in CARD_TAGS:
            # the cheap tests first: a page's every <div> is looked at
            group = [c for c in children if c.tag == tag and (tag == "article" or CARD_WORDS.search(_names(c))
                                                              and not FACT_WORDS.search(_names(c)))
                     and _first_heading(c) is not None]
            if len(group) >= MIN_CARDS and len(group) > len(best):
                best = group
    return best


def is_card(node) -> bool:
    """Whether `node` or its list says by its class that it is a posting's card."""
    named = [node, node.parent] if node.parent is not None else [node]
    return any(CARD_WORDS.search(_names(n)) and not FACT_WORDS.search(_names(n)) for n in named)


def title(card) -> str:
    return " ".join(_first_heading(card).text().split())


def status(card) -> str | None:
    """"Position filled" (the badge's words) when the card says it is no longer open, else None."""
    for node in card.css("span, p, div, strong, em, mark"):
        words = " ".join(node.text().split())
        if words and len(words.split()) <= MAX_BADGE_WORDS and CLOSED_BADGE.match(words):
            return words
    if CLOSED_CLASS.search(card.attributes.get("class") or ""):
        return "Filled"
    return None


def page_blocks(blocks: list[Block]) -> list[Block]:
    """What the page says outside its cards, for every card: its opening text (under the page's title)
    as about the company, and its own headed sections ("How to apply") as they are."""
    out: list[Block] = []
    opened = False
    for block in blocks:
        if block.kind == HEADING and block.level <= 1:
            continue  # the page's title ("Work with us") is no section of any role
        if block.kind == HEADING:
            opened = True
        elif not opened and block.kind == TEXT:
            out.append(Block(HEADING, "About the company", 2))
            opened = True
        out.append(block)
    return out


def _first_heading(card):
    return card.css_first(CARD_HEADINGS)


def _children(node):
    child = node.child
    while child is not None:
        if child.tag and not child.tag.startswith("-"):
            yield child
        child = child.next


def _names(node) -> str:
    return f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
