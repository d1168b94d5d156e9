"""Reloading the knowledge while RoleCall runs (an admin's "reload"): an ingestion of the configured
documents, all or nothing, that always bumps the knowledge version so every replica reads the store
afresh. Documents no longer in the folder are kept: they may have been ingested on purpose."""

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
