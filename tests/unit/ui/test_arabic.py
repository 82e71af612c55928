"""The Arabic translation: complete, right to left, code kept left to right, nothing clipped."""

import importlib.util
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from netexplorer.ui import i18n, registry
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.workers import ResolverPool

ROOT = Path(__file__).resolve().parents[3]
ARABIC = re.compile("[\u0600-\u06ff]")


def load_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_translations", ROOT / "resources" / "make_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_message_of_the_code_is_translated_to_arabic() -> None:
    maker = load_maker()
    tree = ET.parse(maker.TS_DIR / "netexplorer_ar.ts")
    done: dict[tuple[str, str], list[str]] = {}
    for context in tree.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            key = (context.findtext("name") or "", message.findtext("source") or "")
            done[key] = forms or [translation.text or ""]
    messages = maker.messages()
    assert len(messages) > 600
    missing = [
        (m.context, m.source) for m in messages if not all(done.get((m.context, m.source), [""]))
    ]
    assert not missing, f"{len(missing)} unfinished, e.g. {missing[:3]}: translate them"
    plurals = [m for m in messages if m.numerus]
    assert plurals
    for message in plurals:
        assert len(done[(message.context, message.source)]) == 6, message.source


LRI, ISOLATE_STARTS, PDI = "\u2066", ("\u2066", "\u2067", "\u2068"), "\u2069"


def left_to_right_runs(text: str) -> list[str]:
    """Return the texts of ``text``'s left-to-right isolates (U+2066 … U+2069)."""
    stack: list[tuple[str, int]] = []
    runs: list[str] = []
    for index, char in enumerate(text):
        if char in ISOLATE_STARTS:
            stack.append((char, index))
        elif char == PDI and stack:
            kind, start = stack.pop()
            if kind == LRI:
                runs.append(text[start + 1 : index])
    return runs


def balanced(text: str) -> bool:
    """Tell whether every bracket of ``text`` is closed, in order."""
    closing = {")": "(", "]": "[", "}": "{"}
    open_: list[str] = []
    for char in text:
        if char in "([{":
            open_.append(char)
        elif char in closing and (not open_ or open_.pop() != closing[char]):
            return False
    return not open_


def test_code_in_arabic_sentences_is_isolated_whole() -> None:
    """A code name keeps its brackets and leaves the sentence's punctuation to the sentence.

    "None" alone is isolated, then " (this computer)" in Arabic: an isolate of
    "None (" showed the placeholder as ") None this computer(".
    """
    tree = ET.parse(load_maker().TS_DIR / "netexplorer_ar.ts")
    wrong = []
    for translation in tree.iter("translation"):
        forms = [f.text or "" for f in translation.findall("numerusform")]
        for text in forms or [translation.text or ""]:
            for run in left_to_right_runs(text):
                whole = balanced(run) and not ARABIC.search(run)
                edges = run[:1] not in " ,;،؛." and run[:2] != ": " and run[-1:] not in " :,;،؛("
                if not (whole and edges):
                    wrong.append((run, text))
    assert not wrong, f"{len(wrong)} isolates cut a sentence, e.g. {wrong[:3]}"


def test_the_extraction_follows_the_wrappers() -> None:
    messages = {(m.context, m.source) for m in load_maker().messages()}
    assert ("LookupTab", "Enter a value and press Look up (or Enter).") in messages  # _tr()
    assert ("netexplorer.core", "Enter an address.") in messages  # QT_TRANSLATE_NOOP(CONTEXT, …)
    assert ("QuickStart", registry.VIEWS[0].quick_start) in messages


def test_the_compiled_arabic_is_up_to_date(tmp_path: Path) -> None:
    maker = load_maker()
    unfinished = maker.make_language("ar", tmp_path, tmp_path)
    assert unfinished == 0
    shipped = maker.QM_DIR / "netexplorer_ar.qm"
    assert (tmp_path / "netexplorer_ar.qm").read_bytes() == shipped.read_bytes(), (
        "run python resources/make_translations.py"
    )


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install_translators(qapp, "ar")
    yield
    i18n.remove_translators(qapp, installed)


@pytest.fixture
def arabic_window(arabic: None, qtbot: QtBot) -> Iterator[MainWindow]:
    del arabic
    pool = ResolverPool()
    window = MainWindow(pool)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    assert pool.shutdown(5000)


def test_arabic_is_right_to_left_with_code_names_left_to_right(arabic: None) -> None:
    del arabic
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    label = QCoreApplication.translate("ClientPane", "getsockname():")
    assert "\u2066getsockname()\u2069" in label
    assert ARABIC.search(QCoreApplication.translate("MainWindow", "Host"))
    byte_forms = {
        QCoreApplication.translate("ConnectionsModel", "%n byte(s)", "", n)
        for n in (1, 2, 3, 11, 100)
    }
    assert len(byte_forms) == 5


def clipped(page: QWidget) -> list[str]:
    """Return the texts of ``page`` that do not fit the room their widget has."""
    found: list[str] = []
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(page) or label.wordWrap() or not label.text():
            continue
        if label.textFormat() == Qt.TextFormat.RichText:
            continue
        text = re.sub("&(.)", r"\1", label.text()) if label.buddy() else label.text()
        lines = text.split("\n")
        room = label.contentsRect().width() - 2 * label.margin()
        widest = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
        if widest > room:
            found.append(f"label {label.objectName()!r} {label.text()!r}: {widest} > {room}")
    for button in page.findChildren(QAbstractButton):
        if (
            button.isVisibleTo(page)
            and button.text()
            and button.width() < button.minimumSizeHint().width()
        ):
            found.append(
                f"button {button.text()!r}: {button.width()} < {button.minimumSizeHint().width()}"
            )
    return found


