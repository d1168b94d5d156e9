"""A recruiter asks about a role's level on its ladder in everyday words.

"The next level after product designer" asks the Product Designer's next
career step: "level" is what is asked, not a role titled "Design career
levels". "Product designer vs senior product designer pay" compares both
levels. "Product designer (not senior)" means the Product Designer: the
negated word names the role the recruiter does not mean. And "product
designer" names the role titled so, not a posting whose title only starts
with it ("Product Designer, Growth").

The documents are small, written here: a ladder page and a posting.
"""

import pytest

from bot import ANSWER
from tests.postings import ask, assistant_on

DESIGN_LADDER = """\
<html><head><title>Design career levels</title></head><body>
<h1>Design career levels</h1>
<p>The levels of product design at Thornbury Books.</p>
<h2>Associate Product Designer</h2>
<h3>Responsibilities</h3><ul><li>Design single screens with a mentor</li></ul>
<h3>Requirements</h3><ul><li>0–2 years of product design experience</li></ul>
<h3>Salary</h3><p>$70,000 – $85,000</p>
<h2>Product Designer</h2>
<h3>Responsibilities</h3><ul><li>Design whole features end to end</li></ul>
<h3>Requirements</h3><ul><li>2–5 years of product design experience</li></ul>
<h3>Salary</h3><p>$90,000 – $110,000</p>
<h2>Senior Product Designer</h2>
<h3>Responsibilities</h3><ul><li>Lead the design of a product area</li></ul>
<h3>Requirements</h3><ul><li>5+ years of product design experience</li></ul>
<h3>Salary</h3><p>$120,000 – $140,000</p>
</body></html>
"""

GROWTH_DESIGNER = """\
# Product Designer, Growth

**Company:** Mossgiel Apps
**Location:** Remote (US)

## Responsibilities
- Design sign-up and upgrade flows

## Requirements
- 3+ years designing consumer apps

## Salary
$100,000 – $120,000
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    assistant = assistant_on({"design-levels.html": DESIGN_LADDER, "growth-designer.md": GROWTH_DESIGNER},
                             tmp_path_factory.mktemp("level-documents"))
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_role_named_by_its_whole_title_is_not_confused_with_a_longer_title(assistant):
    answer, text = ask(assistant, "product designer salary")

    assert answer.kind == ANSWER and answer.roles == ("Product Designer",)
    assert "$90,000 - $110,000" in text


def test_the_next_level_after_a_role_is_its_next_career_step(assistant):
    answer, text = ask(assistant, "what's the next level after product designer")

    assert answer.kind == ANSWER and answer.roles == ("Product Designer",)
    assert answer.intent == "career_next"
    assert "Senior Product Designer" in text


def test_a_level_and_the_role_without_it_are_compared(assistant):
    answer, text = ask(assistant, "product designer vs senior product designer salary")

    assert answer.intent == "compare"
    assert answer.roles == ("Product Designer", "Senior Product Designer")
    assert "$90,000 - $110,000" in text and "$120,000 - $140,000" in text


def test_a_negated_level_word_excludes_the_role_it_names(assistant):
    answer, text = ask(assistant, "years of experience for a product designer (not senior)")

    assert answer.kind == ANSWER and answer.roles == ("Product Designer",)
    assert "2–5 years of product design experience" in text
    assert "5+ years" not in text


def test_roles_under_a_number_of_years_are_those_whose_range_starts_below_it(assistant):
    answer, text = ask(assistant, "which roles need under 3 years of experience")

    assert answer.kind == ANSWER
    assert set(answer.roles) == {"Associate Product Designer", "Product Designer"}
    assert "$" not in answer.title  # years, not a pay threshold


def test_roles_needing_more_than_a_number_of_years_reach_above_it(assistant):
    answer, text = ask(assistant, "roles that can require more than 4 years")

    assert set(answer.roles) == {"Product Designer", "Senior Product Designer"}


def test_roles_named_together_in_the_plural_are_ranked_not_asked_about(assistant):
    answer, text = ask(assistant, "sort the designer roles by pay")

    assert answer.kind == ANSWER and answer.intent == "salary"
    assert answer.roles[0] == "Senior Product Designer"
    assert {"Product Designer", "Product Designer, Growth"} <= set(answer.roles)


def test_asked_to_order_the_roles_by_experience_they_are_ranked_most_first(assistant):
    answer, text = ask(assistant, "order the roles by years of experience")

    assert answer.kind == ANSWER and answer.intent == "experience"
    assert answer.roles[0] == "Senior Product Designer"


def test_ranges_that_fit_entirely_under_a_budget_end_below_it(assistant):
    answer, text = ask(assistant, "my budget caps at 100k - which roles' ranges fit entirely under that?")

    assert "Associate Product Designer" in answer.roles
    assert "Product Designer" not in answer.roles  # $90,000 - $110,000 reaches below, not entirely
