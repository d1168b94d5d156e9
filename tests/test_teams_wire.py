"""RoleCall's quick JSON for activities is msrest's, in both directions.

`adapters.teams.wire.to_wire` replaces msrest's `Model.serialize()` on the
reply path for speed; whatever it sends must be byte-for-byte what
botbuilder would have sent. Checked on real replies to the seed documents,
addressed the way botbuilder addresses them, and on the odd values msrest
handles (datetimes, enums, nested models, cards given as models).

`adapters.teams.wire_in.from_wire` replaces msrest's `Activity.deserialize`
on the way in; the activity it builds must be the one msrest builds,
attribute by attribute (`additional_properties` and datetimes' offsets
included), and it must refuse exactly what msrest refuses. Checked on the
Teams payloads and the activities the tests and the benchmark post, and on
activities hypothesis mutates and makes up. The checks also make sure the
quick path is the one taken: agreement would prove nothing if every body
went to msrest.
"""

import copy
import datetime
import functools
import json
import math
from collections import Counter
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    CardAction,
    ChannelAccount,
    ConversationAccount,
    Entity,
    HeroCard,
    Mention,
    SuggestedActions,
)
from botbuilder.schema.teams import TeamsChannelAccount
from msrest.serialization import Model

from adapters.teams.bot import reply_activity
from adapters.teams.endpoint import parse_activity
from adapters.teams.render import ask_data, render_reply
from adapters.teams.wire import to_wire
from adapters.teams.wire_in import from_wire
from tests.test_endpoint_fuzz import paths
from bench import traffic
from bot import open_assistant

PAYLOADS = Path(__file__).parent / "payloads"
INBOUND = sorted(PAYLOADS.glob("teams_*.json"))
QUESTIONS = [
    "what does a Lead Back End Engineer own?",
    "salary for lead back end engineer",
    "compare Engineer and Expert Software Engineer",
    "which roles need Kubernetes?",
    "what does a Chief Wizard own?",
    "help",
    "<at>x</at> **bold** & <b>html</b> ünïcödé 🚀",
]


def addressed(reply: Activity, inbound_file: Path) -> Activity:
    inbound = Activity().deserialize(json.loads(inbound_file.read_text()))
    return TurnContext.apply_conversation_reference(reply, TurnContext.get_conversation_reference(inbound))


@pytest.fixture
def assistant(seeded_store, database_url):
    real = open_assistant(database_url)
    yield real
    real.knowledge.store.dispose()


def test_replies_to_real_questions_serialize_as_msrest_does(assistant):
    for question in QUESTIONS:
        from bot import Question

        reply = reply_activity(render_reply(assistant.ask(Question(text=question, platform="teams"))))
        for inbound in INBOUND:
            activity = addressed(reply, inbound)
            assert to_wire(activity) == activity.serialize(), (question, inbound.name)


@pytest.mark.parametrize("activity", [
    Activity(type=ActivityTypes.message, text="enum type", timestamp=datetime.datetime(2025, 1, 2, 3, 4, 5, 678000,
                                                                                     tzinfo=datetime.timezone.utc)),
    Activity(type="message", local_timestamp=datetime.datetime(2025, 1, 2, 3, 4, 5)),
    Activity(type="message", entities=[Mention(mentioned=ChannelAccount(id="29:x", name="X"), text="<at>X</at>",
                                               type="mention"), Entity(type="clientInfo")]),
    Activity(type="message", suggested_actions=SuggestedActions(
        actions=[CardAction(type="imBack", title="Yes", value="yes")], to=["29:x"])),
    Activity(type="message", attachments=[CardFactory.hero_card(HeroCard(title="hero", buttons=[
        CardAction(type="imBack", title="a", value={"k": [1, 2.5, True, None]})]))]),
    Activity(type="message", channel_data={"notification": {"alert": True}, "count": 3, "none": None}),
    Activity(type="message", from_property=TeamsChannelAccount(id="29:y", name="Y", aad_object_id="aad"),
             conversation=ConversationAccount(id="a:1", is_group=False, conversation_type="personal")),
    Activity(type="message", value=7, text=12),  # wrong types: msrest's own conversions
    Activity(type="message", attachments=[None]),
    MessageFactory.attachment(CardFactory.adaptive_card({"type": "AdaptiveCard", "body": [
        {"type": "TextBlock", "text": "x", "wrap": True}], "actions": [], "version": "1.4"}), text="t"),
], ids=lambda a: a.text or "activity")
def test_odd_values_serialize_as_msrest_does(activity):
    assert to_wire(activity) == activity.serialize()


