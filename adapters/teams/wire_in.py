"""botbuilder's schema objects from the JSON the Bot Connector sends: the
mirror of `wire.to_wire`, cheaper than msrest's `deserialize` (bench/wire_in.py).

It takes only the path it can vouch for: JSON whose every value already has
its declared type, classes without `_subtype_map` or flattened keys, nesting
under MAX_DEPTH. A type msrest parses from text (datetimes, enums) is parsed
by msrest; anything else sends the whole body to msrest, so what comes out,
or is raised, is msrest's. tests/test_teams_wire.py checks they agree.
"""

from msrest.serialization import Deserializer, Model

# Deeper than this, the body is msrest's to read. Teams activities nest about
# a dozen levels at most (an Adaptive Card inside an attachment); at 64 levels
# msrest's own recursion (one to three frames a level) stays far from
# Python's limit of 1,000 frames, so below it neither side can hit a
# RecursionError that the other would not.
MAX_DEPTH = 64


def from_wire(model_class: type[Model], data) -> Model:
    """`model_class.deserialize(data)`, without msrest's overhead when
    `data` is JSON that already has the declared types; raises what msrest
    raises."""
    plan = _root_plan(model_class)
    if plan is not None and type(data) is dict:
        try:
            return plan.read(data, 0)
        except _Defer:
            pass
    return model_class.deserialize(data)


class _Defer(Exception):
    """Raised inside the walk: msrest is to read this body."""


def _defer(raw=None, depth=0):
    raise _Defer


class _Schema:
    """What msrest's deserializer for one root class knows: the classes that
    type strings name (msrest's `Model._infer_class_models`, the root's
    module), one Deserializer for the values msrest parses, and the reading
    plan of each class, compiled once."""

    def __init__(self, classes: dict):
        self.classes = classes
        self.msrest = Deserializer(classes)
        self.plans = {}

    def plan(self, cls) -> "_Plan | None":
        if cls in self.plans:
            return self.plans[cls]
        plan = self.plans[cls] = _Plan(cls) if _readable(cls) else None
        if plan is not None:
            plan.compile(self)  # once it is in the table: a class may contain itself
        return plan

    def reader(self, data_type):
        """A function (raw JSON value, depth) -> deserialized value, for a
        value that is not None; in the order msrest's `deserialize_data`
        tries the type string."""
        if not isinstance(data_type, str) or not data_type:
            return _defer
        exact = _EXACT.get(data_type)
        if exact is not None:
            return _exactly(exact)
        if data_type == "object":
            return _plain
        if data_type in self.msrest.deserialize_type:  # iso-8601, date, base64, ... and "[]", "{}" themselves
            return _parsed_by(self.msrest, data_type)
        brackets = data_type[0] + data_type[-1]
        if brackets == "[]":
            return _list_of(self.reader(data_type[1:-1]))
        if brackets == "{}":
            return _dict_of(self.reader(data_type[1:-1]))
        cls = self.classes.get(data_type)
        if isinstance(cls, type) and issubclass(cls, Model):
            plan = self.plan(cls)
            return _defer if plan is None else _model(plan)
        return _parsed_by(self.msrest, data_type)  # an enum, or a name msrest will not find


_EXACT = {"str": str, "int": int, "float": float, "bool": bool}


def _readable(cls) -> bool:
    """Whether msrest reads `cls` the plain way this module reproduces."""
    if cls.__dict__.get("_subtype_map"):  # msrest picks a subclass and pops the discriminator
        return False
    return all(isinstance(desc["type"], str) and "." not in desc["key"] and "\\" not in desc["key"]
               for desc in cls._attribute_map.values())


