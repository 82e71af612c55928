"""The generated code reproduces each lookup exactly: run it and compare the values."""

import ast
import pprint
import socket
import subprocess
import sys
from typing import Any

import pytest

from netexplorer.core import codegen, flags, lookups, variants
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import Call, Symbol


def planned() -> list[Lookup[Any]]:
    s = flags.symbol
    return [
        lookups.gethostname(),
        lookups.gethostbyname("localhost"),
        lookups.gethostbyname_ex("localhost"),
        lookups.gethostbyaddr("127.0.0.1"),
        lookups.getnameinfo(("127.0.0.1", 80), flags.ZERO),
        lookups.getnameinfo(("::1", 53, 0, 0), s("NI_NUMERICHOST", "NI_NUMERICSERV")),
        lookups.getprotobyname("icmp"),
        lookups.getservbyname("www", None),
        lookups.getservbyname("domain", "udp"),
        lookups.getservbyport(22, "tcp"),
        lookups.getservbyport(70000, None),
        lookups.getservbyname("nope", None),
        lookups.getaddrinfo("localhost", 80, s("AF_INET"), s("SOCK_STREAM"), flags.ZERO, flags.ZERO),
        lookups.getaddrinfo(None, "www", flags.ZERO, flags.ZERO, flags.ZERO, s("AI_PASSIVE")),
        lookups.getaddrinfo(None, 0, s("AF_UNSPEC"), flags.ZERO, s("IPPROTO_UDP"), flags.ZERO),
        lookups.getaddrinfo(
            "127.0.0.1", None, s("AF_INET6"), flags.ZERO, flags.ZERO, s("AI_V4MAPPED", "AI_ALL")
        ),
        lookups.getaddrinfo(
            "localhost", 80, flags.ZERO, flags.ZERO, flags.ZERO, s("AI_NUMERICHOST")
        ),
    ]  # fmt: skip


def evaluate(expression: str) -> tuple[str, Any]:
    try:
        return "ok", eval(expression, {"socket": socket})  # the code as a user would paste it
    except Exception as exc:
        return "error", (type(exc), exc.args)


@pytest.mark.parametrize("lookup", planned(), ids=lambda lookup: lookup.call.function)
def test_expression_reproduces_the_outcome(lookup: Lookup[Any]) -> None:
    outcome = lookup.run()
    kind, raw = evaluate(codegen.expression(lookup.call))
    pasted = ("ok", lookup.convert(raw)) if kind == "ok" else ("error", raw[0].__name__)
    error = outcome.error.exception if outcome.error is not None else None
    assert pasted == (("ok", outcome.value) if outcome.ok else ("error", error))


def test_the_sample_has_calls_that_succeed_and_calls_that_fail() -> None:
    assert {lookup.run().ok for lookup in planned()} == {True, False}


def test_script_prints_what_socket_returns_here() -> None:
    """The whole script, run as pasted in a fresh interpreter, prints the same values."""
    chosen = [lookup for lookup in planned() if lookup.run().ok]
    script = codegen.python_code([lookup.call for lookup in chosen])
    ast.parse(script)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 0, result.stderr
    expected = "".join(
        pprint.pformat(evaluate(codegen.expression(lookup.call))[1]) + "\n" for lookup in chosen
    )
    assert result.stdout.replace(socket.gethostname(), "<host>") == expected.replace(
        socket.gethostname(), "<host>"
    )


@pytest.mark.parametrize(
    ("value", "source"),
    [
        (None, "None"),
        ("localhost", "'localhost'"),
        ("bücher", "'bücher'"),
        ("it's", '"it\'s"'),
        (80, "80"),
        (Symbol((), 0), "0"),
        (Symbol(("AF_INET",), 2), "socket.AF_INET"),
        (Symbol(("AI_PASSIVE", "AI_CANONNAME"), 3), "socket.AI_PASSIVE | socket.AI_CANONNAME"),
        (("::1", 80, 0, 0), "('::1', 80, 0, 0)"),
        (("x",), "('x',)"),
    ],
)
def test_literal(value: object, source: str) -> None:
    assert codegen.literal(value) == source


def test_empty_field_is_none_and_constants_by_name() -> None:
    call = lookups.getaddrinfo(
        None, None, flags.symbol("AF_INET6"), flags.ZERO, flags.ZERO, flags.ZERO
    ).call
    assert codegen.expression(call) == "socket.getaddrinfo(None, None, socket.AF_INET6, 0, 0, 0)"
    assert codegen.expression(Call("gethostname")) == "socket.gethostname()"


def test_python_code_layout() -> None:
    code = codegen.python_code([Call("gethostbyname", ("localhost",))])
    assert code == (
        "import socket\nfrom pprint import pprint\n\npprint(socket.gethostbyname('localhost'))\n"
    )


@pytest.mark.parametrize("mode", list(variants.Mode))
def test_grid_code_loops_over_the_variants_with_the_same_answers(mode: variants.Mode) -> None:
    query = lookups.AddrinfoQuery(
        None, 80, flags.symbol("AF_UNSPEC"), flags.symbol("SOCK_STREAM"), flags.ZERO, flags.ZERO
    )
    found, _ = variants.variants_for(mode, query, variants.default_entries())
    printed: list[Any] = []
    source = codegen.grid_code(query, found).replace("from pprint import pprint", "")
    exec(source, {"pprint": printed.append, "__name__": "grid"})
    assert [name for name, _ in printed] == [variant.header() for variant in found]
    for (_, answer), variant in zip(printed, found, strict=True):
        outcome = variant.apply(query).lookup().run()
        if outcome.error is not None:
            assert isinstance(answer, socket.gaierror)
            assert outcome.error.code == answer.errno
        else:
            assert lookups._addrinfo(answer) == outcome.value


def test_a_call_of_another_module_keeps_its_name() -> None:
    """The DNS view's query is dnspython's, not the socket module's."""
    assert codegen.expression(Call("dns.query", ("a.lab.", "A"))) == "dns.query('a.lab.', 'A')"
    assert codegen.expression(Call("gethostname")) == "socket.gethostname()"
