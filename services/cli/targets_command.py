"""``targets``: headless look at and work on the target cascade (目标体系).

``targets list`` · ``targets new --year Y`` (a draft plan from the org tree) ·
``targets show --year Y [--metric M] [--period P] [--cut C]`` (the tree with own value,
allocated, gap, actual and attainment; ``--cut product_line|channel|customer_tier`` shows that cut
of the company total instead of the org tree) · ``targets publish --year Y [--by NAME]`` ·
``targets history --year Y NODE [--metric M] [--period P]`` (every version of one value) ·
``targets check --year Y`` (every node whose periods do not add up: year ≠ Σ quarters, quarter ≠
Σ months, month ≠ Σ weeks, to the fen; and every cut that does not add up to the company total;
exit 1 when there is any) ·
``targets grow --year Y NODE --rate 15% [--years 3] [--metric M] [--period P] [--floor-rate R]
[--challenge-rate R] [--recompute]`` (set a value from growth: the average actual of the same
period over the last N years × (1 + rate); ``--recompute`` computes a growth value again from
today's actuals) · ``targets actual --year Y NODE --metric market_share [--period P] 12.5%``
(type an actual the records cannot give) · ``targets ramp [--tier T --months 30,60,100]`` (the
novice ramp per capacity tier: print it, or set one tier's).
"""

from __future__ import annotations

import argparse
from typing import Any

from services.cli._common import fail, open_for_command
from services.cli._i18n import join, tr
from services.cli._labels import code_label

# The cuts of a company total besides the org tree (models.enums.TargetCut; not imported, as
# METRICS below).
CUTS = ("product_line", "channel", "customer_tier")
# The metrics a plan can carry (models.enums.TargetMetric; not imported: building the parser
# stays free of SQLAlchemy — tests/unit/cli/test_cli_help.py keeps the two equal).
METRICS = ("signed_amount", "collected_amount", "deal_count", "new_customers", "followups",
           "leads", "first_contacts", "quotes", "negotiations", "wins", "conversion_rate",
           "repurchase_rate", "market_share", "collection_rate", "renewal_rate",
           "new_product_share")
METRIC_HELP = ("the metric (default: signed_amount 签约额); one of: " + ", ".join(METRICS)
               + " (collected_amount 回款额, deal_count 签约量, new_customers 新增客户数, "
               "followups 跟进数; leads…wins are the reverse funnel's process targets; rates: "
               "conversion_rate 转化率, repurchase_rate 复购率, market_share 市场份额, "
               "collection_rate 回款率, renewal_rate 老客户续签率, new_product_share "
               "新产品销售占比)")
TIERS = ("novice", "intermediate", "senior")


def register(subparsers: Any) -> None:
    """Add the ``targets`` command."""
    p = subparsers.add_parser("targets", help="target plans (目标体系): list, new, show, publish, "
                                              "history, check, grow, actual, ramp")
    sub = p.add_subparsers(dest="targets_action", required=True, metavar="ACTION")
    sub.add_parser("list", help="list the target plans (year, name, status, version, metrics)")
    new = sub.add_parser("new", help="create a draft plan for a year from the org tree")
    new.add_argument("--year", type=int, required=True, metavar="YYYY",
                     help="the plan year, e.g. 2026")
    new.add_argument("--name", default=None,
                     help="the plan's name (default: \"<year>年度销售目标\")")
    for name, text in (("show", "print a plan's tree with sums, gaps and actuals"),
                       ("publish", "publish (公示) a draft plan"),
                       ("history", "every version of one value of a node"),
                       ("check", "list the nodes whose periods do not add up (year ≠ Σ "
                                 "quarters, quarter ≠ Σ months, month ≠ Σ weeks) and the cuts "
                                 "that do not add up to the company total; exit 1 when there "
                                 "is any")):
        sp = sub.add_parser(name, help=text)
        sp.add_argument("--year", type=int, required=True, metavar="YYYY",
                        help="the plan year, e.g. 2026")
        if name in ("show", "history"):
            sp.add_argument("--metric", default="signed_amount", choices=METRICS,
                            metavar="METRIC", help=METRIC_HELP)
            sp.add_argument("--period", default=None,
                            help="the period: the year (default), a quarter or a month, e.g. "
                                 "2026, 2026-Q1, 2026-03")
        if name == "show":
            sp.add_argument("--cut", default=None, choices=CUTS, metavar="CUT",
                            help="show a cut of the company total instead of the org tree: "
                                 "product_line (产品线), channel (渠道) or customer_tier "
                                 "(客户分层)")
        if name == "publish":
            sp.add_argument("--by", default=None, help="name of the publishing owner/director")
        if name == "history":
            sp.add_argument("node", help="node name, as `targets show` prints it")
    _register_more(sub)
    p.set_defaults(handler=run)


