"""Single questions whose words were read for the wrong thing (bank thirteen's
kinds, in wordings of our own): a state of the openings searched as a term
("which *open* roles …"), being paged not known as on-call, the asker's own
"what do I tell them" read as the role's duties, "coding languages" read as
coding, an interview stage not known as interviewing, a verb of summing up
winning over the fact it sums up, the writing an answer goes into read as a
topic, a figure weighed against the band, "top 2" read as $2,000, and a
scene-setting sentence before "which roles are there?"."""

import pytest

from tests.postings import ask


@pytest.mark.parametrize("question", [
    "any open positions that need kafka?",
    "which current reqs mention kafka",
    "our live openings with kafka",
])
def test_a_word_saying_the_roles_are_open_is_not_searched_for(assistant, question):
    answer, text = ask(assistant, question)

    assert {"Expert Software Engineer", "Lead Back End Engineer"} <= set(answer.roles)
    assert "Global Lead Engineer" not in answer.roles
    assert "Roles that mention kafka" in text


def test_the_longest_career_to_date_is_the_most_experience(assistant):
    answer, text = ask(assistant, "of the open jobs, which asks for the longest career to date")

    assert "12-18" in text and text.index("Global Lead Engineer") < text.index("Engineer:")


@pytest.mark.parametrize("question", [
    "would our lead backend engineer get paged on weekends?",
    "lead back end engineer - do they get paged out of hours",
])
def test_being_paged_is_being_on_call(assistant, question):
    answer, text = ask(assistant, question)

    assert "on-call rotation" in text


@pytest.mark.parametrize("question", [
    "what do I tell the candidate about the expert software engineer and the pager rotation",
    "a candidate asked me if the expert software engineer is in the pager rotation, what do we tell him",
])
def test_what_the_asker_should_say_back_asks_nothing_of_the_role(assistant, question):
    answer, text = ask(assistant, question)

    assert "final point of escalation" in text
    assert "perks" not in answer.title


@pytest.mark.parametrize("question", [
    "which code languages does the lead back end engineer use",
    "lead backend engineer: development languages?",
])
def test_languages_said_without_programming_are_its_hard_skills(assistant, question):
    answer, text = ask(assistant, question)

    assert "Node.js" in text


@pytest.mark.parametrize("question", [
    "how do I structure the coding interview for a lead backend engineer",
    "prepping the system design round for the lead back end engineer",
])
def test_a_stage_of_the_interviews_asks_for_interviewing_advice(assistant, question):
    answer, text = ask(assistant, question)

    assert "whiteboard" in text


@pytest.mark.parametrize("question", [
    "can you outline the key duties of the expert software engineer",
    "describe the expert software engineer's core responsibilities",
])
def test_summing_up_one_fact_answers_that_fact(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.intent == "primary_responsibilities"
    assert "fault-tolerant" in text


@pytest.mark.parametrize("question", [
    "explain the engineer's responsibilities",
    "could you explain the responsibilities of the engineer",
])
def test_the_verb_summing_up_is_no_word_to_look_for(assistant, question):
    # the Engineer's own document speaks of "explaining technical concepts" (a soft skill):
    # the verb asks the duties in short, it is not what the duties should mention
    answer, text = ask(assistant, question)

    assert answer.intent == "primary_responsibilities"
    assert "explaining technical concepts" not in text


def test_the_writing_an_answer_goes_into_is_no_topic_of_the_role(assistant):
    answer, text = ask(assistant, "what does the global lead engineer own, for a recruiting memo")

    assert [section.title for section in answer.sections] == ["Primary responsibilities"]


@pytest.mark.parametrize("question", [
    "is 160k below the range for an expert software engineer?",
    "we want to offer the expert software engineer 300k, is that outside the band",
])
def test_a_figure_weighed_against_the_band_asks_the_pay(assistant, question):
    answer, text = ask(assistant, question)

    assert "$180,000 - $275,000" in text


@pytest.mark.parametrize("question", ["top 3 roles by max pay", "best 2 jobs by salary ceiling"])
def test_a_number_after_top_counts_roles(assistant, question):
    answer, text = ask(assistant, question)

    assert "at most $" not in text and "No role mentions" not in text
    assert text.index("Expert Software Engineer") < text.index("Lead Back End Engineer")


@pytest.mark.parametrize("question", ["bottom 2 roles on pay?", "pay: the last three roles", "lowest three jobs by salary"])
def test_a_number_after_bottom_counts_roles_from_the_low_end(assistant, question):
    """"bottom 2" counts roles as "top 2" does, the lowest paid first; it is
    no term to search the documents for."""
    answer, text = ask(assistant, question)

    assert "No role mentions" not in text and "lowest first" in text
    assert text.index("Lead Back End Engineer") < text.index("Expert Software Engineer")


@pytest.mark.parametrize("question", [
    "Started on the recruiting team this week! what roles do you have?",
    "I'm new on the team and still onboarding. which roles are there?",
])
def test_a_scene_set_before_asking_for_the_roles_gets_the_list(assistant, question):
    answer, text = ask(assistant, question)

    for title in ("Engineer", "Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"):
        assert title in answer.roles
    assert "mention" not in text


@pytest.mark.parametrize("question", [
    "which role's job is it to run incident post-mortems",
    "which role is it that speaks at conferences",
])
def test_it_standing_for_the_clause_after_it_points_at_no_role(assistant, question):
    answer, text = ask(assistant, question)

    assert "Global Lead Engineer" in answer.roles
    assert "Roles that mention" in text
    assert "I don't have the role" not in text
