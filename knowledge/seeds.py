"""Where the bundled job descriptions are.

A wheel carries them as `knowledge/bundled_seeds` (see pyproject.toml); a
source checkout or an editable install reads the project's own `seeds/`.
"""

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def bundled_seeds_dir() -> Path | None:
    for candidate in (_HERE / "bundled_seeds", _HERE.parent / "seeds"):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None
