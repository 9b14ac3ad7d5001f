"""Scheme modelling (方案测算): a draft scheme version (or two) applied to a past year's real
data, against the schemes in use now — before anything is published.

:func:`model_year` gathers the year's facts once (:func:`services.incentives.gather.
gather_facts`: its 12 months, 4 quarters and the year, plus the period before each grain's
first, which "most improved" compares with; only the process facts the rules read), then
evaluates every period of every grain with :func:`services.incentives.engine.evaluate` — the
monthly, quarterly and yearly rules, exactly as the year's runs would (no adjustments,
clawbacks or recognition: they are not the scheme's).

* **Current** (现行方案): the versions in effect today (:func:`services.incentives.versions.
  in_effect` of the current month), applied to that year's data.
* **A draft** (方案A / 方案B): any version of any scheme, draft or not. It takes its scheme's
  place among the current ones (a draft of a scheme with no published version is added to
  them); who is on it follows its assignment, as in a run.

What it costs is compared with the year's revenue: the collected amount (回款额: payments
received in the year, refunds subtracted) and the signed amount (签约额: contracts signed in
the year), and with the gross margin (毛利) of the contracts signed in the year. A contract's
cost is its deal's product lines' cost (quantity × the product's unit cost), scaled to the
contract's amount when the contract is not the deal lines' sum; a contract with no deal, no
lines, or a line whose product has no cost has no known cost. Their amount is reported
(``Revenue.without_cost``), and the margin of the year is then an estimate: the known margin
plus that amount at the known contracts' margin rate (``Revenue.estimated``).

The result is plain frozen data, sorted by the difference against the current schemes (most
gained first), then by name and id: the same data gives the same table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import DealLine, Product
from models.incentives import IncentiveScheme, SchemeVersion
from models.orders import Contract, ContractStatus, Payment
from services.core import periods as P
from services.core.errors import SailplanError
from services.core.store import Store
from services.incentives import engine, versions
from services.incentives.engine import SchemeInUse, used_metrics
from services.incentives.facts import Facts
from services.incentives.lines import CENT, money
from services.orders.contracts import fen

ZERO = Decimal("0.00")
CURRENT = "current"
Progress = Callable[[int, int], None]


class ModellingError(SailplanError):
    """A modelling that cannot be made (no such version, a year out of range)."""


class ModellingCancelled(SailplanError):
    """The user stopped the modelling."""


@dataclass(frozen=True)
class VersionChoice:
    """A version the modelling may apply: ``status`` draft or published."""

    version_id: str
    scheme_id: str
    scheme_name: str
    number: int
    status: str
    effective_from: date
    note: str | None = None


@dataclass(frozen=True)
class Revenue:
    """The year's revenue and gross margin (yuan). ``margin`` is the known margin plus, when
    some contracts had no cost, their amount at the known margin rate (``estimated``).
    """

    signed: Decimal
    collected: Decimal
    with_cost: Decimal  # the signed amount of contracts whose cost is known
    cost: Decimal  # their cost
    without_cost: Decimal  # the signed amount of contracts whose cost is not known
    contracts_without_cost: int
    margin: Decimal

    @property
    def known_margin(self) -> Decimal:
        return self.with_cost - self.cost

    @property
    def estimated(self) -> bool:
        """Whether part of the margin is estimated (some signed amount had no cost)."""
        return self.without_cost != 0


@dataclass(frozen=True)
class Scenario:
    """One column of the comparison: the current schemes, or them with a version in place."""

    key: str  # "current", "A", "B"
    version_id: str | None  # the version applied (None: the current schemes)
    name: str  # the scheme's name and version number, e.g. ``销售提成 v3``
    status: str | None
    schemes: tuple[str, ...]  # the versions used, by id
    total: Decimal
    pct_of_collected: Decimal | None  # total ÷ collected amount, %, two places
    pct_of_signed: Decimal | None
    pct_of_margin: Decimal | None
    gainers: int = 0  # people paid more than under the current schemes
    losers: int = 0

    def difference(self, current: Scenario) -> Decimal:
        """What this scenario pays more than ``current`` in total."""
        return self.total - current.total


@dataclass(frozen=True)
class PersonOutcome:
    """A person's year under each scenario (yuan, in the order of ``Modelling.scenarios``)."""

    id: str
    name: str
    unit: str
    role: str
    payouts: tuple[Decimal, ...]
    by_kind: tuple[Mapping[str, Decimal], ...]  # per scenario: line kind → amount

    def difference(self, index: int = 1) -> Decimal:
        """Scenario ``index`` minus the current schemes (0 when there is no such scenario)."""
        if index >= len(self.payouts):
            return ZERO
        return self.payouts[index] - self.payouts[0]


