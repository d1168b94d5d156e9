"""Issue 19, a ninth bank written from the seeds alone (eval/*_ninth_tuning.jsonl):
the families of phrasing it found that RoleCall misread. A word typed with a
straight apostrophe finds the documents' curly one ("master's" is "Master’s");
years named before their number ("min YOE is 10 or more") are a threshold on
experience; the years of leadership asked "on top" of a role's total are its
preferred experience; "lead on to" is a career step, not the word "lead"; of
two roles with the same floor, the cheaper one tops out lower; a sigh before
the question ("hm ok") is set aside. Each family is one story, on the seeds."""

import pytest

from bot import Question, open_assistant
from tests.postings import ask, render_text


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


def test_a_straight_apostrophe_finds_the_documents_curly_one(assistant):
    """A recruiter types "master's"; two postings write "Master’s": all three roles prefer one."""
    answer, _text = ask(assistant, "which roles prefer a master's")
    assert {"Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"} <= set(answer.roles)


@pytest.mark.parametrize("question", ["roles where min YOE is 10 or more", "roles with years of experience >= 10"])
def test_years_named_before_their_number_are_a_threshold_on_experience(assistant, question):
    """"YOE is 10 or more" counts years, not dollars: the two roles starting at ten or more."""
    answer, text = ask(assistant, question)
    assert set(answer.roles) == {"Expert Software Engineer", "Global Lead Engineer"}
    assert "$10,000" not in text


def test_years_in_a_lead_role_asked_as_required_keep_the_preferred_part_that_says_them(assistant):
    """Asked what senior or lead time is required on top of the total, the Expert
    Software Engineer's answer keeps its range and shows the preferred five years
    in a senior or lead role, the only part that speaks of them."""
    _answer, text = ask(assistant, "expert swe - any senior/lead time required on top of total yrs")
    assert "10-15+" in text and "At least 5 years of experience in a senior or lead engineering role" in text
    _answer, text = ask(assistant, "expert swe required yrs")
    assert "10-15+" in text and "At least 5 years" not in text


def test_same_question_for_another_role_keeps_the_facet_and_its_topic(assistant):
    """A recruiter asks the Lead Back End Engineer's years, then the leadership
    years on top, then "same q" for the Expert Software Engineer: its experience,
    with the five years in a senior or lead role, not its other leadership items."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-lead-years"))

    say("how many yrs for lead BE")
    assert "minimum of 3 years" in render_text(say("and leadership yrs on top?"))
    again = say("same q for expert swe")
    assert again.roles == ("Expert Software Engineer",) and again.intent == "experience"
    assert "At least 5 years" in render_text(again) and "minimum of 3 years" not in render_text(again)


@pytest.mark.parametrize("question", ["which roles can lead on to Chief Architect", "roles that lead onto chief architect"])
def test_lead_on_to_a_title_is_a_career_step_not_the_word_lead(assistant, question):
    """"Lead on to" is "lead to": the roles whose paths reach Chief Architect."""
    answer, _text = ask(assistant, question)
    assert set(answer.roles) == {"Expert Software Engineer", "Global Lead Engineer"}


def test_a_sound_of_thinking_before_the_question_is_set_aside(assistant):
    """Told there is no data scientist role, a recruiter sighs and asks what there is."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-hm"))

    say("salary for the data scientist req?")
    listed = say("hm ok, what roles DO you have")
    assert {"Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"} <= set(listed.roles)
    assert "160,000" in render_text(say("the backend one's comp then"))


def test_the_top_of_a_band_names_an_end_of_the_range_not_a_rank(assistant):
    """Of the two roles that need Rust, "the cheaper one - top of band?" is the
    Global Lead Engineer (its range tops out at $250,000), and "it" stays that role."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-rust"))

    say("which roles need rust")
    cheaper = say("the cheaper one - top of band?")
    assert cheaper.roles == ("Global Lead Engineer",)
    assert "250,000" in render_text(cheaper) and "275,000" not in render_text(cheaper)
    assert "Principal Software Engineer" in render_text(say("and where do ppl come from for it"))


def test_who_does_a_thing_after_one_role_asks_the_whole_store(assistant):
    """The Global Lead Engineer's documents give it no on-call duty; "who on the
    list does on-call then" asks which roles do, not that role's items again."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-on-call"))

    say("GLE on-call?")
    say("what about SLOs")
    who = say("who on the list does on-call then")
    assert set(who.roles) == {"Expert Software Engineer", "Lead Back End Engineer"}


