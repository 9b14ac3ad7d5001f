"""Settings → Sales plans (销售计划): the firm's own holidays and working days.

The plan timeline keeps its dates on working days by China's public holidays and make-up
working days (:mod:`services.plans.workdays`). Here the owner adds what the official schedule
does not say: a company day off (年会, 团建), a holiday of a year whose schedule is not out yet,
or a day the firm works anyway. Each change is one undo step; the list is read on the worker.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.formatting import day
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.undo import push_op
from services.core.changes import Changes, call
from services.plans import workdays as W


def coverage_text(year: int | None = None) -> str:
    """What the holiday data covers, and what happens for a year it does not."""
    first, last = W.coverage()
    text = QCoreApplication.translate(
        "PlanSettingsSection", "China's public holidays and make-up working days (调休) are "
        "known for %1–%2.").replace("%1", str(first)).replace("%2", str(last))
    if year is not None and not first <= year <= last:
        text += " " + QCoreApplication.translate(
            "PlanSettingsSection", "%1 is not published yet: the timeline assumes the usual "
            "breaks (元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆) without make-up working days. "
            "Add the official days below once the notice is out.").replace("%1", str(year))
    return text


class PlanSettingsSection(QWidget):
    """The owner's list of days off and working days (on top of the official schedule)."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the Settings list."""
        return QCoreApplication.translate("PlanSettingsSection", "Sales plans")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("planSettingsSection")
        self.days: tuple[W.DayOverride, ...] = ()
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._show)
        box = QGroupBox(self.tr("Holidays and working days"), self)
        self.note = QLabel(coverage_text(date.today().year + 1), box)
        self.note.setWordWrap(True)
        self.model = RowTableModel([
            Column(self.tr("Date"), lambda o: day(o.day)),
            Column(self.tr("Weekday"), lambda o: QDate(o.day).toString("dddd")),
            Column(self.tr("Kind"), lambda o: self.tr("Day off") if o.off
                   else self.tr("Working day")),
            Column(self.tr("Name"), lambda o: o.name),
        ], self)
        self.view = QTableView(box)
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.date = QDateEdit(QDate.currentDate(), box)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox(box)
        self.kind.addItem(self.tr("Day off"), True)
        self.kind.addItem(self.tr("Working day (调休)"), False)
        self.name = QLineEdit(box)
        self.name.setPlaceholderText(self.tr("Name, e.g. 春节 or 年会"))
        self.add_button = QPushButton(self.tr("Add"), box)
        self.remove_button = QPushButton(self.tr("Remove"), box)
        entry = QHBoxLayout()
        for w in (self.date, self.kind):
            entry.addWidget(w)
        entry.addWidget(self.name, 1)
        entry.addWidget(self.add_button)
        entry.addWidget(self.remove_button)
        lay = QVBoxLayout(box)
        lay.addWidget(self.note)
        lay.addLayout(entry)
        lay.addWidget(self.view, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(box, 1)
        chain = (self.date, self.kind, self.name, self.add_button, self.remove_button, self.view)
        for before, after in zip(chain, chain[1:], strict=False):  # Tab in reading order
            QWidget.setTabOrder(before, after)
        self.add_button.clicked.connect(self.add_day)
        self.name.returnPressed.connect(self.add_day)
        self.remove_button.clicked.connect(self.remove_selected)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Read the list on the worker."""
        store = self.ctx.store
        self._load.start(lambda: W.load_calendar(store).overrides)

    def is_loading(self) -> bool:
        """Whether the list is being read."""
        return self._load.is_loading()

    def _show(self, days: tuple[W.DayOverride, ...]) -> None:
        self.days = tuple(days)
        self.model.set_rows(list(self.days))
        self.view.resizeColumnsToContents()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.everything or changes.touches("app_settings"):
            self.reload()

    def _write(self, text: LazyText, days: list[W.DayOverride]) -> bool:
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, text,
                      call(W.set_overrides, days), initiator=self)
        return cmd.failed is None

    def add_day(self) -> None:
        """Add (or replace) the typed day as undoable change."""
        qd = self.date.date()
        new = W.DayOverride(date(qd.year(), qd.month(), qd.day()), bool(self.kind.currentData()),
                            self.name.text().strip())
        if self._write(LazyText.translate("PlanSettingsSection", "Add holiday"),
                       [*self.days, new]):
            self.name.clear()

    def remove_selected(self) -> None:
        """Remove the selected days (undoable)."""
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if rows:
            keep = [o for i, o in enumerate(self.days) if i not in rows]
            self._write(LazyText.translate("PlanSettingsSection", "Remove holiday"), keep)
