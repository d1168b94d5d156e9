"""A store grown to N roles, made from the seed documents with varied titles.

Each synthetic role copies one seed's facts under a title such as "Senior
Payments Platform Engineer (Lisbon)", so titles share words the way a large
company's do and the role index meets realistic posting sizes.
"""

import itertools
import random
from dataclasses import replace
from pathlib import Path

from knowledge import Store, ingest_paths, parse_document
from knowledge.ingest import bulk_import

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
