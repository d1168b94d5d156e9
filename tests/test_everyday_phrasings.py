"""Recruiters ask about the roles the way they talk: a title word cut short
("glob lead eng"), the thing first and the role after it ("New Relic - which
role is that in?"), where a role leads with "lead" as the verb ("where does
the expert software engineer lead?"), and follow-ups that point back with
"its" or say only "min edu?". Each family of words is one story, on the seeds."""

import pytest

from bot import Question, open_assistant, render_text
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


def in_thread(assistant, key, *questions):
    """The answers to `questions` asked one after another in one thread."""
    answers = [assistant.ask(Question(q, platform="test", conversation_key=key)) for q in questions]
    return [(a, render_text(a)) for a in answers]


@pytest.mark.parametrize("question, intent, shown", [
    ("glob lead engineer core functions?", "primary_responsibilities", "global user base"),
    ("glob lead eng tech requirements?", "hard_skills", "Docker and Kubernetes"),
])
def test_a_title_word_cut_short_is_the_word_it_begins(assistant, question, intent, shown):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Global Lead Engineer",) and answer.intent == intent
    assert shown in text


def test_a_word_cut_short_alone_names_no_role(assistant):
    """Only beside another word of the title: "glob" alone could be anything."""
    answer, _text = ask(assistant, "glob salary")
    assert answer.roles != ("Global Lead Engineer",)


