"""Single questions in words nobody tuned for (probes written from the seeds
alone): a role named before "role" and a topic after it, and a sourcer asking
for the "keywords" to search a role by. Each family is asked of the seeds and
checked on what the answer says."""

import pytest

from bot import open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question, role, shown", [
    ("does the engineer role do data pipelines / ETL?", "Engineer", "ETL processes"),
    ("is the expert software engineer role on call for incidents", "Expert Software Engineer", "on-call"),
])
def test_role_closes_the_title_said_before_it(assistant, question, role, shown):
    """The words after "role" are the topic, never more words of the title:
    "engineer role do data" is the Engineer asked about data, not the Data Engineer."""
    answer, text = ask(assistant, question)
    assert answer.roles == (role,)
    assert shown in text
    assert "Data Engineer" not in answer.title
