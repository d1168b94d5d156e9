"""Reading the store: the query API the intent layer uses.

An answer must come back in about a millisecond, so `Knowledge` keeps the role
index (titles, aliases, salary, experience) in memory and caches each role's
facts, both for one knowledge version: a question first checks the version
(`version_ttl`) and an ingestion in any process drops them. The values handed
out are frozen dataclasses: nothing outside this package sees a session or a row.
"""

import re
from collections import OrderedDict
from dataclasses import dataclass
from time import monotonic

from sqlalchemy import func, or_
from sqlmodel import select

from knowledge import fulltext, role_words
from knowledge import sections as S
from knowledge.models import CareerLink, Experience, Fact, Role, RoleAlias, Salary, Source
from knowledge.parse import role_key
from knowledge.readers.company import LEGAL_FORMS
from knowledge.references import QUOTED_HINTS, is_reference, quoted_references
from knowledge.store import Store

# Profiles kept in memory per process; a profile is a few KB.
PROFILE_CACHE_SIZE = 512
# Career-path lookups kept per knowledge version (`career_links`): a few links each.
LINKS_CACHE_SIZE = 1024
# The columns of a fact found by a search, as `Knowledge._matches` reads them.
_MATCH_COLUMNS = (Fact.role_id, Fact.section, Fact.text, Fact.source_id, Fact.position, Fact.label)


@dataclass(frozen=True)
class SourceInfo:
    id: int
    name: str
    title: str
    format: str
    ingested_at: str


@dataclass(frozen=True)
class SalaryInfo:
    stated: bool
    text: str
    source: str
    minimum: float | None = None
    maximum: float | None = None
    open_ended: bool = False
    currency: str | None = None
    period: str | None = None
    note: str | None = None
    label: str | None = None  # the level or location of one of several ranges


@dataclass(frozen=True)
class ExperienceInfo:
    text: str
    source: str
    years_min: int | None = None
    years_max: int | None = None
    open_ended: bool = False


@dataclass(frozen=True)
class RoleEntry:
    id: int
    title: str
    key: str
    aliases: tuple[str, ...]
    salaries: tuple[SalaryInfo, ...]
    experience: tuple[ExperienceInfo, ...]
    sources: tuple[SourceInfo, ...]
    salary: SalaryInfo | None = None  # the first stated salary, else the first unstated one
    companies: tuple[str, ...] = ()  # the hiring companies its postings name ("Quillfeather Labs")
    locations: tuple[str, ...] = ()  # where its postings place it ("Dublin 2, Ireland (on-site)")
    references: tuple[str, ...] = ()  # its postings' reference codes ("SMS-HS-2611"): `knowledge.references`


@dataclass(frozen=True)
class FactEntry:
    section: str
    text: str
    source: str
    position: int
    label: str | None = None
    # The document's own heading ("Success metrics"); None for the seeds' layouts.
    heading: str | None = None

    @property
    def display(self) -> str:
        return f"{self.label}: {self.text}" if self.label else self.text


@dataclass(frozen=True)
class CareerEntry:
    role_id: int
    kind: str
    title: str
    key: str
    source: str
    note: str | None = None


@dataclass(frozen=True)
class RoleProfile:
    role: RoleEntry
    facts: tuple[FactEntry, ...]
    career: tuple[CareerEntry, ...]

    def section(self, name: str) -> list[FactEntry]:
        return [f for f in self.facts if f.section == name]


@dataclass(frozen=True)
class FactMatch:
    role: RoleEntry
    fact: FactEntry


