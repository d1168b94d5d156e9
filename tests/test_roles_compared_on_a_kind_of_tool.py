"""An interviewer comparing two roles on one kind of tool: "compare the
tracing tools, X versus Y". "tools" alone asks the hard skills only faintly
(a single role's answer already ranks its items by the words said with it);
two roles were compared on every hard skill each lists, cut short before the
kind asked. Compared on the items that name the kind instead, each role's
tools of it shown. On the seeds, with wordings of our own."""

import pytest

from tests.postings import ask


@pytest.mark.parametrize("question, roles, said", [
    ("compare the configuration-management tools of the Engineer and the Global Lead Engineer",
     ("Engineer", "Global Lead Engineer"), ["Ansible", "Ansible"]),
    ("tracing tools, expert software engineer versus lead back end engineer",
     ("Expert Software Engineer", "Lead Back End Engineer"), ["Jaeger", "New Relic"]),
])
def test_two_roles_compared_on_a_kind_of_tool_show_each_ones_tools_of_that_kind(assistant, question, roles, said):
    answer, text = ask(assistant, question)

    assert answer.roles == roles
    for word in said:
        assert word in text
    assert text.count("Ansible") >= said.count("Ansible")
    assert "Kubernetes" not in text  # no hard skill of another kind


def test_a_kind_one_role_never_names_is_compared_on_the_facet_still(assistant):
    # "IaC" is spelt out by one role only ("infrastructure-as-code"): its tools are found among the hard skills
    answer, text = ask(assistant, "which IaC tools, global lead engineer versus expert software engineer?")

    assert answer.roles == ("Global Lead Engineer", "Expert Software Engineer")
    assert "Pulumi" in text and "Ansible" in text