def test_who_do_they_still_means_the_role_in_question(assistant):
    """"Who do they mentor" after the Lead Back End Engineer: its own items."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-they-mentor"))

    say("lead backend responsibilities")
    assert say("who do they mentor").roles == ("Lead Back End Engineer",)


def test_not_a_term_after_a_search_keeps_those_of_its_roles_that_lack_it(assistant):
    """Roles with Cassandra, then DynamoDB; "not mongodb" keeps the roles with
    DynamoDB that don't say MongoDB: the Expert Software Engineer alone, never
    the roles that do say it."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-not-mongo"))

    say("roles with Cassandra")
    say("AND DynamoDB")
    assert say("not mongodb").roles == ("Expert Software Engineer",)
    assert set(say("and redis?").roles) == {"Expert Software Engineer", "Lead Back End Engineer"}


def test_a_verb_after_a_shortened_title_takes_people_as_its_object(assistant):
    """"Does the global lead mentor principals": "mentor" is what the Global Lead
    Engineer does to principals, not a "global lead mentor" role the store lacks."""
    answer, text = ask(assistant, "does the global lead mentor principals too?")
    assert answer.roles == ("Global Lead Engineer",)
    assert "senior and principal-level engineers" in text


def test_the_max_after_a_question_on_years_ranks_the_roles_shown(assistant):
    """No role needs 20 years; "what's the max then" is the most any role asks,
    the Global Lead Engineer's 12-18+, and "pay for that one" is its pay."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-max"))

    say("any role that needs 20 yrs?")
    most = say("what's the max then")
    assert most.roles[0] == "Global Lead Engineer" and "12-18" in render_text(most)
    assert "250,000" in render_text(say("pay for that one"))


def test_who_does_with_no_thing_of_its_own_asks_every_role_for_the_thing_asked_last(assistant):
    """The Expert Software Engineer's documents name Jenkins, not GitHub Actions;
    "who does?" asks which roles do name it (the Global Lead Engineer and the
    Lead Back End Engineer), never the Expert Software Engineer; "and pulumi?"
    then searches every role again, and only the Expert Software Engineer names it."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-who-does"))

    assert "Jenkins" in render_text(say("does expert swe need github actions?"))
    who = say("who does?")
    assert {"Global Lead Engineer", "Lead Back End Engineer"} <= set(who.roles)
    assert "Expert Software Engineer" not in who.roles
    assert say("and pulumi?").roles == ("Expert Software Engineer",)


def test_who_does_without_a_thing_asked_before_is_not_a_search(assistant):
    """After a role's salary nothing was left unsaid: "who does?" searches for nothing."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-who-nothing"))

    say("expert swe salary")
    assert "Roles that mention" not in render_text(say("who does?"))


def test_a_comparison_after_a_topic_of_one_role_shows_each_role_s_items_on_it_first(assistant):
    """The Expert Software Engineer mentors senior engineers; "vs the lead back
    end?" keeps the mentoring asked: the Lead Back End Engineer coaches mid-level
    and junior engineers, shown before the usual comparison (both pay ranges)."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-mentoring-vs"))

    first = render_text(say("what's the mentoring side of the expert role"))
    assert "senior engineers" in first and "mid-level and junior" not in first
    versus = say("vs the lead back end?")
    text = render_text(versus)
    assert set(versus.roles) == {"Expert Software Engineer", "Lead Back End Engineer"}
    assert "mid-level and junior" in text
    assert "$160,000" in text and "$180,000" in text  # the comparison's own overview still
    assert text.index("mid-level and junior") < text.index("Typical experience")


