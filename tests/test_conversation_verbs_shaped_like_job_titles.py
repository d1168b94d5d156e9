"""A recruiter with two roles on screen asks "which lists a pay range?": a
verb a question says of a role's documents is no job title, even when it ends
like a noun for a person ("lists" as "analysts", "offers" as "officers"); it
was taken for a role the store lacks ("I don't have the role 'lists'")
(bank eighteen's kind, in wordings of our own)."""

from tests.threads import ENGINEER, EXPERT


def test_which_lists_a_pay_range_answers_of_the_two_on_screen(thread):
    thread.ask("engineer and expert software engineer, side by side: hard skills")
    answer, text = thread.ask("which lists a pay range?")
    assert set(answer.roles) == {ENGINEER, EXPERT}
    assert "don't have the role" not in text
    assert "Only Expert Software Engineer states a salary" in text
