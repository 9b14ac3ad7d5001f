"""Every undoable action of the Today page survives the language switch: do it the way the page
does, switch the language (every page is rebuilt), undo through the window's stack — the
database is back as before and the rebuilt page shows it —, then redo.

The dump covers every row of the tables Today's actions write (customers, follow-ups, plan
checkpoints, deals and their stage history) without ``updated_at`` (undo advances it on
purpose). A follow-up logged and undone stays soft-deleted, so a redo brings back the same id.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.pipeline.lost_reason_dialog import LostReasonDialog
from gui.pipeline.won_deal_dialog import WonDealDialog
from gui.today.snooze_dialog import SnoozeDialog
from models import Customer
from models.base import Base
from services.customers import edit as ce
from services.pipeline import deals as pl
from services.plans import timeline as plan_timeline
from services.targets.ops import create_plan_from_org
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TABLES = ("customers", "followups", "plan_checkpoints", "deals", "stage_history")
TODAY = date.today()
Dump = dict[str, dict[str, dict[str, Any]]]


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def _seed(store) -> None:  # noqa: ANN001
    """A customer whose booked follow-up is overdue, one nobody followed up (who owes a
    payment overdue), a checkpoint due, a deal past its expected close date.
    """
    owner = next(iter(build_firm(store).people.values()))
    at = datetime.combine(TODAY - timedelta(days=9), datetime.min.time()).replace(
        hour=12).astimezone().astimezone(UTC)
    late = ce.create_customer(store, ce.NewCustomer(name="逾期回访", owner_id=owner)).value
    ce.add_followup(store, late, {"at": at, "method": "call", "content": "电话沟通",
                                  "next_step": "发送报价单", "next_on": TODAY - timedelta(days=2)})
    cold = ce.create_customer(store, ce.NewCustomer(name="很久没联系", tier="A",
                                                    owner_id=owner)).value
    with store.write() as uow:
        uow.session.get(Customer, cold).created_at = at - timedelta(days=60)
        uow.commit()
    # The stale customer owes money: an instalment 10 days overdue (a payment reminder).
    contract_with_plan(store, cold, owner, "5000", TODAY - timedelta(days=40),
                       [(TODAY - timedelta(days=10), "5000")], number="HT-L")
    plan_id = create_plan_from_org(store, TODAY.year).value
    plan_timeline.add_checkpoint(store, plan_id, "plan_review", "方案评审", TODAY)
    pipeline = next(p for p in pl.list_pipelines(store)  # the seeded one, with won and lost
                    if {"open", "won", "lost"} <= {st.kind for st in p.stages})
    pl.create_deal(store, name="过期的单子", pipeline_id=pipeline.id, customer_id=late,
                   stage_id=pipeline.stages[0].id, owner_id=owner, amount=Decimal("80000"),
                   expected_close=TODAY - timedelta(days=2))


def _dump(store) -> Dump:  # noqa: ANN001
    out: Dump = {}
    with store.read() as uow:
        for name in TABLES:
            table = Base.metadata.tables[name]
            out[name] = {row["id"]: {k: v for k, v in row.items() if k != "updated_at"}
                         for row in uow.session.execute(select(table)).mappings()}
    return out


def _assert_back(now: Dump, then: Dump) -> None:
    """``now`` holds every row of ``then`` as it was; rows new since are soft-deleted."""
    for name in TABLES:
        for rid, row in now[name].items():
            old = then[name].get(rid)
            if old is None:
                assert row["deleted_at"] is not None, (name, row)
            else:
                assert row == old, (name, row, old)
        assert set(then[name]) <= set(now[name]), name


def _shown(page) -> tuple[Any, ...]:  # noqa: ANN001
    """The reminders the page lists (sections unfolded), by kind and item."""
    out = []
    for key, index in page.model.node_keys():
        for row in range(page.model.rowCount(index)):
            reminder = page.model.reminder(page.model.index(row, 0, index))
            if reminder is not None:
                out.append((key, reminder.kind, reminder.item_id, reminder.due))
    return tuple(sorted(out))


def _settled(qtbot, page) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: page._loaded_once and not page.is_loading()
                    and not page._debounce.isActive(), timeout=30_000)


def _pick(page, title: str) -> None:  # noqa: ANN001
    for _key, index in page.model.node_keys():
        page.view.expand(index)
        for row in range(page.model.rowCount(index)):
            child = page.model.index(row, 0, index)
            reminder = page.model.reminder(child)
            if reminder is not None and reminder.title == title:
                page.view.selectionModel().setCurrentIndex(
                    child, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return
    raise AssertionError(f"{title} is not listed")


def _log(page) -> None:  # noqa: ANN001
    _pick(page, "逾期回访")
    page.actions_.log.trigger()
    dialog = page.followup_editor
    dialog.content.setPlainText("已发送报价单")
    if dialog.person is not None:  # nobody chose "I am": say who followed up (not remembered)
        dialog.person.setCurrentIndex(1)
        dialog.remember.setChecked(False)
    dialog.accept()


def _log_on_deal(page) -> None:  # noqa: ANN001
    _pick(page, "过期的单子")
    page.actions_.log.trigger()
    dialog = page.followup_editor
    dialog.content.setPlainText("客户说下月签")
    if dialog.person is not None:
        dialog.person.setCurrentIndex(1)
        dialog.remember.setChecked(False)
    dialog.accept()


def _log_on_payment(page) -> None:  # noqa: ANN001
    _pick(page, "很久没联系 · HT-L instalment 1")
    page.actions_.log.trigger()
    dialog = page.followup_editor
    dialog.content.setPlainText("催收：客户答应月底付")
    if dialog.person is not None:
        dialog.person.setCurrentIndex(1)
        dialog.remember.setChecked(False)
    dialog.accept()


ACTIONS: dict[str, Callable[[Any], None]] = {
    "done on a follow-up": lambda page: (_pick(page, "逾期回访"), page.actions_.done.trigger()),
    "done on a checkpoint": lambda page: (_pick(page, "方案评审"), page.actions_.done.trigger()),
    "snooze a follow-up": lambda page: (_pick(page, "逾期回访"),
                                        page.actions_.tomorrow.trigger()),
    "snooze a stale customer": lambda page: (_pick(page, "很久没联系"),
                                             page.actions_.week.trigger()),
    "snooze a checkpoint to a day": lambda page: (_pick(page, "方案评审"),
                                                  page.actions_.pick.trigger()),
    "log a follow-up": _log,
    "move a deal's close date": lambda page: (_pick(page, "过期的单子"),
                                              page.actions_.week.trigger()),
    "mark a deal won": lambda page: (_pick(page, "过期的单子"), page.actions_.won.trigger()),
    "mark a deal lost": lambda page: (_pick(page, "过期的单子"), page.actions_.lost.trigger()),
    "log a follow-up on a deal": _log_on_deal,
    "log a follow-up on a payment": _log_on_payment,
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_undo_and_redo_after_a_language_switch(qtbot, store, monkeypatch, action) -> None:  # noqa: ANN001
    errors: list[str] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": errors.append(text)))
    monkeypatch.setattr(Messages, "show_refused", classmethod(
        lambda cls, parent, title, text: errors.append(text)))
    monkeypatch.setattr(SnoozeDialog, "ask", classmethod(
        lambda cls, parent, suggested, earliest: TODAY + timedelta(days=10)))
    monkeypatch.setattr(WonDealDialog, "ask", classmethod(
        lambda cls, parent, names, amount, today: (Decimal("75000"), TODAY)))
    monkeypatch.setattr(LostReasonDialog, "ask", classmethod(
        lambda cls, parent, reasons, names: "价格太高"))
    _seed(store)
    window = make_window(qtbot, store, "en")
    page = window.show_page("today")
    _settled(qtbot, page)
    stack = window.ctx.undo_stack
    before, shown_before = _dump(store), _shown(page)

    ACTIONS[action](page)
    _settled(qtbot, page)
    assert not errors and stack.count() == 1
    after, shown_after = _dump(store), _shown(page)
    assert after != before and shown_after != shown_before
    english = stack.undoText()

    window.set_language("zh_CN")
    page = window.host.currentWidget()
    assert window.host.current_key == "today" and page.title.text() == "今日"
    assert stack.undoText() != english
    _settled(qtbot, page)
    assert _shown(page) == shown_after

    stack.undo()
    _settled(qtbot, page)
    assert not errors
    _assert_back(_dump(store), before)
    assert _shown(page) == shown_before

    stack.redo()
    _settled(qtbot, page)
    assert not errors
    _assert_back(_dump(store), after)
    assert _shown(page) == shown_after
    window.ctx.tasks.wait()
