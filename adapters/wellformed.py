"""Whether a parsed JSON body can travel on: JSON may spell a lone surrogate
that cannot be encoded as UTF-8 again, and Slack and Teams never send one,
so such a body is refused at the endpoint.
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
