"""``setup``: the first-run setup without the window, and ``setup --status`` (the checklist).

``python main.py setup --firm NAME --me NAME --role ROLE [--fiscal-start M]
[--person NAME,UNIT,ROLE …]`` does what the setup's pages do: names the firm (its company
unit), adds "me" and the people typed with ``--person`` (a new unit for every unit named),
stores the fiscal year's first month and marks the setup done. A database that does not exist
yet is created. ``setup --status`` prints the getting-started checklist.
Exit codes: 0 done, 2 user error (message on stderr), 1 ``--status`` with steps still open.
"""

from __future__ import annotations

import argparse

from services.cli._common import fail, open_for_command

STATUS_LABELS = {
    "setup": "Finish the setup",
    "customers": "Import customers",
    "team": "Set up the team (org and people)",
    "targets": "Create this year's targets",
    "deal": "Create the first deal",
    "plan": "Make a sales plan (action items)",
    "backup": "Make a backup",
}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``setup`` subcommand."""
    p = subparsers.add_parser(
        "setup", help="first-run setup of a new database (firm, fiscal year, me, team)",
        description="Set up a new database: the firm's name, the month its fiscal year starts, "
        "who you are and, optionally, the team. With --status, print the getting-started "
        "checklist instead.")
    p.add_argument("--firm", metavar="NAME", help="the firm's name (its company unit)")
    p.add_argument("--me", metavar="NAME", help="your name (added as a person)")
    p.add_argument("--role", metavar="ROLE", default="owner",
                   help="your role: owner, director, manager, rep, analyst, or its Chinese "
                   "name (老板/管理员, 销售总监, 销售经理, 一线销售, 数据分析岗); default owner")
    p.add_argument("--fiscal-start", type=int, default=1, metavar="M",
                   help="the month (1-12) the fiscal year starts in (default: 1, January)")
    p.add_argument("--person", action="append", default=[], metavar="NAME,UNIT,ROLE",
                   help="a person of the team (repeatable); UNIT may be empty (the company), "
                   "ROLE defaults to rep")
    p.add_argument("--status", action="store_true",
                   help="print the getting-started checklist (exit 1 while steps are open)")
    p.set_defaults(handler=_setup)


def _setup(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.firstrun.setup import TeamRow, complete_setup, parse_role

    if args.status:
        return _status(args)
    if not args.firm or not args.me:
        return fail("setup needs --firm NAME and --me NAME")
    team = []
    for text in args.person:
        parts = [p.strip() for p in text.split(",")]
        if len(parts) > 3 or not parts[0]:
            return fail(f"--person {text!r}: write NAME,UNIT,ROLE (UNIT and ROLE optional)")
        parts += [""] * (3 - len(parts))
        team.append(TeamRow(parts[0], parts[1], parts[2] or "rep"))
    try:  # refused before the file is opened: a typo leaves no empty database behind
        for role in (args.role, *(row.role for row in team)):
            parse_role(role)
        if not 1 <= args.fiscal_start <= 12:
            return fail("--fiscal-start must be a month from 1 to 12")
    except SailplanError as exc:
        return fail(str(exc))
    try:
        store = open_for_command(args, create=True)
    except SailplanError as exc:
        return fail(str(exc))
    with store:
        result = complete_setup(store, args.firm, args.fiscal_start, args.me, args.role,
                                team).value
    print(f"Set up {args.firm.strip()}: you are {args.me.strip()} (person {result.me_id}); "
          f"{len(result.unit_ids)} unit(s) and {len(result.person_ids)} person(s) added; "
          f"fiscal year starts in month {args.fiscal_start}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from services.core.errors import SailplanError
    from services.firstrun.checklist import getting_started

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(str(exc))
    with store:
        checklist = getting_started(store)
    for item in checklist.items:
        print(f"[{'x' if item.done else ' '}] {STATUS_LABELS[item.key]}")
    print(f"{checklist.done_count} of {len(checklist.items)} done"
          + ("; the list is dismissed" if checklist.dismissed else ""))
    return 0 if checklist.all_done else 1
