"""Deal detail (商机详情): every field editable with undo, products, activities, stage history.

Each edit is an :class:`~gui.common.undo.OpCommand` of ``update_deal`` on the window's undo
stack (the probability's Reset sets the override back to None, so the stage default applies
again); a follow-up logged here is one of ``log_deal_followup``. The credit split (业绩分配)
is shown under the owner with its **Split credit…** button (:mod:`gui.incentives.split_row`).
Moving stage goes through the page's actions, with the same won/lost prompts as a drop. The
dialog re-reads its deal whenever ``ctx.events.changed`` names it (its own edits, an undo from
the Edit menu, another page).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.common.conflict_dialog import resolve_conflict
from gui.common.context import AppContext
from gui.common.formatting import day, deal_amount, money
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.common.optional_date_edit import OptionalDateEdit
from gui.common.row_table_model import Column, RowTableModel
from gui.common.undo import OpCommand, push_op
from services.core.amounts import AmountError, read_amount
from services.core.changes import Call, Changes, call
from services.core.conflicts import ConflictError

NO_DATE = QDate(2000, 1, 1)


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class DealDetailDialog(QDialog):
    """A non-modal window showing one deal, editable in place with undo."""

    resolves_conflicts = True  # a field someone else saved meanwhile: this dialog asks

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page = parent
        self.deal: Any = None
        self._customers: dict[str, str] = {}
        self._views: dict[int, QTableView] = {}
        self.setWindowTitle(self.tr("Deal"))
        self.resize(780, 680)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.subheading = QLabel()
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(self._build_form())
        self.tabs = QTabWidget()
        from gui.pipeline.deal_lines_editor import DealLinesEditor

        self.lines_editor = DealLinesEditor(ctx, self.tabs)
        self.lines = self.lines_editor.model
        self.tabs.addTab(self.lines_editor, self.tr("Products"))
        self.followups = self._table(self.tabs, self.tr("Activities"), [
            Column(self.tr("When"), lambda r: _when(r.at)),
            Column(self.tr("Method"), lambda r: self._method(r.method)),
            Column(self.tr("By"), lambda r: r.person_name or ""),
            Column(self.tr("Content"), lambda r: r.content),
            Column(self.tr("Next step"), lambda r: " ".join(
                x for x in (day(r.next_on), r.next_step or "") if x))])
        self.history = self._table(self.tabs, self.tr("Stage history"), [
            Column(self.tr("When"), lambda r: _when(r.at)),
            Column(self.tr("From"), lambda r: r.from_stage_name or self.tr("(created)")),
            Column(self.tr("To"), lambda r: r.to_stage_name),
            Column(self.tr("By"), lambda r: r.by_name or ""),
            Column(self.tr("Amount then"), lambda r: deal_amount(r.amount), True),
            Column(self.tr("Close date then"), lambda r: day(r.expected_close))])
        from gui.team.history_view import HistoryView

        self.change_log = HistoryView(ctx, self.tabs)
        self.tabs.addTab(self.change_log, self.tr("Change log"))
        layout.addWidget(self.tabs, 1)
        self.log_button = QPushButton(self.tr("Log follow-up…"))
        self.log_button.setToolTip(self.tr("Record a visit, call or message about this deal"))
        self.log_button.clicked.connect(self.log_followup)
        self.tabs.setCornerWidget(self.log_button)
        # Every field saves as it is left: OK (the default button, so Enter) saves the field
        # being typed in and closes; no other button may take Enter (Reset did).
        for button in (self.log_button, self.reset_probability):
            button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.quote_button = self.buttons.addButton(self.tr("New Quote…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.quote_button.setAutoDefault(False)
        self.quote_button.setToolTip(self.tr("Quote this deal's customer (报价)"))
        self.quote_button.clicked.connect(self.new_quote)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        ctx.events.changed.connect(self._on_changed)

    def new_quote(self) -> None:
        """Open the quote editor for this deal (gui.orders.quote_editor_dialog)."""
        if self.deal is not None:
            from gui.orders.quote_editor_dialog import new_quote

            new_quote(self.ctx, self, deal_id=self.deal.id)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.editingFinished.connect(lambda: self._edit("name", self.name.text()))
        form.addRow(self.tr("Deal name:"), self.name)
        self.customer = QLineEdit()
        self._customer_names = QStringListModel(self)
        completer = QCompleter(self._customer_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer.setCompleter(completer)
        self.customer.textEdited.connect(self._customer_typed)
        self.customer.editingFinished.connect(self._customer_edited)
        form.addRow(self.tr("Customer:"), self.customer)
        self.stage = QComboBox()
        self.stage.activated.connect(self._stage_chosen)
        form.addRow(self.tr("Stage:"), self.stage)
        self.owner = QComboBox()
        self.owner.activated.connect(lambda _i: self._edit("owner_id",
                                                           self.owner.currentData() or None))
        form.addRow(self.tr("Owner:"), self.owner)
        from gui.incentives.split_row import CreditSplitRow

        self.split_row = CreditSplitRow(self.ctx, self)  # 业绩分配, read on the worker
        form.addRow(self.split_row)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("not set"))
        self.amount.editingFinished.connect(self._amount_edited)
        form.addRow(self.tr("Amount (¥):"), self.amount)
        self.close_date = OptionalDateEdit()
        self.close_date.setCalendarPopup(True)
        self.close_date.setDisplayFormat("yyyy-MM-dd")
        self.close_date.setMinimumDate(NO_DATE)
        self.close_date.setSpecialValueText(self.tr("not set"))
        self.close_date.editingFinished.connect(self._close_edited)
        form.addRow(self.tr("Expected close:"), self.close_date)
        row = QHBoxLayout()
        self.probability = QSpinBox()
        self.probability.setRange(0, 100)
        self.probability.setSuffix("%")
        self.probability.editingFinished.connect(self._probability_edited)
        self.probability_note = QLabel()
        self.reset_probability = QPushButton(self.tr("Reset"))
        self.reset_probability.setToolTip(self.tr("Use the stage's default probability again"))
        self.reset_probability.clicked.connect(lambda: self._edit("probability", None))
        row.addWidget(self.probability)
        row.addWidget(self.probability_note, 1)
        row.addWidget(self.reset_probability)
        form.addRow(self.tr("Probability:"), row)
        self.source = QLineEdit()
        self.source.editingFinished.connect(
            lambda: self._edit("source", self.source.text().strip() or None))
        form.addRow(self.tr("Source:"), self.source)
        self.notes = QLineEdit()
        self.notes.editingFinished.connect(
            lambda: self._edit("notes", self.notes.text().strip() or None))
        form.addRow(self.tr("Notes:"), self.notes)
        self.closing = QLabel()
        form.addRow(self.closing)
        return form

    def _table(self, tabs: QTabWidget, title: str, columns: list[Column]) -> RowTableModel:
        model = RowTableModel(columns, self)
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        tabs.addTab(view, title)
        self._views[id(model)] = view
        return model

    def _method(self, code: str) -> str:
        names = {"visit": self.tr("Visit"), "call": self.tr("Call"),
                 "wechat": self.tr("WeChat"), "email": self.tr("Email")}
        return names.get(code, code)

    # -- loading ---------------------------------------------------------------------------
    def present(self, deal_id: str) -> None:
        """Load a deal and bring the window to the front (shown non-modal, reused)."""
        self.show_deal(deal_id)
        self.show()
        self.raise_()
        self.activateWindow()

    def show_deal(self, deal_id: str) -> None:
        """Load and show one deal."""
        from services.pipeline.details import read_deal_detail

        self.deal = read_deal_detail(self.ctx.store, deal_id)
        self.change_log.set_record("deals", deal_id)
        self._fill()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        d = self.deal
        if d is None or not self.isVisible():
            return
        deals, customers = changes.ids("deals"), changes.ids("customers")
        if (deals is None or d.id in deals or customers is None or d.customer_id in customers
                or changes.touches("followups", "stages", "pipelines", "people", "products",
                                   "deal_lines")):
            self.reload()

    def reload(self) -> None:
        """Re-read the shown deal (after an edit, an undo or a move)."""
        if self.deal is not None:
            from services.core.errors import SailplanError

            try:
                self.show_deal(self.deal.id)
            except SailplanError:
                self.close()

    def _fill(self) -> None:
        from services.org.people import list_people
        from services.pipeline.deals import list_pipelines

        d = self.deal
        self.setWindowTitle(self.tr("Deal: %1").replace("%1", d.name))
        self.heading.setText(d.name)
        self.subheading.setText(f"{d.customer_name} · {d.pipeline_name} · {d.stage_name}")
        self.name.setText(d.name)
        self.customer.setText(d.customer_name)
        self.stage.clear()
        for p in list_pipelines(self.ctx.store):
            if p.id == d.pipeline_id:
                for s in p.stages:
                    self.stage.addItem(s.name, s.id)
        self.stage.setCurrentIndex(self.stage.findData(d.stage_id))
        self.owner.clear()
        self.owner.addItem(self.tr("(nobody)"), "")
        for person in list_people(self.ctx.store, include_inactive=True):
            self.owner.addItem(person.name, person.id)
        self.owner.setCurrentIndex(max(self.owner.findData(d.owner_id or ""), 0))
        if self.split_row.deal_id != d.id:  # it reads itself again when splits change
            self.split_row.show_deal(d.id)
        self.amount.setText(self._amount_text())
        # an amount that follows the product lines is changed through them
        self.amount.setReadOnly(d.amount_from_lines)
        self.amount.setToolTip(self.tr("The sum of the product lines") if d.amount_from_lines
                               else "")
        self.lines_editor.show_deal(d)
        close = d.expected_close
        self.close_date.setDate(QDate(close.year, close.month, close.day) if close else NO_DATE)
        self.probability.setValue(d.probability)
        open_stage = d.stage_kind == "open"
        self.probability.setEnabled(open_stage)
        if d.probability_overridden:
            note = self.tr("typed, overrides the stage default %1%").replace(
                "%1", str(d.stage_probability))
        else:
            note = self.tr("stage default %1%").replace("%1", str(d.stage_probability))
        self.probability_note.setText(note + "  ·  " + self.tr("weighted %1").replace(
            "%1", money(d.weighted)))
        self.reset_probability.setEnabled(d.probability_overridden and open_stage)
        self.source.setText(d.source or "")
        self.notes.setText(d.notes or "")
        self.closing.setText(self._closing_text())
        for model, records in ((self.followups, d.followups), (self.history, d.history)):
            model.set_rows(records)
            view = self._views[id(model)]
            view.resizeColumnsToContents()
            for col in range(model.columnCount()):
                view.setColumnWidth(col, min(view.columnWidth(col), 320))

    def _closing_text(self) -> str:
        d = self.deal
        if d.stage_kind == "won":
            return self.tr("Won on %1, actual amount %2").replace(
                "%1", day(d.closed_on)).replace("%2", money(d.won_amount))
        if d.stage_kind == "lost":
            return self.tr("Lost on %1, reason: %2").replace(
                "%1", day(d.closed_on)).replace("%2", d.lost_reason or "—")
        return ""

    # -- edits -----------------------------------------------------------------------------
    def _current(self, field: str) -> Any:
        if field == "probability":
            return self.deal.probability if self.deal.probability_overridden else None
        return getattr(self.deal, field)

    def _edit(self, field: str, value: Any) -> None:
        if self.deal is None or self._current(field) == value:
            return
        from services.pipeline.deals import update_deal

        text = LazyText.translate("DealDetailDialog", "Edit deal %1").arg(self.deal.name)
        cmd = self._push(text, call(update_deal, self.deal.id, base={field: self._current(field)},
                                    **{field: value}))
        if isinstance(cmd.failed, ConflictError):
            self._resolve(text, cmd.failed)

    def _resolve(self, text: LazyText, error: ConflictError) -> None:
        """Someone else saved the field meanwhile: show both values; save the ticked ones of
        ours over what is stored now, then show the deal as stored.
        """
        from services.pipeline.deals import update_deal

        mine, stored = resolve_conflict(self, error, self._field_label)
        if mine:
            self._push(text, call(update_deal, error.record[1],
                                  base={f: stored[f] for f in mine}, **mine))
        self.reload()

    def _field_label(self, field: str) -> str:
        labels = {"name": self.tr("Deal name:"), "customer_id": self.tr("Customer:"),
                  "owner_id": self.tr("Owner:"), "amount": self.tr("Amount (¥):"),
                  "expected_close": self.tr("Expected close:"),
                  "probability": self.tr("Probability:"), "source": self.tr("Source:"),
                  "notes": self.tr("Notes:")}
        return labels.get(field, field).rstrip(":：")

    def _push(self, text: LazyText, do: Call) -> OpCommand:
        """Push one undoable service call; a refused one puts the shown values back (the main
        window says why).
        """
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, text, do,
                      initiator=self)
        if cmd.failed is not None:
            self._fill()
        return cmd

    @classmethod
    def ask_followup(cls, parent: QWidget, customer_name: str, people: Sequence[Any],
                     person_id: str | None) -> tuple[dict[str, Any], str | None] | None:
        """The follow-up the user typed (the customers feature's editor, asking who followed
        up) and the person to remember as "I am" if the user said so; None when cancelled.
        """
        from gui.customers.followup_dialog import FollowUpDialog

        dialog = FollowUpDialog(customer_name, None, parent, people=people, person_id=person_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values(), dialog.remember_me()

    def log_followup(self) -> None:
        """Record a follow-up on this deal (undoable); a booked next step stops it rotting.

        Like the customer card, the editor asks who followed up (preset to "I am"), so a
        follow-up logged before anyone chose "I am" still has its author.
        """
        if self.deal is None:
            return
        from services.org.people import list_people

        answer = self.ask_followup(self, self.deal.customer_name, list_people(self.ctx.store),
                                   self.ctx.current_person_id)
        if answer is None:
            return
        values, me = answer
        if me is not None:
            self.ctx.remember_person(me)
        from services.pipeline.followups import log_deal_followup

        values = {"person_id": self.ctx.current_person_id, **values}
        text = LazyText.translate("DealDetailDialog", "Follow-up on %1").arg(self.deal.name)
        self._push(text, call(log_deal_followup, self.deal.id, values))

    def _customer_typed(self, text: str) -> None:
        from services.pipeline.pickers import find_customers

        self._customers = dict((n, i) for i, n in find_customers(self.ctx.store, text))
        self._customer_names.setStringList(list(self._customers))

    def _customer_edited(self) -> None:
        from services.pipeline.pickers import find_customers

        name = self.customer.text().strip()
        if self.deal is None or name == self.deal.customer_name:
            return
        match = next((i for i, n in find_customers(self.ctx.store, name) if n == name), None)
        if match is None:
            Messages.show_error(self, self.tr("Customer"),
                                self.tr("Choose an existing customer from the list."))
            self.customer.setText(self.deal.customer_name)
            return
        self._edit("customer_id", match)

    def _amount_text(self) -> str:
        """The stored amount as typed (120,000.00); blank for a deal without one (0)."""
        return deal_amount(self.deal.amount, fen=True).lstrip("¥")

    def _amount_edited(self) -> None:
        if self.deal is None:
            return
        try:  # the app's one amount parser: 12万, ¥120,000, full-width digits
            read = read_amount(self.amount.text())
        except AmountError:
            Messages.show_error(self, self.tr("Amount"),
                                self.tr("Amount must be a number of yuan, e.g. 120000."))
            self.amount.setText(self._amount_text())
            return
        # Blank means "no amount yet", which a deal stores as 0.
        value = Decimal(0) if read is None else read
        self._edit("amount", value.quantize(Decimal("0.01")))

    def _close_edited(self) -> None:
        qd = self.close_date.date()
        value: date | None = None if qd == NO_DATE else qd.toPython()  # type: ignore[assignment]
        self._edit("expected_close", value)

    def _probability_edited(self) -> None:
        if self.deal is not None and self.probability.value() != self.deal.probability:
            self._edit("probability", self.probability.value())

    def _stage_chosen(self, _index: int) -> None:
        stage_id = self.stage.currentData()
        if self.deal is None or not stage_id or stage_id == self.deal.stage_id:
            return
        if self.page is not None and hasattr(self.page, "deal_actions"):
            self.page.deal_actions.request_move([self.deal.id], stage_id)
        self.reload()

