"""``export plan --year YYYY OUT.xlsx``: the plan workbook (销售计划) from the command line.

The ``export`` subcommand itself lives in :mod:`services.cli.import_export` (it also exports
customers and deals); it hands ``export plan`` to :func:`run_plan_export` here.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Nothing to add: ``export plan`` is a kind of the existing ``export`` subcommand."""


def run_plan_export(args: argparse.Namespace) -> int:
    """Handle ``export plan --year YYYY OUT.xlsx``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.cli._common import StderrProgress, fail, open_for_command
    from services.core.errors import SailplanError

    if args.year is None:
        return fail("export plan needs --year YYYY")
    if not str(args.out).lower().endswith(".xlsx"):
        return fail(f"{args.out}: the plan is exported to an .xlsx file")
    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(str(exc))
    with store:
        # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
        from services.plans.export import export_plan, plan_for_year

        try:
            plan_id = plan_for_year(store, args.year)
            result = export_plan(store, plan_id, args.out, progress=StderrProgress("Exporting"))
        except (SailplanError, OSError, ValueError) as exc:
            return fail(str(exc))
    print(f"Exported the {args.year} plan ({result.nodes} target nodes, {result.actions} action "
          f"items; sheets: {', '.join(result.sheets)}) to {result.path}")
    return 0
