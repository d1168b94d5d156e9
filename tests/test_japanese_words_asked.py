"""A recruiter asks about a Japanese posting, in English or with the Japanese word the posting uses:
Japanese writes no spaces, so its words are looked for as runs of characters in the posting's text."""

import pytest

from tests.postings import ask, assistant_on

SOBA = """<html lang="ja"><body>
<h1>ホールスタッフ / Floor Staff</h1>
<p>そば処 やまぶき is a soba restaurant in Kanazawa.</p>
<h2>仕事内容 Duties</h2>
<ul><li>Taking orders and serving soba at lunch</li><li>Cleaning the dining room after service</li>
<li>Setting the tables before opening</li><li>Washing up at the end of the lunch service</li></ul>
<h2>応募資格 Requirements</h2>
<ul><li>Basic Japanese for taking orders</li><li>Weekends available</li></ul>
<h2>勤務時間 Hours</h2>
<p>10:30–15:00, 3 days a week or more</p>
<h2>給与 Salary</h2>
<p>時給 1,100円～</p>
<h2>待遇 Benefits</h2>
<ul><li>交通費支給（上限1万円/月）</li><li>社員寮あり（ワンルーム 月12,000円）</li><li>制服貸与</li></ul>
</body></html>
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("soba")
    assistant = assistant_on({"yamabuki.html": SOBA}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_japanese_word_in_the_question_finds_the_line_that_writes_it(recruiter):
    """'寮' asked finds '社員寮あり', written with no space around it."""
    _answer, text = ask(recruiter, "is there a 寮 for the floor staff")
    assert "月12,000円" in text


def test_housing_asked_in_english_finds_the_japanese_word_for_it(recruiter):
    """'staff housing' is '寮' in a Japanese posting."""
    _answer, text = ask(recruiter, "does the floor staff job come with housing")
    assert "月12,000円" in text


def test_the_answer_names_the_japanese_word_asked_not_its_characters(recruiter):
    """'社員寮' was looked for by its characters and their pairs; the answer says the word."""
    answer, _text = ask(recruiter, "is there a 社員寮 for the floor staff")
    assert answer.title.endswith("about 社員寮"), answer.title
