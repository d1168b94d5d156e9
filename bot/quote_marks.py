"""Single quotes used as quotation marks.

"Which role is the 'go-to technical authority' one?" quotes a phrase of a
document as double quotes would; read as apostrophes, the quote's words were
glued to them ("'go") and the search took its first word alone. A pair of
single quotes around words, the first after a space or the start and the
last before a space, a mark or the end, is read as double quotes; an
apostrophe inside or at the end of a word ("engineer's", "engineers'") is
left as it is.
"""

import re

# 'a phrase', its opening quote after a space, "(" or the start, its closing one before a space, a mark or the end
_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(]))['‘]([^'‘’\s][^'‘’]{0,198}?[^'‘’\s])['’](?=$|[\s.,;:!?)])")


def as_double(text: str) -> str:
    """`text` with single quotes around a phrase made double (same length: offsets hold)."""
    return _QUOTED.sub(lambda m: f'"{m.group(1)}"', text)
