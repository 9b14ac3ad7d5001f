"""The refusals of the plan services, listed for translation (shown by gui.common.error_texts).

One literal per template so pyside6-lupdate finds them (context ``ServiceErrors``); a test keeps
this list equal to what the services raise and checks every entry has a Chinese translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "{name} cannot be empty"),
    QT_TRANSLATE_NOOP("ServiceErrors", "title is longer than {limit} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this action item no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this checkpoint no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "copy from A to B or from B to A"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{name} is required"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown action item field “{key}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown checkpoint field “{key}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "variant must be A (理想线) or B (保底线)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{key} must be a date"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown status “{value}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "budget must be a non-negative amount in yuan (分 at most)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "due date must be a date"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the target node belongs to another plan"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the owner no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "there is no target plan for {year}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "one target per month"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the average won deal must be more than zero"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the cycle must be between 0 and 3,650 days"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown assumption “{name}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this scenario no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this scenario was changed since"),
    QT_TRANSLATE_NOOP("ServiceErrors", "every conversion rate must be between 0.01% and 100%"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown checkpoint kind “{kind}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the checkpoint needs a title"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown timeline field “{key}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the checkpoint needs a date"),
    QT_TRANSLATE_NOOP("ServiceErrors", "done date must be a date"),
    QT_TRANSLATE_NOOP("ServiceErrors", "remind 0–60 days before"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a holiday needs a date"),
)
