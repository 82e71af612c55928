"""Any session netexplorer writes reads back equal; anything else is refused cleanly."""

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netexplorer.core.session import Session
from netexplorer.core.session_read import SessionError, from_json, loads
from netexplorer.core.session_write import dumps
from tests import session_samples

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def read_or_refuse(data: bytes) -> Session | None:
    """Return the session, or None after a clean refusal (any other exception fails the test)."""
    try:
        return loads(data)
    except SessionError as error:
        refused = error
    text = refused.text()
    assert text
    assert "\n" not in text
    return None


@given(session_samples.sessions)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_any_session_reads_back_equal(session: Session) -> None:
    assert loads(dumps(session)) == session


@given(st.binary(max_size=400))
def test_arbitrary_bytes_are_refused_cleanly(data: bytes) -> None:
    read_or_refuse(data)


@given(json_values)
def test_arbitrary_json_is_refused_cleanly(document: Any) -> None:
    read_or_refuse(json.dumps(document).encode())


@given(json_values)
def test_arbitrary_json_in_a_session_header_is_refused_cleanly(document: Any) -> None:
    read_or_refuse(
        json.dumps(
            {
                "format": "netexplorer-session",
                "version": 1,
                **(document if isinstance(document, dict) else {"history": document}),
            }
        ).encode()
    )


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*prefix, index)))
    return found


TYPICAL = json.loads(dumps(session_samples.typical()))
PLACES = _paths(TYPICAL)[1:]


@given(st.sampled_from(PLACES), json_values)
@settings(max_examples=300)
def test_any_member_replaced_by_any_json_is_read_or_refused_cleanly(
    place: tuple[Any, ...], replacement: Any
) -> None:
    document = json.loads(json.dumps(TYPICAL))
    parent = document
    for step in place[:-1]:
        parent = parent[step]
    parent[place[-1]] = replacement
    try:
        from_json(document)
    except SessionError as error:
        refused = error.text()
        assert refused


@given(session_samples.sessions, st.integers(min_value=0))
def test_any_session_cut_anywhere_is_refused_cleanly(session: Session, cut: int) -> None:
    data = dumps(session)
    kept = data[: cut % len(data)]
    if kept.rstrip() == data.rstrip():  # only the final line break is gone: still complete
        assert read_or_refuse(kept) == session
    else:
        assert read_or_refuse(kept) is None
