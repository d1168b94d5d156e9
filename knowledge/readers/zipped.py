"""A .zip of postings (a recruiter's "two roles attached", a folder zipped from a shared drive): each
document inside is read as if it were a file of its own, by its name and content, and its roles are the
zip's. The zip is checked whole before anything is inflated (`word.check_zip`: declared sizes, ratio,
count); a member is read no further than one document's limit, and a member whose path climbs out of
the zip (`../`, an absolute path), a zip inside the zip, a folder or a file of no known kind (macOS's
`__MACOSX` forks, a `.DS_Store`) is left out with a warning or in silence."""

import io
import zipfile
from pathlib import PurePosixPath

from knowledge.parse import MAX_DOCUMENT_BYTES, DocumentError, ParsedDocument, Warning
from knowledge.readers import detect, word

ZIP = "zip"
# Files every zip tool leaves, never a document.
_LITTER = ("__MACOSX/", ".DS_Store", "Thumbs.db", "desktop.ini")


def read(data: bytes, name: str, read_member) -> list[ParsedDocument]:
    """The roles of every document in the zip; `read_member(data, name)` reads one (the readers' `read`)."""
    word.check_zip(data, name, kind=".zip", main=None)
    docs, notes = [], []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for entry in package.infolist():
            path = entry.filename.replace("\\", "/")
            if entry.is_dir() or any(litter in path for litter in _LITTER):
                continue
            parts = PurePosixPath(path).parts
            if path.startswith("/") or ".." in parts or (parts and parts[0].endswith(":")):
                notes.append(f"{path}: left out, its path leads outside the zip")
                continue
            suffix = PurePosixPath(path).suffix.lower()
            if suffix == ".zip" or suffix not in detect.EXTENSIONS:
                notes.append(f"{path}: left out, {'a zip inside the zip' if suffix == '.zip' else 'no document'}")
                continue
            if entry.file_size > MAX_DOCUMENT_BYTES:
                notes.append(f"{path}: left out, {entry.file_size:,} bytes is over a document's limit")
                continue
            with package.open(entry) as member:
                content = member.read(MAX_DOCUMENT_BYTES + 1)
            if len(content) > MAX_DOCUMENT_BYTES:
                notes.append(f"{path}: left out, over a document's limit")
                continue
            if detect.binary(content, path) == detect.ZIP:
                notes.append(f"{path}: left out, a zip inside the zip")
                continue
            try:
                found = read_member(content, f"{name}/{path}")
            except DocumentError as exc:
                notes.append(f"{path}: not read ({exc})")
                continue
            docs.extend(found)
    if not docs:
        raise DocumentError(f"{name}: no job description in the zip" + (f" ({'; '.join(notes)})" if notes else ""))
    docs[0].warnings.extend(Warning(0, n) for n in notes)
    return docs
