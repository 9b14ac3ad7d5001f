"""Deal reminders and adjustment requests on Today: shown to the right person or team, a deal
opened in the pipeline's deal detail over Today, won / lost / close date / follow-up from Today
with undo, a request opened on the Targets page, and all of it in Chinese (real SQLite file).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.common.tasks import TaskRunner
from gui.pipeline.lost_reason_dialog import LostReasonDialog
from gui.pipeline.won_deal_dialog import WonDealDialog
from gui.today.today_page import TodayPage
from models import Deal, FollowUp
from services.plans import actions as plan_actions
from services.plans import timeline as plan_timeline
from services.targets import cascade as T
from services.targets import lifecycle as L
from services.targets import ops
from services.targets.split import Values
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)
from tests.unit.deal_reminder_fixtures import build_deal_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TODAY = date.today()


@pytest.fixture(autouse=True)
def _english():
    install_translators(QApplication.instance(), "en")
    yield
    install_translators(QApplication.instance(), "en")


@pytest.fixture
def firm(store):
    firm = build_deal_firm(store, TODAY)
    p = firm.people
    plan_id = ops.create_plan_from_org(store, TODAY.year).value
    ids = {n.name: n.id for n in T.load_tree(store, plan_id).nodes}
    year = str(TODAY.year)
    T.set_values(store, ids["张三"], "signed_amount", year, Values(0, 30_000_000, 0),
                 by=p["周总监"])
    L.publish_plan(store, plan_id, by=p["周总监"])
    firm.request = L.request_adjustment(store, ids["张三"], "signed_amount", year,
                                        Values(0, 25_000_000, 0), "客户预算推迟",
                                        by=p["张三"]).value
    firm.plan_id, firm.node_ids = plan_id, ids
    return firm


def open_page(qtbot, firm, person: str | None) -> TodayPage:
    ctx = AppContext(store=firm.store, events=AppEvents(), undo_stack=QUndoStack(),
                     tasks=TaskRunner())
    ctx.current_person_id = firm.people[person] if person else None
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.only_mine.setChecked(person is not None)
    page.resize(1100, 700)
    with qtbot.waitExposed(page):
        page.show()
    settle(qtbot, page)
    return page


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page._loaded_once and not page.is_loading()
                    and not page._debounce.isActive(), timeout=20_000)


def listed(page) -> dict[str, tuple[str, str]]:
    """Title → (section or group key, type column) of every reminder listed but the
    customers' (the firm's customers have no follow-ups: they are all in the backlog).
    """
    out = {}
    for key, index in page.model.node_keys():
        for row in range(page.model.rowCount(index)):
            child = page.model.index(row, 0, index)
            reminder = page.model.reminder(child)
            if reminder is not None and reminder.item_kind != "customer":
                out[child.data()] = (key, page.model.index(row, 1, index).data())
    return out


def pick(page, title: str) -> None:
    for _key, index in page.model.node_keys():
        page.view.expand(index)
        for row in range(page.model.rowCount(index)):
            child = page.model.index(row, 0, index)
            reminder = page.model.reminder(child)
            if reminder is not None and reminder.title == title:
                page.view.selectionModel().setCurrentIndex(
                    child, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                page.view.setFocus()
                return
    raise AssertionError(f"{title} is not listed")


def deal(firm, name: str) -> Deal:
    with firm.store.read() as uow:
        d = uow.session.get(Deal, firm.deals[name])
        uow.session.expunge(d)
        return d


def deal_titles(page) -> set[str]:
    return {t for t, (_k, kind) in listed(page).items() if "deal" in kind.lower()}


def test_a_manager_sees_the_teams_deals_and_the_requests_to_decide(qtbot, firm):
    page = open_page(qtbot, firm, "东经理")
    shown = listed(page)
    assert shown["过期未成交"] == ("overdue", "Deals past their close date")
    assert shown["本周成交"][1] == "Deals closing this week"
    assert shown["停滞的单子"] == ("backlog/deal_rotting", "Rotting deals")
    assert shown[f"张三 · Signed amount {TODAY.year}"][1] == "Adjustment requests"
    assert "华南本周成交" not in shown  # another region's deal
    assert deal_titles(page) == {"过期未成交", "本周成交", "停滞的单子"}


def test_a_rep_sees_their_own_deals_and_no_requests(qtbot, firm):
    page = open_page(qtbot, firm, "王五")
    assert set(listed(page)) == {"华南本周成交"}


def test_enter_opens_the_deal_detail_over_today_and_its_stage_box_moves_it(
        qtbot, firm, monkeypatch):
    page = open_page(qtbot, firm, "东经理")
    opened: list[object] = []
    page.ctx.events.open_requested.connect(lambda *a: opened.append(a))
    pick(page, "过期未成交")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = page.deal_actions.detail
    assert dialog is not None and dialog.isVisible() and not opened  # Today stays
    assert dialog.heading.text() == "过期未成交"
    assert dialog.subheading.text() == "过期未成交客户 · 新流程 · 方案"
    # The detail's stage box asks what the board asks before winning.
    monkeypatch.setattr(WonDealDialog, "ask", classmethod(
        lambda cls, parent, names, amount, today: (Decimal("110000"), TODAY)))
    dialog.stage.setCurrentIndex(dialog.stage.findData(firm.stages["赢单"]))
    dialog._stage_chosen(dialog.stage.currentIndex())
    won = deal(firm, "过期未成交")
    assert (won.stage_id, won.won_amount) == (firm.stages["赢单"], Decimal("110000"))
    settle(qtbot, page)
    assert "过期未成交" not in listed(page)
    page.ctx.undo_stack.undo()
    assert deal(firm, "过期未成交").stage_id == firm.stages["方案"]
    dialog.close()


def test_won_from_today_is_one_undo_step(qtbot, firm, monkeypatch):
    page = open_page(qtbot, firm, "东经理")
    asked = []
    monkeypatch.setattr(WonDealDialog, "ask", classmethod(
        lambda cls, parent, names, amount, today: asked.append((names, amount))
        or (amount, TODAY)))
    pick(page, "过期未成交")
    assert page.won_button.isEnabled() and page.lost_button.isEnabled()
    page.won_button.click()
    assert asked == [(["过期未成交"], Decimal("120000"))]
    won = deal(firm, "过期未成交")
    assert (won.stage_id, won.closed_on) == (firm.stages["赢单"], TODAY)
    assert "过期未成交" not in listed(page)  # gone at once
    stack = page.ctx.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Move 1 deal to 赢单"
    stack.undo()
    back = deal(firm, "过期未成交")
    assert (back.stage_id, back.closed_on, back.won_amount) == (firm.stages["方案"], None, None)
    settle(qtbot, page)
    assert listed(page)["过期未成交"][0] == "overdue"


def test_lost_asks_the_reason(qtbot, firm, monkeypatch):
    page = open_page(qtbot, firm, "东经理")
    monkeypatch.setattr(LostReasonDialog, "ask", classmethod(
        lambda cls, parent, reasons, names: "预算取消"))
    pick(page, "停滞的单子")
    page.actions_.lost.trigger()
    lost = deal(firm, "停滞的单子")
    assert (lost.stage_id, lost.lost_reason) == (firm.stages["输单"], "预算取消")
    page.ctx.undo_stack.undo()
    assert deal(firm, "停滞的单子").stage_id == firm.stages["洽谈"]


def test_snoozing_a_deal_moves_its_expected_close(qtbot, firm):
    page = open_page(qtbot, firm, "东经理")
    pick(page, "过期未成交")
    qtbot.keyClick(page.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    tomorrow = TODAY + timedelta(days=1)
    assert deal(firm, "过期未成交").expected_close == tomorrow
    assert page.ctx.undo_stack.undoText() == (
        f"Set expected close of 1 deal to {tomorrow.isoformat()}")
    settle(qtbot, page)
    # Tomorrow is this week, or next week's Monday (then it is no reminder until then).
    assert listed(page).get("过期未成交", ("upcoming",))[0] != "overdue"
    page.ctx.undo_stack.undo()
    assert deal(firm, "过期未成交").expected_close == TODAY - timedelta(days=3)


def test_a_follow_up_logged_from_today_is_on_the_deal(qtbot, firm):
    page = open_page(qtbot, firm, "东经理")
    pick(page, "停滞的单子")
    assert not page.snooze_button.isEnabled()  # rotting has no date to move
    page.actions_.log.trigger()
    dialog = page.followup_editor
    dialog.content.setPlainText("约客户周五复盘方案")
    dialog.has_next.setChecked(True)
    dialog.next_on.setDate(TODAY + timedelta(days=4))
    dialog.accept()
    with firm.store.read() as uow:
        logged = uow.session.scalars(select(FollowUp).where(
            FollowUp.deal_id == firm.deals["停滞的单子"], FollowUp.deleted_at.is_(None))).all()
        assert [f.content for f in logged] == ["约客户周五复盘方案"]
    settle(qtbot, page)
    assert "停滞的单子" not in listed(page)  # a follow-up booked ahead: no longer rotting
    page.ctx.undo_stack.undo()
    settle(qtbot, page)
    assert listed(page)["停滞的单子"][0] == "backlog/deal_rotting"


def test_opening_a_request_shows_the_targets_page_at_it(qtbot, firm, monkeypatch):
    monkeypatch.setattr(Messages, "show_refused", classmethod(lambda *a: None))
    window = make_window(qtbot, firm.store, "en")
    page = window.show_page("today")
    settle(qtbot, page)
    pick(page, f"张三 · Signed amount {TODAY.year}")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert window.host.current_key == "targets"
    targets = window.host.currentWidget()
    qtbot.waitUntil(lambda: not targets.is_loading(), timeout=20_000)
    assert targets.panel.isVisible()
    assert targets.panel.current() is not None and targets.panel.current().id == firm.request
    assert targets.current_node() == firm.node_ids["张三"]
    window.ctx.tasks.wait()


def test_everything_on_today_is_chinese_in_the_chinese_interface(qtbot, firm):
    plan_timeline.add_checkpoint(firm.store, firm.plan_id, "plan_review", "方案评审",
                                 TODAY - timedelta(days=2))
    plan_actions.create_action(firm.store, firm.plan_id, firm.node_ids["张三"], "拜访重点客户",
                               owner_id=firm.people["张三"], due_on=TODAY - timedelta(days=4))
    window = make_window(qtbot, firm.store, "zh_CN")
    page = window.show_page("today")
    settle(qtbot, page)
    shown = listed(page)
    assert shown["过期未成交"][1] == "逾期未成交商机"
    assert shown["本周成交"][1] == "本周预计成交商机"
    assert shown["停滞的单子"][1] == "停滞商机"
    assert shown["方案评审"][1] == "计划检查点"
    assert shown["拜访重点客户"][1] == "逾期的行动项"
    assert shown[f"张三 · 签约额 {TODAY.year}"][1] == "待审批调整申请"
    texts = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    for _key, index in page.model.node_keys():
        texts.append(index.data())
        for row in range(page.model.rowCount(index)):
            texts += [page.model.index(row, c, index).data() for c in range(1, 4)]
    texts += [b.text() for b in (page.done_button, page.log_button, page.won_button,
                                 page.lost_button, page.open_button)]
    # Words, not letters: a plan's variant (行动计划A) and a customer tier (C 类) are letters.
    english = [t for t in texts if t and re.search("[A-Za-z]{2,}", t)]
    assert english == []
    assert (page.actions_.won.text(), page.actions_.lost.text()) == ("赢单…", "输单…")
    window.ctx.tasks.wait()
