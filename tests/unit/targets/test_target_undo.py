"""Every target write returns an Op whose undo puts the database back exactly and whose redo
brings the action back exactly (SQLite, PostgreSQL); its Changes name what it wrote.

Compared: every live row of the target tables and the settings, ``updated_at`` left out (undo
writes the old values back as a new change). A soft-deleted row counts as absent: a creation is
undone by soft-deleting the same id, which a redo restores.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from services.core.changes import Op
from services.core.store import Store
from services.targets import cascade as T
from services.targets import lifecycle as L
from services.targets import nodes as tn
from services.targets import ops
from services.targets.split import Values
from tests.unit.target_fixtures import Firm, build_firm

M, Y = "signed_amount", "2026"
TABLES = ("target_plans", "target_nodes", "target_values", "target_value_versions",
          "target_adjustments", "target_acknowledgements", "app_settings")


def dump(store: Store) -> dict[str, dict[str, dict[str, Any]]]:
    """Every live row of the target tables (and settings), ``updated_at`` left out."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with store.read() as uow:
        for table in TABLES:
            rows: dict[str, dict[str, Any]] = {}
            for row in uow.session.execute(text(f"SELECT * FROM {table}")).mappings():
                record = {k: v for k, v in row.items() if k != "updated_at"}
                if record.get("deleted_at") is None:
                    rows[str(record.get("id", record.get("key")))] = record
            out[table] = rows
    return out


Ctx = tuple[Firm, str, dict[str, str]]


def _values(store: Store, c: Ctx) -> None:
    _firm, _plan, ids = c
    T.set_values(store, ids["华东区"], M, Y, Values(0, 900_000, 0))
    T.set_values(store, ids["张三"], M, Y, Values(0, 300_000, 0))


def _published(store: Store, c: Ctx) -> None:
    _values(store, c)
    L.publish_plan(store, c[1], by=c[0].people["周总监"])


def _requested(store: Store, c: Ctx) -> None:
    _published(store, c)
    L.request_adjustment(store, c[2]["张三"], M, Y, Values(0, 200_000, 0), "大客户流失",
                         by=c[0].people["张三"])


def _pending(store: Store, c: Ctx) -> str:
    return L.list_adjustments(store, c[1], "pending")[0].id


ACTIONS: dict[str, tuple[Callable[[Store, Ctx], None] | None,
                         Callable[[Store, Ctx], Op[Any]], str]] = {
    # name: (prepare, action, a kind its Changes must name)
    "set value": (None, lambda s, c: T.set_values(s, c[2]["张三"], M, Y, Values(1, 2, 3),
                                                  by=c[0].people["周总监"]), "target_values"),
    "clear value": (_values, lambda s, c: T.set_values(s, c[2]["张三"], M, Y, None),
                    "target_values"),
    "create plan": (None, lambda s, c: T.create_plan(s, 2027, "2027年度目标"), "target_plans"),
    "plan from org": (None, lambda s, c: ops.create_plan_from_org(s, 2027), "target_nodes"),
    "add node": (None, lambda s, c: tn.add_node(s, c[1], c[2]["华东区"], "上海组"),
                 "target_nodes"),
    "remove node": (_values, lambda s, c: tn.remove_node(s, c[2]["华东区"]), "target_nodes"),
    "move node": (None, lambda s, c: tn.move_node(s, c[2]["王五"], c[2]["华东区"]),
                  "target_nodes"),
    "rename node": (None, lambda s, c: tn.rename_node(s, c[2]["华南区"], "华南大区"),
                    "target_nodes"),
    "set split": (None, lambda s, c: tn.set_split(s, c[2]["张三"], "weights", 1250),
                  "target_nodes"),
    "split node": (_values, lambda s, c: ops.split_node(s, c[2]["华东区"], M, Y, rule="even"),
                   "target_value_versions"),
    "split period": (_values, lambda s, c: ops.split_period(s, c[2]["华东区"], M, Y),
                     "target_values"),
    "distribute gap": (_values, lambda s, c: ops.distribute_gap(s, c[2]["华东区"], M, Y,
                                                                rule="even"), "target_values"),
    "accept roll-up": (_values, lambda s, c: ops.accept_rollup(s, c[2]["华东区"], M, Y),
                       "target_values"),
    "capacity loads": (None, lambda s, c: ops.set_capacity_loads(s, {"novice": "0.5"}),
                       "app_settings"),
    "publish": (_values, lambda s, c: L.publish_plan(s, c[1], by=c[0].people["周总监"]),
                "target_plans"),
    "unpublish": (_published, lambda s, c: L.unpublish_plan(s, c[1]), "target_plans"),
    "acknowledge": (_published, lambda s, c: L.acknowledge(s, c[2]["张三"], c[0].people["张三"]),
                    "target_acknowledgements"),
    "request adjustment": (_published, lambda s, c: L.request_adjustment(
        s, c[2]["张三"], M, Y, Values(0, 200_000, 0), "大客户流失", by=c[0].people["张三"]),
        "target_adjustments"),
    "approve": (_requested, lambda s, c: L.approve_adjustment(
        s, _pending(s, c), by=c[0].people["东经理"], note="同意"), "target_values"),
    "reject": (_requested, lambda s, c: L.reject_adjustment(
        s, _pending(s, c), by=c[0].people["东经理"]), "target_adjustments"),
}


@pytest.mark.parametrize("name", list(ACTIONS))
def test_undo_and_redo_are_exact(any_store, name):
    prepare, action, kind = ACTIONS[name]
    firm = build_firm(any_store)
    plan_id = ops.create_plan_from_org(any_store, 2026).value
    c = (firm, plan_id, {n.name: n.id for n in T.load_tree(any_store, plan_id).nodes})
    if prepare is not None:
        prepare(any_store, c)
    before = dump(any_store)
    op = action(any_store, c)
    after = dump(any_store)
    assert after != before and op.changes.touches(kind) and op.undo is not None
    redo = op.undo.run(any_store)
    assert dump(any_store) == before
    assert redo.changes.touches(kind) and redo.undo is not None
    again = redo.undo.run(any_store)
    assert dump(any_store) == after
    assert again.undo is not None  # and round again
    again.undo.run(any_store)
    assert dump(any_store) == before


def test_an_undo_the_data_no_longer_allows_is_refused(any_store):
    firm = build_firm(any_store)
    plan_id = ops.create_plan_from_org(any_store, 2026).value
    ids = {n.name: n.id for n in T.load_tree(any_store, plan_id).nodes}
    publish = L.publish_plan(any_store, plan_id, by=firm.people["周总监"])
    L.acknowledge(any_store, ids["张三"], firm.people["张三"])
    assert publish.undo is not None
    with pytest.raises(T.TargetError, match="stays published"):
        publish.undo.run(any_store)
    request = L.request_adjustment(any_store, ids["张三"], M, Y, Values(0, 1, 0), "x",
                                   by=firm.people["张三"])
    L.reject_adjustment(any_store, request.value, by=firm.people["东经理"])
    assert request.undo is not None
    with pytest.raises(T.TargetError, match="already rejected"):
        request.undo.run(any_store)
