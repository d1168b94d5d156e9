"""A product typed with its maker ("AWS Lambda", "Apache Kafka") that no
document writes whole is looked for by the part fewest roles mention, the
thing named, and the answer says so: searched as "AWS", it listed every cloud
role, one of them saying no Lambda, as if it had been found."""

from tests.threads import BACKEND, ENGINEER, EXPERT, GLOBAL


def test_a_maker_and_product_no_document_writes_whole_is_searched_by_the_product(thread):
    answer, text = thread.ask("which roles use AWS Lambda")
    assert set(answer.roles) == {EXPERT, GLOBAL, BACKEND} and ENGINEER not in answer.roles
    assert "No document mentions “AWS Lambda” as written; looked for “Lambda”" in text


def test_a_phrase_the_documents_hold_whole_is_searched_whole_and_says_nothing_more(thread):
    answer, text = thread.ask("which roles mention Cloud SQL")
    assert answer.roles == (BACKEND,) and "as written" not in text
