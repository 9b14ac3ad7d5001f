"""The refusals of the review services (services/reviews), listed for translation (shown by
gui.common.error_texts and the command line); a test keeps this list equal to what the services
raise.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "the text is longer than {limit} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this review no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the unit has no node in a target plan of {period}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this action no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the adjustment request has already been decided"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a review is weekly, monthly or quarterly, not {grain}"),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "“{period}” is not a period key (2026-Q3, 2026-09, 2026-W38)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "“{period}” is not a {grain} period"),
    QT_TRANSLATE_NOOP("ServiceErrors", "there is no org unit yet"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this org unit no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a review exports to .xlsx or .pdf, not “{name}”"),
)
