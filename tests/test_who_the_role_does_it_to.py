""""Who" as the object of what the role in question does: after a role,
"who do they coach?" or "who does she report to?" asks whom that role does
it to (its own documents), not which roles of the store do it, as "who
does on-call?" does. The subject pronoun after "who do" is the role on
screen. Searched across the store, a recruiter asking about one role got
every role that mentions the verb. Each story is played turn by turn through
the Assistant the adapters use, in our own words."""

from tests.threads import BACKEND, EXPERT


def test_who_do_they_coach_after_a_role_is_that_roles_own_words(thread):
    thread.ask("what does an expert software engineer earn")
    answer, text = thread.ask("who do they mentor then")
    assert answer.roles == (EXPERT,) and "senior engineers" in text


def test_who_does_on_call_with_no_pronoun_still_asks_the_store(thread):
    thread.ask("lead back end engineer salary")
    answer, _text = thread.ask("who does mentoring")
    assert len(answer.roles) > 1 and BACKEND in answer.roles
