"""Pages read their data on the task worker, never on the GUI thread (real SQLite file).

The service functions are wrapped, not replaced: the wrapper notes the thread it ran on and
calls the real function, so the page still shows what the database holds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from services.core.changes import Changes, KindChanges
from services.targets.ops import create_plan_from_org
from tests.gui.pipeline_fixtures import make_context, seed_pipeline
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.target_fixtures import build_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


class ThreadSpy:
    """Wraps a function; records the thread of every call and can hold it until released."""

    def __init__(self, fn: Callable[..., Any]):
        self.fn = fn
        self.threads: list[threading.Thread] = []
        self.gate = threading.Event()
        self.gate.set()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.current_thread())
        assert self.gate.wait(30), "the test never released the load"
        return self.fn(*args, **kwargs)

    def off_gui_thread(self) -> bool:
        return bool(self.threads) and all(t is not threading.main_thread() for t in self.threads)


def test_plans_page_reads_the_plan_on_the_worker(qtbot, store, monkeypatch) -> None:
    import gui.plans.plan_data as plan_data
    from gui.plans.plans_page import PlansPage

    firm = build_firm(store)
    create_plan_from_org(store, 2026)
    tree_spy = ThreadSpy(plan_data.load_tree)
    history_spy = ThreadSpy(plan_data.rf.assumptions_from_history)
    monkeypatch.setattr(plan_data, "load_tree", tree_spy)
    monkeypatch.setattr(plan_data.rf, "assumptions_from_history", history_spy)
    tree_spy.gate.clear()  # hold the worker inside the read
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=TaskRunner(),
                     current_person_id=firm.people["周总监"])
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(tree_spy.threads))
    assert page.is_loading() and page.loading_note.isVisible() and not page.tabs.isEnabled()
    assert page.tree is None and page.year.count() == 0
    tree_spy.gate.set()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    assert tree_spy.off_gui_thread() and history_spy.off_gui_thread()
    assert not page.loading_note.isVisible() and page.tabs.isEnabled()
    assert page.year.currentText().startswith("2026") and page.tree is not None
    assert page.f_node.count() == len(page.tree.nodes) + 1

    # A change announced by another page reads again, on the worker too.
    calls = len(tree_spy.threads)
    ctx.events.changed.emit(Changes({"target_values": KindChanges(updated=frozenset({"v"}))}),
                            object())
    qtbot.waitUntil(lambda: len(tree_spy.threads) > calls and not page.is_loading(),
                    timeout=30_000)
    assert tree_spy.off_gui_thread()
    ctx.tasks.wait()


def test_pipeline_board_is_read_on_the_worker(qtbot, store, monkeypatch) -> None:
    import services.pipeline.board as board
    from gui.pipeline.pipeline_page import PipelinePage

    data = seed_pipeline(store)
    spy = ThreadSpy(board.load_board_snapshot)
    monkeypatch.setattr(board, "load_board_snapshot", spy)
    spy.gate.clear()
    ctx = make_context(store, data.people["张伟"])
    page = PipelinePage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(spy.threads))
    assert page.is_loading() and page.cards == [] and page.summary.text() == "Loading…"
    spy.gate.set()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    assert spy.off_gui_thread()
    assert sorted(c.id for c in page.cards) == sorted(data.deals)

    # Deals changed elsewhere, which ones unknown: the board reads again on the worker.
    from services.core.changes import ChangeRecorder

    calls = len(spy.threads)
    some = ChangeRecorder()
    some.updated("deals", None, ["name"])
    ctx.events.changed.emit(some.changes(), object())
    qtbot.waitUntil(lambda: len(spy.threads) > calls and not page.is_loading(), timeout=30_000)
    assert spy.off_gui_thread() and len(page.cards) == len(data.deals)
    ctx.tasks.wait()


def test_a_result_for_a_deleted_page_is_dropped(qtbot, store, monkeypatch) -> None:
    """A language switch deletes the pages while a load may be on its way: no crash."""
    import services.pipeline.board as board
    from gui.pipeline.pipeline_page import PipelinePage

    seed_pipeline(store)
    spy = ThreadSpy(board.load_board_snapshot)
    monkeypatch.setattr(board, "load_board_snapshot", spy)
    spy.gate.clear()
    ctx = make_context(store)
    page = PipelinePage(ctx)
    qtbot.waitUntil(lambda: bool(spy.threads))
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page))
    spy.gate.set()
    assert ctx.tasks.wait()
    QCoreApplication.processEvents()  # the queued result arrives for nobody


def _alive(widget: Any) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))


def test_customers_page_reads_and_prepares_the_list_on_the_worker(qtbot, store,
                                                                   monkeypatch) -> None:
    import gui.customers.customers_page as customers_page
    from gui.customers.customers_page import CustomersPage
    from services.customers import edit

    ids = [edit.create_customer(store, edit.NewCustomer(name=name, region="华东")).value
           for name in ("上海星海科技有限公司", "北京云帆贸易有限公司")]
    rows_spy = ThreadSpy(customers_page.load_customer_rows)
    prepare_spy = ThreadSpy(customers_page.prepare_list)
    people_spy = ThreadSpy(customers_page.list_people)
    monkeypatch.setattr(customers_page, "load_customer_rows", rows_spy)
    monkeypatch.setattr(customers_page, "prepare_list", prepare_spy)
    monkeypatch.setattr(customers_page, "list_people", people_spy)
    rows_spy.gate.clear()
    ctx = make_context(store)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(rows_spy.threads))
    assert page.is_loading() and page.model.rowCount() == 0
    assert "Loading customers" in page.footer.text()
    rows_spy.gate.set()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    assert rows_spy.off_gui_thread() and prepare_spy.off_gui_thread()
    assert people_spy.off_gui_thread()
    assert sorted(page.model.row_at(n).id for n in range(page.model.rowCount())) == sorted(ids)
    assert page.filter_bar.region.findData("华东") > 0

    # A change of unknown customers reads everything again, on the worker too.
    from services.core.changes import Changes

    calls = len(rows_spy.threads)
    ctx.events.changed.emit(Changes.all(), None)
    qtbot.waitUntil(lambda: len(rows_spy.threads) > calls and not page.is_loading(),
                    timeout=30_000)
    assert rows_spy.off_gui_thread() and prepare_spy.off_gui_thread()
    assert page.model.rowCount() == 2
    ctx.tasks.wait()
