"""Recruiters ask in their own words: "what does the orchard surveyor need?",
"what do you want in a data scientist?", "is the job seasonal?", "how long
is the contract", "what does Brackenfield do?". Companies are named whole,
even when their name holds an ordinary word ("Copperline Health") or an
ampersand ("Lumen & Reed"). Each question is read for what it asks, from
small postings written here."""

import pytest

from bot import ANSWER
from tests.postings import ask, assistant_on

ORCHARD_SURVEYOR = """---
title: Orchard Survey Technician
company: Brackenfield Agritech
location: Hereford, UK (on-site)
employment_type: Seasonal (May - September)
---

## About us

Brackenfield Agritech counts apples with drones for cider orchards across the Welsh Marches.

## What you'll do

- Fly the survey drone along each row at dawn
- Upload the tree counts before the noon sync

## Requirements

- A drone pilot's certificate
- Happy to walk twelve miles a day

## Salary

£14 - £16 per hour
"""

COPPERLINE_DATA_SCIENTIST = """---
title: Data Scientist
company: Copperline Health
location: Bristol, UK (Hybrid)
---

## About the role

Copperline Health forecasts ward occupancy for county hospitals. You will build the forecasting models.

## Requirements

- 3+ years of forecasting in Python
- Comfort with survival analysis

## Salary

£48,000 - £56,000 per year

## Benefits

- Private medical cover
- 30 days of holiday
"""

LUMEN_REED_BUYER = """---
title: Inventory Planner
company: Lumen & Reed
location: York, UK (on-site)
---

## About the role

Lumen & Reed sells handmade lamps from a converted mill. You will keep the glassworks stocked.

## What you'll do

- Forecast glass and brass orders each week
- Run the Friday stock count

## Requirements

- 2+ years planning stock for a manufacturer

## Salary

£30,000 - £36,000 per year
"""

