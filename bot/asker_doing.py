"""What the asker says they are doing, beside what they ask.

"I'm hiring for the lead backend role — what is this person there for?" and
"before I level this req I'd like the one-paragraph version of what X does"
tell of the asker's own work first: "hiring" there asks no hiring advice and
"before" no earlier roles. A clause whose subject is the asker and whose verb
is recruiting work (`V.ASKER_DOING_VERBS`) is their situation; its intent
phrases are dropped when the rest of the question asks a role's fact of its
own. Said alone ("I'm hiring a lead backend engineer, tips?" asks by "tips";
"we're hiring for the engineer" asks nothing else) the clause is kept.
"""

import re

from bot import vocabulary as V
from bot.intents import IntentMatch
from bot.text import Token

# A sentence's own marks, between two tokens.
_SENTENCE_END = re.compile(r"[.?!;]")
# Words before the asker's own people that join them to the asker's clause: "for translate *to* my team".
OWN_PEOPLE_OPENERS = {"to", "for", "with"}
# Words allowed between the asker and their verb: "I'm *about to* level",
# "we *will be* hiring", "I *need to* write".
MAX_AUXILIARIES = 3


def without_asker_doing(tokens: list[Token], intents: IntentMatch, after: int = 0, text: str = ""
                        ) -> tuple[IntentMatch, tuple[tuple[int, int], ...]]:
    """`intents` without the phrases inside clauses telling of the asker's
    own recruiting work, when a role's fact is asked outside them; and
    those clauses' spans, whose words name no part of the role either.
    Clauses opening before `after` are left out: the asker saying who they
    are ("I am the new recruiting coordinator.") is set aside already, to
    its sentence's end (`bot.self_introduction`), not to the next comma.
    A clause saying who the asker is ("As a founder with no CS background,
    …", `_asker_as`) is such a span whatever the rest asks."""
    ends = _sentence_ends(tokens, text)
    clauses = [c for c in _asker_clauses(tokens, ends) + _doing_participles(tokens, ends) if c[0] >= after]
    if not clauses:
        who = _asker_as(tokens)
        return (intents.without(who), tuple(who)) if who else (intents, ())
    outside = [h for h in intents.hits if h.intent in V.ROLE_INTENTS
               and not any(s <= h.start and h.end <= e for s, e in clauses)]
    return (intents.without(clauses), tuple(clauses)) if outside else (intents, ())


def spans(tokens: list[Token], text: str = "") -> list[tuple[int, int]]:
    """The spans of the asker's own doing, whatever else the question asks:
    a candidate described after "Pasting a candidate's e-mail:" has no
    "pasting" among what they have (`bot.candidate_fit`)."""
    ends = _sentence_ends(tokens, text)
    return _asker_clauses(tokens, ends) + _doing_participles(tokens, ends)


def _sentence_ends(tokens: list[Token], text: str) -> set[int]:
    """The tokens a sentence's mark stands right before, in `text` (the
    folded question the offsets point into): a full stop leaves no break
    token of its own where the sentence after it opens."""
    return {k for k in range(1, len(tokens)) if _SENTENCE_END.search(text[tokens[k - 1].end:tokens[k].start])} \
        if text else set()


def _clause_end(tokens: list[Token], start: int, ends: set[int]) -> int:
    """Where a clause of the asker's opening at `start` ends: at a mark, or at
    a phrase of the asker's own people after it ("… for translate *to my
    team*", "prepping a summary *for our panel*") ends at the mark after that."""
    end = next((k for k in range(start, len(tokens)) if tokens[k].brk or k in ends), len(tokens))
    if end + 2 < len(tokens) and tokens[end].text in OWN_PEOPLE_OPENERS and end not in ends \
            and tokens[end + 1].text in V.ASKER_POSSESSIVES:
        end = next((k for k in range(end + 2, len(tokens)) if tokens[k].brk or k in ends), len(tokens))
    return end


def _asker_clauses(tokens: list[Token], ends: set[int] = frozenset()) -> list[tuple[int, int]]:
    """The token spans of clauses whose subject is the asker and whose verb
    is one of V.ASKER_DOING_VERBS: from the subject (or the word joining the
    clause on, "before I …") to a mark, or to the asker said again ("… this
    req *I'd* like")."""
    spans = []
    for i, t in enumerate(tokens):
        if t.text not in V.ASKER_SUBJECTS or i and not tokens[i - 1].brk and tokens[i - 1].text not in V.CLAUSE_JOINERS:
            continue
        verb = next((j for j in range(i + 1, min(len(tokens), i + 2 + MAX_AUXILIARIES))
                     if tokens[j].text in V.ASKER_DOING_VERBS), None)
        if verb is None or any(tokens[k].brk or tokens[k].text not in V.FUNCTION_WORDS | V.ASKER_AUXILIARIES
                               for k in range(i + 1, verb)):
            continue
        said_again = next((k for k in range(verb + 1, len(tokens)) if tokens[k].text in V.ASKER_SAID_AGAIN),
                          len(tokens))
        end = min(said_again, _clause_end(tokens, verb + 1, ends))
        start = i - 1 if i and tokens[i - 1].text in V.CLAUSE_JOINERS else i
        spans.append((start, end))
    return spans


def _doing_participles(tokens: list[Token], ends: set[int] = frozenset()) -> list[tuple[int, int]]:
    """The token spans of clauses opening on a doing verb's -ing form with
    no subject ("recruiting coordinator here, *writing the interviewer brief
    for the X loop*."), to the next mark: the asker's own work said in
    shorthand, as "I'm writing …" is, though it names the role asked about.
    Its "writing" or "brief" is no topic of the role. Before a noun of
    V.DOING_AS_MODIFIER ("hiring manager", "screening questions") the -ing
    word only qualifies that noun, which may be what is asked. Dictated with
    no marks, the clause ends at a question word ("… for the X loop *what*
    are the top responsibilities"), and a clause running to the end of the
    question is no scene: nothing is asked after it."""
    spans = []
    for i, t in enumerate(tokens):
        if t.brk or not t.text.endswith("ing") or t.text not in V.ASKER_DOING_VERBS \
                or i and not tokens[i - 1].brk and i not in ends or i + 1 < len(tokens) and tokens[i + 1].text in V.DOING_AS_MODIFIER:
            continue
        end = min(_clause_end(tokens, i + 1, ends),
                  next((k for k in range(i + 1, len(tokens)) if tokens[k].text in V.WH_WORDS_OPENING), len(tokens)))
        if end < len(tokens):  # the ask follows it; "posting from #hiring what will X handle" asks all of it
            spans.append((i, end))
    return spans


# Words after an opening "as" that say who the asker is: "As a founder, …", "as someone new to tech, …".
ASKER_AS_WORDS = {"a", "an", "someone", "somebody"}


def _asker_as(tokens: list[Token]) -> list[tuple[int, int]]:
    """The span of an opening clause saying who the asker is, "As a founder
    with no CS background," to its mark, when a question follows it: its
    words ("CS", "background") are the asker's, no part of the role asked."""
    if len(tokens) < 4 or tokens[0].text != "as" or tokens[1].text not in ASKER_AS_WORDS:
        return []
    end = next((k for k in range(2, len(tokens)) if tokens[k].text == "|"), len(tokens))  # a mark, not "with"
    return [(0, end)] if end < len(tokens) - 1 else []
