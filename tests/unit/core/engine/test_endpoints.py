"""Where the server binds and the client connects: parsing and the lecture's lookups."""

import socket

from netexplorer.core import engine


def test_endpoints_and_wildcards() -> None:
    assert engine.parse_endpoint("", "smtp") == engine.Endpoint(None, "smtp")
    assert engine.parse_endpoint(" ", "1") == engine.Endpoint(None, 1)
    for wildcard in ("0.0.0.0", "::", "::ffff:0.0.0.0", "::ffff:0:0", "::%1"):
        assert engine.is_wildcard(wildcard), wildcard
    for specific in ("127.0.0.1", "::1", "::ffff:127.0.0.1", "0", "localhost"):
        assert not engine.is_wildcard(specific), specific
    outcome = engine.bind_lookup(engine.Endpoint(None, 0), engine.Transport.TCP).run()
    assert outcome.ok
    assert all(engine.is_wildcard(str(e.sockaddr[0])) for e in outcome.value)


def test_service_names_resolve_to_their_port() -> None:
    outcome = engine.bind_lookup(engine.Endpoint("127.0.0.1", "smtp"), engine.Transport.TCP).run()
    assert outcome.value is not None
    assert outcome.value[0].sockaddr == ("127.0.0.1", socket.getservbyname("smtp", "tcp"))
