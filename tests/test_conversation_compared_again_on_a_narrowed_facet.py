"""Two roles are on screen side by side, and the recruiter moves to another
facet with a word narrowing it: "and the mentoring experience preferred?".
That is the same two roles compared again on that facet, led by what the word
names, as "for both" would say; it was searched as the word alone, which shows
every duty and skill that mentions mentoring and loses the experience asked
for (bank eighteen's kind, in wordings of our own)."""

from tests.threads import BACKEND, EXPERT


def test_a_new_facet_narrowed_by_a_word_compares_the_pair_again(thread):
    thread.ask("expert software engineer vs lead back end engineer: degrees?")
    answer, text = thread.ask("and the mentoring experience preferred?")
    assert set(answer.roles) == {EXPERT, BACKEND}
    assert "preferred experience" in text
    assert "A minimum of 3 years" in text and "At least 5 years" in text


def test_after_a_list_the_word_is_still_searched_among_the_roles(thread):
    thread.ask("which roles mention Kafka?")
    answer, text = thread.ask("and the mentoring experience preferred?")
    assert "Typical experience" not in text
