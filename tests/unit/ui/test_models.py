"""The table models: Qt's model tester on each, bounds, roles, bounded appends, copying."""

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from netexplorer.core import flags, grid, variants
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.ui.addrinfo_model import AddrinfoModel
from netexplorer.ui.compare.model import CompareModel
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.models import KEY_ROLE, ResultsTable, Row, RowsModel, selection_as_text
from tests.unit.ui import fakes


def sample(model: RowsModel, count: int, start: int = 0) -> list[Row]:
    return [Row((f"a{n}", f"b{n}", f"c{n}"), error=n % 2 == 1) for n in range(start, start + count)]


def test_rows_model_passes_the_model_tester(qtmodeltester) -> None:
    model = RowsModel(["A", "B", "C"])
    qtmodeltester.check(model)
    model.set_rows(sample(model, 5))
    qtmodeltester.check(model)
    model.append_rows(sample(model, 3, 5))
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_bounded_append_drops_the_oldest(qtmodeltester) -> None:
    model = RowsModel(["A", "B", "C"], limit=4)
    qtmodeltester.check(model)
    model.append_rows(sample(model, 3))
    model.append_rows(sample(model, 3, 3))
    assert [row.cells[0] for row in model.rows()] == ["a2", "a3", "a4", "a5"]
    model.append_rows(sample(model, 10, 6))  # more than the limit at once
    assert [row.cells[0] for row in model.rows()] == ["a12", "a13", "a14", "a15"]
    model.append_rows([])
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_data_roles_and_bounds() -> None:
    model = RowsModel(["A", "B", "C"])
    model.set_rows([Row(("x", "y", "z"), tooltip="tip"), Row(("e", "f", "g"), error=True)])
    assert model.index(0, 1).data() == "y"
    assert model.index(0, 1).data(Qt.ItemDataRole.EditRole) == "y"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "tip"
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "f"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert isinstance(model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.data(QModelIndex()) is None
    assert model.index(5, 0).data() is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0
    assert model.headerData(1, Qt.Orientation.Horizontal) == "B"
    assert model.headerData(7, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    assert model.headerData(9, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.row(1).error


def test_a_row_s_key_finds_it() -> None:
    model = RowsModel(["A"])
    model.set_rows([Row(("x",), key=7), Row(("y",)), Row(("z",), key=7), Row(("w",), key=9)])
    assert model.index(0, 0).data(KEY_ROLE) == 7
    assert model.index(1, 0).data(KEY_ROLE) == 0
    assert model.find_key(7) == 2  # the newest
    assert model.find_key(9) == 3
    assert model.find_key(8) == -1


def test_selection_as_text(qtbot: QtBot) -> None:
    view = ResultsTable()
    qtbot.addWidget(view)
    model = RowsModel(["A", "B"], view)
    model.set_rows([Row(("1", "2")), Row(("3", "4")), Row(("5", ""))])
    view.setModel(model)
    assert selection_as_text(view) == "1\t2\n3\t4\n5\t"
    view.selectRow(2)
    view.selectRow(0)
    assert selection_as_text(view) == "1\t2"


def test_every_model_of_every_tab_passes_the_model_tester(
    window: MainWindow,
    qtbot: QtBot,
    qtmodeltester,
) -> None:
    for name in fakes.TAB_NAMES:
        page = fakes.tab(window, name)
        views = page.findChildren(QTableView)
        assert views, name
        for view in views:
            qtmodeltester.check(view.model())
        if name == "protoServiceTab":
            qtbot.waitUntil(lambda page=page: page.databases is not None, timeout=10_000)  # type: ignore[misc]
            for view in views:
                model = view.model()
                qtmodeltester.check(model)
                if isinstance(model, QSortFilterProxyModel):
                    qtmodeltester.check(model.sourceModel())
    for name, inputs in {
        "hostTab": [("hostInput", "localhost")],
        "addrinfoTab": [("hostInput", "localhost"), ("portInput", "80")],
    }.items():
        page = fakes.tab(window, name)
        for input_name, text in inputs:
            fakes.child(page, QLineEdit, input_name).setText(text)
        fakes.look_up(qtbot, page)
        qtmodeltester.check(fakes.model(page))


def test_the_getaddrinfo_and_grid_models_pass_the_model_tester(qtmodeltester) -> None:
    query = AddrinfoQuery(None, 80, flags.ZERO, flags.ZERO, flags.ZERO, flags.ZERO)
    found = variants.flag_variants(flags.ZERO, variants.default_entries())
    filled = grid.Grid.start(query, found, 0)
    for column, variant in enumerate(found):
        filled = filled.with_answer(column, variant.apply(query).lookup().run())
    compare = CompareModel()
    qtmodeltester.check(compare)
    compare.set_grid(filled)
    qtmodeltester.check(compare)
    entries = filled.entries(0) or ()
    for removed in (False, True):
        model = AddrinfoModel(removed=removed)
        model.set_entries(entries, [True] * len(entries))
        qtmodeltester.check(model)
