"""Whether a parsed JSON body is text that can travel on.

JSON may spell a lone UTF-16 surrogate (`"\ud800"`), and Python's parser
accepts it into a `str` that cannot be encoded as UTF-8 again: writing it to
the database or sending it in a reply fails far from where it came in.
Slack and Teams never send one, so a body holding one is refused at the
endpoint, before anything is stored or answered.
"""

import json


def has_lone_surrogates(value, raw: str | None = None) -> bool:
    """True when some string in `value` (a parsed JSON document) cannot be
    encoded as UTF-8. `raw`, the text `value` was parsed from (JSON, or a
    form with JSON in a field), settles it at once when it holds no
    backslash, plain or percent-encoded: only a `\\u` escape makes a surrogate."""
    if raw is not None and "\\" not in raw and "%5c" not in raw.lower():
        return False
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    except (TypeError, ValueError, RecursionError):  # not JSON-shaped: other checks refuse it
        return False
    return False
