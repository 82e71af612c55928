"""Explaining real errors provoked from the socket module, with each platform's numbers."""

import errno
import json
import socket
import subprocess
import sys

import pytest

from netexplorer.core import errors
from netexplorer.core.results import ExplainedError

#: the explanation of an error netexplorer has no text for
UNKNOWN = "The call failed."


def provoke(fn, *args: object) -> BaseException:
    try:
        fn(*args)
    except Exception as exc:
        return exc
    raise AssertionError(f"{fn.__name__}{args} did not fail")


def assert_explained(error: ExplainedError, name: str) -> None:
    assert error.name == name
    assert error.message
    assert error.explanation
    assert error.explanation != UNKNOWN
    assert error.cause


@pytest.mark.parametrize(
    ("name", "call"),
    [
        ("EAI_NONAME", lambda: socket.getaddrinfo("localhost", 80, 0, 0, 0, socket.AI_NUMERICHOST)),
        ("EAI_NONAME", lambda: socket.getaddrinfo("127.0.0.1", "www", 0, 0, 0, socket.AI_NUMERICSERV)),
        ("EAI_SERVICE", lambda: socket.getaddrinfo("127.0.0.1", "nosuchservice")),
        ("EAI_SERVICE", lambda: socket.getaddrinfo("127.0.0.1", 80, 0, socket.SOCK_RAW)),
        ("EAI_BADFLAGS", lambda: socket.getaddrinfo(None, 80, 0, 0, 0, socket.AI_CANONNAME)),
        ("EAI_SOCKTYPE", lambda: socket.getaddrinfo("127.0.0.1", 80, 0, socket.SOCK_DGRAM, socket.IPPROTO_TCP)),
        ("EAI_FAMILY", lambda: socket.getaddrinfo("127.0.0.1", 80, socket.AF_UNIX)),
    ],
)  # fmt: skip
def test_gaierror_codes_get_their_symbolic_names(name: str, call) -> None:
    exc = provoke(call)
    assert isinstance(exc, socket.gaierror)
    assert exc.errno == getattr(socket, name)
    explained = errors.explain(exc)
    assert_explained(explained, name)
    assert explained.code == exc.errno
    assert explained.message == exc.strerror
    assert explained.exception == "gaierror"


def test_gethostbyname_of_ipv6_literal_is_an_address_family_error() -> None:
    exc = provoke(socket.gethostbyname, "::1")
    assert isinstance(exc, socket.gaierror)
    assert exc.errno is not None
    name = errors.gai_error_name(exc.errno)
    assert getattr(socket, name) == exc.errno
    assert_explained(errors.explain(exc), name)


HERROR_PROBE = """
import json, socket
try:
    socket.gethostbyaddr("192.0.2.1")
except socket.herror as exc:
    print(json.dumps([exc.errno, exc.strerror]))
"""


def test_herror_from_a_documentation_address_without_ptr() -> None:
    # 192.0.2.1 (TEST-NET-1) has no PTR anywhere; the query may reach DNS, so it runs
    # in a child that is given up on if the resolver hangs. The DNS lab checks the same
    # against its own server (tests/lab/test_resolver.py), so CI checks it in any case.
    try:
        result = subprocess.run(
            [sys.executable, "-c", HERROR_PROBE],
            capture_output=True,
            text=True,
            timeout=8,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.skip("the reverse lookup of 192.0.2.1 did not fail fast on this network")
    assert result.stdout.strip(), f"192.0.2.1 did not raise herror: {result.stderr}"
    code, message = json.loads(result.stdout)
    explained = errors.explain(socket.herror(code, message))
    assert_explained(explained, "herror")
    assert explained.code == code
    assert explained.message == message
    assert explained.exception == "herror"


@pytest.mark.parametrize(
    ("code", "words"), [(1, "HOST_NOT_FOUND"), (2, "TRY_AGAIN"), (3, "NO_RECOVERY"), (4, "NO_DATA")]
)
def test_each_h_errno_has_its_explanation(code: int, words: str) -> None:
    explained = errors.explain(socket.herror(code, "text"))
    assert words in explained.explanation
    assert explained.code == code


def test_unknown_herror_falls_back() -> None:
    explained = errors.explain(socket.herror(99, "odd"))
    assert explained.name == "herror"
    assert explained.explanation == UNKNOWN


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: socket.getservbyname("nope"), "service/proto not found"),
        (lambda: socket.getservbyname("www", "nope"), "service/proto not found"),
        (lambda: socket.getservbyport(80, "nope"), "port/proto not found"),
        (lambda: socket.getprotobyname("nope"), "protocol not found"),
    ],
)
def test_oserror_without_errno(call, message: str) -> None:
    exc = provoke(call)
    assert type(exc) is OSError
    assert exc.errno is None
    explained = errors.explain(exc)
    assert_explained(explained, "OSError")
    assert explained.message == message
    assert explained.code is None


