"""``export plan --year YYYY OUT.xlsx``: the plan workbook (销售计划) from the command line.

The ``export`` subcommand itself lives in :mod:`services.cli.import_export` (it also exports
customers and deals); it hands ``export plan`` to :func:`run_plan_export` here.
"""

from __future__ import annotations

import argparse

from services.cli._i18n import tr


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Nothing to add: ``export plan`` is a kind of the existing ``export`` subcommand."""


def run_plan_export(args: argparse.Namespace) -> int:
    """Handle ``export plan --year YYYY OUT.xlsx``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.cli._common import StderrProgress, fail, open_for_command
    from services.core.errors import SailplanError

    if args.year is None:
        return fail(tr("export plan needs --year YYYY"))
    if not str(args.out).lower().endswith(".xlsx"):
        return fail(tr("{path}: the plan is exported to an .xlsx file", path=args.out))
    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
        from services.plans.export import export_plan, plan_for_year

        try:
            plan_id = plan_for_year(store, args.year)
            result = export_plan(store, plan_id, args.out,
                                 progress=StderrProgress(tr("Exporting")))
        except (SailplanError, OSError, ValueError) as exc:
            return fail(exc)
    print(tr("Exported the {year} plan ({nodes} target nodes, {actions} action items; sheets: "
             "{sheets}) to {path}", year=args.year, nodes=result.nodes, actions=result.actions,
             sheets=", ".join(result.sheets), path=result.path))
    return 0
