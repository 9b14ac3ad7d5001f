"""The demo firm's incentives (绩效与激励): its pay schemes and a year of payout runs.

Two schemes, published before the year starts and effective from 1 January of the demo year
(the year of the target plan, :mod:`services.demo.targets`):

* **销售提成方案** for the reps: commission on the money collected (回款提成, 超额累进: up to 80 %
  of the target at 3 %, 80–100 % at 5 %, above 100 % at 8 %; nothing below 50 %; capped at
  ¥60,000 a month; the software line 软件产品 the firm is pushing this year at 120 %, A customers
  at 110 %) and a signing bonus on contracts signed (签约奖励, 全额累计: 0.5 %, 1 % from 100 %);
  客户拓展奖, 月度冠军, 季度之星 (quarterly), 进步最快奖, 团队达标奖 (quarterly, shared by
  contribution), a team PK 华东一组 vs 华东二组, 分阶段达成, 重点客户突破 naming three real
  customers whose first contract came this year, 老带新 (three senior reps and their novices)
  and the reps' scorecard (签约额 40 %, 回款率 20 %, 转化率 15 %, 拜访数 15 %, 满意度 10 %;
  below 60 → 0, 60–80 → 0.8, 80–100 → 1.0, from 100 → 1.2);
* **区域经理激励方案** for the managers: their region's quarterly team award (团队达标奖).

A few contracts' deals are shared between two reps (业绩分配), three people are recognised
(荣誉, 培训, 晋升推荐) and one correction (调整) pays what an earlier locked run missed.

Then the runs, through the services a user's clicks call (:mod:`services.incentives.runs`):
every past month of the year and every quarter it completed is computed, reviewed by the
analyst, approved by the director and locked by the owner, in order, a few days after it ended;
the current month is computed and waits for its review. The ids come from the seed and the times
from the demo calendar (:func:`models.base.seeded_ids_and_clock`), so the same seed and ``today``
give identical rows.

All periods' facts are gathered once (:func:`services.incentives.gather.gather_facts`) and handed
to each run's computation: the large demo firm (300,000 deals) gets its year of runs in seconds.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from models import Contract, Customer, Deal, OrgUnit, Person
from models.base import seeded_ids_and_clock
from models.enums import Role
from models.incentives import RecognitionKind
from models.orders import ContractStatus
from services.core import periods as P
from services.demo.common import Clock, make_uuid
from services.incentives import adjustments as A
from services.incentives import runs as R
from services.incentives import schemes as S
from services.incentives.splits import set_credit_split

REP_SCHEME = "销售提成方案"
MANAGER_SCHEME = "区域经理激励方案"
PUSHED_LINE = "软件产品"  # the product line the firm pushes this year
MENTORS = (("周杰", "孙欣怡"), ("黄凯", "林雪"), ("郭磊", "何宁"))  # (师傅, 徒弟)
PK_TEAMS = ("华东一组", "华东二组")
REVIEWER, APPROVER, LOCKER = "宋佳", "王立新", "陈启帆"  # analyst, director, owner
SPLITS = ((6000, 4000), (5000, 5000), (7000, 3000))  # basis points: the owner's, the partner's
KEY_ACCOUNTS = 3


def _rep_rules(key_accounts: list[str], pk: tuple[str, str],
               pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [
        {"kind": "commission", "id": "collected", "title": "回款提成", "base": "collected",
         "target_metric": "collected_amount", "method": "marginal",
         "tiers": [{"from_pct": "0", "rate_pct": "3"}, {"from_pct": "80", "rate_pct": "5"},
                   {"from_pct": "100", "rate_pct": "8"}],
         "gate_pct": "50", "cap": "60000", "product_factors": {PUSHED_LINE: "120"},
         "tier_factors": {"A": "110"}},
        {"kind": "commission", "id": "signed", "title": "签约奖励", "base": "signed",
         "target_metric": "signed_amount", "method": "whole",
         "tiers": [{"from_pct": "0", "rate_pct": "0.5"}, {"from_pct": "100", "rate_pct": "1"}]},
        {"kind": "new_customer", "id": "new_customer", "title": "客户拓展奖", "amount": "500",
         "min_contract": "10000"},
        {"kind": "ranking", "id": "champion", "title": "月度冠军", "metric": "signed_amount",
         "measure": "amount", "prizes": ["3000", "1500", "800"], "min_attainment_pct": "80"},
        {"kind": "ranking", "id": "star", "grain": "quarter", "title": "季度之星",
         "metric": "collected_amount", "measure": "attainment",
         "prizes": ["8000", "5000", "3000"], "min_attainment_pct": "90"},
        {"kind": "most_improved", "id": "improved", "title": "进步最快奖",
         "metric": "signed_amount", "amount": "2000", "min_attainment_pct": "80"},
        {"kind": "team_award", "id": "team", "grain": "quarter", "title": "团队达标奖",
         "metric": "signed_amount", "threshold_pct": "100", "pool": "20000",
         "share": "contribution"},
        {"kind": "team_pk", "id": "pk", "title": "团队PK（华东一组 vs 华东二组）",
         "unit_a": pk[0], "unit_b": pk[1], "metric": "signed_amount", "measure": "attainment",
         "pool": "4000", "share": "contribution"},
        {"kind": "milestone", "id": "milestone", "title": "分阶段达成奖",
         "metric": "signed_amount",
         "steps": [{"at_pct": "60", "amount": "300"}, {"at_pct": "100", "amount": "1000"},
                   {"at_pct": "130", "amount": "2000"}]},
        {"kind": "key_account", "id": "key_account", "title": "重点客户突破奖",
         "customer_ids": key_accounts, "amount": "5000"},
        {"kind": "mentoring", "id": "mentoring", "title": "老带新奖", "metric": "signed_amount",
         "pairs": [{"mentor_id": m, "novice_id": n} for m, n in pairs], "amount": "1500",
         "cap_pct": "120"},
        {"kind": "scorecard", "id": "scorecard", "title": "销售绩效考核", "roles": ["rep"],
         "metrics": [
             {"metric": "signed_amount", "weight_pct": "40"},
             {"metric": "collection_rate", "weight_pct": "20", "target": "90"},
             {"metric": "conversion_rate", "weight_pct": "15", "target": "30"},
             {"metric": "visits", "weight_pct": "15", "target": "6"},
             {"metric": "satisfaction", "weight_pct": "10", "target": "4.5"}],
         "bands": [{"from_score": "0", "coefficient": "0"},
                   {"from_score": "60", "coefficient": "0.8"},
                   {"from_score": "80", "coefficient": "1.0"},
                   {"from_score": "100", "coefficient": "1.2"}]},
    ]


def _manager_rules() -> list[dict[str, Any]]:
    return [{"kind": "team_award", "id": "region", "grain": "quarter", "title": "团队达标奖",
             "metric": "signed_amount", "threshold_pct": "100", "pool": "15000",
             "share": "equal"}]


class _Calendar:
    """The time the services read (``utcnow``): set to a demo minute before each step."""

    def __init__(self, clock: Clock):
        self.clock = clock
        self.minute = 0

    def at(self, day: date, hour: int, minute: int = 0) -> None:
        """Move to a local day and time (kept before the end of the history)."""
        self.minute = min(self.clock.day_index(day) * 1440 + hour * 60 + minute,
                          self.clock.end - 60)

    def now(self) -> datetime:
        return self.clock.dt(self.minute)


def _periods(today: date) -> tuple[list[str], str, dict[str, str]]:
    """The past months of the year, the current month, and each quarter the past months
    complete (quarter → its last month).
    """
    past = [P.month_key(today.year, m) for m in range(1, today.month)]
    quarters = {P.quarter_key(today.year, q): P.month_key(today.year, q * 3)
                for q in range(1, 5) if q * 3 < today.month}
    return past, P.month_key(today.year, today.month), quarters


def write_demo_incentives(store: Any, clock: Clock, seed: int,
                          step: Callable[[], None] | None = None) -> dict[str, int]:
    """Write the schemes, splits, recognition, the adjustment and the runs; returns counts.

    Each write is its own transaction (as in the app); ``step`` is called between runs (the
    generator's progress and cancel check).
    """
    rng = random.Random(seed ^ 0x1C3471)
    ids = random.Random(seed ^ 0x1D5EED)
    cal = _Calendar(clock)
    today = clock.today
    past, current, quarters = _periods(today)
    year_start = date(today.year, 1, 1)
    with store.read() as uow:
        s = uow.session
        people = {name: (pid, role) for pid, name, role in s.execute(
            select(Person.id, Person.name, Person.role).where(Person.deleted_at.is_(None)))}
        units = {name: uid for uid, name in s.execute(
            select(OrgUnit.id, OrgUnit.name).where(OrgUnit.deleted_at.is_(None)))}
        if not all(n in people for n in (REVIEWER, APPROVER, LOCKER)) \
                or not all(t in units for t in PK_TEAMS):
            return {}
        key_accounts = _key_accounts(s, year_start, P.parse(current).start)
        splits = _split_deals(s, rng, year_start, P.parse(current).start, people)
    person = {name: pid for name, (pid, _r) in people.items()}
    pairs = [(person[m], person[n]) for m, n in MENTORS if m in person and n in person]
    counts = {"schemes": 0, "runs": 0, "locked_runs": 0}
    with seeded_ids_and_clock(lambda: make_uuid(ids), cal.now):
        cal.at(year_start - timedelta(days=12), 15)
        for name, description, rules, assign in (
                (REP_SCHEME, "销售代表：回款提成（超额累进）、签约奖励（全额累计）、"
                             "各类奖金与绩效考核",
                 _rep_rules(key_accounts, (units[PK_TEAMS[0]], units[PK_TEAMS[1]]), pairs),
                 {"roles": [str(Role.REP)]}),
                (MANAGER_SCHEME, "区域经理：所辖区域季度达标奖", _manager_rules(),
                 {"roles": [str(Role.MANAGER)]})):
            ref = S.create_scheme(store, name, description, effective_from=year_start,
                                  document={"assign": assign, "rules": rules}).value
            cal.minute += 90
            S.publish(store, ref.version_id, by=person[APPROVER])
            counts["schemes"] += 1
        cal.at(year_start, 10)
        _write_splits(store, splits)
        counts["credit_splits"] = len(splits) * 2
        recognitions = _recognitions(past, quarters, person)
        for period, who, kind, title in recognitions:
            cal.at(P.parse(period).end, 16)
            A.add_recognition(store, person[who], period, kind, title)
        counts["recognitions"] = len(recognitions)

        from services.incentives.gather import gather_facts

        with store.read() as uow:  # every run's facts at once: one pass over the year
            keys: list[str] = []
            for period in [*past, current, *quarters]:
                keys += R.fact_periods(period)
            facts = gather_facts(uow.session, list(dict.fromkeys(keys)))

        adjusted = past[len(past) // 2] if len(past) >= 3 else None
        for month in past:
            if month == adjusted:
                corrected = past[past.index(month) - 2]
                _adjust(store, cal, person, corrected, month)
                counts["adjustments"] = 1
            _run(store, cal, month, facts, person, lock=True)
            counts["runs"] += 1
            counts["locked_runs"] += 1
            if step is not None:
                step()
            for quarter, last in quarters.items():
                if last == month:
                    _run(store, cal, quarter, facts, person, lock=True)
                    counts["runs"] += 1
                    counts["locked_runs"] += 1
        cal.at(today, 8, 30)
        _run(store, cal, current, facts, person, lock=False)
        counts["runs"] += 1
    return counts


def _key_accounts(s: Any, lo: date, hi: date) -> list[str]:
    """Three customers whose first signed contract came this year, before this month: the
    largest first contracts (the firm's key accounts won, named in the scheme).
    """
    signed = (Contract.deleted_at.is_(None), Contract.status == ContractStatus.SIGNED)
    first = (select(Contract.customer_id.label("cust"), func.min(Contract.sign_date).label("day"))
             .where(*signed).group_by(Contract.customer_id)
             .having(func.min(Contract.sign_date) >= lo, func.min(Contract.sign_date) < hi)
             .subquery())
    rows = s.execute(select(Contract.customer_id, func.max(Contract.amount))
                     .join(first, (first.c.cust == Contract.customer_id)
                           & (first.c.day == Contract.sign_date))
                     .join(Customer, Customer.id == Contract.customer_id)
                     .where(*signed).group_by(Contract.customer_id)).all()
    best = sorted(rows, key=lambda r: (-r[1], r[0]))[:KEY_ACCOUNTS]
    return sorted(cid for cid, _a in best)


def _split_deals(s: Any, rng: random.Random, lo: date, hi: date,
                 people: dict[str, tuple[str, str]]) -> list[tuple[str, str, int, str, int]]:
    """A few won deals of this year shared by their rep with a colleague of the same unit:
    (deal, owner, owner's bp, partner, partner's bp).
    """
    reps = {pid for pid, role in people.values() if role == Role.REP}
    rows = s.execute(
        select(Contract.number, Deal.id, Deal.owner_id, Person.unit_id)
        .join(Deal, Deal.id == Contract.deal_id).join(Person, Person.id == Deal.owner_id)
        .where(Contract.deleted_at.is_(None), Contract.status == ContractStatus.SIGNED,
               Contract.sign_date >= lo, Contract.sign_date < hi,
               Contract.amount >= Decimal(100_000))
        .order_by(Contract.number)).all()
    colleagues: dict[str, list[str]] = {}
    for pid, unit, active_to in s.execute(select(Person.id, Person.unit_id, Person.active_to)
                                          .order_by(Person.id)):
        if pid in reps and active_to is None:
            colleagues.setdefault(unit, []).append(pid)
    out: list[tuple[str, str, int, str, int]] = []
    candidates = [r for r in rows if r[2] in reps and len(colleagues.get(r[3], [])) > 1]
    for number_row, (mine, theirs) in zip(
            sorted(rng.sample(candidates, min(len(SPLITS), len(candidates))),
                   key=lambda r: r[0]), SPLITS, strict=False):
        _number, deal, owner, unit = number_row
        partner = next(p for p in colleagues[unit] if p != owner)
        out.append((deal, owner, mine, partner, theirs))
    return out


def _write_splits(store: Any, splits: list[tuple[str, str, int, str, int]]) -> None:
    for deal, owner, mine, partner, theirs in splits:
        set_credit_split(store, deal, {owner: mine, partner: theirs})


def _recognitions(past: list[str], quarters: dict[str, str], person: dict[str, str]
                  ) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    if quarters:
        first_q = next(iter(quarters))
        out.append((first_q, "周杰", RecognitionKind.HONOUR,
                    f"{P.parse(first_q).start.year}年第一季度销售标兵"))
    if len(past) >= 2:
        out.append((past[1], "孙欣怡", RecognitionKind.TRAINING, "新人销售训练营（第三期）"))
    if past:
        out.append((past[-1], "郭磊", RecognitionKind.PROMOTION, "推荐晋升华北一组组长"))
    return [r for r in out if r[1] in person]


def _adjust(store: Any, cal: _Calendar, person: dict[str, str], corrected: str,
            month: str) -> None:
    """A correction of an earlier locked run, paid in ``month``'s run."""
    run = None
    with store.read() as uow:
        found = R.live_run(uow.session, corrected)
        run = found.id if found is not None else None
    cal.at(P.parse(month).start + timedelta(days=9), 11)
    A.add_adjustment(store, person["吴婷"], month, Decimal("860.00"),
                     f"{int(corrected[-2:])}月核算漏计一笔分期回款的提成，经复核补发",
                     corrects_run_id=run, by=person[APPROVER])


def _run(store: Any, cal: _Calendar, period: str, facts: Any, person: dict[str, str], *,
         lock: bool) -> None:
    """Compute a period's run a few days after it ended; review, approve and lock it."""
    after = P.parse(period).end + timedelta(days=1)
    if not lock:
        R.compute_run(store, period, facts=facts)
        return
    cal.at(after + timedelta(days=1), 9, 30)
    R.compute_run(store, period, facts=facts)
    cal.at(after + timedelta(days=2), 14)
    R.review(store, period, by=person[REVIEWER])
    cal.at(after + timedelta(days=3), 10)
    R.approve(store, period, by=person[APPROVER])
    cal.at(after + timedelta(days=4), 17)
    R.lock(store, period, by=person[LOCKER])
