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
    # "tell X apart from Y": a verb of comparing, its "apart from" asks no other duties
    intents = intents.without([(i, i + 2) for i in range(len(tokens) - 1)
                               if (tokens[i].text, tokens[i + 1].text) == ("apart", "from")
                               and _told_apart(tokens, i, ("apart", "from"))])
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
        if begin >= 0 and tuple(t.text for t in tokens[begin:end]) == phrase and not _told_apart(tokens, begin, phrase):
            return begin
    return _one_not(tokens, end) if (lead := _not_leading(tokens, end)) is None else lead


# Words a reply may open with before its "not": "no, not the global one", "but not expert".
NOT_OPENERS = {"no", "nope", "nah", "but", "and", "ok", "okay", "sorry", "oh", "hmm", "ah"}


def _not_leading(tokens: list[Token], end: int) -> int | None:
    """Where "not" opening a clause stands, when it ends just before token
    `end` ("not the global one", "no, not global", "kafka roles, not the
    lead backend engineer"): the role named is the one the asker does not
    mean. A "not" inside a clause ("does it not need …") says something else."""
    at = end - 1
    if at < 0 or tokens[at].text != "not" or tokens[at].brk:
        return None
    return at if at == 0 or tokens[at - 1].brk or tokens[at - 1].text in NOT_OPENERS else None


# "Not" said of a role picked among others: "the one that's not expert", "the one which isn't global".
NOT_WORDS = {"not", "isn't", "isnt", "aint", "ain't"}
# Words that may stand between "one" and "not": "the one *that* 's not", "the one *which is* not".
ONE_RELATIVES = {"that", "which", "who", "is", "s", "thats"}


def _one_not(tokens: list[Token], end: int) -> int | None:
    """Where "one that's not" begins when it ends just before token `end`
    (the role the pick is not), or None: a pick among roles shown that
    sets the role named aside, as "except" does."""
    at = end - 1
    if at < 1 or tokens[at].text not in NOT_WORDS or tokens[at].brk:
        return None
    at -= 1
    while at > 0 and tokens[at].text in ONE_RELATIVES and not tokens[at].brk:
        at -= 1
    return at if tokens[at].text in ("one", "ones") and not tokens[at].brk else None


# Verbs that with "apart from" say two things are told from each other: "how do I tell X apart from Y".
TELLING_APART = {"tell", "tells", "telling", "told"}
# Whom "tell" may tell, not what: "tell *me* the top role apart from the expert one" sets the expert aside.
TOLD_TO = {"me", "us", "you", "them", "him", "her"}


def _told_apart(tokens: list[Token], begin: int, phrase: tuple[str, ...]) -> bool:
    """Whether "apart from" at `begin` ends "tell X apart from Y": the two are
    compared, neither set aside (the verb earlier in its clause, no mark between)."""
    if phrase[0] != "apart":
        return False
    for at in range(begin - 1, -1, -1):
        if tokens[at].text == "|":
            return False
        if tokens[at].text in TELLING_APART:  # "tell *me* the top role apart from …" tells the asker
            return at + 1 < begin and tokens[at + 1].text not in TOLD_TO
    return False
