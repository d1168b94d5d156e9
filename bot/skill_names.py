"""Words the documents write as the name of a skill or tool.

A dictated or run-on question runs the end of one clause into the title of
the next: "... led 4 engineers kafka aws lead back end engineer fit". Read as
one noun phrase, "kafka aws lead back end engineer" was a role the store
lacks. A word the documents name a skill by ("AWS", "Kafka": always written
with a capital, even inside a sentence, among what roles ask) ends the clause
before; a word the documents write in lower case ("platform" of "platform
expert swe") or never write at all (a company of another store: "harbourline
data analyst") may be a specialism or an employer, so it still makes the
phrase another role, which the store says it lacks.
"""

import re

from knowledge import sections as S

# Where a role names what it asks of a person: a word named there is a skill or a tool.
SKILL_SECTIONS = (S.HARD_SKILLS, S.REQUIREMENTS, S.NICE_TO_HAVE, S.PREREQUISITES, S.TOOL_CATEGORIES)
# Facts read to tell how the documents write a word.
FACTS_READ = 50


class SkillNames:
    """How one knowledge version's documents write a word: as a skill's name or not."""

    def __init__(self, knowledge, document_words, never):
        self.knowledge = knowledge
        self.documents = document_words
        self.never = never  # the questions' function words, titles' and names' words
        self._named: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        """Whether the documents write `word` only capitalized, at least once inside a
        sentence (a capital at a sentence's start tells nothing), and a role asks for it."""
        if word in self.never or word not in self.documents:
            return False
        known = self._named.get(word)
        if known is None:
            pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.I)
            facts = self.knowledge.search_facts(word, sections=SKILL_SECTIONS, limit=FACTS_READ)
            said = [(m.group(), _inside_a_sentence(f.fact.text, m.start()))
                    for f in facts for m in pattern.finditer(f.fact.text)]
            known = self._named[word] = bool(said) and all(s[0].isupper() for s, _ in said) \
                and any(inside for _, inside in said)
        return known


def _inside_a_sentence(text: str, at: int) -> bool:
    """Whether a word starting at `at` of `text` has a word of the sentence before it."""
    before = text[:at].rstrip(" \"'(")
    return bool(before) and before[-1] not in ".!?:;•-*"