def test_overflow_error_of_port_70000() -> None:
    exc = provoke(socket.getservbyport, 70000)
    assert isinstance(exc, OverflowError)
    explained = errors.explain(exc)
    assert_explained(explained, "OverflowError")
    assert "65535" in explained.cause


@pytest.mark.parametrize(
    "call",
    [
        lambda: socket.getaddrinfo("a" * 64 + ".com", 80),
        lambda: socket.gethostbyname("a" * 64 + ".com"),
        lambda: socket.getaddrinfo("a..com", 80),
    ],
)
def test_idna_unicode_error(call) -> None:
    exc = provoke(call)
    assert isinstance(exc, UnicodeError)
    explained = errors.explain(exc)
    assert_explained(explained, "UnicodeError")
    assert "label empty or too long" in explained.message


def test_connection_refused_from_a_real_socket() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens on the port now
    with socket.socket() as client:
        exc = provoke(client.connect, ("127.0.0.1", port))
    explained = errors.explain(exc)
    assert_explained(explained, "ECONNREFUSED")
    assert explained.code == errno.ECONNREFUSED


def test_address_in_use_from_a_real_socket() -> None:
    with socket.socket() as first, socket.socket() as second:
        first.bind(("127.0.0.1", 0))
        first.listen()
        exc = provoke(second.bind, first.getsockname())
    assert_explained(errors.explain(exc), "EADDRINUSE")


def test_timeout_error_without_errno() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(0.01)
        exc = provoke(sock.recv, 10)
    assert isinstance(exc, TimeoutError)
    explained = errors.explain(exc)
    assert_explained(explained, "TimeoutError")
    assert explained.message == "timed out"


@pytest.mark.parametrize("exc", [ValueError("v"), TypeError("t")])
def test_value_and_type_errors(exc: Exception) -> None:
    explained = errors.explain(exc)
    assert_explained(explained, type(exc).__name__)
    assert explained.message == str(exc)


def test_unknown_exception_is_still_explained() -> None:
    explained = errors.explain(KeyError("k"))
    assert explained.name == "KeyError"
    assert explained.explanation == UNKNOWN


# The same codes on other systems ---------------------------------------------------

LINUX = {"EAI_AGAIN": -3, "EAI_BADFLAGS": -1, "EAI_FAIL": -4, "EAI_FAMILY": -6, "EAI_MEMORY": -10,
         "EAI_NODATA": -5, "EAI_NONAME": -2, "EAI_SERVICE": -8, "EAI_SOCKTYPE": -7,
         "EAI_SYSTEM": -11, "EAI_OVERFLOW": -12, "EAI_ADDRFAMILY": -9}  # fmt: skip
MACOS = {"EAI_ADDRFAMILY": 1, "EAI_AGAIN": 2, "EAI_BADFLAGS": 3, "EAI_FAIL": 4, "EAI_FAMILY": 5,
         "EAI_MEMORY": 6, "EAI_NODATA": 7, "EAI_NONAME": 8, "EAI_SERVICE": 9, "EAI_SOCKTYPE": 10,
         "EAI_SYSTEM": 11, "EAI_OVERFLOW": 14}  # fmt: skip
