"""Which way along a role's career path a question looks.

"what leads to X", "where do people move into X from" ask where X's people
come from; "does X lead to management", "can X move into management" ask
where X goes. The same phrase points both ways, and only the side of it the
role is named on tells which: a phrase ending in a goal word ("into", "to",
"become", see `vocabulary.ROUTE_GOAL_WORDS`) with the role after it is the
way in, with the role before it the way on. A career question that puts
a word of direction right before the role ("what roles are above X on the
ladder", "the career step below X") looks that way: up is the way on; so
does a word of direction alone before the role when nothing else is asked
("and above the expert?", "below the gle"), where it read as the overview.
"""

from bot import vocabulary as V


def settled(intent: str | None, hits, role_spans: list[tuple[int, int]]) -> str | None:
    """`intent`, turned to CAREER_NEXT when it is CAREER_ENTRY only by a
    goal-word phrase that follows the one role named ("can X move into
    management"). `hits` are the question's phrase hits, `role_spans` the
    token spans of the role named."""
    if len(role_spans) != 1:
        return intent
    start, _end = role_spans[0]
    if intent == V.CAREER:  # "what roles are above X on the ladder": the way the word before X points
        before = [h.phrase.split()[-1] for h in hits if start - 1 <= h.end <= start]  # "below (the) X"
        if any(word in V.LADDER_UP for word in before):
            return V.CAREER_NEXT
        if any(word in V.LADDER_DOWN for word in before):
            return V.CAREER_ENTRY
        return intent
    if intent != V.CAREER_ENTRY:
        return intent
    entry = [h for h in hits if h.intent == V.CAREER_ENTRY]
    if entry and all(h.phrase.split()[-1] in V.ROUTE_GOAL_WORDS and h.start >= start for h in entry):
        return V.CAREER_NEXT
    return intent


# Words that may stand between a word of direction and the role it places ("above *the* expert").
RUNG_ARTICLES = {"the", "a", "an"}


def rung_said(intent: str | None, tokens, role_spans: list[tuple[int, int]]) -> str | None:
    """`intent`, or, when the question asks no fact of the one role named
    and a word of direction stands right before it ("and above the expert",
    "below the gle?"), the career step that way: up is the way on."""
    if intent is not None or len(role_spans) != 1:
        return intent
    at = role_spans[0][0] - 1
    while at >= 0 and tokens[at].text in RUNG_ARTICLES and not tokens[at].brk:
        at -= 1
    if at < 0 or tokens[at].brk:
        return intent
    if tokens[at].text in V.LADDER_UP:
        return V.CAREER_NEXT
    if tokens[at].text in V.LADDER_DOWN:
        return V.CAREER_ENTRY
    return intent
