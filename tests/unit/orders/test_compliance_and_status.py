"""Contract compliance (a draft is signed once its required terms are ticked, or an approver
overrides with a reason, kept) and order status (待交付 → 已交付 → 已验收 → 已完成, 已取消 with a
reason); every write undone exactly.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import Person
from models.orders import Contract
from services.core.errors import ValidationError
from services.orders import compliance as CO
from services.orders import contracts as C
from services.orders import overview as OV
from services.orders import plans as PL
from services.orders import receivables as R
from services.orders import status as ST
from tests.unit.orders.orders_fixtures import build_firm

D = Decimal
ALL = ("payment", "delivery", "acceptance", "invoice", "liability")


@pytest.fixture
def firm(store):
    f = build_firm(store)
    with store.write() as uow:  # 张三's manager is 李四 (a rep)
        uow.session.get(Person, f.people["张三"]).manager_id = f.people["李四"]
        uow.commit()
    return f


def draft(store, firm) -> str:
    return C.create_contract(store, customer_id=firm.customers[0], owner_id=firm.people["张三"],
                             amount="1000", sign_date=date(2026, 3, 1), draft=True).value


def row(store, cid: str) -> dict:
    with store.read() as uow:
        c = uow.session.get(Contract, cid)
        return {col.key: getattr(c, col.key) for col in Contract.__table__.columns
                if col.key != "updated_at"}


def test_the_default_terms_and_an_existing_contract_stays_signed(store, firm):
    assert [t.name for t in CO.required_terms(store)] == ["付款条款", "交付条款", "验收条款",
                                                         "发票类型", "违约责任"]
    cid = C.create_contract(store, customer_id=firm.customers[0], amount="10",
                            sign_date=date(2026, 1, 1)).value
    state = CO.compliance(store, cid)
    assert state.status == "signed" and state.missing == tuple(
        t.name for t in CO.required_terms(store))


# ticked, who signs, reason → refusal (a piece of its text) or the override kept
SIGNING = [
    (ALL, None, None, None),
    (ALL[:4], None, None, "违约责任 not ticked"),
    (ALL[:3], "张三", "客户急需", "张三 may not sign over"),  # a rep, not their own manager
    (ALL[:3], "赵分析", "客户急需", "赵分析 may not sign over"),  # an analyst
    (ALL[:3], None, "客户急需", "Say who approves"),
    (ALL[:3], "东经理", "客户急需", ("发票类型", "违约责任")),  # a manager
    (ALL[:3], "李四", "老客户，先签后补", ("发票类型", "违约责任")),  # the owner's manager
    ((), "老板", "年底冲量", ("付款条款", "交付条款", "验收条款", "发票类型", "违约责任")),
    (ALL[:4], "东经理", "   ", "违约责任 not ticked"),  # a blank reason is no reason
]


@pytest.mark.parametrize("ticked, by, reason, expect", SIGNING)
def test_signing_a_draft(store, firm, ticked, by, reason, expect):
    cid = draft(store, firm)
    if ticked:
        CO.set_terms_checked(store, cid, ticked, True)
    assert R.receivables(store, date(2026, 12, 31), customer_id=firm.customers[0]).total == 0
    by_id = firm.people[by] if by else None
    if isinstance(expect, str):
        with pytest.raises(ValidationError) as caught:
            CO.sign_contract(store, cid, by=by_id, override_reason=reason)
        assert expect in str(caught.value)
        assert CO.compliance(store, cid).draft
        return
    before = row(store, cid)
    op = CO.sign_contract(store, cid, by=by_id, override_reason=reason,
                          sign_date=date(2026, 3, 2))
    state = CO.compliance(store, cid)
    assert state.status == "signed"
    assert row(store, cid)["sign_date"] == date(2026, 3, 2)
    if expect is None:
        assert state.override is None
    else:
        assert (state.override.by_name, state.override.reason, state.override.missing) == (
            by, reason, expect)
        assert state.override.at is not None
    with pytest.raises(ValidationError, match="already signed"):
        CO.sign_contract(store, cid)
    redo = op.undo.run(store)
    assert row(store, cid) == before
    redo.undo.run(store)
    assert CO.compliance(store, cid).status == "signed"


def test_ticks_survive_a_renamed_term_and_the_list_is_undone(store, firm):
    cid = draft(store, firm)
    op = CO.set_terms_checked(store, cid, ["invoice"], True)
    terms = list(CO.required_terms(store))
    renamed = [CO.RequiredTerm(t.id, "发票类型（专票）") if t.id == "invoice" else t
               for t in terms[:4]] + ["保密条款"]
    edit = CO.set_required_terms(store, renamed)
    items = {i.name: i.checked for i in CO.compliance(store, cid).items}
    assert items == {"付款条款": False, "交付条款": False, "验收条款": False,
                     "发票类型（专票）": True, "保密条款": False}
    edit.undo.run(store)
    assert CO.required_terms(store) == tuple(terms)
    op.undo.run(store)
    assert CO.compliance(store, cid).missing == tuple(t.name for t in terms)


@pytest.mark.parametrize("names, refusal", [
    (["付款条款", "付款条款 "], "listed twice"), (["  "], "needs a name"),
    (["条" * 51], "at most 50")])
def test_a_bad_term_list_is_refused(store, firm, names, refusal):
    with pytest.raises(ValidationError, match=refusal):
        CO.set_required_terms(store, names)


def test_the_order_moves_forward_and_records_its_dates(store, firm):
    cid = draft(store, firm)
    with pytest.raises(ValidationError, match="Sign the contract"):
        ST.advance_order(store, cid, "delivered", on=date(2026, 3, 5))
    CO.set_terms_checked(store, cid, ALL, True)
    CO.sign_contract(store, cid)
    assert ST.order_state(store, cid).next_steps == ("delivered", "accepted", "done")
    with pytest.raises(ValidationError, match="before the order's previous step \\(2026-03-01"):
        ST.advance_order(store, cid, "delivered", on=date(2026, 2, 28))
    before = row(store, cid)
    op = ST.advance_order(store, cid, "delivered", on=date(2026, 3, 10))
    assert ST.delivery_date(store, cid) == date(2026, 3, 10)
    # a plan "due 30 days after delivery" counts from it
    lines = PL.plan_from_template(D("1000"), ST.delivery_date(store, cid),
                                  PL.template_by_key("100"))
    assert lines[0].due_date == date(2026, 4, 9)
    done = ST.advance_order(store, cid, "done", on=date(2026, 4, 1))  # accepted skipped: same day
    state = ST.order_state(store, cid)
    assert (state.order_status, state.accepted_on, state.completed_on) == (
        "done", date(2026, 4, 1), date(2026, 4, 1))
    with pytest.raises(ValidationError, match="already past"):
        ST.advance_order(store, cid, "accepted")
    with pytest.raises(ValidationError, match="done; it cannot be cancelled"):
        ST.cancel_order(store, cid, "不要了")
    # undo the step to done, then the delivery: back exactly
    done.undo.run(store)
    assert ST.order_state(store, cid).order_status == "delivered"
    redo = op.undo.run(store)
    assert row(store, cid) == before
    redo.undo.run(store)
    assert ST.order_state(store, cid).delivered_on == date(2026, 3, 10)


def test_a_cancelled_order_keeps_its_reason_and_leaves_receivables_from_that_day(store, firm):
    cid = C.create_contract(store, customer_id=firm.customers[0], amount="1000",
                            sign_date=date(2026, 1, 1)).value
    PL.set_payment_plan(store, cid, [PL.PlanLine(date(2026, 2, 1), percent=D(100))])
    with pytest.raises(ValidationError, match="Say why"):
        ST.cancel_order(store, cid, "  ")
    before = row(store, cid)
    op = ST.cancel_order(store, cid, "客户项目取消", on=date(2026, 3, 1))
    state = ST.order_state(store, cid)
    assert (state.order_status, state.contract_status, state.cancel_reason) == (
        "cancelled", "cancelled", "客户项目取消")
    assert R.receivables(store, date(2026, 2, 28)).total == D("1000.00")
    assert R.receivables(store, date(2026, 3, 1)).total == D("0.00")
    assert [c.number for c in C.list_contracts(store)]  # never deleted
    with pytest.raises(ValidationError, match="is cancelled"):
        ST.advance_order(store, cid, "delivered")
    op.undo.run(store)
    assert row(store, cid) == before
    assert R.receivables(store, date(2026, 3, 1)).total == D("1000.00")


def test_a_cancelled_draft_stays_a_draft_and_cannot_be_signed(store, firm):
    cid = draft(store, firm)
    ST.cancel_order(store, cid, "报价未获批")
    assert ST.order_state(store, cid).contract_status == "draft"
    CO.set_terms_checked(store, cid, ALL, True)
    with pytest.raises(ValidationError, match="cancelled; it cannot be signed"):
        CO.sign_contract(store, cid)


def test_unknown_steps_and_terms_are_refused(store, firm):
    cid = draft(store, firm)
    with pytest.raises(ValidationError, match="not an order step"):
        ST.advance_order(store, cid, "shipped")
    with pytest.raises(ValidationError, match="required term does not exist"):
        CO.set_terms_checked(store, cid, ["nope"], True)
    with store.read() as uow:
        assert uow.session.scalar(select(Contract.terms_checked).where(Contract.id == cid)) \
            is None


def test_a_draft_past_its_first_due_date_is_not_overdue(store, firm):
    cid = draft(store, firm)
    PL.set_payment_plan(store, cid, [PL.PlanLine(date(2026, 3, 1), percent=D(100))])
    row = OV.contract_rows(store, date(2026, 4, 1), contract_id=cid)[0]
    assert (row.status, row.overdue, row.open_amount) == ("draft", D("0.00"), D("1000.00"))
    CO.set_terms_checked(store, cid, ALL, True)
    CO.sign_contract(store, cid)
    assert OV.contract_rows(store, date(2026, 4, 1), contract_id=cid)[0].overdue == D("1000.00")
