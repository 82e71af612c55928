"""The system resolver (glibc via ``socket``) sees the lab: its files and its DNS server."""

from __future__ import annotations

import socket
import time

import pytest

from netexplorer.core import errors
from tests.lab import namespace, zone
from tests.lab.dnsserver import Behaviour

pytestmark = pytest.mark.lab


def test_inside_the_lab():
    assert namespace.inside()
    assert socket.gethostname() == zone.HOSTNAME
    with open("/etc/resolv.conf") as f:
        assert "nameserver 127.0.0.1" in f.read()


def test_host_name_comes_from_the_lab_hosts_file(lab):
    assert socket.gethostbyname(socket.gethostname()) == zone.HOST_ADDRESS
    assert lab.queries == []


def test_gethostbyname_ex_multi(lab):
    assert socket.gethostbyname_ex(zone.MULTI) == (zone.MULTI, [], list(zone.MULTI_A))


def test_cname_chain_gives_canonical_name_and_aliases(lab):
    assert socket.gethostbyname_ex(zone.ALIAS) == (
        zone.DUAL,
        [zone.ALIAS, zone.ALIAS2],
        [zone.DUAL_A],
    )
    infos = socket.getaddrinfo(zone.ALIAS, 80, type=socket.SOCK_STREAM, flags=socket.AI_CANONNAME)
    assert infos[0][3] == zone.DUAL
    assert {info[4][0] for info in infos} == {zone.DUAL_A, zone.DUAL_AAAA}


def test_ipv6_only(lab):
    infos = socket.getaddrinfo(zone.V6ONLY, None, socket.AF_INET6, socket.SOCK_STREAM)
    assert [i[4][0] for i in infos] == list(zone.V6ONLY_AAAA)
    with pytest.raises(socket.gaierror) as err:
        socket.getaddrinfo(zone.V6ONLY, None, socket.AF_INET)
    assert err.value.errno in {socket.EAI_NODATA, getattr(socket, "EAI_ADDRFAMILY", None)}


def test_reverse(lab):
    assert socket.gethostbyaddr(zone.ONE_A) == (zone.ONE, [], [zone.ONE_A])
    assert socket.gethostbyaddr(zone.V6ONLY_AAAA[1])[0] == zone.V6ONLY
    assert socket.getnameinfo((zone.DUAL_AAAA, 80), 0) == (zone.DUAL, "http")
    with pytest.raises(socket.herror):
        socket.gethostbyaddr(zone.NOPTR_A)


def test_a_missing_ptr_is_an_explained_herror(lab):
    with pytest.raises(socket.herror) as err:
        socket.gethostbyaddr(zone.NOPTR_A)
    explained = errors.explain(err.value)
    assert explained.name == "herror"
    assert explained.exception == "herror"
    assert explained.code == err.value.errno == 1  # HOST_NOT_FOUND: no PTR record
    assert explained.message == err.value.strerror
    assert "HOST_NOT_FOUND" in explained.explanation
    assert explained.cause


def test_nxdomain_is_eai_noname(lab):
    with pytest.raises(socket.gaierror) as err:
        socket.getaddrinfo(zone.MISSING, None)
    assert err.value.errno == socket.EAI_NONAME


def test_servfail_is_eai_again(lab):
    lab.set_behaviour(Behaviour.SERVFAIL, name=zone.ONE)
    with pytest.raises(socket.gaierror) as err:
        socket.getaddrinfo(zone.ONE, None, socket.AF_INET)
    assert err.value.errno == socket.EAI_AGAIN


def test_silent_server_times_out_with_eai_again(lab):
    lab.set_behaviour(Behaviour.SILENT)
    start = time.monotonic()
    with pytest.raises(socket.gaierror) as err:
        socket.getaddrinfo(zone.ONE, None, socket.AF_INET)
    elapsed = time.monotonic() - start
    assert err.value.errno == socket.EAI_AGAIN
    assert 0.9 < elapsed < 5


def test_truncated_answer_is_retried_over_tcp(lab):
    assert socket.gethostbyname_ex(zone.TRUNCATED)[2] == list(zone.TRUNCATED_A)
    assert "tcp" in {q.transport for q in lab.queries}


def test_slow_answer_within_the_resolver_timeout(lab):
    lab.set_behaviour(Behaviour.DELAY, name=zone.ONE, delay=0.4)
    start = time.monotonic()
    assert socket.gethostbyname(zone.ONE) == zone.ONE_A
    assert time.monotonic() - start >= 0.35


def test_resolver_timeout_can_be_raised(lab):
    namespace.write_resolv_conf(timeout=3)
    lab.set_behaviour(Behaviour.DELAY, name=zone.ONE, delay=1.5)
    assert socket.gethostbyname(zone.ONE) == zone.ONE_A


def test_lab_servers_are_connectable_on_lo(lab):
    with socket.socket() as srv:
        srv.bind((zone.SERVERS_A[2], 0))
        srv.listen()
        port = srv.getsockname()[1]
        with socket.create_connection((zone.SERVERS, port), timeout=2) as client:
            assert client.getpeername() == (zone.SERVERS_A[2], port)
