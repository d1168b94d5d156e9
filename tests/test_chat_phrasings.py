"""Recruiters in chat write the way they type: "w/o" and "w/", a back-end
lead called "lead be", a bare "roles?" for the list, and a negation put in
front of a threshold ("which roles don't need 10+ yrs"). Each story is
asked of the seeds and checked on what the answer says."""

import pytest

from bot import open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


def test_without_written_w_slash_o_asks_for_the_roles_that_lack_it(assistant):
    answer, text = ask(assistant, "roles w/o pulumi")
    assert "Global Lead Engineer" in text and "Lead Back End Engineer" in text
    assert "Expert Software Engineer" not in answer.roles


def test_with_written_w_slash_is_not_part_of_what_is_searched(assistant):
    answer, text = ask(assistant, "count of roles w/ graphql")
    assert answer.intent == "reverse_search"
    assert "Lead Back End Engineer" in text and "w/" not in answer.title


@pytest.mark.parametrize("question", [
    "lead be - summary?",
    "years of leadership for the lead be role?",
    "interviewing a lead be candidate tmrw, what red flags should i watch for",
])
def test_lead_be_in_lower_case_is_the_back_end_lead(assistant, question):
    answer, _text = ask(assistant, question)
    assert answer.roles == ("Lead Back End Engineer",)


def test_the_verb_be_after_lead_stays_a_verb(assistant):
    """"should the lead be hands-on" names no back-end role by itself."""
    from bot.text import tokenize
    assert "backend" not in [t.text for t in tokenize("should the lead be hands-on")]


