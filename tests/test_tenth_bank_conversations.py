"""Issue 19, a tenth bank written from the seeds alone (eval/dialogs_tenth_tuning.jsonl):
what a conversation should have carried and did not. An end of a pay range
("at the bottom", "top of their pay", "pay floors") is no rank and no role;
a level the facet on screen speaks of ("senior/lead level", "tech lead yrs")
is asked of that role, not of another role with "lead" in its title; "do the
same for X" asks the last question of X. Each family is one story, on the seeds."""

import pytest

from bot import Question, open_assistant
from tests.postings import render_text


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


def _talk(assistant, key):
    def say(text):
        answer = assistant.ask(Question(text, platform="test", conversation_key=key))
        return answer, render_text(answer)
    return say


def test_more_at_the_bottom_ranks_the_roles_shown_by_the_bottom_of_their_ranges(assistant):
    """After a comparison and "which pays more at the top", the hiring manager asks
    "and more at the bottom?": the same two roles, by where their ranges start."""
    say = _talk(assistant, "t10-bottom")
    say("compare lead backend and expert swe on-call")
    top, _text = say("which pays more at the top")
    assert top.roles[0] == "Expert Software Engineer"
    bottom, text = say("and more at the bottom?")
    assert bottom.roles[0] == "Expert Software Engineer" and "180,000" in text
    assert "Lead Back End Engineer" in bottom.roles


def test_the_top_of_their_pay_is_the_role_in_question_s_not_a_ranking_of_every_role(assistant):
    """Corrected to the Engineer, a recruiter asks the top of "their" pay: the
    Engineer states none, and no other role's range stands in for it."""
    say = _talk(assistant, "t10-top-of-their-pay")
    say("global lead languages")
    say("no wait, engineer")
    answer, text = say("ok and top of their pay?")
    assert answer.roles == ("Engineer",)
    assert not any(amount in text for amount in ("250,000", "275,000", "220,000"))


def test_pay_floors_after_a_comparison_compares_the_two_roles_pay(assistant):
    """"Pay floors" is the pay of the two roles compared, not a role called so."""
    say = _talk(assistant, "t10-floors")
    say("expert swe vs global lead — preferred exp")
    answer, text = say("pay floors")
    assert set(answer.roles) == {"Expert Software Engineer", "Global Lead Engineer"}
    assert "180,000" in text


def test_a_level_the_facet_on_screen_speaks_of_stays_with_that_role(assistant):
    """The Engineer's years say "7+ years for senior/lead positions": "what about for
    senior/lead level?" is asked of the Engineer, not of a role with "lead" in its
    title, and "their education" next is the Engineer's too."""
    say = _talk(assistant, "t10-senior-lead-level")
    say("engineer JD yrs of exp")
    answer, text = say("what about for senior/lead level?")
    assert answer.roles == ("Engineer",) and "7+ years for senior/lead positions" in text
    answer, text = say("and their education min?")
    assert answer.roles == ("Engineer",) and "Bachelor's degree in Computer Science" in text


def test_tech_lead_years_after_a_role_s_experience_are_its_own_leadership_years(assistant):
    """Picked from "lead engineer experience", the Lead Back End Engineer's years are
    followed by "and min tech lead yrs?": its three years as a Tech Lead, first."""
    say = _talk(assistant, "t10-tech-lead-yrs")
    say("lead engineer experience")
    say("the backend one")
    answer, text = say("and min tech lead yrs?")
    assert answer.roles == ("Lead Back End Engineer",)
    assert text.index("A minimum of 3 years") < text.index("8-12+ years of professional")
    assert "12-18" not in text


def test_a_bare_lead_after_one_lead_role_is_still_the_other_lead_role(assistant):
    """"And lead?" says no words the facet on screen says: the other lead role, as before."""
    say = _talk(assistant, "t10-and-lead")
    say("lead backend salary")
    answer, _text = say("and lead?")
    assert answer.roles == ("Global Lead Engineer",)


def test_do_the_same_for_another_role_asks_the_last_question_of_it(assistant):
    """Asked the Lead Back End Engineer's IaC tools, a sourcer says "do the same for
    expert swe": its IaC tools (Pulumi), not its duties; then the Engineer's (Ansible)."""
    say = _talk(assistant, "t10-do-the-same")
    say("lead backend IaC tools")
    answer, text = say("do the same for expert swe")
    assert answer.roles == ("Expert Software Engineer",) and "Pulumi" in text and "Primary responsibilities" not in text
    answer, text = say("and the Engineer role")
    assert answer.roles == ("Engineer",) and "Ansible" in text and "Pulumi" not in text


