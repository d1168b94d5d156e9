"""A title's leading words said by their initials before its last word: "bi developer"
is the Business Intelligence Developer, "dp officer" the Data Protection Officer, "wtp
operator" the Water Treatment Plant Operator II (a level number after it is no last word).

Only beside the title's last word, and only where the store has such a title: alone,
"bi" of "power bi" is a word of a skill, not a role."""

from bot.roles import RoleIndex
from bot.text import Token
from bot.vocabulary import LEVEL_NUMBERS

# Initials of two to four words ("bi", "qa", "crm"); the title then has three words or more.
MIN_INITIALS, MAX_INITIALS = 2, 4


def spell_out(tokens: list[Token], index: RoleIndex) -> list[Token]:
    """`tokens` with initials typed right before a title's last word spelt out as that title's
    words, when the word is none of the store's title words and one title of the store fits."""
    out = list(tokens)
    for i in range(len(tokens) - 2, -1, -1):
        typed, head = tokens[i], tokens[i + 1]
        if typed.brk or head.brk or typed.text in index.postings \
                or not MIN_INITIALS <= len(typed.text) <= MAX_INITIALS or not typed.text.isalpha():
            continue
        fits = {words[:-1] for t in (index.titles[n] for n in index.postings.get(head.text, ()))
                if (words := _named(t.words))[-1] == head.text and len(words) - 1 == len(typed.text)
                and "".join(w[0] for w in words[:-1]) == typed.text}
        if len(fits) == 1:
            out[i:i + 1] = [Token(word, typed.start, typed.end) for word in fits.pop()]
    return out


def _named(words: tuple[str, ...]) -> tuple[str, ...]:
    """A title's words without the level numbers after its last word: "WTP operator"
    is the Water Treatment Plant Operator II, whose head noun is "operator"."""
    while len(words) > 1 and words[-1] in LEVEL_NUMBERS:
        words = words[:-1]
    return words
