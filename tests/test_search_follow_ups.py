"""A recruiter searches every role for a tool, then asks for another in a
word or two ("and New Relic?", "Ansible too?", "and both?"): the same search,
across the whole store, not a question about the roles the first one showed.
After a candidate's fit, "them" is the candidate, so "what would we pay them"
is the pay of their best fit.

Every conversation is played turn by turn through the Assistant the Slack
and Teams adapters use, with the thread's conversation key.
"""

import pytest

from bot import open_assistant


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


class TestAStoreWideSearchAskedAgain:
    def test_and_another_tool_searches_every_role_for_it(self, thread):
        _a, first = thread.ask("roles with Jaeger")
        assert "Datadog, or Jaeger" in first

        answer, text = thread.ask("and New Relic?")

        assert answer.title == "Roles that mention New Relic"
        assert answer.roles == ("Lead Back End Engineer",)
        assert "Datadog, New Relic" in text and "Jaeger" not in text

    def test_what_about_finds_roles_the_first_search_did_not_show(self, thread):
        _a, first = thread.ask("which roles mention GraphQL")
        assert "Engineer:" not in first.replace("Back End Engineer:", "")

        answer, text = thread.ask("what about gRPC?")

        assert set(answer.roles) == {"Engineer", "Expert Software Engineer"}
        assert "REST, gRPC, OpenAPI/Swagger" in text and "GraphQL" not in text

    def test_a_tool_too_is_searched_alone(self, thread):
        thread.ask("roles that mention SQS")

        answer, text = thread.ask("Ansible too?")

        assert set(answer.roles) == {"Engineer", "Global Lead Engineer"}
        assert "SQS" not in text

    def test_and_both_asks_for_the_roles_that_mention_the_last_two(self, thread):
        thread.ask("which roles mention redis")
        thread.ask("and GraphQL?")

        answer, text = thread.ask("and both?")

        assert answer.roles == ("Lead Back End Engineer",)
        assert "Redis, Cassandra" in text and "GraphQL" in text

    def test_a_tool_as_well_is_searched_with_the_one_before(self, thread):
        thread.ask("roles that mention gRPC")

        answer, text = thread.ask("Ansible as well?")

        assert answer.roles == ("Engineer",)
        assert "CloudFormation, Ansible" in text and "(REST, gRPC)" not in text

    def test_a_tool_no_role_mentions_is_said_so(self, thread):
        thread.ask("roles with Jaeger")

        answer, _text = thread.ask("and Splunk?")

        assert answer.title == "No role mentions Splunk"

    def test_after_the_roles_lacking_a_tool_another_asks_which_lack_that(self, thread):
        thread.ask("which roles don't mention kafka")

        answer, _text = thread.ask("and GraphQL?")

        assert answer.title == "Roles that don't mention GraphQL"
        assert "Lead Back End Engineer" not in answer.roles and "Expert Software Engineer" in answer.roles

    def test_the_roles_of_the_last_two_searches_are_these_two(self, thread):
        thread.ask("roles with Jaeger")
        thread.ask("and New Relic?")

        answer, text = thread.ask("which of these two pays less")

        assert answer.roles[0] == "Lead Back End Engineer"
        assert "160,000" in text and "275,000" in text and "250,000" not in text

    def test_a_fact_asked_after_a_search_is_still_about_the_role_shown(self, thread):
        thread.ask("roles with GraphQL")

        answer, text = thread.ask("what does it pay?")

        assert answer.roles == ("Lead Back End Engineer",)
        assert "160,000" in text


class TestACandidatesFit:
    DESCRIBED = "candidate: 14 YOE, C# and Rust, led teams across 3 continents. which role?"

    def test_what_we_would_pay_them_is_their_best_fits_pay(self, thread):
        fit, _text = thread.ask(self.DESCRIBED)
        assert fit.roles[0] == "Global Lead Engineer" and len(fit.roles) > 1

        answer, text = thread.ask("what would we pay them")

        assert answer.roles == ("Global Lead Engineer",)
        assert "250,000" in text and "275,000" not in text

    def test_where_they_could_go_after_is_their_best_fits_next_steps(self, thread):
        thread.ask(self.DESCRIBED)

        answer, text = thread.ask("where could they go after")

        assert answer.roles == ("Global Lead Engineer",)
        assert "VP of Technology" in text and "Principal / Distinguished Engineer" not in text

    def test_both_of_them_still_means_every_role_that_fits(self, thread):
        thread.ask(self.DESCRIBED)

        answer, _text = thread.ask("compare the salary of both")

        assert set(answer.roles) == {"Global Lead Engineer", "Expert Software Engineer"}
