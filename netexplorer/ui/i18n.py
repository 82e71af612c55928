"""Choosing the interface language and loading the translations that ship with it.

The language comes from ``--lang``, else from Settings → Language, else from
the system (``LANGUAGE``/``LANG`` on Linux); only languages netexplorer ships
a translation for are chosen, English otherwise.  A right-to-left language
turns the whole layout around; text Qt shows in such a layout is wrapped in
first-strong isolates so that an English or technical sentence keeps its
punctuation where it belongs ("getsockname():", not ":getsockname()"), behind
a right-to-left mark so that the paragraph it starts reads from the right
(without one, a sentence that begins with an isolate is laid out from the
left, with its full stop on the wrong side).
"""

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

import netexplorer

log = logging.getLogger(__name__)

#: The languages netexplorer ships a translation for (English carries only plural forms).
SHIPPED = ("en", "ar")
LRI, FSI, PDI, RLM = "\u2066", "\u2068", "\u2069", "\u200f"
#: The right-to-left mark; left-to-right, right-to-left and first-strong isolates, and their end.
ISOLATES = str.maketrans("", "", "\u200f\u2066\u2067\u2068\u2069")


def _base(code: str) -> str:
    """Return the language part of a locale name (``ar`` for ``ar_EG.UTF-8``)."""
    return code.replace("-", "_").split("_")[0].split(".")[0].lower()


def choose_language(requested: str | None = None, stored: str = "") -> str:
    """Return the interface language: ``requested``, else ``stored``, else the system's.

    A language netexplorer does not ship falls through to the next choice, and
    finally to English.
    """
    candidates = [requested or "", stored, *QLocale.system().uiLanguages()]
    for candidate in candidates:
        if _base(candidate) in SHIPPED:
            return _base(candidate)
    return "en"


def is_right_to_left(language: str) -> bool:
    """Tell whether ``language`` is written from right to left."""
    return QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft


class DirectionIsolator(QTranslator):
    """Wraps every netexplorer text in a first-strong isolate, in a right-to-left layout.

    Installed last, it is asked first; it looks the text up in netexplorer's own
    translators and returns the result (or the English source) inside U+2068 …
    U+2069, so each sentence takes its direction from its own first letter,
    behind U+200F, so the paragraph it begins is a right-to-left one.
    Qt's own texts (contexts starting with ``Q``) are left to Qt's translators.
    """

    def __init__(self, translators: list[QTranslator], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._translators = translators

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """Return the isolated translation of a netexplorer text (None: Qt's own, left alone).

        None is a null string to Qt, which then asks the next translator; an empty
        string would be taken as the translation and blank Qt's own texts.
        """
        if not source or context.startswith("Q"):
            return None
        for translator in reversed(self._translators):
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return f"{RLM}{FSI}{text}{PDI}"
        return f"{RLM}{FSI}{source}{PDI}"

    def isEmpty(self) -> bool:
        """Never empty: Qt skips empty translators."""
        return False


def remove_translators(app: QCoreApplication, installed: list[QTranslator]) -> None:
    """Undo :func:`install_translators`: English, left to right (tests switch languages)."""
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def strip_isolates(text: str) -> str:
    """Return ``text`` without Unicode isolates and marks (the translations' and :class:`DirectionIsolator`'s)."""
    return text.translate(ISOLATES)


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the English plural forms, Qt's and netexplorer's ``language``; return them.

    ``language`` defaults to :func:`choose_language`'s choice.  A later
    translator wins, so a shipped language overrides English where it has a
    text.  A right-to-left language sets the application's layout direction.
    """
    language = language or choose_language()
    path = netexplorer.RESOURCES / "translations"
    installed: list[QTranslator] = []
    english = QTranslator(app)
    if english.load("netexplorer_en", str(path)):
        installed.append(english)
    else:
        log.warning("English plural forms missing from %s", path)
    if language != "en":
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_folder):
            installed.append(qt)
        else:
            log.warning("Qt's own %s translation is missing", language)
        local = QTranslator(app)
        if local.load(f"netexplorer_{language}", str(path)):
            installed.append(local)
        else:
            log.warning("netexplorer's %s translation is missing from %s", language, path)
    for translator in installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    if isinstance(app, QGuiApplication):
        if is_right_to_left(language):
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        if app.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            isolator = DirectionIsolator(list(installed), app)
            app.installTranslator(isolator)
            installed.append(isolator)
    return installed
