"""Recruiters ask about roles in their own words and get the documents' facts.

The questions here are deliberately not the shared dev questions: each intent
is asked the way people type in chat (lowercase, typos, slang, indirect).
"""

import pytest

from bot import ANSWER, CLARIFY, HELP, NOT_UNDERSTOOD, UNKNOWN_ROLE, Question, open_assistant, render_text


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


def ask(assistant, text, key=None):
    answer = assistant.ask(Question(text, platform="test", conversation_key=key))
    return answer, render_text(answer)


# Recruiters' own words for each intent, none of them the dev questions' phrasing.
OTHER_WORDS = [
    ("typical day for a global lead eng?", "Global Lead Engineer", "primary_responsibilities",
     "end-to-end architectural design"),
    ("what non-tech skills does an engineer need", "Engineer", "soft_skills", "Effective communication"),
    ("best way to test a lead back end eng's tech skills?", "Lead Back End Engineer", "hiring_advice",
     "more hands-on with daily development"),
    ("what would an engineer be doing", "Engineer", "primary_responsibilities",
     "full software development lifecycle"),
    ("engineer - whats the job", "Engineer", "primary_responsibilities", "cloud-native principles"),
    ("lead backend eng side responsibilities", "Lead Back End Engineer", "secondary_responsibilities",
     "technical guilds"),
    ("what kind of communicator should an expert swe be", "Expert Software Engineer", "soft_skills",
     "World-class communication"),
    ("engineer non-technical skills", "Engineer", "soft_skills", "data-driven mindset"),
    ("what should an engineer know technically", "Engineer", "hard_skills", "data structures and algorithms"),
    ("global lead engineer academic background", "Global Lead Engineer", "education",
     "equivalent practical experience"),
    ("what does the expert sw engineer role pay", "Expert Software Engineer", "salary", "$180,000 - $275,000+"),
    ("where can the global lead engineer role lead", "Global Lead Engineer", "career_next", "VP of Technology"),
    ("what's above expert software engineer", "Expert Software Engineer", "career_next", "Chief Architect"),
    ("how does someone become a global lead engineer", "Global Lead Engineer", "career_entry",
     "Senior Staff Engineer"),
    ("engineer previous roles", "Engineer", "career_entry", "Software Developer"),
    ("what does the lead backend engineer get besides salary", "Lead Back End Engineer", "perks",
     "equity compensation"),
    ("how to test a lead backend engineer's tech skills in an interview", "Lead Back End Engineer",
     "hiring_advice", "whiteboard sessions"),
    ("lead backend engineer warning signs", "Lead Back End Engineer", "hiring_advice",
     "resistance to code reviews"),
    ("how many people does a lead backend engineer manage", "Lead Back End Engineer", "hiring_advice",
     "4-6 direct reports"),
    ("what does an engineer spend their time on", "Engineer", "primary_responsibilities", "testable code"),
    ("global lead engineer: non-core duties", "Global Lead Engineer", "secondary_responsibilities",
     "ad-hoc data requests"),
    ("global lead engineer leadership style", "Global Lead Engineer", "soft_skills", "without formal authority"),
    ("how do you get to be a global lead engineer", "Global Lead Engineer", "career_entry",
     "Principal Software Engineer"),
]


