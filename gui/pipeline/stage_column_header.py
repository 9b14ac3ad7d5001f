"""Header of a Kanban column: stage name, card count, total and weighted amount, +, fold."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.formatting import money

_DIGITS = re.compile(r"[0-9]")


class _FiguresBox(QWidget):
    """Holds a label whose text changes on every move without laying the page out again.

    A label's new text asks its parent's layout to run again, and that request climbs to the
    window: on a board of seven columns every drop re-laid out the whole page twice. This box
    has no layout (the request stops here); it gives its label its own full rect and is as tall
    as the label's lines, however wide the column.
    """

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._height = 0
        self._lines = -1
        self.fit()

    def fit(self) -> None:
        """Take the label's height again (its font or style changed)."""
        self._lines = self.label.text().count("\n")
        height = self.label.sizeHint().height()
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def text_changed(self) -> None:
        """The label has a new text: measured again only when its number of lines changed
        (a new amount on as many lines keeps the height; measuring costs a style pass).
        """
        if self.label.text().count("\n") != self._lines:
            self.fit()

    def sizeHint(self) -> QSize:
        return QSize(0, self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)


class StageColumnHeader(QWidget):
    """Shows the column's figures; ``create_requested`` / ``fold_requested`` on its buttons."""

    create_requested = Signal()
    fold_requested = Signal()

    def __init__(self, title: str, *, can_create: bool, can_fold: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 4, 2)
        outer.setSpacing(1)
        top = QHBoxLayout()
        top.setSpacing(4)
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel("0")
        self._count_shape: str | None = None  # the count's text with its digits as 0s
        self.count.setObjectName("countBadge")
        self.count.setStyleSheet("QLabel#countBadge { background: palette(mid); color: white;"
                                 " border-radius: 7px; padding: 0px 6px; }")
        top.addWidget(self.title)
        top.addWidget(self.count)
        top.addStretch(1)
        self.add_button = QToolButton()
        self.add_button.setText("+")
        self.add_button.setToolTip(self.tr("Quick-create a deal in this stage"))
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(self.create_requested)
        self.add_button.setVisible(can_create)
        self.fold_button = QToolButton()
        self.fold_button.setText("«")
        self.fold_button.setToolTip(self.tr("Fold this column"))
        self.fold_button.setAutoRaise(True)
        self.fold_button.clicked.connect(self.fold_requested)
        self.fold_button.setVisible(can_fold)
        top.addWidget(self.add_button)
        top.addWidget(self.fold_button)
        outer.addLayout(top)
        self.totals = QLabel()
        self.totals.setObjectName("columnTotals")
        self.totals.setAutoFillBackground(True)
        self._two_lines = False
        self._totals_box = _FiguresBox(self.totals)
        outer.addWidget(self._totals_box)
        self.detail = QLabel()
        self.detail.setObjectName("columnDetail")
        self.detail.setWordWrap(True)
        self.detail.hide()
        outer.addWidget(self.detail)
        self.set_figures(0, Decimal(0), Decimal(0))

    def set_figures(self, count: int, total: Decimal, weighted: Decimal) -> None:
        """Update count, total amount and weighted amount."""
        self.count.setText(f"{count:,}")
        self._fit_count()
        text = self.tr("%1 · weighted %2")
        if self._two_lines:  # every narrow column alike, so their cards start level
            text = text.replace(" · ", "\n", 1)
        self.totals.setText(text.replace("%1", money(total, whole=True))
                            .replace("%2", money(weighted, whole=True)))
        self._totals_box.text_changed()
        self.totals.setToolTip(self.tr("Total amount %1, weighted amount %2 (amount × probability)")
                               .replace("%1", money(total)).replace("%2", money(weighted)))
        self._figures = (count, total, weighted)

    def _fit_count(self) -> None:
        """The badge is exactly as big as its text: with a fixed size, a new count repaints it
        without laying the column out again (only a count of another width does). Digits are
        as wide as each other in the interface fonts, so a count of the same shape (1,234 →
        1,233) keeps the size without measuring.
        """
        shape = _DIGITS.sub("0", self.count.text())
        if shape == self._count_shape:
            return
        self._count_shape = shape
        hint = self.count.sizeHint()
        if self.count.minimumSize() != hint or self.count.maximumSize() != hint:
            self.count.setFixedSize(hint)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.count.setMinimumSize(0, 0)  # measured again with the new font or style
            self._count_shape = None
            self._fit_count()
            self._totals_box.fit()
        super().changeEvent(event)

    def set_two_lines(self, two: bool) -> None:
        """Put the weighted amount under the total (narrow columns) or beside it."""
        if two != self._two_lines:
            self._two_lines = two
            self.set_figures(*self._figures)

    def set_detail(self, text: str) -> None:
        """An extra line under the totals (the forecast's per-category figures)."""
        self.detail.setText(text)
        self.detail.setVisible(bool(text))

    def figures(self) -> tuple[int, Decimal, Decimal]:
        """(count, total, weighted) as shown."""
        return self._figures