@pytest.mark.parametrize("question", [
    "roles?", "give me the role list", "list all the jds pls", "# of jds in the system?",
])
def test_a_noun_for_the_roles_with_only_list_words_lists_them(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "list_roles"
    for title in ("Engineer", "Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"):
        assert title in text


def test_how_many_roles_have_a_stated_pay_range_counts_those_that_state_it(assistant):
    """Three of the four roles state a pay range; the Engineer's salary line is blank."""
    answer, text = ask(assistant, "how many roles have a stated pay range")
    assert set(answer.roles) == {"Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"}
    assert "3 of 4" in text


def test_a_negated_years_threshold_asks_for_the_roles_below_it(assistant):
    answer, text = ask(assistant, "which roles don't need 10+ yrs")
    assert set(answer.roles) == {"Engineer", "Lead Back End Engineer"}
    assert "3–7" in text and "12-18" not in text


def test_a_negated_pay_threshold_asks_for_the_ranges_that_stay_under_it(assistant):
    answer, text = ask(assistant, "roles not paying over 230k at the top")
    assert answer.roles == ("Lead Back End Engineer",)
    assert "220,000" in text


def test_no_more_than_is_a_ceiling_not_more_than(assistant):
    answer, text = ask(assistant, "which roles pay no more than 230k")
    assert answer.title == "Roles paying at most $230,000"


@pytest.mark.parametrize("question, role, shown", [
    ("k8s needed for expert swe?", "Expert Software Engineer", "Kubernetes"),
    ("CKA for engineer?", "Engineer", "Certified Kubernetes Administrator"),
    ("who does global lead present to", "Global Lead Engineer", "C-level executives"),
])
def test_a_short_form_or_initials_find_the_item_that_spells_them_out(assistant, question, role, shown):
    answer, text = ask(assistant, question)
    assert answer.roles == (role,) and answer.intent == "within_role"
    assert shown in text


@pytest.mark.parametrize("question, roles", [
    ("how many roles list no salary", ("Engineer",)),
    ("how many roles don't state a salary", ("Engineer",)),
    ("how many roles list benefits", ("Lead Back End Engineer",)),
])
def test_how_many_roles_with_a_facet_counts_those_that_state_it(assistant, question, roles):
    answer, text = ask(assistant, question)
    assert answer.intent != "list_roles"
    for title in roles:
        assert title in text
    assert "Global Lead Engineer" not in text


def test_equity_is_the_perk_when_the_pay_range_says_nothing_of_it(assistant):
    answer, text = ask(assistant, "is there equity for the lead backend engineer")
    assert answer.roles == ("Lead Back End Engineer",)
    assert "equity compensation" in text


@pytest.mark.parametrize("question", ["which role needs the least experience", "which is the most junior role"])
def test_the_most_junior_role_is_the_one_needing_the_least_experience(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "experience" and answer.roles[0] == "Engineer"
    assert "Engineer needs the least experience: 3–7" in text


def test_the_most_senior_role_needs_the_most_experience(assistant):
    answer, _text = ask(assistant, "most senior role?")
    assert answer.intent == "experience" and answer.roles[0] == "Global Lead Engineer"


@pytest.mark.parametrize("question", [
    "how is a lead backend engineer different from a backend architect",
    "lead backend - what's NOT their focus compared to a backend architect",
])
def test_another_title_beside_the_role_is_what_its_documents_say_of_it(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Lead Back End Engineer",) and answer.intent == "within_role"
    assert "A Backend Architect typically focuses more on high-level system design" in text


def test_a_title_the_candidate_once_held_is_no_role_asked_for(assistant):
    answer, text = ask(assistant, "ex solutions architect with 16 yrs, global lead a fit?")
    assert answer.roles == ("Global Lead Engineer",)
    assert "12-18" in text


def test_a_missing_role_beside_a_known_one_is_still_said_missing(assistant):
    _answer, text = ask(assistant, "compare lead backend engineer and security engineer")
    assert "I don't have the role “security engineer”" in text


def test_comparing_words_between_the_years_and_their_unit(assistant):
    answer, text = ask(assistant, "which roles need 10 or fewer yrs minimum")
    assert answer.title == "Roles needing at most 10 years"
    assert "Global Lead Engineer" not in answer.roles and "Engineer" in answer.roles


def test_ok_for_some_years_asks_which_roles_those_years_fit(assistant):
    answer, text = ask(assistant, "roles ok for someone w/ ~5 yrs exp")
    assert "Engineer" in answer.roles and "Global Lead Engineer" not in answer.roles
    assert "3–7" in text


@pytest.mark.parametrize("question", [
    "list roles with on-call duties",
    "which roles mention on-call",
    "my candidate hates on-call, which roles mention it so i can steer away",
])
def test_a_duty_named_like_a_facet_is_found_wherever_the_documents_say_it(assistant, question):
    answer, text = ask(assistant, question)
    assert set(answer.roles) == {"Expert Software Engineer", "Lead Back End Engineer"}


def test_a_facet_word_the_documents_never_use_for_it_is_not_found_elsewhere(assistant):
    """"contract" employment is not an API contract: only topic words are looked for beyond their facet."""
    answer, text = ask(assistant, "which roles are contract")
    assert answer.roles == ()


@pytest.mark.parametrize("question", ["best paying lead role", "which lead role pays the most"])
def test_a_superlative_of_a_shared_title_word_ranks_those_roles(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Global Lead Engineer", "Lead Back End Engineer")
    assert "Global Lead Engineer pays the most" in text and "275,000" not in text


def test_a_comparison_asked_in_a_sentence_each_says_what_each_role_is(assistant):
    answer, text = ask(assistant, "lead back end engineer vs global lead engineer in a sentence each")
    assert answer.intent == "compare"
    assert "The Lead Back End Engineer is a senior-level technical leader" in text
    assert "you will be the cornerstone of our technical leadership" in text


def test_a_hiring_manager_wanting_a_coding_people_manager_sees_the_team_size(assistant):
    answer, text = ask(assistant, "hm wants someone managing ~5 ppl while still coding, is lead backend the right req")
    assert answer.roles == ("Lead Back End Engineer",)
    assert "4-6 direct reports" in text


def test_screening_a_role_with_no_hiring_advice_shows_what_it_needs_and_says_so(assistant):
    answer, text = ask(assistant, "prepping a technical screen for a global lead engineer - what areas should I probe?")
    assert answer.roles == ("Global Lead Engineer",)
    assert "give no hiring advice" in text and "highly available systems" in text


def test_a_role_with_hiring_advice_still_gets_it(assistant):
    _answer, text = ask(assistant, "red flags when hiring a lead backend engineer")
    assert "resistance to code reviews" in text


@pytest.mark.parametrize("question", [
    "what roles r there", "what roles u got", "enumerate the roles", "which roles are tracked",
    "what do you cover", "whats available",
])
def test_the_list_asked_in_other_words(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "list_roles"
    assert "Global Lead Engineer" in text and "Lead Back End Engineer" in text


def test_roles_asked_with_a_facet_alone_are_those_whose_documents_state_it(assistant):
    answer, text = ask(assistant, "which roles have salaries")
    assert set(answer.roles) == {"Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"}
    assert answer.title == "Roles whose documents state their salary"


@pytest.mark.parametrize("question", ["is lead be an IC role", "does lead be do CI/CD"])
def test_lead_be_before_a_verb_of_its_own_is_still_the_back_end_lead(assistant, question):
    answer, _text = ask(assistant, question)
    assert answer.roles == ("Lead Back End Engineer",)


@pytest.mark.parametrize("question", ["should the lead be hands-on", "can a lead be remote", "will the lead be managing people"])
def test_be_after_the_lead_as_a_noun_stays_the_verb(question):
    from bot.text import tokenize
    assert "backend" not in [t.text for t in tokenize(question)]


@pytest.mark.parametrize("question", ["which roles offer equity", "roles with a 401k"])
def test_a_benefit_asked_across_roles_is_found_in_its_usual_spelling(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Lead Back End Engineer",)


def test_what_a_role_allows_is_searched_by_the_thing_not_the_verb(assistant):
    answer, text = ask(assistant, "candidate wants remote, which roles allow it")
    assert answer.roles == ("Lead Back End Engineer",) and "allow" not in answer.title


def test_a_plus_between_two_things_is_no_threshold(assistant):
    answer, _text = ask(assistant, "candidate has 9 yrs + team lead exp, which role fits")
    assert answer.title != "Roles needing at least 9 years"


@pytest.mark.parametrize("question, intent", [("promo path from engineer", "career_next"),
                                              ("diff between engineer and lead be", "compare")])
def test_clipped_words_recruiters_type(assistant, question, intent):
    answer, _text = ask(assistant, question)
    assert answer.intent == intent


@pytest.mark.parametrize("question", [
    "wat roles do u have", "gimme all the roles", "jd list", "roles in scope?", "which roles do we have docs for",
    "what positions can you talk about",
])
def test_the_list_in_chat_spelling(assistant, question):
    answer, _text = ask(assistant, question)
    assert answer.intent == "list_roles" and len(answer.roles) == 4


@pytest.mark.parametrize("question", ["show me the jd", "what's in a jd"])
def test_one_jd_asked_for_is_no_list(assistant, question):
    answer, _text = ask(assistant, question)
    assert answer.intent != "list_roles"


def test_v_between_two_roles_compares_them(assistant):
    answer, _text = ask(assistant, "lead be v global lead")
    assert answer.intent == "compare" and set(answer.roles) == {"Lead Back End Engineer", "Global Lead Engineer"}


@pytest.mark.parametrize("question, first", [("top paying jd", "Expert Software Engineer"),
                                             ("which jd pays worst", "Lead Back End Engineer"),
                                             ("highest ceiling?", "Expert Software Engineer")])
def test_a_superlative_of_pay_ranks_the_roles_whatever_they_are_called(assistant, question, first):
    answer, _text = ask(assistant, question)
    assert answer.intent == "salary" and answer.roles[0] == first


def test_ranked_by_the_low_end_when_the_question_names_it(assistant):
    answer, text = ask(assistant, "which roles tie for the highest starting salary?")
    assert set(answer.roles[:2]) == {"Expert Software Engineer", "Global Lead Engineer"}
    assert "tie for the most at the low end" in text and answer.roles[-1] == "Lead Back End Engineer"


@pytest.mark.parametrize("question, intent", [
    ("how much kafka does the lead be need", "within_role"),
    ("is there a bonus for expert swe", "salary"),
    ("what does a typical week look like for expert swe", "primary_responsibilities"),
])
def test_more_everyday_words_for_what_is_asked(assistant, question, intent):
    answer, _text = ask(assistant, question)
    assert answer.intent == intent and len(answer.roles) == 1


def test_a_threshold_typed_as_a_sign(assistant):
    answer, _text = ask(assistant, "roles paying < 200k at the bottom")
    assert answer.title == "Roles paying below $200,000"


@pytest.mark.parametrize("question, term", [("jds that dont mention python", "python"),
                                            ("roles minus the ones needing kubernetes", "kubernetes")])
def test_a_negated_search_looks_for_the_thing_not_the_noun_for_roles(assistant, question, term):
    answer, _text = ask(assistant, question)
    assert answer.title == f"Roles that don't mention {term}"


@pytest.mark.parametrize("question", ["jd for engineer", "engineer jd", "jd for engineer with kafka focus"])
def test_a_jd_asked_for_is_drafted_though_a_superlative_jd_is_a_role(assistant, question):
    answer, _text = ask(assistant, question)
    assert answer.intent == "job_description"


@pytest.mark.parametrize("question, shown, not_shown", [
    ("which job asks for the fewest years?", "3–7", "12-18"),
    ("best paid role?", "275,000", "160,000"),
])
def test_a_superlative_gives_the_figures_of_the_role_at_that_end_alone(assistant, question, shown, not_shown):
    _answer, text = ask(assistant, question)
    assert shown in text and not_shown not in text


def test_roles_tied_at_the_end_asked_are_all_named(assistant):
    """Expert and Global Lead both start at $180,000: neither is picked over the other."""
    _answer, text = ask(assistant, "which role has the best base at the bottom of the band")
    assert "Expert Software Engineer, Global Lead Engineer tie" in text and "160,000" not in text


def test_asked_to_rank_the_roles_every_one_is_listed(assistant):
    _answer, text = ask(assistant, "rank the roles from least to most experience")
    assert "3–7" in text and "8-12" in text and "10-15" in text and "12-18" in text


@pytest.mark.parametrize("question", [
    "Which role starts below one hundred seventy thousand dollars?",
    "which roles pay under a hundred and seventy thousand",
    "any role starting below one hundred and sixty-five k?",
])
def test_an_amount_said_in_words_is_the_amount(assistant, question):
    """Dictated questions say amounts in words; "hundred seventy thousand" was
    searched for as a term and no role found."""
    answer, text = ask(assistant, question)
    assert answer.roles == ("Lead Back End Engineer",)
    assert "Global Lead Engineer" not in text


@pytest.mark.parametrize("question", [
    "which roles don't mention a masters degree", "which roles don't mention a master's degree",
])
def test_a_degree_typed_without_its_apostrophe_is_the_degree_the_documents_write(assistant, question):
    """"masters degree" is "Master's degree" typed fast: the Expert Software Engineer
    alone never mentions one, with the apostrophe or without it."""
    answer, _text = ask(assistant, question)
    assert answer.roles == ("Expert Software Engineer",)


@pytest.mark.parametrize("question", [
    "which roles don't require a masters degree", "which roles don't require a master's degree",
])
def test_a_degree_not_required_is_read_from_each_roles_minimum(assistant, question):
    """Required is what a role asks at the minimum: each asks a bachelor's, so
    none requires a Master's (three only prefer one), and each minimum is shown."""
    answer, text = ask(assistant, question)
    assert len(answer.roles) == 4 and text.count("Bachelor") >= 4
