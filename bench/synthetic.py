"""A store grown to N roles, made from the seed documents with varied titles.

Each synthetic role copies one seed's facts under a title such as "Senior
Payments Platform Engineer (Lisbon)", so titles share words the way a large
company's do and the role index meets realistic posting sizes.
"""

import hashlib
import itertools
import random
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, insert
from sqlmodel import select

from knowledge import IngestError, Store, ingest_paths, parse_document
from knowledge.ingest import fact_rows
from knowledge.models import CareerLink, Experience, Fact, Role, RoleAlias, Salary, Source, utcnow
from knowledge.parse import ParsedDocument, role_key
from knowledge.store import bump_version, lock_knowledge

SENIORITY = ["Junior", "Associate", "Senior", "Staff", "Principal", "Lead", "Head of", "Distinguished",
             "Regional", "Chief", "Group", "Founding"]
DOMAIN = ["Payments", "Search", "Data", "Platform", "Cloud", "Security", "Mobile", "Frontend", "Firmware",
          "Analytics", "Reliability", "Network", "Database", "Growth", "Identity", "Billing", "Media",
          "Logistics", "Pricing", "Risk", "Compliance", "Messaging", "Maps", "Ads", "Checkout", "Storage",
          "Observability", "Gaming", "Robotics", "Quantum"]
NOUN = ["Engineer", "Developer", "Architect", "Scientist", "Analyst", "Specialist", "Manager", "Consultant"]
PLACE = ["Lisbon", "Berlin", "Austin", "Nairobi", "Osaka", "Toronto", "Dublin", "Warsaw", "Lagos", "Denver",
         "Seoul", "Madrid", "Oslo", "Lima", "Cairo", "Hanoi", "Perth", "Quito", "Tallinn", "Zagreb",
         "Porto", "Leeds", "Boise", "Tulsa", "Accra", "Pune", "Cebu", "Riga", "Sofia", "Turin",
         "Ghent", "Basel", "Graz", "Kyiv", "Malmo", "Bergen", "Aarhus", "Tartu", "Brno", "Bilbao",
         "Cork", "Derby", "Essen", "Fargo", "Galway", "Hobart", "Izmir", "Jaipur", "Kobe", "Lyon"]


def titles(count: int, seed: int = 7) -> list[str]:
    combos = list(itertools.product(SENIORITY, DOMAIN, NOUN, PLACE))
    random.Random(seed).shuffle(combos)
    if count > len(combos):
        raise ValueError(f"at most {len(combos)} synthetic titles")
    return [f"{s} {d} {n} ({p})" for s, d, n, p in combos[:count]]


def build_store(path: Path, count: int, seeds: Path) -> Store:
    """The seeds plus `count` synthetic roles in a SQLite file, reused when present."""
    if path.exists():
        return Store(f"sqlite:///{path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".building")
    for leftover in building.parent.glob(building.name + "*"):
        leftover.unlink()  # an interrupted earlier build
    store = Store(f"sqlite:///{building}")
    ingest_paths(store, [seeds])
    templates = [parse_document(p.read_text(), p.name) for p in sorted(seeds.glob("*.txt"))]
    profiles = [t for t in templates if t.format == "role_profile"]
    docs = []
    for i, title in enumerate(titles(count)):
        template = profiles[i % len(profiles)]
        docs.append((f"synthetic-{i:06d}.txt", replace(template, title=title)))
    bulk_import(store, docs)
    store.dispose()
    building.rename(path)  # only a finished store is reused
    return Store(f"sqlite:///{path}")


def bulk_import(store: Store, documents: list[tuple[str, ParsedDocument]], batch: int = 20_000) -> int:
    """Add many new documents (one role each) with executemany: `ingest_paths` writes through the ORM,
    too slow for 100,000 roles. Names and roles must be new. Returns the number of documents."""
    with store.session() as session:
        lock_knowledge(session)
        taken = set(session.exec(select(Source.name)))
        clash = [name for name, _ in documents if name in taken]
        if clash:
            raise IngestError([f"{clash[0]}: already in the store; bulk import only adds new documents"])
        next_role = (session.exec(select(func.max(Role.id))).one() or 0) + 1
        next_source = (session.exec(select(func.max(Source.id))).one() or 0) + 1
        rows: dict[type, list[dict]] = {t: [] for t in (Role, RoleAlias, Source, Salary, Experience, Fact, CareerLink)}
        keys = set(session.exec(select(Role.key)))
        now = utcnow()
        for name, doc in documents:
            key = role_key(doc.title)
            if key in keys:
                raise IngestError([f"{name}: role '{doc.title}' already exists; bulk import only adds new roles"])
            keys.add(key)
            rid, sid = next_role, next_source
            next_role += 1
            next_source += 1
            rows[Role].append(dict(id=rid, key=key, title=doc.title))
            rows[Source].append(dict(id=sid, name=name, path=name, title=doc.title, format=doc.format,
                                     content_hash=hashlib.sha256(name.encode()).hexdigest(),
                                     ingested_at=now, role_id=rid))
            for table, row in fact_rows(rid, sid, doc):
                rows[table].append(row)
        for table in (Role, Source, RoleAlias, Salary, Experience, Fact, CareerLink):
            data = rows[table]
            for start in range(0, len(data), batch):
                session.execute(insert(table), data[start:start + batch])
        bump_version(session)
        session.commit()
    return len(documents)
