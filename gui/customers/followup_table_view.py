"""The card's follow-up timeline view: its content column stays readable.

Sized to their contents, the date, method, next-step, next-date and author columns took the
whole width of a narrow card and left the content ~30 px: one character per line, and an
English header cut to "onte". Here the short columns (when, by) fit their text, the next step
takes at most a quarter of the width (it wraps), and the content gets the rest but never less
than :data:`CONTENT_MIN_CHARS` characters; when the card is narrower than that, the table
scrolls sideways instead of squeezing the content.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from gui.customers.followups_model import FollowUpsModel

CONTENT = FollowUpsModel.CONTENT
NEXT_STEP = FollowUpsModel.NEXT_STEP
CONTENT_MIN_CHARS = 12
"""The content column is never narrower than this many CJK characters."""
NEXT_STEP_SHARE = 0.25


class FollowUpTableView(QTableView):
    """A table whose column widths are refitted on every resize and new rows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._fitting = False

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model.modelReset.connect(self.fit_columns)
        model.dataChanged.connect(self.fit_columns)
        model.headerDataChanged.connect(self.fit_columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def content_min_width(self) -> int:
        """The narrowest the content column gets (and its header reads in full)."""
        chars = self.fontMetrics().horizontalAdvance("中" * CONTENT_MIN_CHARS)
        return max(chars, self.horizontalHeader().sectionSizeHint(CONTENT))

    def _natural(self, column: int) -> int:
        return max(self.sizeHintForColumn(column),
                   self.horizontalHeader().sectionSizeHint(column))

    def fit_columns(self) -> None:
        """Size every column for the view's current width."""
        model = self.model()
        if self._fitting or model is None or model.columnCount() <= NEXT_STEP:
            return
        self._fitting = True
        try:
            available = self.viewport().width()
            widths = {c: self._natural(c) for c in range(model.columnCount())
                      if c not in (CONTENT, NEXT_STEP)}
            floor = self.horizontalHeader().sectionSizeHint(NEXT_STEP)
            widths[NEXT_STEP] = min(self._natural(NEXT_STEP),
                                    max(floor, int(available * NEXT_STEP_SHARE)))
            widths[CONTENT] = max(self.content_min_width(),
                                  available - sum(widths.values()))
            header = self.horizontalHeader()
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False