@dataclass(frozen=True)
class Modelling:
    """The year modelled: its periods, the scenarios (current first), each person's year."""

    year: int
    periods: tuple[str, ...]
    scenarios: tuple[Scenario, ...]
    people: tuple[PersonOutcome, ...]
    revenue: Revenue

    def gainers(self, index: int = 1) -> list[PersonOutcome]:
        """Those paid more under scenario ``index`` than now, most gained first."""
        return sorted((p for p in self.people if p.difference(index) > 0),
                      key=lambda p: (-p.difference(index), p.name, p.id))

    def losers(self, index: int = 1) -> list[PersonOutcome]:
        """Those paid less under scenario ``index`` than now, most lost first."""
        return sorted((p for p in self.people if p.difference(index) < 0),
                      key=lambda p: (p.difference(index), p.name, p.id))


# --- the choices -------------------------------------------------------------------------


def _choice(version: SchemeVersion, scheme: IncentiveScheme) -> VersionChoice:
    return VersionChoice(version.id, scheme.id, scheme.name, version.number, version.status,
                         version.effective_from, version.note)


def version_choices(session: Session) -> list[VersionChoice]:
    """Every live version of every live scheme, drafts first, by scheme name then newest."""
    rows = session.execute(
        select(SchemeVersion, IncentiveScheme)
        .join(IncentiveScheme, IncentiveScheme.id == SchemeVersion.scheme_id)
        .where(SchemeVersion.deleted_at.is_(None), IncentiveScheme.deleted_at.is_(None)))
    out = [_choice(v, s) for v, s in rows]
    return sorted(out, key=lambda c: (c.status != "draft", c.scheme_name, c.scheme_id,
                                      -c.number, c.version_id))


def list_version_choices(store: Store) -> list[VersionChoice]:
    """:func:`version_choices` in a read transaction."""
    with store.read() as uow:
        return version_choices(uow.session)


def _version(session: Session, version_id: str) -> tuple[SchemeInUse, str]:
    row = session.execute(
        select(SchemeVersion, IncentiveScheme)
        .join(IncentiveScheme, IncentiveScheme.id == SchemeVersion.scheme_id)
        .where(SchemeVersion.id == version_id, SchemeVersion.deleted_at.is_(None))).first()
    if row is None:
        raise ModellingError("there is no scheme version {version}", version=version_id)
    version, scheme = row
    return versions.in_use(version, scheme), str(version.status)


def with_version(current: Sequence[SchemeInUse], version: SchemeInUse) -> list[SchemeInUse]:
    """The current schemes with ``version`` in its scheme's place (added if its scheme has
    none in use), sorted as :func:`versions.in_effect` sorts them.
    """
    out = [s for s in current if s.scheme_id != version.scheme_id] + [version]
    return sorted(out, key=lambda s: (s.scheme_name, s.scheme_id))


# --- the periods -------------------------------------------------------------------------


def year_periods(year: int) -> list[str]:
    """The runs of a year: its 12 months, 4 quarters and the year itself."""
    return ([P.month_key(year, m) for m in range(1, 13)]
            + [P.quarter_key(year, q) for q in range(1, 5)] + [P.year_key(year)])


