"""Sizes, results, thresholds and the small helpers every part of the demo generator shares."""

from __future__ import annotations

import bisect
import itertools
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TypeVar

# Bump whenever the generated rows change (benchmarks key their cached demo files on it).
# 7: timeline dates on working days; 8: the shared pool switched on; 9: targets split exactly
# (every period adds up), the company types its quarters and months, adjustments follow a rule;
# 10: products have product lines (智能硬件/软件产品/实施与服务), measure units, tax rates,
# costs and one retired product; the plan is cut by product line and by channel;
# 11: people have their direct manager (reps → their team's manager, managers → the director)
# 12: won deals have contracts, payment plans, payments (early, on time, late), refunds
# 13: quotes with revisions and approvals; contracts of accepted quotes signed for their total;
# order status, compliance ticks and overrides, drafts, cancellations, disputes, credit limits
# 14: incentives: the reps' and managers' schemes, credit splits, recognition, an adjustment,
# the year's payout runs locked and this month's computed
GENERATOR_VERSION = 14
DEFAULT_SEED = 20260101

# Customer tiers from the trailing twelve months' won amount (yuan).
TIER_A_MIN = Decimal("500000")  # 50万
TIER_B_MIN = Decimal("50000")  # 5万
TIER_WINDOW_DAYS = 365

HISTORY_DAYS = 913  # two and a half years before ``today``
LOCAL_OFFSET = timedelta(hours=8)  # the demo firm works in China Standard Time
LOCAL_MINUTES = 8 * 60

T = TypeVar("T")
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class DemoCancelled(Exception):
    """Raised when the user cancels demo generation; nothing has been written."""

    def __init__(self) -> None:
        super().__init__("demo generation cancelled; nothing was written")


@dataclass(frozen=True)
class DemoSize:
    """How big a demo firm to build."""

    customers: int
    deals: int

    def __str__(self) -> str:
        return f"{self.customers}:{self.deals}"


PRESETS = {
    "small": DemoSize(150, 400),
    "standard": DemoSize(1500, 4000),
    "large": DemoSize(100_000, 300_000),
}
_SIZE_RE = re.compile(r"^\s*(\d+)\s*(?::\s*(\d+)\s*)?$")


def parse_size(text: str | DemoSize) -> DemoSize:
    """Parse ``small|standard|large``, ``N`` (customers; deals ≈ 2.7 × N) or ``N:M``.

    Raises ``ValueError`` with a readable message on anything else.
    """
    if isinstance(text, DemoSize):
        return text
    key = text.strip().lower()
    if key in PRESETS:
        return PRESETS[key]
    m = _SIZE_RE.match(key)
    if not m:
        raise ValueError(
            f"invalid demo size {text!r}: use small, standard, large, CUSTOMERS or CUSTOMERS:DEALS"
        )
    customers = int(m.group(1))
    deals = int(m.group(2)) if m.group(2) is not None else customers * 8 // 3
    if customers < 1 or deals < 0:
        raise ValueError(f"invalid demo size {text!r}: at least one customer is needed")
    return DemoSize(customers, deals)


@dataclass(frozen=True)
class DemoSummary:
    """Row counts written by one generation."""

    org_units: int
    people: int
    products: int
    pipelines: int
    stages: int
    lost_reasons: int
    customers: int
    contacts: int
    followups: int
    customer_events: int
    deals: int
    deal_lines: int
    stage_history: int
    seconds: float
    contracts: int = 0
    instalments: int = 0
    payments: int = 0
    quotes: int = 0
    quote_approvals: int = 0
    payout_runs: int = 0
    locked_runs: int = 0
    incentive_seconds: float = 0.0

    def lines(self) -> list[str]:
        """Human-readable summary lines (English labels with the Chinese terms)."""
        return [
            f"org units 组织单元: {self.org_units}",
            f"people 人员: {self.people}",
            f"products 产品: {self.products}",
            f"pipelines 销售流程: {self.pipelines} ({self.stages} stages 阶段)",
            f"lost reasons 输单原因: {self.lost_reasons}",
            f"customers 客户: {self.customers}",
            f"contacts 联系人: {self.contacts}",
            f"follow-ups 跟进记录: {self.followups}",
            f"customer events 客户动态: {self.customer_events}",
            f"opportunities 商机: {self.deals}",
            f"deal lines 商机明细: {self.deal_lines}",
            f"stage changes 阶段变更: {self.stage_history}",
            f"contracts 合同: {self.contracts} ({self.instalments} instalments 回款期次)",
            f"quotes 报价: {self.quotes} ({self.quote_approvals} approvals 审批)",
            f"payments 回款: {self.payments}",
            f"payout runs 提成核算: {self.payout_runs} ({self.locked_runs} locked 已锁定; "
            f"{self.incentive_seconds:.1f}s)",
            f"time: {self.seconds:.1f}s",
        ]


