"""``incentives signals --period YYYY-MM|YYYY-Qn|YYYY``: performance-fraud signals (业绩造假).

What the approver reads before locking a period's payout run (:mod:`services.incentives.fraud`):
deals won the day they were created above the setting's amount, close dates before the
deal's creation or its win, contracts cancelled or refunded after a locked run paid on them,
and customers of one owner sharing a phone, e-mail or address. Each signal prints its kind,
person, amount at stake, sentence and records, in the run's language. Exit codes: 0 no signal,
1 signals listed, 2 refused.

The ``incentives`` command may be made by another module of this package
(``incentives_command``, registered first: modules register in name order);
:func:`incentives_actions` finds it or makes it, and :func:`add_signals` adds ``signals`` to it.
"""

from __future__ import annotations

import argparse
from typing import Any

from services.cli._common import command_actions
from services.cli._i18n import tr

INCENTIVES_DEST = "incentives_action"


def incentives_actions(subparsers: Any) -> Any:
    """The sub-command action of the ``incentives`` command, creating the command if needed."""
    return command_actions(subparsers, "incentives", "incentives (绩效与激励): payout runs "
                           "and their fraud signals", INCENTIVES_DEST)


def add_signals(actions: Any) -> None:
    """Add ``signals`` to the ``incentives`` command's actions."""
    from services.cli._errors import guarded

    p = actions.add_parser("signals", help="performance-fraud signals (业绩造假) of a period, "
                                           "for the approver before locking its payout run")
    p.add_argument("--period", required=True, metavar="YYYY-MM|YYYY-Qn|YYYY",
                   help="the period: a month, a quarter or a year")
    p.set_defaults(handler=guarded(run_signals))


def register(subparsers: Any) -> None:
    """Add ``incentives signals``."""
    add_signals(incentives_actions(subparsers))


def _period(text: str) -> str | None:
    """``text`` if it is a month, quarter or year key."""
    from services.core import periods as P

    try:
        grain = P.grain_of(text)
    except ValueError:
        return None
    return text if grain in (P.Grain.MONTH, P.Grain.QUARTER, P.Grain.YEAR) else None


def run_signals(args: argparse.Namespace) -> int:
    """Handle ``incentives signals``: print the signals; exit 1 when there is any."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.cli._common import fail, open_for_command
    from services.cli._i18n import is_chinese, language
    from services.core.errors import SailplanError

    period = _period(args.period)
    if period is None:
        return fail(tr("{period} is not a payout period: give a month (2026-06), a quarter "
                       "(2026-Q2) or a year (2026)", period=args.period))
    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
        from services.incentives.fraud import fraud_signals
        from services.incentives.lines import yuan

        signals = fraud_signals(store, period)
    if not signals:
        print(tr("No performance-fraud signals for {period}.", period=period))
        return 0
    lang = language()
    print(tr("{period}: {count} performance-fraud signal(s) to check before locking the run",
             period=period, count=len(signals)))
    sep = "、" if is_chinese() else ", "
    for n, signal in enumerate(signals, start=1):
        print()
        print(tr("{number}. [{kind}] {person} — at stake {amount}", number=n,
                 kind=signal.kind_label(lang), person=signal.person_name or "—",
                 amount=yuan(signal.amount)))
        print("   " + signal.text(lang))
        print("   " + tr("Records: {records}",
                         records=sep.join(r.label for r in signal.records)))
    return 1