def test_a_comparison_after_a_fact_asked_is_the_plain_comparison(assistant):
    """After the Lead Back End Engineer's salary, "vs the expert swe?" compares pay, nothing carried."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-salary-vs"))

    say("lead backend salary")
    text = render_text(say("vs the expert swe?"))
    assert "$160,000" in text and "$180,000" in text and "mentor" not in text.lower()


def test_what_else_fits_a_cand_with_a_bare_number_places_them_by_their_years(assistant):
    """The Global Lead Engineer asks 12-18+ years; "too much for our cand who
    has 10. what else fits" places a candidate ("cand") of ten years: the Expert
    Software Engineer (10-15+) and the Lead Back End Engineer (8-12+), not the
    role's other duties; "the higher paying one?" is the Expert's $180,000 - $275,000+."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-what-else-fits"))

    assert "12-18" in render_text(say("GLE yoe"))
    fits = say("too much for our cand who has 10. what else fits")
    assert set(fits.roles) == {"Expert Software Engineer", "Lead Back End Engineer"}
    higher = say("the higher paying one?")
    assert higher.roles == ("Expert Software Engineer",) and "275,000" in render_text(higher)


def test_which_doesnt_after_the_roles_that_state_a_fact_is_the_role_left_out(assistant):
    """Three roles post a salary ("how many roles have salaries posted": a count
    of those that state it, not every role); "which doesn't" is the one left
    out, the Engineer, whose salary is not stated; "its yoe" is the Engineer's 3–7."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-which-doesnt"))

    posted = say("how many roles have salaries posted")
    assert set(posted.roles) == {"Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"}
    left_out = say("which doesn't")
    assert left_out.roles == ("Engineer",) and "not stated" in render_text(left_out)
    assert "3–7" in render_text(say("its yoe"))


def test_the_preferred_side_of_a_topic_after_a_candidate_s_fit_comes_first(assistant):
    """A tech lead of nine years with Java and Spring fits the Lead Back End
    Engineer; "does she meet the leadership pref?" asks the leadership it
    prefers (a minimum of 3 years in a technical leadership capacity), first,
    not its hiring advice, which the fit never showed; the band is its $160,000 - $220,000."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-leadership-pref"))

    fit = say("candidate: 9 yrs backend, mostly java spring + kafka, tech lead for 2 yrs. which req?")
    assert fit.roles[0] == "Lead Back End Engineer"
    pref = say("does she meet the leadership pref?")
    assert pref.roles == ("Lead Back End Engineer",)
    assert pref.sections[0].title == "Preferred experience" and "3 years" in pref.sections[0].items[0].text
    assert len(pref.sections) > 1  # the other items on leadership still follow
    band = render_text(say("what's the band"))
    assert "160,000" in band and "220,000" in band


def test_a_topic_asked_of_a_role_without_a_side_keeps_its_usual_order(assistant):
    """"lead backend leadership" says no side: its items on leadership, the preferred part not put first."""
    answer, _text = ask(assistant, "lead backend leadership?")
    assert answer.sections and answer.sections[0].title != "Preferred experience"


def test_which_role_fits_best_after_a_candidate_told_of_ranks_by_what_they_have(assistant):
    """A candidate of 14 years with Go, Rust, Kubernetes and AWS is told of
    first; "which role fits best?" later ranks the roles by what that candidate
    has, as if asked in the same message, not by their years alone: the Expert
    Software Engineer and the Global Lead Engineer, whose documents name Go and Rust."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-told-before"))

    say("got a candidate: 14 yrs, principal engineer, go + rust, big k8s + AWS background, led teams across 3 continents")
    best = say("which role fits best?")
    assert best.title == "Roles that fit the candidate"
    assert set(best.roles[:2]) == {"Expert Software Engineer", "Global Lead Engineer"}
    assert "Go, Rust" in render_text(best)


def test_a_candidate_told_of_anew_with_years_alone_is_placed_by_those_years(assistant):
    """A second candidate, "someone with 4 years", replaces the first: "which role fits?" is the Engineer's 3–7."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="n9-told-anew"))

    say("got a candidate: 14 yrs, go + rust, big k8s + AWS background")
    say("different one now: I have a candidate with 4 years")
    fits = say("which role fits best?")
    assert "Engineer" in fits.roles and "Global Lead Engineer" not in fits.roles
