"""Initials typed in lower case, written as the documents write them.

Chat is typed in lower case: "any etl in the engineer role", "cka for
engineer?", "gle databases and ci tools". Many readers tell initials from a
short word by their capitals ("ETL" is a thing asked about, "etl" three
letters too short for a topic), so a question typed in lower case lost what
it asked. `Acronyms.written` puts the capitals back on a short word the
documents only ever write in capitals, before anything reads the question;
a word the documents also write in lower case ("it", "or", "go"), a function
word of the questions or a word of a title or a name stays as typed.
"""

import re

# Initials of this many letters or fewer are looked up; a longer word is read as a word.
MAX_LETTERS = 5
# Facts read to tell how the documents write a word: enough to see it in lower case
# where it is a plain word.
FACTS_READ = 50
# A lower-case word of letters and digits, not part of a name with marks ("node.js", "c#").
_SHORT_WORD = re.compile(r"(?<![\w'’.#+@-])[a-z][a-z0-9]{1,%d}(?![\w'’#+@]|\.\w)" % (MAX_LETTERS - 1))


class Acronyms:
    """How one knowledge version's documents write their short words: in capitals or not."""

    def __init__(self, knowledge, document_words, never):
        self.knowledge = knowledge
        self.documents = document_words
        self.never = never  # the questions' function words, titles' and names' words
        self._capitals: dict[str, bool] = {}  # word -> only ever written in capitals

    def written(self, text: str) -> str:
        """`text` with each lower-case word the documents write only in capitals in capitals,
        unless the whole question is in capitals already (then nothing is told by them)."""
        if text.isupper():
            return text
        return _SHORT_WORD.sub(lambda m: m.group().upper() if self._in_capitals(m.group()) else m.group(), text)

    def _in_capitals(self, word: str) -> bool:
        if word in self.never or word not in self.documents:
            return False
        known = self._capitals.get(word)
        if known is None:
            pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"s?(?![\w-])", re.I)
            said = [m.group() for f in self.knowledge.search_facts(word, limit=FACTS_READ)
                    for m in pattern.finditer(" ".join(filter(None, (f.fact.label, f.fact.text))))]
            known = self._capitals[word] = bool(said) and all(s.rstrip("s").isupper() for s in said)
        return known
