"""Recruiters ask what the banks ask, in words the banks never used (issue 19):
"paid time off" is no question about pay, "earnings" are the salary, "reasons
to reject" a candidate are the red flags, "8 years minimum" is a threshold
said after its number, a range "reaching 18 years" is compared at its top,
and "would a physics graduate be ok for the engineer job" keeps the verb "be".
Each family of words is one story, on the seeds."""

import pytest

from bot import open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question", [
    "how much paid time off does the lead backend engineer get?",
    "lead backend engineer annual leave?",
    "days off for the lead backend engineer",
])
def test_time_off_is_a_perk_not_the_pay(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Lead Back End Engineer",)
    assert "Flexible PTO" in text
    assert "$160,000" not in text


@pytest.mark.parametrize("question", [
    "yearly earnings of a lead backend engineer?",
    "what's the take home for a lead backend engineer",
])
def test_earnings_are_the_salary(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "salary"
    assert "160,000" in text and "220,000" in text


@pytest.mark.parametrize("question", [
    "what are reasons to reject a lead backend candidate",
    "when should I turn down a lead backend candidate?",
])
def test_reasons_to_say_no_to_a_candidate_are_the_red_flags(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "hiring_advice"
    assert "can't explain their past architectural decisions" in text


@pytest.mark.parametrize("question, shown", [
    ("describe an engineer's daily work", "full software development lifecycle"),
    ("expert software engineer main functions", "fault-tolerant"),
])
def test_the_work_itself_as_a_noun_is_the_responsibilities(assistant, question, shown):
    answer, text = ask(assistant, question)
    assert answer.intent == "primary_responsibilities"
    assert shown in text


def test_growing_in_the_role_asks_where_it_leads(assistant):
    answer, text = ask(assistant, "candidate asks: if I join as lead backend engineer, how can I grow?")
    assert answer.intent == "career_next"
    assert "Principal Engineer" in text and "Engineering Manager" in text


def test_a_plain_language_ask_after_a_long_story_is_the_overview(assistant):
    answer, text = ask(assistant, "ok so a hiring manager keeps chasing me, we opened a new req today and I have "
                                  "zero backend background (I usually hire sales people). in simple words, what "
                                  "is a Lead Back End Engineer?")
    assert answer.intent == "overview"
    assert "architectural conscience" in text


@pytest.mark.parametrize("question", [
    "roles that talk about SLOs or error budgets",
    "which roles discuss SLOs?",
])
def test_other_verbs_of_mentioning_are_not_searched_for(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "reverse_search"
    assert "Global Lead Engineer" in text
    assert "talk" not in answer.title.casefold() and "discuss" not in answer.title.casefold()


def test_how_a_role_is_done_is_not_searched_for(assistant):
    _answer, text = ask(assistant, "which roles can be done remotely")
    assert "Lead Back" in text
    assert "done" not in text.split("\n")[0]


def test_a_floor_said_after_the_years_is_a_threshold_across_roles(assistant):
    answer, text = ask(assistant, "which roles require 8 years minimum")
    assert answer.roles != ("Lead Back End Engineer",)  # not one role's experience
    assert "10-15" in text and "12-18" in text


def test_a_range_reaching_a_number_of_years_is_compared_at_its_top(assistant):
    _answer, text = ask(assistant, "which role has an experience range reaching 18 years?")
    assert "Global Lead Engineer" in text


def test_an_amount_with_no_comparing_word_counts_itself(assistant):
    """Global Lead Engineer's range tops out at 250k: it "can pay 250k"."""
    _answer, text = ask(assistant, "roles that can pay 250k")
    assert "Global Lead Engineer" in text and "Expert Software Engineer" in text


def test_be_after_a_graduate_is_the_verb_not_the_back_end(assistant):
    answer, text = ask(assistant, "would a data science graduate be ok for the engineer job?")
    assert answer.roles == ("Engineer",)
    assert "Lead Back End Engineer" not in text
    assert "Data Science / Applied Mathematics" in text


@pytest.mark.parametrize("question, shown, hidden", [
    ("what roles are above expert software engineer on the ladder", "Chief Architect", "Senior Software Engineer"),
    ("career step below the expert software engineer?", "Senior Software Engineer", "Chief Architect"),
])
def test_a_word_of_direction_before_the_role_turns_its_career_path_that_way(assistant, question, shown, hidden):
    _answer, text = ask(assistant, question)
    assert shown in text and hidden not in text


@pytest.mark.parametrize("question, first, left_out", [
    ("which role pays the least, other than the engineer", "Lead Back End Engineer", "Engineer"),
    ("highest paid role besides expert swe", "Global Lead Engineer", "Expert Software Engineer"),
    ("which role pays the most apart from the expert software engineer", "Global Lead Engineer",
     "Expert Software Engineer"),
])
def test_a_role_set_aside_is_left_out_of_the_ranking_not_answered(assistant, question, first, left_out):
    """Asked of every role but one, the answer is never that one role's facts."""
    answer, text = ask(assistant, question)
    assert answer.roles != (left_out,)
    assert f"{first} pays" in text
    assert not any(line.lstrip("- ").startswith(left_out) for line in text.splitlines())


def test_a_role_set_aside_is_left_out_of_a_search(assistant):
    _answer, text = ask(assistant, "which roles need kafka, not counting the lead backend engineer")
    assert "Expert Software Engineer" in text
    assert "Lead Back End Engineer" not in text


@pytest.mark.parametrize("question", [
    "does the global lead engineer collaborate with teams in other countries?",
    "is the global lead engineer working with teams abroad?",
])
def test_working_across_borders_finds_the_dispersed_teams(assistant, question):
    """"countries" is a word of its own, not the verb "count" made longer."""
    answer, text = ask(assistant, question)
    assert answer.roles == ("Global Lead Engineer",)
    assert "geographically dispersed teams" in text


@pytest.mark.parametrize("question, intent", [
    ("what programmes of study suit the engineer role", "education"),
    ("whats the organisation expecting from a GLE in terms of behaviour", "soft_skills"),
    ("summarise the lead backend engineer", "overview"),
])
def test_british_spellings_read_as_the_american_ones(assistant, question, intent):
    answer, _text = ask(assistant, question)
    assert answer.intent == intent


@pytest.mark.parametrize("question, intent", [
    ("expert software engineer: key accountabilities", "primary_responsibilities"),
    ("what licences or certs does the engineer need", "education"),
])
def test_the_words_of_uk_job_descriptions_and_clipped_certs(assistant, question, intent):
    answer, _text = ask(assistant, question)
    assert answer.intent == intent


def test_a_career_word_beside_one_way_asks_that_way(assistant):
    answer, text = ask(assistant, "what is the career after the global lead engineer position")
    assert answer.intent == "career_next"
    assert "Chief Architect" in text
    assert "Principal Software Engineer" not in text  # where people come from


@pytest.mark.parametrize("question, first, measure", [
    ("who earns more than the lead backend engineer", "Expert Software Engineer pays the most", "Lead Back End Engineer"),
    ("roles that pay less than the global lead engineer", "Lead Back End Engineer pays the least", "Global Lead Engineer"),
    ("which roles need fewer years than the GLE", "Engineer needs the least experience", "Global Lead Engineer"),
])
def test_a_role_held_up_as_the_measure_ranks_the_others_against_it(assistant, question, first, measure):
    """"More than the lead backend engineer" asks about the others, not about that role alone."""
    answer, text = ask(assistant, question)
    assert answer.roles != (measure,)
    assert first in text and measure in text
