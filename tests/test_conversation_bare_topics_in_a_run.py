"""A recruiter goes down a role's skills one bare topic at a time: "queues?",
"monitoring?", "containers?". Each short follow-up answers from the facet the
first answer showed, however many topics came between (the conversation
remembered that facet for one answer only, and a topic rare in it fell to
"I can only help with questions about job roles"); and a term typed as
short words joined by a slash ("ci/cd?") is a topic like any other, the role's
items that say it, not a search of the store (bank seventeen's kind, in wordings
of our own)."""

from tests.threads import BACKEND, ENGINEER


def test_a_run_of_bare_topics_stays_in_the_facet_first_shown(thread):
    thread.ask("what hard skills does the engineer need")
    thread.ask("databases?")
    thread.ask("and scripting?")
    answer, text = thread.ask("containers?")
    assert answer.roles == (ENGINEER,)
    assert "Kubernetes" in text


def test_a_slash_joined_term_is_a_topic_of_the_role_in_question(thread):
    thread.ask("what tooling does the lead backend engineer need for monitoring")
    answer, text = thread.ask("ci/cd?")
    assert answer.roles == (BACKEND,)
    assert "GitHub Actions" in text  # the hard skill that names the tools, not only the duties that say "CI/CD"
