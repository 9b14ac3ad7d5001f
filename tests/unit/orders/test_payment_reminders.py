"""Today's payment reminders: overdue and due within N days, for the owner and their manager."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import Customer, FollowUp, Person
from models.orders import Contract
from services.core.errors import ValidationError
from services.orders import payments as PAY
from services.orders import reminders as PR
from services.orders.contracts import ContractNotFound
from services.today.reminders import (
    PROVIDERS,
    SECTION_OVERDUE,
    SECTION_TODAY,
    SECTION_UPCOMING,
    collect_reminders,
    section_of,
)
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan

TODAY = date(2026, 3, 10)


@pytest.fixture
def firm(any_store):
    """张三 (manager 东经理): A 1000 — 300 due 01-31 (100 paid: 200 open, 38 days overdue), 700
    due 03-15; E 400 — 300 due today, 100 due 03-25. 王五: B 500 due 02-15, paid; B2 300 due
    03-01 (9 days overdue). 李四 (manager 东经理): C 200 due 03-17 (in 7 days). 赵分析 owns
    nothing.
    """
    store = any_store
    f = build_firm(store)
    with store.write() as uow:
        for name in ("张三", "李四"):
            uow.session.get(Person, f.people[name]).manager_id = f.people["东经理"]
        uow.commit()
    c = f.customers
    contract_with_plan(store, c[0], f.people["张三"], "1000", date(2026, 1, 5),
                       [(date(2026, 1, 31), "300"), (date(2026, 3, 15), "700")], number="HT-A")
    contract_with_plan(store, c[1], f.people["张三"], "400", date(2026, 2, 1),
                       [(TODAY, "300"), (date(2026, 3, 25), "100")], number="HT-E")
    contract_with_plan(store, c[3], f.people["王五"], "500", date(2026, 2, 1),
                       [(date(2026, 2, 15), "500")], number="HT-B")
    contract_with_plan(store, c[3], f.people["王五"], "300", date(2026, 2, 2),
                       [(date(2026, 3, 1), "300")], number="HT-B2")
    contract_with_plan(store, c[2], f.people["李四"], "200", date(2026, 3, 10),
                       [(date(2026, 3, 17), "200")], number="HT-C")
    PAY.record_payment(store, customer_id=c[0], received_on=date(2026, 2, 10),
                       amount=Decimal("100"), contract_id=None)
    PAY.record_payment(store, customer_id=c[3], received_on=date(2026, 2, 20),
                       amount=Decimal("500"))
    return f


A1 = ("payment_overdue", "客户0 · HT-A instalment 1", "¥200 open · due 2026-01-31",
      date(2026, 1, 31))
A2 = ("payment_due", "客户0 · HT-A instalment 2", "¥700 open · due 2026-03-15",
      date(2026, 3, 15))
E1 = ("payment_due", "客户1 · HT-E instalment 1", "¥300 open · due 2026-03-10", TODAY)
E2 = ("payment_due", "客户1 · HT-E instalment 2", "¥100 open · due 2026-03-25",
      date(2026, 3, 25))
B2 = ("payment_overdue", "客户3 · HT-B2 instalment 1", "¥300 open · due 2026-03-01",
      date(2026, 3, 1))
C1 = ("payment_due", "客户2 · HT-C instalment 1", "¥200 open · due 2026-03-17",
      date(2026, 3, 17))


def _contract(store, number: str) -> str:
    with store.read() as uow:
        return uow.session.scalar(select(Contract.id).where(Contract.number == number))


def _who(r, owner):
    return (r[0], r[1], f"{r[2]} · {owner}", r[3])


CASES = [  # whose, days ahead, expected (kind, title, detail, due)
    (None, 7, [_who(A1, "张三"), _who(B2, "王五"), _who(E1, "张三"), _who(A2, "张三"),
               _who(C1, "李四")]),
    ("张三", 7, [A1, E1, A2]),
    ("东经理", 7, [_who(A1, "张三"), _who(E1, "张三"), _who(A2, "张三"), _who(C1, "李四")]),
    ("王五", 7, [B2]),
    ("李四", 7, [C1]),
    ("赵分析", 7, []),
    ("张三", 0, [A1, E1]),
    ("张三", 15, [A1, E1, A2, E2]),
    ("李四", 6, []),
]


@pytest.mark.parametrize(("whose", "days", "expected"), CASES)
def test_reminders_for_the_owner_and_their_manager(any_store, firm, whose, days, expected):
    if days != PR.DEFAULT_DUE_DAYS:
        PR.set_due_days(any_store, days)
    person = firm.people[whose] if whose else None
    got = PR.payment_reminders(any_store, TODAY, person, lang="en")
    assert [(r.kind, r.title, r.detail, r.due) for r in got] == expected
    assert all(r.item_kind == "contract" for r in got)


def test_in_chinese_each_opens_its_contract_in_its_section(any_store, firm):
    got = PR.payment_reminders(any_store, TODAY, firm.people["东经理"], lang="zh_CN")
    first = got[0]
    assert (first.title, first.detail) == ("客户0 · HT-A 第1期",
                                           "未回款 ¥200 · 应收日 2026-01-31 · 张三")
    assert (first.item_kind, first.item_id) == ("contract", _contract(any_store, "HT-A"))
    assert [section_of(r, TODAY) for r in got] == [SECTION_OVERDUE, SECTION_TODAY,
                                                    SECTION_UPCOMING, SECTION_UPCOMING]


def test_settled_instalments_leave_and_today_gathers_them(any_store, firm):
    PAY.record_payment(any_store, customer_id=firm.customers[0], received_on=TODAY,
                       amount=Decimal("200"))
    assert "services.orders.reminders:payment_reminders" in PROVIDERS
    result = collect_reminders(any_store, TODAY, firm.people["张三"])
    paying = [(r.item_id, r.due) for r in result.reminders if r.kind.startswith("payment_")]
    assert not result.failed
    assert paying == [(_contract(any_store, "HT-E"), TODAY),
                      (_contract(any_store, "HT-A"), date(2026, 3, 15))]


def test_the_days_ahead_are_a_setting_with_undo(any_store):
    assert PR.due_days(any_store) == 7
    op = PR.set_due_days(any_store, "14")
    assert (op.value, PR.due_days(any_store)) == (7, 14)
    op.undo.run(any_store)
    assert PR.due_days(any_store) == 7
    for bad in ("-1", "366", "一周"):
        with pytest.raises(ValidationError):
            PR.set_due_days(any_store, bad)
    assert PR.due_days(any_store) == 7


def test_a_followup_logged_on_a_payment_goes_to_its_customer_with_undo(any_store, firm):
    """Today's 记录跟进 on a payment reminder (its item is the contract) records the collection
    call on the contract's customer, moving their last follow-up; undo takes it back."""
    store = any_store
    reminder = PR.payment_reminders(store, TODAY, firm.people["张三"], lang="zh_CN")[0]
    at = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    op = PR.log_contract_followup(store, reminder.item_id,
                                  {"at": at, "method": "call", "content": "催收第1期"})
    with store.read() as uow:
        f = uow.session.get(FollowUp, op.value)
        assert (f.customer_id, f.content) == (firm.customers[0], "催收第1期")
        last = uow.session.get(Customer, firm.customers[0]).last_followup_at
        assert last is not None and last.replace(tzinfo=UTC) == at
    op.undo.run(store)
    with store.read() as uow:
        assert uow.session.get(FollowUp, op.value).deleted_at is not None
    with pytest.raises(ContractNotFound):  # a contract that is gone
        PR.log_contract_followup(store, "no-such-contract",
                                 {"at": at, "method": "call", "content": "x"})
