"""A placement said as a condition of the last question: after "what
would he be paid?" for one role, "and if we slotted him into the expert
software engineer instead?" asks that pay again for the other role. "Put",
"place", "slot" ask where someone fits when they are the question ("where
should I put her?"), but inside an "if" they only set the scene: the role
after them is the role the last question is now asked of. Read as a fit,
the recruiter got the candidate's years against the role instead of its
pay. Each story is played turn by turn through the Assistant the adapters
use, in our own words."""

from tests.threads import EXPERT, EXPERT_PAY, GLOBAL_PAY


def test_if_we_slot_them_into_another_role_asks_the_last_question_of_it(thread):
    thread.ask("candidate: 13 years, ran platform teams across three continents. global lead engineer a fit?")
    thread.ask("what would he be paid")
    answer, text = thread.ask("what if we placed him with the expert software engineer instead?")
    assert answer.roles == (EXPERT,) and EXPERT_PAY in text and GLOBAL_PAY not in text


def test_where_should_i_put_her_still_asks_the_fit(thread):
    answer, _text = thread.ask("someone with 9 years of backend java and 3 as tech lead, where should I put her?")
    assert answer.kind == "answer" and answer.roles
