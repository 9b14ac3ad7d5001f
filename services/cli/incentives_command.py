"""``incentives run|show|review|approve|reopen|lock|adjust``: payout runs (提成核算) headless.

``python main.py incentives run --period 2026-06`` computes (or computes again) the period's run
and prints each person's totals, tab-separated: person, gross, adjustments, clawbacks, net.
``incentives show --period P [--person NAME]`` prints each person's statement: every line's
amount and its explanation (in ``--lang``), then their totals. ``incentives review|approve|lock
--period P [--by NAME]`` moves the run on (computed → reviewed → approved → locked; each refused
out of order, a locked run never changes); ``reopen`` puts a reviewed or approved run back to
computed. ``incentives adjust --person NAME --period P --amount A --reason TEXT [--corrects
PERIOD]`` records an adjustment (调整) a later run pays. The same services and refusals as the
window (:mod:`services.incentives.runs`). Exit codes: 0 done, 2 refused (message on stderr).
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from services.cli._common import fail, open_for_command
from services.cli._i18n import N_, language, tr

STEPS = ("review", "approve", "reopen", "lock")

REFUSALS = (
    # the refusals of services/incentives (schemes, runs, adjustments) for cli_zh_CN.ts;
    # tests/unit/cli/test_incentives_cli.py keeps this list equal to what they raise
    N_("there is no scheme called {name}"),
    N_("a scheme needs a name"),
    N_("a scheme's name can be at most {limit} characters long"),
    N_("a note can be at most {limit} characters long"),
    N_("a scheme called {name} already exists"),
    N_("this scheme no longer exists"),
    N_("this scheme version no longer exists"),
    N_("version {number} is published and never changes; make a new version"),
    N_("a payout run used this scheme; it cannot be removed"),
    N_("version {number} is not published"),
    N_("a locked payout run used version {number}; it stays published"),
    N_("a scheme keeps at least one version"),
    N_("a payout period is a month (2026-06), a quarter (2026-Q2) or a year (2026), not "
       "{period}"),
    N_("there is no {period} payout run; compute it first"),
    N_("the {period} payout run is locked"),
    N_("that person does not exist"),
    N_("this payout run no longer exists"),
    N_("approve the {period} payout run before locking it"),
    N_("the {period} payout run was computed again since"),
    N_("the {period} payout run is already reviewed"),
    N_("what the {period} payout run pays changed since it was computed; compute it again"),
    N_("review the {period} payout run before approving it"),
    N_("the {period} payout run is already approved"),
    N_("the {period} payout run is neither reviewed nor approved; there is nothing to "
       "reopen"),
    N_("give the reason for the adjustment"),
    N_("a recognition needs a title"),
    N_("a text can be at most {limit} characters long"),
    N_("an adjustment needs an amount other than zero"),
    N_("an amount must be a number of yuan"),
    N_("this adjustment no longer exists"),
    N_("a locked payout run paid this adjustment; it stays"),
    N_("recognition is an honour, a training or a promotion recommendation, not {kind}"),
    N_("this recognition no longer exists"),
    N_("an adjustment corrects a locked payout run"),
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``incentives`` subcommand."""
    p = subparsers.add_parser("incentives", help="payout runs (incentives run|show|review|"
                                                 "approve|reopen|lock|adjust)")
    sub = p.add_subparsers(dest="incentives_command", required=True)
    period_help = "the period: a month (2026-06), a quarter (2026-Q2) or a year (2026)"
    run = sub.add_parser("run", help="compute the period's payout run (again, until it is "
                                     "locked) and print each person's totals")
    run.add_argument("--period", required=True, help=period_help)
    run.set_defaults(handler=_run)
    show = sub.add_parser("show", help="print the run's statements: every line explained")
    show.add_argument("--period", required=True, help=period_help)
    show.add_argument("--person", default=None, help="only this person's (name or id)")
    show.set_defaults(handler=_show)
    for step, text in (("review", "mark the computed run reviewed (已复核)"),
                       ("approve", "mark the reviewed run approved (已审批)"),
                       ("reopen", "put a reviewed or approved run back to computed"),
                       ("lock", "lock the approved run (已锁定): it never changes again")):
        sp = sub.add_parser(step, help=text)
        sp.add_argument("--period", required=True, help=period_help)
        if step != "reopen":
            sp.add_argument("--by", default=None, metavar="PERSON",
                            help="who does it (name or id)")
        sp.set_defaults(handler=_step, step=step)
    adj = sub.add_parser("adjust", help="record an adjustment (调整) a later run pays")
    adj.add_argument("--person", required=True, help="whose pay it corrects (name or id)")
    adj.add_argument("--period", required=True,
                     help="the first period whose run pays it (not a locked one)")
    adj.add_argument("--amount", required=True,
                     help="yuan: positive is owed to the person, negative taken back")
    adj.add_argument("--reason", required=True, help="why, as the statement will say")
    adj.add_argument("--corrects", default=None, metavar="PERIOD",
                     help="the locked run it corrects, by its period")
    adj.add_argument("--by", default=None, metavar="PERSON", help="who records it")
    adj.set_defaults(handler=_adjust)


