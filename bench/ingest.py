"""How fast `ingest_paths` reads a large folder of mixed documents (issue 18).

Writes N documents (default 1,000) into a temporary folder, copied from the
test corpus (tests/documents: Markdown, plain text, HTML, ATS JSON, Word and
PDF) with each role's title varied ("Payments Backend Engineer"), then
ingests the folder into a fresh SQLite store and prints documents per second
and the total. The target is under a minute for 1,000 on a 2-core machine.

    .venv/bin/python bench/ingest.py [--documents 1000] [--keep]
"""

import argparse
import html
import itertools
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from knowledge import Store, ingest_paths  # noqa: E402
from knowledge.ingest import collect_files  # noqa: E402
from knowledge.readers import read  # noqa: E402
from knowledge.readers.encoding import decode  # noqa: E402

CORPUS = PROJECT / "tests" / "documents"
BINARY = {".docx", ".pdf"}
DOMAINS = ["Payments", "Search", "Data", "Platform", "Cloud", "Security", "Mobile", "Growth", "Billing",
           "Logistics", "Pricing", "Risk", "Messaging", "Maps", "Checkout", "Storage", "Identity", "Media"]
PLACES = ["Lisbon", "Berlin", "Austin", "Osaka", "Toronto", "Dublin", "Warsaw", "Denver", "Seoul", "Madrid",
          "Oslo", "Porto", "Leeds", "Riga", "Sofia", "Turin", "Ghent", "Basel", "Graz", "Cork"]


def templates() -> list[tuple[Path, str | bytes, list[str]]]:
    """Each corpus document: its path, text (bytes for Word and PDF files,
    whose titles are not varied) and the titles it gives."""
    found = []
    for path in collect_files([CORPUS]):
        data = path.read_bytes()
        text = data if path.suffix.lower() in BINARY else decode(data, path.name)[0]
        found.append((path, text, [doc.title for doc in read(data, str(path))]))
    return found


def generate(folder: Path, count: int) -> None:
    """`count` documents in `folder`, the corpus round-robin, each title
    prefixed with a domain and suffixed with a place, so roles are new."""
    variants = itertools.product(PLACES, DOMAINS)
    source = itertools.cycle(templates())
    for number in range(count):
        path, text, titles = next(source)
        place, domain = next(variants, (f"Site {number}", "Core"))
        if isinstance(text, bytes):
            (folder / f"{number:04d}-{path.name.lower()}").write_bytes(text)
            continue
        for title in sorted(set(titles), key=len, reverse=True):
            new = f"{domain} {title} {place}"
            text = text.replace(title, new).replace(html.escape(title), html.escape(new))
        (folder / f"{number:04d}-{path.name.lower()}").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="keep the generated folder and store")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rolecall-bench-ingest-"))
    docs = work / "docs"
    docs.mkdir()
    generate(docs, args.documents)
    formats = sorted({p.suffix for p in docs.iterdir()})
    store = Store(f"sqlite:///{work / 'rolecall.db'}")
    started = time.perf_counter()
    report = ingest_paths(store, [docs])
    seconds = time.perf_counter() - started
    roles = len(report.completeness)
    print(f"{args.documents} documents ({' '.join(formats)}), {len(report.documents)} postings, {roles} roles: "
          f"{seconds:.1f} s, {args.documents / seconds:.0f} documents/s")
    store.dispose()
    if args.keep:
        print(f"kept {work}")
    else:
        import shutil

        shutil.rmtree(work)


if __name__ == "__main__":
    main()
