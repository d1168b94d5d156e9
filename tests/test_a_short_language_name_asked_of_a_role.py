"""A recruiter asks whether a role needs a programming language whose name
is short and an ordinary word too: "Go experience needed?", "any go skills
for it?", "does it want Go?". Right before a word of skill or experience, or
typed with its capital inside the question, the name is the language, so
the role's items that name it are shown (with its experience when that was
asked), as they are for "Rust experience"; "where does it go after?" is
still a career step. Each story is played turn by turn through the
Assistant the adapters use.
"""

from tests.threads import EXPERT, GLOBAL

GO_ITEM = "such as Go,"  # the Global Lead Engineer's item naming the language


class TestAShortLanguageNameAskedOfARole:

    def test_language_then_experience_after_a_pay_answer(self, thread):
        thread.ask("global lead engineer comp range?")
        answer, text = thread.ask("Go experience a must?")
        assert answer.roles == (GLOBAL,) and GO_ITEM in text

    def test_language_typed_with_its_capital_inside_the_question(self, thread):
        thread.ask("global lead engineer comp range?")
        answer, text = thread.ask("would they want Go for this one?")
        assert answer.roles == (GLOBAL,) and GO_ITEM in text

    def test_lowercase_language_before_skills(self, thread):
        answer, text = thread.ask("is go knowledge expected of the global lead engineer")
        assert answer.roles == (GLOBAL,) and GO_ITEM in text

    def test_going_somewhere_is_still_a_career_step(self, thread):
        thread.ask("tell me about the expert software engineer")
        answer, text = thread.ask("where do people go after that role?")
        assert answer.roles == (EXPERT,) and GO_ITEM not in text
