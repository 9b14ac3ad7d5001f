"""Sailplan entry point: arguments, then either a headless subcommand or the main window.

Wiring only. Nothing heavy is imported before it is needed, so start-up stays fast.
"""

from __future__ import annotations

import argparse
import sys

from services.cli._i18n import LANG_HELP, parse_lang, use_language


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line: GUI options plus (unless ``commands=False``) headless subcommands."""
    parser = argparse.ArgumentParser(
        prog="sailplan",
        description="Sailplan — sales management plan for small firms (销售管理计划). "
        "Without a command, opens the main window.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database to open: a SQLite file path or postgresql+psycopg://user@host/db "
        "(default: sailplan.sqlite3 in the user data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true",
        help="open the demo firm, demo.sqlite3 in the user data folder (created on first use); "
        "with a COMMAND, the command works on it",
    )
    parser.add_argument(
        "--demo-size",
        default="standard",
        metavar="SIZE",
        help="size of a newly created demo firm: small, standard, large, or CUSTOMERS[:DEALS]",
    )
    parser.add_argument("--lang", type=parse_lang, metavar="zh|en", help=LANG_HELP)
    if commands:
        from services.cli import add_commands

        sub = parser.add_subparsers(dest="command", metavar="COMMAND",
                                    title="headless commands")
        add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run Sailplan; returns the process exit code."""
    argv = sys.argv[1:] if argv is None else argv
    _private_tempdir()
    if not {"-h", "--help"} & set(argv):
        # No command means the main window: skip building every subcommand's parser (~12 ms
        # of start-up). Anything left over is a command, parsed by the full parser below.
        gui_args, rest = build_parser(commands=False).parse_known_args(argv)
        if not rest:
            from gui.app import run_gui

            return run_gui(gui_args)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is not None:
        use_language(args.lang)
        if args.demo and args.db:
            parser.error("--demo and --db name two different databases: give one of them")
        return int(handler(args))
    from gui.app import run_gui

    return run_gui(args)


def _private_tempdir() -> None:
    """Library temporary files (openpyxl's) go to this process's own folder, which the next
    start removes if the process was killed (services/core/tempfiles.py).
    """
    from services.core.tempfiles import use_private_tempdir

    try:
        use_private_tempdir()
    except OSError:
        pass  # an unwritable data folder: the system's temporary folder, as before


if __name__ == "__main__":
    sys.exit(main())
