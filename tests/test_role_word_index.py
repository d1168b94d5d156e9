""""Which roles don't mention Zookeeper" in a store of many roles: the
database counts the roles that mention it as rows of a per-role word index
(knowledge/role_words.py) and lists the first others by title, reading no
fact, on SQLite and PostgreSQL alike; ingesting, changing and removing
documents keeps each role's row in step with its facts, and a store whose
facts changed behind the index's back is still answered right."""

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import event, text

from bench.synthetic import bulk_import
from bot import Question, search_terms
from bot.assistant import Assistant
from knowledge import Knowledge, Store, ingest_paths, parse_document, role_words
from knowledge.sources import remove_sources
from tests.conftest import SEEDS

POSTING = """# Platform Toolsmith

## Requirements
- Keeps the CI/CD build green
- Knows {tool} well
"""
COPIES = 120  # copies of the seed profiles: every one mentions Kubernetes and Python


def _post(folder: Path, tool: str, name: str = "platform-toolsmith.md") -> Path:
    path = folder / name
    path.write_text(POSTING.format(tool=tool))
    return path


def _term(term: str):
    return search_terms.spellings(term), search_terms.pattern(term)


def _walked(knowledge: Knowledge, term: str) -> set[int]:
    """The roles with a fact the term's pattern finds, read fact by fact."""
    pattern = search_terms.pattern(term)
    return {role.id for role in knowledge.roles()
            if any(pattern.search(f.text) or pattern.search(f.label or "") for f in knowledge.profile(role.id).facts)}


def _facts_read(store: Store) -> list[str]:
    """The statements that read the fact table from now on."""
    statements = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *args: statements.append(statement))
    return statements


def _index_agrees_with_the_facts(store: Store) -> None:
    """Every role's row holds exactly its facts' words."""
    with store.engine.begin() as connection:
        if connection.dialect.name == "sqlite":  # FTS5 compares its index with the view of the facts
            connection.execute(text(f"INSERT INTO {role_words.TABLE}({role_words.TABLE}, rank) "
                                    "VALUES ('integrity-check', 1)"))
        else:
            rows = dict(connection.execute(text(f"SELECT role_id, words::text FROM {role_words.TABLE}")).all())
            connection.execute(text(f"INSERT INTO {role_words.STALE} SELECT id FROM role"))
            role_words.refresh(connection)  # every role's row written again, from its facts
            assert dict(connection.execute(text(f"SELECT role_id, words::text FROM {role_words.TABLE}")).all()) == rows
        assert role_words.current(connection)


@pytest.fixture
def many_roles(database_url, tmp_path):
    store = Store(database_url)
    ingest_paths(store, [SEEDS, _post(tmp_path, "Zookeeper")])
    templates = [parse_document(p.read_text(), p.name) for p in sorted(SEEDS.glob("*.txt"))]
    profiles = [t for t in templates if t.format == "role_profile"]
    bulk_import(store, [(f"copy-{i:04d}.txt", replace(profiles[i % len(profiles)], title=f"Copied Role {i:04d}"))
                        for i in range(COPIES)])
    yield store
    store.dispose()


def test_the_roles_lacking_a_word_are_counted_and_listed_without_reading_a_fact(many_roles):
    knowledge = Knowledge(many_roles)
    roles = knowledge.roles()
    knowledge.search_facts("warm")  # the index's words, read once per knowledge version
    read = _facts_read(many_roles)
    # Nearly every role mentions Kubernetes, a few Zookeeper; "all of" asks for both in one role's row.
    for asked, all_of in ((["kubernetes"], False), (["zookeeper"], False), (["kubernetes", "c++"], True),
                          (["zookeeper", "kafka"], False), (["zookeeper", "python"], True)):
        mentioning = [_walked(knowledge, term) for term in asked]
        having = (set.intersection if all_of else set.union)(*mentioning)
        read.clear()

        page = knowledge.roles_lacking([_term(term) for term in asked], all_of=all_of, limit=7)

        lacking = [role for role in roles if role.id not in having]
        assert page.count == len(lacking) and page.items == tuple(lacking[:7]), (asked, all_of)
        assert not [s for s in read if " fact" in s and role_words.TABLE not in s], (asked, all_of)


def test_a_recruiter_hears_which_roles_lack_a_tool_as_the_documents_change(many_roles, tmp_path):
    assistant = Assistant(Knowledge(many_roles))
    every = len(assistant.knowledge.roles())

    def lacking(tool):
        return assistant.ask(Question(f"which roles don't mention {tool}")).summary

    assert lacking("Zookeeper").startswith(f"{every - 1} roles of {every} don’t:")
    assert lacking("Consul").startswith(f"{every} roles of {every} don’t:")

    ingest_paths(many_roles, [_post(tmp_path, "Consul")])  # the posting now names another tool
    _index_agrees_with_the_facts(many_roles)
    assert lacking("Consul").startswith(f"{every - 1} roles of {every} don’t:")
    assert lacking("Zookeeper").startswith(f"{every} roles of {every} don’t:")

    remove_sources(many_roles, ["copy-0000.txt", "copy-0001.txt"])  # two roles gone with their facts
    _index_agrees_with_the_facts(many_roles)
    assert lacking("Consul").startswith(f"{every - 3} roles of {every - 2} don’t:")


def test_facts_changed_without_a_new_version_are_still_answered_from_the_facts(many_roles):
    """Something wrote facts without going through an ingestion: the index
    does not know, says so (`current`), and the facts are read instead."""
    knowledge = Knowledge(many_roles)
    copy = next(role for role in knowledge.roles() if role.title == "Copied Role 0007")
    with many_roles.engine.begin() as connection:
        source = connection.execute(text("SELECT id FROM source WHERE role_id = :r"), {"r": copy.id}).scalar_one()
        connection.execute(text("INSERT INTO fact (role_id, source_id, section, position, text, line) "
                                "VALUES (:r, :s, 'requirements', 99, 'Runs Zookeeper ensembles', 1)"),
                           {"r": copy.id, "s": source})
        assert not role_words.current(connection)

    page = knowledge.roles_lacking([_term("zookeeper")], limit=500)

    assert copy not in page.items and page.count == len(knowledge.roles()) - 2


def test_a_store_from_before_the_index_gets_a_row_per_role(database_url):
    from tests.test_migrations import migrate_to

    older = Store(database_url)
    ingest_paths(older, [SEEDS])
    older.dispose()
    migrate_to(database_url, "0007", down=True)  # as the release before the index left it

    store = Store(database_url)
    try:
        knowledge = Knowledge(store)
        _index_agrees_with_the_facts(store)
        page = knowledge.roles_lacking([_term("redis")])
        assert {role.title for role in page.items} == {"Engineer", "Global Lead Engineer"} and page.count == 2
    finally:
        store.dispose()
