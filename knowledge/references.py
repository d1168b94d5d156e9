"""A posting's reference code ("Ref: SMS-HS-2611", "Req ID: FH-ASM-0219", Indeed's
<referencenumber>): what a candidate quotes when applying, and what a recruiter asks
by ("how do I apply for KT-0412?"). A code names its role as its title does."""

import re

# Labels a posting gives its code under, read without case, punctuation and a leading "job",
# "vacancy", "posting" or "position": "Ref.", "Job reference", "Requisition ID", "Job Number".
_LABEL = re.compile(r"^(?:(?:job|vacancy|posting|position|announcement|job requisition)\s+)?"
                    r"(?:ref|reference|req|requisition|id|number|no|code|referencenumber|requisitionid)"
                    r"(?:\s+(?:id|number|no|code))?$"
                    # any word before a reference's own name says which reference it is ("Campaign
                    # Reference", "Post ref"); before "number" or "id" it may be a phone's or a passport's
                    r"|^(?:[a-z]+\s+){1,2}(?:ref|reference|requisition)(?:\s+(?:id|number|no|code))?$")
# A code: one word of letters, digits and dashes with a digit in it, as long as a code is.
_CODE = re.compile(r"(?=[\w/-]*\d)[A-Za-z0-9][\w/-]{2,23}")


def is_reference(label: str | None, text: str) -> bool:
    """Whether a fact `label: text` is the posting's reference code."""
    # "#" is a number's sign ("Posting #", "Job #")
    folded = " ".join(re.sub(r"[^a-z ]", " ", (label or "").casefold().replace("#", " number ")).split())
    return bool(_LABEL.match(folded)) and _CODE.fullmatch(text.strip()) is not None


# A code a sentence quotes after a word for a reference, in the languages postings come in:
# "quoting reference GUH-HCA-2701", "Referencia de la oferta: CAL-0127", "référence TMI-2027-04",
# "the Analytics Engineer req (REQ-2291)". A few lower-case words may come between.
_QUOTED = re.compile(r"\b(?:ref|reference|referencia|référence|referenz|kennziffer|req|requisition)\b\.?"
                     r"(?:\s+[a-zà-ÿ]+){0,3}\s*[:#(]?\s*"
                     r"(?<![\w/-])(?P<code>(?=[A-Z0-9/-]*[A-Z])(?=[A-Z0-9/-]*\d)[A-Z0-9]+(?:[-/][A-Z0-9]+)+)\b",
                     re.IGNORECASE)
# Words a fact's text must hold, without case, for `quoted_references` to be worth running: a
# filter the store can apply before any text is read ("f_rence" is "reference" and "référence").
# "ref" and "req" only as words of their own: "%ref%" and "%req%" let every "preferred" and
# "required" through, most facts of a store.
QUOTED_HINTS = ("%referenc%", "%referenz%", "%f_rence%", "%requisition%", "%kennziffer%",
                *(f"%{word}{after}%" for word in ("ref", "req") for after in (" ", "-", ":", "#", ".")))


def quoted_references(text: str) -> list[str]:
    """The reference codes a sentence quotes (`_QUOTED`): written in capitals and with a dash,
    as codes are, so "reference to the 2024-25 plan" or "ref: e-mail" is none."""
    codes = []
    for match in _QUOTED.finditer(text):
        code = match.group("code")
        if code.upper() == code and code not in codes:
            codes.append(code)
    return codes
