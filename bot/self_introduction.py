"""The asker saying who they are before they ask.

"I'm the new recruiting coordinator, which roles need Go?", "I'm a sourcer
here — what does the global lead do?", "As the talent partner for platform,
which roles are open?": the first clause is the asker's own job, not a role
asked about nor words to search for ("I don't have the role recruiting
coordinator", "No role mentions talent"). Even a stored title said there
("I'm an engineer myself, what does the lead backend engineer do?") is the
asker's, not a second role to compare.

The clause is set aside when it opens the question with the asker as its
subject and a noun phrase after ("I'm a …", "I am the new …", "as the …",
"I work as …", "my name is …"), ends at a mark within a few words, and the
rest asks on its own without pointing back at the asker as the one asked
about ("I'm a backend dev with 6 years, which role fits me?" is a candidate
told, "I'm a lead backend engineer myself — where could I grow?" asks of
their own role: both read as such elsewhere).
"""

import re

from bot.text import Token
from bot.vocabulary import FIT_WORDS

# How the asker opens saying who they are, by the words that open the question.
OPENINGS = (("i'm",), ("im",), ("i", "am"), ("as",), ("i", "work", "as"), ("i", "work", "in"),
            ("i", "work", "on"), ("my", "name", "is"), ("i'm", "working", "as"))
# After "I'm" / "I am", the words that start saying who they are ("a sourcer", "the new …",
# "new on the talent team", "part of …", "on the talent team"): a verb there ("I'm hiring",
# "I'm looking for") says what they do or want, read elsewhere (`asker_doing`).
INTRO_STARTS = {"a", "an", "the", "new", "part", "on", "one", "in", "with", "from", "your", "our", "currently",
                "just", "recently", "their", "his", "her"}
# After "as", only an article or a possessive makes it the asker's job ("as the new coordinator,").
AS_STARTS = {"a", "an", "the", "your", "our", "their"}
# A clause saying who the asker is is this short at most; a longer one is a question of its own.
MAX_INTRO_TOKENS = 10
# The rest must hold at least this many words to ask on its own.
MIN_REST_WORDS = 2
# Marks that end the clause ("I'm a sourcer here — …", "I'm the new coordinator. Which …").
_CLAUSE_END = re.compile(r"[.?!;:,—–]|\s-\s")
# Nouns of the work an asker does for a role ("I'm the HM for the engineer req"): the words after
# "for" up to one of them name the role asked about, only the words before are the asker's job.
FOR_A_ROLE_NOUNS = {"req", "reqs", "requisition", "role", "position", "opening", "search", "hire", "vacancy", "job"}
# Words of the rest that make the asker the one asked about ("which role fits me?", "I'm a lead
# backend engineer myself — where could I grow?": their own role is what is asked).
ASKER_ASKED = {"me", "my", "myself", "mine", "i", "i'd", "i'll", "i've", "i'm", "im"} | FIT_WORDS


def intro_end(tokens: list[Token], text: str) -> int:
    """Where the question proper starts after a clause saying who the asker
    is (see the module docstring), else 0."""
    opening = next((o for o in sorted(OPENINGS, key=len, reverse=True)
                    if tuple(t.text for t in tokens[:len(o)]) == o and not any(t.brk for t in tokens[:len(o)])), None)
    if opening is None or len(tokens) <= len(opening):
        return 0
    starts = AS_STARTS if opening == ("as",) else INTRO_STARTS
    if opening[-1] not in ("as", "is") and tokens[len(opening)].text not in starts \
            or opening[-1] in ("as",) and tokens[len(opening)].text not in starts:
        return 0
    end = None
    for k in range(len(opening), min(len(tokens), MAX_INTRO_TOKENS + 1)):
        if tokens[k].brk and not tokens[k].text.isalpha():  # a mark; "and" goes on: "I'm new and still onboarding."
            end = k + 1
            break
        if k > len(opening) and _CLAUSE_END.search(text[tokens[k - 1].end:tokens[k].start]):
            end = k
            break
    if end is None:
        return 0
    rest = [t.text for t in tokens[end:] if not t.brk]
    if len(rest) < MIN_REST_WORDS or any(w in ASKER_ASKED for w in rest) \
            or any(t.text[:1].isdigit() for t in tokens[:end]):
        return 0
    for k in range(len(opening), end):  # "I'm the HM for the engineer req, what's the role about": the engineer's
        if tokens[k].text == "for" and any(t.text in FOR_A_ROLE_NOUNS for t in tokens[k + 1:end]):
            return k + 1
    return end
