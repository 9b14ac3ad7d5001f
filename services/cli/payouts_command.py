"""``export payouts --period YYYY-MM|YYYY-Qn|YYYY OUT.xlsx``: the payout workbook of a period.

The ``export`` subcommand itself lives in :mod:`services.cli.import_export`; it hands
``export payouts`` to :func:`run_payouts_export` here. The workbook (a summary and one statement
per person, :mod:`services.incentives.workbook`) is worded in the run's language (``--lang``;
``--english`` forces English). A period without a payout run is refused (exit 2).
"""

from __future__ import annotations

import argparse

from services.cli._i18n import tr


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Nothing to add: ``export payouts`` is a kind of the existing ``export`` subcommand."""


def run_payouts_export(args: argparse.Namespace) -> int:
    """Handle ``export payouts``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.cli._common import StderrProgress, fail, open_for_command
    from services.cli._i18n import language
    from services.core.errors import SailplanError

    if not args.period:
        return fail(tr("export payouts needs --period YYYY-MM, YYYY-Qn or YYYY"))
    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
        from services.incentives.workbook import export_payouts

        try:
            result = export_payouts(store, args.period, args.out,
                                    lang="en" if args.english else language(),
                                    progress=StderrProgress(tr("Exporting")))
        except (SailplanError, OSError) as exc:
            return fail(exc)
    print(tr("Exported the {period} payout run ({people} people, {total} net in all) to "
             "{path}", period=args.period, people=result.people,
             total=f"{result.net:,.2f}", path=result.path))
    for issue in result.issues[:30]:
        print("  " + tr("{column}, row {row}: {message}", row=issue.row, column=issue.column,
                        message=issue.message))
    return 0
