"""Where the roles on screen lead, asked with a word for the group: "what
do both lead to?", "where could each of them move into?". "Lead to" points
both ways ("which roles lead to X" asks X's way in), and only the side the
roles are on tells which; "both", "each", "either" stand where their names
would, before the phrase, as "they" does: the way on. Read with no role
before the phrase, a recruiter asking where two roles go got where their
people come from. Each story is played turn by turn through the Assistant
the adapters use, in our own words."""


def test_what_do_both_lead_to_after_two_roles_is_their_next_steps(thread):
    thread.ask("lead back end engineer or engineer: education?")
    answer, text = thread.ask("ok, what can both lead to")
    assert answer.intent == "compare" and "next steps" in answer.title
    assert "where they come from" not in answer.title


def test_which_roles_lead_to_a_title_still_asks_the_way_in(thread):
    answer, _text = thread.ask("which roles lead to director of engineering")
    assert "next steps" not in answer.title