class _Plan:
    """How msrest's `Deserializer._deserialize` and `_instantiate_model`
    build one class: each attribute from its JSON key, the keys it does not
    know kept in `additional_properties`, the constructor called with every
    attribute."""

    def __init__(self, cls):
        self.cls = cls
        attribute_map = cls._attribute_map
        self.fields = []
        # msrest's _build_additional_properties: unknown keys are kept unless
        # the class declares a real "additionalProperties" key of its own.
        described = attribute_map.get("additional_properties")
        self.collects_extra = described is None or described["key"] == ""
        # msrest decodes "a\\.b" keys and keeps what comes before a ".": no key here has either.
        self.known = {desc["key"] for desc in attribute_map.values() if desc["key"] != ""}
        validation = cls._validation
        self.readonly = [name for name, rule in validation.items() if rule.get("readonly")]
        constant = [name for name, rule in validation.items() if rule.get("constant")]
        self.excluded = set(getattr(cls, "_subtype_map", {})) | set(self.readonly) | set(constant)

    def compile(self, schema: _Schema) -> None:
        for attr, desc in self.cls._attribute_map.items():
            if attr == "additional_properties" and desc["key"] == "":
                continue
            self.fields.append((attr, desc["key"], schema.reader(desc["type"])))

    def read(self, data: dict, depth: int):
        if depth > MAX_DEPTH:
            raise _Defer
        depth += 1
        attrs = {}
        for attr, key, read in self.fields:
            raw = data.get(key)
            attrs[attr] = None if raw is None else read(raw, depth)
        kwargs = attrs if not self.excluded else {k: v for k, v in attrs.items() if k not in self.excluded}
        try:
            model = self.cls(**kwargs)
        except TypeError:
            raise _Defer from None
        for attr in self.readonly:
            setattr(model, attr, attrs.get(attr))
        if self.collects_extra:
            # The same set arithmetic as msrest's, so even the keys' order is its order.
            missing = set(data.keys()) - self.known
            if missing:
                model.additional_properties = {key: data[key] for key in missing}
        return model


def _exactly(kind):
    def read(raw, depth):
        if type(raw) is kind:  # msrest's str(), int(), float(), bool() give back this very value
            return raw
        raise _Defer
    return read


def _plain(raw, depth):
    """A JSON value under "object": msrest's `deserialize_object` returns
    scalars as they are and dicts and lists as new ones."""
    kind = type(raw)
    if kind is str or kind is int or kind is float or kind is bool or raw is None:
        return raw
    if depth > MAX_DEPTH:
        raise _Defer
    if kind is dict:
        return {key: _plain(value, depth + 1) for key, value in raw.items()}
    if kind is list:
        return [_plain(value, depth + 1) for value in raw]
    raise _Defer


def _list_of(read_item):
    def read(raw, depth):
        if type(raw) is not list or depth > MAX_DEPTH:
            raise _Defer
        depth += 1
        return [None if item is None else read_item(item, depth) for item in raw]
    return read


def _dict_of(read_item):
    def read(raw, depth):
        if type(raw) is not dict or depth > MAX_DEPTH:
            raise _Defer
        depth += 1
        return {key: None if item is None else read_item(item, depth) for key, item in raw.items()}
    return read


def _model(plan: _Plan):
    def read(raw, depth):
        if type(raw) is not dict:
            raise _Defer
        return plan.read(raw, depth)
    return read


def _parsed_by(deserializer: Deserializer, data_type: str):
    def read(raw, depth):
        if type(raw) is not str:
            raise _Defer
        try:
            return deserializer.deserialize_data(raw, data_type)
        except Exception:  # msrest's error, raised again when it reads the whole body
            raise _Defer from None
    return read


_SCHEMAS: dict[type, tuple[_Schema, "_Plan | None"]] = {}


def _root_plan(model_class) -> "_Plan | None":
    """The plan msrest's `model_class.deserialize` would follow: the class
    its module's namespace gives under that name, with the type strings
    resolved in that namespace. The schema's classes are generated code,
    fixed once imported, so plans are made once per root class."""
    entry = _SCHEMAS.get(model_class)
    if entry is None:
        classes = model_class._infer_class_models()
        schema = _Schema(classes)
        root = classes.get(model_class.__name__)
        plan = schema.plan(root) if isinstance(root, type) and issubclass(root, Model) else None
        entry = _SCHEMAS[model_class] = (schema, plan)
    return entry[1]
