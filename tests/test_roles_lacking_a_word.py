""""Which roles don't mention Kubernetes" in a store where more facts mention
it than a search lists: the roles that mention it come from every fact (on
SQLite from the full-text index's words alone), so the roles said to lack it
really do, on both engines.
"""

from dataclasses import replace
from pathlib import Path

import pytest

from bench.synthetic import bulk_import
from bot import Question, search_terms
from bot.assistant import Assistant
from knowledge import Knowledge, Store, ingest_paths, parse_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
COPIES = 300  # each seed profile has several facts naming Kubernetes: well over a search's 500


@pytest.fixture
def many_roles(database_url):
    store = Store(database_url)
    ingest_paths(store, [SEEDS, ROOT / "tests" / "documents" / "md"])
    templates = [parse_document(p.read_text(), p.name) for p in sorted(SEEDS.glob("*.txt"))]
    profiles = [t for t in templates if t.format == "role_profile"]
    bulk_import(store, [(f"copy-{i:04d}.txt", replace(profiles[i % len(profiles)], title=f"Copied Role {i:04d}"))
                        for i in range(COPIES)])
    yield Knowledge(store)
    store.dispose()


def _walked(knowledge: Knowledge, term: str) -> set[int]:
    """The roles with a fact the term's pattern finds, read fact by fact."""
    pattern = search_terms.pattern(term)
    return {role.id for role in knowledge.roles()
            if any(pattern.search(f.text) or pattern.search(f.label or "")
                   for f in knowledge.profile(role.id).facts)}


def test_every_role_that_mentions_a_word_is_found_however_many_facts_do(many_roles):
    assert len(many_roles.search_facts("kubernetes")) == 500  # more than a search lists
    for term in ("kubernetes", "python", "c++", "ci/cd", "slo", "message queues", "mentor", "no such tool"):
        found = many_roles.roles_mentioning(search_terms.spellings(term), search_terms.pattern(term))
        assert found == _walked(many_roles, term), term


def test_the_roles_said_not_to_mention_a_tool_do_not(many_roles):
    assistant = Assistant(many_roles)
    every = len(many_roles.roles())
    for term in ("Kubernetes", "Terraform"):
        mentioning = _walked(many_roles, term.lower())
        answer = assistant.ask(Question(f"which roles don't mention {term}"))
        lacking = every - len(mentioning)
        assert 0 < len(mentioning) and lacking > 0, term  # both sides are there to count
        assert answer.summary.startswith(f"{lacking} role{'s' if lacking != 1 else ''} of {every} "), answer.summary
        assert not {r.id for r in many_roles.roles() if r.title in answer.roles} & mentioning


def test_the_roles_lacking_words_are_counted_and_the_first_listed_in_title_order(many_roles):
    roles = many_roles.roles()
    terms = {term: (search_terms.spellings(term), search_terms.pattern(term))
             for term in ("kubernetes", "kafka", "c++", "system design", "no such tool")}
    walked = {term: _walked(many_roles, term) for term in terms}
    for asked, all_of in ((["kafka"], False), (["kafka", "c++"], False), (["kafka", "c++"], True),
                          (["kubernetes", "system design"], True), (["kafka", "system design"], False),
                          (["no such tool"], False), ([], False)):
        mentioning = [walked[term] for term in asked]
        having = (set.intersection if all_of else set.union)(*mentioning) if mentioning else set()
        lacking = [role for role in roles if role.id not in having]

        page = many_roles.roles_lacking([terms[term] for term in asked], all_of=all_of, limit=7)

        assert page.count == len(lacking) > 0, (asked, all_of)
        assert page.items == tuple(lacking[:7]), (asked, all_of)


def test_whether_a_term_is_mentioned_at_all(many_roles):
    for term, said in (("kafka", True), ("ci/cd", True), ("system design", True), ("message queues", False),
                       ("kafkaesque", False)):
        assert many_roles.mentioned(search_terms.spellings(term), search_terms.pattern(term)) is said, term
