"""The Reviews tab's chart, opening a saved review from elsewhere, and the PDF written on the
task worker — on the fixed firm of tests/unit/dashboard/review_fixtures.py (华东区, September
2026, as of the 20th: target ¥200,000, signed ¥70,000; volume −¥80,000, win rate −¥40,000,
deal size −¥10,000).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QApplication

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.i18n import install_translators
from gui.common.tasks import TaskRunner
from gui.dashboard.dashboard_page import DashboardPage
from gui.dashboard.review_dialogs import RecordsDialog
from gui.dashboard.reviews_tab import ReviewsTab
from gui.main_window import ITEM_PAGES
from services.reviews.saved import add_action, save_review
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.dashboard.review_fixtures import AS_OF, build_review_world

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def world(store):
    return build_review_world(store)


@pytest.fixture
def zh(qapp):
    install_translators(QApplication.instance(), "zh_CN")
    yield
    install_translators(QApplication.instance(), "en")


def _ctx(world) -> AppContext:
    return AppContext(world.store, AppEvents(), QUndoStack(), TaskRunner(),
                      current_person_id=world.w.people["周总监"])


def _wait(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.is_loading() and tab.pack is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=30_000)


@pytest.fixture
def tab(qtbot, world):
    ctx = _ctx(world)
    tab = ReviewsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    _wait(qtbot, tab)
    tab.as_of = AS_OF
    tab.choose("month", "2026-09", world.east)
    _wait(qtbot, tab)
    yield tab
    ctx.tasks.wait()


def _show_chart(qtbot, tab) -> None:
    tab.tabs.setCurrentWidget(tab.sections["causes"].page)
    qtbot.waitUntil(lambda: tab.chart.is_drawn(), timeout=30_000)
    QApplication.processEvents()


def _texts(figure) -> list[str]:
    return [t.get_text() for ax in figure.axes for t in ax.texts] + [
        t.get_text() for ax in figure.axes for t in ax.get_xticklabels()]


# --- the chart ---------------------------------------------------------------------------------

def test_the_causes_tab_draws_the_waterfall_from_target_to_actual(qtbot, tab):
    _show_chart(qtbot, tab)
    texts = _texts(tab.chart.figure)
    for label in ("Target", "Volume", "Win rate", "Deal size", "Actual",
                  "¥200k", "-¥80k", "-¥40k", "-¥10k", "¥70k"):
        assert label in texts, label
    assert tab.chart.figure.axes[0].get_title() == "Signed amount: from target to actual"
    assert [refs for _bar, refs in tab.chart.hits] == [
        ["volume"], ["win_rate"], ["deal_size"], ["actual"]]
    assert not tab.chart.image().isNull()


def test_the_chart_is_in_chinese_with_amounts_in_wan(qtbot, world, zh):
    ctx = _ctx(world)
    tab = ReviewsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    tab.as_of = AS_OF
    tab.choose("month", "2026-09", world.east)
    _wait(qtbot, tab)
    _show_chart(qtbot, tab)
    texts = _texts(tab.chart.figure)
    for label in ("目标", "成交量", "赢率", "客单价", "实际", "20万", "-8万", "-4万", "-1万",
                  "7万"):
        assert label in texts, label
    assert tab.chart.figure.axes[0].get_title() == "签约额：目标到实际"
    ctx.tasks.wait()


def test_the_chart_follows_a_dark_palette(qtbot, tab):
    from gui.common.theme import dark_palette

    _show_chart(qtbot, tab)
    light = QColor(tab.chart.image().pixel(3, 3))
    tab.setPalette(dark_palette())
    tab.chart.show_data(tab.pack.decomposition)
    qtbot.waitUntil(lambda: tab.chart.is_drawn(), timeout=30_000)
    base = dark_palette().color(dark_palette().ColorRole.Base)
    face = QColor.fromRgbF(*tab.chart.figure.get_facecolor())
    assert face.name() == base.name()
    assert QColor(tab.chart.image().pixel(3, 3)).lightness() < light.lightness()


def test_a_bar_lists_the_deals_behind_it_and_one_opens(qtbot, tab, monkeypatch):
    _show_chart(qtbot, tab)
    opened: list[tuple[str, str]] = []
    tab.ctx.events.open_requested.connect(lambda kind, rid: opened.append((kind, rid)))
    asked: list[tuple[str, list[str]]] = []

    def ask(_parent, title, records, _kind_name):
        asked.append((title, [r.label for r in records]))
        return (records[0].kind, records[0].id)

    monkeypatch.setattr(RecordsDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    tab.chart.canvas.draw()  # the bars' places are those of the last render
    x, y = tab.chart.element_point("win_rate")
    qtbot.mouseClick(tab.chart.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert asked == [("Win rate", ["S2", "S3"])]
    assert opened == [("deal", tab.pack.lost[0].id)]
    x, y = tab.chart.element_point("actual")  # one deal: opened straight away
    qtbot.mouseClick(tab.chart.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert len(asked) == 1
    assert opened[-1] == ("deal", tab.pack.won[0].id)


# --- opening a saved review from elsewhere ---------------------------------------------------

def test_show_item_opens_a_saved_review_on_its_notes(qtbot, world):
    store = world.store
    review_id = save_review(store, "month", "2026-08", world.east, as_of=AS_OF,
                            notes="八月回款要抓紧", decisions="每周一对账").value
    assert ITEM_PAGES["review"] == "dashboard"
    page = DashboardPage(_ctx(world))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.show_item("review", review_id)
    tab = page.current_tab()
    assert isinstance(tab, ReviewsTab) and page.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: tab.pack is not None and tab.pack.this_review is not None
                    and tab.pack.this_review.id == review_id and not tab.is_loading(),
                    timeout=30_000)
    assert (tab.pack.scope.period, tab.pack.scope.unit_id) == ("2026-08", world.east)
    assert tab.period.currentData() == "2026-08" and tab.unit.currentData() == world.east
    assert tab.tabs.currentWidget() is tab.notes_page
    assert tab.notes.toPlainText() == "八月回款要抓紧"
    assert tab.decisions.toPlainText() == "每周一对账"
    page.ctx.tasks.wait()


def test_a_deleted_review_is_said_to_be_gone(qtbot, tab):
    said: list[str] = []
    tab.ctx.events.status_message.connect(lambda text, _ms: said.append(text))
    shown = tab.pack
    tab.show_item("review", "no-such-review")
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert said == ["This review no longer exists."]
    assert tab.pack is shown


def test_today_opens_the_review_an_overdue_action_was_decided_in(qtbot, world):
    from gui.today.today_page import TodayPage
    from services.plans.timeline import plan_checkpoint_reminders

    store = world.store
    review_id = save_review(store, "month", "2026-09", world.east, as_of=AS_OF).value
    action_id = add_action(store, review_id, "拜访东方机械催收", due_on=AS_OF).value
    [reminder] = [r for r in plan_checkpoint_reminders(store, AS_OF.replace(day=25), None)
                  if r.item_id == action_id]
    assert reminder.origin == ("review", review_id)
    ctx = AppContext(store, AppEvents(), QUndoStack(), TaskRunner())
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitUntil(lambda: page._loaded_once and not page.is_loading(), timeout=30_000)
    found = [page.model.index(r, 0, page.model.index(s, 0))
             for s in range(page.model.rowCount())
             for r in range(page.model.rowCount(page.model.index(s, 0)))]
    [index] = [i for i in found if (page.model.reminder(i) or reminder).item_id == action_id
               and page.model.reminder(i) is not None]
    assert "Review 2026-09" in page.model.reminder(index).detail
    page._select(index)
    page.actions_.update_enabled()
    assert page.actions_.open_review.isEnabled()
    assert page.actions_.open_review in page.actions_.context_menu().actions()
    opened: list[tuple[str, str]] = []
    ctx.events.open_requested.connect(lambda kind, rid: opened.append((kind, rid)))
    page.actions_.open_review.trigger()
    assert opened == [("review", review_id)]
    ctx.tasks.wait()


# --- the PDF on the worker ---------------------------------------------------------------------

def test_the_pdf_is_written_on_the_worker_page_by_page(qtbot, tab, tmp_path: Path,
                                                       monkeypatch):
    from gui.common.messages import Messages

    monkeypatch.setattr(Messages, "show_saved", classmethod(lambda cls, *a, **k: None))
    out = tmp_path / "out" / "复盘.pdf"
    out.parent.mkdir()
    steps: list[tuple[int, int]] = []
    with qtbot.waitSignal(tab.exported, timeout=60_000):
        tab.export_to(str(out))
        assert not out.exists()  # export_to returned at once: the task writes it
        tab.exporting.progressed.connect(lambda done, total: steps.append((done, total)))
    assert out.read_bytes().startswith(b"%PDF")
    assert steps and steps[-1][0] == steps[-1][1] > 1  # a step per page, the last one done
    assert [p.name for p in out.parent.iterdir()] == ["复盘.pdf"]  # no temporary file left


def test_a_pdf_cancelled_while_written_leaves_no_file(qtbot, tab, tmp_path: Path):
    said: list[str] = []
    tab.ctx.events.status_message.connect(lambda text, _ms: said.append(text))
    out = tmp_path / "out" / "r.pdf"
    out.parent.mkdir()
    tab.export_to(str(out))
    task = tab.exporting
    with qtbot.waitSignal(task.cancelled, timeout=60_000):
        task.progressed.connect(lambda _done, _total: task.cancel())  # Cancel once it began
    tab.ctx.tasks.wait()
    assert list(out.parent.iterdir()) == []
    assert said == ["Export cancelled; no file was written."]


def test_an_adjustment_requested_in_a_review_names_it_on_today(world):
    from services.reviews.saved import add_adjustment
    from services.targets.requests import adjustment_reminders
    from services.targets.split import Values

    store = world.store
    review_id = save_review(store, "month", "2026-09", world.east, as_of=AS_OF).value
    adj_id = add_adjustment(store, review_id, "signed_amount",
                            Values(10_000_000, 15_000_000, 20_000_000), "大客户延期").value
    [reminder] = [r for r in adjustment_reminders(store, AS_OF, None, "en")
                  if r.item_id == adj_id]
    assert reminder.origin == ("review", review_id)
    assert reminder.detail.startswith("Review 2026-09 · requested by")
    [zh] = [r for r in adjustment_reminders(store, AS_OF, None, "zh_CN") if r.item_id == adj_id]
    assert zh.detail.startswith("2026-09 复盘 · ")
