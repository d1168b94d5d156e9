"""Sentences before a question that only set the scene.

"Drafting a sourcing plan today. Which roles mention kafka?" and "Meeting
the hiring manager later. global lead vs expert swe - years" ask what their
last sentence asks; the sentence before tells what the asker is doing.
Read as part of the question, its words were searched for ("No role
mentions Drafting") or asked about ("hiring manager" asked for the team).
The sentences before the asking one are set aside when they name no role,
company or number (which a question may lean on) and the asking sentence
asks on its own: it has an intent phrase, a role or a noun for roles, is
more than a bare "which roles?", and has no word pointing back ("which roles need it?",
"would they fit?") or weighing a fit.
"""

import re

from bot import vocabulary as V
from bot.intents import IntentMatch
from bot.text import Token

# Where a sentence ends: its mark, between two tokens.
_SENTENCE_END = re.compile(r"[.?!;]")
# Words pointing back at something said before ("it", "those", "them").
POINTING_BACK = frozenset({"it", "its", "they", "them", "their", "theirs", "this", "these", "those", "same", "he",
                           "she", "him", "her", "such", "there"})
# An asking sentence this short, with no word of its own ("which roles?"), leans on what was said before it.
MIN_ASKING_WORDS = 3


# Verbs before "there" that make it say a thing exists ("which roles are there?"), pointing at no place.
EXISTENTIAL_BEFORE = frozenset({"are", "is", "r", "were", "was", "exist"})


def bound_to_which(words: list[str], i: int) -> bool:
    """Whether the possessive at i stands for the role a "which job" before it
    asks for ("which job has GraphQL in *its* skills?"): the store is asked,
    nothing said before is pointed at. An object pronoun is not ("We use
    Terraform. Which roles need *it*?")."""
    return words[i] in ("its", "their") and any(w in ("which", "what") and k + 1 < i and words[k + 1] in V.ROLE_LIST_NOUNS
               for k, w in enumerate(words[:i]))


def _existential(words: list[Token], i: int) -> bool:
    """Whether words[i] is the "there" of "are there", "is there": no word pointing back."""
    return words[i].text == "there" and i > 0 and words[i - 1].text in EXISTENTIAL_BEFORE


def _gap(tokens: list[Token], text: str, k: int) -> str:
    """What stands between token k and the word before it: the marks a break
    token holds ("! " of "monday! what jobs…") are read there too."""
    before = tokens[k - 1]
    return text[before.start if before.brk else before.end:tokens[k].start]


def scene_end(tokens: list[Token], text: str, intents: IntentMatch, named: list[tuple[int, int]]) -> int:
    """The token where the asking sentence starts, when the sentences before
    it only set the scene (else 0). `named` are the token spans of roles,
    companies and places the question names."""
    ends = [k for k in range(1, len(tokens)) if _SENTENCE_END.search(_gap(tokens, text, k))]
    if not ends:
        return 0
    asked = [k for k in ends if "?" in _gap(tokens, text, k)]
    # the sentence ending in the first "?", else the last sentence
    start = max((k for k in ends if k < asked[0]), default=0) if asked else ends[-1]
    if not start or any(s < start for s, _e in named):
        return 0
    if any(t.text[:1].isdigit() or t.text[:1] in "$€£" for t in tokens[:start]):
        return 0  # "5 years", "$230k": a number the question may lean on ("Q3" is a name)
    rest = [t for t in tokens[start:] if not t.brk]
    said = [t.text for t in rest]
    if any(t.text in POINTING_BACK and not _existential(rest, i) and not bound_to_which(said, i)
           or t.text in V.FIT_WORDS for i, t in enumerate(rest)) \
            or len(rest) < MIN_ASKING_WORDS and all(
                t.text in V.FUNCTION_WORDS or t.text in V.ROLE_LIST_NOUNS or t.text in V.WH_OBJECT_WORDS for t in rest):
        return 0  # "which roles?" alone leans on the sentence before: "We use Terraform. Which roles?"
    asks = any(h.start >= start for h in intents.hits) or any(s >= start for s, _e in named) \
        or any(t.text in V.ROLE_LIST_NOUNS for t in rest)  # "graphql roles": a search
    return start if asks else 0