@pytest.mark.parametrize("question", [
    "New Relic - which role is that in?",
    "New Relic – which role is that in?",
    "which role has New Relic",
])
def test_a_thing_asked_first_finds_the_role_whose_documents_name_it(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "reverse_search"
    assert "Lead Back End Engineer" in text
    assert "Global Lead Engineer" not in text


def test_where_a_thing_shows_up_is_a_search_not_a_missing_role(assistant):
    answer, text = ask(assistant, "which role is Kafka in?")
    assert answer.intent == "reverse_search"
    assert "Expert Software Engineer" in text and "Lead Back End Engineer" in text


@pytest.mark.parametrize("question, role", [
    ("where does the expert software engineer lead?", "Expert Software Engineer"),
    ("where does the global lead engineer go", "Global Lead Engineer"),
])
def test_where_a_role_leads_is_its_next_steps(assistant, question, role):
    answer, _text = ask(assistant, question)
    assert answer.roles == (role,) and answer.intent == "career_next"


def test_lead_inside_a_title_still_asks_where_the_role_is_based(assistant):
    answer, _text = ask(assistant, "where is the lead backend engineer based?")
    assert answer.intent != "career_next"


def test_its_points_back_at_the_role_just_found(assistant):
    """"what's its PTO policy?" after a search that found one role: that role's perks,
    not a missing role called "policy"."""
    (_, _), (answer, text) = in_thread(assistant, "its-pto", "roles that offer remote work?",
                                       "what's its PTO policy?")
    assert answer.roles == ("Lead Back End Engineer",)
    assert "Flexible PTO" in text


def test_min_edu_is_the_minimum_education_of_the_role_in_question(assistant):
    (_, _), (answer, text) = in_thread(assistant, "min-edu", "GLE comp? (global lead eng)", "min edu?")
    assert answer.roles == ("Global Lead Engineer",) and answer.intent == "education"
    assert "relevant technical field" in text


@pytest.mark.parametrize("question", ["which roles mention L&D", "which roles mention l&d?"])
def test_initials_joined_by_an_ampersand_are_one_word_in_their_spelt_out_forms(assistant, question):
    """"L&D" is learning and development, not "L" and "D": the perk that says
    "Professional development budget" answers it."""
    answer, text = ask(assistant, question)
    assert answer.intent == "reverse_search"
    assert "Professional development budget" in text
    assert "Machine Learning Engineer" not in text


def test_a_company_with_a_spaced_ampersand_is_still_two_words_and_one_name(assistant):
    from bot.text import tokenize
    assert [t.text for t in tokenize("Lumen & Reed") if not t.brk] == ["lumen", "reed"]
    assert [t.text for t in tokenize("an L&D budget")] == ["an", "l&d", "budget"]


def test_which_things_help_asks_for_those_things_not_for_help(assistant):
    """"which certifications help?" after the engineer's skills: its education,
    where the certifications are, not the bot's help page."""
    (_, _), (answer, text) = in_thread(assistant, "certs-help", "engineer technical skills pls",
                                       "which certifications help?")
    assert answer.roles == ("Engineer",) and answer.intent == "education"
    assert "Certified Kubernetes Administrator" in text


def test_help_alone_or_asked_of_the_bot_is_still_help(assistant):
    for question in ("help", "what can you help with", "help me"):
        answer, _text = ask(assistant, question)
        assert answer.intent == "help", question


@pytest.mark.parametrize("question", [
    "what job descriptions have you got?", "give me the list of JDs", "what openings do you know about?",
    "how many job descriptions do you hold?", "what vacancies do you cover?", "count the roles",
    "how many roles are in the knowledge base?",
])
def test_the_store_asked_for_by_any_of_its_nouns_lists_its_roles(assistant, question):
    """Openings, vacancies, JDs, job descriptions: every way of saying "roles"
    asks for the same list."""
    answer, text = ask(assistant, question)
    assert answer.intent == "list_roles"
    assert all(title in text for title in ("Engineer", "Expert Software Engineer", "Global Lead Engineer",
                                           "Lead Back End Engineer"))


def test_which_job_descriptions_reference_a_tool_is_a_search(assistant):
    answer, text = ask(assistant, "which job descriptions reference GraphQL?")
    assert answer.intent == "reverse_search"
    assert "Lead Back End Engineer" in text and "Global Lead Engineer" not in text


def test_a_job_description_asked_for_a_role_is_still_drafted(assistant):
    answer, _text = ask(assistant, "draft a job description for the global lead engineer")
    assert answer.intent == "job_description" and answer.roles == ("Global Lead Engineer",)


@pytest.mark.parametrize("question, needs", [
    ("which positions need less than a decade of experience?", "below 10 years"),
    ("roles needing more than five years", "above 5 years"),
])
def test_years_said_in_words_are_a_threshold_on_experience(assistant, question, needs):
    answer, text = ask(assistant, question)
    assert answer.intent == "experience"
    assert needs in text and "Engineer" in text


@pytest.mark.parametrize("question", ["anything paying more than $270k?", "number of roles paying over 270k"])
def test_a_pay_threshold_asked_of_anything_or_as_a_count_filters_every_role(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Expert Software Engineer",)
    assert "above $270,000" in text


def test_which_roles_a_number_of_years_fits_are_those_whose_range_takes_it(assistant):
    """10 years fits the Lead Back End Engineer (8-12+) and the Expert Software
    Engineer (10-15+), not the Global Lead Engineer (12-18+) nor the Engineer (3-7)."""
    answer, _text = ask(assistant, "which roles would 10 years fit?")
    assert set(answer.roles) == {"Lead Back End Engineer", "Expert Software Engineer"}


def test_a_polite_word_is_no_typo_of_an_intent_word(assistant):
    """"Sorry to bother you" says nothing of "other" (secondary) duties."""
    answer, text = ask(assistant, "Hi! Sorry to bother you - could you walk me through what an Expert Software "
                                  "Engineer would actually be responsible for? Thank you so much!")
    assert answer.intent == "primary_responsibilities"
    assert "fault-tolerant" in text


def test_the_thing_after_which_is_what_is_asked_even_in_an_interview_setting(assistant):
    """Screening CVs hints at interview advice, but "which technical skills"
    is what the recruiter wants shown."""
    answer, text = ask(assistant, "I'm screening global lead engineer CVs - which technical skills should I look for?")
    assert "hard skills" in answer.title.casefold()
    assert "highly available systems" in text


@pytest.mark.parametrize("question, best", [
    ("deep architecture skills but no management experience, which role fits?", "Lead Back End Engineer"),
    ("someone without people management experience but deep API design skills, which role suits?",
     "Lead Back End Engineer"),
    ("has strong Go and Kafka, never led a team - best role for her?", None),
    ("I've got someone with 16 years who led globally distributed teams. Where should I put them?",
     "Global Lead Engineer"),
    ("candidate knows GraphQL and Node.js inside out - where would he fit?", "Lead Back End Engineer"),
])
def test_a_candidate_described_is_matched_to_roles_not_searched_for(assistant, question, best):
    """A recruiter describes someone and asks which role is theirs: the roles
    ranked by what the candidate has. What they lack ("no management
    experience") is never read as a search for roles that don't mention it."""
    answer, text = ask(assistant, question)
    assert answer.title == "Roles that fit the candidate"
    assert "No role mentions" not in text and "but not" not in text
    if best:
        assert answer.roles[0] == best


def test_a_role_that_does_without_what_the_candidate_lacks_says_so_first(assistant):
    """"no management experience": the Lead Back End Engineer leads "without
    direct managerial authority", the item shown first for it."""
    answer, _text = ask(assistant, "deep architecture skills but no management experience, which role fits?")
    assert "without direct managerial authority" in answer.sections[0].items[0].text
    assert "says it does without it" in answer.summary


def test_a_developer_described_is_a_candidate_not_a_word_to_search_for(assistant):
    """"developer" is one of the words for a person (`vocabulary.PERSON_WORDS`),
    so a recruiter's developer is matched to roles, not searched for."""
    answer, _text = ask(assistant, "I have a developer who knows GraphQL and Node.js inside out, which role fits?")
    assert answer.title == "Roles that fit the candidate" and answer.roles[0] == "Lead Back End Engineer"


def test_years_alone_still_ask_which_ranges_take_them(assistant):
    answer, text = ask(assistant, "what role fits someone with 5 YOE")
    assert answer.title != "Roles that fit the candidate"
    assert "3–7" in text


@pytest.mark.parametrize("question, shown", [
    ("Candidate asks about retirement match for the lead backend position", "401(k) matching"),
    ("can lead backend engineers work remotely sometimes?", "remote work options"),
    ("hey, can u give me the 30-second pitch for the Global Lead Engineer opening?",
     "cornerstone of our technical leadership"),
])
def test_real_words_are_not_read_as_typos_of_others(assistant, question, shown):
    """"match" is no "watch (for)", "second" no "secondary"; "retirement" and
    "remotely" are the perks' words in other forms."""
    _answer, text = ask(assistant, question)
    assert shown in text


@pytest.mark.parametrize("question, role", [
    ("<@U123> roles?", None),
    ("<@U0LAN0Z89|rolecall> what does the engineer earn", "Engineer"),
    ("<at>RoleCall</at> global lead engineer salary", "Global Lead Engineer"),
])
def test_a_chat_mention_left_in_the_text_is_not_part_of_the_question(assistant, question, role):
    answer, text = ask(assistant, question)
    assert "123,000" not in text
    if role is None:
        assert "Global Lead Engineer" in text and "Expert Software Engineer" in text
    else:
        assert answer.roles == (role,) and answer.intent == "salary"


@pytest.mark.parametrize("question", [
    "Does the lead back end engineer handle hiring? interviews?",
    "does the lead backend engineer take part in hiring",
])
def test_hiring_the_role_handles_is_its_own_work(assistant, question):
    _answer, text = ask(assistant, question)
    assert "conducting technical interviews" in text


def test_a_phrase_searched_for_is_found_with_words_between_its_own(assistant):
    """"junior engineers" is said "junior back-end engineers" in the Lead Back
    End Engineer's document."""
    answer, _text = ask(assistant, "who mentors junior engineers")
    assert "Lead Back End Engineer" in answer.roles and "Engineer" in answer.roles


@pytest.mark.parametrize("question", ["tl;dr global lead engineer?", "tldr global lead engineer", "global lead engineer tl;dr"])
def test_tldr_asks_for_the_roles_summary_not_a_team_lead(assistant, question):
    """"tl;dr" is one chat word for "in short", not "TL" (team lead) and a stray "dr"."""
    answer, text = ask(assistant, question)
    assert answer.roles == ("Global Lead Engineer",) and answer.intent == "overview"
    assert "cornerstone of our technical leadership" in text


@pytest.mark.parametrize("question", ["relevant majors for Engineer role", "suitable degrees for an engineer?"])
def test_an_adjective_of_fit_before_the_facet_leaves_the_facet_asked(assistant, question):
    """"relevant majors" asks for the majors: "relevant" names no part of the
    role to search for (it only matched items that say "relevant")."""
    answer, text = ask(assistant, question)
    assert answer.roles == ("Engineer",) and answer.intent == "education"
    assert "Electrical / Computer Engineering" in text


def test_a_field_of_study_after_a_role_word_is_the_topic_not_another_role(assistant):
    """"an engineer candidate ... a data science degree" asks about the
    Engineer's education: "engineer" and "data" far apart and in the wrong
    order are no "Data Engineer", a title the store lacks."""
    answer, text = ask(assistant, "can an engineer candidate have a data science degree")
    assert answer.roles == ("Engineer",) and answer.intent == "education"
    assert "Data Science / Applied Mathematics" in text
    assert "Data Engineer" not in text


def test_a_short_form_that_is_also_a_title_word_cut_short_names_the_whole_title(assistant):
    """"exp" is usually experience, but "exp sw eng" writes out every word of
    the Expert Software Engineer; "exp engineer" stays the Engineer's experience."""
    answer, text = ask(assistant, "exp sw eng duties - anything around api design / contracts")
    assert answer.roles == ("Expert Software Engineer",)
    assert "APIs and service contracts" in text
    answer, _text = ask(assistant, "exp engineer")
    assert answer.roles == ("Engineer",) and answer.intent == "experience"


@pytest.mark.parametrize("question", [
    "Is there a budget for courses or conferences in the Lead Backend Engineer job?",
    "does the lead backend engineer get a training allowance",
    "any conference budget for the lead back end engineer?",
])
def test_a_budget_for_learning_is_a_perk_not_the_pay(assistant, question):
    """"Budget" alone asks what a role pays ("what's the budget for this
    role"); a budget *for courses or conferences* is the learning perk."""
    answer, text = ask(assistant, question)
    assert "Professional development budget" in text
    assert "160,000" not in text