# -- inbound: from_wire builds the activity msrest builds ----------------------------

def difference(ours, theirs, path="activity") -> str | None:
    """Where two deserialized values differ, or None. Stricter than msrest's
    `Model.__eq__`: the same types all the way down (True is not 1), models
    attribute by attribute with `additional_properties`, dicts with their
    keys in the same order, datetimes with the same offset (10:33-07:00 is
    not 17:33Z), and NaN the same as NaN."""
    if type(ours) is not type(theirs):
        return f"{path}: {type(ours).__name__} {ours!r} vs {type(theirs).__name__} {theirs!r}"
    if isinstance(ours, Model):
        return difference(vars(ours), vars(theirs), path)
    if isinstance(ours, dict):
        if list(ours) != list(theirs):
            return f"{path}: keys {list(ours)} vs {list(theirs)}"
        return next(filter(None, (difference(ours[key], theirs[key], f"{path}.{key}") for key in ours)), None)
    if isinstance(ours, list):
        if len(ours) != len(theirs):
            return f"{path}: {len(ours)} items vs {len(theirs)}"
        return next(filter(None, (difference(a, b, f"{path}[{i}]") for i, (a, b) in enumerate(zip(ours, theirs)))),
                    None)
    if isinstance(ours, float) and math.isnan(ours) and math.isnan(theirs):
        return None
    if isinstance(ours, datetime.datetime):
        same = ours == theirs and ours.isoformat() == theirs.isoformat()
    else:
        same = ours == theirs
    return None if same else f"{path}: {ours!r} vs {theirs!r}"


def shared(read, body) -> set[str]:
    """Where `read` holds one of `body`'s own dicts or lists rather than a
    copy (msrest copies "object" values but keeps unknown keys' values)."""
    originals = {id(node) for node in nodes(body) if isinstance(node, (dict, list))}
    found, stack = set(), [("activity", read)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, Model):
            node = vars(node)
        elif isinstance(node, (dict, list)) and id(node) in originals:
            found.add(path)
        if isinstance(node, dict):
            stack += [(f"{path}.{key}", value) for key, value in node.items()]
        elif isinstance(node, list):
            stack += [(f"{path}[{index}]", value) for index, value in enumerate(node)]
    return found


def nodes(body):
    stack = [body]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, dict):
            stack += node.values()
        elif isinstance(node, list):
            stack += node


class Deferred(Exception):
    """from_wire handed the whole body to msrest."""


def quick_read(body) -> Activity:
    """from_wire with msrest's whole-body reading taken away: the activity it
    builds on its own, or Deferred when it would hand the body to msrest.
    (Values msrest parses one by one, timestamps say, still go to msrest.)"""
    with mock.patch.object(Activity, "deserialize", side_effect=Deferred):
        return from_wire(Activity, body)


def msrest_reads(body):
    """(activity, None) or (None, the exception) from msrest itself."""
    try:
        return Activity.deserialize(body), None
    except Exception as error:
        return None, error


def check_agrees(body) -> str:
    """Fails unless from_wire gives what msrest gives for `body` (the same
    activity, or the same exception) and leaves `body` as it was; says which
    path from_wire took, "quick" or "deferred"."""
    before = json.dumps(body)
    copied = copy.deepcopy(body)
    theirs, refused = msrest_reads(copied)
    try:
        ours = quick_read(body)
    except Deferred:
        path = "deferred"
        try:
            ours, error = from_wire(Activity, body), None
        except Exception as raised:
            ours, error = None, raised
        assert (type(error), str(error)) == (type(refused), str(refused))
    else:
        path = "quick"
        assert refused is None, f"from_wire built an activity where msrest raised {refused!r}"
    if refused is None:
        assert difference(ours, theirs) is None, difference(ours, theirs)
        if theirs is not None:  # msrest reads a null body as None
            assert ours.serialize() == theirs.serialize()
        assert shared(ours, body) == shared(theirs, copied), "not the same parts of the body kept as they are"
    assert json.dumps(body) == before, "from_wire changed the body"
    return path