# Windows: WSAHOST_NOT_FOUND for both EAI_NONAME and EAI_NODATA; no EAI_SYSTEM/OVERFLOW/ADDRFAMILY
WINDOWS = {"EAI_AGAIN": 11002, "EAI_BADFLAGS": 10022, "EAI_FAIL": 11003, "EAI_FAMILY": 10047,
           "EAI_MEMORY": 8, "EAI_NODATA": 11001, "EAI_NONAME": 11001, "EAI_SERVICE": 10109,
           "EAI_SOCKTYPE": 10044}  # fmt: skip


def use_constants(monkeypatch: pytest.MonkeyPatch, table: dict[str, int]) -> None:
    """Give the socket module exactly ``table``'s EAI_* constants."""
    for name in {n for n in dir(socket) if n.startswith("EAI_")} | set(table):
        if name in table:
            monkeypatch.setattr(socket, name, table[name], raising=False)
        else:
            monkeypatch.delattr(socket, name, raising=False)


@pytest.mark.parametrize("table", [LINUX, MACOS, WINDOWS], ids=["linux", "macos", "windows"])
def test_gai_names_follow_the_platform_constants(
    monkeypatch: pytest.MonkeyPatch, table: dict[str, int]
) -> None:
    use_constants(monkeypatch, table)
    for name, code in table.items():
        expected = "EAI_NONAME" if code == table["EAI_NONAME"] else name
        assert errors.gai_error_name(code) == expected
        explained = errors.explain(socket.gaierror(code, "system text"))
        assert explained.name == expected
        assert explained.code == code
        assert explained.message == "system text"


def test_windows_nodata_shares_noname(monkeypatch: pytest.MonkeyPatch) -> None:
    use_constants(monkeypatch, WINDOWS)
    assert errors.gai_error_name(11001) == "EAI_NONAME"
    # a Linux number means nothing on Windows
    assert errors.gai_error_name(-2) == "EAI_-2"


def test_macos_number_is_not_read_as_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    use_constants(monkeypatch, MACOS)
    assert errors.gai_error_name(8) == "EAI_NONAME"
    assert errors.gai_error_name(9) == "EAI_SERVICE"
    assert errors.gai_error_name(-2) == "EAI_-2"


def test_errno_names_strip_wsa(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(errno.errorcode, 10061, "WSAECONNREFUSED")
    assert errors.errno_name(10061) == "ECONNREFUSED"
    assert errors.errno_name(errno.EADDRINUSE) == "EADDRINUSE"
    assert errors.errno_name(987654) == "errno 987654"


def test_windows_reserved_port_range_is_eacces() -> None:
    exc = OSError(errno.EACCES, "An attempt was made to access a socket in a way forbidden")
    exc.winerror = 10013  # type: ignore[attr-defined]
    assert errors.explain(exc).name == "EACCES"


@pytest.mark.parametrize(
    ("winerror", "name", "advice"),
    [
        (10013, "EACCES", "excludedportrange"),
        (10048, "EADDRINUSE", "netstat -ano"),
    ],
)
def test_windows_socket_errors_are_explained_with_what_to_do(
    winerror: int, name: str, advice: str
) -> None:
    """WinError 10013 and 10048 cannot be provoked here: they are built as Windows raises them."""
    exc = OSError(winerror, "Windows says no")  # on Windows errno and winerror are both WSA codes
    exc.winerror = winerror  # type: ignore[attr-defined]
    explained = errors.explain(exc)
    assert explained.name == name
    assert explained.explanation.startswith(f"WinError {winerror}")
    assert advice in explained.cause
    assert "0 for any free one" in explained.cause
    assert explained.code == winerror


def test_input_and_timeout_errors() -> None:
    error = errors.input_error("Port {} is out of range.", "why", "70000")
    assert error.name == "InputError"
    assert error.formatted_message() == "Port 70000 is out of range."
    timed = errors.timed_out(0.5)
    assert timed.name == "TimedOut"
    assert timed.formatted_message() == "no answer within 0.5 s"
    assert timed.explanation