class Knowledge:
    """The store as the intent layer sees it; one per process, asked from a few threads at once:
    every cache is swapped or changed by single dict operations, so a race costs at most a second
    read, never a wrong answer. `version_ttl`: how long a version read is trusted (0, the default:
    never; the web process: a fraction of a second, so an answer it already knows needs no SQL)."""

    def __init__(self, store: Store, *, version_ttl: float = 0.0):
        self.store = store
        self.version_ttl = version_ttl
        self._version: int | None = None
        self._checked = float("-inf")  # time.monotonic() of the last version read
        self._claimed = float("-inf")  # when a question last set out to read it (`claim_check`)
        self._expiries = 0
        self._roles: tuple[RoleEntry, ...] = ()
        self._by_id: dict[int, RoleEntry] = {}
        self._by_key: dict[str, RoleEntry] = {}
        self._positions: dict[int, int] = {}  # role id -> its place in `roles`
        self._profiles: OrderedDict[int, RoleProfile] = OrderedDict()
        self._words: tuple[int, fulltext.Words | None] | None = None  # (version, words): `_index_words`
        self._figures = None  # (the role index, its knowledge.figures.Figures): `figures`
        self._links: tuple[int | None, dict] = (None, {})  # (version, lookup -> links): `career_links`

    # -- freshness -----------------------------------------------------------
    def refresh(self) -> int:
        """Check the knowledge version (unless checked within `version_ttl`);
        reload the index when it changed."""
        if self.is_fresh():
            return self._version
        checked, expiries = monotonic(), self._expiries
        try:
            version = self.store.version()
        except BaseException:
            self._claimed = float("-inf")  # the next question tries again, and reports what fails
            raise
        if version != self._version:
            self._load(version)
        if expiries == self._expiries:  # an expire() meanwhile wins: the next question reads again
            self._checked = checked
        return version

    def is_fresh(self) -> bool:
        """Whether the version in memory was read within `version_ttl`."""
        return self._version is not None and monotonic() - self._checked < self.version_ttl

    def claim_check(self) -> bool:
        """Whether the caller's question is the one to read the version
        again (by `refresh`), now that it is no longer fresh: True for the
        first to ask, and again once `version_ttl` passes without a version
        read (a check that hangs) or after a read that failed. Others may
        answer from the version in memory meanwhile."""
        now = monotonic()
        if self._version is None or now - self._claimed >= self.version_ttl:
            self._claimed = now
            return True
        return False

    def expire(self) -> None:
        """Read the version again on the next question (after this process
        changed the knowledge itself)."""
        self._expiries += 1
        self._checked = self._claimed = float("-inf")

    def _loaded(self) -> "Knowledge":
        """Self, the role index read once at least (later questions call `refresh` first)."""
        if self._version is None:
            self.refresh()
        return self

    @property
    def version(self) -> int:
        return self._loaded()._version or 0

    # -- roles ---------------------------------------------------------------
    def roles(self) -> tuple[RoleEntry, ...]:
        return self._loaded()._roles

    def role(self, role_id: int) -> RoleEntry | None:
        return self._loaded()._by_id.get(role_id)

    def role_by_alias(self, title: str) -> RoleEntry | None:
        """The role a title or alias names exactly (spacing, case and
        punctuation aside)."""
        return self._loaded()._by_key.get(role_key(title))

    def figures(self):
        """The roles' years and pay in sorted order (knowledge/figures.py),
        made once per knowledge version like the role index, for store-wide
        rankings and thresholds."""
        from knowledge.figures import Figures

        roles = self.roles()
        cached = self._figures
        if cached is None or cached[0] is not roles:
            # two threads may both build it at a new version: one of them is kept, both are right
            cached = self._figures = (roles, Figures(roles))
        return cached[1]

    # -- facts ---------------------------------------------------------------
    def profile(self, role_id: int) -> RoleProfile | None:
        role = self.role(role_id)
        if role is None:
            return None
        cached = self._profiles.get(role_id)
        if cached is not None:
            try:
                self._profiles.move_to_end(role_id)
            except KeyError:  # evicted meanwhile by another question: it only ages sooner
                pass
            return cached
        names = {s.id: s.name for s in role.sources}
        with self.store.session() as session:
            facts = session.exec(
                select(Fact.section, Fact.text, Fact.source_id, Fact.position, Fact.label, Fact.heading)
                .where(Fact.role_id == role_id)
                .order_by(Fact.source_id, Fact.position)
            ).all()
            links = session.exec(
                select(CareerLink.kind, CareerLink.title, CareerLink.key, CareerLink.source_id, CareerLink.note)
                .where(CareerLink.role_id == role_id)
                .order_by(CareerLink.id)
            ).all()
        profile = RoleProfile(
            role=role,
            facts=tuple(FactEntry(sec, text, names.get(src, "?"), pos, label, heading)
                        for sec, text, src, pos, label, heading in facts),
            career=tuple(CareerEntry(role_id, kind, title, key, names.get(src, "?"), note)
                         for kind, title, key, src, note in links),
        )
        self._profiles[role_id] = profile
        while len(self._profiles) > PROFILE_CACHE_SIZE:
            self._profiles.popitem(last=False)
        return profile

    def facts(self, role_id: int, section: str) -> list[FactEntry]:
        profile = self.profile(role_id)
        return profile.section(section) if profile else []

    def fact_words(self) -> frozenset[str]:
        """Every word the facts say, lower case, as the full-text index holds
        them (empty when the store keeps no such index): what a typo in a
        question can be told from a word of the documents (`bot.spelling`)."""
        with self.store.session() as session:
            words = self._index_words(session)
        return frozenset(words.joined.split()) if words is not None else frozenset()

    def search_facts(self, term: str, sections: tuple[str, ...] | None = None, limit: int = 500) -> list[FactMatch]:
        """Facts of any role that mention `term` (case-insensitive), in role order.
        The full-text index picks the facts that may (knowledge/fulltext.py)."""
        term = term.strip().lower()
        if not term:
            return []
        pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = select(*_MATCH_COLUMNS).where(
            or_(func.lower(Fact.text).like(pattern, escape="\\"), func.lower(Fact.label).like(pattern, escape="\\")))
        if sections:
            query = query.where(Fact.section.in_(sections))
        with self.store.session() as session:
            candidates = fulltext.candidates(session, term, self._index_words(session))
            if candidates is fulltext.NOTHING:
                return []
            if isinstance(candidates, fulltext.InRoleOrder):
                rows = candidates.first(session, query, limit)
            else:
                if candidates is not None:
                    query = query.where(candidates)
                rows = session.exec(query.order_by(Fact.role_id, Fact.position).limit(limit)).all()
        return self._matches(rows)

    def roles_mentioning(self, spellings: tuple[str, ...], pattern) -> frozenset[int]:
        """The ids of every role with a fact whose text or label `pattern` (a compiled regex) finds,
        `spellings` being the lower-cased strings each of its matches contains: "which roles don't
        mention X" needs all of them, where a search lists the first `limit` facts. The per-role word
        index answers when each spelling is one index word (knowledge/role_words.py)."""
        spellings = _folded(spellings)
        with self.store.session() as session:
            named = self._words_naming(session, spellings, pattern)
            if named is not None:
                return frozenset(role_words.mentioning_ids(session.connection(), [named], all_of=False))
        ids = set()
        for spelling in spellings:
            for match in self.search_facts(spelling, limit=1 << 62):
                if match.role.id not in ids and (pattern.search(match.fact.text) or
                                                 pattern.search(match.fact.label or "")):
                    ids.add(match.role.id)
        return frozenset(ids)

    def mentioned(self, spellings: tuple[str, ...], pattern) -> bool:
        """Whether any fact's text or label has a match of `pattern` (as `roles_mentioning` reads
        them), from the index's words when it can, so that no fact is read."""
        spellings = _folded(spellings)
        with self.store.session() as session:
            named = self._words_naming(session, spellings, pattern)
            if named is not None:
                connection = session.connection()
                return bool(named) if connection.dialect.name == "sqlite" \
                    else role_words.any_mentioning(connection, [named], all_of=False)
        return any(pattern.search(m.fact.text) or pattern.search(m.fact.label or "")
                   for spelling in spellings for m in self.search_facts(spelling))

    def roles_lacking(self, terms, *, all_of: bool = False, limit: int = 50):
        """"Which roles don't mention X": the first `limit` roles in title order with no fact that
        mentions the terms (any of them; all of them with `all_of`), and how many there are (a
        knowledge.figures.Page). Each term is (spellings, pattern) as `roles_mentioning` takes. The
        database counts and lists them from the per-role word index when it can, so that a store of
        100,000 roles sends neither set to Python."""
        from knowledge.figures import Page

        roles = self.roles()
        terms = [(_folded(spellings), pattern) for spellings, pattern in terms]
        with self.store.session() as session:
            per_term = [self._words_naming(session, spellings, pattern) for spellings, pattern in terms]
            if all(named is not None for named in per_term):
                connection = session.connection()
                # The live count beside the role list read a moment ago: never below none.
                lacking = max(0, len(roles) - role_words.mentioning_count(connection, per_term, all_of))
                ids = role_words.lacking_ids(connection, per_term, all_of, limit, most_mention=lacking * 2 < len(roles)) \
                    if lacking > 0 else []
                return Page(tuple(role for i in ids if (role := self._by_id.get(i)) is not None), lacking)
        having = [self.roles_mentioning(spellings, pattern) for spellings, pattern in terms]
        mention = (frozenset.intersection if all_of else frozenset.union)(*having) if having else frozenset()
        lacking = [role for role in roles if role.id not in mention]
        return Page(tuple(lacking[:limit]), len(lacking))

    def _words_naming(self, session, spellings: tuple[str, ...], pattern) -> list[str] | None:
        """The index words that hold one of `spellings` where `pattern` finds
        it, which name the roles that mention it; None when a spelling is not
        one index word, or the per-role word index is behind the facts (they
        were changed without a new knowledge version) and cannot say."""
        if not all(fulltext.whole_word(s) for s in spellings):
            return None
        words = self._index_words(session)
        if words is None or not role_words.current(session.connection()):
            return None
        return _words_with(words, spellings, pattern)

    def position(self, role_id: int) -> int:
        """Where a role comes in the store's title order (`roles`), so that
        matches are put in that order without walking every role."""
        return self._loaded()._positions.get(role_id, 0)

    def _matches(self, rows) -> list[FactMatch]:
        """Fact rows (`_MATCH_COLUMNS`) as
        matches of the roles still in the store, with their source names."""
        matches, names = [], {}  # names: role id -> its sources' names by id
        for role_id, sec, text, src, pos, label in rows:
            role = self.role(role_id)
            if role is not None:
                if role_id not in names:
                    names[role_id] = {s.id: s.name for s in role.sources}
                matches.append(FactMatch(role, FactEntry(sec, text, names[role_id].get(src, "?"), pos, label)))
        return matches

    def _index_words(self, session) -> fulltext.Words | None:
        """The full-text index's words as of the knowledge version in memory
        (read again when it changes, like the role index): on SQLite the fact
        index's, on PostgreSQL the per-role word index's vocabulary."""
        version = self.version
        cached = self._words
        if cached is None or cached[0] != version:
            words = fulltext.Words.read(session)
            if words is None and session.get_bind().dialect.name == "postgresql":
                words = fulltext.Words.of(role_words.vocabulary(session.connection()))
            cached = self._words = (version, words)
        return cached[1]

    def facts_in(self, sections: tuple[str, ...], limit: int = 500) -> list[FactMatch]:
        """Facts of any role under `sections`, in role order: which roles state a facet at all."""
        query = select(*_MATCH_COLUMNS).where(Fact.section.in_(sections))
        with self.store.session() as session:
            rows = session.exec(query.order_by(Fact.role_id, Fact.position).limit(limit)).all()
        return self._matches(rows)

    def career_links(self, *, kind: str | None = None, title_key: str | None = None,
                     role_id: int | None = None, limit: int | None = None) -> list[CareerEntry]:
        """Edges of the career graph, filtered by kind, target title or role;
        kept per knowledge version, like profiles: career questions ask the
        same titles' links again."""
        version, kept = self._links
        if version != self.version:
            version, kept = self._links = (self.version, {})
        lookup = (kind, title_key, role_id, limit)
        links = kept.get(lookup)
        if links is None:
            links = self._career_links(kind, title_key, role_id, limit)
            if len(kept) >= LINKS_CACHE_SIZE:
                kept.clear()
            kept[lookup] = links
        return list(links)

    def _career_links(self, kind: str | None, title_key: str | None, role_id: int | None,
                      limit: int | None) -> tuple[CareerEntry, ...]:
        query = select(CareerLink.role_id, CareerLink.kind, CareerLink.title, CareerLink.key,
                       Source.name, CareerLink.note).join(Source, Source.id == CareerLink.source_id)
        if kind:
            query = query.where(CareerLink.kind == kind)
        if title_key:
            query = query.where(CareerLink.key == title_key)
        if role_id is not None:
            query = query.where(CareerLink.role_id == role_id)
        with self.store.session() as session:
            # Ordered by id alone, so the index on key or role_id serves the
            # order and a limit stops early instead of sorting every match.
            rows = session.exec(query.order_by(CareerLink.id).limit(limit)).all()
        return tuple(CareerEntry(rid, k, t, key, src, note) for rid, k, t, key, src, note in rows)

    def career_titles(self) -> dict[str, str]:
        """Every title named in a career path, by key (display spelling)."""
        with self.store.session() as session:
            rows = session.exec(select(CareerLink.key, CareerLink.title).distinct()).all()
        return {key: title for key, title in rows}

    # -- loading -------------------------------------------------------------
    def _load(self, version: int) -> None:
        # Column tuples, not ORM objects: at 100,000 roles this is the
        # difference between seconds and tens of seconds.
        with self.store.session() as session:
            roles = session.exec(select(Role.id, Role.title, Role.key).order_by(Role.title)).all()
            aliases: dict[int, list[str]] = {}
            for role_id, alias in session.exec(select(RoleAlias.role_id, RoleAlias.alias).order_by(RoleAlias.id)):
                aliases.setdefault(role_id, []).append(alias)
            sources: dict[int, list[SourceInfo]] = {}
            names: dict[int, str] = {}
            for sid, name, title, fmt, at, role_id in session.exec(
                    select(Source.id, Source.name, Source.title, Source.format, Source.ingested_at, Source.role_id)
                    .order_by(Source.name)):
                names[sid] = name
                sources.setdefault(role_id, []).append(SourceInfo(sid, name, title, fmt, at.isoformat(timespec="seconds")))
            salaries: dict[int, list[SalaryInfo]] = {}
            for row in session.exec(select(
                    Salary.role_id, Salary.stated, Salary.text, Salary.source_id, Salary.minimum, Salary.maximum,
                    Salary.open_ended, Salary.currency, Salary.period, Salary.note, Salary.label)
                    .order_by(Salary.source_id, Salary.id)):
                role_id, stated, text, sid, *rest = row
                salaries.setdefault(role_id, []).append(SalaryInfo(stated, text, names.get(sid, "?"), *rest))
            experience: dict[int, list[ExperienceInfo]] = {}
            for role_id, text, sid, low, high, open_ended in session.exec(select(
                    Experience.role_id, Experience.text, Experience.source_id, Experience.years_min,
                    Experience.years_max, Experience.open_ended).order_by(Experience.source_id, Experience.line)):
                experience.setdefault(role_id, []).append(ExperienceInfo(text, names.get(sid, "?"), low, high, open_ended))
            companies = _texts_by_role(session, Fact.section == S.COMPANY, Fact.label == "Company")
            # else the company its own words name (`named_company`): the company section first
            # (the roles with a Company field left out here, not in SQL: a list of every
            # such role's id is over PostgreSQL's 65,535 parameters in a large store)
            for role_id, texts in _texts_by_role(session, Fact.section.in_((S.COMPANY, S.NOT_ABOUT_ROLE)),
                                                 Fact.label.is_(None)).items():
                if role_id not in companies and (named := named_company(texts)):
                    companies[role_id] = [named]
            references: dict[int, list[str]] = {}
            for role_id, label, text in session.exec(
                    select(Fact.role_id, Fact.label, Fact.text).where(Fact.section == S.DETAILS, Fact.label.is_not(None))
                    .order_by(Fact.id)):
                if is_reference(label, text) and text.strip() not in references.setdefault(role_id, []):
                    references[role_id].append(text.strip())
            # and the codes a sentence quotes ("quoting reference GUH-HCA-2701", "Referencia de la
            # oferta: CAL-0127"): a code one role's documents alone quote names it as a labelled one does
            quoted: dict[str, set[int]] = {}
            # SQLite's LIKE ignores ASCII case by itself; lower() on every fact cost more than twice
            # the scan (10,004 roles: 4.7 s against 2.0 s). PostgreSQL's ILIKE is its own.
            like = Fact.text.like if session.get_bind().dialect.name == "sqlite" else Fact.text.ilike
            for role_id, text in session.exec(select(Fact.role_id, Fact.text).where(
                    or_(*(like(hint) for hint in QUOTED_HINTS))).order_by(Fact.id)):
                for code in (quoted_references(text) if role_id is not None else ()):
                    quoted.setdefault(code, set()).add(role_id)
            for code, role_ids in quoted.items():
                if len(role_ids) == 1 and code not in references.setdefault(role_id := next(iter(role_ids)), []):
                    references[role_id].append(code)
            locations = _texts_by_role(session, Fact.section == S.LOCATION,
                                       or_(Fact.label == "Location", Fact.label.is_(None)))
        entries = []
        for role_id, title, key in roles:
            own = salaries.get(role_id, ())
            entries.append(RoleEntry(
                id=role_id, title=title, key=key,
                aliases=tuple(dict.fromkeys([title, *aliases.get(role_id, [])])),
                salaries=tuple(own), experience=tuple(experience.get(role_id, ())),
                sources=tuple(sources.get(role_id, ())),
                salary=next((s for s in own if s.stated), own[0] if own else None),
                companies=tuple(companies.get(role_id, ())),
                locations=tuple(locations.get(role_id, ())),
                references=tuple(references.get(role_id, ())),
            ))
        by_key = {}
        for entry in entries:
            for alias in entry.aliases:
                by_key.setdefault(role_key(alias), entry)
        self._roles = tuple(entries)
        # Positions first: a search on another thread finds a role's position once it finds the role.
        self._positions = {e.id: i for i, e in enumerate(entries)}
        self._by_id = {e.id: e for e in entries}
        self._by_key = by_key
        self._profiles = OrderedDict()
        self._version = version


