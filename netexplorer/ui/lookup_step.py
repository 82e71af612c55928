"""The ``--self-test`` step every lookup view uses: fill in, press Look up, wait."""

import time

from PySide6.QtWidgets import QLineEdit

from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.stepping import STEP_TIMEOUT_MS, wait_for
from netexplorer.ui.text import error_text, internal_error_text
from netexplorer.ui.view import StepResult


def lookup_step(name: str, tab: LookupTab, inputs: list[tuple[QLineEdit, str]]) -> StepResult:
    """Fill a view's inputs, press its Look up button and wait for the answer."""
    for line_edit, text in inputs:
        line_edit.setText(text)
    start = time.perf_counter()
    tab.lookup_button.click()
    finished = wait_for(tab.lookupFinished, STEP_TIMEOUT_MS) if tab.running else True
    elapsed = (time.perf_counter() - start) * 1000
    rows = tab.model.rowCount()
    ok = finished and tab.last_error is None and tab.internal_error is None and rows > 0
    if tab.internal_error is not None:
        detail = internal_error_text(tab.internal_error)
    elif tab.last_error is not None:
        detail = error_text(tab.last_error)
    else:
        detail = tab.status.text()
    return StepResult(name, ok, round(elapsed, 2), rows, detail)
