"""A word that says what is asked, read as a title's word, against the role the question names.

Titles hold words questions ask about: "Assistant Manager (Weekend Contract)" holds
"weekend", the "Night Porter" "night". "does the wislane driver get weekends off?" asks
the Wiślane driver's hours: the facet word alone, loosely matching another company's
title, must not outweigh the role the question names, nor the company whose only role
it is. The driver's posting is in Polish, so "driver" is no word of its title; but a
company with one role, named beside a noun for a person at work, names that role.
"""

from bot import vocabulary as V
from bot.qualifiers import COMPANY, PLACE
from bot.roles import Mention


def drop_facet_mentions(mentions: list[Mention], used: list[bool], qualifiers, accept: float) -> None:
    """Removes from `mentions` each one of a single word that fits no role well (below
    `accept`) when the question names its role otherwise: a company none of whose
    roles it fits ("the vale verde nursing technician" is no Wind Turbine Service
    Technician), or, for a word an intent phrase took ("weekends", "shifts"), another
    mention fitting well."""
    scopes = [q.role_ids for q in qualifiers if q.kind == COMPANY]
    named = {id(m) for m in mentions if m.profiled() and m.profiled()[0].score >= accept}
    for mention in list(mentions):
        profiled = mention.profiled()
        if not profiled or profiled[0].score >= accept:
            continue
        single = mention.end - mention.start == 1  # "wind turbine" names its role whatever company is named
        elsewhere = single and used[mention.start] and named - {id(mention)}
        outside = single and bool(scopes) and not any(c.title.role_id in scope for c in profiled for scope in scopes)
        if elsewhere or outside:
            mentions.remove(mention)


def sole_company_role(tokens, mentions: list[Mention], used: list[bool], qualifiers) -> tuple[int, int] | None:
    """The one role of the company the question names, when no mention names a role
    and a word beside it is a noun for a person at work, or every mention is a faint one of that role ("the wislane driver", "the
    truck driver job at wislane transport"; a title's word there was no title of the
    company's, `drop_facet_mentions`), with that word's token: (role id, token index);
    else None."""
    companies = [q for q in qualifiers if q.kind == COMPANY]
    if len(companies) != 1 or len(companies[0].role_ids) != 1:
        return None
    company = companies[0]
    if mentions:
        # words of its one role's title too faint to name it alone ("the veenwold facilities job" of a
        # "Hoofd Facilitaire Zaken (Facilities Manager)"), and of no other role: beside its company, that role
        only = next(iter(company.role_ids))
        if all(m.profiled() and all(c.title.role_id == only for c in m.profiled()) for m in mentions):
            return only, mentions[0].start
        return None
    for i, token in enumerate(tokens):
        if token.brk or used[i] or company.start <= i < company.end:
            continue
        if token.text not in V.FUNCTION_WORDS and len(token.text) > 3 \
                and token.text.endswith(V.AGENT_NOUN_ENDINGS):
            return next(iter(company.role_ids)), i
    return None


# A noun for one job, said after a place: "the canal wharf job", "the salmon weir role".
JOB_NOUNS = {"job", "role", "gig", "position", "post", "vacancy", "opening", "posting", "jd", "req"}
# How far after the place that noun may stand: "the recife call centre job".
JOB_NOUN_REACH = 3


def sole_place_role(tokens, mentions: list[Mention], qualifiers) -> tuple[int, int] | None:
    """The one role posted at the place the question names, when no mention names a
    role and a noun for one job follows the place ("where's the canal wharf job": a
    site, a pub, a branch that only one posting gives as its location), with that
    noun's token: (role id, token index); else None. A plural ("which roles are in
    nairobi") or a job before the place ("is there a job in nairobi") asks across roles."""
    places = [q for q in qualifiers if q.kind == PLACE]
    if mentions or len(places) != 1 or len(places[0].role_ids) != 1 or any(q.kind == COMPANY for q in qualifiers):
        return None
    place = places[0]
    for i in range(place.end, min(place.end + JOB_NOUN_REACH, len(tokens))):
        if tokens[i].brk:
            return None
        if tokens[i].text in JOB_NOUNS:
            return next(iter(place.role_ids)), i
    return None


# Nouns for a company's people in general, no job's title: "what benefits do kittiwake
# seasonal staff get" asks of every role the company has.
PEOPLE_WORDS = {"staff", "employees", "employee", "workers", "worker", "people", "hires", "colleagues",
                "workforce", "personnel", "starters"}


def company_people(tokens, mentions: list[Mention], qualifiers) -> set[int]:
    """The tokens of `PEOPLE_WORDS` in a question naming a company and no role:
    its people, not a title the store lacks."""
    if mentions or not any(q.kind == COMPANY for q in qualifiers):
        return set()
    return {i for i, token in enumerate(tokens) if not token.brk and token.text in PEOPLE_WORDS}
