"""Loading the translations that ship inside the package."""

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Install the English plural forms, then the user's language where one ships.

    The source strings are English with ``byte(s)`` plurals; the English
    translation turns them into "1 byte" / "2 bytes".  A later translator wins,
    so a shipped language (Arabic, …) overrides English where it has a text.
    """
    folder = resources.files("netexplorer") / "resources" / "translations"
    installed: list[QTranslator] = []
    with resources.as_file(folder) as path:
        english = QTranslator(app)
        if english.load("netexplorer_en", str(path)):
            installed.append(english)
        else:
            log.warning("English plural forms missing from %s", path)
        local = QTranslator(app)
        if local.load(QLocale(), "netexplorer", "_", str(path)) and local.filePath() != (
            english.filePath()
        ):
            installed.append(local)
    for translator in installed:
        app.installTranslator(translator)
    return installed
