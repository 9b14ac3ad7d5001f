"""The command line in the interface language: ``--lang zh|en``, else the usual default.

:func:`use_language` is called once per run (``main.py``) with the ``--lang`` given, if any; the
choice falls back as :func:`services.core.catalog.choose_language` says (``SAILPLAN_LANG``, the
app's own choice, the system locale). It also sets ``SAILPLAN_LANG`` so Qt-free services that
word text themselves (reminders) follow it, as they do in the GUI.

- :func:`tr` — the CLI's own sentences (context ``Cli``, ``resources/translations/
  cli_zh_CN.ts``), written with ``{name}`` fields; :func:`N_` marks a sentence for the
  translation file without translating it (a template raised as a ``SailplanError``).
- :func:`error_text` — a refusal (``SailplanError``) worded from its template in context
  ``ServiceErrors`` (as the GUI does), else ``Cli``; the values are filled in.
- :func:`problem_text`, :func:`msg_text`, :func:`reason_text` — the importer's problems and
  summary reasons (contexts ``ImportProblems`` and ``ImportLabels``, as in the import wizard).
- :func:`label` — a word another part of the app already translates (a role, a unit kind).
- :func:`finding_text` — a finding of ``check`` (templates gathered from services/core/check*).

Argument help (``--help``) stays English. ``python -m services.cli._strings`` keeps
``cli_zh_CN.ts`` in step with the ``tr``/``N_`` sentences of this package.
"""

from __future__ import annotations

import os
from typing import Any

CONTEXT = "Cli"
LANG_ENV = "SAILPLAN_LANG"

LANG_HELP = ("interface language of the window and of the commands' messages: zh (简体中文) "
             "or en, also zh_CN, en_US (default: SAILPLAN_LANG, else the language chosen in "
             "the app, else the system's: LC_ALL, LC_MESSAGES, LANG)")

_current: str | None = None


def add_lang_option(parser: Any) -> None:
    """Give ``parser`` and every sub-parser under it ``--lang`` (so it may follow the command:
    ``sailplan targets check --year 2026 --lang zh``); the top-level option is the default.
    """
    import argparse

    if not any("--lang" in a.option_strings for a in parser._actions):
        parser.add_argument("--lang", type=parse_lang, metavar="zh|en",
                            default=argparse.SUPPRESS,
                            help="language of the messages: zh or en (see sailplan --help)")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                add_lang_option(sub)


def parse_lang(text: str) -> str:
    """``--lang`` value → ``zh_CN`` or ``en`` (argparse ``type``)."""
    import argparse

    from services.core.catalog import normalise

    lang = normalise(text)
    if lang is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a language: use zh or en")
    return lang


def use_language(override: str | None = None) -> str:
    """Choose the language of this run (see the module docstring) and return it."""
    global _current
    from services.core.catalog import choose_language

    _current = choose_language(override)
    os.environ[LANG_ENV] = _current
    return _current


def language() -> str:
    """The language of this run (:func:`use_language`'s choice; before any, the default)."""
    if _current is not None:
        return _current
    from services.core.catalog import choose_language

    return choose_language(None)


def is_chinese() -> bool:
    """True when the run speaks Chinese."""
    return language() == "zh_CN"


def translate(context: str, source: str) -> str:
    """``source`` of ``context`` in the run's language."""
    from services.core.catalog import catalogue

    return catalogue(language()).translate(context, source)


def tr(source: str, **params: Any) -> str:
    """One of the CLI's own sentences in the run's language, its ``{fields}`` filled in."""
    from services.core.catalog import fill

    return fill(source, translate(CONTEXT, source), params)


def join(items: Any, sep: str = ", ") -> str:
    """``items`` as a list in the run's language (``, `` → ``、``, ``; `` → ``；`` in Chinese)."""
    if is_chinese():
        sep = {", ": "、", "; ": "；"}.get(sep, sep)
    return sep.join(str(i) for i in items)


def N_(source: str) -> str:  # noqa: N802 - the gettext name for "mark, do not translate"
    """``source`` unchanged: marks a template for ``cli_zh_CN.ts`` (it is translated later,
    when it is shown: a ``SailplanError`` raised with it goes through :func:`error_text`).
    """
    return source


def label(context: str, source: str) -> str:
    """A word translated elsewhere in the app (``label("OrgLabels", "Sales rep")``)."""
    return translate(context, source)


def finding_text(problem: str) -> str:
    """A health check's finding (``services.core.findings.Problem``) in the run's language;
    any other text as it is.
    """
    template = getattr(problem, "template", None)
    if template is None:
        return str(problem)
    return translate(CONTEXT, template).format(**getattr(problem, "params", {}))


def error_text(exc: BaseException) -> str:
    """A refusal in the run's language: its template from ``ServiceErrors`` (or ``Cli``, for the
    CLI's own refusals) with its values filled in; ``str(exc)`` when it has no template.
    """
    from services.core.catalog import fill

    special = _own_sentence(exc)
    if special is not None:
        return special
    template = getattr(exc, "template", None)
    if not (isinstance(template, str) and template):
        return str(exc)
    params = getattr(exc, "params", None)
    params = params if isinstance(params, dict) else None
    text = translate("ServiceErrors", template)
    if text == template:
        text = translate(CONTEXT, template)
    if text == template:
        return str(exc)
    return fill(template, text, params)


def _own_sentence(exc: BaseException) -> str | None:
    """Refusals of the store whose sentence is built before it is raised (no template)."""
    from services.core.errors import NewerSchemaError, StoreLockedError

    if isinstance(exc, NewerSchemaError):
        return tr("{location} was written by a newer version of Sailplan (schema {revision}). "
                  "It has not been changed. Please update Sailplan to open it.",
                  location=exc.location, revision=exc.revision)
    if isinstance(exc, StoreLockedError):
        detail = f" ({exc.holder})" if exc.holder else ""
        return tr("{location} is already open in another Sailplan window{detail}. Switch to "
                  "that window, or close it first.", location=exc.location, detail=detail)
    return None


def msg_text(template: str, args: tuple[tuple[str, str], ...] | dict[str, str],
             english: str) -> str:
    """An import message (context ``ImportProblems``); a ``{field}`` is a field's label, worded
    as the import wizard words it.
    """
    from services.core.catalog import fill

    if not template:
        return english
    values = dict(args)
    if "field" in values:
        values["field"] = label("ImportLabels", values["field"])
    text = translate("ImportProblems", template)
    try:
        return text.format(**values) if values else text
    except (KeyError, IndexError, ValueError):
        return fill(template, template, values) if values else english


def problem_text(problem: Any) -> str:
    """``Row 7, 手机: “12” is not a phone number.`` in the run's language."""
    message = msg_text(problem.template, problem.args, problem.message)
    if problem.template and problem.suffix:
        message = f"{message} {translate('ImportProblems', problem.suffix)}"
    if problem.column:
        return tr("Row {row}, {column}: {message}", row=problem.row, column=problem.column,
                  message=message)
    return tr("Row {row}: {message}", row=problem.row, message=message)


def reason_text(reason: Any) -> str:
    """``手机：不是电话号码（3）`` — one reason of the import summary."""
    text = translate("ImportProblems", reason.reason)
    if reason.column:
        return tr("{column}: {reason} ({rows})", column=reason.column, reason=text,
                  rows=reason.rows)
    return tr("{reason} ({rows})", reason=text, rows=reason.rows)
