"""Table columns that show their headers whole and fit inside the view.

Two things a reader of a table notices: a clipped header ("tatus") and a last column cut off at
the right edge. :func:`ensure_headers_fit` widens every shown section to at least what its
header text needs (widths remembered in the other language are often too narrow).
:class:`ColumnFit` sizes columns to their contents and headers, then narrows the long free-text
columns it was told about (their cells elide, and show the whole text as a tooltip) until the
table fits the view's width — once the view is shown, when its width is known.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

#: An elastic column keeps at least this many average characters (or its header's width).
MIN_CHARS = 10


def ensure_headers_fit(header: QHeaderView) -> None:
    """Widen each shown section narrower than its header text (and sort indicator) needs."""
    header.ensurePolished()  # the style sheet's header font, not the default one
    for i in range(header.count()):
        if header.isSectionHidden(i):
            continue
        need = header.sectionSizeHint(i)
        if header.sectionSize(i) < need:
            header.resizeSection(i, need)


class ColumnFit(QObject):
    """Fits ``view``'s columns: contents and headers first, then the view's width.

    ``elastic`` are the logical columns of long free text that may be narrowed (widest first)
    so that every column is on screen; none goes below its header's width or
    :data:`MIN_CHARS` characters, so a very narrow view still scrolls.
    """

    def __init__(self, view: QTableView, elastic: Sequence[int] = ()):
        super().__init__(view)
        self.view = view
        self.elastic = list(elastic)
        self._pending = False
        view.installEventFilter(self)

    def fit(self) -> None:
        """Size every column to its contents and header; narrow the elastic ones to fit."""
        header = self.view.horizontalHeader()
        stretch = header.stretchLastSection()
        # A stretched last section is never narrower than it was: size it to its contents.
        header.setStretchLastSection(False)
        self.view.resizeColumnsToContents()
        ensure_headers_fit(header)
        header.setStretchLastSection(stretch)
        if self.view.isVisible():
            self._squeeze()
        else:
            self._pending = True  # the width of a view never shown is not known yet

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view and self._pending and event.type() == QEvent.Type.Show:
            # Shown, but laid out by the layout request that follows: fit after it.
            QTimer.singleShot(0, self._fit_pending)
        return False

    def _fit_pending(self) -> None:
        if self._pending and self.view.isVisible():
            self._pending = False
            self._squeeze()

    def available_width(self) -> int:
        """The width the columns may take: the viewport's, less a vertical scroll bar's."""
        view = self.view
        width = view.maximumViewportSize().width()
        rows = view.verticalHeader().length()
        if rows > view.maximumViewportSize().height() - view.horizontalHeader().height():
            width -= view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        return width

    def _squeeze(self) -> None:
        self._pending = False
        header = self.view.horizontalHeader()
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        widths = {i: header.sectionSize(i) for i in shown}
        if header.stretchLastSection() and shown:
            # The stretched last section is as wide as the space left; count what it needs.
            last = header.logicalIndex(max(header.visualIndex(i) for i in shown))
            widths[last] = min(widths[last], max(self.view.sizeHintForColumn(last),
                                                 header.sectionSizeHint(last)))
        excess = sum(widths.values()) - self.available_width()
        elastic = [i for i in self.elastic if i in widths]
        if excess <= 0 or not elastic:
            return
        chars = self.view.fontMetrics().averageCharWidth() * MIN_CHARS
        floor = {i: min(widths[i], max(header.sectionSizeHint(i), chars)) for i in elastic}
        cap = _water_level([widths[i] for i in elastic], [floor[i] for i in elastic],
                           sum(widths[i] for i in elastic) - excess)
        for i in elastic:
            new = max(floor[i], min(widths[i], cap))
            if new != header.sectionSize(i):
                header.resizeSection(i, new)


def _water_level(widths: list[int], floors: list[int], budget: int) -> int:
    """The largest cap such that ``sum(max(floor, min(width, cap)))`` stays within ``budget``.

    Columns wider than the cap are cut to it (never below their floor): the widest text
    gives up the most.
    """
    lo, hi = 0, max(widths)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum(max(f, min(w, mid)) for w, f in zip(widths, floors, strict=True)) <= budget:
            lo = mid
        else:
            hi = mid - 1
    return lo