def mention(id: str, name: str) -> dict:
    return {"type": "mention", "text": f"<at>{name}</at>", "mentioned": {"id": id, "name": name}}


def inbound_bodies():
    """The Teams payloads, and the variants of them the tests and the load
    benchmark post (tests/test_teams_activity.py, tests/fake_connector.py,
    bench/traffic.py)."""
    bodies = [json.loads(path.read_text()) for path in INBOUND]
    payload = {path.stem: json.loads(path.read_text()) for path in INBOUND}
    bot = payload["teams_channel_mention"]["recipient"]["id"]
    bodies += [
        dict(payload["teams_channel_mention"], text="<at>ridotest</at> what would <at>Megan Bowen</at> earn?",
             entities=[mention(bot, "ridotest"), mention("29:megan", "Megan Bowen")]),
        dict(payload["teams_channel_mention"], serviceUrl="http://127.0.0.1:9/amer/", id="1001",
             conversation=dict(payload["teams_channel_mention"]["conversation"], id="19:other@thread.tacv2")),
        dict(payload["teams_card_submit_personal"], value=ask_data("salary for Engineer")),
        dict(payload["teams_personal_message"], text=None),
        dict(payload["teams_personal_message"], text="  salary for\n an Engineer ", id="7"),
    ]
    bodies += [json.loads(request.body) for request in traffic.build(
        "teams", 3, secret="s", api_url="http://127.0.0.1:9/api/", service_url="http://127.0.0.1:9/amer/", run="T")]
    return bodies


@pytest.mark.parametrize("body", inbound_bodies(), ids=lambda body: f"{body['type']}-{body['id']}")
def test_teams_activities_are_read_as_msrest_reads_them_without_msrest(body):
    assert check_agrees(body) == "quick"


def test_the_endpoint_reads_teams_activities_without_msrest():
    for body in inbound_bodies():
        theirs, _ = msrest_reads(copy.deepcopy(body))
        with mock.patch.object(Activity, "deserialize", side_effect=Deferred):
            ours = parse_activity(copy.deepcopy(body))
        assert ours is not None and difference(ours, theirs) is None


def test_mentions_keep_their_extra_keys_as_msrest_keeps_them():
    body = json.loads((PAYLOADS / "teams_channel_mention.json").read_text())

    entities = quick_read(body).entities

    assert [type(entity) for entity in entities] == [Entity, Entity]
    assert entities[0].type == "mention"
    assert entities[0].additional_properties == {"mentioned": body["entities"][0]["mentioned"],
                                                 "text": "<at>ridotest</at>"}
    assert entities[1].additional_properties["platform"] == "Web"


def deep(levels: int, leaf=None):
    node = leaf
    for _ in range(levels):
        node = {"next": node}
    return node


def teams_message(**fields) -> dict:
    return dict(json.loads((PAYLOADS / "teams_personal_message.json").read_text()), **fields)


@pytest.mark.parametrize("body", [
    teams_message(unknownKey={"a": [1, None]}, **{"": 0, "ünïcödé 🚀": "\u202e"}),
    teams_message(entities=[None, {"type": "clientInfo", "extra": None}, {}], membersAdded=[None, {"id": None}]),
    teams_message(**{"from": {"id": "29:x", "name": None, "role": "user", "extra": [None]}}),
    teams_message(conversation={"id": "a:1", "isGroup": False, "properties": {"x": [None, {}]}, "tenantId": None}),
    teams_message(attachments=[{"contentType": "application/vnd.microsoft.card.adaptive",
                                "content": {"type": "AdaptiveCard", "body": [{"type": "TextBlock", "text": "é"}],
                                            "version": "1.4", "n": [1, 2.5, -0.0, True, None, 2**70]}}]),
    teams_message(channelData=deep(60, leaf=[None, "deep"]), value=None, text=""),
    teams_message(timestamp=None, localTimestamp=None, entities=None, channelData=None),
    teams_message(timestamp="2025-10-08T10:33:01.4953744-07:00", localTimestamp="2025-10-08T10:33:01+05:30"),
    teams_message(suggestedActions={"to": ["29:x", None], "actions": [{"type": "imBack", "value": {"k": 1}}]}),
], ids=["extra keys", "nested nulls", "from extras", "conversation extras", "card", "deep but not too deep",
        "nulls", "offsets", "suggested actions"])
