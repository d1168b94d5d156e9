"""Recruiters ask in ways RoleCall misread (issue 19, fifth round): engineers'
numeronyms ("a11y", "i18n") stand for the words the documents write; the
asker's own introduction ("sourcer here —", "I'm hiring for …", "before I level
this req") says who asks, not what; an overview asked in a few sentences or a
paragraph is the role's own summary, not its whole definition. Each family of
misreadings is one story, on the seeds, as the Slack and Teams adapters ask."""

import pytest

from tests.postings import ask, assistant_on


@pytest.mark.parametrize("question, said", [
    ("does the engineer role touch a11y or i18n at all?", "internationalization/localization"),
    ("any l10n work for the engineer?", "internationalization/localization"),
])
def test_numeronyms_are_the_words_they_shorten(assistant, question, said):
    answer, text = ask(assistant, question)

    assert answer.roles == ("Engineer",)
    assert said in text


@pytest.mark.parametrize("question", [
    "sourcer here — roles mentioning Ansible OR Pulumi?",
    "new sourcer here: which roles mention Ansible or Pulumi",
])
def test_the_asker_introducing_themselves_is_no_word_to_search_for(assistant, question):
    answer, text = ask(assistant, question)

    assert "No role mentions" not in text and "sourcer" not in text.casefold()
    assert {"Expert Software Engineer", "Global Lead Engineer"} <= set(answer.roles)


@pytest.mark.parametrize("question, role, said", [
    ("I'm hiring for the lead backend role — what is this person actually there for?",
     "Lead Back End Engineer", "senior-level technical leader"),
    ("before I level this req I'd like the one-paragraph version of what the expert software engineer does.",
     "Expert Software Engineer", "high-level architectural vision"),
])
def test_the_askers_own_recruiting_work_asks_nothing_of_the_role(assistant, question, role, said):
    answer, text = ask(assistant, question)

    assert answer.roles == (role,)
    assert text.startswith(f"{role}: overview") and said in text  # no hiring advice, no earlier roles


def test_the_askers_recruiting_work_said_alone_still_asks_it(assistant):
    _answer, text = ask(assistant, "I'm hiring a lead backend engineer, any tips?")
    assert text.startswith("Lead Back End Engineer: hiring advice")


