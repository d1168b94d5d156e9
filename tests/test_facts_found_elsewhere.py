"""A recruiter asks for something a posting says outside the section one
would look in first.

"Does it need a degree" is answered by the line closing the hiring process;
"benefits" by every item of a "Compensation & benefits" section but its
salary sentence; "is it seasonal" by the employment-type field; "what does
<company> do" by the company's own line before its roles; and a level of a
job family asked for its interview loop gets the loop the family's page
gives for all its levels.

The documents are small, written here.
"""

import pytest

from bot import ANSWER
from tests.postings import ask, assistant_on

FIELD_TECHNICIAN = """\
# Orchard Robot Technician

**Company:** Pomewood Robotics
**Location:** Yakima, WA
**Employment type:** Seasonal (May - September)

## About Pomewood Robotics
Pomewood Robotics builds robots that thin apple blossoms for family orchards. We are 60 people.

## Responsibilities
- Run the robots on partner orchards every morning
- Log every fault with photos

## Requirements
- 1+ year repairing farm machinery

## Compensation & benefits
The base pay is $26 – $32 per hour, paid weekly.
- Medical and dental insurance from your first day
- 401(k) with a 4% company match
- Paid time off for every month worked

## Hiring process
1. Phone screen with the field lead
2. A morning on an orchard with the team
We do not require a degree; equivalent practical experience is just as welcome.
"""

SUPPORT_LADDER = """\
<html><head><title>Support career levels</title></head><body>
<h1>Support career levels</h1>
<p>The levels of customer support at Pomewood Robotics.</p>
<h2>Levels</h2>
<ul><li>Support Specialist</li><li>Senior Support Specialist</li></ul>
<h2>Interview loop for all support levels</h2>
<ol><li>Recruiter screen</li><li>Written ticket exercise</li><li>Team conversation</li></ol>
<h2>Support Specialist</h2>
<h3>Responsibilities</h3><ul><li>Answer orchard owners' tickets</li></ul>
<h3>Salary</h3><p>$50,000 – $60,000</p>
<h2>Senior Support Specialist</h2>
<h3>Responsibilities</h3><ul><li>Own the support knowledge base</li></ul>
<h3>Salary</h3><p>$62,000 – $72,000</p>
</body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    assistant = assistant_on({"orchard-technician.md": FIELD_TECHNICIAN, "support-levels.html": SUPPORT_LADDER},
                             tmp_path_factory.mktemp("elsewhere-documents"))
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_degree_question_finds_the_line_closing_the_hiring_process(assistant):
    answer, text = ask(assistant, "does the orchard robot technician need a degree?")

    assert answer.kind == ANSWER and answer.intent == "education"
    assert "We do not require a degree" in text
    assert "don't cover" not in text


def test_benefits_under_a_shared_heading_are_shown_whole_without_the_pay(assistant):
    answer, text = ask(assistant, "orchard robot technician benefits")

    assert answer.kind == ANSWER and answer.intent == "benefits"
    assert "401(k) with a 4% company match" in text
    assert "Medical and dental insurance" in text and "Paid time off" in text
    assert "$26" not in text


def test_a_word_of_a_field_is_answered_by_that_field(assistant):
    answer, text = ask(assistant, "is the orchard robot technician job seasonal?")

    assert answer.kind == ANSWER and answer.roles == ("Orchard Robot Technician",)
    assert "Seasonal (May - September)" in text
    assert "Run the robots" not in text


def test_what_a_company_does_comes_before_its_roles(assistant):
    answer, text = ask(assistant, "what does pomewood robotics do?")

    assert answer.intent == "about_the_company"
    assert "Pomewood Robotics builds robots that thin apple blossoms" in text
    assert "Orchard Robot Technician" in answer.roles


def test_a_level_asked_for_its_interview_loop_gets_the_familys_loop(assistant):
    answer, text = ask(assistant, "what's the interview loop for a support specialist")

    assert answer.kind == ANSWER and answer.roles == ("Support Specialist",)
    assert "Written ticket exercise" in text
    assert "don't cover" not in text


def test_a_place_named_beside_the_role_says_which_posting_not_that_its_location_is_asked(assistant):
    answer, text = ask(assistant, "what's the orchard robot technician job in yakima about")

    assert answer.kind == ANSWER and answer.intent == "overview"


def test_a_question_with_words_of_its_own_gets_the_facts_that_use_them(assistant):
    answer, text = ask(assistant, "what about fault photos for the orchard robot technician?")

    assert answer.kind == ANSWER and answer.roles == ("Orchard Robot Technician",)
    assert "Log every fault with photos" in text
    assert "Run the robots on partner orchards" not in text


def test_words_the_question_negates_are_not_looked_for(assistant):
    answer, text = ask(assistant, "what's the orchard robot technician position (not the partner one)?")

    assert answer.kind == ANSWER and answer.intent == "overview"


def test_roles_that_dont_mention_a_word_are_the_others(assistant):
    answer, text = ask(assistant, "which roles don't mention photos?")

    assert answer.kind == ANSWER
    assert "Support Specialist" in answer.roles and "Orchard Robot Technician" not in answer.roles


def test_roles_with_no_location_listed_are_those_whose_documents_state_none(assistant):
    answer, text = ask(assistant, "which roles have no location listed")

    assert set(answer.roles) == {"Support Specialist", "Senior Support Specialist", "Support career levels"}


def test_a_search_for_alternatives_finds_the_roles_that_mention_either(assistant):
    answer, text = ask(assistant, "which roles mention photos or tickets")

    assert {"Orchard Robot Technician", "Support Specialist"} <= set(answer.roles)


def test_two_roles_compared_on_words_of_the_question_show_each_ones_facts_using_them(assistant):
    answer, text = ask(assistant, "fault photos: orchard robot technician vs support specialist")

    assert answer.intent == "compare"
    assert answer.roles == ("Orchard Robot Technician", "Support Specialist")
    assert "Log every fault with photos" in text
    assert "not mentioned in its documents" in text  # the support specialist says nothing of it
