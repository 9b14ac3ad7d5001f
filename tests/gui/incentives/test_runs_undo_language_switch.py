"""Every undoable action of the Payout runs tab survives the language switch: done on the
Incentives page of the real main window, the language switched (every page rebuilt — the
commands hold none of them), Edit ▸ Undo — the run, its lines, adjustments and recognition are
back row by row and the rebuilt tab shows it —, then Edit ▸ Redo.

``updated_at`` is left out (undo advances it on purpose); an undone creation leaves its rows
soft-deleted, so only live rows are compared.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.common.ui_settings import ui_settings
from gui.incentives.run_dialogs import (
    AdjustmentDialog,
    AdjustmentInput,
    RecognitionDialog,
    RecognitionInput,
)
from models.base import Base
from services.incentives import runs as R
from tests.gui.incentives.incentives_fixtures import PERIOD, RunsData, seed_runs
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TABLES = ("payout_runs", "payout_lines", "payout_adjustments", "recognitions")
Dump = dict[str, dict[str, dict[str, Any]]]
RUNS_TAB = 1


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def _live(store) -> Dump:  # noqa: ANN001
    out: Dump = {}
    with store.read() as uow:
        for name in TABLES:
            table = Base.metadata.tables[name]
            out[name] = {str(row["id"]): {k: v for k, v in row.items() if k != "updated_at"}
                         for row in uow.session.execute(select(table)).mappings()
                         if row["deleted_at"] is None}
    return out


def _computed(data: RunsData) -> None:
    R.compute_run(data.firm.store, PERIOD)


def _reviewed(data: RunsData) -> None:
    _computed(data)
    R.review(data.firm.store, PERIOD, by=data.firm.people["周总监"])


def _adjust(tab: Any, data: RunsData, mp: Any) -> None:
    mp.setattr(AdjustmentDialog, "ask", classmethod(lambda cls, *a, **k: AdjustmentInput(
        data.firm.people["李四"], Decimal("500"), "六月展会补贴")))
    tab.add_adjustment()


def _recognise(tab: Any, data: RunsData, mp: Any) -> None:
    mp.setattr(RecognitionDialog, "ask", classmethod(lambda cls, *a, **k: RecognitionInput(
        data.firm.people["王五"], "training", "大客户谈判培训", None)))
    tab.add_recognition()


Act = Callable[[Any, RunsData, Any], None]
CASES: dict[str, tuple[Callable[[RunsData], None] | None, Act]] = {
    # name: (the state before, what the user does on the tab)
    "compute": (None, lambda tab, _d, _mp: tab.compute()),
    "compute again after a change": (_computed, _adjust),
    "review": (_computed, lambda tab, _d, _mp: tab.review()),
    "approve": (_reviewed, lambda tab, _d, _mp: tab.approve()),
    "reopen": (_reviewed, lambda tab, _d, _mp: tab.reopen()),
    "add adjustment": (_computed, _adjust),  # the run then says the data changed
    "add recognition": (_computed, _recognise),
}


@pytest.mark.parametrize("name", list(CASES))
def test_undo_and_redo_after_a_language_switch(qtbot, store, tmp_path, monkeypatch,  # noqa: ANN001
                                               name) -> None:
    before_state, act = CASES[name]
    monkeypatch.setenv("SAILPLAN_DATA_DIR", str(tmp_path))
    errors: list[str] = []
    for shown in ("show_refused", "show_error"):
        monkeypatch.setattr(Messages, shown, classmethod(
            lambda cls, parent, title, text: errors.append(text)))
    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, *a: True))
    data = seed_runs(store)
    if before_state is not None:
        before_state(data)
    ui_settings().setValue("incentives/runs/period", PERIOD)
    window = make_window(qtbot, store, "en")
    window.resize(1280, 800)
    window.set_current_person(data.firm.people["周总监"])
    stack = window.ctx.undo_stack

    def tab() -> Any:
        return window.show_page("incentives").show_tab(RUNS_TAB)

    def view() -> Any:
        window.ctx.tasks.wait()
        QApplication.processEvents()
        t = tab()
        if t.is_loading() or t.is_checking() or t._computing:
            return None
        m = t.people_model
        rows = tuple(tuple(m.index(r, c).data() for c in range(m.columnCount()))
                     for r in range(m.rowCount()))
        return t.status.text(), rows, t.stale_note.isVisibleTo(t)

    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    before, shown_before = _live(store), view()
    act(tab(), data, monkeypatch)
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=30_000)
    assert not errors, errors
    if name == "compute again after a change":  # the adjustment, then compute it in
        qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
        stack.clear()
        before, shown_before = _live(store), view()
        tab().compute()
        qtbot.waitUntil(lambda: stack.count() == 1, timeout=30_000)
    after = _live(store)
    assert after != before
    qtbot.waitUntil(lambda: view() not in (None, shown_before), timeout=30_000)
    shown_after = view()

    window.set_language("zh_CN")  # every page rebuilt; the commands hold none of them
    QApplication.processEvents()
    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    assert window.menus.actions["undo"].text().startswith("撤销")
    assert not stack.undoText().isascii(), stack.undoText()
    window.menus.actions["undo"].trigger()
    assert not errors, errors
    assert _live(store) == before
    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    assert view()[1] == shown_before[1] or not shown_before[1]  # same figures, now in Chinese

    window.menus.actions["redo"].trigger()
    assert not errors, errors
    assert _live(store) == after
    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    assert len(view()[1]) == len(shown_after[1])
    window.ctx.tasks.wait()