class Clock:
    """Demo time: whole minutes of local (UTC+8) time since the first day of the history.

    Working in integers keeps the simulation fast; :meth:`dt` converts to aware UTC only when a
    row is written. ``end`` is local midnight of ``today``: nothing happens at or after it.
    """

    def __init__(self, today: date, raw_sqlite: bool = False):
        self.today = today
        self.start_day = today - timedelta(days=HISTORY_DAYS)
        self._base = datetime(self.start_day.year, self.start_day.month, self.start_day.day,
                              tzinfo=UTC) - LOCAL_OFFSET
        self.end = HISTORY_DAYS * 1440
        self.raw_sqlite = raw_sqlite
        # Storage text of every UTC day and time of day, for the raw SQLite path.
        first = self.start_day - timedelta(days=1)
        self._day_text = [(first + timedelta(days=i)).isoformat() for i in range(HISTORY_DAYS + 3)]
        self._tod_text = [f"{m // 60:02d}:{m % 60:02d}:00.000000" for m in range(1440)]
        self.ts: Callable[[int], object] = self._ts_text if raw_sqlite else self.dt
        self.money: Callable[[int], object] = int if raw_sqlite else yuan
        self.dv: Callable[[date | None], object] = _iso if raw_sqlite else _same

    def _ts_text(self, minute: int) -> str:
        """A demo minute as SQLite storage text of naive UTC (what UTCDateTime writes)."""
        utc = minute - LOCAL_MINUTES + 1440  # minutes since the UTC midnight before start
        return f"{self._day_text[utc // 1440]} {self._tod_text[utc % 1440]}"

    def dt(self, minute: int) -> datetime:
        """The aware UTC datetime of a demo minute."""
        return self._base + timedelta(minutes=minute)

    def day(self, minute: int) -> date:
        """The local calendar date of a demo minute."""
        return self.start_day + timedelta(days=minute // 1440)

    def date_of_day(self, day_index: int) -> date:
        """The calendar date ``day_index`` days after the start."""
        return self.start_day + timedelta(days=day_index)

    def day_index(self, d: date) -> int:
        """Days from the start of the history to ``d``."""
        return (d - self.start_day).days


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _same(d: date | None) -> date | None:
    return d


def working_minute(rng: random.Random, day_index: int) -> int:
    """A minute during office hours (09:00–18:30 local) on the given day."""
    return day_index * 1440 + rng.randint(9 * 60, 18 * 60 + 30)


_UUID_CLEAR = ~((0xF << 76) | (0xC << 60))
_UUID_SET = (0x4 << 76) | (0x8 << 60)  # version 4, RFC 4122 variant


def make_uuid(rng: random.Random) -> str:
    """A UUID4-shaped id drawn from ``rng`` (so the same seed gives the same ids)."""
    h = "%032x" % (rng.getrandbits(128) & _UUID_CLEAR | _UUID_SET)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class DemoRandom(random.Random):
    """``random.Random`` with cheaper integer draws (the generator makes millions of them).

    ``int(random() * n)`` has a bias below 2**-40 for the small ranges used here, and is three
    Python calls cheaper than the exact ``randrange`` machinery. Still fully seeded.
    """

    def _randbelow(self, n: int) -> int:  # type: ignore[override]
        return int(self.random() * n)

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]


def yuan(fen: int) -> Decimal:
    """Integer fen as exact Decimal yuan."""
    return Decimal(fen).scaleb(-2)


def mobile(rng: random.Random) -> str:
    """A mainland mobile number written 1xx-xxxx-xxxx."""
    prefix = rng.choice(("130", "131", "135", "136", "137", "138", "139", "150", "151", "152",
                         "158", "159", "176", "177", "180", "181", "186", "187", "188", "189"))
    return f"{prefix}-{rng.randint(0, 9999):04d}-{rng.randint(0, 9999):04d}"


_CUMULATIVE: dict[int, tuple[Sequence[float], list[float], float]] = {}


def weighted(rng: random.Random, items: Sequence[T], weights: Sequence[float]) -> T:
    """One item picked by weight (cumulative weights cached per weights tuple)."""
    cached = _CUMULATIVE.get(id(weights))
    if cached is None or cached[0] is not weights:
        cum = list(itertools.accumulate(weights))
        cached = _CUMULATIVE[id(weights)] = (weights, cum, cum[-1])
    _w, cum, total = cached
    return items[bisect.bisect_right(cum, rng.random() * total)]


def person_name(rng: random.Random, surnames: Sequence[str], given: Sequence[str]) -> str:
    """A Chinese personal name: surname plus one or two given-name characters."""
    name = rng.choice(surnames) + rng.choice(given)
    if rng.random() < 0.6:
        name += rng.choice(given)
    return name
