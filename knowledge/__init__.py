"""The knowledge store: tables, ingestion of job descriptions, and queries.

The only package that runs SQL. Its public surface is listed here; the
intent layer reads through `Knowledge` and gets frozen values back.
"""

from knowledge.catalog import Knowledge
from knowledge.conversations import Context, load_context, load_contexts, save_context
from knowledge.errors import SchemaError, StoreError, StoreReadOnly, StoreUnavailable
from knowledge.feedback import Vote, record_feedback
from knowledge.ingest import IngestError, ensure_seeded, ingest_paths
from knowledge.parse import DocumentError, parse_document, role_key
from knowledge.questions import LoggedQuestion, NotAnswered, record_question
from knowledge.reload import reload_documents
from knowledge.report import build_report
from knowledge.seeds import bundled_seeds_dir
from knowledge.store import Store

__all__ = [
    "Context", "DocumentError", "IngestError", "Knowledge", "LoggedQuestion", "NotAnswered", "SchemaError",
    "Store", "StoreError", "StoreReadOnly", "StoreUnavailable", "Vote", "build_report", "bundled_seeds_dir", "ensure_seeded",
    "ingest_paths", "load_context", "load_contexts", "parse_document", "record_feedback", "record_question", "reload_documents",
    "role_key", "save_context",
]
