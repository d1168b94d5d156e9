"""A sourcer tells what a candidate has, then asks which role mentions
"those": "my candidate has Terraform and Prometheus. which roles list
those?". "those" points back at what the candidate has, as "them" did; the
sentence telling of the candidate was set aside and the bare "which roles
list those" understood as nothing. Each story is played turn by turn through
the Assistant the adapters use, in our own words."""

import pytest

from tests.threads import EXPERT, EXPERT_YEARS, GLOBAL


@pytest.mark.parametrize("question, role", [
    ("my candidate has Pulumi and Prometheus on her resume. which role lists those?", EXPERT),
    ("got someone who knows CloudFormation and Ansible. what role mentions these?", GLOBAL),
])
def test_those_after_a_candidates_skills_searches_them(thread, question, role):
    answer, text = thread.ask(question)
    assert role in answer.roles and "I can only help" not in text


def test_the_role_found_is_the_one_in_question_after(thread):
    thread.ask("my candidate has Pulumi and Prometheus on her resume. which role lists those?")
    answer, text = thread.ask("how many years does it want")
    assert answer.roles == (EXPERT,) and EXPERT_YEARS in text
