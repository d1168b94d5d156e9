"""Every role of a large store in one message, grouped by hiring company.

"What roles do you have" deserves every role, not the first fifty: a store
of postings from a few dozen companies holds a few hundred titles at most,
and one wrapped line of titles per company reads at a glance. The groups
are sections of plain text, so each platform's limits (Slack's 50 blocks and
3,000 characters a block, Teams' card size) hold: a long group is carried
on in a section of its own, and the companies with one role share a section
when there are more groups than a message has room for.
"""

from bot.answer import Section
from knowledge.catalog import RoleEntry

# At most this many roles are listed in full; more are cut to the first
# MAX_LISTED_ROLES (see `compose.list_roles`). 200 titles of ~35 characters
# with their company headings stay well inside a Teams card's 18 KB.
MAX_GROUPED_ROLES = 200
# Sections of groups in one message: Slack allows 50 blocks, of which the
# header, the summary, two rows of buttons, the controls and the sources take 6.
MAX_ROLE_GROUPS = 40
# A group's line is carried on in another section past this many characters
# (Slack cuts a block at 3,000, Teams a paragraph at 3,000).
GROUP_TEXT_CHARS = 2000
NO_COMPANY = "No company named"
ONE_ROLE_EACH = "Other companies"
SEPARATOR = " · "


def _lines(titles: list[str]) -> list[str]:
    """`titles` joined into lines of at most GROUP_TEXT_CHARS."""
    lines, current = [], ""
    for title in titles:
        if current and len(current) + len(SEPARATOR) + len(title) > GROUP_TEXT_CHARS:
            lines.append(current)
            current = title
        else:
            current = f"{current}{SEPARATOR}{title}" if current else title
    return lines + ([current] if current else [])


def by_company(roles: tuple[RoleEntry, ...]) -> tuple[Section, ...]:
    """One section per hiring company (alphabetical, roles with none last),
    its roles' titles on one line; a role posted by several companies is
    listed under each."""
    groups: dict[str, list[str]] = {}
    for role in roles:
        for company in role.companies or (NO_COMPANY,):
            groups.setdefault(company, []).append(role.title)
    order = sorted(groups, key=lambda c: (c == NO_COMPANY, c.casefold()))
    if len(order) > MAX_ROLE_GROUPS:  # the companies with one role share a section
        singles = [c for c in order if len(groups[c]) == 1 and c != NO_COMPANY]
        order = [c for c in order if c not in singles]
        groups[ONE_ROLE_EACH] = [f"{groups[c][0]} ({c})" for c in singles]
        order.append(ONE_ROLE_EACH)
    sections = []
    for company in order:
        for n, line in enumerate(_lines(groups[company])):
            sections.append(Section(company if n == 0 else f"{company} (continued)", text=line))
    return tuple(sections)
