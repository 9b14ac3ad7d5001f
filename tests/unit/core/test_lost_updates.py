"""No lost updates: two people edit the same customer or deal; the second save of a field the
first already changed is refused with both values, nothing of it written — on SQLite and on
PostgreSQL, in one process with two stores and across two processes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from services.core.conflicts import ConflictError
from services.customers import edit
from services.customers.queries import load_customer_card
from services.pipeline import deals as pl
from services.setup import open_store

ROOT = Path(__file__).resolve().parents[3]


def _customer(store) -> str:  # noqa: ANN001
    return edit.create_customer(store, edit.NewCustomer(
        name="上海星河贸易", phone="021-5555 0001", email="a@xinghe.cn")).value


def _second(store):  # noqa: ANN001, ANN202
    """Another person's connection to the same database (as a second laptop opens it)."""
    return open_store(_target(store), lock=False, migrate=False)


def _target(store) -> str:  # noqa: ANN001
    return store.url.render_as_string(hide_password=False)


def test_a_field_saved_meanwhile_refuses_the_second_save_with_both_values(any_store):
    cid = _customer(any_store)
    shown = load_customer_card(any_store, cid)  # what my card shows
    other = _second(any_store)
    try:
        edit.update_customer(other, cid, {"phone": "021-6666 0002"}, {"phone": shown.phone})
        with pytest.raises(ConflictError) as refused:
            edit.update_customer(any_store, cid, {"phone": "138 0000 0003"},
                                 {"phone": shown.phone})
    finally:
        other.close()
    (conflict,) = refused.value.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "phone", "138 0000 0003", "021-6666 0002")
    assert refused.value.record == ("customer", cid)
    assert load_customer_card(any_store, cid).phone == "021-6666 0002"  # theirs kept
    # choosing mine: saved again with the stored value as the base
    edit.update_customer(any_store, cid, {"phone": "138 0000 0003"},
                         {"phone": conflict.theirs})
    assert load_customer_card(any_store, cid).phone == "138 0000 0003"


def test_other_fields_and_the_same_value_are_not_conflicts(any_store):
    cid = _customer(any_store)
    shown = load_customer_card(any_store, cid)
    other = _second(any_store)
    try:
        edit.update_customer(other, cid, {"email": "sales@xinghe.cn"}, {"email": shown.email})
        edit.update_customer(other, cid, {"tags": "重点,华东"}, {"tags": shown.tags})
        # my phone edit does not bounce on their email and tags
        edit.update_customer(any_store, cid, {"phone": "021-7777 0004"}, {"phone": shown.phone})
        # both typed the same address: nothing is lost, no question asked
        edit.update_customer(other, cid, {"address": "浦东新区 1 号"}, {"address": None})
        edit.update_customer(any_store, cid, {"address": "浦东新区 1 号"}, {"address": None})
    finally:
        other.close()
    card = load_customer_card(any_store, cid)
    assert (card.phone, card.email, card.tags) == ("021-7777 0004", "sales@xinghe.cn",
                                                   ("重点", "华东"))


def test_undo_after_someone_else_changed_the_field_is_refused(any_store):
    cid = _customer(any_store)
    mine = edit.update_customer(any_store, cid, {"phone": "1"}, {"phone": "021-5555 0001"})
    other = _second(any_store)
    try:
        edit.update_customer(other, cid, {"phone": "2"}, {"phone": "1"})
    finally:
        other.close()
    assert mine.undo is not None
    with pytest.raises(ConflictError):
        mine.undo.run(any_store)
    assert load_customer_card(any_store, cid).phone == "2"


def test_undo_and_redo_of_ones_own_edit_still_work(any_store):
    cid = _customer(any_store)
    op = edit.update_customer(any_store, cid, {"phone": "1"}, {"phone": "021-5555 0001"})
    assert op.undo is not None
    back = op.undo.run(any_store)
    assert load_customer_card(any_store, cid).phone == "021-5555 0001"
    assert back.undo is not None
    back.undo.run(any_store)
    assert load_customer_card(any_store, cid).phone == "1"


def _deal(store) -> str:  # noqa: ANN001
    cid = _customer(store)
    pipeline = pl.list_pipelines(store)[0].id
    return pl.create_deal(store, name="年度框架协议", pipeline_id=pipeline, customer_id=cid,
                          amount=Decimal("120000")).value


