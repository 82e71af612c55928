"""Showing the core's text and errors in the user's language."""

from PySide6.QtCore import QCoreApplication

from netexplorer.core.results import ExplainedError, InternalError
from netexplorer.core.text import CONTEXT, Text


def core_text(text: str) -> str:
    """Translate a string the core marked with ``QT_TRANSLATE_NOOP``."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def show_text(text: Text) -> str:
    """Translate a core :class:`Text` and fill in its values."""
    template = core_text(text.template)
    return template.format(*text.args) if text.args else template


def error_message(error: ExplainedError) -> str:
    """Return the error's message, translated, with its placeholders filled in."""
    message = core_text(error.message)
    return message.format(*error.args) if error.args else message


def error_text(error: ExplainedError) -> str:
    """Return one line for a status label: name, system message, explanation, cause."""
    parts = [f"{error.name}: {error_message(error)}", core_text(error.explanation)]
    if error.cause:
        parts.append(core_text(error.cause))
    return " — ".join(part for part in parts if part)


def error_line(error: ExplainedError) -> str:
    """Return what a status line says of an error: its symbolic name and the system's message."""
    return f"{error.name}: {error_message(error)}"


def internal_error_text(error: InternalError) -> str:
    """Return the status line for a bug in netexplorer itself (never a network problem)."""
    return QCoreApplication.translate(
        "text",
        "Internal error in netexplorer: {}. This is a bug, not a network problem; its details "
        "are in the log and can be copied for a bug report.",
    ).format(error.summary)
