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
    pointed = any(w in BACKGROUND_NOUNS and i and words[i - 1] in POINTING_WORDS
                  or w in {"that", "this"} and words[i + 1:i + 2] == ["as"]  # "lists that as an entry point"
                  for i, w in enumerate(words))
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


# The asker as the one moving: "which of your roles would *I* move into?", "where can *I* go next?"
ASKER_WORDS = {"i", "me", "my", "i'm", "im"}
# Ways the asker opens saying their own title: "I'm a …", "I am a …", "as a …".
_OWN_TITLE_OPENINGS = (("i'm",), ("im",), ("i", "am"), ("as",), ("i", "work", "as"))


def answer(assistant, r: Reading, recall) -> Answer | None:
    """The roles whose paths take people from the candidate's title, when the
    question asks for them and the conversation knows that title; or from
    the asker's own title, when they ask where they could move; None else."""
    if (moving := _asker_moving(assistant, r)) is not None:
        return moving
    if not asks_from_background(r) or (context := recall()) is None or not context.candidate_told:
        return None
    title = candidate_title(assistant, context.candidate_told)
    if title is None:
        return None
    r.used_context = True
    r.candidate_years, r.candidate_told = context.candidate_years, context.candidate_told
    r.decision = f"the roles people come to from the candidate's title, {title}"
    return _entered_from(assistant, title)


def _asker_moving(assistant, r: Reading) -> Answer | None:
    """"Senior Staff Engineer here - which of your roles would I move into?",
    "I'm a Principal Software Engineer, where can I go next?": the asker's own
    title, one the store has no role of, asked where it leads here: the
    roles whose paths people come to from it (and "and then?" goes on from
    them). None when no role's path names it: the other rules say so."""
    words = [t.text for t in r.tokens if not t.brk]
    if r.roles or r.ambiguous is not None or not set(words) & ASKER_WORDS \
            or not (r.intents.has(V.CAREER_ENTRY) or r.intents.has(V.CAREER_NEXT)):
        return None
    title = own_title(assistant, r, words)
    if title is None:
        return None
    found = _entered_from(assistant, title)
    if not found.roles:
        return None
    r.decision = f"the roles people come to from the asker's own title, {title}"
    return found


def own_title(assistant, r: Reading, words: list[str]) -> str | None:
    """The title the asker said is theirs: before "here" ("X here -"), or
    opening the question ("I'm a X, …"); a title only career paths name."""
    if r.asker:
        said = assistant.read(r.asker, assistant._role_index(assistant.knowledge.version))
        return said.titles_without_profile[0] if said.titles_without_profile and not said.roles else None
    opens = any(tuple(words[:len(o)]) == o for o in _OWN_TITLE_OPENINGS)
    return r.titles_without_profile[0] if opens and len(r.titles_without_profile) == 1 else None


def _entered_from(assistant, title: str) -> Answer:
    """The roles whose career paths say people come to them from `title`."""
    links = assistant.knowledge.career_links(kind=S.CAREER_ENTRY, title_key=role_key(title), limit=LINKS_READ)
    roles = list({role.id: role for role in (assistant.knowledge.role(link.role_id) for link in links)
                  if role is not None}.values())
    if not roles:
        return Answer(title=f"Roles entered from {title}", intent=V.CAREER_ENTRY, confidence=0.8,
                      summary=f"No role's career path names {title} as a way in.")
    return Answer(
        title=f"Roles entered from {title}", intent=V.CAREER_ENTRY, confidence=0.8,
        summary=f"{compose._names([role.title for role in roles])} {'takes' if len(roles) == 1 else 'take'} people from {title}.",
        sections=(Section(f"Roles that people come to from {title}",
                          tuple(Item(f"{role.title} (comes from {_as_written(assistant, role.id, title)})")
                                for role in roles)),),
        roles=tuple(role.title for role in roles),
        sources=tuple(dict.fromkeys(link.source for link in links)),
    )



def ways_in(assistant, title: str, links) -> dict[int, str]:
    """Of the career `links` to `title`, the roles it is a way into, each
    with that way in as its document writes it: only as many as an answer
    lists (`compose.MAX_LISTED_ROLES`), each a role's profile read, where a
    common title may be the way into thousands."""
    roles = list(dict.fromkeys(link.role_id for link in links if link.kind == S.CAREER_ENTRY))
    return {role_id: _as_written(assistant, role_id, title) for role_id in roles[:compose.MAX_LISTED_ROLES]}


def _as_written(assistant, role_id: int, title: str) -> str:
    """The way in as the role's document writes it ("Junior Engineer /
    Associate Engineer"), the title among others; the title alone else."""
    profile = assistant._profile(role_id)
    said = title.casefold()
    return next((fact.text for fact in (profile.section(S.CAREER_ENTRY) if profile else ())
                 if said in fact.text.casefold()), title)
