"""Roles a question sets aside: "which role pays the least, other than the
engineer", "highest paid role besides expert swe", "which roles need kafka,
not counting the lead backend engineer".

A role named right after words of exclusion (`vocabulary.SETTING_ASIDE`) is
not the role asked about: the question is about every other role. Without
this, the one title in the question was read as the role asked about, and
the answer gave the facts of the very role the asker left out.
"""

from bot import vocabulary as V
from bot.intents import IntentMatch
from bot.roles import Mention
from bot.text import Token



def set_aside(mentions: list[Mention], tokens: list[Token], intents: IntentMatch) \
        -> tuple[list[int], list[Token], IntentMatch]:
    """The role ids of the mentions set aside (taken out of `mentions`, in
    place), the tokens with the exclusion and its title made breaks (no
    words to search for or negate), and the intents without the exclusion's
    own phrases ("besides" asks no secondary duties here)."""
    ids, spans = [], []
    for mention in list(mentions):
        role = mention.best
        if role is None or role.title.role_id is None or not mention.profiled():
            continue
        start = _exclusion_start(tokens, mention.start)
        if start is None:
            continue
        mentions.remove(mention)
        if role.title.role_id not in ids:
            ids.append(role.title.role_id)
        spans.append((start, mention.end))
    if not spans:
        return ids, tokens, intents
    tokens = [Token("|", t.start, t.end, brk=True) if any(a <= i < b for a, b in spans) else t
              for i, t in enumerate(tokens)]
    return ids, tokens, intents.without(spans)


def _exclusion_start(tokens: list[Token], start: int) -> int | None:
    """Where the words of exclusion before token `start` begin, or None."""
    end = start
    while end > 0 and tokens[end - 1].text in V.DETERMINERS:  # "other than *the* engineer"
        end -= 1
    for phrase in V.SETTING_ASIDE:
        begin = end - len(phrase)
        if begin >= 0 and tuple(t.text for t in tokens[begin:end]) == phrase:
            return begin
    return None
