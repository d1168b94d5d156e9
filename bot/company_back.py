"""Words that point back at the hiring company the conversation named:
"who else is hiring at that company?", "what does the backend engineer
there pay?". The conversation keeps the company last named
(`knowledge.Context.company`); these words stand where its name would, so
the question is read as if it had named it (a `Qualifier` of their span).
"""

from bot.text import Token

# "that company", "the same employer": a noun for a company after one of these.
POINTING = {"that", "this", "same"}
COMPANY_NOUNS = {"company", "employer", "firm", "org", "organisation", "organization", "client", "business"}
# "the backend engineer there", "who's hiring there": "there" after a role or
# one of these words is the company; after "is", "from" or "get" it is not
# ("is there a bonus?", "and from there?").
THERE = "there"
THERE_AFTER = {"hiring", "open", "roles", "jobs", "positions", "openings", "work", "working", "works", "else"}


def said(tokens: list[Token], role_ends: set[int]) -> tuple[int, int] | None:
    """The span of the words that point back at a company, or None.
    `role_ends` are the token indices just past each role named."""
    words = [(i, t.text) for i, t in enumerate(tokens) if not t.brk]
    for k, (i, word) in enumerate(words):
        if word in COMPANY_NOUNS and k > 0 and words[k - 1][1] in POINTING:
            start = words[k - 2][0] if k > 1 and words[k - 1][1] == "same" and words[k - 2][1] == "the" \
                else words[k - 1][0]
            return start, i + 1
        if word == THERE and k > 0 and (i in role_ends or words[k - 1][1] in THERE_AFTER):
            return i, i + 1
    return None
