"""A payout run as the Payout runs tab shows it (提成核算): the run's state, per person the totals
by category (commission, awards and bonuses, scorecard coefficient, adjustments, clawbacks, net)
and the statements with their explanations, plus what each traced record is called.

* :func:`read_run_view` → :class:`RunView` (cheap: the stored run only).
* :func:`changed_since_computed` → whether the data moved since the run was computed: the lines
  are worked out again in a read transaction (as :func:`services.incentives.runs.compute_run`
  does) and their digest compared with the run's ``inputs_digest``. None when there is nothing
  to compare (no run, a locked run, never computed). As slow as a computation: read it after
  the view, as a second job.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Person
from models.customers import Customer
from models.incentives import LineKind, PayoutAdjustment, PayoutRun, RunStatus
from models.orders import Contract, Payment, PaymentAllocation, PaymentInstalment
from models.org import OrgUnit
from models.pipeline import Deal
from services.core.store import Store
from services.incentives import engine, versions
from services.incentives.run_lines import adjustment_lines, clawback_lines, recognition_lines
from services.incentives.run_queries import PersonStatement, RunSummary, get_run, statements
from services.incentives.runs import canonical, check_period, digest, fact_periods, live_run

ZERO = Decimal("0.00")
CATEGORY_OF: Mapping[str, str] = {
    LineKind.COMMISSION: "commission", LineKind.NEW_CUSTOMER: "awards",
    LineKind.BONUS: "awards", LineKind.MENTORING: "awards",
    LineKind.COEFFICIENT: "coefficient", LineKind.ADJUSTMENT: "adjustments",
    LineKind.CLAWBACK: "clawbacks", LineKind.RECOGNITION: "recognition",
}
"""The column a line's amount adds to (an unknown kind: the awards)."""
CHUNK = 900


@dataclass(frozen=True)
class PersonRow:
    """One person's money in a run, by category, in yuan."""

    person_id: str
    name: str
    unit: str
    commission: Decimal = ZERO
    awards: Decimal = ZERO
    coefficient: Decimal = ZERO
    adjustments: Decimal = ZERO
    clawbacks: Decimal = ZERO
    recognitions: int = 0

    @property
    def id(self) -> str:
        return self.person_id

    @property
    def net(self) -> Decimal:
        return (self.commission + self.awards + self.coefficient + self.adjustments
                + self.clawbacks)


@dataclass(frozen=True)
class TracedRecord:
    """What a traced record is called: ``words`` (a contract's number, a customer's name, a
    payment's day and contract…) and the item to open for it (``open_kind``/``open_id`` for
    ``events.open_requested``; empty when there is nothing to open).
    """

    words: str
    open_kind: str = ""
    open_id: str = ""


@dataclass(frozen=True)
class RunView:
    """One read of the tab for a period."""

    period: str
    run: RunSummary | None
    rows: tuple[PersonRow, ...]
    statements: Mapping[str, PersonStatement]
    records: Mapping[tuple[str, str], TracedRecord]
    people: tuple[tuple[str, str], ...] = field(default=())  # (id, name) of active people


def person_rows(statements_: list[PersonStatement], units: Mapping[str, str]) -> list[PersonRow]:
    """Each person's totals by category (see :data:`CATEGORY_OF`), in the statements' order."""
    out = []
    for st in statements_:
        sums = dict.fromkeys(("commission", "awards", "coefficient", "adjustments",
                              "clawbacks"), ZERO)
        recognitions = 0
        for line in st.lines:
            category = CATEGORY_OF.get(line.kind, "awards")
            if category == "recognition":
                recognitions += 1
            else:
                sums[category] += line.amount
        out.append(PersonRow(st.person_id, st.person_name, units.get(st.person_id, ""),
                             recognitions=recognitions, **sums))
    return out


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK)]


