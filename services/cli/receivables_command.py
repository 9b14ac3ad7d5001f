"""``export receivables --as-of YYYY-MM-DD OUT.xlsx|OUT.csv``: the receivables open on a date.

The ``export`` subcommand itself lives in :mod:`services.cli.import_export`; it hands
``export receivables`` to :func:`run_receivables_export` here. Without ``--as-of`` the date is
today.
"""

from __future__ import annotations

import argparse
from datetime import date

from services.cli._i18n import tr


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Nothing to add: ``export receivables`` is a kind of the existing ``export`` subcommand."""


def as_of_date(text: str) -> date:
    """``--as-of`` value (YYYY-MM-DD) → a date (argparse ``type``)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: use YYYY-MM-DD") from None


def run_receivables_export(args: argparse.Namespace) -> int:
    """Handle ``export receivables``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.cli._common import fail, open_for_command
    from services.core.errors import SailplanError

    as_of = args.as_of or date.today()
    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
        from services.orders.export import export_receivables

        try:
            result = export_receivables(store, as_of, args.out, english=args.english)
        except (SailplanError, OSError) as exc:
            return fail(exc)
    print(tr("Exported {count} open instalment(s) as of {date}, {total} open in all, to {path}",
             count=result.rows, date=as_of.isoformat(), total=f"{result.total:,.2f}",
             path=result.path))
    for issue in result.issues[:30]:
        print("  " + tr("Row {row}, {column}: {message}", row=issue.row, column=issue.column,
                        message=issue.message))
    return 0
