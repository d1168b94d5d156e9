"""What a role needs, said in passing in a posting with no section for it.

A job-alert email or a classified gives each role one paragraph: "Cleans and sterilizes
instruments. Certification required within a year. No experience needed." Asked what
the role requires, or what experience it wants, the answer is the paragraph's sentence
that says so, rather than "the documents don't cover it"."""

import re

from bot import vocabulary as V

# The words that make a sentence state a need of the kind asked.
# ("CIPD Level 7 (or working towards it) is essential", "Membership of the RTPI")
_NEEDS = re.compile(r"\b(?:required|requires?|needed|must\s+have|diploma|degree|certificat\w*|licen[cs]e|"
                    r"essential|qualifications?|qualified|membership|chartered|working\s+towards)\b", re.I)
# Experience as other languages write it: "未経験OK" (no experience needed), "Erfahrung", "경력 무관";
# Chinese, Japanese and Korean words have no word boundary to their neighbours.
_EXPERIENCE = re.compile(r"\bexperience\b|\b(?:erfahrung|expérience|experiencia|experiência|esperienza|ervaring|"
                         r"doświadczeni[ea])\b|経験|经验|경력", re.I)
PATTERNS = {V.SKILLS: _NEEDS, V.REQUIREMENTS: _NEEDS, V.EDUCATION: _NEEDS, V.EXPERIENCE: _EXPERIENCE}


def sentences(intent: str, facts) -> list:
    """The facts of a role whose text states a need of the kind `intent` asks, in their order."""
    pattern = PATTERNS.get(intent)
    return [f for f in facts if pattern.search(f.text)] if pattern else []
