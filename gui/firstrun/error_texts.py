"""The refusals of the first-run services, listed for translation (shown by
gui.common.error_texts; context ``ServiceErrors``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown role “{role}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the firm's name cannot be empty"),
    QT_TRANSLATE_NOOP("ServiceErrors", "your name cannot be empty"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the fiscal year must start in a month from 1 to 12"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this database has already been set up"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{name} is listed twice"),
)
