"""The refusals of a handover (services/org/leaving.py), listed for translation.

One literal per template so pyside6-lupdate finds them (context ``ServiceErrors``); shown by
``gui.common.error_texts.error_text``. A test keeps this list equal to what the service raises.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "That person does not exist."),
    QT_TRANSLATE_NOOP("ServiceErrors", "A person who leaves cannot hand over to themselves."),
    QT_TRANSLATE_NOOP("ServiceErrors", "A person to hand over to does not exist."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{name} has left and cannot take over."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{name} still owns records: choose who takes them over."),
    QT_TRANSLATE_NOOP("ServiceErrors", "No person is called {name}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Several people are called {name}."),
)
