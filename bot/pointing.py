"""Words that point at the one role in question rather than at the store.

"does it need Terraform?", "who feeds into that role?", "who do they mentor?":
the role the conversation is about, never a search of every role. Kept apart
from `across_roles` because the rules it serves (candidate fit, career
questions, follow-ups) are themselves imported by `across_roles`.
"""

from bot import context as C
from bot import vocabulary as V
from bot.scene_setting import bound_to_which

# Pronouns that stand for one role only: the role in question, never the store.
ONE_ROLE_PRONOUNS = {"it", "its"}
# Subjects of a "who do …" question that make "who" its object, the role in
# question doing it: "who do they mentor?", "who does she report to?" (not "who does on-call?").
ROLE_AS_SUBJECT = {"they", "he", "she", "it"}
# ... and the phrases that do as well ("who feeds into that role", "does this
# position include equity", a bare "the role"): `context.one_role_noun`.


def one_role_pointed_at(tokens) -> bool:
    """Whether the question points at the one role in question ("it", "that
    role", "this position", "this one", "the role"): a verb of searching, or a
    noun for roles, then asks of it alone ("who feeds into that role" is its
    entry points, "how much experience does the role ask for" its experience)."""
    words = [t.text for t in tokens]
    return any(w in ONE_ROLE_PRONOUNS and not _dummy_it(words, i) and not bound_to_which(words, i)
               or w == "one" and i and words[i - 1] in C.POINTING_AT_ONE for i, w in enumerate(words)) \
        or C.one_role_noun(words) or who_as_object(words)


def who_as_object(words: list[str]) -> bool:
    """Whether "who" is the object of a role in question doing something:
    "who do they mentor", "who does he report to"; "who" then asks whom,
    not which roles."""
    return any(w == "who" and words[i + 1:i + 2] and words[i + 1] in V.BARE_VERB_BEFORE
               and words[i + 2:i + 3] and words[i + 2] in ROLE_AS_SUBJECT for i, w in enumerate(words))


# "whose job is *it* to …", "which role is *it* that …": "it" standing for what follows, no role.
DUMMY_IT_BEFORE, DUMMY_IT_AFTER = {"is", "was", "'s", "s"}, {"to", "that"}


def _dummy_it(words: list[str], i: int) -> bool:
    """Whether words[i] is the "it" of "whose job is it to define SLOs": a
    subject standing for the clause after it, pointing at no role."""
    return words[i] == "it" and 0 < i < len(words) - 1 and words[i - 1] in DUMMY_IT_BEFORE \
        and words[i + 1] in DUMMY_IT_AFTER


def listed_as(r) -> str | None:
    """"entry" or "next" when the question asks which roles list a title no
    role holds as a way in ("which role lists Senior Staff Engineer as an
    entry point?") or as where they lead ("… Director of Engineering as an
    advancement option?"); None else, and always when a role is named
    ("what counts as a way in to the Engineer" is its own way in)."""
    if not r.titles_without_profile or r.roles:
        return None
    said = " " + " ".join(t.text for t in r.tokens if not t.brk) + " "
    if any(f" {p} " in said for p in V.LISTED_AS_ENTRY_PHRASES):
        return "entry"
    return "next" if any(f" {p} " in said for p in V.LISTED_AS_LINK_PHRASES) else None
