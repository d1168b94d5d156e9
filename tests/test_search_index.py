"""A recruiter searches across roles ("which roles mention Kafka?"): the
search reads the database's full-text index instead of every fact, finds
exactly what reading every fact would (tool names with symbols, words inside
words), and ingesting, changing or removing a document keeps the index in
step. On SQLite and PostgreSQL alike."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, func, or_, select

from knowledge import Knowledge, Store, fulltext, ingest_paths
from knowledge.models import Fact
from knowledge.reload import reload_documents
from knowledge.sources import remove_sources
from tests.conftest import SEEDS

POSTING = """# Platform Toolsmith

## Requirements
- Ships C++ and C# services on .NET 8
- Keeps the Node.js build green in CI/CD
- Writes JavaScript and TypeScript tooling
- Knows {tool} well
"""


def _post(folder, name="platform-toolsmith.md", tool="Zookeeper"):
    path = folder / name
    path.write_text(POSTING.format(tool=tool))
    return path


def _found(knowledge, term):
    knowledge.refresh()
    return {m.role.title for m in knowledge.search_facts(term)}


def _every_fact_read(store, term):
    """What `search_facts` finds when it reads every fact, as it did before the index."""
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with store.session() as session:
        return session.exec(select(Fact.role_id, Fact.text).where(or_(
            func.lower(Fact.text).like(pattern, escape="\\"), func.lower(Fact.label).like(pattern, escape="\\")))
            .order_by(Fact.role_id, Fact.position)).all()


def test_a_search_across_roles_reads_the_index_not_every_fact(seeded_store):
    knowledge = Knowledge(seeded_store)
    knowledge.roles()  # the catalogue, read once per version of the store (with its quoted reference codes)
    statements = []
    event.listen(seeded_store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *args: statements.append(statement))

    knowledge.search_facts("kubernetes")

    searches = [s for s in statements if "LIKE" in s]
    assert len(searches) == 1 and (fulltext.TABLE in searches[0] or fulltext.COLUMN in searches[0])


def test_tool_names_with_symbols_and_words_inside_words_are_found(store, tmp_path):
    ingest_paths(store, [_post(tmp_path)])
    knowledge = Knowledge(store)

    for term in ("C++", "c#", ".net 8", "node.js", "CI/CD", "script", "typescript tool", "zookeeper"):
        assert _found(knowledge, term) == {"Platform Toolsmith"}, term
    for term in ("c+++", "rust", "node.jsx", "100%_"):
        assert _found(knowledge, term) == set(), term


def test_a_search_cut_short_lists_the_first_facts_by_role_and_position(seeded_store):
    knowledge = Knowledge(seeded_store)
    for term in ("kubernetes", "python", "e"):  # a few index words, or too many to narrow by
        every = [(m.role.id, m.fact.position) for m in knowledge.search_facts(term, limit=100_000)]
        assert len(set(role for role, _p in every)) > 1, term

        for limit in range(1, len(every)):
            assert [(m.role.id, m.fact.position) for m in knowledge.search_facts(term, limit=limit)] == \
                every[:limit], (term, limit)


def test_a_removed_documents_facts_are_no_longer_found(store, tmp_path):
    ingest_paths(store, [_post(tmp_path)])
    knowledge = Knowledge(store)
    assert _found(knowledge, "zookeeper") == {"Platform Toolsmith"}

    remove_sources(store, ["platform-toolsmith.md"])

    assert _found(knowledge, "zookeeper") == set()
    assert _every_fact_read(store, "zookeeper") == []


def test_a_changed_document_is_found_by_its_new_words_only(store, tmp_path):
    ingest_paths(store, [_post(tmp_path, tool="Zookeeper")])
    knowledge = Knowledge(store)

    ingest_paths(store, [_post(tmp_path, tool="Flink")])
    assert _found(knowledge, "flink") == {"Platform Toolsmith"}
    assert _found(knowledge, "zookeeper") == set()

    reload_documents(store, [_post(tmp_path, tool="Pulsar")])
    assert _found(knowledge, "pulsar") == {"Platform Toolsmith"}
    assert _found(knowledge, "flink") == set()


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_piece_of_any_fact_finds_what_reading_every_fact_finds(seeded_store, data):
    knowledge = Knowledge(seeded_store)
    with seeded_store.session() as session:
        texts = [row[0] for row in session.exec(select(Fact.text)).all()]
    text = data.draw(st.sampled_from(texts))
    start = data.draw(st.integers(0, len(text) - 1))
    term = text[start:start + data.draw(st.integers(1, 30))].strip().lower()
    if not term:
        return

    found = [(m.role.id, m.fact.text) for m in knowledge.search_facts(term, limit=100_000)]

    # (Facts of one role at one position, from two of its documents, come in either order.)
    assert found and sorted(found) == sorted(tuple(row) for row in _every_fact_read(seeded_store, term))


def test_a_store_from_before_the_index_gets_it_filled_with_the_facts_it_holds(database_url):
    from tests.test_migrations import migrate_to

    older = Store(database_url)
    ingest_paths(older, [SEEDS])
    older.dispose()
    migrate_to(database_url, "0005", down=True)  # as the release before the index left it

    store = Store(database_url)
    try:
        assert _found(Knowledge(store), "redis") == {"Lead Back End Engineer", "Expert Software Engineer"}
        assert _found(Knowledge(store), "c#") == {"Lead Back End Engineer", "Global Lead Engineer"}
    finally:
        store.dispose()