@pytest.mark.parametrize("question, role, intent, expected", [
    ("gimme the elevator pitch for the global lead engineer", "Global Lead Engineer", "overview",
     "cornerstone of our technical leadership"),
    ("what does a Lead Back End Engineer own?", "Lead Back End Engineer", "primary_responsibilities",
     "Lead the design and architecture"),
    ("what is the lead bakend enginer in charge of", "Lead Back End Engineer", "primary_responsibilities",
     "technical guidance"),
    ("side duties of an expert software engineer", "Expert Software Engineer", "secondary_responsibilities",
     "senior technical talent"),
    ("besides the main job, what else does an expert software engineer handle", "Expert Software Engineer",
     "secondary_responsibilities", "senior technical talent"),
    ("comp for expert software engineer?", "Expert Software Engineer", "salary", "$180,000 - $275,000+"),
    ("how much does a global lead engineer make", "Global Lead Engineer", "salary", "Commensurate with experience"),
    ("what frameworks should a lead backend dev know", "Lead Back End Engineer", "hard_skills", "Django, Flask"),
    ("behavioral traits for an engineer", "Engineer", "soft_skills", "data-driven mindset"),
    ("what are the softskills for the engineer", "Engineer", "soft_skills", "data-driven mindset"),
    ("leadbackendengineer pay?", "Lead Back End Engineer", "salary", "$160,000 - $220,000"),
    ("does the expert swe need a masters", "Expert Software Engineer", "education",
     "related engineering discipline"),
    ("minimum qualification for an engineer?", "Engineer", "education", "Bachelor's degree"),
    ("yoe for global lead engineer", "Global Lead Engineer", "experience", "12-18+"),
    ("what's the next step after lead back end engineer", "Lead Back End Engineer", "career_next",
     "Director, Solutions Architecture"),
    ("where do engineers usually come from", "Engineer", "career_entry", "Systems Analyst / Network Technician"),
    ("can a global lead engineer pivot sideways", "Global Lead Engineer", "career_lateral", "Enterprise Architect"),
    ("what jobs are similar to global lead engineer", "Global Lead Engineer", "career_lateral", "Enterprise Architect"),
    ("what's the career ladder above lead backend engineer", "Lead Back End Engineer", "career_next",
     "Director, Solutions Architecture"),
    ("lead backend engineer wfh policy", "Lead Back End Engineer", "perks", "Remote/Hybrid"),
    ("where's the lead backend engineer based", "Lead Back End Engineer", "perks", "Remote/Hybrid"),
    ("how do people land an engineer job", "Engineer", "career_entry", "Systems Analyst / Network Technician"),
    ("what should I watch out for when screening lead backend engineers", "Lead Back End Engineer",
     "hiring_advice", "resistance to code reviews"),
    ("draft a jd for global lead engineer", "Global Lead Engineer", "job_description", "What you'll do"),
] + OTHER_WORDS)
def test_each_kind_of_question_gets_the_documents_facts(assistant, question, role, intent, expected):
    answer, text = ask(assistant, question)
    assert answer.kind == ANSWER
    assert answer.roles == (role,)
    assert answer.intent == intent
    assert expected in text
    assert answer.sources, "every answer names its source documents"


@pytest.mark.parametrize("question, intent", [
    ("lead BE eng salary", "salary"),
    ("what will the lead BE eng be working on", "primary_responsibilities"),
])
def test_be_in_capitals_is_back_end(assistant, question, intent):
    answer, _ = ask(assistant, question)
    assert answer.kind == ANSWER
    assert answer.roles == ("Lead Back End Engineer",)
    assert answer.intent == intent


def test_be_shouted_in_an_all_capitals_question_stays_a_verb(assistant):
    answer, _ = ask(assistant, "WHAT WOULD AN ENGINEER BE DOING")
    assert answer.roles == ("Engineer",)
    assert answer.intent == "primary_responsibilities"


@pytest.mark.parametrize("question", ["what positions do you cover", "what roles do you have info on",
                                      "show me the roles", "which jobs can I ask you about"])
