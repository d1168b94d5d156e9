"""Taking knowledge out again: a recruiter lists the documents in the store,
removes an outdated posting or a whole role, and the bundled demo roles,
once removed, stay removed."""

from pathlib import Path

import pytest
from sqlmodel import func, select

from bot import open_assistant
from knowledge import Knowledge, bundled_seeds_dir, ensure_seeded, ingest_paths
from knowledge.models import CareerLink, Experience, Fact, Role, RoleAlias, Salary, Source
from knowledge.sources import NotInStore, list_sources, remove_role, remove_sources
from tests.conftest import SEEDS
from tests.test_cli import db, run  # noqa: F401  (db: the CLI's SQLite file)
from tests.test_ingest_errors import _snapshot

DOCUMENTS = Path(__file__).parent / "documents"


def _rows(store, source_name):
    """How many rows of each table a source still has."""
    with store.session() as session:
        source_id = session.exec(select(Source.id).where(Source.name == source_name)).first()
        return {t.__name__: session.exec(select(func.count()).select_from(t).where(t.source_id == source_id)).one()
                for t in (Fact, Salary, Experience, CareerLink, RoleAlias)}


def test_the_sources_list_names_each_document_its_role_format_and_facts(seeded_store):
    sources = {s.name: s for s in list_sources(seeded_store)}
    assert set(sources) == {p.name for p in SEEDS.glob("*.txt")}
    guide = sources["lead-backend-engineer-hiring-guide.txt"]
    assert (guide.role, guide.format) == ("Lead Back End Engineer", "hiring_guide")
    assert guide.facts > 0 and guide.ingested_at is not None


def test_removing_one_source_of_a_role_keeps_the_role_with_the_other(seeded_store):
    version = seeded_store.version()
    removed = remove_sources(seeded_store, ["lead-back-end-engineer.txt"])
    assert removed.sources == ("lead-back-end-engineer.txt",) and removed.roles == ()
    assert seeded_store.version() == version + 1  # every replica re-reads
    knowledge = Knowledge(seeded_store)
    lead = knowledge.role_by_alias("Lead Back End Engineer")
    assert [s.name for s in lead.sources] == ["lead-backend-engineer-hiring-guide.txt"]
    assert {f.source for f in knowledge.profile(lead.id).facts} == {"lead-backend-engineer-hiring-guide.txt"}


def test_removing_the_last_source_removes_the_role_and_everything_it_gave(seeded_store):
    with seeded_store.session() as session:
        source_id = session.exec(select(Source.id).where(Source.name == "expert-software-engineer.txt")).one()
    removed = remove_sources(seeded_store, ["expert-software-engineer.txt"])
    assert removed.roles == ("Expert Software Engineer",)
    with seeded_store.session() as session:
        for table in (Fact, Salary, Experience, CareerLink, RoleAlias):
            assert not session.exec(select(table).where(table.source_id == source_id)).all(), table
        assert session.exec(select(Role).where(Role.title == "Expert Software Engineer")).first() is None
    assert "Expert Software Engineer" not in {r.title for r in Knowledge(seeded_store).roles()}


def test_removing_a_role_by_any_of_its_titles_removes_all_its_sources(store):
    ingest_paths(store, [DOCUMENTS])
    removed = remove_role(store, "product designer")
    assert removed.sources == ("lanternfish-product-designer-handbook.md (Product Designer)",
                               "lever-loomstack-postings.json (Product Designer)",
                               "markdown-table-spreebogen-software-open-roles.md (Product Designer)",
                               "product-designer.md")
    assert removed.roles == ("Product Designer",)
    assert Knowledge(store).role_by_alias("Product Designer") is None
    # the file's other postings stay
    assert any(s.name.startswith("lever-loomstack-postings.json (") for s in list_sources(store))


