"""A coordinator asks how many roles RoleCall holds the way an office says
it keeps papers: "on file", "on record", "on the books". Those words say
where the roles are kept, not a thing to search the documents for. In our
own words."""

import pytest

from bot import Question, render_text


@pytest.mark.parametrize("question", [
    "how many positions are on record?",
    "what jobs have you got on the books",
    "count of the roles you have on file pls",
])
def test_roles_on_file_asks_for_the_list(assistant, question):
    text = render_text(assistant.ask(Question(question, platform="test")))
    assert text.startswith("I know 4 roles")
