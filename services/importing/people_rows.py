"""Importing people and their org units: the rows to insert and the updates (commit side).

Called by :class:`services.importing.records.ChangeBuilder` for a people import (see
:mod:`services.importing.people_plan` for matching and resolving). Units named by a path are
created parents first; people are inserted managers first, so every row's references hold
when it is inserted (and a redo inserts them in the same order).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from models.base import new_id
from models.enums import CapacityTier, Role, UnitKind
from services.importing.lookups import name_key
from services.importing.people_plan import unit_kind

if TYPE_CHECKING:
    from services.importing.plan import PlanRow
    from services.importing.records import ChangeBuilder

#: Values a row updates on an existing person when its cell is not empty.
PERSON_FIELDS = ("phone", "email", "role", "capacity_tier", "active_from", "active_to")


def _base(b: ChangeBuilder) -> dict[str, Any]:
    return {"id": new_id(), "created_at": b.now, "updated_at": b.now, "deleted_at": None}


def _root(b: ChangeBuilder) -> str:
    lk = b.plan.lookups
    if lk.company is not None:
        return lk.company[0]
    made = b.units_made.get(())
    if made is None:
        made = str(b.out.add("org_units", {**_base(b), "name": "公司",
                                           "kind": UnitKind.COMPANY.value, "parent_id": None,
                                           "sort_order": 0, "closed_on": None})["id"])
        b.units_made[()] = made
    return made


def unit_for(b: ChangeBuilder, path: tuple[str, ...]) -> str:
    """The unit of ``path`` under the company, creating the missing ones."""
    lk = b.plan.lookups
    parent = _root(b)
    keys: tuple[str, ...] = ()
    for depth, name in enumerate(path):
        keys = (*keys, name_key(name))
        found = lk.units.get(keys) or b.units_made.get(keys)
        if found is None:
            found = str(b.out.add("org_units", {
                **_base(b), "name": name, "kind": unit_kind(name, depth == len(path) - 1),
                "parent_id": parent, "sort_order": b.unit_order, "closed_on": None})["id"])
            b.unit_order += 1
            b.units_made[keys] = found
        parent = found
    return parent


def row_people(b: ChangeBuilder, r: PlanRow) -> None:
    """The insert or update of one person row (managers are set by :func:`finish_people`)."""
    v = r.parsed.values
    path = r.refs.get("unit_path")
    unit = unit_for(b, path) if path else None
    if r.status == "update":
        values = {k: v[k] for k in PERSON_FIELDS if v.get(k) not in (None, "")}
        if unit is not None:
            values["unit_id"] = unit
        b.out.change("people", str(r.target_id), values)
        b.person_of_row[r.parsed.index] = str(r.target_id)
        return
    row = b.out.add("people", {
        **_base(b), "name": v["name"], "role": v.get("role") or Role.REP.value,
        "capacity_tier": v.get("capacity_tier") or CapacityTier.INTERMEDIATE.value,
        "unit_id": unit or _root(b), "email": v.get("email"), "phone": v.get("phone"),
        "active_from": v.get("active_from") or b.now.date(), "active_to": v.get("active_to"),
        "manager_id": None})
    b.person_of_row[r.parsed.index] = str(row["id"])


def finish_people(b: ChangeBuilder) -> None:
    """Set every row's manager (now that each row has its person) and put the created people
    in an order where a manager comes before the people they manage.
    """
    created = {row["id"]: row for row in b.out.created.get("people", [])}
    for r in b.plan.rows:
        if r.status not in ("create", "update") or r.refs.get("manager") is None:
            continue
        ref = r.refs["manager"]
        manager = b.person_of_row[ref[1]] if isinstance(ref, tuple) else str(ref)
        me = b.person_of_row[r.parsed.index]
        if me in created:
            created[me]["manager_id"] = manager
        elif b.plan.lookups.managers.get(me) != manager:
            b.out.change("people", me, {"manager_id": manager})
    ordered: list[dict[str, Any]] = []
    placed: set[str] = set()
    pending = list(created.values())
    while pending:  # the plan refused cycles, so every pass places at least one
        rest = []
        for row in pending:
            boss = row["manager_id"]
            if boss is None or boss not in created or boss in placed:
                ordered.append(row)
                placed.add(row["id"])
            else:
                rest.append(row)
        if len(rest) == len(pending):
            ordered.extend(rest)
            break
        pending = rest
    if created:
        b.out.created["people"] = ordered
