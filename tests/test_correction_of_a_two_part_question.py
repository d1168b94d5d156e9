"""A hiring manager asks two things of one role ("years for X, and its
salary"), then notices the wrong role: "I meant Y for both" asks both
things of Y, and a role named after that keeps asking both (bank
twenty-one's kind, in wordings of our own)."""

from tests.threads import BACKEND, EXPERT, EXPERT_PAY, EXPERT_YEARS, GLOBAL, GLOBAL_PAY, GLOBAL_YEARS


def test_a_correction_asks_every_fact_of_the_question_it_corrects(thread):
    thread.ask(f"years for the {BACKEND}, and its salary")
    answer, text = thread.ask(f"ugh, wrong role. I meant the {EXPERT} for both")
    assert answer.roles == (EXPERT,)
    assert EXPERT_YEARS in text and EXPERT_PAY in text


def test_the_next_role_named_alone_is_asked_both_again(thread):
    thread.ask(f"years and salary for the {BACKEND}")
    answer, text = thread.ask("and the global one?")
    assert answer.roles == (GLOBAL,)
    assert GLOBAL_YEARS in text and GLOBAL_PAY in text


def test_a_one_fact_question_carries_one_fact(thread):
    thread.ask(f"years for the {BACKEND}, and its salary")
    thread.ask(f"what does the {GLOBAL} do?")
    _answer, text = thread.ask(f"and the {EXPERT}?")
    assert EXPERT_PAY not in text


def test_a_word_of_its_own_asks_that_word_not_the_facts_before(thread):
    thread.ask("my friend has 13 yrs, senior staff engineer, Go and Rust. would he fit global lead engineer")
    _answer, text = thread.ask("does GLE list Rust")
    assert "Rust" in text
