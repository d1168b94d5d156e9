"""Recruiters ask in ways RoleCall misread (issue 19, sixth round): a search
said with "nothing", "silent" or "omit" is a search for the roles lacking it;
"every role that …" asks of the whole store; a short common word with two
letters swapped ("teh", "hwo") is that word, not part of a title; a sourcer
asking which titles to hunt for asks where people come from; a candidate's
past title the store lacks is their background, not a role asked about. Each
family of misreadings is one story, on the seeds, with wordings of our own."""

import pytest

from tests.postings import ask


@pytest.mark.parametrize("question", [
    "which roles are silent on Kafka?",
    "any jobs that say nothing of Kafka",
    "show me the positions that omit Kafka",
    "which roles stay quiet about Kafka?",
])
def test_a_search_said_with_nothing_silent_or_omit_is_for_the_roles_lacking_it(assistant, question):
    answer, text = ask(assistant, question)

    assert set(answer.roles) == {"Engineer", "Global Lead Engineer"}
    assert "don't mention Kafka" in text


@pytest.mark.parametrize("question", [
    "I need every role that lists Jaeger.",
    "every position that names Jaeger",
    "every job naming Jaeger?",
])
def test_every_role_in_the_singular_asks_of_the_whole_store(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.roles == ("Expert Software Engineer",)
    assert "Roles that mention Jaeger" in text


@pytest.mark.parametrize("question, role, said", [
    ("hwo much does teh global lead engineer pay", "Global Lead Engineer", "250,000"),
    ("education for hte expert software engineer", "Expert Software Engineer", "equivalent practical experience"),
    ("waht degree does teh engineer need", "Engineer", "Mechanical Engineering"),
])
def test_a_short_common_word_with_two_letters_swapped_is_that_word(assistant, question, role, said):
    answer, text = ask(assistant, question)

    assert answer.roles == (role,)
    assert said in text and "I don't have the role" not in text


@pytest.mark.parametrize("question, role, said", [
    ("I'm sourcing for the Global Lead Engineer: what job titles should I hunt for?",
     "Global Lead Engineer", "Principal Software Engineer"),
    ("LinkedIn search for an engineer opening, which titles do I look for", "Engineer", "Software Developer"),
    ("which profiles should we target on LinkedIn for the expert swe req?",
     "Expert Software Engineer", "Staff Software Engineer"),
])
def test_titles_to_hunt_for_when_sourcing_are_the_roles_people_come_from(assistant, question, role, said):
    answer, text = ask(assistant, question)

    assert answer.roles == (role,)
    assert said in text and "where they come from" in text


@pytest.mark.parametrize("question", [
    "She spent 5 years as a Golang developer; which role should I slot her into?",
    "4 yrs as a Kotlin developer, which role should I place him in",
    "previously a PHP developer for 5 years — where should I put her?",
    "he was a Ruby developer for 5 yrs; which role do I slot him into",
])
def test_a_candidates_past_title_the_store_lacks_is_their_background(assistant, question):
    answer, text = ask(assistant, question)

    assert "I don't have the role" not in text
    assert "Engineer" in answer.roles and "3-7" in text


@pytest.mark.parametrize("question, role, said", [
    # a topic named: the role's own items about it, though no facet is about it
    ("how should I assess incident handling when interviewing an expert software engineer?",
     "Expert Software Engineer", "final point of escalation"),
    ("what should I dig into on on-call when I interview for expert swe", "Expert Software Engineer",
     "final point of escalation"),
    ("Global Lead Engineer interview: how would I test their experience with distributed teams?",
     "Global Lead Engineer", "globally distributed"),
    # no topic: what to screen for is what it needs, its skills and the experience it asks
    ("what areas should I probe when interviewing a Global Lead Engineer?", "Global Lead Engineer",
     "globally distributed"),
])
def test_an_interviewer_without_hiring_advice_probes_what_the_role_says_of_the_topic(assistant, question, role, said):
    answer, text = ask(assistant, question)

    assert answer.roles == (role,)
    assert said in text and "what to screen for" in text
