"""A company's name in Latin letters, as its own email and web addresses spell it.

A posting written in Korean or Chinese names its company in that script
("해솔식품"), yet its addresses spell it in Latin letters
("recruit@haesolfood.co.kr", "hr@lanzhou-robotics.cn"). A recruiter who
types "haesol" beside the role's title names that company, not a role the
store lacks: the word begins the domain of an address the role's own
documents give."""

import re

# The domain's first label after an "@" or a web address's scheme or "www.".
_ADDRESS = re.compile(r"(?:@|\bhttps?://(?:www\.)?|\bwww\.)([a-z0-9][a-z0-9-]*)\.", re.I)
# A word this short begins too many domains to name one.
MIN_LETTERS = 4


def begins_own_address(facts, word: str) -> bool:
    """Whether `word` begins the first domain label of an address in `facts` (hyphens
    read as nothing: "lanzhourobotics" and "lanzhou" both begin "lanzhou-robotics")."""
    word = word.casefold()
    if len(word) < MIN_LETTERS:
        return False
    return any(found.group(1).casefold().replace("-", "").startswith(word)
               for fact in facts for found in _ADDRESS.finditer(fact.text))
