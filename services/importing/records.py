"""Turning an :class:`ImportPlan` into rows to insert and updates to apply (inside the write).

Everything is collected as plain dicts first — the same dicts are bulk-inserted, kept in the
import batch for redo, and their ids drive undo. Old values of updated rows are read inside the
same write transaction, so undo restores exactly what was there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import new_id
from models.customers import Contact, Customer, CustomerEvent, FollowUp
from models.enums import CapacityTier, CustomerAction, Role, StageKind, UnitKind
from models.orders import Contract, Payment, PaymentAllocation, PaymentInstalment
from models.org import OrgUnit, Person
from models.pipeline import Deal, Pipeline, Product, Stage, StageHistory
from services.customers.dedupe import normalise_name
from services.customers.stale import rules_in_session
from services.importing import ledger_rows, people_rows
from services.importing.deal_plan import NewPipeline, NewStage, stage_order
from services.importing.lookups import canonical_stage, ext_key, name_key
from services.importing.plan import CREATE, ImportPlan, PlanRow
from services.pipeline.settings import DEFAULT_STAGES

IMPORT_NOTE = "导入"
PRODUCT_NOTE = "产品："
#: Insert order (parents first); deletes run in reverse.
TABLES: dict[str, Any] = {
    "org_units": OrgUnit, "people": Person, "products": Product, "pipelines": Pipeline,
    "stages": Stage,
    "customers": Customer,
    "customer_events": CustomerEvent, "contacts": Contact, "deals": Deal,
    "stage_history": StageHistory, "followups": FollowUp,
    "contracts": Contract, "payment_instalments": PaymentInstalment, "payments": Payment,
    "payment_allocations": PaymentAllocation,
}
CUSTOMER_FIELDS = ("phone", "email", "industry", "region", "address", "source", "website",
                   "tags", "credit_limit", "cooperation_since", "notes", "external_id")
#: Probability and rotting days of a created stage whose name is a default stage's (or synonym).
STAGE_DEFAULTS = {name: (prob, rot) for name, _kind, prob, rot in DEFAULT_STAGES}


@dataclass
class Changes:
    """Rows to insert per table and updates per table (id → new values)."""

    created: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    customer_ids: set[str] = field(default_factory=set)
    deal_ids: set[str] = field(default_factory=set)

    def add(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        self.created.setdefault(table, []).append(row)
        return row

    def change(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        if values:
            self.updates.setdefault(table, {}).setdefault(row_id, {}).update(values)


def _base(now: datetime) -> dict[str, Any]:
    return {"id": new_id(), "created_at": now, "updated_at": now, "deleted_at": None}


class ChangeBuilder:
    """Builds :class:`Changes` for one plan inside the write session."""

    def __init__(self, session: Session, plan: ImportPlan, now: datetime):
        self.s, self.plan, self.now = session, plan, now
        self.out = Changes()
        self.people: dict[str, str | None] = {}
        self.stages: dict[str, str] = {}  # default pipeline: stage name → created id
        self.pipelines: dict[str, str] = {}  # NewPipeline.key → created id
        self.new_stages: dict[NewStage, str] = {}  # → created id
        self.new_customers: dict[str, str] = {}
        self.has_contact: set[str] = {cid for cid, _n in plan.lookups.contacts}
        self._pool: bool | None = None
        # people imports (services.importing.people_rows)
        self.person_of_row: dict[int, str] = {}
        self.units_made: dict[tuple[str, ...], str] = {}
        self.unit_order = 1000

    def build(self) -> Changes:
        """Collect every insert and update the plan implies."""
        self._create_people()
        if self.plan.kind == "deals":
            self._create_pipelines()
            self._create_stages()
        if self.plan.kind == "receivables":
            ledger_rows.build_ledger(self)
            return self.out
        handler = getattr(self, f"_row_{self.plan.kind}")
        for r in self.plan.rows:
            if r.status in ("create", "update"):
                handler(r)
        if self.plan.kind == "people":
            people_rows.finish_people(self)
        return self.out

    # --- referenced records -------------------------------------------------------------
    def _create_people(self) -> None:
        wanted = [n for n, c in self.plan.owner_choice.items() if c == CREATE]
        if not wanted:
            return
        unit = self.s.execute(select(OrgUnit.id).where(OrgUnit.parent_id.is_(None),
                                                       OrgUnit.deleted_at.is_(None))
                              .order_by(OrgUnit.created_at).limit(1)).scalar_one_or_none()
        if unit is None:
            unit = self.out.add("org_units", {**_base(self.now), "name": "公司",
                                              "kind": UnitKind.COMPANY.value, "parent_id": None,
                                              "sort_order": 0})["id"]
        for name in wanted:
            row = self.out.add("people", {
                **_base(self.now), "name": name, "role": Role.REP.value,
                "capacity_tier": CapacityTier.NOVICE.value, "unit_id": unit, "email": None,
                "phone": None, "active_from": self.now.date(), "active_to": None})
            self.people[name] = row["id"]

    def _create_pipelines(self) -> None:
        """The pipelines the plan creates, each with its stages in funnel order."""
        if not self.plan.new_pipelines:
            return
        order = int(self.s.execute(select(Pipeline.sort_order)
                                   .where(Pipeline.deleted_at.is_(None))
                                   .order_by(Pipeline.sort_order.desc()).limit(1)).scalar()
                    or 0)
        for key, name in self.plan.new_pipelines.items():
            order += 1
            pid = self.out.add("pipelines", {**_base(self.now), "name": name.strip(),
                                             "sort_order": order})["id"]
            self.pipelines[key] = pid
            for i, (ref, kind) in enumerate(stage_order(self.plan, NewPipeline(key))):
                self.new_stages[ref] = self._add_stage(pid, ref.name, kind, i)

    def _add_stage(self, pipeline_id: str, name: str, kind: str, order: int) -> str:
        prob, rot = STAGE_DEFAULTS.get(canonical_stage(name) or "", (0, None))
        if kind != StageKind.OPEN.value:
            prob, rot = (100 if kind == StageKind.WON.value else 0), None
        return str(self.out.add("stages", {
            **_base(self.now), "pipeline_id": pipeline_id, "name": name, "sort_order": order,
            "kind": kind, "probability": prob, "rot_days": rot,
            "folded": kind != StageKind.OPEN.value})["id"])

    def _create_stages(self) -> None:
        """New open stages of existing pipelines, after their open stages (won and lost move
        down): the default pipeline's stages the user chose to create, and with
        ``create_missing`` the unknown stages of the other pipelines.
        """
        wanted: dict[str, list[NewStage]] = {}
        pipe = self.plan.lookups.default_pipeline
        for name, choice in self.plan.stage_choice.items():
            if choice == CREATE and pipe is not None:
                wanted.setdefault(pipe, []).append(NewStage(pipe, name))
        for ref in self.plan.new_stages:
            if isinstance(ref.pipeline, str):
                wanted.setdefault(ref.pipeline, []).append(ref)
        for pid, refs in wanted.items():
            stages = self.s.execute(select(Stage.id, Stage.kind).where(
                Stage.pipeline_id == pid, Stage.deleted_at.is_(None))
                .order_by(Stage.sort_order)).all()
            opens = [i for i, (_id, kind) in enumerate(stages) if kind == StageKind.OPEN.value]
            at = opens[-1] + 1 if opens else 0
            for ref in refs:
                sid = self._add_stage(pid, ref.name.strip(), StageKind.OPEN.value, at)
                at += 1
                self.new_stages[ref] = sid
                if pid == pipe and ref.name in self.plan.stage_choice:
                    self.stages[ref.name] = sid
            for i, (sid, _kind) in enumerate(stages[opens[-1] + 1 if opens else 0:]):
                self.out.change("stages", sid, {"sort_order": at + i})

    def pipeline_and_stage(self, r: PlanRow) -> tuple[str, str | None]:
        """The row's pipeline id and stage id, created ones included."""
        pipe = r.refs["pipeline_id"]
        if isinstance(pipe, NewPipeline):
            pipe = self.pipelines[pipe.key]
        stage = r.refs.get("stage_id")
        if stage == CREATE:
            stage = self.stages[r.parsed.values["stage"]]
        elif isinstance(stage, NewStage):
            stage = self.new_stages[stage]
        return str(pipe), stage

    def owner(self, r: PlanRow) -> str | None:
        oid = r.refs.get("owner_id")
        if oid == CREATE:
            return self.people.get(r.parsed.values.get("owner") or "")
        return oid

    def customer(self, r: PlanRow) -> str:
        if r.refs.get("customer_id"):
            return str(r.refs["customer_id"])
        key = r.refs["new_customer"]
        if key not in self.new_customers:
            name = r.parsed.values["customer"]
            ext = ext_key(r.parsed.values.get("customer_external_id")) or None
            self.new_customers[key] = self._insert_customer(
                {"name": name, "name_norm": normalise_name(name), "external_id": ext}, None)
        return self.new_customers[key]

    def insert_customer(self, values: dict[str, Any], owner: str | None) -> str:
        """Add a customer created by the import (with its creation event); its id."""
        return self._insert_customer(values, owner)

    def _insert_customer(self, values: dict[str, Any], owner: str | None) -> str:
        row = {**_base(self.now), "name": "", "name_norm": "", "industry": None, "region": None,
               "address": None, "source": None, "phone": None, "email": None, "website": None,
               "tags": "", "owner_id": owner, "unit_id": None, "tier": None,
               "tier_reason": None, "tier_manual": False, "credit_limit": None,
               "cooperation_since": None, "last_followup_at": None, "next_followup_on": None,
               "in_pool": False, "pool_since": None, "merged_into_id": None, "notes": None,
               "external_id": None}
        if owner is None and self._pool_enabled():  # as a customer created in the app
            row.update(in_pool=True, pool_since=self.now)
        row.update(values)
        self.out.add("customers", row)
        self.out.add("customer_events", {
            **_base(self.now), "customer_id": row["id"], "action": CustomerAction.CREATE.value,
            "at": self.now, "from_person_id": None, "to_person_id": owner,
            "by_person_id": None, "note": IMPORT_NOTE})
        self.out.customer_ids.add(row["id"])
        return str(row["id"])

    def _pool_enabled(self) -> bool:
        if self._pool is None:
            self._pool = rules_in_session(self.s).pool_enabled
        return self._pool

    # --- per kind ---------------------------------------------------------------------------
    def _row_people(self, r: PlanRow) -> None:
        people_rows.row_people(self, r)

    def _row_customers(self, r: PlanRow) -> None:
        v = r.parsed.values
        values = {k: v[k] for k in CUSTOMER_FIELDS if v.get(k) not in (None, "")}
        if "external_id" in values and not _foreign_id(values["external_id"], r):
            del values["external_id"]  # its own id: nothing to keep
        elif "external_id" in values:
            values["external_id"] = _foreign_id(values["external_id"], r)
        notes = _with_extra_phones(values.get("notes"), v)
        if notes:
            values["notes"] = notes
        if v.get("last_followup"):
            values["last_followup_at"] = v["last_followup"]
        if v.get("next_followup"):
            values["next_followup_on"] = v["next_followup"]
        if v.get("tier"):
            manual = v.get("tier_manual")
            values["tier"] = v["tier"]
            values["tier_manual"] = True if manual is None else bool(manual)
        owner = self.owner(r)
        if "owner" in self.plan.mapping and (owner or r.status == "create"):
            values["owner_id"] = owner
        if r.status == "create":
            values["name"] = v["name"]
            values["name_norm"] = normalise_name(v["name"])
            cid = self._insert_customer(values, owner)
        else:
            cid = str(r.target_id)
            if r.refs.get("matched_by_id"):  # renamed in the other system
                values.update(name=v["name"], name_norm=normalise_name(v["name"]))
            self.out.change("customers", cid, values)
            self.out.customer_ids.add(cid)
        if v.get("contact"):
            self._customer_contact(r, cid)

    def _customer_contact(self, r: PlanRow, cid: str) -> None:
        v = r.parsed.values
        existing = self.plan.lookups.contacts.get((cid, name_key(v["contact"])))
        values = {k: v[src] for k, src in (("title", "contact_title"),
                                            ("phone", "contact_phone")) if v.get(src)}
        if "phone" not in values and v.get("phone") and "contact_phone" not in self.plan.mapping:
            values["phone"] = v["phone"]
        if existing is not None:
            self.out.change("contacts", existing, values)
            return
        self.out.add("contacts", {
            **_base(self.now), "customer_id": cid, "name": v["contact"],
            "title": values.get("title"), "phone": values.get("phone"), "wechat": None,
            "email": None, "is_primary": cid not in self.has_contact, "notes": None})
        self.has_contact.add(cid)

    def _row_contacts(self, r: PlanRow) -> None:
        v = r.parsed.values
        values = {k: v[k] for k in ("title", "phone", "wechat", "email", "is_primary")
                  if v.get(k) not in (None, "")}
        notes = _with_extra_phones(v.get("notes"), v)
        if notes:
            values["notes"] = notes
        if r.status == "update":
            self.out.change("contacts", str(r.target_id), values)
            return
        cid = self.customer(r)
        row = {**_base(self.now), "customer_id": cid, "name": v["name"], "title": None,
               "phone": None, "wechat": None, "email": None, "notes": None,
               "is_primary": cid not in self.has_contact}
        row.update(values)
        self.out.add("contacts", row)
        self.has_contact.add(cid)

    def _row_followups(self, r: PlanRow) -> None:
        v = r.parsed.values
        cid = self.customer(r)
        self.out.add("followups", {
            **_base(self.now), "customer_id": cid, "deal_id": r.refs.get("deal_id"),
            "person_id": self.owner(r),
            "at": v["at"], "method": v["method"], "content": v.get("content") or "",
            "next_step": v.get("next_step"), "next_on": v.get("next_on")})
        self.out.customer_ids.add(cid)

    def _row_deals(self, r: PlanRow) -> None:
        v = r.parsed.values
        pipe, stage = self.pipeline_and_stage(r)
        kind = r.refs.get("stage_kind", "open")
        created = v.get("created")
        entered = _as_datetime(created, self.now)
        closed = v.get("closed_on")
        if kind != StageKind.OPEN.value and closed is None:
            closed = v.get("expected_close") or (created or self.now.date())
        values: dict[str, Any] = {k: v[k] for k in ("amount", "probability", "expected_close",
                                                    "lost_reason", "source", "notes")
                                  if v.get(k) not in (None, "")}
        if v.get("external_id") and _foreign_id(v["external_id"], r):
            values["external_id"] = _foreign_id(v["external_id"], r)
        if v.get("product") and not v.get("_generated_name") and r.status == "create":
            # a named deal's product is kept in its notes (its name does not say it)
            values["notes"] = _with_line(values.get("notes"), f"{PRODUCT_NOTE}{v['product']}")
        if kind != StageKind.OPEN.value:
            values["closed_on"] = closed
            entered = _as_datetime(closed, self.now)
        if kind == StageKind.WON.value:
            values["won_amount"] = v.get("won_amount") or v.get("amount")
        if r.status == "update":
            did = str(r.target_id)
            old_stage = self.s.execute(select(Deal.stage_id).where(Deal.id == did)).scalar()
            values["owner_id"] = self.owner(r) if "owner" in self.plan.mapping else None
            if values["owner_id"] is None:
                del values["owner_id"]
            if r.refs.get("matched_by_id") and not v.get("_generated_name"):
                values["name"] = v["name"]  # renamed in the other system
            if stage and stage != old_stage:
                values.update(stage_id=stage, pipeline_id=pipe, stage_entered_at=self.now)
                self._history(did, old_stage, stage, self.now, v)
            self.out.change("deals", did, values)
            self.out.deal_ids.add(did)
            if r.refs.get("customer_id"):
                self.out.customer_ids.add(str(r.refs["customer_id"]))
            return
        cid = self.customer(r)
        base = _base(self.now)
        if created:  # the day the deal was created, also for a closed one (entered: closed)
            base["created_at"] = _as_datetime(created, self.now)
        row = {**base, "name": v["name"], "pipeline_id": pipe, "stage_id": stage,
               "customer_id": cid, "owner_id": self.owner(r),
               "amount": v.get("amount") or 0, "probability": None, "expected_close": None,
               "stage_entered_at": entered, "closed_on": None, "won_amount": None,
               "lost_reason": None, "source": None, "notes": None, "external_id": None}
        row.update(values)
        self.out.add("deals", row)
        self._history(row["id"], None, stage, entered, v)
        self.out.deal_ids.add(row["id"])
        self.out.customer_ids.add(cid)

    def _row_products(self, r: PlanRow) -> None:
        """A catalogue row: the cells it has (an update keeps what the file leaves empty)."""
        v = r.parsed.values
        values: dict[str, Any] = {k: v[k] for k in ("code", "name", "line", "measure_unit",
                                                    "unit_price", "unit_cost", "active")
                                  if v.get(k) not in (None, "")}
        if v.get("tax_rate") is not None:
            values["tax_rate_bp"] = v["tax_rate"]
        if r.status == "update":
            if str(r.target_id) in self.plan.lookups.product_code:
                values.pop("code", None)  # found by its code: keep it as it is written
            self.out.change("products", str(r.target_id), values)
            return
        row = {**_base(self.now), "name": v["name"], "code": None, "unit_price": 0,
               "unit_id": None, "measure_unit": None, "line": None, "tax_rate_bp": 0,
               "unit_cost": None, "active": True}
        row.update(values)
        self.out.add("products", row)

    def _history(self, deal: str, old: str | None, new: str | None, at: datetime,
                 v: dict[str, Any]) -> None:
        self.out.add("stage_history", {
            **_base(self.now), "deal_id": deal, "from_stage_id": old, "to_stage_id": new,
            "at": at, "by_person_id": None, "amount": v.get("amount") or 0,
            "expected_close": v.get("expected_close")})


def _foreign_id(text: str, r: PlanRow) -> str | None:
    """The external id to keep; None for the record's own id (a Sailplan export of this
    database read back), which needs no keeping.
    """
    ext = ext_key(text)
    return None if ext == r.target_id else ext


def _as_datetime(value: date | None, default: datetime) -> datetime:
    if value is None:
        return default
    return datetime.combine(value, datetime.min.time()).astimezone()


def _with_extra_phones(notes: str | None, v: dict[str, Any]) -> str | None:
    extra = v.get("_extra_phones")
    if not extra:
        return notes
    return _with_line(notes, "其他电话：" + "，".join(extra))


def _with_line(notes: str | None, line: str) -> str:
    """``notes`` with ``line`` added below (once: a re-import does not add it again)."""
    if notes and line in notes.splitlines():
        return notes
    return f"{notes}\n{line}" if notes else line