def test_odd_json_of_the_declared_types_is_read_quickly_and_as_msrest_reads_it(body):
    assert check_agrees(body) == "quick"


@pytest.mark.parametrize("body", [
    teams_message(text=12),                                        # msrest makes "12"
    teams_message(locale=["en"]),                                  # msrest makes "['en']"
    teams_message(conversation={"id": "a:1", "isGroup": "true"}),  # msrest makes True
    teams_message(conversation={"id": "a:1", "isGroup": 1}),
    teams_message(textHighlights=[{"text": "x", "occurrence": True}]),  # msrest makes 1
    teams_message(timestamp="not a time"),                         # msrest refuses
    teams_message(timestamp=1700000000),
    teams_message(timestamp="0001-01-01T00:00:00+01:00"),          # before year 1 in UTC
    teams_message(entities={"type": "mention"}),                   # an object where a list goes
    teams_message(entities=["mention"]),                           # text where an object goes
    teams_message(recipient="28:bot"),
    teams_message(attachments=[{"contentType": 5}]),
    teams_message(channelData=deep(70)),                           # deeper than MAX_DEPTH
    [teams_message()],
    json.dumps(teams_message()),                                   # msrest parses JSON text itself
], ids=lambda body: "body" if not isinstance(body, dict) else None)
def test_values_msrest_would_convert_or_refuse_are_left_to_msrest(body):
    assert check_agrees(body) == "deferred"


def test_json_nested_past_the_recursion_limit_is_refused_as_msrest_refuses_it():
    body = teams_message(channelData=deep(5_000))

    _, refused = msrest_reads(body)
    with pytest.raises(type(refused)):
        from_wire(Activity, body)
    assert isinstance(refused, RecursionError)


def test_the_comparison_sees_what_msrest_equality_misses():
    utc = Activity.deserialize({"timestamp": "2025-10-08T17:33:01Z"})
    local = Activity.deserialize({"timestamp": "2025-10-08T10:33:01-07:00"})
    assert utc == local and difference(utc, local)
    assert Activity(text=True) == Activity(text=1) and difference(Activity(text=True), Activity(text=1))
    extra = Activity.deserialize({"type": "message", "x": 1})
    assert difference(extra, Activity.deserialize({"type": "message", "x": 2}))
    assert difference(extra, Activity.deserialize({"type": "message"}))
    assert difference({"a": 1, "b": 2}, {"b": 2, "a": 1})


# -- inbound, at random: mutated payloads and made-up activities ---------------------

TEXT = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["", " ", "\x00", "\u202e", "ünïcödé 🚀", "<at>x</at>", "true", "False", "1", "0", "null",
                     "{}", "[]", "1e309", "mention", "Mention", "message"]),
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=2),
)


def _iso(moment: datetime.datetime, offset_minutes: int | None, digits: int) -> str:
    text = (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
            f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}")
    if digits:
        text += "." + f"{moment.microsecond:06d}{moment.microsecond % 10}"[:digits]
    if offset_minutes is None:
        return text + "Z"
    sign, minutes = ("-", -offset_minutes) if offset_minutes < 0 else ("+", offset_minutes)
    return f"{text}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


DATES = st.one_of(
    st.builds(_iso, st.datetimes(), st.none() | st.integers(-14 * 60, 14 * 60), st.sampled_from([0, 3, 6, 7])),
    st.sampled_from(["2017-06-22T22:38:47.407Z", "2025-10-08T10:33:01.4953744-07:00", "2025-13-45T99:00:00Z",
                     "9999-12-31T23:59:59-01:00", "2025-10-08", "2025-10-08T10:33:01.1234567891234Z",
                     "2025-10-08t10:33:01z", "yesterday", ""]),
)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                    st.floats(allow_nan=True, allow_infinity=True), TEXT, DATES)
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.one_of(st.text(max_size=8), st.sampled_from(["id", "type", "text"])),
                                      inner, max_size=4), max_leaves=10)
