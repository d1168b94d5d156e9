"""botbuilder's schema objects as the JSON the Bot Connector reads, by walking
each class's `_attribute_map` instead of msrest's `serialize()` (cheaper:
bench/README.md); anything not plain JSON is handed to msrest. A value typed
"object" (a card) is checked, not copied: the result is only encoded.
tests/test_teams_wire.py checks the two agree.
"""

from enum import Enum

import botbuilder.schema
from msrest.serialization import Model, Serializer

_JSON_SCALARS = (str, int, float, bool)
_SIMPLE_TYPES = {"str": str, "bool": bool, "int": int, "float": float}
# One serializer for the values handed over, made once (as the connector client makes its own).
_MSREST = Serializer({name: value for name, value in vars(botbuilder.schema).items() if isinstance(value, type)})


def to_wire(model: Model) -> dict:
    serialized = {}
    for attr, description in model._attribute_map.items():
        value = getattr(model, attr, None)
        if value is None:
            continue
        serialized[description["key"]] = _value(value, description["type"])
    return serialized


def _value(value, data_type):
    if isinstance(data_type, str):
        simple = _SIMPLE_TYPES.get(data_type)
        if simple is not None:
            if isinstance(value, Enum):
                value = value.value
            if type(value) is simple:
                return value
        elif data_type == "object":
            if _is_plain(value):
                return value  # msrest would give back an equal copy; the caller only encodes it
        elif data_type.startswith("[") and data_type.endswith("]") and isinstance(value, list):
            if None not in value:
                return [_value(item, data_type[1:-1]) for item in value]
        elif isinstance(value, Model):  # msrest, too, walks the value's own class
            return to_wire(value)
    return _MSREST.serialize_data(value, data_type if isinstance(data_type, str) else data_type.__name__)


def _is_plain(value) -> bool:
    """Whether `value` is made of JSON types only (dicts with text keys,
    lists, text, numbers, booleans, None), which msrest gives back as it is
    (in new containers). Checked, not copied: a card is a few hundred nodes."""
    kind = type(value)
    if value is None or kind in _JSON_SCALARS:
        return True
    if kind is dict:
        for key, item in value.items():
            if type(key) is not str or not _is_plain(item):
                return False
        return True
    if kind is list:
        for item in value:
            if not _is_plain(item):
                return False
        return True
    return False