TEST_CONTRACTOR = """---
title: Test Automation Contractor
company: Pellmark Systems
location: Remote (UK)
employment_type: Contract (9 months, may extend)
---

## What you'll do

- Write the end-to-end suite for our booking app

## Requirements

- 4+ years writing automated browser tests
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    opened = assistant_on({"orchard-surveyor.md": ORCHARD_SURVEYOR, "data-scientist.md": COPPERLINE_DATA_SCIENTIST,
                           "inventory-planner.md": LUMEN_REED_BUYER, "test-contractor.md": TEST_CONTRACTOR},
                          tmp_path_factory.mktemp("own-words"))
    yield opened
    opened.knowledge.store.dispose()


@pytest.mark.parametrize("question", [
    "what does the orchard survey technician need?",  # the role wants
    "what do you need for the orchard survey technician job?",  # wanted for the role
    "what does brackenfield want in an orchard survey technician?",  # the company wants, in the role
    "what are they looking for in an orchard survey technician",
])
def test_what_a_role_needs_in_plain_words_is_its_requirements(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.kind == ANSWER and answer.intent == "requirements", question
    assert "drone pilot's certificate" in text, question


def test_which_roles_need_something_is_still_a_search(assistant):
    answer, text = ask(assistant, "which roles need Python?")

    assert answer.intent == "reverse_search"
    assert answer.roles == ("Data Scientist",)


def test_a_need_with_its_own_facet_keeps_that_facet(assistant):
    answer, _text = ask(assistant, "how many years does the inventory planner need")

    assert answer.intent == "experience"


def test_a_company_name_holding_an_ordinary_word_asks_nothing_by_it(assistant):
    answer, text = ask(assistant, "what is the copperline health data scientist role about?")

    assert answer.intent == "overview"
    assert "ward occupancy" in text and "Private medical cover" not in text


@pytest.mark.parametrize("question", ["tell me about the lumen & reed inventory planner role",
                                      "what does the lumen and reed inventory planner do?"])
def test_a_company_name_with_an_ampersand_is_one_name(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.kind == ANSWER and answer.roles == ("Inventory Planner",), question
    assert answer.explanation["unknown_words"] == [], question


@pytest.mark.parametrize("question", ["what does brackenfield do?", "tell me about Brackenfield Agritech",
                                      "who is brackenfield"])
def test_a_company_named_alone_is_asked_about_from_its_postings(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.intent == "about_the_company", question
    assert "counts apples with drones" in text
    assert answer.sources == ("orchard-surveyor.md",)


def test_a_company_without_an_about_us_is_told_from_the_lines_that_name_it(assistant):
    answer, text = ask(assistant, "what does lumen & reed do?")

    assert answer.intent == "about_the_company"
    assert "handmade lamps" in text and "Friday stock count" not in text


def test_whats_open_at_a_company_still_lists_its_roles(assistant):
    answer, _text = ask(assistant, "what's open at brackenfield?")

    assert answer.intent == "list_roles"
    assert answer.roles == ("Orchard Survey Technician",)


@pytest.mark.parametrize("question", ["is the orchard survey technician job seasonal?",
                                      "is the orchard survey technician role temporary or permanent?"])
def test_a_seasonal_or_temporary_job_is_asked_as_its_employment_type(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.intent == "employment_type", question
    assert "Seasonal (May - September)" in text, question


@pytest.mark.parametrize("question", ["how long is the test automation contract",
                                      "how long is the assignment for the test automation contractor?"])
def test_how_long_with_a_contract_is_its_length_not_years_of_experience(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.intent == "employment_type", question
    assert "9 months" in text and "4+ years" not in text, question


def test_how_long_alone_is_still_years_of_experience(assistant):
    answer, _text = ask(assistant, "how long should a test automation contractor have been testing?")

    assert answer.intent == "experience"


@pytest.mark.parametrize("question", ["give me the full list of roles", "what JDs do you have loaded",
                                      "what job titles do you have info on", "how many JDs do you have"])
def test_asking_for_the_whole_list_in_other_words_lists_every_role(assistant, question):
    answer, _text = ask(assistant, question)

    assert answer.intent == "list_roles", question
    assert len(answer.roles) == 4, question


def test_asked_to_order_the_roles_it_ranks_them(assistant):
    answer, text = ask(assistant, "order the roles by years of experience")

    assert answer.kind == ANSWER and answer.roles[0] == "Test Automation Contractor"
    assert text.index("Test Automation Contractor") < text.index("Inventory Planner")


@pytest.mark.parametrize("question", ["which roles don't mention Python", "roles where python isn't mentioned"])
def test_a_search_turned_around_lists_the_roles_whose_documents_do_not_say_it(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.intent == "reverse_search", question
    assert set(answer.roles) == {"Orchard Survey Technician", "Inventory Planner", "Test Automation Contractor"}
    assert "Data Scientist" not in text, question


def test_roles_with_no_benefits_listed_are_those_whose_documents_state_none(assistant):
    answer, text = ask(assistant, "which roles have no benefits listed?")

    assert set(answer.roles) == {"Orchard Survey Technician", "Inventory Planner", "Test Automation Contractor"}
    assert "Data Scientist" not in text


def test_roles_that_are_not_remote_are_those_whose_location_does_not_say_so(assistant):
    answer, text = ask(assistant, "which roles aren't remote")

    assert set(answer.roles) == {"Orchard Survey Technician", "Data Scientist", "Inventory Planner"}
    assert "Test Automation Contractor" not in text


def test_a_search_for_one_thing_or_another_finds_the_roles_of_either(assistant):
    answer, text = ask(assistant, "which roles mention survival analysis or brass")

    assert answer.intent == "reverse_search"
    assert set(answer.roles) == {"Data Scientist", "Inventory Planner"}


def test_a_searched_phrase_no_document_writes_whole_is_found_where_all_its_words_are(assistant):
    answer, text = ask(assistant, "which roles mention Python forecasting")

    assert answer.roles == ("Data Scientist",)
    assert "forecasting in Python" in text


@pytest.mark.parametrize("question, roles", [
    ("which roles need fewer than 3 years?", {"Inventory Planner"}),
    ("roles needing 3 years or less", {"Inventory Planner", "Data Scientist"}),
    ("roles that can require more than 3 years of experience", {"Test Automation Contractor"}),
])
def test_a_threshold_in_years_filters_the_roles_by_their_experience_not_their_pay(assistant, question, roles):
    answer, text = ask(assistant, question)

    assert answer.intent == "experience", question  # a filter on the roles' experience
    assert set(answer.roles) == roles, question
    assert "£" not in text, question


@pytest.mark.parametrize("question, roles", [
    ("which roles pay 56k or more", {"Data Scientist"}),
    ("which roles can reach 36k", {"Data Scientist", "Inventory Planner"}),
])
def test_a_pay_threshold_said_with_or_more_or_reach_includes_the_amount_itself(assistant, question, roles):
    answer, _text = ask(assistant, question)

    assert set(answer.roles) == roles, question


KILN_OPERATOR = """Key Responsibilities and Required Skills for Kiln Operator

💰 $40,000 - $48,000

🎯 Role Definition

