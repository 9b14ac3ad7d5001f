"""The Payout runs tab as an approver uses it: compute (F5) on the worker, review, the totals per
person by category, a person's statement explained with its trace, double-click opens the
contract, the warning once the data changed, adjustments as undo steps, lock after a question.

The June 2026 figures (tests/gui/incentives/incentives_fixtures.py), by hand:
张三 signed ¥120,000 of a ¥150,000 target (80 %: the 80–100 % tier, 5 %) → commission ¥6,000;
客户2's first contract → new-customer award ¥800; May's HT-2026-0501 (¥40,000 at 26.7 %: 3 % =
¥1,200, and its ¥800 award) was cancelled after May locked → clawbacks −¥2,000; net ¥4,800.
王五 signed ¥36,000 (24 %: 3 %) → ¥1,080, a new customer ¥800, the ¥300 adjustment → ¥2,180.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.common.messages import Messages
from gui.common.ui_settings import ui_settings
from gui.incentives.run_dialogs import AdjustmentDialog, AdjustmentInput
from gui.incentives.runs_tab import RunsTab
from services.incentives import run_queries as ST
from tests.gui.incentives.incentives_fixtures import PERIOD, make_ctx, seed_runs
from tests.gui.shell_fixtures import OFFSCREEN_NOISE

D = Decimal

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def setup(qtbot, store, tmp_path, monkeypatch):  # noqa: ANN001
    monkeypatch.setenv("SAILPLAN_DATA_DIR", str(tmp_path))
    data = seed_runs(store)
    ui_settings().setValue("incentives/runs/period", PERIOD)
    ctx = make_ctx(store, data.firm.people["周总监"])
    tab = RunsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    settle(qtbot, tab)
    return data, ctx, tab


def settle(qtbot, tab) -> None:  # noqa: ANN001
    def done() -> bool:
        tab.ctx.tasks.wait()
        QApplication.processEvents()
        return not tab.is_loading() and not tab.is_checking() and not tab._computing
    qtbot.waitUntil(done, timeout=30_000)


def shown_rows(tab) -> dict[str, tuple[str, ...]]:  # noqa: ANN001
    m = tab.people_model
    return {m.index(r, 0).data(): tuple(m.index(r, c).data() for c in range(1, m.columnCount()))
            for r in range(m.rowCount())}


def test_compute_review_and_the_statement_with_its_trace(qtbot, setup) -> None:
    data, ctx, tab = setup
    assert tab.period() == PERIOD
    assert "Not computed" in tab.status.text() and tab.empty_note.isVisible()
    assert not tab.review_btn.isEnabled()
    qtbot.keyClick(tab.people_view, Qt.Key.Key_F5)  # F5 computes
    settle(qtbot, tab)
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Compute the 2026-06 payout run"
    assert "Computed" in tab.status.text()
    rows = shown_rows(tab)
    # unit, commission, awards, coefficient, adjustments, clawbacks, net
    assert rows["张三"] == ("华东区", "¥6,000.00", "¥800.00", "¥0.00", "¥0.00", "-¥2,000.00",
                          "¥4,800.00")
    assert rows["王五"] == ("华南区", "¥1,080.00", "¥800.00", "¥0.00", "¥300.00", "¥0.00",
                          "¥2,180.00")
    assert tab.stale is False and not tab.stale_note.isVisible()
    # 张三's statement: explanations in English, the commission's trace names the contract
    tab.people_view.selectRow(tab.people_model.row_of(data.firm.people["张三"]))
    texts = [tab.lines_model.index(r, 2).data() for r in range(tab.lines_model.rowCount())]
    assert texts[0] == ("2026-06 signed ¥120,000.00 × 5 % (attainment 80 %, tier 80–100 %) = "
                        "¥6,000.00")
    assert texts[-1] == "Honour: 月度之星"
    assert any(t.startswith("Clawback ¥1,200.00: contract HT-2026-0501") for t in texts)
    tab.lines_view.selectRow(0)
    assert tab.trace_model.index(0, 1).data() == "HT-2026-0601"
    opened: list[tuple[str, str]] = []
    ctx.events.open_requested.connect(lambda k, i: opened.append((k, i)))
    tab.trace_view.activated.emit(tab.trace_model.index(0, 1))
    assert opened == [("order", data.contracts["HT-2026-0601"])]
    # review: one undo step; undone, the run is computed again
    tab.review_btn.click()
    settle(qtbot, tab)
    assert "Reviewed" in tab.status.text() and "周总监" in tab.status.text()
    assert tab.approve_btn.isEnabled() and tab.reopen_btn.isEnabled()
    ctx.undo_stack.undo()
    settle(qtbot, tab)
    assert ST.get_run(ctx.store, PERIOD).status == "computed"


def test_sorting_by_net(qtbot, setup) -> None:
    _data, _ctx, tab = setup
    tab.compute()
    settle(qtbot, tab)
    tab.people_view.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    nets = [tab.people_model.row_at(r).net for r in range(tab.people_model.rowCount())]
    assert nets == sorted(nets, reverse=True) and len(nets) == 3


def test_an_adjustment_warns_the_data_changed_and_is_undone(qtbot, setup, monkeypatch) -> None:
    data, ctx, tab = setup
    tab.compute()
    settle(qtbot, tab)
    li = data.firm.people["李四"]
    monkeypatch.setattr(AdjustmentDialog, "ask", classmethod(
        lambda cls, *a, **k: AdjustmentInput(li, D("-200"), "多报的招待费")))
    tab.adjust_btn.click()
    settle(qtbot, tab)
    assert ctx.undo_stack.undoText() == "Add an adjustment of -¥200.00 for 2026-06"
    # the run does not show it until computed again: the tab says the data changed
    assert tab.stale is True and tab.stale_note.isVisible()
    tab.compute()
    settle(qtbot, tab)
    assert tab.stale is False and shown_rows(tab)["李四"][4] == "-¥200.00"
    ctx.undo_stack.undo()  # the computation
    ctx.undo_stack.undo()  # the adjustment
    settle(qtbot, tab)
    assert tab.stale is False and shown_rows(tab)["李四"][4] == "¥0.00"


def test_lock_asks_and_then_nothing_changes_the_run(qtbot, setup, monkeypatch) -> None:
    _data, ctx, tab = setup
    asked: list[str] = []
    monkeypatch.setattr(Messages, "ask", classmethod(
        lambda cls, parent, title, text: asked.append(text) or len(asked) > 1))
    tab.compute()
    settle(qtbot, tab)
    tab.review_btn.click()
    settle(qtbot, tab)
    tab.approve_btn.click()
    settle(qtbot, tab)
    tab.lock_btn.click()  # the first answer is No
    settle(qtbot, tab)
    assert "never changes" in asked[0] and ST.get_run(ctx.store, PERIOD).status == "approved"
    tab.lock_btn.click()
    settle(qtbot, tab)
    assert ST.get_run(ctx.store, PERIOD).status == "locked"
    assert "Locked" in tab.status.text()
    assert not any(b.isEnabled() for b in (tab.compute_btn, tab.review_btn, tab.approve_btn,
                                           tab.lock_btn, tab.reopen_btn, tab.adjust_btn,
                                           tab.recognise_btn))


def test_statements_in_chinese(qtbot, store, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from gui.common.i18n import install_translators

    monkeypatch.setenv("SAILPLAN_DATA_DIR", str(tmp_path))
    app = QApplication.instance()
    install_translators(app, "zh_CN")
    try:
        data = seed_runs(store)
        ui_settings().setValue("incentives/runs/period", PERIOD)
        from services.incentives import runs as R

        R.compute_run(store, PERIOD)
        tab = RunsTab(make_ctx(store))
        qtbot.addWidget(tab)
        tab.show()
        settle(qtbot, tab)
        assert "已计算" in tab.status.text()
        tab.people_view.selectRow(tab.people_model.row_of(data.firm.people["张三"]))
        assert tab.lines_model.index(0, 0).data() == "提成"
        assert tab.lines_model.index(0, 2).data() == (
            "2026-06 签约 ¥120,000.00 × 5 %（达成率 80 %，80–100 % 档）= ¥6,000.00")
    finally:
        install_translators(app, "en")


def test_export_workbook_on_the_worker(qtbot, setup, tmp_path, monkeypatch) -> None:
    _data, ctx, tab = setup
    monkeypatch.setattr(Messages, "show_saved", classmethod(lambda cls, *a, **k: None))
    assert not tab.export_btn.isEnabled()  # nothing computed yet
    tab.compute()
    settle(qtbot, tab)
    assert tab.export_btn.isEnabled() and not tab.fraud_box.isVisible()
    out = tmp_path / "提成核算-2026-06.xlsx"
    with qtbot.waitSignal(tab.exported, timeout=30_000) as got:
        tab.export_to(str(out))
    assert got.args == [str(out)] and out.stat().st_size > 0