def _register_more(sub: Any) -> None:
    """``grow``, ``actual`` and ``ramp``."""
    grow = sub.add_parser("grow", help="set a node's value from growth: last year's actual (or "
                                       "the average of the last N years) × (1 + rate)")
    act = sub.add_parser("actual", help="type an actual the records cannot give (market_share)")
    for sp in (grow, act):
        sp.add_argument("--year", type=int, required=True, metavar="YYYY",
                        help="the plan year, e.g. 2026")
        sp.add_argument("node", help="node name, as `targets show` prints it")
        sp.add_argument("--period", default=None,
                        help="the period: the year (default), a quarter or a month")
    grow.add_argument("--metric", default="signed_amount", choices=METRICS, metavar="METRIC",
                      help=METRIC_HELP)
    grow.add_argument("--rate", default=None, help="the growth of 目标, e.g. 15%% (or -5%%)")
    grow.add_argument("--years", type=int, default=1,
                      help="average the actuals of the last N years (default 1: last year)")
    grow.add_argument("--floor-rate", default=None, help="the growth of 保底 (default: --rate)")
    grow.add_argument("--challenge-rate", default=None,
                      help="the growth of 挑战 (default: --rate)")
    grow.add_argument("--recompute", action="store_true",
                      help="compute the value again from today's actuals, same rates and years")
    act.add_argument("--metric", default="market_share", choices=("market_share",),
                     metavar="METRIC", help="the metric (market_share 市场份额)")
    act.add_argument("value", help="the actual, e.g. 12.5%% (or \"none\" to clear it)")
    ramp = sub.add_parser("ramp", help="the novice ramp (成长目标): the share of a full target in "
                                       "a person's first months, per capacity tier")
    ramp.add_argument("--tier", choices=TIERS, default=None, help="the tier to set")
    ramp.add_argument("--months", default=None,
                      help="percents for months 1, 2, … from the start, e.g. 30,60,100 "
                           "(empty: no ramp)")


def _percent_bp(text: str) -> int:
    """``15%`` / ``12.5`` → basis points (1500 / 1250)."""
    from decimal import Decimal, InvalidOperation

    from services.core.errors import ValidationError

    try:
        return int((Decimal(text.strip().rstrip("%").strip()) * 100).to_integral_value())
    except InvalidOperation as exc:
        raise ValidationError("not a percentage: {text}", field="rate", text=text) from exc


def _fmt(metric: str, value: int) -> str:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from models.enums import METRIC_UNITS, MetricUnit

    unit = METRIC_UNITS.get(metric)
    if unit is MetricUnit.FEN:
        return f"{value / 100:,.2f}"
    if unit is MetricUnit.BASIS_POINTS:
        return f"{value / 100:.2f}%"
    return f"{value:,}"


