"""The refusals of the catalogue and deal-line services, listed for translation (shown by
gui.common.error_texts); a test keeps this list equal to what the services raise.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "A product name can be at most {limit} characters long."),
    QT_TRANSLATE_NOOP("ServiceErrors", "A product code can be at most {limit} characters long."),
    QT_TRANSLATE_NOOP("ServiceErrors", "A unit can be at most {limit} characters long."),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "A product line name can be at most {limit} characters long."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The list price cannot be negative."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The cost cannot be negative."),
    QT_TRANSLATE_NOOP("ServiceErrors", "A line's price cannot be negative."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Prices and costs must be numbers of yuan."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The tax rate must be between 0 and 100 %."),
    QT_TRANSLATE_NOOP("ServiceErrors", "A discount must be between 0 and 100 %."),
    QT_TRANSLATE_NOOP("ServiceErrors", "“{value}” is not a percentage."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This product no longer exists."),
    QT_TRANSLATE_NOOP("ServiceErrors", "A product needs a name."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The code {code} is already used by {name}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "There is no product line called {line}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Quantity must be at least 1."),
    QT_TRANSLATE_NOOP("ServiceErrors", "That product does not exist."),
)
