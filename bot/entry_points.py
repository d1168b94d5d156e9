"""The roles a candidate's current title is an entry point of.

A recruiter tells of a candidate by their title ("she is a Systems Analyst,
2 years in") and then asks "which role takes people from that background?"
or "which role lists that title as an entry point?". The title is the one
the conversation remembers the candidate by (`Context.candidate_told`), and
the roles are those whose career paths say people come to them from it:
that is where the candidate would enter, and what "it" means next.
"""

from bot import compose
from bot.answer import Answer, Item, Section
from bot.reading import ROLE_ACCEPT, Reading
from bot import vocabulary as V
from knowledge import role_key
from knowledge import sections as S

# "that background", "her title", "their current role": the candidate's title, pointed back at.
POINTING_WORDS = {"that", "this", "her", "his", "their", "those", "such"}
BACKGROUND_NOUNS = {"background", "backgrounds", "title", "titles", "position", "job"}
# Words that say the roles asked for take people from it ("from that
# background", "entry point", "feeder"), not what the candidate would go on to.
ENTRY_WORDS = {"from", "entry", "feeder", "feeders", "feeds", "intake"}
# Words asking for roles of the store ("which role", "any roles").
ASKING_WORDS = {"which", "what", "any"}
# Career links read for one answer.
LINKS_READ = 500


def asks_from_background(r: Reading) -> bool:
    """Whether the question asks which roles take people from a title it
    only points back at ("which role takes people from that background?")."""
    words = [t.text for t in r.tokens if not t.brk]
    pointed = any(w in BACKGROUND_NOUNS and i and words[i - 1] in POINTING_WORDS for i, w in enumerate(words))
    said = {t.text for t in r.tokens}  # "from" may stand as a break between clauses
    return pointed and bool(said & ASKING_WORDS) and bool(said & ENTRY_WORDS) \
        and not r.roles and not r.titles_without_profile and r.ambiguous is None


def candidate_title(assistant, told: str) -> str | None:
    """The title the candidate was told of by ("she is a Systems Analyst"):
    a title only the career paths name, else a role of the store named."""
    said = assistant.read(told, assistant._role_index(assistant.knowledge.version))
    if said.titles_without_profile:
        return said.titles_without_profile[0]
    if said.roles and said.role_scores[0] >= ROLE_ACCEPT:
        role = assistant.knowledge.role(said.roles[0])
        return role.title if role is not None else None
    return None


def answer(assistant, r: Reading, recall) -> Answer | None:
    """The roles whose paths take people from the candidate's title, when the
    question asks for them and the conversation knows that title; None else."""
    if not asks_from_background(r) or (context := recall()) is None or not context.candidate_told:
        return None
    title = candidate_title(assistant, context.candidate_told)
    if title is None:
        return None
    links = assistant.knowledge.career_links(kind=S.CAREER_ENTRY, title_key=role_key(title), limit=LINKS_READ)
    roles = list({role.id: role for role in (assistant.knowledge.role(link.role_id) for link in links)
                  if role is not None}.values())
    r.used_context = True
    r.candidate_years, r.candidate_told = context.candidate_years, context.candidate_told
    r.decision = f"the roles people come to from the candidate's title, {title}"
    if not roles:
        return Answer(title=f"Roles entered from {title}", intent=V.CAREER_ENTRY, confidence=0.8,
                      summary=f"No role's career path names {title} as a way in.")
    return Answer(
        title=f"Roles entered from {title}", intent=V.CAREER_ENTRY, confidence=0.8,
        summary=f"{compose._names([role.title for role in roles])} {'takes' if len(roles) == 1 else 'take'} people from {title}.",
        sections=(Section(f"Roles that people come to from {title}",
                          tuple(Item(f"{role.title} (comes from {title})") for role in roles)),),
        roles=tuple(role.title for role in roles),
        sources=tuple(dict.fromkeys(link.source for link in links)),
    )

