"""Python code that reproduces a lookup exactly, runnable as pasted.

Constants are written by name (``socket.AF_INET``), OR-ed flags as
``socket.AI_PASSIVE | socket.AI_CANONNAME``, and an empty field as ``None``.
"""

from collections.abc import Sequence

from netexplorer.core.results import Call, Symbol


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
    """Return the call as an expression: ``socket.gethostbyname('localhost')``."""
    args = ", ".join(literal(arg) for arg in call.args)
    return f"socket.{call.function}({args})"


def python_code(calls: Sequence[Call]) -> str:
    """Return a complete script that makes ``calls`` and prints what each returns."""
    lines = ["import socket", "from pprint import pprint", ""]
    lines.extend(f"pprint({expression(call)})" for call in calls)
    return "\n".join(lines) + "\n"
