"""A recruiter's documents go into the store, and the facts come back exactly."""

from knowledge import Knowledge, ingest_paths
from knowledge import sections as S
from tests.conftest import SEEDS


def test_the_seeds_become_four_roles_with_the_lead_back_end_role_merged(seeded_store):
    knowledge = Knowledge(seeded_store)
    titles = [role.title for role in knowledge.roles()]
    assert titles == ["Engineer", "Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"]
    merged = knowledge.role_by_alias("Lead Backend Engineer")
    assert merged is knowledge.role_by_alias("lead back-end engineer")
    assert merged.aliases == ("Lead Back End Engineer", "Lead Backend Engineer")
    assert [s.name for s in merged.sources] == ["lead-back-end-engineer.txt", "lead-backend-engineer-hiring-guide.txt"]


def test_salaries_are_stored_as_the_documents_state_them(seeded_store):
    knowledge = Knowledge(seeded_store)
    lead = knowledge.role_by_alias("Lead Back End Engineer").salary
    assert (lead.minimum, lead.maximum, lead.currency, lead.period, lead.open_ended) == (
        160_000, 220_000, "USD", "per year", False)
    global_lead = knowledge.role_by_alias("Global Lead Engineer").salary
    assert (global_lead.minimum, global_lead.maximum, global_lead.open_ended) == (180_000, 250_000, True)
    assert global_lead.note == "Commensurate with experience"
    engineer = knowledge.role_by_alias("Engineer").salary
    assert engineer.stated is False
    assert engineer.minimum is None and engineer.maximum is None


def test_experience_keeps_the_years_and_the_original_words(seeded_store):
    knowledge = Knowledge(seeded_store)
    years = {r.title: (r.experience[0].years_min, r.experience[0].years_max) for r in knowledge.roles()}
    assert years == {"Engineer": (3, 7), "Expert Software Engineer": (10, 15),
                     "Global Lead Engineer": (12, 18), "Lead Back End Engineer": (8, 12)}
    engineer = knowledge.role_by_alias("Engineer").experience[0]
    assert "7+ years for senior/lead positions" in engineer.text


def test_list_items_keep_section_order_label_and_source(seeded_store):
    knowledge = Knowledge(seeded_store)
    lead = knowledge.profile(knowledge.role_by_alias("Lead Backend Engineer").id)
    primary = lead.section(S.PRIMARY)
    assert len(primary) == 20
    assert primary[0].label == "Architectural Design and Strategy"
    assert primary[0].text.startswith("Lead the design and architecture")
    assert primary[0].source == "lead-back-end-engineer.txt"
    assert [p.position for p in primary] == sorted(p.position for p in primary)
    # the scraped 'lime' / 'unlime' words are gone, the bullets kept
    assert primary[4].label == "System Performance and Reliability"
    assert not any(f.text.startswith(("lime", "unlime")) for f in lead.facts)
    hard = lead.section(S.HARD_SKILLS)
    assert any(f.label == "Database Systems" and "Redis" in f.text for f in hard)
    # the recruiting-site guide adds its own sections to the same role
    assert [f.text for f in lead.section(S.LOCATION)] == ["Remote/Hybrid"]
    assert [f.text for f in lead.section(S.EMPLOYMENT_TYPE)] == ["Full-time"]
    assert len(lead.section(S.PERKS)) == 5
    assert len(lead.section(S.HIRING_ADVICE)) == 5
    assert any("4-6 direct reports" in f.text for f in lead.section(S.HIRING_ADVICE))
    assert [f.text for f in lead.section(S.TOOL_CATEGORIES)][:2] == ["Version Control", "CI/CD"]
    assert {f.source for f in lead.section(S.PERKS)} == {"lead-backend-engineer-hiring-guide.txt"}


def test_glued_tags_are_split(seeded_store):
    knowledge = Knowledge(seeded_store)
    lead = knowledge.profile(knowledge.role_by_alias("Lead Back End Engineer").id)
    assert [f.text for f in lead.section(S.TAGS)] == [
        "Software Engineering", "Backend Development", "Technology Leadership", "System Architecture"]


def test_career_paths_become_a_graph_of_titles(seeded_store):
    knowledge = Knowledge(seeded_store)
    into_chief_architect = knowledge.career_links(title_key="chiefarchitect")
    assert {knowledge.role(link.role_id).title for link in into_chief_architect} == {
        "Global Lead Engineer", "Expert Software Engineer"}
    engineer = knowledge.profile(knowledge.role_by_alias("Engineer").id)
    advancement = [c.title for c in engineer.career if c.kind == S.CAREER_ADVANCEMENT]
    assert advancement == ["Senior Engineer", "Lead Engineer", "Principal Engineer", "Staff Engineer",
                           "Engineering Manager", "Technical Architect"]
    expert = knowledge.profile(knowledge.role_by_alias("Expert Software Engineer").id)
    assert "Distinguished Engineer" in [c.title for c in expert.career]


def test_searching_facts_across_roles(seeded_store):
    knowledge = Knowledge(seeded_store)
    assert {m.role.title for m in knowledge.search_facts("redis")} == {
        "Lead Back End Engineer", "Expert Software Engineer"}
    assert {m.role.title for m in knowledge.search_facts("C#")} == {
        "Lead Back End Engineer", "Global Lead Engineer"}
    assert knowledge.search_facts("100%_") == []


def test_ingesting_the_same_documents_again_changes_nothing(seeded_store):
    knowledge = Knowledge(seeded_store)
    version = seeded_store.version()
    before = knowledge.profile(knowledge.role_by_alias("Engineer").id)
    report = ingest_paths(seeded_store, [SEEDS])
    assert {doc.status for doc in report.documents} == {"unchanged"}
    assert seeded_store.version() == version
    knowledge.refresh()
    assert knowledge.profile(knowledge.role_by_alias("Engineer").id).facts == before.facts


def test_a_changed_document_replaces_only_its_own_facts(seeded_store, tmp_path):
    changed = tmp_path / "lead-back-end-engineer.txt"
    changed.write_text((SEEDS / "lead-back-end-engineer.txt").read_text().replace(
        "$160,000 - $220,000", "$170,000 - $230,000"))
    knowledge = Knowledge(seeded_store)
    version = seeded_store.version()
    report = ingest_paths(seeded_store, [changed])
    assert [doc.status for doc in report.documents] == ["updated"]
    assert seeded_store.version() == version + 1
    knowledge.refresh()
    lead = knowledge.role_by_alias("Lead Back End Engineer")
    assert (lead.salary.minimum, lead.salary.maximum) == (170_000, 230_000)
    profile = knowledge.profile(lead.id)
    assert len(profile.section(S.PRIMARY)) == 20  # not doubled
    assert len(profile.section(S.PERKS)) == 5  # the other source is untouched


def test_completeness_names_what_the_sources_leave_empty(seeded_store):
    report = ingest_paths(seeded_store, [SEEDS])
    assert report.completeness["Engineer"] == ["salary not stated"]
    assert report.completeness["Global Lead Engineer"] == []
