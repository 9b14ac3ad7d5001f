"""``targets``: headless look at and work on the target cascade (目标体系).

``targets list`` · ``targets new --year Y`` (a draft plan from the org tree) ·
``targets show --year Y [--metric M] [--period P] [--cut C]`` (the tree with own value,
allocated, gap, actual and attainment; ``--cut product_line|channel|customer_tier`` shows that cut
of the company total instead of the org tree) · ``targets publish --year Y [--by NAME]`` ·
``targets history --year Y NODE [--metric M] [--period P]`` (every version of one value) ·
``targets check --year Y`` (every node whose periods do not add up: year ≠ Σ quarters, quarter ≠
Σ months, month ≠ Σ weeks, to the fen; and every cut that does not add up to the company total;
exit 1 when there is any).
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
           "repurchase_rate", "market_share")
METRIC_HELP = ("the metric (default: signed_amount 签约额); one of: " + ", ".join(METRICS)
               + " (collected_amount 回款额, deal_count 签约量, new_customers 新增客户数, "
               "followups 跟进数; leads…wins are the reverse funnel's process targets)")


def register(subparsers: Any) -> None:
    """Add the ``targets`` command."""
    p = subparsers.add_parser("targets", help="target plans (目标体系): list, new, show, publish, "
                                              "history, check")
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
    p.set_defaults(handler=run)


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
    if action == "history":
        nodes = [n for n in tree.nodes if n.name == args.node]
        if not nodes:
            return fail(tr("no node called “{name}” in the {year} plan", name=args.node,
                           year=args.year))
        for v in L.value_history(store, nodes[0].id, args.metric, period):
            old = _fmt(args.metric, v.old.target) if v.old else "—"
            print(f"{v.changed_at.astimezone():%Y-%m-%d %H:%M}\t{v.changed_by_name or ''}\t{old} → "
                  f"{_fmt(args.metric, v.new.target)}\tv{v.plan_version}\t{v.reason or ''}")
        return 0
    cut = tr(" cut {cut}", cut=code_label("cut", tree.cut)) if tree.cut else ""
    print(f"{tree.plan.name} [{code_label('status', tree.plan.status)}] "
          f"{code_label('metric', args.metric)} {period}{cut}")
    print(tr("node\ttarget\tallocated\tgap\tactual\tattainment"))
    for n in tree.nodes:
        c = tree.rollup.cell(n.id, args.metric, period)
        own = _fmt(args.metric, c.own.target) if c.own else "—"
        att = f"{c.attainment:.0%}" if c.attainment is not None else ""
        print(f"{'  ' * n.depth}{n.name}\t{own}\t{_fmt(args.metric, c.allocated.target)}\t"
              f"{_fmt(args.metric, c.gap.target)}\t{_fmt(args.metric, c.actual)}\t{att}")
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
