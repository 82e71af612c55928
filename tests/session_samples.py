"""Sessions for tests: a typical one, and hypothesis strategies for any session netexplorer writes.

Plain Python (no Qt), so the core's tests use it where PySide6 is not installed.
"""

from typing import Any

from hypothesis import strategies as st

from netexplorer.core import flags
from netexplorer.core.results import AddrInfo, Call, ExplainedError, HostEx, NameInfo, Outcome
from netexplorer.core.session import (
    EXERCISE,
    SESSION,
    Context,
    EntryError,
    HistoryEntry,
    Session,
    Table,
)

LOCALHOST = Outcome(Call("gethostbyname", ("localhost",)), "127.0.0.1", elapsed_ms=0.25)
ADDRINFO = Outcome(
    Call("getaddrinfo", ("localhost", 80, flags.ZERO, flags.symbol("SOCK_STREAM"), flags.ZERO,
                         flags.symbol("AI_CANONNAME"))),
    (AddrInfo(2, 1, 6, "localhost", ("127.0.0.1", 80)), AddrInfo(10, 1, 6, "", ("::1", 80, 0, 0))),
    elapsed_ms=1.5,
)  # fmt: skip
NONAME: Outcome[str] = Outcome(
    Call("gethostbyname_ex", ("nowhere.invalid",)),
    error=ExplainedError("EAI_NONAME", "Name or service not known", "No such name.", code=-2),
    elapsed_ms=3.0,
)


def typical() -> Session:
    """Return a session with a lookup, a getaddrinfo answer, an error and a step to do."""
    history = (
        HistoryEntry(
            time="2025-03-04T10:42:07.123+01:00", view="hostTab",
            call="socket.gethostbyname('localhost')", inputs={"hostInput": "localhost"},
            outcome="1 row in 0.2 ms", elapsed_ms=0.25,
            table=Table(("Call", "Field", "Value"), (("gethostbyname", "IPv4 address", "127.0.0.1"),)),
            outcomes=(LOCALHOST,),
        ),
        HistoryEntry(
            time="2025-03-04T10:43:00.000+01:00", view="addrinfoTab",
            call="socket.getaddrinfo('localhost', 80, 0, socket.SOCK_STREAM, 0, socket.AI_CANONNAME)",
            inputs={"hostInput": "localhost", "portInput": "80", "AI_CANONNAME": True},
            outcome="2 rows in 1.5 ms", elapsed_ms=1.5,
            table=Table(("family", "sockaddr"), (("AF_INET", "('127.0.0.1', 80)"),
                                                 ("AF_INET6", "('::1', 80, 0, 0)"))),
            outcomes=(ADDRINFO,),
        ),
        HistoryEntry(
            time="2025-03-04T10:44:00.000+01:00", view="hostTab",
            call="socket.gethostbyname_ex('nowhere.invalid')", inputs={"hostInput": "nowhere.invalid"},
            outcome="EAI_NONAME", elapsed_ms=3.0,
            error=EntryError("EAI_NONAME", "Name or service not known", "No such name."),
            table=Table(("Call", "Field", "Value"), (("gethostbyname_ex", "EAI_NONAME", "…"),)),
            outcomes=(NONAME,),
        ),
        HistoryEntry(time="", view="reverseTab", call="socket.gethostbyaddr('127.0.0.1')",
                     inputs={"addressInput": "127.0.0.1"}, todo=True),
    )  # fmt: skip
    return Session(
        kind=EXERCISE,
        title="Lab 1 — مرحبا",
        saved="2025-03-04T10:45:00.000+01:00",
        student="Ada",
        context=Context("1.0", "Linux", "3.11.2", "6.11.3", "lab-pc", "/etc/resolv.conf: x"),
        views={"hostTab": {"hostInput": "nowhere.invalid"}, "addrinfoTab": {"AI_PASSIVE": False}},
        history=history,
        dropped=7,
    )


# Hypothesis strategies ---------------------------------------------------------------

texts = st.text(max_size=30)
names = st.text(min_size=1, max_size=20)
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
input_values = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**63), 2**63), finite, texts,
    st.lists(st.text(max_size=10), max_size=4),
)  # fmt: skip
inputs = st.dictionaries(names, input_values, max_size=5)
sockaddrs = st.one_of(
    st.tuples(texts, st.integers(0, 65535)),
    st.tuples(texts, st.integers(0, 65535), st.integers(0, 2**32 - 1), st.integers(0, 2**32 - 1)),
)
errors = st.builds(
    ExplainedError, name=names, message=texts, explanation=texts, cause=texts,
    code=st.none() | st.integers(-100, 100), exception=texts, args=st.tuples(texts),
)  # fmt: skip


def _outcome(function: str, values: st.SearchStrategy[Any]) -> st.SearchStrategy[Outcome[Any]]:
    return st.builds(
        Outcome,
        call=st.builds(Call, function=st.just(function), args=st.tuples(texts)),
        value=st.none() | values,
        error=st.none() | errors,
        elapsed_ms=finite,
    )


outcomes = st.one_of(
    _outcome("gethostbyname", texts),
    _outcome("getprotobyname", st.integers(0, 255)),
    _outcome("gethostbyaddr", st.builds(HostEx, texts, st.lists(texts, max_size=3).map(tuple),
                                         st.lists(texts, max_size=3).map(tuple))),
    _outcome("getnameinfo", st.builds(NameInfo, texts, texts)),
    _outcome("getaddrinfo", st.lists(
        st.builds(AddrInfo, st.integers(0, 64), st.integers(0, 8), st.integers(0, 300), texts,
                  sockaddrs), max_size=3).map(tuple)),
)  # fmt: skip
rows = st.lists(st.lists(texts, max_size=4).map(tuple), max_size=4).map(tuple)
entries = st.builds(
    HistoryEntry,
    time=texts, view=names, call=texts, action=names, inputs=inputs, outcome=texts,
    elapsed_ms=st.none() | finite,
    error=st.none() | st.builds(EntryError, names, texts, texts),
    table=st.builds(Table, st.lists(texts, max_size=4).map(tuple), rows),
    outcomes=st.lists(outcomes, max_size=2).map(tuple),
    todo=st.booleans(),
)  # fmt: skip
sessions = st.builds(
    Session,
    kind=st.sampled_from([SESSION, EXERCISE]), title=texts, saved=texts, student=texts,
    context=st.builds(Context, texts, texts, texts, texts, texts, texts),
    views=st.dictionaries(names, inputs, max_size=3),
    history=st.lists(entries, max_size=4).map(tuple),
    dropped=st.integers(0, 10**9),
)  # fmt: skip
