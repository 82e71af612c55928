"""Where the server binds and the client connects: parsing and the lecture's lookups."""

import socket

from netexplorer.core import engine


def test_endpoints_and_wildcards() -> None:
    assert engine.parse_endpoint("", "smtp") == engine.Endpoint(None, "smtp")
    assert engine.binds_every_interface(engine.parse_endpoint("0.0.0.0", "1"))
    assert engine.binds_every_interface(engine.parse_endpoint("::", "1"))
    assert engine.binds_every_interface(engine.parse_endpoint(" ", "1"))
    assert not engine.binds_every_interface(engine.parse_endpoint("127.0.0.1", "1"))
    outcome = engine.bind_lookup(engine.Endpoint(None, 0), engine.Transport.TCP).run()
    assert outcome.ok
    assert all(engine.is_wildcard(str(e.sockaddr[0])) for e in outcome.value)


def test_service_names_resolve_to_their_port() -> None:
    outcome = engine.bind_lookup(engine.Endpoint("127.0.0.1", "smtp"), engine.Transport.TCP).run()
    assert outcome.value is not None
    assert outcome.value[0].sockaddr == ("127.0.0.1", socket.getservbyname("smtp", "tcp"))