# The name a company's description opens with, before what it is or does: "Tumaini Water & Health
# Initiative (TWHI) is a Kenyan NGO", "The Corrib Taverns Group runs four pubs". Two capitalised words
# at least (joined by "&", "of", "and"), so "You will join" and "Our team" name no company.
_BLURB_NAME = re.compile(
    r"^(?:(?:Founded|Established|Started|Opened)\s+in\s+\d{4},\s+|Since\s+\d{4},\s+)?"  # "Founded in 1952, X is …"
    r"(?:The\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:&|and|of|for|de|du|van|der)\s+)?[A-Z][\w'’.-]*)+)"
    r"(?:\s*\([A-Z]{2,}\))?\s*,?\s+(?:is|are|was|runs|operates|has|works|provides|builds|serves|employs)\b")
NOT_COMPANY_OPENERS = {"You", "We", "Our", "This", "As", "In", "At", "Join", "About", "Are", "Do"}


def blurb_company(text: str) -> str | None:
    """The company a posting's description of it names first, for a role with no Company field."""
    found = _BLURB_NAME.match(text.strip())
    if found is None or found.group("name").split()[0] in NOT_COMPANY_OPENERS:
        return None
    return found.group("name")


# A company's registered name: capitalised words ending in a legal form, as a signature writes it.
_SIGNED = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w'’.-]*)*?\s+(?:"
                     + LEGAL_FORMS + r"))$")


