"""Forecast: open deals by expected close month; dropping a card on a month moves its date.

Columns: overdue (before this month), this month and the next five, later (or no date). Each
month header shows the amounts per forecast category (commit / best case / pipeline) from the
manager's probability bands.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QWidget

from gui.common.formatting import money
from gui.pipeline.deal_card_delegate import DealCardDelegate
from gui.pipeline.formatting import add_months, month_end
from gui.pipeline.stage_column_model import StageColumnModel, card_order
from gui.pipeline.stage_column_widget import (
    StageColumnWidget,
    enter_columns,
    focus_target,
    step_focus,
)
from services.pipeline.settings import ForecastBands

MONTHS = 6
OVERDUE, LATER = "overdue", "later"

def month_key(day: date) -> str:
    """The column key of a date's month, e.g. ``2026-11``."""
    return f"{day.year:04d}-{day.month:02d}"

def column_of(card: Any, today: date) -> str:
    """The forecast column a card belongs to on ``today``."""
    close = card.expected_close
    if close is None:
        return LATER
    first = today.replace(day=1)
    if close < first:
        return OVERDUE
    y, m = add_months(today, MONTHS - 1)
    if close > month_end(y, m):
        return LATER
    return month_key(close)

class ForecastView(QScrollArea):
    """Month columns of open deals; emits ``date_drop_requested(ids, month_end)``."""

    date_drop_requested = Signal(list, object)
    open_requested = Signal(str)

    def __init__(self, delegate: DealCardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.delegate = delegate
        self.bands = ForecastBands()
        self.today = date.today()
        self.columns: dict[str, StageColumnWidget] = {}
        self._inner = QWidget()
        self._row = QHBoxLayout(self._inner)
        self._row.setContentsMargins(6, 6, 6, 6)
        self._row.setSpacing(8)
        self.setWidget(self._inner)

    def month_end_of(self, key: str) -> date:
        """The last day of a month column."""
        y, m = (int(p) for p in key.split("-"))
        return month_end(y, m)

    def _build(self, today: date) -> None:
        for col in self.columns.values():
            col.setParent(None)
            col.deleteLater()
        self.columns.clear()
        while self._row.count():
            self._row.takeAt(0)
        self.today = today
        keys = [OVERDUE] + [month_key(date(*add_months(today, i), 1)) for i in range(MONTHS)]
        keys.append(LATER)
        fmt = self.tr("MMM yyyy")
        for key in keys:
            if key == OVERDUE:
                title = self.tr("Overdue")
            elif key == LATER:
                title = self.tr("Later / no date")
            else:
                y, m = (int(p) for p in key.split("-"))
                title = QLocale().toString(QDate(y, m, 1), fmt)
            handler = None if key in (OVERDUE, LATER) else self._handler
            model = StageColumnModel(key, handler, self)
            col = StageColumnWidget(key, title, model, self.delegate)
            col.open_requested.connect(self.open_requested)
            col.step_requested.connect(self._on_step)
            if key == OVERDUE:
                col.header.setToolTip(self.tr("Open deals whose expected close is before this "
                                              "month: drag them to a month to re-plan them"))
            self.columns[key] = col
            self._row.addWidget(col)
        self._row.addStretch(1)

    def focus_target(self) -> QWidget | None:
        """The month list the keyboard goes to (see :func:`focus_target`)."""
        return focus_target(list(self.columns.values()))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        enter_columns(self, list(self.columns.values()), event.reason())

    def _on_step(self, key: str, direction: int) -> None:
        target = step_focus(list(self.columns.values()), key, direction)
        if target is not None:
            self.ensureWidgetVisible(target)

    def _handler(self, ids: list[str], key: str) -> bool:
        self.date_drop_requested.emit(ids, self.month_end_of(key))
        return True

    def set_cards(self, cards: Sequence[Any], open_stage_ids: set[str], today: date) -> None:
        """Group the open cards of the snapshot by month and update the headers."""
        if not self.columns or today != self.today:
            self._build(today)
        groups: dict[str, list[Any]] = {k: [] for k in self.columns}
        for c in cards:
            if c.stage_id in open_stage_ids:
                groups[column_of(c, today)].append(c)
        for key, col in self.columns.items():
            rows = sorted(groups[key], key=card_order)
            col.model.set_cards(rows)
            col.set_figures(len(rows), sum((c.amount for c in rows), Decimal(0)),
                            sum((c.weighted for c in rows), Decimal(0)))
            col.header.set_detail(self._category_text(rows))

    def category_totals(self, key: str) -> dict[str, Decimal]:
        """Amount per forecast category in one column."""
        totals = {"commit": Decimal(0), "best_case": Decimal(0), "pipeline": Decimal(0)}
        for c in self.columns[key].model.cards():
            totals[self.bands.category(c.probability)] += c.amount
        return totals

    def _category_text(self, rows: list[Any]) -> str:
        totals = {"commit": Decimal(0), "best_case": Decimal(0), "pipeline": Decimal(0)}
        for c in rows:
            totals[self.bands.category(c.probability)] += c.amount
        shown = {k: money(v, whole=True) for k, v in totals.items()}
        return (self.tr("Commit %1").replace("%1", shown["commit"]) + "\n"
                + self.tr("Best case %1").replace("%1", shown["best_case"]) + "\n"
                + self.tr("Pipeline %1").replace("%1", shown["pipeline"]))

    def select_deal(self, deal_id: str) -> bool:
        """Select a card if the forecast shows it."""
        for col in self.columns.values():
            row = col.model.row_of(deal_id)
            if row >= 0:
                col.view.setCurrentIndex(col.model.index(row))
                col.view.scrollTo(col.model.index(row))
                self.ensureWidgetVisible(col)
                return True
        return False