def fact_periods(year: int, grains: Sequence[str]) -> list[str]:
    """The periods to gather: the year's runs and the period before the first of each grain
    a scheme uses (a year grain's is last year: only read when a yearly rule exists).
    """
    out = year_periods(year)
    before = {"month": P.month_key(year - 1, 12), "quarter": P.quarter_key(year - 1, 4),
              "year": P.year_key(year - 1)}
    out += [before[g] for g in ("month", "quarter", "year") if g in grains]
    return out


def _grains(schemes: Sequence[SchemeInUse]) -> list[str]:
    return sorted({str(rule.grain) for s in schemes for rule in s.doc.rules})


# --- revenue and margin ------------------------------------------------------------------


def year_revenue(session: Session, year: int) -> Revenue:
    """The year's signed and collected amounts and the gross margin of its signed contracts
    (see the module docstring).
    """
    start, end = date(year, 1, 1), date(year, 12, 31)
    signed_where = (Contract.deleted_at.is_(None), Contract.status == ContractStatus.SIGNED,
                    Contract.sign_date >= start, Contract.sign_date <= end)
    collected = int(session.scalar(
        select(func.coalesce(func.sum(fen(Payment.amount)), 0))
        .where(Payment.deleted_at.is_(None), Payment.received_on >= start,
               Payment.received_on <= end)) or 0)
    contracts = session.execute(select(Contract.id, Contract.deal_id, fen(Contract.amount))
                                .where(*signed_where).order_by(Contract.id)).all()
    deal_ids = sorted({d for _c, d, _a in contracts if d})
    # per deal: Σ line amount (fen), Σ quantity × unit cost (fen), lines without a cost
    lines: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for start_at in range(0, len(deal_ids), 900):
        chunk = deal_ids[start_at:start_at + 900]
        for deal, amount, quantity, unit_cost in session.execute(
                select(DealLine.deal_id, fen(DealLine.amount), DealLine.quantity,
                       fen(Product.unit_cost))
                .outerjoin(Product, Product.id == DealLine.product_id)
                .where(DealLine.deleted_at.is_(None), DealLine.deal_id.in_(chunk))):
            acc = lines[deal]
            acc[0] += int(amount or 0)
            if unit_cost is None:
                acc[2] += 1
            else:
                acc[1] += int(unit_cost) * int(quantity or 0)
    signed = with_cost = cost = without = 0
    unknown = 0
    for _cid, deal, amount_fen in contracts:
        amount = int(amount_fen or 0)
        signed += amount
        found = lines.get(deal) if deal else None
        if found is None or found[2] or found[0] <= 0:
            without += amount
            unknown += 1
            continue
        with_cost += amount
        cost += _scaled(found[1], amount, found[0])
    known = with_cost - cost
    margin = Decimal(known)
    if without and with_cost:
        margin += Decimal(without) * Decimal(known) / Decimal(with_cost)
    return Revenue(money(signed), money(collected), money(with_cost), money(cost),
                   money(without), unknown, money(margin / 100))


def _scaled(cost: int, amount: int, lines_amount: int) -> int:
    """A deal's cost scaled to a contract's share of its lines' amount, half up."""
    if amount == lines_amount:
        return cost
    return int((Decimal(cost) * amount / lines_amount).to_integral_value(ROUND_HALF_UP))


def _pct(part: Decimal, whole: Decimal) -> Decimal | None:
    if whole <= 0:
        return None
    return (part * 100 / whole).quantize(CENT, rounding=ROUND_HALF_UP)


# --- the modelling -----------------------------------------------------------------------


def _payouts(facts: Facts, periods: Sequence[str], schemes: Sequence[SchemeInUse],
             tick: Callable[[], None]) -> dict[str, dict[str, Decimal]]:
    """Each person's year per line kind under ``schemes``."""
    out: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for period in periods:
        for line in engine.evaluate(period, facts, schemes):
            kinds = out[line.person_id]
            kinds[str(line.kind)] = kinds.get(str(line.kind), ZERO) + line.amount
        tick()
    return out


