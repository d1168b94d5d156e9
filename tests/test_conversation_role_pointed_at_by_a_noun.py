"""A noun for the role in question stands where "it" does.

eval/perturb_dialogs.py rewrote "it" in follow-ups as "that role", "this
one", "the role", "that position": people say those as often as "it". The
career rule let only pronouns point at the role in question ("which roles
come before that role?" searched every document for "come"), a bare "the
role" read as the whole store ("how much experience does the role ask for"
listed every role's years), and "enough for that role?" after a search read
"role" as asking which role fits (the years fitting another role).
"""

from tests.threads import BACKEND, ENGINEER, EXPERT, GLOBAL


class TestANounForTheRoleInACareerQuestion:
    """"which roles come before this one?": the role in question's way in."""

    def test_this_one_after_a_roles_next_steps_is_that_roles_way_in(self, thread):
        thread.ask("What is the career path after Global Lead Engineer?")
        answer, text = thread.ask("And which roles come before this one?")
        assert answer.roles == (GLOBAL,) and "Principal Software Engineer" in text

    def test_that_role_after_a_roles_next_steps_is_that_roles_way_in(self, thread):
        thread.ask("Please tell me, which career comes after the Expert Software Engineer?")
        answer, text = thread.ask("And from which positions do people normally come into that role?")
        assert answer.roles == (EXPERT,) and "Senior Software Engineer" in text

    def test_the_role_after_a_roles_degree_is_that_roles_way_in(self, thread):
        thread.ask("global lead engineer min degree")
        answer, text = thread.ask("who usually moves into the role?")
        assert answer.roles == (GLOBAL,) and "Principal Software Engineer" in text

    def test_which_roles_come_before_a_title_still_asks_the_store(self, thread):
        thread.ask("What is the career path after Global Lead Engineer?")
        answer, _text = thread.ask("which roles lead to chief architect?")
        assert answer.roles != (GLOBAL,)


class TestTheRoleAskedAFact:
    """"how much experience does the role ask for": the role on screen's years."""

    def test_the_role_asks_the_role_on_screen(self, thread):
        thread.ask("tell me about the Engineer role")
        answer, text = thread.ask("how much experience does the role ask for")
        assert answer.roles == (ENGINEER,) and "3-7" in text and "10-15" not in text

    def test_which_roles_state_it_still_asks_the_store(self, thread):
        thread.ask("tell me about the Engineer role")
        answer, _text = thread.ask("which roles have salaries posted")
        assert len(answer.roles) > 1


class TestEnoughForThatRole:
    """"she has 9 years — enough for that role?": the role found, judged."""

    def test_that_role_after_a_search_judges_the_role_found(self, thread):
        thread.ask("candidate has Pulumi and Jaeger on her CV. which role mentions those?")
        answer, text = thread.ask("she has 9 years — enough for that role?")
        assert answer.roles == (EXPERT,) and "10-15" in text

    def test_the_role_after_a_search_judges_the_role_found(self, thread):
        thread.ask("candidate has Pulumi and Jaeger on her CV. which role mentions those?")
        answer, text = thread.ask("she has 9 years — enough for the role?")
        assert answer.roles == (EXPERT,) and "10-15" in text


class TestWhichThingsThatRoleNames:
    """"which managed Kubernetes services does that role name?": the "which"
    asks among the role in question's items; "that role" is no store-wide "which role"."""

    def test_that_role_names_its_items(self, thread):
        thread.ask("lead back end engineer years")
        answer, text = thread.ask("Which managed Kubernetes services does that role name?")
        assert answer.roles == (BACKEND,) and "EKS" in text

    def test_the_role_names_its_items(self, thread):
        thread.ask("lead back end engineer years")
        answer, text = thread.ask("Which managed Kubernetes services does the role name?")
        assert answer.roles == (BACKEND,) and "EKS" in text

    def test_which_role_names_them_still_asks_the_store(self, thread):
        thread.ask("lead back end engineer years")
        answer, _text = thread.ask("which roles mention Terraform?")
        assert answer.intent == "reverse_search"
