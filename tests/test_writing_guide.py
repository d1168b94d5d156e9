"""docs/writing-job-descriptions.md tells recruiters the truth: every heading
it says RoleCall understands maps to the facet it names, and the template it
offers to copy is read with all of its sections."""

import re
from pathlib import Path

from knowledge import Knowledge, ingest_paths
from knowledge import sections as S
from knowledge.readers.headings import HEADINGS, facet

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "writing-job-descriptions.md"


def _heading_table() -> list[tuple[str, list[str]]]:
    rows = re.findall(r"^\| `(\w+)` \| (.+) \|$", GUIDE.read_text(encoding="utf-8"), re.M)
    return [(name, examples.split(" · ")) for name, examples in rows]


def test_every_facet_the_guide_names_is_one_the_heading_table_maps_to():
    table = _heading_table()
    assert len(table) >= 15
    named = {name for name, _ in table}
    assert named <= set(HEADINGS.values())
    assert set(HEADINGS.values()) <= named  # and the guide leaves none out


def test_every_example_heading_is_understood_as_the_guide_says():
    for name, examples in _heading_table():
        for heading in examples:
            assert facet(heading) == name, heading


def test_the_template_a_recruiter_copies_is_read_with_all_its_sections(store, tmp_path):
    template = re.search(r"```markdown\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S).group(1)
    path = tmp_path / "senior-data-engineer.md"
    path.write_text(template, encoding="utf-8")
    report = ingest_paths(store, [path])
    [doc] = report.documents
    assert (doc.role, doc.format, doc.status) == ("Senior Data Engineer", "markdown", "added")
    assert {S.ABOUT, S.KEY_RESPONSIBILITIES, S.REQUIREMENTS, S.NICE_TO_HAVE, S.COMPENSATION, S.PERKS,
            S.LOCATION, S.HIRING_PROCESS, S.COMPANY, S.NOT_ABOUT_ROLE} <= set(doc.counts)
    assert [str(w) for w in doc.warnings] == ["'How to apply' is not about the role: kept at low priority"]
    knowledge = Knowledge(store)
    role = knowledge.role_by_alias("Senior Data Engineer")
    assert (role.salary.minimum, role.salary.maximum, role.salary.currency) == (75_000, 90_000, "EUR")
    facts = {(f.section, f.text) for f in knowledge.profile(role.id).facts}
    assert (S.NICE_TO_HAVE, "Kafka or another streaming platform") in facts
    assert (S.REQUIREMENTS, "5+ years of data engineering") in facts
