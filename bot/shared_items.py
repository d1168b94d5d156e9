"""What roles compared side by side have in common: "what do they have in
common there?", "any overlap?" after two roles' entry titles or skills.

People comparing two roles ask next what the roles share; the comparison
already holds both lists, so the answer is that comparison again, led by the
items both lists say (alike once a remark in brackets and case are set aside:
"Staff Software Engineer (at a smaller organization)" is "Staff Software
Engineer").
"""

import re

from bot import compose

# Words asking what the roles on screen share, beside "they"/"both"/"them".
SHARED_WORDS = {"common", "share", "shared", "shares", "overlap", "overlaps", "overlapping", "both"}
# Of those, the ones that ask it alone; "both" needs one of these too ("what do both have in common").
SHARED_ASKING = SHARED_WORDS - {"both"}
_REMARK = re.compile(r"\s*\([^)]*\)")


def asked(words: list[str]) -> bool:
    """Whether the words ask what the roles on screen have in common."""
    return bool(set(words) & SHARED_ASKING)


def _key(text: str) -> str:
    return " ".join(re.findall(r"[\w+#/]+", _REMARK.sub("", text).lower()))


def shared(profiles, intent: str) -> list[str]:
    """The items of the facet `intent` that every one of `profiles` says, as the first says them."""
    sections = compose.ROLE_SECTIONS.get(intent, (None, ()))[1]
    if len(profiles) < 2 or not sections:
        return []
    keyed = [{_key(f.text): _REMARK.sub("", f.text).strip() for f in p.facts if f.section in sections and f.text}
             for p in profiles]
    common = set(keyed[0]).intersection(*keyed[1:]) - {""}
    return [text for key, text in keyed[0].items() if key in common]