def run(args: argparse.Namespace) -> int:
    """Handle ``targets …``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError

    try:
        with open_for_command(args) as store:
            return _run(store, args)
    except SailplanError as exc:
        return fail(exc)


def _plan_id(store: Any, year: int) -> str | None:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.targets.cascade import list_plans

    plans = [p for p in list_plans(store) if p.year == year]
    return plans[0].id if plans else None


def _run(store: Any, args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.org.people import list_people
    from services.targets import cascade as T
    from services.targets import lifecycle as L
    from services.targets.ops import create_plan_from_org

    action = args.targets_action
    if action == "ramp":
        return _ramp(store, args)
    if action == "list":
        for p in T.list_plans(store):
            print(f"{p.year}\t{p.name}\t{code_label('status', p.status)}\tv{p.version}\t"
                  f"{','.join(p.metrics)}")
        return 0
    if action == "new":
        new_id = create_plan_from_org(store, args.year, name=args.name).value
        tree = T.load_tree(store, new_id, [], with_actuals=False)
        print(tr("Created draft plan {name} with {count} nodes.", name=tree.plan.name,
                 count=len(tree.nodes)))
        return 0
    found = _plan_id(store, args.year)
    if found is None:
        return fail(tr("no target plan for {year} (create one: targets new --year {year})",
                       year=args.year))
    plan_id: str = found
    if action == "check":
        return _check(store, plan_id)
    if action == "publish":
        by: str | None = None
        if args.by:
            match = [p.id for p in list_people(store, include_inactive=True) if p.name == args.by]
            if not match:
                return fail(tr("nobody called “{name}”", name=args.by))
            by = match[0]
        L.publish_plan(store, plan_id, by=by)
        print(tr("Published the {year} plan.", year=args.year))
        return 0
    period = args.period or str(args.year)
    tree = T.load_tree(store, plan_id, [period], cut=getattr(args, "cut", None))
    if args.metric not in tree.plan.metrics:
        have = ", ".join(tree.plan.metrics)
        return fail(tr("the plan has no metric {metric} (it has {metrics})",
                       metric=args.metric, metrics=have))
    if action in ("history", "grow", "actual"):
        nodes = [n for n in tree.nodes if n.name == args.node]
        if not nodes:
            return fail(tr("no node called “{name}” in the {year} plan", name=args.node,
                           year=args.year))
    if action in ("grow", "actual"):
        return _grow(store, args, nodes[0].id, period) if action == "grow" else \
            _actual(store, args, nodes[0].id, period)
    if action == "history":
        for v in L.value_history(store, nodes[0].id, args.metric, period):
            old = _fmt(args.metric, v.old.target) if v.old else "—"
            print(f"{v.changed_at.astimezone():%Y-%m-%d %H:%M}\t{v.changed_by_name or ''}\t{old} → "
                  f"{_fmt(args.metric, v.new.target)}\tv{v.plan_version}\t{v.reason or ''}")
        return 0
    cut = tr(" cut {cut}", cut=code_label("cut", tree.cut)) if tree.cut else ""
    print(f"{tree.plan.name} [{code_label('status', tree.plan.status)}] "
          f"{code_label('metric', args.metric)} {period}{cut}")
    from services.targets.growth import plan_growth

    formulas = plan_growth(store, plan_id)
    print(tr("node\ttarget\tallocated\tgap\tactual\tattainment\tformula"))
    for n in tree.nodes:
        c = tree.rollup.cell(n.id, args.metric, period)
        own = _fmt(args.metric, c.own.target) if c.own else "—"
        att = f"{c.attainment:.0%}" if c.attainment is not None else ""
        f = formulas.get((n.id, args.metric, period))
        line = (f"{'  ' * n.depth}{n.name}\t{own}\t{_fmt(args.metric, c.allocated.target)}\t"
                f"{_fmt(args.metric, c.gap.target)}\t{_fmt(args.metric, c.actual)}\t{att}")
        print(line + (f"\t{_formula(f, c.own.target if c.own else None)}" if f else ""))
    return 0


def _formula(f: Any, target: int | None) -> str:
    """``2025 actual 400.00 × (1 + 15%) = 460.00 (2026-12-06)``, flagged when typed over."""
    base = (f"{f.base_periods[0]} actual" if f.years == 1 else
            f"average of {', '.join(f.base_periods)} actuals")
    text = (f"{base} {_fmt(f.metric, f.base)} × (1 + {f.rate_bp / 100:g}%) = "
            f"{_fmt(f.metric, f.result)} ({f.computed_at.astimezone():%Y-%m-%d})")
    return text if target == f.result else text + ", changed by hand since"


def _grow(store: Any, args: argparse.Namespace, node_id: str, period: str) -> int:
    """``targets grow``."""
    from services.targets.growth import recompute_growth, set_growth

    if args.recompute:
        f = recompute_growth(store, node_id, args.metric, period).value
    else:
        if args.rate is None:
            return fail("give --rate (e.g. --rate 15%) or --recompute")
        rate = _percent_bp(args.rate)
        f = set_growth(store, node_id, args.metric, period, rate, years=args.years,
                       floor_rate_bp=_percent_bp(args.floor_rate) if args.floor_rate else None,
                       challenge_rate_bp=_percent_bp(args.challenge_rate)
                       if args.challenge_rate else None).value
    print(f"{args.node} {args.metric} {period}: {_formula(f, f.result)}")
    return 0


def _actual(store: Any, args: argparse.Namespace, node_id: str, period: str) -> int:
    """``targets actual``."""
    from services.targets.typed_actuals import set_typed_actual

    value = None if args.value.strip().lower() in ("none", "") else _percent_bp(args.value)
    set_typed_actual(store, node_id, args.metric, period, value)
    shown = "cleared" if value is None else _fmt(args.metric, value)
    print(f"{args.node} {args.metric} {period} actual: {shown}")
    return 0


def _ramp(store: Any, args: argparse.Namespace) -> int:
    """``targets ramp``: print the ramps, or set one tier's."""
    from services.targets.ramp import ramps, set_ramps

    if args.tier is not None:
        set_ramps(store, {args.tier: args.months or ""})
    elif args.months is not None:
        return fail("give --tier with --months")
    for tier, months in ramps(store).items():
        shown = " / ".join(f"{p}%" for p in months) if months else "no ramp (100% from the start)"
        print(f"{tier}\t{shown}")
    return 0


