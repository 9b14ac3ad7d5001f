"""Header of a Kanban column: stage name, card count, total and weighted amount, +, fold."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from gui.common.formatting import money


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
        self._two_lines = False
        outer.addWidget(self.totals)
        self.detail = QLabel()
        self.detail.setObjectName("columnDetail")
        self.detail.setWordWrap(True)
        self.detail.hide()
        outer.addWidget(self.detail)
        self.set_figures(0, Decimal(0), Decimal(0))

    def set_figures(self, count: int, total: Decimal, weighted: Decimal) -> None:
        """Update count, total amount and weighted amount."""
        self.count.setText(f"{count:,}")
        text = self.tr("%1 · weighted %2")
        if self._two_lines:  # every narrow column alike, so their cards start level
            text = text.replace(" · ", "\n", 1)
        self.totals.setText(text.replace("%1", money(total, whole=True))
                            .replace("%2", money(weighted, whole=True)))
        self.totals.setToolTip(self.tr("Total amount %1, weighted amount %2 (amount × probability)")
                               .replace("%1", money(total)).replace("%2", money(weighted)))
        self._figures = (count, total, weighted)

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