def test_asking_for_the_roles_in_other_words_lists_them(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "list_roles"
    assert answer.roles == ("Engineer", "Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer")


@pytest.mark.parametrize("question", ["what other roles are there?", "what other positions do you have?"])
def test_other_roles_asked_for_are_the_roles_not_their_secondary_duties(assistant, question):
    """"Other" after "what" asks for secondary duties ("what other duties
    does it have?") only when no word for roles follows: "what other roles"
    asks for the roles, not for those whose documents list secondary duties."""
    answer, _ = ask(assistant, question)
    assert answer.intent == "list_roles"
    assert answer.roles == ("Engineer", "Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer")


@pytest.mark.parametrize("question", ["any roles using terraform?", "roles needing redis",
                                      "is redis mentioned in any role?"])
def test_a_reverse_search_ignores_the_verb_around_the_term(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "reverse_search"
    assert "Expert Software Engineer" in answer.roles and "Lead Back End Engineer" in answer.roles


def test_a_salary_the_document_leaves_blank_is_said_plainly(assistant):
    answer, text = ask(assistant, "what does the engineer role pay")
    assert "does not state a salary" in text
    assert "$0" not in text and "$" not in text.split("Sources")[0]


def test_facts_of_the_merged_role_come_from_both_sources(assistant):
    answer, text = ask(assistant, "key responsibilities for lead backend engineer")
    assert "Lead the design and architecture" in text  # role profile
    assert "Manage technical debt and prioritize system improvements" in text  # hiring guide
    assert set(answer.sources) == {"lead-back-end-engineer.txt", "lead-backend-engineer-hiring-guide.txt"}


def test_comparing_two_roles_puts_them_side_by_side(assistant):
    answer, text = ask(assistant, "compare Global Lead Engineer and Lead Backend Engineer")
    assert answer.intent == "compare"
    assert answer.roles == ("Global Lead Engineer", "Lead Back End Engineer")
    assert "$180,000 - $250,000+" in text and "$160,000 - $220,000" in text
    assert "12-18+" in text and "8-12+" in text


def test_comparing_experience_says_the_difference(assistant):
    answer, text = ask(assistant, "how many more years for an expert software engineer than an engineer")
    assert "Expert Software Engineer typically needs 7 more years than Engineer" in text


def test_reverse_search_finds_every_role_mentioning_a_term(assistant):
    answer, text = ask(assistant, "which roles ask for Kafka")
    assert set(answer.roles) == {"Lead Back End Engineer", "Expert Software Engineer"}
    assert "Kafka" in text


def test_a_term_no_document_mentions(assistant):
    answer, text = ask(assistant, "which roles need COBOL")
    assert answer.roles == ()
    assert "None of the documents in the store mention “COBOL”" in text


def test_salary_filter_over_the_store(assistant):
    answer, text = ask(assistant, "which roles pay more than 230k")
    assert set(answer.roles) == {"Global Lead Engineer", "Expert Software Engineer"}
    assert "Engineer" in text and "Salary not stated" in text


def test_roles_that_lead_to_a_title_without_a_profile(assistant):
    answer, text = ask(assistant, "which roles lead to VP of Technology")
    assert answer.roles == ("Global Lead Engineer",)


def test_a_career_route_follows_the_graph_through_titles_without_profiles(assistant):
    answer, text = ask(assistant, "how do I get from Senior Back End Engineer to Principal Engineer")
    assert "Senior Back End Engineer → Lead Back End Engineer" in text
    assert "Lead Back End Engineer → Principal Engineer" in text


@pytest.mark.parametrize("question", [
    "how can an engineer become a principal engineer",
    "how do i become a principal engineer starting as engineer",
    "to become a principal engineer from engineer, what is the path",
])
def test_a_career_route_starts_where_the_asker_says_they_start(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "career_route"
    assert answer.title == "From Engineer to Principal Engineer"


@pytest.mark.parametrize("question, intents, expected", [
    ("salary and experience for global lead engineer", "salary & experience", ["$180,000 - $250,000+", "12-18+"]),
    ("what skills and education does an engineer need", "skills & education",
     ["data-driven mindset", "Bachelor's degree"]),
    ("hard and soft skills for the lead backend engineer", "skills", ["Django, Flask", "Leadership & Influence"]),
    ("what's the lead back end engineer's salary, and is it remote?", "salary & perks",
     ["$160,000 - $220,000", "Remote/Hybrid"]),
])
def test_several_things_asked_about_one_role_are_all_answered(assistant, question, intents, expected):
    answer, text = ask(assistant, question)
    assert answer.kind == ANSWER
    assert answer.title.split(": ", 1)[1].startswith(intents)
    for fact in expected:
        assert fact in text


def test_which_role_pays_the_most_ranks_every_role(assistant):
    answer, text = ask(assistant, "which role pays the most?")
    assert answer.kind == ANSWER and answer.intent == "salary"
    assert answer.roles[0] == "Expert Software Engineer"  # $275,000+ is the top of any range
    assert "Expert Software Engineer pays the most: $180,000 - $275,000+ USD." in text
    assert "Salary not stated" in text and "Engineer" in text  # the blank salary is not ranked


def test_which_role_needs_the_least_experience(assistant):
    answer, text = ask(assistant, "which role needs the least experience")
    assert answer.intent == "experience"
    assert answer.roles[0] == "Engineer" and answer.roles[-1] == "Global Lead Engineer"


def test_listing_the_roles(assistant):
    answer, text = ask(assistant, "which roles do you know about")
    assert answer.roles == ("Engineer", "Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer")
    assert "Lead Backend Engineer" in text  # the alias is shown too


class TestWhenItIsNotSure:
    def test_a_question_fitting_several_roles_gets_a_clarifying_question(self, assistant):
        answer, text = ask(assistant, "what does a lead engineer earn")
        assert answer.kind == CLARIFY
        assert [c.label for c in answer.choices] == ["Lead Back End Engineer", "Global Lead Engineer", "None of these"]
        assert "$" not in text  # no guess presented as fact
        chosen, chosen_text = ask(assistant, answer.choices[1].question)
        assert chosen.roles == ("Global Lead Engineer",) and chosen.intent == "salary"

    def test_a_partial_title_is_offered_not_assumed(self, assistant):
        answer, _ = ask(assistant, "backend engineer responsibilities")
        assert answer.kind == CLARIFY
        assert answer.choices[0].label == "Lead Back End Engineer"
        assert answer.choices[-1].label == "None of these"

    def test_none_of_these_lists_what_it_knows(self, assistant):
        answer, _ = ask(assistant, "none of these")
        assert answer.intent == "list_roles"

    def test_a_role_the_store_lacks_is_never_invented(self, assistant):
        answer, text = ask(assistant, "what does a Chief Data Officer own?")
        assert answer.kind == UNKNOWN_ROLE
        assert "Chief Data Officer" in answer.title
        assert not answer.sections

    def test_a_title_from_a_career_path_has_no_profile_but_is_placed(self, assistant):
        answer, text = ask(assistant, "staff engineer pay range")
        assert answer.kind == UNKNOWN_ROLE
        assert "Engineer (a next step from it)" in text
        assert "$" not in text

    def test_small_talk_and_unrelated_questions_get_a_pointer(self, assistant):
        for question in ("hey!", "what's the weather in Oslo", "write me a haiku"):
            answer, text = ask(assistant, question)
            assert answer.kind == NOT_UNDERSTOOD
            assert "job role" in text

    def test_help_shows_examples_built_from_the_store(self, assistant):
        answer, text = ask(assistant, "help")
        assert answer.kind == HELP
        examples = [item.text for item in answer.sections[0].items]
        # The role most is known about (a stated salary, two documents), with
        # its article: not the alphabetically first "what does a Engineer own?".
        assert "what does a Lead Back End Engineer own?" in examples
        assert "draft a job description for a Lead Back End Engineer" in examples
        for example in examples:  # each example, asked, is answered
            assert ask(assistant, example)[0].kind == ANSWER, example

    def test_examples_say_a_or_an_as_the_title_sounds(self):
        from bot.compose import article

        said = {title: article(title) for title in (
            "Engineer", "Lead Engineer", "SRE", "QA Lead", "Office Manager", "Unix Administrator", "Hourly Cashier")}
        assert said == {"Engineer": "an", "Lead Engineer": "a", "SRE": "an", "QA Lead": "a",
                        "Office Manager": "an", "Unix Administrator": "a", "Hourly Cashier": "an"}

    def test_what_it_could_not_answer_is_recorded(self, assistant):
        from sqlmodel import select

        from knowledge.models import Unanswered

        ask(assistant, "what does a head of people do")
        with assistant.store.session() as session:
            recorded = session.exec(select(Unanswered).order_by(Unanswered.id.desc())).all()
        assert recorded[0].text == "what does a head of people do"
        assert recorded[0].reason == "unknown_role"


class TestATitleWithAWordOfItsOwn:
    """A word that makes a known title another role ("security engineer",
    "global lead recruiter") means a role the store lacks: it is said to be
    missing, whatever is asked, and the roles it came close to are offered."""

    MISSING = [
        ("security engineer", "security engineer", "Engineer"),
        ("what do iOS engineers earn?", "iOS engineers", "Engineer"),
        ("lead platform engineer skills", "lead platform engineer", "Lead Back End Engineer"),
        ("global lead recruiter", "global lead recruiter", "Global Lead Engineer"),
        ("compare security engineer and engineer", "security engineer", "Engineer"),
        ("what comes after security engineer", "security engineer", "Engineer"),
        ("how do I interview a qa engineer", "qa engineer", "Engineer"),
        ("network engineer perks", "network engineer", "Engineer"),
        ("senior frontend engineer comp", "senior frontend engineer", "Engineer"),
        ("global lead architect salary", "global lead architect", "Global Lead Engineer"),
        ("education for a global lead python programmer", "global lead python programmer", "Global Lead Engineer"),
        ("lead data engineer salary", "lead data engineer", "Global Lead Engineer"),
        ("my manager says a security engineer earns more", "security engineer", "Engineer"),
        ("lead backend recruiters salary", "lead backend recruiters", "Lead Back End Engineer"),  # another job
        ("what do global lead designers get paid", "global lead designers", "Global Lead Engineer"),
    ]

    def test_it_is_said_to_be_missing_and_the_close_roles_are_offered(self, assistant):
        for question, name, close in self.MISSING:
            answer, text = ask(assistant, question)
            assert answer.kind == UNKNOWN_ROLE, question
            assert answer.title == f"I don't have the role “{name}”.", question
            assert close in [c.label for c in answer.choices], question
            assert not answer.roles and "$" not in text and "Role definition" not in text, question

    def test_it_is_missing_in_a_conversation_too_and_the_context_stays(self, assistant):
        ask(assistant, "tell me about the engineer role", key="thread-sec")
        answer, _ = ask(assistant, "and a security engineer?", key="thread-sec")
        assert answer.kind == UNKNOWN_ROLE and "security engineer" in answer.title
        answer, _ = ask(assistant, "compare it with the ios engineer", key="thread-sec")
        assert answer.kind == UNKNOWN_ROLE and "ios engineer" in answer.title
        answer, text = ask(assistant, "and the experience?", key="thread-sec")
        assert answer.roles == ("Engineer",) and "3–7 years" in text

    STILL_THE_ROLE = [
        ("Engineer", "Engineer"),
        ("engineer salary", "Engineer"),
        ("lead backend", "Lead Back End Engineer"),
        ("lead back end eng", "Lead Back End Engineer"),
        ("expert swe", "Expert Software Engineer"),
        ("global lead", "Global Lead Engineer"),
        ("lead bakend enginer salary", "Lead Back End Engineer"),
        ("senior lead backend engineer salary", "Lead Back End Engineer"),  # seniority makes no other role
        ("what does an experienced expert software engineer earn", "Expert Software Engineer"),
        ("what does a strong engineer need to know technically", "Engineer"),  # nor does praise
        ("what frameworks should a lead backend dev know", "Lead Back End Engineer"),  # a dev is an engineer
        ("global lead programmer salary", "Global Lead Engineer"),  # and so is a programmer
        ("is the global lead hands-on?", "Global Lead Engineer"),
        ("does the lead backend guy need kubernetes experience", "Lead Back End Engineer"),
        ("what would our global lead eng do all day", "Global Lead Engineer"),
    ]

    def test_shortened_misspelt_and_senior_mentions_still_name_the_role(self, assistant):
        for question, role in self.STILL_THE_ROLE:
            answer, _ = ask(assistant, question)
            assert (answer.kind, answer.roles) == (ANSWER, (role,)), question

    def test_a_senior_title_of_the_career_paths_is_placed_not_answered_as_the_role(self, assistant):
        answer, text = ask(assistant, "senior engineer salary")
        assert answer.kind == UNKNOWN_ROLE and "Senior Engineer" in answer.title
        assert "Engineer (a next step from it)" in text
        assert "Engineer" in [c.label for c in answer.choices]

    # Words beside a title outside its noun phrase, or naming people in the role rather than another job.
    NOT_ANOTHER_ROLE = [
        ("my recruiter reckons expert swe folks earn 300k - true?", ("Expert Software Engineer",)),  # saying
        ("we need to source expert swe people, where do they come from", ("Expert Software Engineer",)),  # hiring
        ("she was previously expert swe, what's the next step", ("Expert Software Engineer",)),  # an adverb
        ("does the global lead later move into management", ("Global Lead Engineer",)),  # an adverb in -er
        ("the global lead won't answer to anyone - what does the role own?", ("Global Lead Engineer",)),
        ("who's paid less across expert swe and lead backend",  # a preposition
         ("Expert Software Engineer", "Lead Back End Engineer")),
        ("what does an ordinary engineer earn", ("Engineer",)),  # a plain adjective
        ("the vanilla engineer tech stack", ("Engineer",)),
        ("how should I assess lead backend applicants on system design", ("Lead Back End Engineer",)),
        ("lead backend contenders: what red flags should I watch for", ("Lead Back End Engineer",)),
        ("my client's global lead engineer - what are the perks", ("Global Lead Engineer",)),  # a possessive
        ("the lead backend's manager: what does the role pay", ("Lead Back End Engineer",)),
        ("who would the global lead mentor?", ("Global Lead Engineer",)),  # a verb after "would"
    ]

    def test_words_outside_its_noun_phrase_or_people_in_it_make_no_other_role(self, assistant):
        for question, roles in self.NOT_ANOTHER_ROLE:
            answer, _ = ask(assistant, question)
            assert (answer.kind, answer.roles) == (ANSWER, roles), question

    def test_a_cut_short_word_of_the_title_is_its_own(self, assistant):
        answer, _ = ask(assistant, "what does a glob lead engineer earn")  # "glob" for "global"
        assert answer.kind == ANSWER and answer.roles == ("Global Lead Engineer",)

    def test_the_reading_names_the_missing_role(self, assistant):
        answer, _ = ask(assistant, "iOS engineer salary")
        assert answer.explanation["missing_roles"] == ["iOS engineer"]
        assert "'ios'" in answer.explanation["decision"]


class TestFollowUps:
    def test_a_follow_up_keeps_the_role(self, assistant):
        ask(assistant, "tell me about the global lead engineer", key="thread-1")
        answer, text = ask(assistant, "and the salary?", key="thread-1")
        assert answer.roles == ("Global Lead Engineer",) and "180,000" in text
        answer, text = ask(assistant, "what about soft skills", key="thread-1")
        assert answer.intent == "soft_skills" and "without formal authority" in text

    def test_compare_it_with_another_role(self, assistant):
        ask(assistant, "what does an expert software engineer earn", key="t2")
        answer, _ = ask(assistant, "compare it with the Engineer role", key="t2")
        assert answer.roles == ("Expert Software Engineer", "Engineer")

    def test_compare_the_two_roles_asked_about_one_after_the_other(self, assistant):
        ask(assistant, "what does an expert software engineer earn", key="t3")
        ask(assistant, "and the salary of the engineer?", key="t3")
        answer, text = ask(assistant, "compare the two", key="t3")
        assert answer.intent == "compare"
        assert set(answer.roles) == {"Expert Software Engineer", "Engineer"}
        assert "180,000" in text  # the expert's salary, beside the engineer's

    def test_the_two_are_the_last_two_different_roles(self, assistant):
        ask(assistant, "tell me about the global lead engineer", key="t4")
        ask(assistant, "what does an engineer do", key="t4")
        ask(assistant, "and the engineer's salary?", key="t4")  # the same role again
        answer, _ = ask(assistant, "how do they differ?", key="t4")
        assert set(answer.roles) == {"Global Lead Engineer", "Engineer"}

    def test_conversations_do_not_leak_into_each_other(self, assistant):
        ask(assistant, "tell me about the global lead engineer", key="a")
        answer, _ = ask(assistant, "and the salary?", key="b")
        assert answer.kind == CLARIFY

    def test_context_is_shared_by_every_process_on_the_store(self, assistant, database_url):
        ask(assistant, "lead backend engineer perks", key="shared")
        other_process = open_assistant(database_url)
        answer = other_process.ask(Question("and the salary?", conversation_key="shared"))
        assert answer.roles == ("Lead Back End Engineer",)

    def test_context_expires(self, database_url):
        from datetime import timedelta

        from bot.assistant import Assistant

        forgetful = open_assistant(database_url)
        forgetful = Assistant(forgetful.knowledge, context_ttl=timedelta(seconds=-1))
        ask(forgetful, "tell me about the engineer", key="old")
        answer, _ = ask(forgetful, "and the salary?", key="old")
        assert answer.kind == CLARIFY


def test_explanations_show_the_candidates_and_scores(assistant):
    answer, _ = ask(assistant, "lead engineer salary")
    mention = answer.explanation["mentions"][0]
    assert mention["text"] == "lead engineer"
    titles = [c["title"] for c in mention["candidates"]]
    assert "Lead Back End Engineer" in titles and "Global Lead Engineer" in titles
    assert answer.explanation["intent_scores"]["salary"] >= 3


def test_an_experience_comparison_shows_what_each_role_prefers_beyond_the_years(assistant):
    answer, text = ask(assistant, "preferred experience, lead backend engineer vs expert software engineer")

    assert answer.intent == "compare"
    assert "A minimum of 3 years in a technical leadership capacity" in text
    assert "At least 5 years of experience in a senior or lead engineering role" in text