def test_the_roles_that_list_a_salary_show_it_and_narrow_by_where_it_starts(assistant):
    """"Which roles list a salary" shows each range beside its role; "only the ones
    that start at 170k or more" narrows those three to the two starting at $180,000
    (no one role is picked by "the ones"); "of those, which needs fewer years" ranks the two."""
    say = _talk(assistant, "t10-list-a-salary")
    listed, text = say("which roles list a salary")
    assert all(amount in text for amount in ("160,000", "180,000", "275,000"))
    narrowed, _text = say("only the ones that start at 170k or more")
    assert set(narrowed.roles) == {"Expert Software Engineer", "Global Lead Engineer"}
    fewer, text = say("of those, which needs fewer years")
    assert fewer.roles[0] == "Expert Software Engineer" and "10-15" in text


def test_only_those_with_a_salary_listed_keeps_the_roles_shown_that_state_one(assistant):
    """Of the three roles listing GitHub Actions, "only those with a salary listed" are
    the two whose documents state a range (not the one whose perks say "competitive
    salary"); "the cheaper one's top" is the Lead Back End Engineer's $220,000."""
    say = _talk(assistant, "t10-only-salary-listed")
    say("which roles list GitHub Actions")
    narrowed, _text = say("only those with a salary listed")
    assert set(narrowed.roles) == {"Lead Back End Engineer", "Global Lead Engineer"}
    cheaper, text = say("the cheaper one's top")
    assert cheaper.roles == ("Lead Back End Engineer",) and "220,000" in text and "250,000" not in text


def test_where_does_that_role_lead_is_its_next_steps_not_a_lead_role(assistant):
    """After "highest paid role?", "where does that role lead?" asks where the Expert
    Software Engineer moves on to: "lead" is the verb of "that role", no lead role."""
    say = _talk(assistant, "t10-that-role-lead")
    say("highest paid role?")
    answer, text = say("where does that role lead?")
    assert answer.roles == ("Expert Software Engineer",) and "Chief Architect" in text


def test_a_heading_word_after_two_roles_compared_asks_that_comparison_again(assistant):
    """After two roles' education side by side, "fields?" is their fields of study
    (the Lead Back End Engineer's Mathematics too), not the items that say "field"."""
    say = _talk(assistant, "t10-fields")
    say("lead back end vs engineer — education minimum")
    answer, text = say("fields?")
    assert set(answer.roles) == {"Lead Back End Engineer", "Engineer"}
    assert "Mathematics" in text and "Mechanical Engineering" in text


def test_the_one_a_searched_term_names_is_picked_from_the_roles_found(assistant):
    """Of the two roles mentioning New Relic or Jaeger, "the New Relic one — remote?"
    is the Lead Back End Engineer, the only one whose documents say New Relic."""
    say = _talk(assistant, "t10-new-relic-one")
    say("roles mentioning New Relic or Jaeger")
    answer, text = say("the New Relic one — remote?")
    assert answer.roles == ("Lead Back End Engineer",) and "Remote/Hybrid" in text


def test_an_accepted_field_after_a_candidate_s_fit_is_the_role_s_fields_of_study(assistant):
    """A candidate with a mechanical engineering degree is placed at the Engineer; "is
    mech eng an accepted field there?" is the Engineer's education, fields of study with it."""
    say = _talk(assistant, "t10-accepted-field")
    say("candidate has mech eng degree, 4 yrs embedded")
    answer, text = say("is mech eng an accepted field there?")
    assert answer.roles == ("Engineer",) and "Mechanical Engineering (for hardware/embedded roles)" in text


def test_preferred_after_education_is_the_preferred_education_and_fields_follow(assistant):
    """"Preferred?" after two roles' minimum education is their education's preferred
    side (the facet stays education), so "fields?" next is still their fields of study."""
    say = _talk(assistant, "t10-preferred-fields")
    say("lead back end vs engineer — education minimum")
    answer, text = say("preferred?")
    assert answer.intent in ("compare", "education") and "Master’s degree in Computer Science" in text
    assert "Portfolio of technical contributions" not in text
    _answer, text = say("fields?")
    assert "Mathematics" in text and "Mechanical Engineering" in text


def test_by_how_much_at_the_top_after_a_ranking_is_still_the_ranking(assistant):
    """"At the top" with no comparative beside it is who is at the top: after "who's
    cheaper", "by how much at the top" shows both roles' ranges, not the cheaper one alone."""
    say = _talk(assistant, "t10-how-much-top")
    say("expert swe vs lead back end pay")
    say("who's cheaper")
    _answer, text = say("by how much at the top")
    assert "220,000" in text and "275,000" in text
