"""Reloading the knowledge while RoleCall runs: an admin's "reload".

A reload is an ingestion of the configured documents, all or nothing, like
`rolecall ingest`: a document that cannot be read fails the whole reload
and the store stays as it was. It always bumps the knowledge version, even
when no document changed, so that every process on the store (every
replica behind the load balancer) drops its in-memory index on its next
question and reads the store afresh; that is what an admin asking for a
reload expects. Documents no longer in the folder are kept: other documents
may have been ingested with `rolecall ingest` on purpose.
"""

from dataclasses import dataclass
from pathlib import Path

from knowledge.ingest import UNCHANGED, IngestReport, ingest_paths
from knowledge.store import Store, bump_version


@dataclass(frozen=True)
class ReloadSummary:
    """What an admin is told after a reload."""

    roles: int  # roles in the store afterwards
    documents: int  # documents read
    changed: int  # of which added or updated
    warnings: int
    version: int  # the knowledge version now in force


def reload_documents(store: Store, paths: list[str | Path]) -> ReloadSummary:
    """Re-ingest `paths` (files or folders) and bump the knowledge version.
    Raises `IngestError` (nothing written) when a document cannot be read."""
    report: IngestReport = ingest_paths(store, paths)
    if not report.changed:  # ingest_paths bumps only on change; a reload always does
        with store.session() as session:
            bump_version(session)
            session.commit()
    return ReloadSummary(
        roles=len(report.completeness),
        documents=len(report.documents),
        changed=sum(1 for doc in report.documents if doc.status != UNCHANGED),
        warnings=sum(len(doc.warnings) for doc in report.documents),
        version=store.version(),
    )
