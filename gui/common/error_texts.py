"""A service's refusal in the interface language: the one place the GUI words a SailplanError.

Services raise :class:`~services.core.errors.SailplanError` with an English ``template`` and its
``params`` (see :mod:`services.core.errors`). :func:`error_text` translates the template in the
``ServiceErrors`` context and fills in the values; a sentence nobody translated stays English.
The templates are listed for the translation tools by the feature that raises them
(``gui/<feature>/error_texts.py``, one ``QT_TRANSLATE_NOOP`` per template), and tests check that
every template a feature's services raise has a Chinese translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ServiceErrors"

TEMPLATES = (  # services.core.amounts: every typed amount
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "“{value}” is not an amount (expected e.g. 1200, ¥1,200.00, 1.2万)."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Negative amount {value} is not allowed here."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{value} is too large for an amount."),
    # services.core.conflicts: a save or an undo over someone else's newer value
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "Someone else saved a different value here after you opened it; nothing "
                      "was saved. Reopen the record to see what is stored now."),
    # services.setup.copy_firm: moving a firm's file to the team's server
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "the target database is not empty ({table} has {count} rows); Sailplan "
                      "copies a firm only into an empty database"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the copy was cancelled; nothing was written"),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "{table}: {source} rows in the source but {target} copied; nothing was "
                      "written"),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "{column}: the amounts add up to {source} fen in the source but {target} "
                      "in the copy; nothing was written"),
)


def translate_template(template: str, params: dict[str, str] | None = None) -> str:
    """``template`` in the interface language with ``params`` filled in."""
    text = QCoreApplication.translate(CONTEXT, template)
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return template.format(**params)


def error_text(exc: BaseException) -> str:
    """What to show for ``exc``: its translated template, else ``str(exc)``."""
    template = getattr(exc, "template", None)
    if isinstance(template, str) and template:
        params = getattr(exc, "params", None)
        return translate_template(template, params if isinstance(params, dict) else None)
    return str(exc)
