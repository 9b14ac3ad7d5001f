"""``people leave``: a person leaves and hands over what they own (离职交接).

``python main.py people leave NAME --to NAME [--on DATE]`` hands their customers, open deals,
open targets, open action items and direct reports to one person;
``--split NAME,NAME…`` spreads customers, deals and action items evenly among several people
(targets and reports go to ``--to`` if given too, else to the first of them). ``--on`` is the
last day (default today). One transaction: everything or nothing.

The ``people`` command may be registered by another module of this package too (``people
list|add|edit``): :func:`people_actions` adds to it when it exists and creates it otherwise,
so the order modules register in does not matter.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from services.cli._common import command_actions, fail, open_for_command
from services.cli._errors import guarded
from services.cli._i18n import join, tr

PEOPLE_DEST = "people_action"


def people_actions(subparsers: Any) -> Any:
    """The sub-command action of the ``people`` command, creating the command if needed."""
    return command_actions(subparsers, "people", "people on the team (人员)", PEOPLE_DEST)


def register(subparsers: Any) -> None:
    """Add ``people leave``."""
    p = people_actions(subparsers).add_parser(
        "leave", help="a person leaves: hand over their customers, open deals, targets, "
                      "action items and reports (离职交接)")
    p.add_argument("name", help="the person who leaves")
    p.add_argument("--to", default=None, metavar="NAME",
                   help="hand everything to this person")
    p.add_argument("--split", default=None, metavar="NAME,NAME",
                   help="spread customers, deals and action items evenly among these people "
                        "(comma-separated)")
    p.add_argument("--on", default=None, metavar="YYYY-MM-DD",
                   help="the last day (default: today)")
    p.set_defaults(handler=guarded(run))


def run(args: argparse.Namespace) -> int:
    """Handle ``people leave``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.org.leaving import KINDS, leave, person_by_name

    try:
        on = date.fromisoformat(args.on) if args.on else date.today()
    except ValueError:
        return fail(tr("--on: “{value}” is not a date (YYYY-MM-DD)", value=args.on))
    split_names = [n.strip() for n in (args.split or "").replace("，", ",").split(",")
                   if n.strip()]
    try:
        with open_for_command(args) as store:
            names = {person_by_name(store, n): n
                     for n in [args.name, *([args.to] if args.to else []), *split_names]}
            ids = {n: pid for pid, n in names.items()}
            result = leave(store, ids[args.name], on=on, to=ids.get(args.to or ""),
                           split_among=[ids[n] for n in split_names]).value
    except SailplanError as exc:
        return fail(exc)
    moved = join(_count(k, result.moved[k]) for k in KINDS)
    print(tr("{name} leaves on {day}; handed over: {moved}.", name=args.name,
             day=on.isoformat(), moved=moved))
    for pid, counts in result.per_person.items():
        got = join(_count(k, counts[k]) for k in KINDS if counts[k])
        print(f"  {names.get(pid, pid)}: {got}")
    if result.targets_kept:
        print("  " + tr("{count} personal target(s) kept: the receiver already has one in that "
                        "plan; adjust the targets by hand.", count=result.targets_kept))
    return 0


def _count(kind: str, n: int) -> str:
    """``3 customer(s)`` in the run's language."""
    words = {"customers": tr("{count} customer(s)", count=n),
             "deals": tr("{count} open deal(s)", count=n),
             "targets": tr("{count} target(s)", count=n),
             "actions": tr("{count} action item(s)", count=n),
             "reports": tr("{count} report(s)", count=n)}
    return words.get(kind, f"{n} {kind}")