def signed_company(text: str) -> str | None:
    """A line that is a company's registered name and nothing else ("Brennan & Voss Construction Ltd")."""
    found = _SIGNED.match(text.strip())
    if not found:
        return None
    name = found.group("name")
    head, form = name.rsplit(None, 1)
    if form == "SA" and not head.isupper():
        return None  # "Port Adelaide SA", "Tanunda SA": a signature's South Australian town, no société anonyme
    return name


# The company section's first texts read for the name its description opens with: a page's breadcrumb,
# or its name in another script, may come first ("TOP > 新潟県 > …", "運営会社：…").
BLURB_TEXTS = 5


def named_company(texts: list[str]) -> str | None:
    """The company a role's unlabelled company and not-about-the-role lines name, for a role with no
    Company field: the name its description opens with (in one of its first texts), else the one an
    equal-opportunity statement names ("Dunmore County is an Equal Opportunity Employer"), else a line
    that is only a registered company's name (an e-mail signature's "Brennan & Voss Construction Ltd")."""
    return next(filter(None, map(blurb_company, texts[:BLURB_TEXTS])), None) \
        or next((named for t in texts if _EQUAL_OPPORTUNITY.search(t) and (named := blurb_company(t))), None) \
        or next(filter(None, map(signed_company, texts)), None)


_EQUAL_OPPORTUNITY = re.compile(r"\bis an equal[- ]opportunit", re.I)


def _texts_by_role(session, *where) -> dict[int, list[str]]:
    """The distinct texts of the facts `where` picks, per role, in the order stored."""
    texts: dict[int, list[str]] = {}
    for role_id, text in session.exec(select(Fact.role_id, Fact.text).where(*where).order_by(Fact.id)):
        if text not in texts.setdefault(role_id, []):
            texts[role_id].append(text)
    return texts


def _folded(spellings) -> tuple[str, ...]:
    return tuple(s.strip().lower() for s in spellings if s.strip())


def _words_with(words: fulltext.Words, spellings: tuple[str, ...], pattern) -> list[str]:
    """The index's words that hold one of `spellings` where `pattern` finds
    it: a match lies inside one word of a fact, so these name its facts."""
    return list(dict.fromkeys(word for s in spellings for word in words.containing(s) if pattern.search(word)))
