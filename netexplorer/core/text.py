"""Marking user-visible text in the Qt-free core for translation.

The core cannot call Qt's ``tr()``.  It marks its English source strings with
:func:`QT_TRANSLATE_NOOP` (the name Qt's ``lupdate`` looks for) and the user
interface translates them with ``QCoreApplication.translate(CONTEXT, text)``
when it shows them.
"""

CONTEXT = "netexplorer.core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; ``lupdate`` collects it under ``context``."""
    del context
    return text
