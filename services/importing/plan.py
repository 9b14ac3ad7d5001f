"""The import preview: every row's status (create / update / skip / reject) and its problems.

Modes (the key is the normalised customer name, else the phone; for contacts the customer and
contact name; for follow-ups customer + time + method + content; for deals customer + deal name;
for products the code, else the name — a product that has another code is never matched by name;
a customer or deal row with an id from another system — Opportunity ID, 商机编号, Account ID … —
is keyed by that id instead, see below):

* ``skip`` (default) — rows matching an existing record are skipped, the rest created;
* ``update`` — matching records get the row's non-empty values, the rest are created;
* ``create`` — every valid row becomes a new record, even when it looks like an existing one
  (a warning names the likely duplicate).

A row repeating an earlier row of the same file (same key) is always skipped with a note.
Unknown owners are listed once; each is mapped to a person, created, or left unassigned (the
default without ``create_missing``, with a warning). Unknown stages must be mapped or created;
unknown customers (for contacts, follow-ups and deals) are created only with ``create_missing``;
so are unknown pipelines (see :mod:`services.importing.deal_plan`).

External ids: the id column is kept as the record's ``external_id``. A row with one matches the
record with that external id (or, for Sailplan's own export, that id) first; failing that, the
usual key, but never a record that already has a *different* external id — two customers of
the other system that share a name stay two customers, and a second import of the same file
finds every record again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from services.core.store import Store
from services.customers.dedupe import normalise_phone
from services.importing import ledger_plan
from services.importing import messages as M
from services.importing.deal_plan import name_deals, resolve_stages
from services.importing.fields import field_by_key
from services.importing.lookups import (
    CREATE,
    Lookups,
    customer_key,
    ext_key,
    load_lookups,
    name_key,
    product_code_key,
)
from services.importing.mapping import SheetLayout
from services.importing.messages import Msg, msg
from services.importing.people_plan import existing_person, person_row_key, resolve_people
from services.importing.progress import EVERY, Check, Progress, never, no_progress, stop_if
from services.importing.readers import RawTable
from services.importing.rows import ERROR, WARNING, ParsedRow, Problem
from services.importing.years import YearGuess

__all__ = ["CREATE", "MODES", "STATUSES", "ImportPlan", "PlanRow", "build_plan"]
MODES = ("create", "update", "skip")
STATUSES = ("create", "update", "skip", "reject")


@dataclass
class PlanRow:
    """One file row in the preview."""

    parsed: ParsedRow
    status: str = "create"
    target_id: str | None = None  # the existing record updated or matched
    refs: dict[str, Any] = field(default_factory=dict)  # resolved ids: owner_id, customer, …

    @property
    def problems(self) -> list[Problem]:
        """The row's problems (errors reject it, warnings are shown)."""
        return self.parsed.problems


@dataclass
class ImportPlan:
    """What committing would do; also what the rejected-rows workbook is built from."""

    kind: str
    mode: str
    file_name: str
    table: RawTable
    layout: SheetLayout
    mapping: list[str | None]
    rows: list[PlanRow]
    owner_choice: dict[str, str | None]
    stage_choice: dict[str, str]
    unknown_owners: dict[str, int]
    unknown_stages: dict[str, int]
    unknown_customers: dict[str, int]
    create_missing: bool
    lookups: Lookups
    year: int | None = None  # the year dates without one were read in
    year_guess: YearGuess | None = None  # how many there are, and the year proposed
    unknown_pipelines: dict[str, int] = field(default_factory=dict)
    new_pipelines: dict[str, str] = field(default_factory=dict)  # name key → name (create)
    new_stages: dict[Any, str] = field(default_factory=dict)  # deal_plan.NewStage → kind
    as_of: date | None = None  # a receivables ledger's date (None: today)

    def counts(self) -> dict[str, int]:
        """Rows per status (create / update / skip / reject)."""
        c = Counter(r.status for r in self.rows)
        return {s: c.get(s, 0) for s in STATUSES}

    def rejected(self) -> list[PlanRow]:
        """Rows that will not be imported because of errors."""
        return [r for r in self.rows if r.status == "reject"]

    def problems(self) -> list[Problem]:
        """Every problem of every row, in file order."""
        return [p for r in self.rows for p in r.problems]


