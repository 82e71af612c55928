"""The English plural forms: shipped, up to date, and used by the tabs."""

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from netexplorer.ui.client_server import ClientServerTab
from netexplorer.ui.i18n import install_translators
from netexplorer.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]


def load_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_translations", ROOT / "resources" / "make_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[list[QTranslator]]:
    installed = install_translators(qapp)
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def test_english_plurals_pick_the_right_form(translators: list[QTranslator]) -> None:
    assert translators, "the English translation did not load"
    one = QCoreApplication.translate("ConnectionsModel", "%n byte(s)", "", 1)
    many = QCoreApplication.translate("ConnectionsModel", "%n byte(s)", "", 3)
    assert (one, many) == ("1 byte", "3 bytes")


def test_the_server_status_reads_as_english(
    translators: list[QTranslator], window: MainWindow, qtbot: QtBot
) -> None:
    del translators
    tab = window.view(ClientServerTab)
    tab.server_pane.port_input.setText("0")
    tab.start_server()
    qtbot.waitUntil(lambda: tab.server_pane.address_label.text() != "—", timeout=10_000)
    status = tab.findChild(QLabel, "serverStatusLabel")
    assert status.text() == "Listening (TCP) — 0 open connections."
    tab.stop_server()


def test_shipped_translation_is_up_to_date(tmp_path: Path) -> None:
    maker = load_maker()
    ts_file, qm_file = tmp_path / "en.ts", tmp_path / "en.qm"
    count = maker.make(ts_file, qm_file)
    assert count > 0
    assert ts_file.read_text(encoding="utf-8") == maker.TS_FILE.read_text(encoding="utf-8"), (
        "plural messages changed: run python resources/make_translations.py"
    )
    assert qm_file.read_bytes() == maker.QM_FILE.read_bytes()


@pytest.mark.parametrize(
    ("source", "forms"),
    [
        ("%n row(s) in {} ms", ("%n row in {} ms", "%n rows in {} ms")),
        ("%n match(es)", ("%n match", "%n matches")),
    ],
)
def test_plural_rule(source: str, forms: tuple[str, str]) -> None:
    assert load_maker().english_forms(source) == forms
