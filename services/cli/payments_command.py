"""``export payments OUT.xlsx|OUT.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]``: payments received.

The ``export`` subcommand itself lives in :mod:`services.cli.import_export`; it hands
``export payments`` to :func:`run_payments_export` here. One row per payment or refund (a
negative amount) received in the period (both ends included; either may be left open).
"""

from __future__ import annotations

import argparse

from services.cli._i18n import tr


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Nothing to add: ``export payments`` is a kind of the existing ``export`` subcommand."""


def run_payments_export(args: argparse.Namespace) -> int:
    """Handle ``export payments``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.cli._common import fail, open_for_command
    from services.core.errors import SailplanError

    if args.start and args.end and args.end < args.start:
        return fail(tr("--to {end} is before --from {start}", end=args.end.isoformat(),
                       start=args.start.isoformat()))
    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
        from services.orders.payments_export import export_payments

        try:
            result = export_payments(store, args.out, start=args.start, end=args.end,
                                     english=args.english)
        except (SailplanError, OSError) as exc:
            return fail(exc)
    print(tr("Exported {count} payment(s), {total} in all (refunds subtracted), to {path}",
             count=result.rows, total=f"{result.total:,.2f}", path=result.path))
    for issue in result.issues[:30]:
        print("  " + tr("Row {row}, {column}: {message}", row=issue.row, column=issue.column,
                        message=issue.message))
    return 0
