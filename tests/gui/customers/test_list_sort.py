"""A header click on a long customer list sorts it on the task worker, not inside the click.

Right after the click the rows are still in their old order under a busy cursor and a
"Sorting…" footer; once the worker's result has arrived they are in the new order, with the
same customers selected and the same card open. A result that is no longer wanted — the user
clicked another header, or the rows changed meanwhile — is not shown.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.customers.customer_table_model import COLUMNS, SYNC_SORT_MAX
from gui.customers.customers_page import CustomersPage
from services import demo

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)")


@pytest.fixture
def page(qtbot, store) -> Iterator[CustomersPage]:
    """The page over a firm with more customers than are sorted inside a click."""
    demo.generate_demo(store, size=demo.DemoSize(SYNC_SORT_MAX + 500, 300))
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(),
                     tasks=TaskRunner())
    p = CustomersPage(ctx)
    qtbot.addWidget(p)
    p.resize(1300, 700)
    p.show()
    qtbot.waitUntil(lambda: not p.is_loading(), timeout=30_000)
    assert p.model.rowCount() > SYNC_SORT_MAX
    yield p
    ctx.tasks.wait()


def _click_header(page: CustomersPage, key: str) -> None:
    header = page.view.horizontalHeader()
    section = COLUMNS.index(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    assert 0 < x < header.viewport().width(), f"the {key} header is not on screen"
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))


def _shown(page: CustomersPage, attr: str = "id") -> list[Any]:
    return [getattr(page.model.row_at(n), attr) for n in range(page.model.rowCount())]


def _in_order(values: list[Any], descending: bool) -> bool:
    """Sorted in that direction, empty values last."""
    present = [v for v in values if v is not None]
    return (values == present + [None] * (len(values) - len(present))
            and present == sorted(present, reverse=descending))


def _hold_worker(page: CustomersPage) -> threading.Event:
    """Keep the worker busy until the returned event is set (jobs queue behind it)."""
    gate = threading.Event()
    page.ctx.tasks.submit(lambda progress, is_cancelled: gate.wait(30))
    return gate


def _select_rows(page: CustomersPage, rows: list[int]) -> None:
    sm = page.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    sm.setCurrentIndex(page.model.index(rows[0], 0),
                       QItemSelectionModel.SelectionFlag.ClearAndSelect
                       | QItemSelectionModel.SelectionFlag.Rows)
    for row in rows[1:]:
        sm.select(page.model.index(row, 0), flags)


def test_header_click_sorts_on_the_worker_keeping_selection_and_card(qtbot, page):
    _select_rows(page, [3, 40, 41])
    chosen, current = set(page.selected_ids()), page.card.customer_id()
    assert len(chosen) == 3 and current is not None
    before = _shown(page)

    _click_header(page, "tier")

    # Not sorted inside the click: same rows, same order, a busy list that still works.
    assert page.is_sorting()
    assert _shown(page) == before
    assert page.model.sort_key == "name"
    assert "Sorting…" in page.footer.text()
    assert page.view.viewport().cursor().shape() == Qt.CursorShape.BusyCursor

    qtbot.waitUntil(lambda: not page.is_sorting(), timeout=30_000)
    header = page.view.horizontalHeader()
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert header.sortIndicatorSection() == COLUMNS.index("tier")
    assert page.model.sort_key == "tier" and page.model.sort_descending == descending
    assert _shown(page) != before and _in_order(_shown(page, "tier"), descending)
    assert set(page.selected_ids()) == chosen
    assert page.card.customer_id() == current
    assert page.view.currentIndex().row() == page.model.view_row_of(current)
    assert page.view.viewport().rect().contains(page.view.visualRect(page.view.currentIndex()))
    assert "Sorting…" not in page.footer.text()
    assert page.view.viewport().cursor().shape() != Qt.CursorShape.BusyCursor


def test_a_second_click_while_sorting_wins(qtbot, page):
    gate = _hold_worker(page)
    _click_header(page, "tier")
    _click_header(page, "owner")
    assert page.is_sorting() and page.model.sort_key == "name"
    gate.set()
    qtbot.waitUntil(lambda: not page.is_sorting(), timeout=30_000)
    page.ctx.tasks.wait()
    qtbot.wait(50)  # nothing late may replace the owner order
    assert page.model.sort_key == "owner"
    assert page.view.horizontalHeader().sortIndicatorSection() == COLUMNS.index("owner")
    tiers = _shown(page, "tier")
    assert not _in_order(tiers, False) and not _in_order(tiers, True)


def test_rows_changed_while_sorting_are_sorted_again(qtbot, page):
    page.view.selectRow(25)
    renamed = page.card.customer_id()
    assert renamed is not None
    gate = _hold_worker(page)
    _click_header(page, "name")  # ascending already: the click makes it descending
    assert page.is_sorting()
    # The user renames the customer on the card while the sort waits for the worker: a name
    # that sorts before every other (阿 is "a" in pinyin).
    page.card.edits["name"].setText("阿阿阿测试有限公司")
    page.card.edits["name"].editingFinished.emit()
    assert page.model.row_at(page.model.view_row_of(renamed)).name == "阿阿阿测试有限公司"
    gate.set()
    qtbot.waitUntil(lambda: not page.is_sorting(), timeout=30_000)
    assert page.model.sort_descending
    assert _shown(page)[-1] == renamed  # sorted with its new name, not the old snapshot
    assert page.card.customer_id() == renamed
