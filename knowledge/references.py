"""A posting's reference code ("Ref: SMS-HS-2611", "Req ID: FH-ASM-0219", Indeed's
<referencenumber>): what a candidate quotes when applying, and what a recruiter asks
by ("how do I apply for KT-0412?"). A code names its role as its title does."""

import re

# Labels a posting gives its code under, read without case, punctuation and a leading "job",
# "vacancy", "posting" or "position": "Ref.", "Job reference", "Requisition ID", "Job Number".
_LABEL = re.compile(r"^(?:(?:job|vacancy|posting|position|announcement|job requisition)\s+)?"
                    r"(?:ref|reference|req|requisition|id|number|no|code|referencenumber|requisitionid)"
                    r"(?:\s+(?:id|number|no|code))?$")
# A code: one word of letters, digits and dashes with a digit in it, as long as a code is.
_CODE = re.compile(r"(?=[\w/-]*\d)[A-Za-z0-9][\w/-]{2,23}")


def is_reference(label: str | None, text: str) -> bool:
    """Whether a fact `label: text` is the posting's reference code."""
    # "#" is a number's sign ("Posting #", "Job #")
    folded = " ".join(re.sub(r"[^a-z ]", " ", (label or "").casefold().replace("#", " number ")).split())
    return bool(_LABEL.match(folded)) and _CODE.fullmatch(text.strip()) is not None
