"""More of issue 19: single questions in the words recruiters, interviewers
and sourcers type in Slack, found by a bank written from the seeds alone
(eval/questions_fresh23_tuning.jsonl). A search for "intern" is not one for
"internal"; a few terms typed alone are a search box; "kafka expert" is a
person with a skill, not a missing title. Each family is one story, on the seeds."""

import pytest

from bot import Question, open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question", ["roles that mention intern", "roles for an intern"])
def test_a_searched_word_is_never_the_start_of_another_word(assistant, question):
    """"intern" begins "internal" and "internationalization": neither is an intern."""
    _answer, text = ask(assistant, question)
    assert "internationalization" not in text and "internal" not in text
    assert "No role mentions intern" in text


@pytest.mark.parametrize("question, said", [
    ("which roles mention mentoring", "mentorship"),  # an inflection of the word searched
    ("roles that mention architect", "architecture"),  # a noun made from it
])
def test_a_searched_word_still_finds_its_own_forms(assistant, question, said):
    _answer, text = ask(assistant, question)
    assert said in text.casefold()


@pytest.mark.parametrize("question, roles", [
    ("pulumi", ("Expert Software Engineer",)),
    ("error budgets", ("Global Lead Engineer",)),
    ("new relic", ("Lead Back End Engineer",)),
    ("kafka rabbitmq", ("Expert Software Engineer", "Lead Back End Engineer")),
])
def test_a_few_terms_typed_alone_are_a_search(assistant, question, roles):
    """A sourcer types terms as into a search box: the roles whose documents say them."""
    answer, text = ask(assistant, question)
    assert answer.intent == "reverse_search"
    assert all(role in text for role in roles)


def test_a_fact_asked_alone_in_a_thread_is_still_the_roles_fact(assistant):
    """"skills?" after a question about the Engineer is its skills, not a search for the word."""
    assistant.ask(Question("what does the Engineer role own", platform="test", conversation_key="f23-skills"))
    answer = assistant.ask(Question("skills?", platform="test", conversation_key="f23-skills"))
    assert answer.roles == ("Engineer",) and answer.intent != "reverse_search"


@pytest.mark.parametrize("question", ["intern", "weather in sf"])
def test_words_no_document_says_are_still_not_understood(assistant, question):
    answer, _text = ask(assistant, question)
    assert answer.intent != "reverse_search"


@pytest.mark.parametrize("question, roles", [
    ("roles for a kafka expert", ("Expert Software Engineer", "Lead Back End Engineer")),
    ("which roles suit a terraform expert", ("Global Lead Engineer", "Lead Back End Engineer")),
    ("graphql specialist?", ("Lead Back End Engineer",)),
])
def test_a_person_known_by_a_skill_is_a_search_for_the_skill(assistant, question, roles):
    """"Kafka expert" is someone good at Kafka, not a title the store lacks,
    though "Expert" is the rank of the Expert Software Engineer."""
    answer, text = ask(assistant, question)
    assert answer.intent == "reverse_search"
    assert "I don't have the role" not in text
    assert all(role in text for role in roles)


@pytest.mark.parametrize("question", ["expert salary", "senior expert comp", "my client's expert salary"])
def test_the_expert_alone_is_still_the_expert_software_engineer(assistant, question):
    answer, _text = ask(assistant, question)
    assert answer.roles == ("Expert Software Engineer",)


@pytest.mark.parametrize("question, skill, degree", [
    ("qualifications needed for global lead engineer", "highly available systems", "relevant technical field"),
    ("quals for engineer", "data structures and algorithms", "Mechanical Engineering"),
])
def test_qualifications_are_the_skills_and_the_education(assistant, question, skill, degree):
    """A hiring manager asking a candidate's qualifications means both what
    they can do and what they studied."""
    _answer, text = ask(assistant, question)
    assert skill in text and degree in text


def test_minimum_qualifications_are_still_the_education_alone(assistant):
    answer, text = ask(assistant, "minimum qualifications expert swe")
    assert answer.intent == "education"
    assert "modern programming languages" not in text


@pytest.mark.parametrize("question, shown", [
    ("what's on the plate of a lead backend eng", "back-end systems and microservices"),
    ("what would a global lead engineer spend their week on", "global user base"),
    ("respons of global lead engr", "global user base"),  # clipped as chat clips it
])
def test_what_fills_someones_week_is_the_responsibilities(assistant, question, shown):
    answer, text = ask(assistant, question)
    assert answer.intent == "primary_responsibilities"
    assert shown in text


def test_the_budget_for_a_hire_is_the_pay(assistant):
    answer, text = ask(assistant, "budget for expert swe hire?")
    assert answer.intent == "salary"
    assert "180,000" in text and "275,000" in text


def test_what_to_prioritize_in_a_candidate_is_hiring_advice(assistant):
    answer, text = ask(assistant, "should I prioritize tech or leadership for lead backend")
    assert answer.intent == "hiring_advice"
    assert "Prioritize technical expertise first" in text


@pytest.mark.parametrize("question, role, said", [
    ("does the global lead need C#", "Global Lead Engineer", "C#"),
    ("does the engineer need c++", "Engineer", "C++"),
])
def test_a_language_named_with_a_sign_is_a_topic(assistant, question, role, said):
    """"C#" and "C++" are two letters and a sign, and still the thing asked about."""
    answer, text = ask(assistant, question)
    assert answer.roles == (role,)
    assert said in text
    assert "cornerstone of our technical leadership" not in text  # not the overview


@pytest.mark.parametrize("question, role, said", [
    ("messaging queues expert swe", "Expert Software Engineer", "RabbitMQ"),
    ("data strategy global lead engineer", "Global Lead Engineer", "data strategy"),
])
def test_a_phrase_of_the_roles_documents_typed_before_its_title_is_its_topic(assistant, question, role, said):
    """A sourcer types the thing first: words the role's own documents say as a
    phrase, before its full title, are what is asked of it, not another title."""
    answer, text = ask(assistant, question)
    assert answer.roles == (role,)
    assert said in text


@pytest.mark.parametrize("question", ["security engineer salary", "machine learning engineer salary",
                                      "platform expert swe"])
def test_a_title_of_its_own_before_a_known_one_is_still_missing(assistant, question):
    _answer, text = ask(assistant, question)
    assert "I don't have the role" in text
