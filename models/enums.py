"""Enumerations stored as short text codes (stable across languages and databases)."""

from __future__ import annotations

from enum import StrEnum


class UnitKind(StrEnum):
    """What an org unit is: the company root or a layer of the target cascade."""

    COMPANY = "company"
    REGION = "region"
    CHANNEL = "channel"
    PRODUCT_LINE = "product_line"
    DEPARTMENT = "department"
    TEAM = "team"


class Role(StrEnum):
    """A person's role (DOMAIN.md §7)."""

    OWNER = "owner"
    DIRECTOR = "director"
    MANAGER = "manager"
    REP = "rep"
    ANALYST = "analyst"


class CapacityTier(StrEnum):
    """Capacity tier used when splitting targets: 新手 / 中级 / 资深."""

    NOVICE = "novice"
    INTERMEDIATE = "intermediate"
    SENIOR = "senior"


class CustomerTier(StrEnum):
    """Customer tier: A 大客户, B 普通, C 潜在."""

    A = "A"
    B = "B"
    C = "C"


class FollowUpMethod(StrEnum):
    """How a follow-up happened: 拜访 / 电话 / 微信 / 邮件."""

    VISIT = "visit"
    CALL = "call"
    WECHAT = "wechat"
    EMAIL = "email"


class StageKind(StrEnum):
    """Whether a stage is open, or the won/lost end of a pipeline."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"


class CustomerAction(StrEnum):
    """Logged moves of a customer between owners and the shared pool (公海)."""

    CREATE = "create"
    ASSIGN = "assign"
    RELEASE = "release"
    CLAIM = "claim"
    MERGE = "merge"


class TargetMetric(StrEnum):
    """A target metric (指标); :data:`METRIC_UNITS` says how its integer values are counted."""

    SIGNED_AMOUNT = "signed_amount"  # 签约额, fen
    COLLECTED_AMOUNT = "collected_amount"  # 回款额, fen
    DEAL_COUNT = "deal_count"  # 签约量
    NEW_CUSTOMERS = "new_customers"  # 新增客户数
    FOLLOWUPS = "followups"  # 拜访/跟进数
    LEADS = "leads"  # reverse-funnel process metrics (反推)
    FIRST_CONTACTS = "first_contacts"
    QUOTES = "quotes"
    NEGOTIATIONS = "negotiations"
    WINS = "wins"
    CONVERSION_RATE = "conversion_rate"  # 转化率, basis points (rates: RATE_METRICS)
    REPURCHASE_RATE = "repurchase_rate"  # 复购率
    MARKET_SHARE = "market_share"  # 市场份额: target and actual typed
    COLLECTION_RATE = "collection_rate"  # 回款率
    RENEWAL_RATE = "renewal_rate"  # 老客户续签率
    NEW_PRODUCT_SHARE = "new_product_share"  # 新产品销售占比


class MetricUnit(StrEnum):
    """How a metric's stored integer is read: fen, a plain count, or basis points (1% = 100)."""

    FEN = "fen"
    COUNT = "count"
    BASIS_POINTS = "bp"


METRIC_UNITS: dict[str, MetricUnit] = {
    TargetMetric.SIGNED_AMOUNT: MetricUnit.FEN,
    TargetMetric.COLLECTED_AMOUNT: MetricUnit.FEN,
    TargetMetric.DEAL_COUNT: MetricUnit.COUNT,
    TargetMetric.NEW_CUSTOMERS: MetricUnit.COUNT,
    TargetMetric.FOLLOWUPS: MetricUnit.COUNT,
    TargetMetric.LEADS: MetricUnit.COUNT,
    TargetMetric.FIRST_CONTACTS: MetricUnit.COUNT,
    TargetMetric.QUOTES: MetricUnit.COUNT,
    TargetMetric.NEGOTIATIONS: MetricUnit.COUNT,
    TargetMetric.WINS: MetricUnit.COUNT,
    TargetMetric.CONVERSION_RATE: MetricUnit.BASIS_POINTS,
    TargetMetric.REPURCHASE_RATE: MetricUnit.BASIS_POINTS,
    TargetMetric.MARKET_SHARE: MetricUnit.BASIS_POINTS,
    TargetMetric.COLLECTION_RATE: MetricUnit.BASIS_POINTS,
    TargetMetric.RENEWAL_RATE: MetricUnit.BASIS_POINTS,
    TargetMetric.NEW_PRODUCT_SHARE: MetricUnit.BASIS_POINTS,
}

# Rates do not add up: a parent's rate is typed, never the sum of its children.
ADDITIVE_METRICS: frozenset[str] = frozenset(
    m for m, unit in METRIC_UNITS.items() if unit is not MetricUnit.BASIS_POINTS
)
#: Rates (比率): a period split gives every sub-period the same rate, a parent's actual is the
#: children's numerators over their denominators (weighted by the denominator), never a sum.
RATE_METRICS: frozenset[str] = frozenset(METRIC_UNITS) - ADDITIVE_METRICS
#: Rates whose actual is typed, not derived from records (市场份额: the market is not in the data).
TYPED_ACTUAL_METRICS: frozenset[str] = frozenset({TargetMetric.MARKET_SHARE})


def rate_parts(metric: str) -> tuple[str, str]:
    """The keys a derived rate's numerator and denominator actuals are counted under
    (``"conversion_rate:num"``, ``"conversion_rate:den"``); they add up the tree like sums.
    """
    return f"{metric}:num", f"{metric}:den"


class TargetPlanStatus(StrEnum):
    """A plan year's lifecycle: 草稿 draft → 已公示 published."""

    DRAFT = "draft"
    PUBLISHED = "published"


class TargetNodeKind(StrEnum):
    """A node of the target cascade: company total, a layer (org unit), a person, or a member
    of a cut of the company total (a product line, a channel, a customer tier).
    """

    COMPANY = "company"
    UNIT = "unit"
    PERSON = "person"
    CUT = "cut"


class TargetCut(StrEnum):
    """A dimension the company total is cut along besides the org tree (目标多维分解)."""

    PRODUCT_LINE = "product_line"  # 产品线: won deals' product lines
    CHANNEL = "channel"  # 渠道: the deal's source, else its customer's
    CUSTOMER_TIER = "customer_tier"  # 客户分层: the customer's tier (A/B/C)


class SplitRule(StrEnum):
    """How a node's value is split among its children (or a period among its sub-periods)."""

    EVEN = "even"
    LAST_YEAR = "last_year"
    WEIGHTS = "weights"
    CAPACITY = "capacity"


class AdjustmentStatus(StrEnum):
    """A target adjustment request (动态调整): 待审批 / 已批准 / 已驳回."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class PlanVariant(StrEnum):
    """Plan A 理想线 (ideal line) or plan B 保底线 (floor line)."""

    A = "A"
    B = "B"


class ActionStatus(StrEnum):
    """An action item's status: 待办 / 进行中 / 已完成 / 受阻."""

    TODO = "todo"
    DOING = "doing"
    DONE = "done"
    BLOCKED = "blocked"


class PlanCheckpointKind(StrEnum):
    """A checkpoint of the annual timeline (时间表)."""

    TARGET_SETTING = "target_setting"
    PLAN_REVIEW = "plan_review"
    BRIEFING = "briefing"
    KPI_RULES = "kpi_rules"
    MONTHLY_PLAN = "monthly_plan"
    WEEKLY_TASKS = "weekly_tasks"
    QUARTERLY_REVIEW = "quarterly_review"
    YEAR_END = "year_end"