@pytest.mark.parametrize("name", [spec.name for spec in registry.VIEWS])
def test_no_arabic_text_is_elided_or_clipped(arabic_window: MainWindow, name: str) -> None:
    slot = arabic_window.slot_named(name)
    arabic_window.tabs.setCurrentWidget(slot)
    QApplication.processEvents()
    page = slot.ensure()
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert not clipped(page)
    bar = arabic_window.tabs.tabBar()
    for index in range(bar.count()):
        shown = bar.tabRect(index).width()
        assert shown >= bar.fontMetrics().horizontalAdvance(bar.tabText(index)), bar.tabText(index)


def test_lang_ar_self_test_reports_right_to_left_and_arabic_tab_titles(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env["XDG_CONFIG_HOME"] = str(tmp_path)  # a private settings file
    done = subprocess.run(
        [sys.executable, "-m", "netexplorer", "--lang", "ar", "--self-test"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["language"] == "ar"
    assert report["layout_direction"] == "RightToLeft"
    assert len(report["tab_titles"]) == len(registry.VIEWS)
    assert all(ARABIC.search(title) for title in report["tab_titles"] if title != "getaddrinfo")


def test_a_reversed_english_layout_isolates_each_text(qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as -reverse does
    installed = i18n.install_translators(qapp, "en")
    try:
        text = QCoreApplication.translate("ServerPane", "Greet on accept:")
        assert text == "\u200f\u2068Greet on accept:\u2069"
        assert i18n.strip_isolates(text) == "Greet on accept:"
        # Qt's own texts pass through untouched (not emptied: "F%1" became "" once).
        assert QCoreApplication.translate("QShortcut", "Esc") == "Esc"
        assert QCoreApplication.translate("QShortcut", "F%1") == "F%1"
    finally:
        i18n.remove_translators(qapp, installed)
    assert QCoreApplication.translate("ServerPane", "Greet on accept:") == "Greet on accept:"


@pytest.mark.parametrize("name", [spec.name for spec in registry.VIEWS])
def test_arabic_mnemonics_are_unique_too(arabic_window: MainWindow, name: str) -> None:
    from collections import Counter

    from PySide6.QtWidgets import QDockWidget

    from netexplorer.ui import keyboard

    slot = arabic_window.slot_named(name)
    arabic_window.tabs.setCurrentWidget(slot)
    QApplication.processEvents()
    found = [
        (letter, action.text())
        for action in arabic_window.menuBar().actions()
        if (letter := keyboard.mnemonic(action.text()))
    ]
    found += keyboard.view_mnemonics(slot.ensure())
    for dock in arabic_window.findChildren(QDockWidget):
        found += keyboard.view_mnemonics(dock)
    counts = Counter(letter for letter, _ in found)
    assert not [letter for letter, n in counts.items() if n > 1], found


def ink_columns(label: QLabel) -> tuple[int, int]:
    """Return the first and last pixel columns where ``label`` drew its text."""
    image = label.grab().toImage()
    background = image.pixelColor(0, 0)
    inked = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y) != background for y in range(image.height()))
    ]
    return inked[0], inked[-1]


def test_a_sentence_that_begins_with_a_name_reads_from_the_right(
    qapp: QApplication, qtbot: QtBot
) -> None:
    """A translation that starts with a placeholder ("{}: hosts file…") is still right-aligned,
    with its full stop on the left, not laid out from the left as an LTR paragraph."""
    installed = i18n.install_translators(qapp, "ar")
    try:
        sentence = QCoreApplication.translate("SourceLabel", "{}: hosts file {} {}")
        label = QLabel(sentence.format("localhost", "/etc/hosts", "127.0.0.1 localhost") + ".")
        qtbot.addWidget(label)
        label.resize(label.sizeHint().width() * 2, label.sizeHint().height())
        first, last = ink_columns(label)
        assert first > label.width() // 3, (first, last, label.width())
        assert last > label.width() - label.width() // 10
    finally:
        i18n.remove_translators(qapp, installed)


def test_the_examples_menu_fits_a_netbook_screen_in_arabic(arabic_window: MainWindow) -> None:
    menu = arabic_window.findChild(QMenu, "examplesMenu")
    assert arabic_window.sessions is not None  # the examples come with the session's commands
    assert len(menu.actions()) > 10
    assert menu.sizeHint().width() <= 1024 - 40, menu.sizeHint()


def test_the_examples_read_left_to_right_in_arabic(arabic_window: MainWindow) -> None:
    """A call in the Arabic menu keeps its brackets at its end: not "()socket.gethostname"."""
    menu = arabic_window.findChild(QMenu, "examplesMenu")
    assert arabic_window.sessions is not None  # the examples come with the session's commands
    calls = [a.text() for a in menu.actions() if a.text().startswith("\u2066socket.")]
    assert calls
    assert all(text.endswith("\u2069") for text in calls)
