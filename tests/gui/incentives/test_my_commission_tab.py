"""My commission as a rep reads it: 张三 signed ¥120,000 of ¥150,000 in June 2026 (80 %: the
80–100 % tier at 5 %) → ¥6,000 so far, ¥30,000 more reaches ≥ 100 % (8 %). Winning the open
deal 智能仓储二期 (¥50,000): ¥170,000 × 8 % = ¥13,600 → adds ¥7,600; a typed ¥10,000: ¥130,000
(86.7 %) × 5 % = ¥6,500 → adds ¥500.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from gui.common.ui_settings import ui_settings
from gui.incentives.my_commission_tab import MyCommissionTab
from tests.gui.incentives.incentives_fixtures import PERIOD, make_ctx, seed_runs
from tests.gui.shell_fixtures import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def data(store, tmp_path, monkeypatch):  # noqa: ANN001
    monkeypatch.setenv("SAILPLAN_DATA_DIR", str(tmp_path))
    ui_settings().setValue("incentives/mine/period", PERIOD)
    return seed_runs(store)


def shown(qtbot, store, person: str | None):  # noqa: ANN001
    tab = MyCommissionTab(make_ctx(store, person))
    qtbot.addWidget(tab)
    tab.show()

    def done() -> bool:
        tab.ctx.tasks.wait()
        QApplication.processEvents()
        return not tab.is_loading()
    qtbot.waitUntil(done, timeout=30_000)
    return tab


def test_a_rep_sees_the_total_the_tier_and_what_a_deal_adds(qtbot, store, data) -> None:
    tab = shown(qtbot, store, data.firm.people["张三"])
    assert not tab.person.isVisible()  # a rep sees their own
    assert "¥6,000.00" in tab.total.text()
    assert "tier 80–100 % at 5 %" in tab.standing.text()
    assert "¥30,000.00 more reaches ≥ 100 % (8 %)" in tab.standing.text()
    tab.deal.setCurrentIndex(tab.deal.findText("智能仓储二期", flags=_contains()))
    assert tab.what_if_added() == Decimal("7600.00")
    assert "¥7,600.00" in tab.result.text() and "80–100 % → ≥ 100 %" in tab.result.text()
    tab.amount.setText("1万")
    tab.amount.textEdited.emit("1万")
    assert tab.deal.currentData() == "__typed__"
    assert tab.what_if_added() == Decimal("500.00")


def test_a_manager_picks_a_person(qtbot, store, data) -> None:
    tab = shown(qtbot, store, data.firm.people["东经理"])
    assert tab.person.isVisible()
    tab.person.setCurrentIndex(tab.person.findData(data.firm.people["张三"]))
    qtbot.waitUntil(lambda: (tab.ctx.tasks.wait(), QApplication.processEvents(),
                             "¥6,000.00" in tab.total.text())[-1], timeout=30_000)


def test_nobody_chosen(qtbot, store, data) -> None:
    tab = shown(qtbot, store, None)
    assert "I am" in tab.note.text()


def _contains():  # noqa: ANN202
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains
