"""The facts a payout run reads (业绩事实), gathered from the database for a list of periods.

:func:`gather_facts` reads, for every period key asked (months, quarters, years; any mix):

- the people (role, capacity tier, unit with its ancestors, dates) and the org units;
- ``signed``: contracts signed in the period (status signed: drafts and cancelled contracts do
  not count), one credit per product line the contract's deal sold (the contract's amount
  shared by the lines' amounts, exact to the fen: the remainder goes to the largest line; a
  deal without lines gives one credit with no product line). Product lines are named as the
  catalogue names them (``products.line``);
- ``collected``: payments received in the period (refunds negative; by product line like the
  signed amounts, by the lines of the deal of the contract credited), credited as the Targets
  tree's 回款额 credits them (:mod:`services.orders.collected`): the part a payment applied to
  an instalment to that instalment's contract, the rest to the contract the payment names,
  else to the customer's owner — so each person's total per period is the tree's actual when
  no deal has a credit split;
- the process metrics: new customers (their first signed contract ever is in the period),
  contracts signed, follow-ups and visits (by the local calendar day), deals closed won and
  lost, satisfaction of the tickets closed, the collection rate (回款率) and the repurchase
  rate (复购率) per owner — follow-ups, visits, closed deals and the collection rate of the
  months counted per person and month in one statement each (:mod:`.gather_counts`);
- the targets of the published plan of each period's year (:mod:`.gather_targets`).

Credit splits (:class:`models.incentives.CreditSplit`): a contract whose deal has a split is
credited to its sharers by basis points — signed and collected alike; the first sharer (highest
share, then id) takes the rounding remainder, so the shares add up to the amount exactly. A
contract is otherwise credited to its owner (else its deal's owner).

Everything is summed in SQL where it can be and read one column set at a time; the credits are
built in one pass over the rows, in a fixed order (by day, then record), so the same data always
gives the same facts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Customer, Deal, DealLine, OrgUnit, Person, Product
from models.aftersales import ServiceTicket, TicketStatus
from models.enums import FollowUpMethod, StageKind
from models.incentives import CreditSplit
from models.orders import (
    Contract,
    ContractStatus,
    Payment,
    PaymentAllocation,
    PaymentInstalment,
)
from services.aftersales.repurchase import count_repurchase, first_signs, signs_in
from services.aftersales.rules import average_satisfaction
from services.core import periods as P
from services.incentives.doc import SchemeError
from services.incentives.facts import Credit, Facts, PersonInfo, PersonPeriod, UnitInfo
from services.incentives.gather_counts import (
    Month,
    closed_by_month,
    collection_by_month,
    followups_by_month,
    months_between,
)
from services.incentives.gather_targets import gather_targets
from services.orders.contracts import fen
from services.orders.receivables import collection_by_owner

FULL_BP = 10_000
Split = tuple[tuple[str, int], ...]  # (person id, basis points), first takes the remainder


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


# --- shares ------------------------------------------------------------------------------


def share_by_split(amount: int, split: Split) -> list[int]:
    """``amount`` fen shared by basis points; the first sharer takes the rounding remainder,
    so the parts add up to ``amount`` exactly (a negative amount shares its magnitude).
    """
    sign, magnitude = (-1, -amount) if amount < 0 else (1, amount)
    parts = [magnitude * bp // FULL_BP for _p, bp in split]
    parts[0] += magnitude - sum(parts)
    return [sign * p for p in parts]


def share_by_lines(amount: int, weights: Sequence[int]) -> list[int]:
    """``amount`` fen shared in proportion to ``weights`` (each rounded down); the rest goes to
    the largest weight (the first of equals). All-zero weights: everything to the first.
    """
    sign, magnitude = (-1, -amount) if amount < 0 else (1, amount)
    total = sum(weights)
    if total <= 0:
        return [amount] + [0] * (len(weights) - 1)
    parts = [magnitude * w // total for w in weights]
    largest = max(range(len(weights)), key=lambda i: (weights[i], -i))
    parts[largest] += magnitude - sum(parts)
    return [sign * p for p in parts]


def _by_line(amount: int, lines: Sequence[tuple[str | None, int]]
             ) -> list[tuple[str | None, int]]:
    """An amount by product line (one piece with no line when the deal sold none)."""
    if not lines:
        return [(None, amount)]
    return list(zip((line for line, _w in lines),
                    share_by_lines(amount, [w for _l, w in lines]), strict=True))


def ordered_split(shares: Iterable[tuple[str, int]]) -> Split:
    """A split in its order: highest share first, then by person id."""
    return tuple(sorted(shares, key=lambda s: (-s[1], s[0])))


# --- what is read ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Contract:
    id: str
    number: str
    customer_id: str
    deal_id: str | None
    owner_id: str | None  # the contract's own owner (回款额 credits it)
    deal_owner_id: str | None

    @property
    def signer(self) -> str | None:
        """Who is credited with signing it: its owner, else its deal's."""
        return self.owner_id or self.deal_owner_id


@dataclass(frozen=True, slots=True)
class _Customer:
    name: str
    tier: str | None
    owner_id: str | None


class _Reader:
    """The rows one gathering reads, each kind in one query (or a few, by ids): the contracts
    signed in the range, the payments received in it with their allocations, the contracts
    those name or settled, the deals' splits and product lines, and the customers.
    """

    def __init__(self, session: Session, lo: date, hi: date):
        self.s, self.lo, self.hi = session, lo, hi
        self.contracts: dict[str, _Contract] = {}
        self.signed: list[tuple[date, str, int]] = []  # (day, contract id, fen) in the range
        # (day, payment id, customer id, named contract id, fen), by day and id
        self.payments: list[tuple[date, str, str, str | None, int]] = []
        self.applied: dict[str, list[tuple[str, int]]] = defaultdict(list)  # payment → parts
        self.customers: dict[str, _Customer] = {}
        self.splits: dict[str, Split] = {}
        self.lines: dict[str, list[tuple[str | None, int]]] = {}  # deal → (line, weight)
        self._load()

    def _contract_rows(self, *where: Any) -> Iterable[tuple[Any, ...]]:
        return self.s.execute(
            select(Contract.id, Contract.number, Contract.customer_id, Contract.deal_id,
                   Contract.owner_id, Deal.owner_id, Contract.sign_date, fen(Contract.amount))
            .outerjoin(Deal, Deal.id == Contract.deal_id).where(*where))

    def _load(self) -> None:
        s = self.s
        for cid, number, cust, deal, owner, deal_owner, day, amount in self._contract_rows(
                Contract.deleted_at.is_(None), Contract.status == ContractStatus.SIGNED,
                Contract.sign_date >= self.lo, Contract.sign_date <= self.hi):
            self.contracts[cid] = _Contract(cid, number, cust, deal, owner, deal_owner)
            self.signed.append((_day(day), cid, int(amount or 0)))
        self.signed.sort()
        live = (Payment.deleted_at.is_(None), Payment.received_on >= self.lo,
                Payment.received_on <= self.hi)
        self.payments = sorted(
            (_day(day), pid, cust, named, int(amount or 0))
            for pid, day, cust, named, amount in s.execute(
                select(Payment.id, Payment.received_on, Payment.customer_id,
                       Payment.contract_id, fen(Payment.amount)).where(*live)))
        for pid, cid, amount in s.execute(
                select(PaymentAllocation.payment_id, PaymentInstalment.contract_id,
                       func.sum(fen(PaymentAllocation.amount)))
                .join(Payment, Payment.id == PaymentAllocation.payment_id)
                .join(PaymentInstalment,
                      PaymentInstalment.id == PaymentAllocation.instalment_id)
                .where(*live, PaymentAllocation.deleted_at.is_(None))
                .group_by(PaymentAllocation.payment_id, PaymentInstalment.contract_id)):
            self.applied[pid].append((cid, int(amount or 0)))
        for parts in self.applied.values():
            parts.sort()
        paid_on = ({named for _d, _p, _c, named, _a in self.payments if named}
                   | {cid for parts in self.applied.values() for cid, _a in parts})
        for chunk in _chunks(paid_on - self.contracts.keys()):
            for cid, number, cust, deal, owner, deal_owner, _d, _a in self._contract_rows(
                    Contract.id.in_(chunk)):
                self.contracts[cid] = _Contract(cid, number, cust, deal, owner, deal_owner)
        shares: dict[str, list[tuple[str, int]]] = defaultdict(list)
        lines: dict[str, dict[str | None, int]] = defaultdict(dict)
        for chunk in _chunks({c.deal_id for c in self.contracts.values() if c.deal_id}):
            for deal, person, bp in s.execute(
                    select(CreditSplit.deal_id, CreditSplit.person_id, CreditSplit.share_bp)
                    .where(CreditSplit.deleted_at.is_(None), CreditSplit.deal_id.in_(chunk))):
                shares[deal].append((person, int(bp)))
            for deal, line, amount in s.execute(
                    select(DealLine.deal_id, Product.line, func.sum(fen(DealLine.amount)))
                    .outerjoin(Product, Product.id == DealLine.product_id)
                    .where(DealLine.deleted_at.is_(None), DealLine.deal_id.in_(chunk))
                    .group_by(DealLine.deal_id, Product.line)):
                by_line = lines[deal]
                by_line[line or None] = by_line.get(line or None, 0) + max(int(amount or 0), 0)
        for deal, found in shares.items():
            if sum(bp for _p, bp in found) == FULL_BP:
                self.splits[deal] = ordered_split(found)
        for deal, by_line in lines.items():
            if any(by_line.values()):
                self.lines[deal] = sorted(by_line.items(),
                                          key=lambda kv: (kv[0] is None, kv[0] or ""))
        wanted = ({c.customer_id for c in self.contracts.values()}
                  | {cust for _d, _p, cust, _n, _a in self.payments})
        for chunk in _chunks(wanted):
            for cid, name, tier, owner in s.execute(
                    select(Customer.id, Customer.name, Customer.tier, Customer.owner_id)
                    .where(Customer.id.in_(chunk))):
                self.customers[cid] = _Customer(name, tier, owner)

    def split_of(self, contract: _Contract | None, owner: str | None) -> Split:
        """Who shares a contract's credit: its deal's split, else everything to ``owner``."""
        if contract is not None and contract.deal_id is not None \
                and contract.deal_id in self.splits:
            return self.splits[contract.deal_id]
        return ((owner, FULL_BP),) if owner else ()

    def lines_of(self, contract: _Contract | None) -> list[tuple[str | None, int]]:
        if contract is None or contract.deal_id is None:
            return []
        return self.lines.get(contract.deal_id, [])


def _chunks(ids: Collection[str], size: int = 900) -> Iterable[list[str]]:
    """Sorted ids in lists short enough for one ``IN (…)`` on every database."""
    ordered = sorted(ids)
    for start in range(0, len(ordered), size):
        yield ordered[start:start + size]


# --- the periods a day counts in ---------------------------------------------------------


class _Periods:
    """The asked keys a day falls in."""

    def __init__(self, keys: Sequence[str]):
        self.keys = list(dict.fromkeys(keys))
        self.parsed = [P.parse(k) for k in self.keys]
        for p in self.parsed:
            if p.grain is P.Grain.WEEK:
                raise SchemeError("a payout period is a month, a quarter or a year, not {period}",
                                  period=p.key)
        self.lo = min((p.start for p in self.parsed), default=date.today())
        self.hi = max((p.end for p in self.parsed), default=date.today())
        self._cache: dict[date, tuple[str, ...]] = {}

    def of(self, day: date) -> tuple[str, ...]:
        found = self._cache.get(day)
        if found is None:
            found = self._cache[day] = tuple(p.key for p in self.parsed if p.contains(day))
        return found


class _Acc:
    """Per period and person, what is being gathered."""

    def __init__(self, wanted: Collection[str] | None):
        self.wanted = None if wanted is None else frozenset(wanted)
        self.signed: dict[tuple[str, str], list[Credit]] = defaultdict(list)
        self.collected: dict[tuple[str, str], list[Credit]] = defaultdict(list)
        self.counts: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
        self.new_customers: dict[tuple[str, str], list[tuple[str, str, int]]] = defaultdict(list)
        self.values: dict[tuple[str, str], dict[str, int | None]] = defaultdict(dict)

    def ok(self, person: str | None) -> bool:
        return person is not None and (self.wanted is None or person in self.wanted)

    def count(self, keys: Iterable[str], person: str | None, what: str, n: int) -> None:
        if not self.ok(person):
            return
        assert person is not None
        for key in keys:
            counts = self.counts[(key, person)]
            counts[what] = counts.get(what, 0) + n


# --- the parts ---------------------------------------------------------------------------


def _people(session: Session, wanted: Collection[str] | None
            ) -> tuple[dict[str, PersonInfo], dict[str, UnitInfo]]:
    units = {uid: UnitInfo(uid, name, parent) for uid, name, parent in session.execute(
        select(OrgUnit.id, OrgUnit.name, OrgUnit.parent_id)
        .where(OrgUnit.deleted_at.is_(None)).order_by(OrgUnit.id))}

    def path(unit: str) -> tuple[str, ...]:
        out: list[str] = []
        seen: set[str] = set()
        cur: str | None = unit
        while cur is not None and cur not in seen:
            out.append(cur)
            seen.add(cur)
            cur = units[cur].parent_id if cur in units else None
        return tuple(out)

    stmt = (select(Person.id, Person.name, Person.role, Person.capacity_tier, Person.unit_id,
                   Person.active_from, Person.active_to)
            .where(Person.deleted_at.is_(None)).order_by(Person.id))
    people: dict[str, PersonInfo] = {}
    for pid, name, role, tier, unit, start, end in session.execute(stmt):
        if wanted is not None and pid not in wanted:
            continue
        people[pid] = PersonInfo(pid, name, role, tier, unit, path(unit), _day(start),
                                 _day(end) if end is not None else None)
    return people, units


def _signed(r: _Reader, ps: _Periods, acc: _Acc) -> dict[str, list[tuple[str, int]]]:
    """Contracts signed in the periods, per product line and sharer; their counts. Returns
    each contract's sharers and their parts.
    """
    shared: dict[str, list[tuple[str, int]]] = {}
    for day, cid, amount in r.signed:
        keys = ps.of(day)
        if not keys:
            continue
        contract = r.contracts[cid]
        customer = r.customers.get(contract.customer_id, _Customer("", None, None))
        split = r.split_of(contract, contract.signer)
        lines = r.lines_of(contract)
        for (person, bp), part in zip(split, share_by_split(amount, split), strict=True):
            if not acc.ok(person):
                continue
            shared.setdefault(cid, []).append((person, part))
            credits = [Credit(("contract", cid), cid, contract.number, contract.customer_id,
                              customer.name, customer.tier, line, day, piece, bp)
                       for line, piece in _by_line(part, lines)]
            for key in keys:
                acc.signed[(key, person)].extend(credits)
                counts = acc.counts[(key, person)]
                counts["deal_count"] = counts.get("deal_count", 0) + 1
    return shared


def _collected(r: _Reader, ps: _Periods, acc: _Acc) -> None:
    """Payments received in the periods, part by part (see the module docstring)."""
    for day, pid, customer_id, named, amount in r.payments:
        keys = ps.of(day)
        if not keys:
            continue
        customer = r.customers.get(customer_id, _Customer("", None, None))
        pieces = [(cid, part, False) for cid, part in r.applied.get(pid, [])]
        rest = amount - sum(a for _c, a, _r in pieces)
        if rest:
            pieces.append((named or "", rest, True))
        for cid, part, is_rest in pieces:
            if part == 0:
                continue
            contract = r.contracts.get(cid) if cid else None
            owner = contract.owner_id if contract is not None else None
            if is_rest:  # the customer's credit: the named contract's owner, else theirs
                owner = owner or customer.owner_id
            split = r.split_of(contract, owner)
            number = contract.number if contract is not None else ""
            lines = r.lines_of(contract)
            for (person, bp), share in zip(split, share_by_split(part, split), strict=True):
                if not acc.ok(person):
                    continue
                credits = [Credit(("payment", pid), cid, number, customer_id, customer.name,
                                  customer.tier, line, day, piece, bp)
                           for line, piece in _by_line(share, lines)]
                for key in keys:
                    acc.collected[(key, person)].extend(credits)


def _new_customers(r: _Reader, ps: _Periods, acc: _Acc,
                   shared: Mapping[str, list[tuple[str, int]]]) -> None:
    """Customers whose first signed contract ever is in a period, for its sharers."""
    first = func.min(Contract.sign_date)
    signed = (Contract.deleted_at.is_(None), Contract.status == ContractStatus.SIGNED)
    firsts = (select(Contract.customer_id.label("cust"), first.label("day"))
              .where(*signed).group_by(Contract.customer_id)
              .having(first >= ps.lo, first <= ps.hi).subquery())
    rows = r.s.execute(
        select(Contract.customer_id, Contract.sign_date, Contract.number, Contract.id)
        .join(firsts, (firsts.c.cust == Contract.customer_id)
              & (firsts.c.day == Contract.sign_date))
        .where(*signed)).all()
    chosen: dict[str, tuple[date, str, str]] = {}
    for cust, day, number, cid in rows:
        mine = (_day(day), number, cid)
        if cust not in chosen or mine < chosen[cust]:
            chosen[cust] = mine
    for cust, (day, _number, cid) in sorted(chosen.items(), key=lambda kv: (kv[1], kv[0])):
        for key in ps.of(day):
            for person, part in shared.get(cid, []):
                acc.new_customers[(key, person)].append((cust, cid, part))


def _followups(r: _Reader, ps: _Periods, acc: _Acc, visits_only: bool) -> None:
    """Follow-ups and visits by person and local month (:mod:`.gather_counts`); only the
    visits when the follow-ups are not asked for.
    """
    for person, month, method, n in followups_by_month(r.s, months_between(ps.lo, ps.hi),
                                                       visits_only=visits_only):
        keys = ps.of(P.parse(month).start)
        if not visits_only:
            acc.count(keys, person, "followups", n)
        if method == FollowUpMethod.VISIT:
            acc.count(keys, person, "visits", n)


def _closed(r: _Reader, ps: _Periods, acc: _Acc) -> None:
    """Deals closed won or lost, by owner and month of their close date."""
    for owner, month, kind, n in closed_by_month(r.s, months_between(ps.lo, ps.hi)):
        acc.count(ps.of(P.parse(month).start), owner,
                  "won" if kind == StageKind.WON else "lost", n)


def _satisfaction(r: _Reader, ps: _Periods, acc: _Acc) -> None:
    """The average satisfaction (× 100) of the tickets closed in a period, by owner."""
    scores: dict[tuple[str, str], list[int]] = defaultdict(list)
    for owner, closed_on, score, n in r.s.execute(
            select(ServiceTicket.owner_id, ServiceTicket.closed_on, ServiceTicket.satisfaction,
                   func.count())
            .where(ServiceTicket.deleted_at.is_(None),
                   ServiceTicket.status == TicketStatus.CLOSED,
                   ServiceTicket.satisfaction.is_not(None),
                   ServiceTicket.closed_on >= ps.lo, ServiceTicket.closed_on <= ps.hi)
            .group_by(ServiceTicket.owner_id, ServiceTicket.closed_on,
                      ServiceTicket.satisfaction)):
        if owner is not None and acc.ok(owner) and closed_on is not None \
                and score is not None:
            for key in ps.of(_day(closed_on)):
                scores[(key, owner)].extend([int(score)] * int(n))
    for cell, given in scores.items():
        average = average_satisfaction(given)
        if average is not None:
            acc.values[cell]["satisfaction"] = int(average * 100)


def _bp(part: int, whole: int) -> int:
    """``part`` ÷ ``whole`` in basis points, half up."""
    return (2 * part * FULL_BP + whole) // (2 * whole)


def _rates(r: _Reader, ps: _Periods, acc: _Acc, collection: bool, repurchase: bool) -> None:
    """The collection rate (:func:`services.orders.receivables.collection_by_owner`) and the
    repurchase rate (:func:`services.aftersales.repurchase.count_repurchase`) per owner.
    """
    signs = (signs_in(r.s, Contract.sign_date >= ps.lo, Contract.sign_date <= ps.hi)
             + first_signs(r.s, ps.lo)) if repurchase else []
    by_month = (collection_by_month(r.s, [Month(p.key, p.start, p.end) for p in ps.parsed
                                          if p.grain is P.Grain.MONTH])
                if collection else {})
    for p in ps.parsed:
        found = (by_month.get(p.key, {}) if p.grain is P.Grain.MONTH
                 else collection_by_owner(r.s, p.start, p.end))
        for owner, (due, collected) in (found.items() if collection else ()):
            if due and acc.ok(owner):
                acc.values[(p.key, str(owner))]["collection_rate_bp"] = _bp(collected, due)
        for owner, (buyers, again) in (count_repurchase(signs, p.start, p.end).items()
                                       if repurchase else ()):
            if buyers and acc.ok(owner) and owner != "total":
                acc.values[(p.key, str(owner))]["repurchase_rate_bp"] = _bp(again, buyers)


# --- together ----------------------------------------------------------------------------


PROCESS_PARTS: dict[str, tuple[str, ...]] = {
    "new_customers": ("new_customers",), "followups": ("followups",), "visits": ("visits",),
    "conversion_rate": ("closed",), "satisfaction": ("satisfaction",),
    "collection_rate": ("collection_rate",), "repurchase_rate": ("repurchase_rate",),
}
"""The parts of the gathering each process metric needs (signed and collected credits, the
contract counts and the targets are always read)."""


def gather_facts(session: Session, periods: Sequence[str], *,
                 person_ids: Collection[str] | None = None,
                 metrics: Collection[str] | None = None) -> Facts:
    """The facts of ``periods`` (month, quarter or year keys) for everyone, or for
    ``person_ids`` only (the people and their facts; the units and unit targets are all).

    ``metrics`` (names of ``doc.METRICS``) limits the process facts read to those the rules
    use (follow-ups of a large firm are hundreds of thousands of rows); None reads them all.
    The credits, contract counts and targets are always read.
    """
    ps = _Periods(periods)
    people, units = _people(session, person_ids)
    acc = _Acc(person_ids)
    wanted = PROCESS_PARTS.keys() if metrics is None else metrics
    parts = {part for m in wanted for part in PROCESS_PARTS.get(m, ())}
    if ps.keys:
        r = _Reader(session, ps.lo, ps.hi)
        shared = _signed(r, ps, acc)
        _collected(r, ps, acc)
        if "new_customers" in parts:
            _new_customers(r, ps, acc, shared)
        if "followups" in parts or "visits" in parts:
            _followups(r, ps, acc, visits_only="followups" not in parts)
        if "closed" in parts:
            _closed(r, ps, acc)
        if "satisfaction" in parts:
            _satisfaction(r, ps, acc)
        _rates(r, ps, acc, "collection_rate" in parts, "repurchase_rate" in parts)
    targets, unit_targets = gather_targets(session, ps.keys, people)
    cells = (set(acc.signed) | set(acc.collected) | set(acc.counts) | set(acc.new_customers)
             | set(acc.values) | set(targets))
    out: dict[str, dict[str, PersonPeriod]] = {key: {} for key in ps.keys}
    for key, person in sorted(cells):
        counts = acc.counts.get((key, person), {})
        values = acc.values.get((key, person), {})
        out[key][person] = PersonPeriod(
            person,
            signed=tuple(acc.signed.get((key, person), ())),
            collected=tuple(acc.collected.get((key, person), ())),
            new_customers=tuple(acc.new_customers.get((key, person), ())),
            deal_count=counts.get("deal_count", 0), followups=counts.get("followups", 0),
            visits=counts.get("visits", 0), won=counts.get("won", 0),
            lost=counts.get("lost", 0), satisfaction=values.get("satisfaction"),
            collection_rate_bp=values.get("collection_rate_bp"),
            repurchase_rate_bp=values.get("repurchase_rate_bp"),
            targets=targets.get((key, person), {}))
    return Facts(people, units, out, unit_targets)
