"""A recruiter pastes RoleCall's answer back in a quote and names the role
they meant: "> Expert Software Engineer: $180,000 …" on one line, "wrong one,
I wanted the engineer" on the next (or on the same, when the line break is
lost on the way). The quoted role is what was said, not what is asked.
Played turn by turn, in our own words."""

import pytest

from tests.threads import BACKEND, BACKEND_YEARS, ENGINEER, GLOBAL, GLOBAL_YEARS


@pytest.mark.parametrize("then, role, said", [
    ("> Expert Software Engineer: 10-15+ years\nnot that one, I wanted the global lead engineer", GLOBAL, GLOBAL_YEARS),
    ("> Expert Software Engineer: 10-15+ years hmm, I asked for the lead backend engineer", BACKEND, BACKEND_YEARS),
    ("&gt; Expert Software Engineer: typically 10-15+ years — no, engineer please", ENGINEER, "3-7"),
])
def test_a_quoted_answer_names_no_role_asked(thread, then, role, said):
    thread.ask("how much experience does the engineer need")
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text and " vs " not in text.split("\n")[0]
