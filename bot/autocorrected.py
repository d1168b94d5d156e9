"""A title's word that a phone's autocorrect turned into another real word.

Recruiters on mobile type "lead backend engineer" and autocorrect makes it
"lead backed engineer": a real word, so no typo is mended (`bot.spelling`
changes only words it does not know), and a verb form of a title word
("backed" of "back") is read as something done, never as that title word
(`roles._verb_form_of`). The role was read as one the store lacks. Such a
word is read as the title's word when it stands where that word would, with
the title's words on both sides of it, and is one slip from it (a letter
left out, added, changed, or two swapped): "lead backed engineer" is the
Lead Backend Engineer, "backed engineer" alone stays as typed.
"""

from rapidfuzz.distance import OSA

from bot import vocabulary as V
from bot.text import Token

# Shorter words are whole other words too often ("lean" of "lead").
MIN_LETTERS = 5


def _places(index) -> dict[tuple[str, str], set[str]]:
    """{(word before, word after): the title words between them}, of every title of `index`, made once per index."""
    cached = getattr(index, "_autocorrect_places", None)
    if cached is None:
        cached = {}
        for title in index.titles:
            words = title.words
            for i in range(1, len(words) - 1):
                cached.setdefault((words[i - 1], words[i + 1]), set()).add(words[i])
        index._autocorrect_places = cached
    return cached


def title_words_put_back(tokens: list[Token], index) -> list[Token]:
    """`tokens` with each word between two words of a title, one slip from
    the title's word in its place (and the only such word), read as it."""
    places = _places(index)
    out = list(tokens)
    for i in range(1, len(tokens) - 1):
        before, token, after = tokens[i - 1], tokens[i], tokens[i + 1]
        if token.brk or before.brk or after.brk or len(token.text) < MIN_LETTERS or not token.text.isalpha() \
                or token.text in V.FUNCTION_WORDS or token.text in index.postings:
            continue
        fits = {w for w in places.get((before.text, after.text), ()) if OSA.distance(token.text, w) == 1}
        if len(fits) == 1:
            out[i] = Token(fits.pop(), token.start, token.end)
    return out
