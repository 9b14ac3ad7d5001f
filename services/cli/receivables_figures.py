"""``receivables figures --from DATE --to DATE [--by person|team]``: payment figures (回款指标).

One line for the whole firm, then (with ``--by``) one per contract owner or per owner's org
unit: instalments settled in the period, collection rate, payment cycle, DSO, average days
late and share paid late (see :mod:`services.orders.figures`). Without ``--from``/``--to`` the
period is this month up to today.

The ``receivables`` command may be registered by another module of this package too:
:func:`receivables_actions` adds to it when it exists and creates it otherwise.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from typing import Any

from services.cli._common import command_actions, fail, open_for_command
from services.cli._errors import guarded
from services.cli._i18n import tr

RECEIVABLES_DEST = "receivables_action"


def receivables_actions(subparsers: Any) -> Any:
    """The sub-command action of the ``receivables`` command, creating the command if needed."""
    return command_actions(subparsers, "receivables", "receivables (应收账款) and payment "
                           "figures", RECEIVABLES_DEST)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def register(subparsers: Any) -> None:
    """Add ``receivables figures``."""
    p = receivables_actions(subparsers).add_parser(
        "figures", help="payment figures of a period: collection rate, payment cycle, DSO, "
                        "average days late, share paid late (回款指标)")
    p.add_argument("--from", dest="start", type=_day, default=None, metavar="YYYY-MM-DD",
                   help="first day of the period (default: the first of this month)")
    p.add_argument("--to", dest="end", type=_day, default=None, metavar="YYYY-MM-DD",
                   help="last day of the period (default: today)")
    p.add_argument("--by", choices=("person", "team"), default=None,
                   help="one line per contract owner (person) or per owner's org unit (team)")
    p.set_defaults(handler=guarded(run))


def _days(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}"


def _share(value: Decimal | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def run(args: argparse.Namespace) -> int:
    """Handle ``receivables figures``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.orders.figures import payment_figures

    end = args.end or date.today()
    start = args.start or end.replace(day=1)
    try:
        with open_for_command(args) as store:
            result = payment_figures(store, start, end, by=args.by)
    except SailplanError as exc:
        return fail(exc)
    print(tr("Payment figures {start} – {end}", start=start.isoformat(), end=end.isoformat()))
    first = {"person": tr("person"), "team": tr("team")}.get(args.by or "", "")
    print(tr("{who}\tsettled\tcollection rate\tpayment cycle (days)\tDSO (days)\t"
             "average days late\tshare paid late\tdue\tcollected\topen at the end\tsigned",
             who=first))
    nobody = {"person": tr("(no owner)"), "team": tr("(no team)")}.get(args.by or "", "")
    for f in (*result.groups, result.total):
        name = tr("All") if f is result.total else (f.name or nobody)
        print(f"{name}\t{f.settled}\t{_share(f.collection_rate)}\t{_days(f.cycle_days)}\t"
              f"{_days(f.dso)}\t{_days(f.avg_days_late)}\t{_share(f.late_share)}\t"
              f"{f.due:,.2f}\t{f.collected:,.2f}\t{f.receivable:,.2f}\t{f.signed:,.2f}")
    return 0
