"""A recruiter goes on from two roles side by side: "which of them …", "their
…", "… for each". The follow-up is asked of both roles on screen, on the
same terms as if both were named again."""

from tests.threads import BACKEND, ENGINEER, EXPERT, GLOBAL


class TestFacetTheSeedsLackAskedOfBoth:
    def test_which_of_them_is_on_call_names_the_one_whose_duties_have_the_rotation(self, thread):
        thread.ask("engineer vs lead back end: experience")
        answer, text = thread.ask("and which of the two does on call?")
        # searched among the two on screen only: the Expert's on-call support is no answer
        assert answer.roles == (BACKEND,)
        assert "on-call rotation" in text and "employment type" not in text.lower()
        assert "Expert" not in text


class TestSearchNarrowedByShortName:
    def test_mongo_narrows_a_search_to_the_roles_naming_mongodb(self, thread):
        thread.ask("roles that talk about postgres")
        answer, text = thread.ask("just the ones that say mongo too")
        assert GLOBAL in answer.roles and BACKEND in answer.roles and EXPERT not in answer.roles
        assert "MongoDB" in text


class TestPickFromARankingThenAsk:
    def test_next_step_after_the_top_one_is_its_career_step_not_the_role_below(self, thread):
        thread.ask("who pays best")
        answer, text = thread.ask("the top one, next move?")
        assert answer.roles == (EXPERT,) and "Chief Architect" in text


class TestWhichOfThemLacksAFacet:
    def test_which_of_them_has_no_pay_after_a_pay_ranking_names_the_one_set_apart(self, thread):
        thread.ask("rank every role by salary")
        answer, text = thread.ask("and which of those doesn't have a range?")
        assert answer.roles == (ENGINEER,) and "not stated" in text


class TestTheirAfterAPickAmongTwo:
    def test_their_is_both_roles_as_they_is_after_which_of_them_pays_more(self, thread):
        thread.ask("global lead vs lead back end, how many years")
        thread.ask("which of the two earns more")
        answer, _ = thread.ask("their education requirements")
        assert set(answer.roles) == {GLOBAL, BACKEND}