@pytest.mark.parametrize("question", ["pto policy lead backend", "lead backend pto policy", "vacation rules lead backend?"])
def test_a_noun_for_how_a_facet_is_set_out_is_part_of_the_facet_not_of_a_title(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.roles == ("Lead Back End Engineer",)
    assert "Flexible PTO" in text and "I don't have the role" not in text


@pytest.mark.parametrize("question", [
    "Could you give me both the salary range and the work arrangement for the lead backend engineer?",
    "what is the salary, and where is the lead backend engineer based?",
])
def test_a_facet_the_roles_layout_lacks_asked_beside_another_is_answered_by_the_one_holding_it(assistant, question):
    _answer, text = ask(assistant, question)

    assert "$160,000" in text and "Remote/Hybrid" in text  # the place stands among the role's perks


@pytest.mark.parametrize("question", ["Does the lead back end engineer require a master's?",
                                      "is a master’s required for the lead backend engineer"])
def test_a_degree_asked_as_required_shows_the_side_that_names_it(assistant, question):
    _answer, text = ask(assistant, question)

    # "require" asks for the minimum, but the master's stands among the preferred: both are shown
    assert "Master’s degree in Computer Science" in text and "Bachelor's degree in a technical field" in text


def test_a_requirement_asked_without_naming_a_degree_is_still_the_minimum(assistant):
    _answer, text = ask(assistant, "what's the required degree for the lead back end engineer")
    assert "Bachelor's degree" in text and "Master’s" not in text


@pytest.mark.parametrize("question", [
    "observability tools: plain engineer vs expert — what's different?",
    "engineer versus expert, observability?",
])
def test_a_rank_word_set_against_a_role_by_vs_names_the_role_of_that_rank(assistant, question):
    answer, text = ask(assistant, question)

    assert set(answer.roles) == {"Engineer", "Expert Software Engineer"}
    assert "OpenTelemetry" in text and "Jaeger" in text


def test_a_rank_word_beside_a_title_with_no_vs_between_names_one_role(assistant):
    answer, text = ask(assistant, "what does an expert engineer earn?")
    assert answer.roles == ("Expert Software Engineer",) and "$180,000" in text


@pytest.mark.parametrize("question, role, title", [
    ("boolean string for global lead: which titles should I OR together?", "Global Lead Engineer",
     "Senior Engineering Team Lead"),
    ("x-ray search for the lead backend engineer, which titles to target?", "Lead Back End Engineer",
     "Senior Back End Engineer"),
])
def test_a_sourcers_search_asks_the_titles_people_come_from(assistant, question, role, title):
    answer, text = ask(assistant, question)

    assert answer.roles == (role,)
    assert text.startswith(f"{role}: where they come from") and title in text


def test_a_candidates_background_like_a_title_is_what_they_have_when_which_role_fits_is_asked(assistant):
    answer, text = ask(assistant, "candidate w/ 9 YOE, Node.js + GraphQL backend, led a squad of 5 — which req fits?")

    assert answer.roles[0] == "Lead Back End Engineer"
    assert "8-12" in text and "I don't have the role" not in text


def test_a_title_the_store_lacks_is_still_missing_when_no_candidate_is_told_of(assistant):
    _answer, text = ask(assistant, "which req fits a GraphQL backend engineer?")
    assert "I don't have the role" in text


@pytest.mark.parametrize("question", [
    "My candidate has 11 years but has never held a senior or lead role. Would the Expert Software Engineer "
    "hiring manager consider them?",
    "candidate with 11 yrs, no lead title yet - would the expert swe HM even look at her?",
])
def test_the_people_who_hire_judging_a_candidate_ask_whether_they_fit(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.roles == ("Expert Software Engineer",)
    assert "At least 5 years of experience in a senior or lead engineering role" in text
    assert "Lateral moves" not in text  # no "manager" of the role's moves, no hiring duties


def test_who_the_hiring_manager_is_is_still_asked_by_its_phrase(assistant):
    _answer, text = ask(assistant, "who is the hiring manager for the lead backend engineer?")
    assert "At least 5 years" not in text and "experience" not in text.splitlines()[0]


def test_a_candidate_told_of_part_by_part_is_checked_against_the_roles_facet_for_each_part(assistant):
    answer, text = ask(assistant, "Candidate: mechanical engineering degree, 5 yrs of embedded C++, wants a software job. "
                                  "Is the Engineer a fit?")

    assert answer.roles == ("Engineer",)  # no software engineer read across the full stop
    assert text.startswith("Engineer: education & experience")  # the degree, then the years, as told
    assert "Mechanical Engineering" in text and "3–7 years" in text


def test_what_a_candidate_lacks_is_shown_where_the_role_asks_it(assistant):
    answer, text = ask(assistant, "Candidate is a Solutions Architect, 15 yrs, hasn't coded hands-on for 5 years. "
                                  "Global lead fit?")

    assert answer.roles == ("Global Lead Engineer",)
    assert "Solutions Architect" in text and "12-18+" in text  # one of its ways in; its years
    assert "What the candidate lacks (hasn't coded hands-on for 5 years)" in text
    assert "through hands-on coding on critical components" in text


def test_a_full_stop_after_a_short_form_still_joins_its_title(assistant):
    answer, _text = ask(assistant, "Lead back end eng. salary?")
    assert answer.roles == ("Lead Back End Engineer",)


WTP_OPERATOR = """---
title: Water Treatment Plant Operator II
company: City of Larkmoor
---

## Duties

- Operate the membrane filtration plant on rotating shifts

## Licenses/Certifications

- Grade II Water Treatment Operator certification at time of application

## Salary

$65,353.60 - $83,428.80 Annually
"""


@pytest.fixture(scope="module")
def utility(tmp_path_factory):
    """A city's posting whose title ends in a level number."""
    opened = assistant_on({"wtp-operator.md": WTP_OPERATOR}, tmp_path_factory.mktemp("utility"))
    yield opened
    opened.knowledge.store.dispose()


@pytest.mark.parametrize("question, said", [
    ("annual salary for the larkmoor WTP operator", "$65,353.60"),
    ("what cert does the WTP operator 2 need", "Grade II Water Treatment Operator"),
])
def test_initials_before_a_titles_head_noun_name_it_though_a_level_number_ends_it(utility, question, said):
    answer, text = ask(utility, question)

    assert answer.roles == ("Water Treatment Plant Operator II",)
    assert said in text


LEAD_BARTENDER = """---
title: Lead Bartender
company: Gullwing Oyster Bar
---

## What you'll do

- Run the bar on the busiest five shifts of the week

## Requirements

- 3+ yrs behind a high-volume craft cocktail bar
- A current Washington MAST permit (Class 12)
- Food Worker Card

## Benefits

- $500 yearly education budget for certifications
- 403(b) with a 4% match after six months
"""

ICU_NURSE = """---
title: Pflegefachkraft Intensivstation
company: Sonnenhof Klinik
---

## Deine Aufgaben

- Pflege von beatmeten Patient:innen auf unserer Intensivstation

## Gehalt

€3.950 brutto/Monat (Vollzeit, 38,5 Std.) nach AVR Caritas
"""


@pytest.fixture(scope="module")
def other_trades(tmp_path_factory):
    """A bar's posting and a German hospital's, as other organisations write them."""
    opened = assistant_on({"lead-bartender.md": LEAD_BARTENDER, "icu-nurse.md": ICU_NURSE},
                          tmp_path_factory.mktemp("trades"))
    yield opened
    opened.knowledge.store.dispose()


def test_certs_asked_are_the_permits_and_cards_a_role_requires(other_trades):
    answer, text = ask(other_trades, "what certs does the bartender need")

    assert answer.roles == ("Lead Bartender",)
    assert "MAST permit" in text and "Food Worker Card" in text
    assert text.count("MAST permit") == 1


@pytest.mark.parametrize("question, role, said", [
    ("403b match for the lead bartender?", "Lead Bartender", "4% match"),
    ("ICU nurse sonnenhof gehalt?", "Pflegefachkraft Intensivstation", "€3,950"),
    ("gehalt pflegefachkraft?", "Pflegefachkraft Intensivstation", "€3,950"),
])
def test_pay_and_benefits_asked_in_other_words_than_english_postings_use(other_trades, question, role, said):
    answer, text = ask(other_trades, question)

    assert answer.roles == (role,)
    assert said in text


def test_a_boolean_string_the_asker_builds_from_the_facts_asked_is_their_purpose_not_the_ask(assistant):
    _answer, text = ask(assistant, "can you spell out the technical skills the global lead JD lists so I can build "
                                   "a boolean string?")

    assert "Terraform, CloudFormation, or Ansible" in text
    assert "where they come from" not in text


def test_applying_asked_beside_years_adds_no_hiring_advice_to_a_role_without_a_process(assistant):
    _answer, text = ask(assistant, "no degree but 15 years of experience - can they apply for expert swe?")
    assert "give no hiring advice" not in text