def model(facts: Facts, year: int, current: Sequence[SchemeInUse],
          drafts: Sequence[SchemeInUse], revenue: Revenue, *,
          statuses: Mapping[str, str] | None = None, progress: Progress | None = None,
          is_cancelled: Callable[[], bool] | None = None) -> Modelling:
    """The modelling over gathered ``facts`` (pure): the current schemes, then each draft in
    their place (at most two: A and B); ``statuses``: version id → draft / published.
    """
    periods = year_periods(year)
    setups: list[tuple[str, SchemeInUse | None, list[SchemeInUse]]] = [
        (CURRENT, None, sorted(current, key=lambda s: (s.scheme_name, s.scheme_id)))]
    for letter, version in zip("AB", drafts, strict=False):
        setups.append((letter, version, with_version(current, version)))
    total_steps = len(setups) * len(periods)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if is_cancelled is not None and is_cancelled():
            raise ModellingCancelled("the modelling was stopped")
        if progress is not None:
            progress(done, total_steps)

    results = [_payouts(facts, periods, schemes, tick) for _k, _d, schemes in setups]
    span = P.parse(P.year_key(year))
    active = [p for p in facts.people.values()
              if p.active_from <= span.end and (p.active_to is None or p.active_to >= span.start)]
    ids: set[str] = set()
    for (_k, _d, schemes), paid in zip(setups, results, strict=True):
        ids.update(engine.assign(active, schemes))
        ids.update(paid)
    people: list[PersonOutcome] = []
    for pid in sorted(ids):
        info = facts.people.get(pid)
        unit = facts.units.get(info.unit_id) if info is not None else None
        kinds = tuple(dict(sorted(r.get(pid, {}).items())) for r in results)
        payouts = tuple(money(sum(k.values(), ZERO)) for k in kinds)
        people.append(PersonOutcome(pid, info.name if info else pid,
                                    unit.name if unit else "", info.role if info else "",
                                    payouts, kinds))
    people.sort(key=lambda p: (-p.difference(1), -p.difference(2), p.name, p.id))
    scenarios: list[Scenario] = []
    for index, ((key, draft, schemes), _paid) in enumerate(zip(setups, results, strict=True)):
        total = money(sum((p.payouts[index] for p in people), ZERO))
        name = (f"{draft.scheme_name} v{draft.number}" if draft is not None else "")
        status = None if draft is None else (statuses or {}).get(draft.version_id)
        scenarios.append(Scenario(
            key, draft.version_id if draft else None, name, status,
            tuple(s.version_id for s in schemes), total,
            _pct(total, revenue.collected), _pct(total, revenue.signed),
            _pct(total, revenue.margin),
            sum(1 for p in people if p.difference(index) > 0) if index else 0,
            sum(1 for p in people if p.difference(index) < 0) if index else 0))
    return Modelling(year, tuple(periods), tuple(scenarios), tuple(people), revenue)


def model_year(store: Store, year: int, version_ids: Sequence[str], *,
               today: date | None = None, progress: Progress | None = None,
               is_cancelled: Callable[[], bool] | None = None) -> Modelling:
    """Model ``year`` with the current schemes and each version of ``version_ids`` (one or
    two) in its scheme's place; see the module docstring.
    """
    from services.incentives.gather import gather_facts

    if not 2000 <= year <= 2100:
        raise ModellingError("a modelling year is between 2000 and 2100, not {year}",
                             year=year)
    if len(version_ids) > 2:
        raise ModellingError("at most two versions are modelled side by side")
    now = today or date.today()
    with store.read() as uow:
        s = uow.session
        current = versions.in_effect(s, P.month_key(now.year, now.month))
        found = [_version(s, v) for v in version_ids]
        drafts = [d for d, _status in found]
        statuses = {d.version_id: status for d, status in found}
        if progress is not None:
            progress(0, 1)
        used = [*current, *drafts]
        facts = gather_facts(s, fact_periods(year, _grains(used)), metrics=used_metrics(used))
        revenue = year_revenue(s, year)
    if is_cancelled is not None and is_cancelled():
        raise ModellingCancelled("the modelling was stopped")
    return model(facts, year, current, drafts, revenue, statuses=statuses, progress=progress,
                 is_cancelled=is_cancelled)
