"""Store-wide rankings and thresholds answered from the roles' figures sorted
once per knowledge version (knowledge/figures.py), not by walking every role
per question: the same answers as the walk on real stores of both engines,
a long answer lists the first roles and says how many there are, and an
ingestion is seen by the next question.
"""

from dataclasses import replace
from pathlib import Path

import pytest

from bench.synthetic import bulk_import
from bot import Question
from bot import compose
from bot.assistant import Assistant
from bot.thresholds import BOTTOM, TOP, Threshold
from knowledge import Knowledge, ingest_paths, parse_document
from knowledge.figures import Figures

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DOCUMENTS = ROOT / "tests" / "documents"


def _thresholds():
    for above in (True, False):
        for inclusive in (True, False):
            for end in (TOP, BOTTOM):
                yield Threshold(above, inclusive, end, named_end=True)


def _alike(found, walked) -> bool:
    """The same answer, but for the roles and sources behind it, of which
    the figures' one keeps those of the roles it lists (the first 50)."""
    if len(walked.roles) <= compose.MAX_LISTED_ROLES:
        return found == walked
    return replace(found, roles=(), sources=()) == replace(walked, roles=(), sources=()) \
        and 0 < len(found.roles) <= compose.MAX_LISTED_ROLES and found.roles == walked.roles[:len(found.roles)] \
        and set(found.sources) <= set(walked.sources)


def _same_answers(roles):
    """Every ranking and threshold answered with the figures and by the walk:
    equal, when at most 50 roles are listed."""
    figures = Figures(roles)
    checked = 0
    for intent in ("salary", "experience"):
        for highest in (True, False):
            for period in (None, "per hour", "per month"):
                walked = compose.ranking(intent, roles, highest=highest, confidence=0.9, period=period)
                found = compose.ranking(intent, roles, highest=highest, confidence=0.9, period=period,
                                        figures=figures)
                assert _alike(found, walked), (intent, highest, period)
                checked += 1
    for threshold in _thresholds():
        for years in (0, 2, 3, 5, 7, 8, 10, 12, 15, 40):
            walked = compose.experience_filter(roles, years, threshold, 0.9)
            found = compose.experience_filter(roles, years, threshold, 0.9, figures=figures)
            assert _alike(found, walked), (threshold, years)
            checked += 1
        for amount in (20, 28, 50, 60_000, 90_000, 120_000, 150_000, 160_000, 180_000, 250_000, 400_000):
            for currency in (None, "USD", "EUR", "GBP"):
                for period in (None, "per hour"):
                    kwargs = dict(currency=currency, period=period, end=threshold.end, inclusive=threshold.inclusive)
                    walked = compose.salary_filter(roles, amount, threshold.above, 0.9, **kwargs)
                    found = compose.salary_filter(roles, amount, threshold.above, 0.9, figures=figures, **kwargs)
                    assert _alike(found, walked), (threshold, amount, currency, period)
                    checked += 1
    return checked


def test_the_figures_answer_as_walking_every_role_does_on_a_real_store(database_url):
    from knowledge import Store

    store = Store(database_url)
    try:
        ingest_paths(store, [SEEDS, DOCUMENTS / "md", DOCUMENTS / "txt", DOCUMENTS / "real2"])
        roles = Knowledge(store).roles()
        assert len(roles) > 20
        assert len({s.currency for r in roles for s in r.salaries if s.stated}) > 1  # like with like is tested
        assert _same_answers(roles) > 700
        assert any(len(r.salaries) > 1 for r in roles)  # ranges by level or place
    finally:
        store.dispose()


def _synthetic(store, count: int) -> None:
    """`count` roles copied from the seed profiles under titles of their own."""
    templates = [parse_document(p.read_text(), p.name) for p in sorted(SEEDS.glob("*.txt"))]
    profiles = [t for t in templates if t.format == "role_profile"]
    bulk_import(store, [(f"copy-{i:04d}.txt", replace(profiles[i % len(profiles)], title=f"Copied Role {i:04d}"))
                        for i in range(count)])


@pytest.fixture
def large_store(database_url):
    from knowledge import Store

    store = Store(database_url)
    ingest_paths(store, [SEEDS])
    _synthetic(store, 240)
    yield store
    store.dispose()


def test_a_long_ranking_or_threshold_lists_the_first_roles_and_says_how_many(large_store):
    assistant = Assistant(Knowledge(large_store))
    roles = assistant.knowledge.roles()
    assert _same_answers(roles) > 700  # cut to the first 50 the same way as the walk
    for question in ("which role needs the least experience", "roles needing at least 10 years",
                     "roles paying over 150k", "who is paid most"):
        answer = assistant.ask(Question(question))
        listed = answer.sections[0]
        assert len(listed.items) == compose.MAX_LISTED_ROLES, question
        assert len(answer.roles) <= compose.MAX_LISTED_ROLES, question
        total = int(listed.text.split()[0])
        assert total > compose.MAX_LISTED_ROLES
        assert listed.text == f"{total} in all; showing the first {compose.MAX_LISTED_ROLES}."


def test_the_next_question_after_an_ingestion_sees_its_figures(store, tmp_path):
    ingest_paths(store, [SEEDS])
    assistant = Assistant(Knowledge(store))
    before = assistant.ask(Question("which role pays the most"))
    top = assistant.knowledge.figures().pay(None, None).ranking(True, 1).items[0][1].maximum
    richer = tmp_path / "chief-widget-officer.md"
    richer.write_text("---\ntitle: Chief Widget Officer\n---\n\n# Chief Widget Officer\n\n## Compensation\n\n"
                      f"${int(top) + 100_000:,} - ${int(top) + 200_000:,} per year\n\n"
                      "## Requirements\n\n- 1+ years of widgets\n")
    ingest_paths(store, [richer])
    after = assistant.ask(Question("which role pays the most"))
    assert not before.summary.startswith("Chief Widget Officer")
    assert after.summary.startswith("Chief Widget Officer pays the most")
    fewest = assistant.ask(Question("roles needing under 2 years"))
    assert "Chief Widget Officer" in fewest.roles


def test_the_roles_with_no_salary_stated_are_counted_and_the_first_listed(large_store):
    assistant = Assistant(Knowledge(large_store))
    roles = assistant.knowledge.roles()
    unstated = [r for r in roles if not any(s.stated for s in r.salaries)]
    assert compose.MAX_LISTED_ROLES < len(unstated) < len(roles)
    answer = assistant.ask(Question("which roles have no salary listed"))
    assert answer.summary.startswith(f"{len(unstated)} roles of {len(roles)} don’t: ")
    assert [item.text for item in answer.sections[0].items] == [r.title for r in unstated[:compose.MAX_LISTED_ROLES]]
