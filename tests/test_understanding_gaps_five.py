"""Recruiters ask in ways RoleCall misread (issue 19, fifth round): engineers'
numeronyms ("a11y", "i18n") stand for the words the documents write; the
asker's own introduction ("sourcer here —", "I'm hiring for …", "before I level
this req") says who asks, not what; an overview asked in a few sentences or a
paragraph is the role's own summary, not its whole definition. Each family of
misreadings is one story, on the seeds, as the Slack and Teams adapters ask."""

import pytest

from tests.postings import ask


@pytest.mark.parametrize("question, said", [
    ("does the engineer role touch a11y or i18n at all?", "internationalization/localization"),
    ("any l10n work for the engineer?", "internationalization/localization"),
])
def test_numeronyms_are_the_words_they_shorten(assistant, question, said):
    answer, text = ask(assistant, question)

    assert answer.roles == ("Engineer",)
    assert said in text