def _status_word(status: str) -> str:
    words = {"computed": tr("computed"), "reviewed": tr("reviewed"),
             "approved": tr("approved"), "locked": tr("locked")}
    return words.get(status, status)


def _money(value: Decimal) -> str:
    return f"{value:.2f}"


def _person_id(store: Any, ref: str | None) -> str | None:
    from services.org.lookup import find_person

    return find_person(store, ref).id if ref else None


def _run(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.incentives import run_queries as ST
    from services.incentives import runs as R

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        try:
            period = R.check_period(args.period).key
            R.compute_run(store, period)
            summary = ST.get_run(store, period)
            people = ST.person_totals(store, period)
        except SailplanError as exc:
            return fail(exc)
    assert summary is not None
    print(tr("person\tgross\tadjustments\tclawbacks\tnet"))
    for _pid, name, t in people:
        print("\t".join((name, _money(t.gross), _money(t.adjustments), _money(t.clawbacks),
                         _money(t.net))))
    t = summary.totals
    print(tr("The {period} payout run is {status}: {count} person(s), net {net} (gross {gross}, "
             "adjustments {adjustments}, clawbacks {clawbacks})", period=period,
             status=_status_word(summary.status), count=summary.people, net=_money(t.net),
             gross=_money(t.gross), adjustments=_money(t.adjustments),
             clawbacks=_money(t.clawbacks)))
    return 0


def _show(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.incentives import run_queries as ST
    from services.incentives import runs as R

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        try:
            period = R.check_period(args.period).key
            person = _person_id(store, args.person)
            summary = ST.get_run(store, period)
            people = ST.statements(store, period, person_id=person, lang=language())
        except SailplanError as exc:
            return fail(exc)
    assert summary is not None
    print(tr("The {period} payout run ({status})", period=period,
             status=_status_word(summary.status)))
    for statement in people:
        print()
        print(statement.person_name)
        for line in statement.lines:
            print(f"  {_money(line.amount):>12}  {line.text}")
        t = statement.totals
        print("  " + tr("gross {gross}, adjustments {adjustments}, clawbacks {clawbacks}, "
                        "net {net}", gross=_money(t.gross), adjustments=_money(t.adjustments),
                        clawbacks=_money(t.clawbacks), net=_money(t.net)))
    if not people:
        print(tr("Nobody is paid in this run."))
    return 0


def _step(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.incentives import runs as R

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        try:
            period = R.check_period(args.period).key
            by = _person_id(store, getattr(args, "by", None))
            if args.step == "review":
                R.review(store, period, by=by)
            elif args.step == "approve":
                R.approve(store, period, by=by)
            elif args.step == "lock":
                R.lock(store, period, by=by)
            else:
                R.reopen(store, period)
        except SailplanError as exc:
            return fail(exc)
    status = {"review": "reviewed", "approve": "approved", "lock": "locked",
              "reopen": "computed"}[args.step]
    print(tr("The {period} payout run is now {status}", period=period,
             status=_status_word(status)))
    return 0


def _adjust(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.amounts import read_amount
    from services.core.errors import SailplanError
    from services.incentives import adjustments as A
    from services.incentives import runs as R
    from services.incentives.lines import yuan

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        try:
            period = R.check_period(args.period).key
            person = _person_id(store, args.person)
            assert person is not None
            amount = _amount(args.amount, read_amount)
            corrects = None
            if args.corrects:
                with store.read() as uow:
                    run = R.live_run(uow.session, R.check_period(args.corrects).key)
                if run is None:
                    raise R.RunError("there is no {period} payout run; compute it first",
                                     period=args.corrects)
                corrects = run.id
            A.add_adjustment(store, person, period, amount, args.reason,
                             corrects_run_id=corrects, by=_person_id(store, args.by))
        except SailplanError as exc:
            return fail(exc)
    print(tr("Adjustment of {amount} for {person} recorded: the first {period} or later run "
             "that locks pays it", amount=yuan(Decimal(amount)), person=args.person,
             period=period))
    return 0


def _amount(text: str, parse: Any) -> Decimal:
    """``--amount``: yuan as typed (``-1,200``, ``300万``), sign kept."""
    raw = str(text).strip()
    negative = raw.startswith(("-", "−"))
    value = parse(raw.lstrip("-−").strip()) or Decimal(0)
    return Decimal(-value if negative else value)