CLASSES = Activity._infer_class_models()
WELL_TYPED = {"str": TEXT, "bool": st.booleans(), "int": st.integers(min_value=-2**70, max_value=2**70),
              "float": st.floats(allow_nan=True, allow_infinity=True), "iso-8601": DATES, "object": JSON}
MODEL_DEPTH = 3  # Activity > ConversationReference > ChannelAccount covers every kind of nesting


@functools.cache
def shaped(data_type: str, depth: int):
    """JSON for a declared msrest type: mostly of that type, sometimes null,
    now and then anything at all."""
    return st.one_of(*[declared(data_type, depth)] * 38, st.none(), JSON)


@functools.cache
def declared(data_type: str, depth: int):
    if data_type in WELL_TYPED:
        return WELL_TYPED[data_type]
    if data_type.startswith("[") and data_type.endswith("]"):
        return st.lists(shaped(data_type[1:-1], depth), max_size=3)
    if data_type.startswith("{") and data_type.endswith("}"):
        return st.dictionaries(TEXT, shaped(data_type[1:-1], depth), max_size=3)
    if isinstance(CLASSES.get(data_type), type) and issubclass(CLASSES[data_type], Model):
        return made_up(CLASSES[data_type], depth + 1) if depth < MODEL_DEPTH else st.just({})
    return TEXT | JSON  # bytearray and the like: msrest's to parse


@functools.cache
def made_up(cls, depth: int = 0):
    """An object shaped like `cls`: any of its keys, and a few it does not know."""
    known = st.fixed_dictionaries({}, optional={desc["key"]: shaped(desc["type"], depth)
                                                for desc in cls._attribute_map.values()})
    extra = st.dictionaries(st.text(max_size=10), JSON, max_size=2)
    return st.builds(lambda known, extra: {**extra, **known} if len(extra) % 2 else {**known, **extra}, known, extra)




@st.composite
def mutated_payload(draw):
    """A Teams payload with up to four things done to it: a value replaced
    (by anything, null, a date, a list with nulls), given another JSON type,
    deleted, or a key added; sometimes the whole body replaced."""
    doc = json.loads(draw(st.sampled_from(INBOUND)).read_text())
    for _ in range(draw(st.integers(0, 4))):
        where = draw(st.sampled_from(list(paths(doc))))
        operation = draw(st.sampled_from(["replace", "retype", "null", "delete", "add", "listed"]))
        if not where:
            if operation == "replace":
                doc = draw(JSON)
            continue
        parent = doc
        for step in where[:-1]:
            parent = parent[step]
        key, old = where[-1], parent[where[-1]]
        if operation == "delete":
            del parent[key]
        elif operation == "null":
            parent[key] = None
        elif operation == "add" and isinstance(old, dict):
            old[draw(st.text(max_size=12) | st.sampled_from(["id", "type", "text", "mentioned"]))] = draw(JSON)
        elif operation == "listed":
            parent[key] = [None, old] if draw(st.booleans()) else [old, None]
        elif operation == "retype":
            parent[key] = (str(old) if not isinstance(old, str) else draw(
                st.sampled_from([0, -1, 1.5, True, None, [], {}, [old], {"text": old}]) | DATES))
        else:
            parent[key] = draw(JSON)
    return doc


RANDOM = settings(max_examples=400, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def test_mutated_teams_payloads_are_read_as_msrest_reads_them():
    taken = Counter()

    @RANDOM
    @given(mutated_payload())
    def agrees(body):
        taken[check_agrees(body)] += 1

    agrees()
    # Both paths are exercised, or agreement would say little.
    assert taken["quick"] >= 100 and taken["deferred"] >= 100, taken


def test_made_up_activities_are_read_as_msrest_reads_them():
    taken = Counter()

    @RANDOM
    @given(made_up(Activity))
    def agrees(body):
        taken[check_agrees(body)] += 1

    agrees()
    assert taken["quick"] >= 60 and taken["deferred"] >= 60, taken
