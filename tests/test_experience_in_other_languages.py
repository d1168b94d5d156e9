"""A recruiter asks in English whether a role needs experience, of a posting that
says so in its own language ("未経験OK": no experience needed; "Berufserfahrung
nicht erforderlich" is a German word the same way): the line that says so is the
answer, rather than "the documents don't cover its experience"."""

import pytest

from tests.postings import ask, assistant_on

JAPANESE = """# Housekeeping Staff (Ryokan)

Company: Yamabuki Onsen
Location: Kusatsu, Gunma

## 仕事内容 Duties
- Prepare guest rooms and lay out futons

## 応募資格 Requirements
- 未経験OK。Basic Japanese is enough.
"""

GERMAN = """# Lagerhelfer (m/w/d)

Company: Nordhafen Logistik GmbH
Location: Bremen

## Aufgaben
- Kommissionierung von Waren

## Profil
- Erfahrung im Lager nicht erforderlich
"""


@pytest.fixture(scope="module")
def postings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("abroad")
    assistant = assistant_on({"ryokan.md": JAPANESE, "lager.md": GERMAN}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


@pytest.mark.parametrize(("question", "said"), [
    ("do i need experience for the ryokan housekeeping staff", "未経験OK"),
    ("how much experience does the lagerhelfer need", "Erfahrung im Lager"),
])
def test_experience_said_in_the_postings_language_is_the_answer(postings, question, said):
    _answer, text = ask(postings, question)
    assert said in text
