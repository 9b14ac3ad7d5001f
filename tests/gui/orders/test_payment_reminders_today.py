"""Payment reminders on Today (overdue, due soon; opening the contract on the Orders page,
logging the collection call on its customer) and their setting in Settings ▸ Payment
reminders, saved as one undo step that survives a language switch.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.common.i18n import install_translators
from gui.orders.reminder_settings import PaymentReminderSection
from models import FollowUp, Person
from models.orders import Contract
from services.orders import payments as PAY
from services.orders import reminders as PR
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
SECTION = "gui.orders.reminder_settings:PaymentReminderSection"
TODAY = date.today()


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def _seed(store):
    """张三 (manager 东经理): 300 overdue by 12 days, 700 due in 5 days, 100 due in 20 days."""
    f = build_firm(store)
    with store.write() as uow:
        uow.session.get(Person, f.people["张三"]).manager_id = f.people["东经理"]
        uow.commit()
    contract_with_plan(store, f.customers[0], f.people["张三"], "1100",
                       TODAY - timedelta(days=40),
                       [(TODAY - timedelta(days=12), "300"), (TODAY + timedelta(days=5), "700"),
                        (TODAY + timedelta(days=20), "100")], number="HT-T")
    PAY.record_payment(store, customer_id=f.customers[0], received_on=TODAY - timedelta(days=3),
                       amount=Decimal("0.50"))
    return f


def _settled(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page._loaded_once and not page.is_loading()
                    and not page._debounce.isActive(), timeout=30_000)


def _payment_rows(page) -> list[tuple[str, str, str, str]]:
    out = []
    for _key, index in page.model.node_keys():
        for row in range(page.model.rowCount(index)):
            child = page.model.index(row, 0, index)
            reminder = page.model.reminder(child)
            if reminder is not None and reminder.kind.startswith("payment_"):
                out.append(tuple(page.model.index(row, c, index).data() for c in range(4)))
    return out


def _overdue_index(page):
    for _key, index in page.model.node_keys():
        for row in range(page.model.rowCount(index)):
            child = page.model.index(row, 0, index)
            reminder = page.model.reminder(child)
            if reminder is not None and reminder.kind == "payment_overdue":
                return child
    raise AssertionError("no overdue payment on Today")


def test_today_lists_payments_and_opens_the_contract(qtbot, store):
    f = _seed(store)
    contract = _contract(store)
    window = make_window(qtbot, store, "en")
    page = window.show_page("today")
    _settled(qtbot, page)
    rows = _payment_rows(page)
    assert [(r[0], r[1]) for r in rows] == [
        ("客户0 · HT-T instalment 1", "Overdue payments"),
        ("客户0 · HT-T instalment 2", "Payments due soon")]
    assert rows[0][2].startswith("¥299.50 open · due ")
    assert rows[0][3] == "12 days overdue"
    opened: list[tuple[str, str]] = []
    window.ctx.events.open_requested.connect(lambda kind, iid: opened.append((kind, iid)))
    page.open_index(_overdue_index(page))
    assert opened == [("contract", contract)]
    qtbot.waitUntil(lambda: window.host.current_key == "orders")
    tab = window.host.currentWidget().tab(0)
    qtbot.waitUntil(lambda: not tab.is_loading() and tab.current_id() == contract,
                    timeout=30_000)
    assert tab.pane.contract_id == contract  # its plan and payments beside the list
    assert f.customers[0] == tab.current().customer_id
    window.ctx.tasks.wait()


def test_log_follow_up_on_a_payment_records_it_on_the_customer(qtbot, store):
    f = _seed(store)
    window = make_window(qtbot, store, "en")
    page = window.show_page("today")
    _settled(qtbot, page)
    before = _contents(store, f.customers[0])
    index = _overdue_index(page)
    page.view.setCurrentIndex(index)
    assert page.actions_.log.isEnabled()
    page.actions_.log.trigger()
    dialog = page.followup_editor
    assert dialog is not None and dialog.isVisible()
    assert "HT-T instalment 1" in dialog.windowTitle()
    dialog.content.setPlainText("客户答应周五付清第1期")
    dialog.person.setCurrentIndex(max(dialog.person.findData(f.people["张三"]), 0))
    dialog.accept()
    stack = window.ctx.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Log follow-up: 客户0 · HT-T instalment 1"
    assert _contents(store, f.customers[0]) == [*before, "客户答应周五付清第1期"]
    stack.undo()
    assert _contents(store, f.customers[0]) == before
    stack.redo()
    assert _contents(store, f.customers[0]) == [*before, "客户答应周五付清第1期"]
    window.ctx.tasks.wait()


def _contract(store) -> str:
    with store.read() as uow:
        return uow.session.scalar(select(Contract.id).where(Contract.number == "HT-T"))


def _contents(store, customer_id: str) -> list[str]:
    with store.read() as uow:
        return list(uow.session.scalars(select(FollowUp.content).where(
            FollowUp.customer_id == customer_id, FollowUp.deleted_at.is_(None))
            .order_by(FollowUp.at)))


def test_chinese_and_the_setting_reaches_today(qtbot, store):
    _seed(store)
    window = make_window(qtbot, store, "zh_CN")
    page = window.show_page("today")
    _settled(qtbot, page)
    assert [(r[0], r[1]) for r in _payment_rows(page)] == [
        ("客户0 · HT-T 第1期", "逾期回款"), ("客户0 · HT-T 第2期", "即将到期回款")]
    settings = window.show_page("settings")
    section = settings.show_section(SECTION)
    assert isinstance(section, PaymentReminderSection)
    qtbot.waitUntil(lambda: not section.is_loading())
    assert section.days.value() == 7 and PaymentReminderSection.title() == "回款提醒"
    section.days.setValue(30)
    assert section.save()
    page = window.show_page("today")
    qtbot.waitUntil(lambda: len(_payment_rows(page)) == 3, timeout=30_000)
    window.ctx.tasks.wait()


def test_saving_the_days_is_undone_after_a_language_switch(qtbot, store):
    _seed(store)
    window = make_window(qtbot, store, "en")
    section = window.show_page("settings").show_section(SECTION)
    qtbot.waitUntil(lambda: not section.is_loading())
    section.days.setValue(0)
    assert section.save()
    stack = window.ctx.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Remind of payments 0 day(s) ahead"
    assert PR.due_days(store) == 0

    window.set_language("zh_CN")
    assert stack.undoText() == "提前 0 天提醒回款"
    stack.undo()
    assert PR.due_days(store) == 7
    section = window.host.currentWidget().show_section(SECTION)
    qtbot.waitUntil(lambda: not section.is_loading() and section.days.value() == 7)
    stack.redo()
    assert PR.due_days(store) == 0
    qtbot.waitUntil(lambda: section.days.value() == 0)
    window.ctx.tasks.wait()