def _check(store: Any, plan_id: str) -> int:
    """``targets check``: one line per period and value that does not add up; 1 when any."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.targets.cascade import get_plan
    from services.targets.consistency import plan_period_gaps
    from services.targets.cuts import plan_cut_gaps, plan_cuts

    plan = get_plan(store, plan_id)
    gaps = plan_period_gaps(store, plan_id)
    cut_gaps = plan_cut_gaps(store, plan_id)
    if not gaps:
        print(tr("{plan}: every node's periods add up (year = Σ quarters, quarter = Σ months, "
                 "month = Σ weeks).", plan=plan.name))
        return _print_cut_gaps(plan.name, plan_cuts(store, plan_id), cut_gaps)
    _print_cut_gaps(plan.name, plan_cuts(store, plan_id), cut_gaps)
    print(tr("{plan}: {count} period(s) do not add up", plan=plan.name, count=len(gaps)))
    print(tr("node\tmetric\tperiod\tvalue\town\tsum of sub-periods\tdifference"))
    for g in gaps:
        subs = {"quarter": tr("quarters"), "month": tr("months"),
                "week": tr("weeks")}.get(g.sub_grain, tr("sub-periods"))
        for level in ("floor", "target", "challenge"):
            diff = getattr(g.gap, level)
            if diff:
                parts = tr("{value} ({periods})", value=_fmt(g.metric, getattr(g.parts, level)),
                           periods=subs)
                print(f"{g.node_name}\t{code_label('metric', g.metric)}\t{g.period}\t"
                      f"{code_label('level', level)}\t"
                      f"{_fmt(g.metric, getattr(g.own, level))}\t{parts}\t"
                      f"{_fmt(g.metric, diff)}")
    return 1


def _print_cut_gaps(plan_name: str, cuts: list[str], gaps: list[Any]) -> int:
    """The ``targets check`` lines of the cuts: one per cut, metric, period and value that does
    not add up to the company total; 1 when any.
    """
    if not gaps:
        if cuts:
            print(tr("{plan}: every cut adds up to the company total ({cuts}).",
                     plan=plan_name, cuts=join(code_label("cut", c) for c in cuts)))
        return 0
    print(tr("{plan}: {count} period(s) of a cut do not add up to the company total",
             plan=plan_name, count=len(gaps)))
    for g in gaps:
        for level in ("floor", "target", "challenge"):
            diff = getattr(g.gap, level)
            if diff:
                print(tr("cut {cut} does not add up: {metric} {period} {level}: {parts} vs "
                         "company total {total} (difference {difference})",
                         cut=code_label("cut", g.cut), metric=code_label("metric", g.metric),
                         period=g.period, level=code_label("level", level),
                         parts=_fmt(g.metric, getattr(g.parts, level)),
                         total=_fmt(g.metric, getattr(g.total, level)),
                         difference=_fmt(g.metric, diff)))
    return 1
