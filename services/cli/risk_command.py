"""``risk list``: the customers at credit risk (信用风险) on a date.

``python main.py risk list [--as-of YYYY-MM-DD]`` prints one customer per line, tab-separated:
customer, owner, credit limit, open receivables, over the limit by, overdue more than 60 days,
disputed, and the reasons (over limit, overdue > 60 days, disputed) — as the Orders page's risk
list shows them (:func:`services.orders.risk.risk_list`). Exit codes: 0 done, 2 user error.
"""

from __future__ import annotations

import argparse
from datetime import date

from services.cli._common import fail, open_for_command
from services.cli._i18n import is_chinese, join, tr
from services.cli.receivables_command import as_of_date

HEADER = ("customer", "owner", "credit_limit", "open", "over_by", "overdue_60", "disputed",
          "reasons")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``risk`` subcommand."""
    p = subparsers.add_parser("risk", help="credit risk (risk list)")
    sub = p.add_subparsers(dest="risk_command", required=True)
    lst = sub.add_parser("list", help="customers over their credit limit, overdue more than "
                                      "60 days or with disputed instalments")
    lst.add_argument("--as-of", type=as_of_date, default=None, metavar="YYYY-MM-DD",
                     help="the day to look from (default: today)")
    lst.set_defaults(handler=_list)


def _money(value: object) -> str:
    return "" if value is None else f"{value:.2f}"


def _reason(code: str) -> str:
    if not is_chinese():
        return code  # the codes scripts match
    return {"over_limit": tr("over limit"), "overdue": tr("overdue > 60 days"),
            "disputed": tr("disputed")}[code]


def _list(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.orders.risk import risk_list

    day = args.as_of or date.today()
    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        rows = risk_list(store, day)
    print("\t".join(HEADER) if not is_chinese() else tr(
        "customer\towner\tcredit limit\topen\tover by\toverdue > 60 days\tdisputed\treasons"))
    for r in rows:
        print("\t".join((r.name, r.owner_name or "", _money(r.limit), _money(r.open),
                         _money(r.over_by), _money(r.overdue_60) if r.overdue_60 else "",
                         _money(r.disputed) if r.disputed_count else "",
                         join([_reason(c) for c in r.reasons]))))
    print(tr("{count} customer(s) at risk on {date}", count=len(rows), date=day.isoformat()))
    return 0