def test_a_deal_amount_changed_meanwhile_is_not_overwritten(any_store):
    did = _deal(any_store)
    other = _second(any_store)
    try:
        pl.update_deal(other, did, base={"amount": Decimal("120000")}, amount="15万")
        with pytest.raises(ConflictError) as refused:
            pl.update_deal(any_store, did, base={"amount": Decimal("120000")},
                           amount=Decimal("90000"))
        # a field they did not touch saves
        pl.update_deal(any_store, did, base={"source": None}, source="展会")
    finally:
        other.close()
    (conflict,) = refused.value.conflicts
    assert (conflict.mine, conflict.theirs) == (Decimal("90000"), Decimal("150000"))
    assert refused.value.record == ("deal", did)


CHILD = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, {root!r})
    from services.core.conflicts import ConflictError
    from services.customers import edit
    from services.customers.queries import load_customer_card
    from services.setup import open_store
    store = open_store({url!r}, lock=False, migrate=False)
    shown = load_customer_card(store, {cid!r}).phone   # the card is open...
    print("READY", flush=True)
    sys.stdin.readline()                                 # ...while the other saves
    try:
        edit.update_customer(store, {cid!r}, {{"phone": "from the child"}}, {{"phone": shown}})
        print(json.dumps({{"saved": True}}), flush=True)
    except ConflictError as exc:
        print(json.dumps({{"saved": False, "template": exc.template,
                          "conflicts": [[c.field, c.mine, c.theirs] for c in exc.conflicts]}}),
              flush=True)
    store.close()
""")


def test_two_processes_the_second_save_is_refused_and_shown_the_difference(any_store):
    cid = _customer(any_store)
    code = CHILD.format(root=str(ROOT), url=_target(any_store), cid=cid)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=env, cwd=ROOT)
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "READY", child.stderr.read()
        edit.update_customer(any_store, cid, {"phone": "from the parent"},
                             {"phone": "021-5555 0001"})
        child.stdin.write("go\n")
        child.stdin.flush()
        result = json.loads(child.stdout.readline())
        assert child.wait(timeout=60) == 0
    finally:
        if child.poll() is None:
            child.kill()
    assert result["saved"] is False
    assert result["conflicts"] == [["phone", "from the child", "from the parent"]]
    assert load_customer_card(any_store, cid).phone == "from the parent"


def test_a_target_cell_typed_by_a_colleague_is_not_overwritten_nor_undone_away(any_store):
    from services.targets import cascade as T
    from services.targets import ops
    from services.targets.split import Values
    from tests.unit.target_fixtures import build_firm

    build_firm(any_store)
    plan_id = ops.create_plan_from_org(any_store, 2026, metrics=["signed_amount"]).value
    tree = T.load_tree(any_store, plan_id)
    east = next(n.id for n in tree.nodes if n.name == "华东区")
    q1 = "2026-Q1"
    mine = T.set_values(any_store, east, "signed_amount", q1, Values(800, 1000, 1200),
                        shown=(None,))
    other = _second(any_store)
    try:  # the colleague saw my values and raised them
        T.set_values(other, east, "signed_amount", q1, Values(900, 1100, 1300),
                     shown=(Values(800, 1000, 1200),))
        with pytest.raises(ConflictError) as refused:  # my next edit was typed over mine
            T.set_values(any_store, east, "signed_amount", q1, Values(0, 500, 0),
                         shown=(Values(800, 1000, 1200),))
    finally:
        other.close()
    (conflict,) = refused.value.conflicts
    assert (conflict.mine, conflict.theirs) == (Values(0, 500, 0), Values(900, 1100, 1300))
    assert mine.undo is not None
    with pytest.raises(ConflictError):  # undoing mine would drop theirs
        mine.undo.run(any_store)
    assert T.node_values(any_store, east)[("signed_amount", q1)] == Values(900, 1100, 1300)


def test_a_persons_role_changed_by_a_colleague_is_not_overwritten(any_store):
    from services.org.people_edit import add_person, edit_person
    from services.org.units import add_unit

    company = add_unit(any_store, "帆程公司", "company", None).value
    unit = add_unit(any_store, "华东区", "region", company).value
    pid = add_person(any_store, "张三", unit, role="rep").value
    other = _second(any_store)
    try:
        edit_person(other, pid, {"role": "manager"}, {"role": "rep"})
        with pytest.raises(ConflictError) as refused:
            edit_person(any_store, pid, {"role": "analyst"}, {"role": "rep"})
        edit_person(any_store, pid, {"phone": "139 0000 0000"}, {"phone": None})  # no conflict
    finally:
        other.close()
    (conflict,) = refused.value.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == ("role", "analyst", "manager")
