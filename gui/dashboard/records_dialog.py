"""RecordsDialog: the records behind a chart element (deals, contracts, payments, instalments or
customers), read on the worker; a double-click or Open shows one in its own page (the window's
``open_requested``) — an instalment opens its contract.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.column_fit import ColumnFit
from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.formatting import day, money
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.incentives.modelling_tab import table


def load_records(store: Any, scope: Any, ref: Any) -> list[Any]:
    """On the worker: the rows behind ``ref`` (services.dashboard.records)."""
    from services.dashboard.records import describe, records_of

    return describe(store, records_of(store, scope, ref))


class RecordsDialog(QDialog):
    """See the module docstring. ``loaded`` once the rows are in."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, scope: Any, ref: Any, title: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.note = QLabel(self.tr("Loading…"))
        self.model = RowTableModel(self._columns(), self)
        self.view: QTableView = table(self.model)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self._fit = ColumnFit(self.view, (0, 1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Open"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self.open_row(self.view.currentIndex().row()))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(self.view, 1)
        lay.addWidget(buttons)
        self.resize(760, 420)
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._apply)
        self._load.failed.connect(lambda exc, _tb: self.note.setText(error_text(exc)))
        store = ctx.store
        self._load.start(lambda: load_records(store, scope, ref))

    def _columns(self) -> list[Column]:
        kinds = {"deal": self.tr("Deal"), "contract": self.tr("Contract"),
                 "payment": self.tr("Payment"), "instalment": self.tr("Instalment"),
                 "customer": self.tr("Customer")}
        return [Column(self.tr("Record"), lambda r: r.title, tooltip=lambda r: kinds.get(
                    r.kind, r.kind)),
                Column(self.tr("Customer or source"), lambda r: r.customer),
                Column(self.tr("Owner"), lambda r: r.owner),
                Column(self.tr("Amount"), lambda r: money(r.amount) if r.kind != "customer"
                       else "", right=True),
                Column(self.tr("Date"), lambda r: day(r.day))]

    def is_loading(self) -> bool:
        """Whether the rows are still on their way."""
        return self._load.is_loading()

    def _apply(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self._fit.fit()
        self.note.setText(self.tr("%n record(s)", "", len(rows)))
        if rows:
            self.view.selectRow(0)
        self.loaded.emit()

    def rows(self) -> list[Any]:
        """The records listed."""
        return self.model.rows

    def open_row(self, row: int) -> None:
        """Show the record of ``row`` in its page."""
        record = self.model.row_at(row)
        if record is not None:
            self.ctx.events.open_requested.emit(record.open_kind, record.open_id)
