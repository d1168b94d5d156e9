"""A sourcer asking which titles to hunt for asks where people come from.

"Which titles should I search on LinkedIn for X?", "what job titles do I
target when sourcing X?", "which profiles should we look for": the people to
find hold the titles people come to X from, its entry points. The intent
phrases hold a few of these word for word ("titles to search"); the ways of
asking are many more, so this reads the two halves wherever they stand in
the question: a noun for the titles or profiles sought, and a word of
sourcing. It adds a hit for the entry points on the noun, which the rules
then answer as any "where do they come from?".
"""

from bot import vocabulary as V
from bot.intents import IntentMatch, PhraseHit
from bot.text import Token

# Nouns for what a sourcer looks for in people: their current titles, profiles.
# (Not "background": "preferred background" is what a role asks.)
SOUGHT_NOUNS = {"title", "titles", "profile", "profiles"}
# Words of sourcing: looking people up, on a site where people list their titles.
SOURCING_WORDS = {
    "source", "sourcing", "sourced", "search", "searching", "hunt", "hunting", "headhunt", "headhunting",
    "target", "targeting", "poach", "poaching", "scout", "scouting", "look", "looking", "linkedin", "boolean",
    "xray", "x-ray", "prospect", "prospecting",
}
# As strong as the word-for-word phrases ("titles to search": 5).
SOURCING_WEIGHT = 5.0


def titles_sought(tokens: list[Token], intents: IntentMatch) -> IntentMatch:
    """`intents` with the entry points asked, on the noun for titles sought,
    when the question also has a word of sourcing; unchanged otherwise, or
    when a phrase already reads it so."""
    # "open source" is a kind of software, no sourcing
    words = [t.text for i, t in enumerate(tokens) if not (i and t.text == "source" and tokens[i - 1].text == "open")]
    if intents.has(V.CAREER_ENTRY, SOURCING_WEIGHT) or not SOURCING_WORDS & set(words):
        return intents
    noun = next((i for i, t in enumerate(tokens) if not t.brk and t.text in SOUGHT_NOUNS), None)
    if noun is None:
        return intents
    return intents.with_hits([PhraseHit(V.CAREER_ENTRY, "titles to source", SOURCING_WEIGHT, noun, noun + 1)])
