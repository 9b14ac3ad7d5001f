"""Headless subcommands (``python main.py [--db URL] COMMAND …``), in the spirit of calibredb.

Each module in this package exposes ``register(subparsers)`` which adds its subcommand(s) and
sets ``handler`` (a callable ``(args) -> int``) with ``set_defaults``. Modules import only the
standard library at module level so that building the parser stays cheap for the GUI start-up.
Every handler runs :func:`services.cli._errors.guarded` (a one-line message and exit 2 for any
failure, ``--debug`` for the traceback); exit codes are listed in docs/EXIT_CODES.md.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil

from services.cli._errors import add_debug_option, guarded
from services.cli._i18n import add_lang_option


def add_commands(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Let every module of this package register its subcommands, then guard their handlers."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(subparsers)
    for parser in subparsers.choices.values():
        handler = parser.get_default("handler")
        if handler is not None and not hasattr(handler, "__wrapped__"):
            parser.set_defaults(handler=guarded(handler))
        add_debug_option(parser)
        add_lang_option(parser)
