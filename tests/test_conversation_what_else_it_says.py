"""A recruiter reading a role's hiring advice asks "what else does the guide
flag?" (or "what else does it say?"). "What else" with a verb of saying asks
more of what was just shown, not the role's secondary duties, which "what
else does it handle?" still asks."""


def test_what_else_does_the_guide_flag_is_more_hiring_advice(thread):
    thread.ask("red flags when hiring a lead back end engineer?")
    answer, text = thread.ask("what else does the guide flag?")
    assert answer.intent == "hiring_advice" and "mentoring" in text


def test_what_else_does_it_say_after_hiring_advice(thread):
    thread.ask("red flags when hiring a lead back end engineer?")
    answer, _ = thread.ask("what else does it say?")
    assert answer.intent == "hiring_advice"


def test_what_else_does_it_handle_is_still_its_other_duties(thread):
    thread.ask("red flags when hiring a lead back end engineer?")
    answer, _ = thread.ask("what else does it handle?")
    assert answer.intent == "secondary_responsibilities"