The Kiln Operator fires stoneware and porcelain batches for a pottery studio and keeps the kilns safe.
  • Every firing is logged the same way, cone by cone.

Core Responsibilities

Primary Functions

  • Load, fire and unload the gas kilns on the weekly schedule
  • Train apprentice potters in glaze safety and kiln loading
  • Log firing curves with pyrometric cones and thermocouples
  • Share the weekend on-call rota for overnight firings

Required Skills & Competencies

Hard Skills (Technical)

  • Reading pyrometric cones and adjusting gas pressure
  • Forklift licence for moving clay pallets

Soft Skills

  • Calm under pressure when a firing goes wrong
"""

KILN_TECHNICIAN = """Key Responsibilities and Required Skills for Kiln Technician

💰 $52,000 - $60,000

🎯 Role Definition

The Kiln Technician repairs the studio's kilns and rebuilds their burners.

Core Responsibilities

Primary Functions

  • Rebuild gas burners and replace worn elements

Required Skills & Competencies

Hard Skills (Technical)

  • Gas safety certificate

Soft Skills

  • Patient when tracing an intermittent fault
"""


@pytest.fixture(scope="module")
def profiled(tmp_path_factory):
    """A role described in the seeds' layout: sections of its own, no document headings to match."""
    opened = assistant_on({"kiln-operator.txt": KILN_OPERATOR, "kiln-technician.txt": KILN_TECHNICIAN},
                          tmp_path_factory.mktemp("profiled"))
    yield opened
    opened.knowledge.store.dispose()


@pytest.mark.parametrize("question, said", [
    ("who does the kiln operator train?", "Train apprentice potters"),
    ("does the kiln operator need a forklift licence?", "Forklift licence for moving clay pallets"),
    ("does the kiln operator use thermocouples", "pyrometric cones and thermocouples"),
    # a facet the seeds' layout has no section for is a topic like any other
    ("what's the on-call situation for a kiln operator?", "weekend on-call rota"),
])
def test_a_topic_asked_of_one_role_gets_the_facts_that_name_it(profiled, question, said):
    answer, text = ask(profiled, question)

    assert answer.kind == ANSWER and answer.roles == ("Kiln Operator",), question
    assert said in text, question
    assert "fires stoneware" not in text, question  # not the overview


def test_the_words_around_a_question_are_no_topic_of_it(profiled):
    answer, _text = ask(profiled, "is the kiln operator a normal way in, thinking about it later?")

    # "a way in" may be read as where the role starts from; never as a search for "way" or "later"
    assert answer.intent in ("overview", "career_entry")
    assert "way" not in answer.title and "later" not in answer.title


def test_a_question_about_the_role_itself_is_still_its_overview(profiled):
    answer, text = ask(profiled, "what's the kiln operator role about?")

    assert answer.intent == "overview"
    assert "fires stoneware" in text


@pytest.mark.parametrize("question, first", [("best paid of the kiln roles?", "Kiln Technician"),
                                             ("which kiln roles pay the least", "Kiln Operator")])
def test_a_word_several_titles_share_names_those_roles_to_rank(profiled, question, first):
    answer, text = ask(profiled, question)

    assert answer.kind == ANSWER, question
    assert answer.roles[0] == first and set(answer.roles) == {"Kiln Operator", "Kiln Technician"}, question


@pytest.mark.parametrize("question, intent", [
    ("as a kiln operator what would my job actually involve?", "primary_responsibilities"),
    ("apart from core duties, what does a kiln operator do?", "secondary_responsibilities"),
    ("list the lesser responsibilities of the kiln operator", "secondary_responsibilities"),
    ("what kind of leader should a kiln operator be?", "soft_skills"),
    ("what kind of teammate should a kiln operator be", "soft_skills"),
    ("does a kiln operator need time in a lead role before?", "experience"),
    ("what previous job titles should I target when sourcing kiln operators?", "career_entry"),
    ("candidate wants to know the growth path if they join as kiln operator", "career_next"),
    ("any learning budget for kiln operators?", "perks"),
    ("what should make me pass on a kiln operator candidate", "hiring_advice"),
    ("what disqualifies a kiln operator candidate", "hiring_advice"),
    ("what does a kiln operator's digital toolbox look like?", "hard_skills"),
    ("BS/MS needed for a kiln operator?", "education"),
    ("pref edu for kiln operator", "education"),
])
def test_recruiters_everyday_words_for_a_facet_ask_for_it(profiled, question, intent):
    answer, _text = ask(profiled, question)

    assert answer.roles == ("Kiln Operator",), question
    assert answer.intent == intent, question
