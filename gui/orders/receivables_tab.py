"""The Receivables tab (应收账款): instalments open as of today or any past date, their aging
(未到期, 1–30, 31–60, 61–90, >90 days overdue), totals per bucket and per customer, owner or
team, the collection rate (回款率) of a period, and the export to .xlsx / .csv as of that date.

"As of" is recomputed by :func:`services.orders.receivables.receivables` from the history (what
was open on that day), on the worker (:mod:`gui.orders.receivables_data`). Double-clicking (or
Enter on) a row opens its contract on the Contracts tab.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.column_fit import ColumnFit
from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.file_dialogs import save_file_name
from gui.common.formatting import day, money, percent
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.theme import ink
from gui.common.when_shown import RefreshWhenShown
from gui.orders.receivables_data import ReceivablesData, read_receivables
from gui.orders.texts import BUCKETS, word
from services.core.changes import Changes
from services.orders.receivables import BUCKETS as BUCKET_KEYS

ORDER_KINDS = frozenset({"contracts", "payment_instalments", "payments", "payment_allocations",
                         "customers", "people", "org_units"})
OVERDUE = QColor("#C0392B")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDateEdit) -> date:
    d = q.date()
    return date(d.year(), d.month(), d.day())


def _date_edit(d: date) -> QDateEdit:
    edit = QDateEdit(_qdate(d))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class _OpenModel(RowTableModel):
    """Open instalments; overdue ones in red."""

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.days_overdue > 0:
            return QBrush(ink(OVERDUE))
        return None


class ReceivablesTab(QWidget):
    """See the module docstring. ``loaded`` after each read; ``exported(path)``."""

    loaded = Signal()
    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: ReceivablesData | None = None
        self._when_shown = RefreshWhenShown(self, self.reload)  # hidden: read when shown
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._apply)
        self._load.failed.connect(self._failed)
        today = date.today()
        self.as_of = _date_edit(today)
        self.today_btn = QPushButton(self.tr("Today"))
        self.group = QComboBox()
        for code, text in (("customer", self.tr("By customer")), ("owner", self.tr("By owner")),
                           ("unit", self.tr("By team"))):
            self.group.addItem(text, code)
        self.export_btn = QPushButton(self.tr("Export…"))
        self.export_btn.setToolTip(self.tr("Receivables as of the date, to Excel or CSV"))
        self.payments_btn = QPushButton(self.tr("Export payments…"))
        self.payments_btn.setToolTip(self.tr(
            "The payments received in the collection rate's dates, to Excel or CSV"))
        self.loading_note = QLabel(self.tr("Loading receivables…"))
        self.rate_from = _date_edit(today.replace(day=1))
        self.rate_to = _date_edit(today)
        self.rate = QLabel()
        self.rate.setObjectName("collectionRate")
        self.figures = QLabel()
        self.figures.setObjectName("paymentFigures")
        self.figures.setWordWrap(True)  # wraps rather than widening the window (English)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("As of")))
        top.addWidget(self.as_of)
        top.addWidget(self.today_btn)
        top.addWidget(self.loading_note)
        top.addStretch(1)
        top.addWidget(self.group)
        top.addWidget(self.export_btn)
        self.bucket_labels: dict[str, QLabel] = {}
        buckets = QGridLayout()
        for col, key in enumerate((*BUCKET_KEYS, "total")):
            name = QLabel(word(BUCKETS, key) if key != "total" else self.tr("Total open"))
            value = QLabel()
            value.setObjectName(f"bucket_{key}")
            buckets.addWidget(name, 0, col)
            buckets.addWidget(value, 1, col)
            self.bucket_labels[key] = value
        rate_bar = QHBoxLayout()
        rate_bar.addWidget(QLabel(self.tr("Collection rate of")))
        rate_bar.addWidget(self.rate_from)
        rate_bar.addWidget(QLabel("–"))
        rate_bar.addWidget(self.rate_to)
        rate_bar.addWidget(self.rate)
        rate_bar.addWidget(self.figures, 1)
        rate_bar.addWidget(self.payments_btn)
        self.open_model = _OpenModel([
            Column(self.tr("Customer"), lambda r: r.customer_name),
            Column(self.tr("Contract no."), lambda r: r.contract_number),
            Column(self.tr("Instalment"), lambda r: f"{r.seq}" + (f" {r.label}" if r.label
                                                                  else "")),
            Column(self.tr("Owner"), lambda r: r.owner_name or ""),
            Column(self.tr("Due date"), lambda r: day(r.due_date)),
            Column(self.tr("Open"), lambda r: money(r.open_amount, fen=True), right=True),
            Column(self.tr("Days overdue"), lambda r: str(r.days_overdue) if r.days_overdue
                   else "", right=True),
            Column(self.tr("Aging"), lambda r: word(BUCKETS, r.bucket)),
        ], self)
        self.view = self._table(self.open_model)
        self.group_model = RowTableModel([
            Column(self.tr("Name"), lambda g: g[0]),
            Column(self.tr("Open"), lambda g: money(g[1], fen=True), right=True),
            Column(self.tr("Share"), lambda g: percent(g[2]), right=True),
        ], self)
        self.group_view = self._table(self.group_model)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.group_view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([680, 360])
        # long names give way so that every column is on screen (the whole name as tooltip)
        self._fits = (ColumnFit(self.view, (0,)), ColumnFit(self.group_view, (0,)))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(buckets)
        lay.addLayout(rate_bar)
        lay.addWidget(split, 1)
        self.as_of.dateChanged.connect(lambda _d: self.reload())
        self.rate_from.dateChanged.connect(lambda _d: self.reload())
        self.rate_to.dateChanged.connect(lambda _d: self.reload())
        self.today_btn.clicked.connect(lambda: self.as_of.setDate(_qdate(date.today())))
        self.group.currentIndexChanged.connect(lambda _i: self._show_groups())
        self.export_btn.clicked.connect(self._choose_export)
        self.payments_btn.clicked.connect(self._choose_payments_export)
        self.view.activated.connect(self._open_contract)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    @staticmethod
    def _table(model: RowTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setTabKeyNavigation(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the receivables as of the chosen date again (on the worker)."""
        store = self.ctx.store
        as_of, start, end = _date(self.as_of), _date(self.rate_from), _date(self.rate_to)
        self.loading_note.show()
        self._load.start(lambda: read_receivables(store, as_of, start, end))

    def is_loading(self) -> bool:
        """Whether a read is on its way."""
        return self._load.is_loading()

    def default_focus(self) -> QWidget:
        """The open instalments."""
        return self.view

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.loading_note.hide()
        Messages.show_error(self, self.tr("Receivables"), self.tr(
            "The receivables could not be loaded: %1").replace("%1", error_text(exc)))

    def _apply(self, data: ReceivablesData) -> None:
        self.data = data
        report = data.report
        self.open_model.set_rows(report.rows)
        self._fits[0].fit()
        for key in BUCKET_KEYS:
            self.bucket_labels[key].setText(money(report.by_bucket[key], whole=True))
        self.bucket_labels["total"].setText(f"<b>{money(report.total, whole=True)}</b>")
        rate = data.rate
        if rate.rate is None:
            self.rate.setText(self.tr("nothing was due"))
        else:
            self.rate.setText(self.tr("%1 (collected %2 of %3 due)")
                              .replace("%1", percent(rate.rate))
                              .replace("%2", money(rate.collected, whole=True))
                              .replace("%3", money(rate.due, whole=True)))
        names = {r.owner_id: r.owner_name for r in report.rows}
        self.rate.setToolTip("\n".join(
            f"{names.get(o) or self.tr('(no owner)')}: {percent(r.rate)}"
            for o, r in data.rate_by_owner.items() if r.rate is not None))
        self._show_figures(data)
        self._show_groups()
        self.loading_note.hide()
        self.loaded.emit()

    def _figures_text(self, f: Any) -> str:
        days = self.tr("%1 days")
        parts = [self.tr("Payment cycle %1").replace(
                     "%1", days.replace("%1", f"{f.cycle_days:.1f}")
                     if f.cycle_days is not None else "—"),
                 self.tr("DSO %1").replace(
                     "%1", days.replace("%1", f"{f.dso:.1f}") if f.dso is not None else "—"),
                 self.tr("average days late %1").replace(
                     "%1", f"{f.avg_days_late:.1f}" if f.avg_days_late is not None else "—"),
                 self.tr("paid late %1").replace("%1", percent(f.late_share) or "—")]
        return " · ".join(parts)

    def _show_figures(self, data: ReceivablesData) -> None:
        """回款周期, DSO, average days late and share paid late of the same period; per person
        in the tooltip.
        """
        self.figures.setText(" · " + self._figures_text(data.figures.total))
        self.figures.setToolTip("\n".join(
            f"{g.name or self.tr('(no owner)')}: {self._figures_text(g)}"
            for g in data.figures.groups if g.settled or g.receivable))

    def _show_groups(self) -> None:
        if self.data is None:
            return
        report, how = self.data.report, self.group.currentData()
        names: dict[str | None, str] = {}
        for r in report.rows:
            names[r.customer_id] = r.customer_name
            names[r.owner_id] = r.owner_name or self.tr("(no owner)")
        totals: dict[Any, Decimal] = (report.by_customer if how == "customer" else
                                      report.by_owner if how == "owner" else report.by_unit)
        units, no_team = self.data.unit_names, self.tr("(no team)")

        def label(key: Any) -> str:
            if how == "unit":
                return units.get(key, no_team) if key else no_team
            return names.get(key, "?")

        total = report.total or Decimal(1)
        rows = sorted(((label(k), v, v / total) for k, v in totals.items()),
                      key=lambda g: (-g[1], g[0]))
        self.group_model.set_rows(rows)
        self._fits[1].fit()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if not (changes.everything or ORDER_KINDS & set(changes.kinds)):
            return
        self._when_shown.request()

    def _open_contract(self, index: Any) -> None:
        row = self.open_model.row_at(index.row())
        if row is not None:
            self.ctx.events.open_requested.emit("order", row.contract_id)

    # --- export -------------------------------------------------------------------------

    def _choose_export(self) -> None:
        as_of = _date(self.as_of)
        path = save_file_name(self, self.tr("Export receivables"),
                              str(Path.home() / f"应收账款-{as_of.isoformat()}.xlsx"),
                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the receivables as of the chosen date to ``path`` on the worker."""
        from services.orders.export import export_receivables

        store, as_of = self.ctx.store, _date(self.as_of)
        english = not QLocale().name().startswith("zh")

        def work(progress: Any, is_cancelled: Any) -> Any:
            return export_receivables(store, as_of, path, english=english)

        def done(result: Any) -> None:
            text = self.tr("Open instalments as of %1: %3, exported to %2") \
                .replace("%1", as_of.isoformat()).replace("%2", str(result.path)) \
                .replace("%3", str(result.rows))
            self.ctx.events.status_message.emit(text, 5000)
            Messages.show_saved(self, self.tr("Export receivables"), text, result.path)
            self.exported.emit(str(result.path))

        def failed(exc: BaseException, _tb: str) -> None:
            Messages.show_error(self, self.tr("Export receivables"), self.tr(
                "The receivables could not be exported: %1").replace("%1", error_text(exc)))

        self.ctx.tasks.run_with_dialog(self, self.tr("Exporting receivables…"), work, done,
                                       failed)

    def _choose_payments_export(self) -> None:
        start, end = _date(self.rate_from), _date(self.rate_to)
        path = save_file_name(self, self.tr("Export payments"),
                              str(Path.home() / f"回款-{start.isoformat()}-{end.isoformat()}.xlsx"),
                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_payments_to(path)

    def export_payments_to(self, path: str) -> None:
        """Write the payments received from the rate's first to its last date to ``path``."""
        from services.orders.payments_export import export_payments

        store, start, end = self.ctx.store, _date(self.rate_from), _date(self.rate_to)
        english = not QLocale().name().startswith("zh")

        def work(progress: Any, is_cancelled: Any) -> Any:
            return export_payments(store, path, start=start, end=end, english=english)

        def done(result: Any) -> None:
            text = self.tr("Payments received %1 – %2: %3 totalling %4, exported to %5") \
                .replace("%1", start.isoformat()).replace("%2", end.isoformat()) \
                .replace("%3", str(result.rows)).replace("%4", money(result.total)) \
                .replace("%5", str(result.path))
            self.ctx.events.status_message.emit(text, 5000)
            Messages.show_saved(self, self.tr("Export payments"), text, result.path)
            self.exported.emit(str(result.path))

        def failed(exc: BaseException, _tb: str) -> None:
            Messages.show_error(self, self.tr("Export payments"), self.tr(
                "The payments could not be exported: %1").replace("%1", error_text(exc)))

        self.ctx.tasks.run_with_dialog(self, self.tr("Exporting payments…"), work, done, failed)