def test_a_file_of_many_postings_is_removed_by_its_file_name(store):
    ingest_paths(store, [DOCUMENTS])
    postings = [s.name for s in list_sources(store) if s.name.startswith("greenhouse-harborlight-jobs.json (")]
    assert len(postings) > 1
    removed = remove_sources(store, ["greenhouse-harborlight-jobs.json"])
    assert list(removed.sources) == sorted(postings)
    assert not [s for s in list_sources(store) if s.name.startswith("greenhouse-harborlight-jobs.json")]
    # Backend Engineer had a second source, so it stays
    assert Knowledge(store).role_by_alias("Backend Engineer") is not None


def test_an_unknown_source_or_role_changes_nothing(seeded_store):
    before = _snapshot(seeded_store)
    with pytest.raises(NotInStore, match="'no-such.txt'"):
        remove_sources(seeded_store, ["engineer.txt", "no-such.txt"])
    with pytest.raises(NotInStore, match="'Chief Dragon Officer'"):
        remove_role(seeded_store, "Chief Dragon Officer")
    assert _snapshot(seeded_store) == before
    assert _rows(seeded_store, "engineer.txt")["Fact"] > 0


def test_removed_demo_roles_do_not_come_back_at_the_next_start(database_url):
    assistant = open_assistant(database_url)  # a store never seeded is seeded
    store = assistant.knowledge.store
    assert len(Knowledge(store).roles()) == 4
    remove_sources(store, [s.name for s in list_sources(store)])
    store.dispose()
    again = open_assistant(database_url)  # the next start
    assert not Knowledge(again.knowledge.store).roles()
    again.knowledge.store.dispose()


def test_a_store_that_already_has_documents_counts_as_seeded(store):
    ingest_paths(store, [DOCUMENTS / "md" / "backend-engineer.md"])  # a store from before the seeded mark
    assert ensure_seeded(store, bundled_seeds_dir()) is None
    remove_sources(store, ["backend-engineer.md"])
    assert ensure_seeded(store, bundled_seeds_dir()) is None
    assert not Knowledge(store).roles()


def test_a_new_store_lists_and_removes_the_demo_roles_the_bot_would_answer_from(db):  # noqa: F811
    """Before any question, `sources` shows what `ask` would answer from, and a
    demo role removed first thing stays removed."""
    assert "engineer.txt" in run("sources", db=db).stdout.split()
    run("remove", "--role", "Engineer", db=db)
    run("ask", "what does an Engineer own?", db=db)
    assert "engineer.txt" not in run("sources", db=db).stdout.split()
    assert "Global Lead Engineer" in run("roles", db=db).stdout


def test_sources_and_remove_on_the_command_line(db):  # noqa: F811
    run("ask", "what does an Engineer own?", db=db)  # the first use seeds the store
    listed = run("sources", db=db).stdout
    assert "engineer.txt" in listed and "Engineer  [role_profile]" in listed and "facts" in listed
    removed = run("remove", "engineer.txt", db=db).stdout
    assert "removed 1 source: engineer.txt" in removed
    assert "removed role no source describes any more: Engineer" in removed
    assert "engineer.txt" not in run("sources", db=db).stdout.split()
    role = run("remove", "--role", "Lead Back End Engineer", db=db).stdout
    assert "lead-back-end-engineer.txt, lead-backend-engineer-hiring-guide.txt" in role
    # a typo: one clear line, a failing exit, nothing removed
    before = run("sources", db=db).stdout
    typo = run("remove", "global-lead-enginer.txt", db=db, check=False)
    assert typo.returncode == 1 and "Traceback" not in typo.stderr
    assert typo.stderr.strip().splitlines() == [
        "rolecall: no source named 'global-lead-enginer.txt' in the store (`rolecall sources` lists them); "
        "nothing was removed"]
    assert run("remove", "--role", "Dragon Tamer", db=db, check=False).returncode == 1
    assert run("sources", db=db).stdout == before
    # the demo roles removed stay removed at the next ask
    run("remove", "--role", "Global Lead Engineer", db=db)
    run("remove", "--role", "Expert Software Engineer", db=db)
    assert "The store is empty" in run("sources", db=db).stdout
    run("ask", "what does an Engineer own?", db=db)
    assert "The store is empty" in run("sources", db=db).stdout

