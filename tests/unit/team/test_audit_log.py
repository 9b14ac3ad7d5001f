"""Reading the audit trail: by record, person, table and field, dates, pages; readable values."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select, text, update

from models.audit import AuditEntry
from models.org import Person
from models.pipeline import Deal, Stage
from services.core.store import Store
from services.team.audit import AuditFilter, act_as, audit_choices, audit_log, record_history
from tests.unit.store_helpers import populate
from tests.unit.team.audit_fixtures import switch_to_team


def _firm(store: Store) -> tuple[list[str], str, str, str]:
    """Three deals; 王芳 changes two amounts, 李雷 moves one deal to a new stage."""
    populate(store, customers=3)
    switch_to_team(store)
    with store.write() as uow:
        s = uow.session
        deals = list(s.scalars(select(Deal.id).order_by(Deal.name)))
        wang = s.scalar(select(Person.id).where(Person.name == "王芳"))
        li = Person(name="李雷", role="manager", capacity_tier="senior",
                    unit_id=s.scalar(select(Person.unit_id)), active_from=date(2024, 1, 1))
        stage = Stage(pipeline_id=s.scalar(select(Stage.pipeline_id)), name="方案报价",
                      kind="open", probability=40)
        s.add_all([li, stage])
        uow.commit()
        assert wang is not None
        return deals, wang, li.id, stage.id


def test_the_log_filters_by_record_person_field_and_date_newest_first(store: Store):
    deals, wang, li, stage = _firm(store)
    act_as(store, wang)
    for deal, amount in ((deals[0], "1500.00"), (deals[1], "2600.50")):
        with store.write() as uow:
            uow.session.execute(update(Deal).where(Deal.id == deal)
                                .values(amount=Decimal(amount)))
            uow.commit()
    act_as(store, li)
    with store.write() as uow:
        uow.session.execute(update(Deal).where(Deal.id == deals[2]).values(stage_id=stage))
        uow.commit()

    updates = audit_log(store, AuditFilter(table="deals", field="amount"))
    assert updates.total == 2
    newest = updates.rows[0]
    assert (newest.actor, newest.record, newest.old.value, newest.new.value) == (
        "王芳", "商机1", Decimal("0.01") * 105, Decimal("2600.50"))
    assert newest.new.kind == "money"

    by_li = audit_log(store, AuditFilter(actor_id=li))
    assert [(r.field, r.old.value, r.new.value) for r in by_li.rows] == [
        ("stage_id", "初步接触", "方案报价")]
    assert [r.record for r in audit_log(store, AuditFilter(record_ids=(deals[0],)),
                                        ).rows if r.action == "update"] == ["商机0"]
    today = datetime.now(UTC).astimezone().date()
    assert audit_log(store, AuditFilter(since=today, until=today, actor_id=wang)).total == 2
    assert audit_log(store, AuditFilter(until=today - timedelta(days=1))).total == 0
    people = dict(audit_choices(store).people)
    assert people[wang] == "王芳" and people[li] == "李雷"


def test_pages_cover_the_whole_log_once(store: Store):
    deals, wang, _li, _stage = _firm(store)
    act_as(store, wang)
    for i in range(1, 8):
        with store.write() as uow:
            uow.session.execute(update(Deal).where(Deal.id == deals[0])
                                .values(amount=Decimal(i)))
            uow.commit()
    flt = AuditFilter(field="amount", record_ids=(deals[0],))
    first, second = audit_log(store, flt, limit=5), audit_log(store, flt, offset=5, limit=5)
    assert first.total == second.total == 7
    ids = [r.id for r in first.rows + second.rows]
    assert len(ids) == len(set(ids)) == 7 and ids == sorted(ids, reverse=True)
    assert first.rows[0].new.value == Decimal(7)


def test_a_customers_history_holds_its_deals_and_a_soft_delete(store: Store):
    deals, wang, _li, _stage = _firm(store)
    act_as(store, wang)
    with store.read() as uow:
        customer = uow.session.scalar(select(Deal.customer_id).where(Deal.id == deals[0]))
    assert customer is not None
    with store.write() as uow:
        uow.session.execute(update(Deal).where(Deal.id == deals[0])
                            .values(expected_close=date(2026, 9, 1)))
        uow.session.execute(text("UPDATE customers SET in_pool = 1, deleted_at = created_at "
                                 "WHERE id = :i"), {"i": customer})
        uow.commit()
    history = record_history(store, "customers", customer)
    fields = {(r.table, r.field): r for r in history}
    assert fields[("deals", "expected_close")].new.value == date(2026, 9, 1)
    assert fields[("customers", "in_pool")].new.value is True
    assert fields[("customers", "deleted_at")].new.kind == "time"
    with store.read() as uow:
        assert uow.session.scalar(select(AuditEntry.id).where(
            AuditEntry.record_id == deals[1], AuditEntry.action == "update")) is None
