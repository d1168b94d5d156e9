"""What the web process keeps per distinct key stays within a named bound,
however many keys come: a long-running process must not grow without end
(bench/README.md, "Leak or allocator?"). The memo's, the rate limiter's and
the writer's bounds are tested beside the rest of their behaviour."""

from adapters.teams.adapter import MAX_CACHED_CLIENTS, _Recent


def test_teams_keeps_a_client_for_at_most_its_bound_of_service_urls_the_least_recent_dropped():
    clients = _Recent(MAX_CACHED_CLIENTS)
    for n in range(MAX_CACHED_CLIENTS * 3):  # senders naming ever new service URLs
        clients.put(("app", f"https://smba.example/{n}/", None), f"client {n}")
        clients.get(("app", "https://smba.example/0/", None))  # one region in steady use

    kept = [n for n in range(MAX_CACHED_CLIENTS * 3) if clients.get(("app", f"https://smba.example/{n}/", None))]
    assert len(kept) == MAX_CACHED_CLIENTS
    assert 0 in kept and MAX_CACHED_CLIENTS * 3 - 1 in kept and 1 not in kept
