r"""Importing people and their org units: matching, unit paths, managers (planning side).

A row is a person: 姓名/name (required), 电话/phone, 邮箱/email, 部门|团队|组织/unit, 角色/role,
上级/manager, 能力层级/tier, 入职日期/start date, 离职日期/left date.

* **Matching.** A row is the existing person with the same e-mail (case ignored), else the
  same name and phone (both empty phones match), so a second import of the same file finds
  everyone again: skipped by default, updated with ``--mode update``.
* **Units.** ``华东区/上海一组`` (also ``>``, ``＞``, ``\``, ``／``) is a path under the company
  root (a leading company name is dropped); the units it names that do not exist are created
  (:mod:`services.importing.people_rows`). A new person without a unit goes under the company.
* **Managers** are named by name and resolved after all rows: a person of this file (imported
  or already in Sailplan) or one already in Sailplan. A name that finds nobody, or several
  people, rejects the row; so does a manager chain that comes back to the row (a cycle).
* A left date before the start date rejects the row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from models.enums import UnitKind
from services.customers.dedupe import normalise_phone
from services.importing import messages as M
from services.importing.lookups import Lookups, name_key, person_key
from services.importing.messages import Msg, msg

if TYPE_CHECKING:
    from services.importing.plan import ImportPlan, PlanRow

ProblemFn = Callable[..., None]
#: A person a row stands for: an existing id, or ``("row", index)`` for one it creates.
Identity = Any
_SEP = re.compile(r"\s*[/／>＞\\]\s*")


def _phone(text: str | None) -> str:
    return normalise_phone(text) if text else ""


def person_row_key(v: dict[str, Any]) -> tuple[Any, ...]:
    """The key two rows of one file are the same person by (e-mail, else name and phone)."""
    if v.get("email"):
        return ("email", str(v["email"]).strip().casefold())
    return ("name", name_key(v.get("name")), _phone(v.get("phone")))


def existing_person(lk: Lookups, v: dict[str, Any]) -> str | None:
    """The person already in Sailplan a row stands for (e-mail, else name and phone)."""
    if v.get("email"):
        found = lk.people_by_email.get(str(v["email"]).strip().casefold())
        if found is not None:
            return found
    return lk.people_by_name_phone.get((name_key(v.get("name")), _phone(v.get("phone"))))


def unit_path(text: str, lk: Lookups) -> tuple[str, ...]:
    """The unit names of a path cell under the company (a leading company name dropped)."""
    parts = [p.strip() for p in _SEP.split(unicodedata.normalize("NFKC", text).strip())]
    parts = [p for p in parts if p]
    if parts and lk.company is not None and name_key(parts[0]) == name_key(lk.company[1]):
        parts = parts[1:]
    return tuple(parts)


def unit_kind(name: str, leaf: bool) -> str:
    """The kind of a unit a path creates, from its name (区 region, 渠道 channel, 组/团队
    team, 部/中心 department), else a team for the last part and a department above it.
    """
    n = name.strip()
    if n.endswith(("区", "大区", "片区", "Region", "region")):
        return UnitKind.REGION.value
    if n.endswith(("渠道", "Channel", "channel")):
        return UnitKind.CHANNEL.value
    if n.endswith(("组", "队", "团队", "Team", "team")):
        return UnitKind.TEAM.value
    if n.endswith(("部", "中心", "事业部", "Department", "department")):
        return UnitKind.DEPARTMENT.value
    return UnitKind.TEAM.value if leaf else UnitKind.DEPARTMENT.value


def identity(r: PlanRow) -> Identity:
    """The person a row stands for."""
    return r.target_id if r.target_id is not None else ("row", r.parsed.index)


def resolve_people(plan: ImportPlan, problem: ProblemFn) -> None:
    """Check dates, read unit paths and resolve managers (after every row's status is known)."""
    lk = plan.lookups
    for r in plan.rows:
        v = r.parsed.values
        if r.status == "reject":
            continue
        start, left = v.get("active_from"), v.get("active_to")
        if start and left and left < start:
            _reject(plan, r, problem, "active_to",
                    msg(M.LEFT_BEFORE_START, left=left.isoformat(), start=start.isoformat()))
            continue
        if v.get("unit"):
            r.refs["unit_path"] = unit_path(str(v["unit"]), lk)
    changed = True
    while changed:  # a row rejected for its manager may be another row's manager
        changed = _resolve_managers(plan, problem)


def _reject(plan: ImportPlan, r: PlanRow, problem: ProblemFn, field: str, m: Msg) -> None:
    problem(plan, r, field, m)
    r.status = "reject"
    r.refs.pop("manager", None)


def _named(plan: ImportPlan) -> dict[str, set[Identity]]:
    """Who each name can mean: the file's people (not rejected) and Sailplan's."""
    out: dict[str, set[Identity]] = {}
    for key, ids in plan.lookups.people_named.items():
        out.setdefault(key, set()).update(ids)
    for r in plan.rows:
        if r.status == "reject" or (r.status == "skip" and r.target_id is None):
            continue
        out.setdefault(name_key(r.parsed.values.get("name")), set()).add(identity(r))
    return out


def _resolve_managers(plan: ImportPlan, problem: ProblemFn) -> bool:
    named = _named(plan)
    changed = False
    managers: dict[Identity, Identity] = dict(plan.lookups.managers)
    live = [r for r in plan.rows if r.status in ("create", "update")]
    for r in live:
        text = r.parsed.values.get("manager")
        if not text:
            continue
        found = named.get(name_key(text)) or named.get(person_key(text)) or set()
        if len(found) != 1:
            template = M.UNKNOWN_MANAGER if not found else M.AMBIGUOUS_MANAGER
            _reject(plan, r, problem, "manager", msg(template, value=text))
            changed = True
            continue
        r.refs["manager"] = next(iter(found))
        managers[identity(r)] = r.refs["manager"]
    for r in live:
        if r.status == "reject" or "manager" not in r.refs:
            continue
        me, seen, at = identity(r), set(), r.refs["manager"]
        while at is not None and at not in seen and at != me:
            seen.add(at)
            at = managers.get(at)
        if at == me:
            _reject(plan, r, problem, "manager",
                    msg(M.MANAGER_CYCLE, value=r.parsed.values.get("name") or ""))
            changed = True
    return changed
