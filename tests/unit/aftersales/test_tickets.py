"""Service tickets: numbering, status moves with their rules, closing with satisfaction, the
filtered list, the customer's summary, Today's reminders, and exact undo of every write."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from models.aftersales import CustomerFeedback, ServiceTicket
from services.aftersales import feedback as FB
from services.aftersales import queries as Q
from services.aftersales import rules
from services.aftersales import tickets as T
from services.core.errors import ValidationError
from services.orders import contracts as C
from tests.unit.target_fixtures import build_firm

D = date
DUE, OPENED = D(2026, 3, 10), D(2026, 3, 1)


@pytest.fixture
def store(any_store):
    """These tests run on SQLite and on PostgreSQL."""
    return any_store


@pytest.fixture
def firm(store):
    return build_firm(store)


def _ticket(store, firm, title="网关无法联网", *, cust=0, owner="张三", due=DUE,
            opened=OPENED, **kw):
    return T.create_ticket(store, customer_id=firm.customers[cust], title=title,
                           owner_id=firm.people[owner], opened_on=opened, due_on=due,
                           **kw).value


@pytest.mark.parametrize(("current", "new", "allowed"), [
    ("open", "in_progress", True), ("open", "resolved", True), ("open", "closed", True),
    ("in_progress", "open", True), ("in_progress", "resolved", True),
    ("resolved", "closed", True), ("resolved", "in_progress", True),
    ("closed", "in_progress", True), ("closed", "open", False), ("closed", "resolved", False),
    ("resolved", "open", False), ("open", "open", False),
])
def test_status_moves(current, new, allowed):
    assert rules.may_move(current, new) is allowed


@pytest.mark.parametrize(("status", "due", "today", "overdue", "days"), [
    ("open", D(2026, 3, 9), D(2026, 3, 10), True, 1),
    ("in_progress", D(2026, 3, 1), D(2026, 3, 10), True, 9),
    ("open", D(2026, 3, 10), D(2026, 3, 10), False, 0),  # due today is not late yet
    ("resolved", D(2026, 3, 1), D(2026, 3, 10), False, 0),
    ("closed", D(2026, 3, 1), D(2026, 3, 10), False, 0),
    ("open", None, D(2026, 3, 10), False, 0),
])
def test_overdue(status, due, today, overdue, days):
    assert rules.is_overdue(status, due, today) is overdue
    assert rules.days_overdue(status, due, today) == days


@pytest.mark.parametrize(("scores", "average"), [
    ([5, 4], Decimal("4.5")), ([4, 5, 5], Decimal("4.7")), ([1, 2, 2], Decimal("1.7")),
    ([3, None, None], Decimal("3.0")), ([None], None), ([], None),
])
def test_average_satisfaction_counts_given_scores_only(scores, average):
    assert rules.average_satisfaction(scores) == average


def test_numbers_count_per_year_of_opening(store, firm):
    a = _ticket(store, firm, opened=D(2026, 3, 1))
    b = _ticket(store, firm, opened=D(2026, 4, 1), due=None)
    c = _ticket(store, firm, opened=D(2027, 1, 2), due=None)
    numbers = [Q.get_ticket(store, i).number for i in (a, b, c)]
    assert numbers == ["GD-2026-0001", "GD-2026-0002", "GD-2027-0001"]
    T.discard_ticket(store, b)  # an undone creation keeps its number for the redo
    assert Q.get_ticket(store, _ticket(store, firm)).number == "GD-2026-0003"


def test_the_way_through_to_closed_with_satisfaction(store, firm):
    tid = _ticket(store, firm, type="install", priority="high")
    T.set_status(store, tid, "in_progress", on=D(2026, 3, 2))
    with pytest.raises(ValidationError) as exc:
        T.set_status(store, tid, "resolved", on=D(2026, 3, 3))
    assert exc.value.template == "Say how the ticket was resolved first."
    T.set_status(store, tid, "resolved", on=D(2026, 3, 4), resolution="重新配置网关")
    T.close_ticket(store, tid, satisfaction=4, on=D(2026, 3, 6))
    t = Q.get_ticket(store, tid)
    assert (t.status, t.resolution, t.resolved_on, t.closed_on, t.satisfaction) == (
        "closed", "重新配置网关", D(2026, 3, 4), D(2026, 3, 6), 4)
    T.set_status(store, tid, "in_progress", on=D(2026, 3, 8))  # reopened: closing cleared
    t = Q.get_ticket(store, tid)
    assert (t.status, t.resolved_on, t.closed_on, t.satisfaction) == (
        "in_progress", None, None, None)


@pytest.mark.parametrize("score", [0, 6, 3])
def test_satisfaction_is_1_to_5_and_only_at_closing(store, firm, score):
    tid = _ticket(store, firm)
    with pytest.raises(ValidationError):
        if score == 3:  # a valid score, but not when resolving
            T.set_status(store, tid, "resolved", resolution="ok", satisfaction=score)
        else:
            T.close_ticket(store, tid, satisfaction=score, resolution="ok")


def test_refusals(store, firm):
    tid = _ticket(store, firm)
    with pytest.raises(ValidationError):
        T.create_ticket(store, customer_id=firm.customers[0], title="  ")
    with pytest.raises(ValidationError):
        T.update_ticket(store, tid, due_on=D(2026, 2, 1))  # before it was opened
    with pytest.raises(ValidationError):
        T.update_ticket(store, tid, type="painting")
    T.close_ticket(store, tid, satisfaction=None, resolution="客户撤回")
    with pytest.raises(ValidationError):
        T.set_status(store, tid, "resolved")
    other = C.create_contract(store, customer_id=firm.customers[1], amount="100",
                              sign_date=D(2026, 1, 1)).value
    with pytest.raises(ValidationError) as exc:
        T.update_ticket(store, tid, contract_id=other)
    assert exc.value.template == "That contract is another customer's."


def test_list_filters_by_status_owner_and_overdue(store, firm):
    late = _ticket(store, firm, "逾期", due=D(2026, 3, 5))
    soon = _ticket(store, firm, "下周", owner="李四", due=D(2026, 3, 20))
    done = _ticket(store, firm, "已办", due=D(2026, 3, 2))
    T.close_ticket(store, done, satisfaction=5, resolution="ok", on=D(2026, 3, 3))
    today = D(2026, 3, 10)

    def ids(**kw):
        return [t.id for t in Q.list_tickets(store, Q.TicketFilter(**kw), today)]

    assert ids() == [late, soon, done]  # open by due date, then the rest
    assert ids(overdue_only=True) == [late]
    assert ids(owner_id=firm.people["李四"]) == [soon]
    assert ids(statuses=frozenset({"closed"})) == [done]
    assert [t.overdue(today) for t in Q.list_tickets(store, today=today)] == [
        True, False, False]


def test_customer_summary_and_reminders(store, firm):
    a = _ticket(store, firm, "一", due=D(2026, 3, 5))
    b = _ticket(store, firm, "二", due=D(2026, 3, 10), priority="urgent")
    c = _ticket(store, firm, "三", owner="李四", due=D(2026, 3, 1))
    for tid, score in ((a, 5), (c, 4)):
        T.close_ticket(store, tid, satisfaction=score, resolution="ok", on=D(2026, 3, 6))
    _ticket(store, firm, "别家", cust=1, owner="王五", due=D(2026, 3, 1))
    summary = Q.customer_service(store, firm.customers[0])
    assert [t.title for t in summary.tickets] == ["三", "二", "一"]  # newest first
    assert (summary.open_count, summary.average_satisfaction, summary.scored) == (
        1, Decimal("4.5"), 2)
    reminders = Q.ticket_reminders(store, D(2026, 3, 12), firm.people["张三"], lang="zh_CN")
    assert [(r.item_id, r.due, r.detail) for r in reminders] == [
        (b, D(2026, 3, 10), "客户0 · 紧急")]
    assert Q.ticket_reminders(store, D(2026, 3, 10), firm.people["张三"], lang="en")[0] \
        .detail == "客户0 · urgent"
    assert len(Q.ticket_reminders(store, D(2026, 3, 12), None)) == 2  # everyone's


def _live(store):
    out = {}
    with store.read() as uow:
        for model in (ServiceTicket, CustomerFeedback):
            cols = [c.key for c in model.__table__.columns if c.key != "updated_at"]
            for row in uow.session.scalars(select(model).where(model.deleted_at.is_(None))):
                out[row.id] = tuple(getattr(row, k) for k in cols)
    return out


WRITES = {
    "create": lambda s, f, tid: T.create_ticket(s, customer_id=f.customers[2], title="咨询价格",
                                                type="inquiry"),
    "edit": lambda s, f, tid: T.update_ticket(s, tid, title="网关掉线", priority="urgent",
                                              owner_id=f.people["李四"], due_on=None),
    "start": lambda s, f, tid: T.set_status(s, tid, "in_progress", on=D(2026, 3, 2)),
    "close": lambda s, f, tid: T.close_ticket(s, tid, satisfaction=3, resolution="更换",
                                              on=D(2026, 3, 4)),
    "feedback": lambda s, f, tid: FB.add_feedback(s, customer_id=f.customers[0],
                                                  content="响应很快", ticket_id=tid),
}


@pytest.mark.parametrize("name", list(WRITES))
def test_undo_is_exact_and_redo_brings_the_same_ids(store, firm, name):
    tid = _ticket(store, firm)
    before = _live(store)
    op = WRITES[name](store, firm, tid)
    after = _live(store)
    assert after != before and op.changes
    redo = op.undo.run(store)
    assert _live(store) == before
    again = redo.undo.run(store)
    assert _live(store) == after
    again.undo.run(store)
    assert _live(store) == before
