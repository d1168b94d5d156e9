"""Postings written as prose with no headings: each sentence goes to the section its opening words name
("We are looking for someone…" requirements, "The salary for this role is…" pay), and the next
sentences follow it until another cue. Otherwise the posting is one long overview."""

import re

from knowledge import sections as S
from knowledge.readers import headings

# (facet, cue), tried in order; a cue is read at the start of a sentence
# (after "And", "Also" and the like), so a word deep inside one moves nothing.
CUES: tuple[tuple[str, re.Pattern], ...] = tuple((facet, re.compile(pattern, re.I)) for facet, pattern in (
    (S.NICE_TO_HAVE, r"(?:it (?:would|will) (?:be|also be) a (?:bonus|plus)|bonus points|"
                     r"(?:it(?:'s| is) )?nice to have|ideally,? you|we(?:'d| would) (?:also )?love it if|"
                     r"nice if|nice:)"),  # a hiring comment's shorthand: "Nice if you've touched PostGIS"
    (S.REQUIREMENTS, r"(?:we(?:'re| are) looking for (?:someone|a person|people|candidates?|you if)|"
                     r"we need (?:someone|a person|people|you to have)|"
                     r"you (?:should|must|need to) (?:have|be|know)|you(?:'ll| will) need|"
                     r"the ideal candidate|we expect you|requirements?\b|we want \d)"),  # "We want 3+ years"
    (S.COMPENSATION, r"(?:(?:the|our|your) (?:base )?(?:salary|pay|compensation)|pay is|we pay)\b"),
    (S.PERKS, r"(?:we (?:also )?(?:pay for|offer|provide|give you|cover)|(?:our |the )?benefits\b|"
              r"you(?:'ll| will) (?:also )?(?:get|receive|enjoy))"),
    (S.LOCATION, r"(?:this is a (?:fully |100% )?(?:remote|hybrid|on-?site|office-based)|"
                 r"(?:you can|you may) (?:live|work) (?:anywhere|from)|the role is based|this role is based|"
                 # said aloud: "We're at the Pukekohe packhouse on Station Road"
                 r"we(?:'re|’re| are) (?:at|based (?:at|in)) the\b)"),
    (S.HIRING_PROCESS, r"(?:to apply|(?:our|the) (?:hiring|interview|recruiting|application) process|"
                       r"(?:email|send|drop) (?:us )?(?:your|a) (?:resume|cv|application)|"
                       r"we (?:read|review) every application|how to apply)"),
    (S.KEY_RESPONSIBILITIES, r"(?:you(?:'ll|’ll| will) (?:spend|be responsible|own|lead|build|work|review|"
                             r"take|manage|design|write|ship|run)|your (?:days|work|job) will|"
                             r"day[- ]to[- ]day,? you)"),
))
# Korean and Chinese postings said aloud (a recruiting video's subtitles) open a sentence with its topic
# and a topic particle ("급여는 연봉 …": "the pay is …", "하시는 일은 …": "what you'll do is …"), or close
# it with the verb that says what it is ("… 우대합니다": "… preferred"); the prefix a closing verb
# follows is held to one sentence's length.
SPOKEN_CUES: tuple[tuple[str, re.Pattern], ...] = tuple((facet, re.compile(pattern)) for facet, pattern in (
    (S.NICE_TO_HAVE, r"[^.。]{0,80}?(?:우대합니다|우대해요|우대해 드립니다)|(?:우대 ?사항은|加分项|优先考虑)"),
    (S.REQUIREMENTS, r"(?:자격 ?요건은|지원 ?자격은|任职要求|岗位要求)"),
    (S.COMPENSATION, r"(?:급여는|연봉은|월급은|시급은|보수는|薪资|工资|月薪|年薪)"),
    (S.PERKS, r"(?:복지는|복리 ?후생은|복리 ?후생으로는|福利)|[^.。]{0,60}?4대 ?보험"),
    (S.EMPLOYMENT_TYPE, r"(?:근무는|근무 ?시간은|근무 ?형태는|工作时间)"),
    (S.HIRING_PROCESS, r"(?:지원은|지원 ?방법은|지원하시려면|접수는|마감은|投递简历|简历投递)"),
    (S.KEY_RESPONSIBILITIES, r"(?:하시는 일은|하실 일은|하게 될 일은|주요 ?업무는|담당 ?업무는|업무는|工作内容|岗位职责)"),
))
# The heading each found section is stored under, as a posting would write it.
HEADINGS = {S.NICE_TO_HAVE: "Nice to have", S.REQUIREMENTS: "Requirements", S.COMPENSATION: "Salary",
            S.PERKS: "Benefits", S.LOCATION: "Location", S.HIRING_PROCESS: "How we hire",
            S.KEY_RESPONSIBILITIES: "Responsibilities", S.EMPLOYMENT_TYPE: "Working hours"}
_LEAD = re.compile(r"^(?:and|also|finally|above all|in addition|on top of that|besides)\b[,\s]*", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A preamble is prose when it has at least this many paragraphs and the
# posting has no section of its own that says what the role does or needs.
MIN_PARAGRAPHS = 4


def is_prose(paragraphs: list[str], facets: set) -> bool:
    return len(paragraphs) >= MIN_PARAGRAPHS and not facets & {
        S.KEY_RESPONSIBILITIES, S.REQUIREMENTS, S.NICE_TO_HAVE, S.PERKS, S.HIRING_PROCESS}


def sections(paragraphs: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """(the paragraphs that stay the overview, [(facet, its items)]): a
    paragraph is cut where a sentence's cue names another section."""
    overview: list[str] = []
    found: dict[str, list[str]] = {}
    for paragraph in paragraphs:
        facet, run = None, []
        for sentence in _SENTENCE.split(paragraph):
            cue = _cue(sentence)
            if cue is not None and cue != facet and run:
                (found.setdefault(facet, []) if facet else overview).append(" ".join(run))
                run = []
            facet = cue or facet
            run.append(_BRACKETED.sub("", sentence.strip()).strip() if cue else sentence)
        if run:
            (found.setdefault(facet, []) if facet else overview).append(" ".join(run))
    return overview, list(found.items())


# A heading kept in brackets before a sentence, as subtitles show one ("[자격 요건] 식품 제조 경력 …").
_BRACKETED = re.compile(r"^\[([^\]]{1,40})\]")


def _cue(sentence: str) -> str | None:
    opening = _LEAD.sub("", sentence.strip())
    if (bracketed := _BRACKETED.match(opening)) and (named := headings.facet(bracketed.group(1))) in HEADINGS:
        return named
    return next((facet for facet, cue in (*CUES, *SPOKEN_CUES) if cue.match(opening)), None)