def _records(s: Session, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], TracedRecord]:
    by_kind: dict[str, list[str]] = {}
    for kind, rid in sorted(wanted):
        by_kind.setdefault(kind, []).append(rid)
    out: dict[tuple[str, str], TracedRecord] = {}
    for part in _chunks(by_kind.get("contract", [])):
        for cid, number in s.execute(select(Contract.id, Contract.number)
                                     .where(Contract.id.in_(part))):
            out[("contract", cid)] = TracedRecord(number, "order", cid)
    for kind in ("payment", "refund"):
        for part in _chunks(by_kind.get(kind, [])):
            applied = {pid: cid for pid, cid in s.execute(
                select(PaymentAllocation.payment_id, func.min(PaymentInstalment.contract_id))
                .join(PaymentInstalment, PaymentInstalment.id == PaymentAllocation.instalment_id)
                .where(PaymentAllocation.payment_id.in_(part),
                       PaymentAllocation.deleted_at.is_(None))
                .group_by(PaymentAllocation.payment_id))}
            for pid, day, customer, name, named in s.execute(
                    select(Payment.id, Payment.received_on, Payment.customer_id, Customer.name,
                           Payment.contract_id)
                    .join(Customer, Customer.id == Payment.customer_id)
                    .where(Payment.id.in_(part))):
                contract = named or applied.get(pid)
                out[(kind, pid)] = (TracedRecord(f"{day.isoformat()} {name}", "order", contract)
                                    if contract else
                                    TracedRecord(f"{day.isoformat()} {name}", "customer",
                                                 customer))
    for part in _chunks(by_kind.get("customer", [])):
        for cid, name in s.execute(select(Customer.id, Customer.name)
                                   .where(Customer.id.in_(part))):
            out[("customer", cid)] = TracedRecord(name, "customer", cid)
    for part in _chunks(by_kind.get("deal", [])):
        for did, name in s.execute(select(Deal.id, Deal.name).where(Deal.id.in_(part))):
            out[("deal", did)] = TracedRecord(name, "deal", did)
    for part in _chunks(by_kind.get("person", [])):
        for pid, name in s.execute(select(Person.id, Person.name).where(Person.id.in_(part))):
            out[("person", pid)] = TracedRecord(name)
    for part in _chunks(by_kind.get("adjustment", [])):
        for aid, period, reason in s.execute(
                select(PayoutAdjustment.id, PayoutAdjustment.period, PayoutAdjustment.reason)
                .where(PayoutAdjustment.id.in_(part))):
            out[("adjustment", aid)] = TracedRecord(f"{period} {reason}")
    for rid in by_kind.get("target", []):  # person id/metric/period
        parts = rid.split("/")
        out[("target", rid)] = TracedRecord(" ".join(parts[1:]) if len(parts) == 3 else rid)
    return out


def read_run_view(store: Store, period: str, lang: str = "en") -> RunView:
    """The period's run (None when not computed) with its people's totals and statements."""
    key = check_period(period).key
    summary = get_run(store, key)
    with store.read() as uow:
        s = uow.session
        people = tuple((pid, name) for pid, name in s.execute(
            select(Person.id, Person.name).where(Person.deleted_at.is_(None),
                                                 Person.active_to.is_(None))
            .order_by(Person.name, Person.id)))
        units = {pid: name for pid, name in s.execute(
            select(Person.id, OrgUnit.name).join(OrgUnit, OrgUnit.id == Person.unit_id))}
    if summary is None:
        return RunView(key, None, (), {}, {}, people)
    found = statements(store, key, lang=lang)
    wanted = {(kind, rid) for st in found for line in st.lines for kind, rid, _f in line.trace}
    with store.read() as uow:
        records = _records(uow.session, wanted)
    return RunView(key, summary, tuple(person_rows(found, units)),
                   {st.person_id: st for st in found}, records, people)


def changed_since_computed(store: Store, period: str) -> bool | None:
    """Whether computing the period again would give other lines (see the module docstring)."""
    key = check_period(period).key
    with store.read() as uow:
        s = uow.session
        run: PayoutRun | None = live_run(s, key)
        if run is None or run.status == RunStatus.LOCKED or not run.inputs_digest:
            return None
        from services.incentives.gather import gather_facts

        facts = gather_facts(s, fact_periods(key))
        schemes = versions.in_effect(s, key)
        drafts = list(engine.evaluate(key, facts, schemes))
        adj_lines, adj_ids = adjustment_lines(s, key)
        drafts += adj_lines
        drafts += clawback_lines(s, key, run.id)
        drafts += recognition_lines(s, key)
        rows = [canonical(d) for d in drafts]
        adjustments = [a for a in (s.get(PayoutAdjustment, i) for i in adj_ids)
                       if a is not None]
        return digest(key, schemes, adjustments, rows) != run.inputs_digest
