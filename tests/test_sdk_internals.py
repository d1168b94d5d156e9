"""Every private part of an SDK that RoleCall relies on, in one list, each
checked for the shape RoleCall expects.

slack-bolt, msrest, botframework-connector, botbuilder and aiohttp do not
promise to keep these, and pyproject.toml caps each at the versions tested
here. When an upgrade moves or reshapes one, this test names it and the
RoleCall code that relies on it, instead of that code misbehaving quietly
(a patch applied to nothing, a context missing a key, a model read wrong).
What the code does with them is tested where it is used (test_slack_reliability,
test_teams_signing_keys, test_teams_wire, test_teams_delivery).
"""

import inspect
from importlib import import_module
from importlib.metadata import version

import pytest


def _attribute(dotted: str):
    """`module.Class.attribute` or `module.function`, imported."""
    parts = dotted.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            found = import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for name in parts[split:]:
            found = getattr(found, name)
        return found
    raise ImportError(dotted)


def _parameters(function) -> list[str]:
    return list(inspect.signature(function).parameters)


def _bolt_app():
    from slack_bolt.async_app import AsyncApp

    return AsyncApp(token="xoxb-internals", signing_secret="internals-secret")


def _source(function) -> str:
    return inspect.getsource(function)


def _schema_models():
    import botbuilder.schema

    return [value for value in vars(botbuilder.schema).values()
            if isinstance(value, type) and hasattr(value, "_attribute_map")]


# (distribution, the internal, the RoleCall code relying on it, a check that is
# true while the internal has the shape that code expects)
INTERNALS = [
    ("slack_bolt", "slack_bolt.async_app.AsyncApp._init_context(self, req)", "adapters/slack/bolt_fixes.py",
     lambda: _parameters(_attribute("slack_bolt.async_app.AsyncApp._init_context")) == ["self", "req"]
     and "self._init_context(req)" in _source(_attribute("slack_bolt.async_app.AsyncApp.async_dispatch"))),
    ("slack_bolt", "AsyncApp's _token, _async_client and listener_runner", "adapters/slack/bolt_fixes.py",
     lambda: all(hasattr(_bolt_app(), name) for name in ("_token", "_async_client", "listener_runner"))),
    ("slack_bolt", "AsyncApp._init_context fills exactly logger, token, client, listener_runner",
     "adapters/slack/bolt_fixes.py",
     lambda: all(f'req.context["{key}"]' in _source(_attribute("slack_bolt.async_app.AsyncApp._init_context"))
                 for key in ("logger", "token", "client", "listener_runner"))
     and _source(_attribute("slack_bolt.async_app.AsyncApp._init_context")).count("req.context[") == 4),
    ("msrest", "msrest Model._attribute_map ({attr: {key, type}}), _validation and _subtype_map",
     "adapters/teams/wire.py, adapters/teams/wire_in.py",
     lambda: all(isinstance(model._attribute_map, dict) and isinstance(model._validation, dict)
                 and all({"key", "type"} <= set(desc) for desc in model._attribute_map.values())
                 for model in _schema_models())
     and hasattr(_attribute("msrest.serialization.Model"), "_subtype_map")),
    ("msrest", "msrest.serialization.Model._infer_class_models()", "adapters/teams/wire_in.py",
     lambda: _parameters(_attribute("msrest.serialization.Model._infer_class_models")) == []
     and "Activity" in _attribute("botbuilder.schema.Activity")._infer_class_models()),
    ("msrest", "msrest.serialization.Deserializer.deserialize_data(self, data, data_type)",
     "adapters/teams/wire_in.py",
     lambda: _parameters(_attribute("msrest.serialization.Deserializer.deserialize_data"))
     == ["self", "data", "data_type"]),
    ("botframework-connector",
     "botframework.connector.auth.jwt_token_extractor._OpenIdMetadata(url) with url, keys, last_updated "
     "and async get(key_id), _refresh(), _find(key_id)", "adapters/teams/botbuilder_fixes.py",
     lambda: _parameters(_attribute("botframework.connector.auth.jwt_token_extractor._OpenIdMetadata"))
     == ["url"]
     and {"url", "keys", "last_updated"} <= set(vars(
         _attribute("botframework.connector.auth.jwt_token_extractor._OpenIdMetadata")("https://example.invalid")))
     and all(name in vars(_attribute("botframework.connector.auth.jwt_token_extractor._OpenIdMetadata"))
             for name in ("get", "_refresh", "_find"))),
    ("botframework-connector", "JwtTokenExtractor awaits open_id_metadata.get(key_id)", "adapters/teams/botbuilder_fixes.py",
     lambda: "await self.open_id_metadata.get(key_id)"
     in _source(_attribute("botframework.connector.auth.jwt_token_extractor.JwtTokenExtractor"))),
    ("botframework-connector",
     "botframework.connector.auth.jwt_token_extractor._OpenIdConfig(public_key, endorsements)",
     "adapters/teams/botbuilder_fixes.py",
     lambda: _parameters(_attribute("botframework.connector.auth.jwt_token_extractor._OpenIdConfig"))
     == ["public_key", "endorsements"]),
]


@pytest.mark.parametrize("distribution, internal, used_by, check", INTERNALS,
                         ids=[f"{row[0]}: {row[1][:60]}" for row in INTERNALS])
def test_each_sdk_internal_rolecall_relies_on_is_still_there(distribution, internal, used_by, check):
    try:
        holds = check()
    except (ImportError, AttributeError, TypeError, ValueError, OSError) as error:
        holds, why = False, f" ({type(error).__name__}: {error})"
    else:
        why = ""
    assert holds, (f"{distribution} {version(distribution)} no longer has {internal}{why}: "
                   f"{used_by} relies on it")
