"""Changes are recorded by the writing unit of work itself, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import bindparam, delete, insert, select, update

from models import AppSetting, Customer, CustomerEvent, OrgUnit
from models.base import new_id, utcnow
from services.core.changes import ChangeRecorder, Changes, Op, call


def _customer(store, name: str = "华东机械") -> str:
    with store.write() as uow:
        c = Customer(name=name, name_norm=name)
        uow.session.add(c)
        uow.session.flush()
        cid = c.id
        uow.commit()
    return cid


def test_orm_insert_update_soft_delete_and_restore_are_recorded(any_store):
    with any_store.write() as uow:
        c = Customer(name="甲", name_norm="甲")
        uow.session.add(c)
        uow.session.flush()
        cid = c.id
        uow.commit()
        created = uow.changes
    assert created.of("customers").created == {cid}
    assert created.ids("customers") == {cid}

    with any_store.write() as uow:
        row = uow.session.get(Customer, cid)
        row.notes = "老客户"
        uow.commit()
        assert uow.changes.of("customers").updated == {cid}
        assert uow.changes.fields("customers") == {"notes"}  # updated_at is bookkeeping

    with any_store.write() as uow:
        uow.session.get(Customer, cid).deleted_at = utcnow()
        uow.commit()
        assert uow.changes.of("customers").deleted == {cid}
        assert not uow.changes.of("customers").updated

    with any_store.write() as uow:
        uow.session.get(Customer, cid).deleted_at = None
        uow.commit()
        assert uow.changes.of("customers").created == {cid}


def test_core_statements_executemany_and_literal_ids(any_store):
    a, b = _customer(any_store, "甲"), _customer(any_store, "乙")
    with any_store.write() as uow:
        conn = uow.session.connection()
        stmt = (update(Customer.__table__).where(Customer.__table__.c.id == bindparam("b_id"))
                .values(tier=bindparam("b_tier")))
        conn.execute(stmt, [{"b_id": a, "b_tier": "A"}, {"b_id": b, "b_tier": "B"}])
        uow.session.execute(delete(CustomerEvent).where(CustomerEvent.id.in_(["x1", "x2"])))
        uow.session.execute(update(Customer).where(Customer.id == a).values(notes="n"))
        uow.commit()
    ch = uow.changes
    assert ch.of("customers").updated == {a, b}
    assert ch.fields("customers") == {"tier", "notes"}
    assert ch.of("customer_events").deleted == {"x1", "x2"}


def test_update_not_by_id_marks_the_kind_unknown(any_store):
    _customer(any_store)
    with any_store.write() as uow:
        uow.session.execute(update(Customer).where(Customer.industry.is_(None))
                            .values(industry="机械"))
        uow.commit()
    assert uow.changes.touches("customers")
    assert uow.changes.ids("customers") is None  # views must reload every customer


def test_orm_bulk_insert_and_settings_keyed_by_their_primary_key(any_store):
    ids = [new_id(), new_id()]
    with any_store.write() as uow:
        uow.session.execute(insert(OrgUnit), [{"id": i, "name": i[:6], "kind": "team"}
                                              for i in ids])
        uow.session.merge(AppSetting(key="ui.example", value="1"))
        uow.commit()
    assert uow.changes.of("org_units").created == set(ids)
    assert uow.changes.ids("app_settings") == {"ui.example"}


def test_plain_driver_sql_by_id_is_recorded(store):
    a = _customer(store)
    with store.write() as uow:
        uow.session.connection().exec_driver_sql(
            "UPDATE customers SET tier = ? WHERE id = ?", [("A", a)])
        uow.commit()
    assert uow.changes.of("customers").updated == {a}
    assert uow.changes.fields("customers") == {"tier"}


def test_rolled_back_work_is_not_reported_and_commits_accumulate(store):
    with store.write() as uow:
        uow.session.add(Customer(name="丙", name_norm="丙"))
        uow.session.flush()
        uow.rollback()
        c = Customer(name="丁", name_norm="丁")
        uow.session.add(c)
        uow.session.flush()
        ids = {c.id}
        uow.commit()
        d = Customer(name="戊", name_norm="戊")
        uow.session.add(d)
        uow.session.flush()
        ids.add(d.id)
        uow.commit()
    assert uow.changes.of("customers").created == ids
    with store.write() as uow:
        uow.session.add(Customer(name="己", name_norm="己"))
        uow.session.flush()  # left without commit: rolled back
    assert not uow.changes
    with store.read() as reader:
        assert reader.session.scalar(select(Customer.id).where(Customer.name == "己")) is None


def test_derived_rule_runs_in_the_same_transaction(store):
    seen: list[set[str]] = []

    def rule(session, rec: ChangeRecorder) -> None:
        seen.append(rec.kinds_touched())
        if "customers" in rec.kinds_touched():
            session.add(OrgUnit(name="由规则写入", kind="team"))
            rec.fact("example.fact", ["x"])

    store.rules.append(rule)
    _customer(store)
    with store.write() as uow:
        uow.session.add(Customer(name="庚", name_norm="庚"))
        uow.commit()
    assert {"customers"} <= seen[-1]
    assert uow.changes.touches("org_units")  # the rule's own write is part of the result
    assert uow.changes.fact("example.fact") == {"x"}

    def failing(session, rec: ChangeRecorder) -> None:
        raise RuntimeError("rule failed")

    store.rules[:] = [failing]
    with pytest.raises(RuntimeError), store.write() as uow:
        uow.session.add(Customer(name="辛", name_norm="辛"))
        uow.commit()
    with store.read() as reader:  # the writer's own row went with the failed rule
        assert reader.session.scalar(select(Customer.id).where(Customer.name == "辛")) is None


def test_changes_merge_and_query_helpers():
    a = ChangeRecorder()
    a.created("deals", ["d1"])
    a.updated("deals", ["d2"], ["stage_id"])
    b = ChangeRecorder()
    b.deleted("deals", ["d1"])
    b.updated("customers", None, ["tier"])
    merged = Changes.merge([a.changes(), b.changes()])
    assert merged.of("deals").deleted == {"d1"} and not merged.of("deals").created
    assert merged.only_fields("deals", {"stage_id"}) is False  # d1 was deleted
    assert merged.ids("customers") is None
    assert merged.touches("customers") and not merged.touches("stages")
    assert Changes.all().touches("anything") and not Changes()
    assert "deals" in merged.summary()


def _rename(store, unit_id: str, name: str) -> Op[str]:
    with store.write() as uow:
        row = uow.session.get(OrgUnit, unit_id)
        old, row.name = row.name, name
        uow.commit()
    return uow.op(old, call(_rename, unit_id, old))


def test_op_undo_is_a_call_that_returns_the_redo(store):
    with store.write() as uow:
        unit = OrgUnit(name="旧", kind="team")
        uow.session.add(unit)
        uow.session.flush()
        uid = unit.id
        uow.commit()
    op = _rename(store, uid, "新")
    assert op.value == "旧" and op.changes.of("org_units").updated == {uid}
    back = op.undo.run(store)
    assert back.value == "新"
    with store.read() as r:
        assert r.session.get(OrgUnit, uid).name == "旧"
    back.undo.run(store)
    with store.read() as r:
        assert r.session.get(OrgUnit, uid).name == "新"
