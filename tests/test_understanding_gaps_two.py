"""Recruiters ask in ways RoleCall misread (issue 19, second round): "the
least experienced one?" after a pay ranking that set a role apart; "any from
principal?" with career links on screen; the widest pay band; a candidate's
languages against two roles'; "new relic" typed in lower case; golang is not
"go-to"; a role's prior experience. Each family of misreadings is one story,
on the seeds, turn by turn as the Slack and Teams adapters ask."""

import pytest

from tests.postings import ask


def test_the_least_experienced_after_a_pay_ranking_counts_the_role_it_set_apart(thread):
    _answer, ranked = thread.ask("rank the roles by pay")
    assert "Salary not stated:\n- Engineer" in ranked  # no pay stated: set apart, not ranked

    answer, text = thread.ask("the least experienced one?")

    assert answer.roles == ("Engineer",)  # 3-7 years, below the Lead Back End Engineer's 8-12
    assert "3-7" in text


def test_the_most_experienced_after_a_pay_ranking_is_still_among_all_of_them(thread):
    thread.ask("rank the roles by pay")
    answer, text = thread.ask("the most experienced one?")
    assert answer.roles == ("Global Lead Engineer",) and "12-18" in text


@pytest.mark.parametrize("first", ["where do engineers go next?", "what comes after Engineer?"])
def test_a_level_word_picks_the_career_link_on_screen_it_names(thread, first):
    thread.ask(first)

    answer, text = thread.ask("any from principal?")

    assert answer.roles == ("Engineer",)
    assert "Principal Engineer / Staff Engineer" in text
    assert "Senior Engineer / Lead Engineer" not in text.split("Principal Engineer / Staff Engineer")[0]
    assert "Roles that mention principal" not in text  # not a search of every role for the word


@pytest.mark.parametrize("question, first", [
    ("which role has the widest pay band", "Expert Software Engineer"),
    ("which role has the biggest spread between min and max salary?", "Expert Software Engineer"),
    ("which role has the narrowest pay band?", "Lead Back End Engineer"),
])
def test_the_width_of_a_pay_band_ranks_the_roles_by_it(assistant, question, first):
    answer, text = ask(assistant, question)

    assert answer.roles[0] == first
    assert "No role mentions" not in text
    assert "$60,000" in text  # the Lead Back End Engineer's band: 160,000 to 220,000
    assert "$95,000" in text  # the Expert Software Engineer's: 180,000 to 275,000


def test_the_widest_band_ranks_every_role_with_a_range(assistant):
    answer, text = ask(assistant, "which role has the widest pay band")
    assert answer.roles[0] == "Expert Software Engineer"  # 95,000 wide, the Global Lead's 70,000
    assert text.index("Expert Software Engineer") < text.index("Global Lead Engineer") < \
        text.index("Lead Back End Engineer")


@pytest.mark.parametrize("told", ["I have a candidate coming in next week, strong background, mostly backend work.",
                                  "I have a candidate coming from an engineer role who wants to move up."])
def test_a_candidate_s_languages_against_two_roles_told_at_length(assistant, told):
    """The role the candidate comes from is their situation: no career route from it."""
    answer, text = ask(assistant, f"{told} Would the global lead or the lead backend role suit their languages "
                                  "better? They know Go and Java.")

    assert set(answer.roles) == {"Global Lead Engineer", "Lead Back End Engineer"}
    assert answer.intent != "career_next"
    assert "Go, Python, Java, C#, or Rust" in text and "Go, Python (Django, Flask), Java (Spring)" in text
    assert text.index("Against what the candidate knows (Go, Java)") < text.index("Polyglot Programming")


@pytest.mark.parametrize("question", ["roles with new relic", "which roles mention new relic?"])
def test_a_tool_of_two_words_typed_in_lower_case_is_one_term(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Lead Back End Engineer",)
    assert "New Relic" in answer.title and "relic”" not in text.split("\n")[0]


def test_a_candidate_s_languages_say_which_a_role_does_not_name(assistant):
    _answer, text = ask(assistant, "global lead or lead backend: which suits a candidate better? they know rust and kotlin")
    assert "Global Lead Engineer: names rust; not kotlin" in text
    assert "Lead Back End Engineer: names none of them" in text


def test_golang_is_the_go_language_not_a_word_beginning_with_go(assistant):
    answer, text = ask(assistant, "roles that use golang")

    assert "go-to technical authority" not in text
    assert "Go, Rust, Java" in text  # the Expert Software Engineer's languages, found all the same


@pytest.mark.parametrize("question", ["lead backend prior experience", "lead backend previous experience",
                                      "global lead past experience"])
def test_prior_experience_is_the_role_s_years(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "experience"
    assert "don't have the role" not in text
    assert "8-12" in text or "12-18" in text


def _posting(title: str, pay: str, years: str | None) -> str:
    experience = f"\n## Experience\n\n- {years} years of warehouse experience\n" if years else ""
    return f"---\ntitle: {title}\n---\n\n## What you'll do\n\n- Run the {title.lower()} shift\n" \
           f"{experience}\n## Salary\n\n{pay}\n"


def test_a_role_whose_years_are_not_stated_is_said_to_be_left_unplaced(tmp_path):
    from bot import Question, render_text
    from tests.postings import assistant_on

    opened = assistant_on({"picker.md": _posting("Warehouse Picker", "$30,000 - $40,000 per year", "1-2"),
                           "lead.md": _posting("Warehouse Lead", "$50,000 - $60,000 per year", "5-8"),
                           "driver.md": _posting("Forklift Driver", "$35,000 - $45,000 per year", None)},
                          tmp_path / "docs" if (tmp_path / "docs").mkdir() is None else None)
    try:
        def said(text):
            answer = opened.ask(Question(text, platform="test", conversation_key="unplaced"))
            return answer, render_text(answer)
        said("rank the roles by pay")
        answer, text = said("the least experienced one?")
        assert answer.roles == ("Warehouse Picker",)
        assert "Forklift Driver states no years of experience, so it is not placed." in text
    finally:
        opened.knowledge.store.dispose()
