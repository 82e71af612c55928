"""Python code that reproduces a lookup exactly, runnable as pasted.

Constants are written by name (``socket.AF_INET``), OR-ed flags as
``socket.AI_PASSIVE | socket.AI_CANONNAME``, and an empty field as ``None``.
"""

from collections.abc import Sequence

from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.results import Call, Symbol
from netexplorer.core.variants import Variant


def literal(value: object) -> str:
    """Write one argument as Python source."""
    if isinstance(value, Symbol):
        if not value.names:
            return "0"
        return " | ".join(f"socket.{name}" for name in value.names)
    if isinstance(value, tuple):
        inner = ", ".join(literal(item) for item in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return repr(value)


def expression(call: Call) -> str:
    """Return the call as an expression: ``socket.gethostbyname('localhost')``.

    A function of another module keeps its own name (``dns.query(...)``).
    """
    args = ", ".join(literal(arg) for arg in call.args)
    module = "" if "." in call.function else "socket."
    return f"{module}{call.function}({args})"


def python_code(calls: Sequence[Call]) -> str:
    """Return a complete script that makes ``calls`` and prints what each returns."""
    lines = ["import socket", "from pprint import pprint", ""]
    lines.extend(f"pprint({expression(call)})" for call in calls)
    return "\n".join(lines) + "\n"


#: The loop variable and the getaddrinfo argument position of each varying argument.
_VARYING = (("family", "family", 2), ("type", "kind", 3), ("flags", "flags", 5))


def grid_code(query: AddrinfoQuery, variants: Sequence[Variant]) -> str:
    """Return a script whose loop makes one getaddrinfo call per variant, as the grid did."""
    varying = [
        (attribute, variable, position)
        for attribute, variable, position in _VARYING
        if any(getattr(variant, attribute) is not None for variant in variants)
    ]
    args: list[str] = [
        literal(value)
        for value in (query.host, query.port, query.family, query.type, query.proto, query.flags)
    ]
    for _, variable, position in varying:
        args[position] = variable
    lines = ["import socket", "from pprint import pprint", "", "variants = ["]
    for variant in variants:
        applied = variant.apply(query)
        values = [literal(getattr(applied, attribute)) for attribute, _, _ in varying]
        lines.append(f"    ({variant.header()!r}, {', '.join(values)}),")
    names = ", ".join(variable for _, variable, _ in varying)
    lines += [
        "]",
        f"for name, {names} in variants:",
        "    try:",
        f"        answer = socket.getaddrinfo({', '.join(args)})",
        "    except OSError as error:",
        "        answer = error",
        "    pprint((name, answer))",
    ]
    return "\n".join(lines) + "\n"
