"""A recruiter describes a candidate ("5 years as a mid-level developer and a
bachelor's in computer science") and asks which role fits. The answer said
"5 years is within its stated range (3-7 years)" and dropped the role's own
sentence for that range, which says what level those years are
("... for mid-level roles; 7+ years for senior/lead positions"): the
recruiter placing the candidate needs those words, not only the figures."""

from tests.postings import ask


def test_a_candidates_years_in_a_roles_range_are_shown_in_the_roles_own_words(assistant):
    answer, text = ask(assistant, "candidate: 4 yrs as a developer, bachelor's in computer science. which role fits them?")

    assert answer.roles[0] == "Engineer"
    assert "4 years is within its stated range (3-7 years)" in text
    assert "mid-level roles" in text
