"""What an interviewer should probe, for a role whose documents give no hiring advice.

"What should I probe in an X interview?", "how do I test their on-call
experience for X?": with no advice written for the role, what to screen for
is what it asks of people, its skills and the experience it wants (where
"led globally distributed teams" is written), and, when the interviewer names
a topic ("on-call", "incident handling", "distributed teams"), the role's own
items about that topic first, wherever they stand (a duty: "acting as a final
point of escalation"). A role with hiring advice answers with it, as before.
"""

from dataclasses import replace

from bot import compose, within_role
from bot import vocabulary as V
from bot.answer import Answer
from bot.reading import Reading

# What a role with no hiring advice is screened for: what it needs, then the years and record it wants.
SCREENED_FOR = (V.HIRING, V.EXPERIENCE)
# The least weight of the hiring advice asked: "interview" (2) said beside the role.
INTERVIEW_WEIGHT = 2.0
# An interviewer's words among the hiring advice's phrases: "what part does X play in
# hiring" asks its duties in hiring, not what to probe.
INTERVIEWER_WORDS = {"interview", "interviews", "interviewing", "probe", "probing", "test", "assess", "assessing",
                     "evaluate", "evaluating", "screen", "screening", "whiteboard", "vet", "vetting"}
# Facets an interviewer's question may name beside the interview ("test their on-call
# experience"); one that names the skills asks them shown ("which technical skills should I look for").
COVERED = {V.HIRING, V.EXPERIENCE}


def answer(assistant, r: Reading, profile, confidence: float) -> Answer | None:
    """What to probe for the one role named, when the question asks for
    hiring advice the role's documents lack; None otherwise (the usual rules answer)."""
    asked = r.intents_asked
    interviewing = any(h.intent == V.HIRING and INTERVIEWER_WORDS & set(h.phrase.split()) for h in r.intents.hits)
    if not interviewing or not r.intents.has(V.HIRING, INTERVIEW_WEIGHT) or any(i not in COVERED for i in asked) \
            or any(profile.section(name) for name in compose.ROLE_SECTIONS[V.HIRING][1]) \
            or any(heading for heading, facts in compose.own_sections(profile).items()
                   if assistant._heading_intent(heading) == V.HIRING):
        return None
    screened = compose.combined([assistant._role_answer(i, profile, confidence, r) for i in SCREENED_FOR])
    ranked = assistant._ranked_items(r, profile, True, answered=V.HIRING)
    topic = within_role.not_shown(screened, ranked) if ranked is not None else ()
    r.decision = "no hiring advice: what it needs and wants" + (
        f", its items about {', '.join(ranked.words)} first" if topic else "")
    if topic:
        r.ranked, r.topic = ranked.items, ranked.words
    return replace(screened, intent=V.HIRING, sections=tuple(topic) + screened.sections,
                   sources=tuple(dict.fromkeys(screened.sources + tuple(
                       i.source for s in topic for i in s.items if i.source))))