def build_plan(store: Store, table: RawTable, layout: SheetLayout, mapping: list[str | None],
               parsed: list[ParsedRow], kind: str, *, mode: str = "skip",
               owner_choice: dict[str, str | None] | None = None,
               stage_choice: dict[str, str] | None = None, create_missing: bool = False,
               file_name: str = "", lookups: Lookups | None = None,
               progress: Progress | None = None, is_cancelled: Check | None = None,
               as_of: date | None = None) -> ImportPlan:
    """Resolve references and decide every row's status (reads the database once).

    ``progress`` counts reading the lookups as the first half and deciding the rows as the
    second; ``ImportCancelled`` when ``is_cancelled()`` (nothing is written either way).
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    progress = progress or no_progress
    is_cancelled = is_cancelled or never
    total = 2 * max(1, len(parsed))
    progress(0, total)
    stop_if(is_cancelled)
    lk = lookups or load_lookups(store, kind)
    progress(total // 2, total)
    stop_if(is_cancelled)
    for pr in parsed:  # a re-plan starts from the parse problems only
        pr.problems[:] = [p for p in pr.problems if p.origin == "parse"]
    plan = ImportPlan(kind, mode, Path(file_name).name, table, layout, mapping,
                      [PlanRow(p) for p in parsed], {}, {}, {}, {}, {}, create_missing, lk)
    plan.as_of = as_of
    if kind == "receivables":  # services.importing.ledger_plan
        ledger_plan.fill_down(plan, _problem)
        _resolve_owners(plan, owner_choice or {})
        stop_if(is_cancelled)
        ledger_plan.resolve_ledger(plan, _problem)
        progress(total, total)
        return plan
    _resolve_owners(plan, owner_choice or {})
    if kind == "deals":
        resolve_stages(plan, stage_choice or {}, _problem)
    if kind not in ("customers", "products", "people"):
        _resolve_customers(plan)
    if kind == "followups":
        _resolve_deals(plan)
    if kind == "deals":
        name_deals(plan, _problem)
    stop_if(is_cancelled)
    _decide(plan, lambda done: progress(total // 2 + done, total), is_cancelled)
    if kind == "people":
        resolve_people(plan, _problem)
    progress(total, total)
    return plan


def _problem(plan: ImportPlan, row: PlanRow, field_key: str, m: Msg,
             severity: str = ERROR) -> None:
    p = row.parsed
    col = plan.mapping.index(field_key) if field_key in plan.mapping else -1
    headers = plan.layout.headers
    header = headers[col] if 0 <= col < len(headers) and headers[col] else \
        field_by_key(plan.kind, field_key).label
    p.problems.append(Problem.of(p.row_number, header, m, str(p.values.get(field_key) or ""),
                                 severity, col, "plan"))




def _resolve_owners(plan: ImportPlan, choice: dict[str, str | None]) -> None:
    names: Counter[str] = Counter()
    for r in plan.rows:
        owner = r.parsed.values.get("owner")
        if owner and plan.lookups.person(owner) is None:
            names[owner] += 1
    plan.unknown_owners = dict(names)
    for name in names:
        plan.owner_choice[name] = choice.get(name, CREATE if plan.create_missing else None)
    for r in plan.rows:
        owner = r.parsed.values.get("owner")
        if not owner:
            r.refs["owner_id"] = None
        elif plan.lookups.person(owner) is not None:
            r.refs["owner_id"] = plan.lookups.person(owner)
        else:
            target = plan.owner_choice[owner]
            r.refs["owner_id"] = target
            if target is None:
                _problem(plan, r, "owner", msg(M.UNKNOWN_OWNER, value=owner), WARNING)


def _resolve_customers(plan: ImportPlan) -> None:
    unknown: Counter[str] = Counter()
    lk = plan.lookups
    for r in plan.rows:
        name = r.parsed.values.get("customer")
        if not name:
            continue
        key = customer_key(name)
        ext = ext_key(r.parsed.values.get("customer_external_id"))
        cid = lk.customers_by_ext.get(ext) if ext else None
        if cid is None:
            cid = _unless_other_id(lk.customers_by_name.get(key), ext, lk.customer_ext)
        if cid is not None:
            r.refs["customer_id"] = cid
        elif plan.create_missing:
            r.refs["new_customer"] = ("ext", ext) if ext else key
            unknown[name] += 1
        else:
            unknown[name] += 1
            _problem(plan, r, "customer", msg(M.UNKNOWN_CUSTOMER, value=name))
    plan.unknown_customers = dict(unknown)


def _resolve_deals(plan: ImportPlan) -> None:
    """A follow-up's deal, by the deal's id (Sailplan's export writes it); an id that finds
    no deal leaves the follow-up without one, with a note.
    """
    for r in plan.rows:
        ext = ext_key(r.parsed.values.get("deal_external_id"))
        if not ext:
            continue
        did = plan.lookups.deals_by_ext.get(ext)
        if did is not None:
            r.refs["deal_id"] = did
        else:
            _problem(plan, r, "deal_external_id", msg(M.UNKNOWN_DEAL, value=ext), WARNING)


def _unless_other_id(found: str | None, ext: str, ext_of: dict[str, str]) -> str | None:
    """``found`` unless it already carries an external id other than ``ext``."""
    if found is None or not ext:
        return found
    return found if ext_of.get(found, ext) == ext else None


def _key(plan: ImportPlan, r: PlanRow) -> tuple[Any, ...] | None:
    v = r.parsed.values
    if plan.kind == "products":
        code = product_code_key(v.get("code"))
        return ("code", code) if code else ("name", name_key(v.get("name")))
    if plan.kind == "people":
        return person_row_key(v)
    if plan.kind in ("customers", "deals") and v.get("external_id"):
        return ("ext", ext_key(v["external_id"]))
    cust = r.refs.get("customer_id") or r.refs.get("new_customer")
    if plan.kind == "customers":
        return ("name", customer_key(v.get("name")))
    if plan.kind == "contacts":
        return (cust, name_key(v.get("name")))
    if plan.kind == "followups":
        return (cust, v.get("at"), v.get("method"), v.get("content") or "")
    return (cust, name_key(v.get("name")))


def _existing(plan: ImportPlan, r: PlanRow) -> str | None:
    lk, v = plan.lookups, r.parsed.values
    if plan.kind == "people":
        return existing_person(lk, v)
    cust = r.refs.get("customer_id")
    ext = ext_key(v.get("external_id")) if plan.kind in ("customers", "deals") else ""
    if plan.kind == "customers":
        found = lk.customers_by_ext.get(ext) if ext else None
        if found is not None:
            r.refs["matched_by_id"] = True
            return found
        found = _unless_other_id(lk.customers_by_name.get(customer_key(v.get("name"))), ext,
                                 lk.customer_ext)
        if found is None and v.get("phone"):
            found = _unless_other_id(lk.customers_by_phone.get(normalise_phone(v["phone"])),
                                     ext, lk.customer_ext)
        return found
    if plan.kind == "products":
        code = product_code_key(v.get("code"))
        found = lk.products_by_code.get(code) if code else None
        if found is not None:
            return found
        return _unless_other_id(lk.products_by_name.get(name_key(v.get("name"))), code,
                                lk.product_code)
    if plan.kind == "deals" and ext and ext in lk.deals_by_ext:
        r.refs["matched_by_id"] = True
        return lk.deals_by_ext[ext]
    if cust is None:
        return None
    if plan.kind == "contacts":
        return lk.contacts.get((cust, name_key(v.get("name"))))
    if plan.kind == "followups":
        key = (cust, v.get("at"), v.get("method"), v.get("content") or "")
        return cust if key in lk.followups else None
    return _unless_other_id(lk.deals.get((cust, name_key(v.get("name")))), ext, lk.deal_ext)


def _decide(plan: ImportPlan, progress: Callable[[int], None], is_cancelled: Check) -> None:
    seen: dict[tuple[Any, ...], int] = {}
    claimed: dict[str, str] = {}  # record → the external id a row of this file gave it
    for n, r in enumerate(plan.rows):
        if n % EVERY == 0:
            stop_if(is_cancelled)
            progress(n)
        if r.parsed.has_error:
            r.status = "reject"
            continue
        key = _key(plan, r)
        if key is not None and key in seen:
            r.status = "skip"
            _problem(plan, r, _key_field(plan.kind),
                     msg(M.SAME_AS_ROW, row=seen[key]), WARNING)
            continue
        if key is not None:
            seen[key] = r.parsed.row_number
        existing = _claim(plan, r, _existing(plan, r), claimed)
        r.target_id = existing
        if existing is None:
            r.status = "create"
        elif plan.mode == "update" and plan.kind != "followups":
            r.status = "update"
        elif plan.mode == "create":
            r.status = "create"
            _problem(plan, r, _key_field(plan.kind),
                     msg(M.LOOKS_EXISTING), WARNING)
        else:
            r.status = "skip"
            _problem(plan, r, _key_field(plan.kind), msg(M.ALREADY_EXISTS), WARNING)


def _claim(plan: ImportPlan, r: PlanRow, existing: str | None,
           claimed: dict[str, str]) -> str | None:
    """``existing`` unless an earlier row gave that record another external id: two rows
    with different ids are two records, even when both match one record by name.
    """
    ext = ext_key(r.parsed.values.get("external_id")) if plan.kind in ("customers",
                                                                         "deals") else ""
    if existing is None or not ext:
        return existing
    if claimed.setdefault(existing, ext) != ext:
        r.refs.pop("matched_by_id", None)
        return None
    return existing


def _key_field(kind: str) -> str:
    return "customer" if kind == "followups" else "name"
