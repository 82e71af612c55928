"""Marking user-visible text in the Qt-free core for translation.

The core cannot call Qt's ``tr()``.  It marks its English source strings with
:func:`QT_TRANSLATE_NOOP` (the name Qt's ``lupdate`` looks for) and the user
interface translates them with ``QCoreApplication.translate(CONTEXT, text)``
when it shows them.
"""

from dataclasses import dataclass

CONTEXT = "netexplorer.core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; ``lupdate`` collects it under ``context``."""
    del context
    return text


@dataclass(frozen=True)
class Text:
    """A sentence for the user: an English template marked for translation, and its values.

    The user interface translates ``template`` and then fills its ``{}``
    placeholders with ``args`` (values such as names and addresses, never
    translated).
    """

    template: str
    args: tuple[str, ...] = ()

    def english(self) -> str:
        """Return the untranslated sentence with its values filled in."""
        return self.template.format(*self.args) if self.args else self.template
