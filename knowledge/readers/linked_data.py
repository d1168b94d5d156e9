"""JSON-LD as a site publishes it bare (a `.jsonld` file, or a page's script): a `@graph` of nodes that
point to each other by `@id` only (a JobPosting's `hiringOrganization: {"@id": "…#organization"}`).
Each such reference is replaced by the node it names, once, so a posting carries its employer's name
as if it were written inline."""

# At most this many nodes are indexed: a real graph has a handful.
MAX_NODES = 10_000


def resolved(data):
    """`data` with its `@graph` nodes' bare `{"@id": …}` references replaced by the nodes they name."""
    if not isinstance(data, dict) or not isinstance(data.get("@graph"), list):
        return data
    nodes = {node["@id"]: node for node in data["@graph"][:MAX_NODES]
             if isinstance(node, dict) and isinstance(node.get("@id"), str) and len(node) > 1}

    def resolve(value):
        if isinstance(value, dict) and set(value) == {"@id"} and value["@id"] in nodes:
            return {k: v for k, v in nodes[value["@id"]].items()}  # the named node, not walked again
        if isinstance(value, dict):
            return {k: resolve(v) if k != "@graph" else v for k, v in value.items()}
        if isinstance(value, list):
            return [resolve(v) for v in value]
        return value

    return {**data, "@graph": [resolve(node) if isinstance(node, dict) else node for node in data["@graph"]]}
