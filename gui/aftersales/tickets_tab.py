"""Service tickets (服务工单): the list with its filters, new/edit, status moves, closing with
the customer's satisfaction, and feedback.

A tab of the Orders & Payments page (``TicketsTab(ctx, parent)``). The list loads on the task
worker (:class:`~gui.common.page_load.PageLoad`) and reloads when ``events.changed`` names
tickets, feedback, customers, contracts or people, whoever changed them. Every write is one undo
step (an ``OpCommand`` holding the service call, never this tab).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.aftersales.close_dialog import CloseTicketDialog
from gui.aftersales.feedback_dialog import FeedbackDialog
from gui.aftersales.labels import STATUS, satisfaction_text, status_label
from gui.aftersales.ticket_dialog import TicketDialog
from gui.aftersales.tickets_model import TicketsModel
from gui.common.context import AppContext
from gui.common.formatting import day
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.undo import push_op
from gui.common.wrapped_label import WrappedLabel
from services.aftersales import TicketFilter, TicketRow
from services.core.changes import Call, Changes, call

KINDS = ("service_tickets", "customer_feedback", "customers", "contracts", "people")
WORKING = "working"  # the status filter's "open or in progress"


def _load(store: Any, flt: TicketFilter, today: date) -> tuple[list[TicketRow], list[Any]]:
    from services.aftersales import list_tickets
    from services.org.people import list_people

    return list_tickets(store, flt, today), list_people(store)


def _load_feedback(store: Any, ticket_id: str) -> list[Any]:
    from services.aftersales import list_feedback

    return list_feedback(store, ticket_id=ticket_id)


class TicketsTab(QWidget):
    """See the module docstring."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.people: list[Any] = []
        self._select_after: str | None = None
        self.loader = PageLoad(ctx.tasks, self)
        self.loader.loaded.connect(self._loaded)
        self.detail_loader = PageLoad(ctx.tasks, self)
        self.detail_loader.loaded.connect(self._feedback_loaded)

        self.status = QComboBox(self)
        self.status.addItem(self.tr("Open or in progress"), WORKING)
        self.status.addItem(self.tr("All statuses"), None)
        for code in STATUS:
            self.status.addItem(status_label(code), code)
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("Everyone"), None)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.count = QLabel(self)
        for combo in (self.status, self.owner):
            combo.activated.connect(lambda _i: self.reload())
        self.overdue.toggled.connect(lambda _on: self.reload())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:"), self))
        filters.addWidget(self.status)
        filters.addWidget(QLabel(self.tr("Owner:"), self))
        filters.addWidget(self.owner)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, slot in (
                ("new", self.tr("New ticket…"), self.new_ticket),
                ("edit", self.tr("Edit…"), self.edit_ticket),
                ("start", self.tr("Start work"), self.start_work),
                ("resolve", self.tr("Resolve…"), self.resolve_ticket),
                ("close", self.tr("Close…"), self.close_ticket),
                ("reopen", self.tr("Reopen"), self.reopen_ticket),
                ("feedback", self.tr("Feedback…"), self.add_feedback)):
            button = QPushButton(text, self)
            button.setObjectName(f"ticket_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)

        self.model = TicketsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("ticketsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit_ticket())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.detail = WrappedLabel(self)
        self.detail.setObjectName("ticketDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMargin(6)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        ctx.events.changed.connect(self._on_changed)
        self._update_buttons()
        self.reload()

    # --- loading -------------------------------------------------------------------------

    def filter(self) -> TicketFilter:
        """What the filter bar asks for."""
        status = self.status.currentData()
        statuses = frozenset({"open", "in_progress"}) if status == WORKING else (
            frozenset({status}) if status else frozenset())
        return TicketFilter(statuses=statuses, owner_id=self.owner.currentData(),
                            overdue_only=self.overdue.isChecked())

    def reload(self) -> None:
        """Read the tickets the filters ask for, off the GUI thread."""
        store, flt, today = self.ctx.store, self.filter(), date.today()
        self.loader.start(lambda: _load(store, flt, today))

    def is_loading(self) -> bool:
        """Whether a load is under way."""
        return self.loader.is_loading()

    def _loaded(self, result: tuple[list[TicketRow], list[Any]]) -> None:
        tickets, people = result
        keep = self._select_after or self.current_id()
        self._select_after = None
        if [p.id for p in people] != [p.id for p in self.people]:
            self.people = people
            chosen = self.owner.currentData()
            self.owner.clear()
            self.owner.addItem(self.tr("Everyone"), None)
            for p in people:
                self.owner.addItem(p.name, p.id)
            self.owner.setCurrentIndex(max(self.owner.findData(chosen), 0))
        self.model.today = date.today()
        self.model.set_rows(tickets)
        self.view.resizeColumnsToContents()
        late = sum(t.overdue(self.model.today) for t in tickets)
        self.count.setText(self.tr("%n ticket(s)", "", len(tickets))
                           + (" · " + self.tr("%n overdue", "", late) if late else ""))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._selected()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*KINDS) or changes.everything:
            self.reload()

    # --- selection -----------------------------------------------------------------------

    def current(self) -> TicketRow | None:
        """The selected ticket."""
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_id(self) -> str | None:
        """The selected ticket's id."""
        t = self.current()
        return t.id if t else None

    def show_item(self, _kind: str, ticket_id: str) -> None:
        """Show one ticket (from Today): every filter cleared, the ticket selected."""
        self.status.setCurrentIndex(self.status.findData(None))
        self.owner.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self._select_after = ticket_id
        self.reload()

    def default_focus(self) -> QWidget:
        """Where the keyboard lands: the list."""
        return self.view

    def _selected(self) -> None:
        self._update_buttons()
        t = self.current()
        if t is None:
            self.detail.setText("")
            return
        self.detail.setText(self._detail_text(t, []))
        store, tid = self.ctx.store, t.id
        self.detail_loader.start(lambda: (tid, _load_feedback(store, tid)))

    def _feedback_loaded(self, result: tuple[str, list[Any]]) -> None:
        tid, feedback = result
        t = self.current()
        if t is not None and t.id == tid:
            self.detail.setText(self._detail_text(t, feedback))

    def _detail_text(self, t: TicketRow, feedback: list[Any]) -> str:
        parts = [f"{t.number} · {t.title} · {t.customer_name}"]
        if t.contract_number:
            parts.append(self.tr("Contract: %1").replace("%1", t.contract_number))
        if t.description:
            parts.append(self.tr("Description: %1").replace("%1", t.description))
        if t.resolution:
            parts.append(self.tr("Resolution: %1").replace("%1", t.resolution))
        if t.status == "closed":
            parts.append(self.tr("Closed %1 · satisfaction %2")
                         .replace("%1", day(t.closed_on))
                         .replace("%2", satisfaction_text(t.satisfaction)))
        for f in feedback:
            parts.append(self.tr("Feedback %1: %2").replace("%1", day(f.received_on))
                         .replace("%2", f.content))
        return "\n".join(parts)

    def _update_buttons(self) -> None:
        status = t.status if (t := self.current()) else None
        enabled = {"new": True, "edit": status is not None, "feedback": status is not None,
                   "start": status == "open",
                   "resolve": status in ("open", "in_progress"),
                   "close": status in ("open", "in_progress", "resolved"),
                   "reopen": status in ("resolved", "closed")}
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key])

    # --- actions -------------------------------------------------------------------------

    def _push(self, label: LazyText, do: Call) -> Any:
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, label, do,
                      initiator=self)
        return cmd.value if cmd.failed is None else None

    def new_ticket(self) -> None:
        """Ask for a new ticket and create it (one undo step)."""
        from services.aftersales import create_ticket

        values = TicketDialog.ask(self, self.ctx.store, self.people,
                                  owner_id=self.ctx.current_person_id)
        if values is None:
            return
        new_id = self._push(LazyText.translate("TicketsTab", "New service ticket “%1”")
                            .arg(values["title"]), call(create_ticket, **values))
        if new_id:
            self._select_after = new_id

    def edit_ticket(self) -> None:
        """Edit the selected ticket's fields (one undo step)."""
        from services.aftersales import update_ticket

        t = self.current()
        if t is None:
            return
        values = TicketDialog.ask(self, self.ctx.store, self.people, t)
        if values is None:
            return
        self._push(LazyText.translate("TicketsTab", "Edit service ticket %1").arg(t.number),
                   call(update_ticket, t.id, **values))

    def _move(self, status: str, label: LazyText, **values: Any) -> None:
        from services.aftersales import set_status

        t = self.current()
        if t is not None:
            self._push(label.arg(t.number), call(set_status, t.id, status, **values))

    def start_work(self) -> None:
        """Mark the selected ticket 处理中."""
        self._move("in_progress", LazyText.translate("TicketsTab", "Start work on %1"),
                   on=date.today())

    def reopen_ticket(self) -> None:
        """Take a resolved or closed ticket back to 处理中."""
        self._move("in_progress", LazyText.translate("TicketsTab", "Reopen %1"),
                   on=date.today())

    def resolve_ticket(self) -> None:
        """Ask how it was resolved and mark the ticket 已解决."""
        t = self.current()
        values = CloseTicketDialog.ask(self, t, closing=False) if t else None
        if values is not None:
            self._move("resolved", LazyText.translate("TicketsTab", "Resolve %1"), **values)

    def close_ticket(self) -> None:
        """Ask for the resolution and the customer's satisfaction, and close the ticket."""
        t = self.current()
        values = CloseTicketDialog.ask(self, t, closing=True) if t else None
        if values is not None:
            self._move("closed", LazyText.translate("TicketsTab", "Close %1"), **values)

    def add_feedback(self) -> None:
        """Record the customer's feedback on the selected ticket."""
        from services.aftersales import add_feedback

        t = self.current()
        values = FeedbackDialog.ask(self, t) if t else None
        if t is None or values is None:
            return
        self._push(LazyText.translate("TicketsTab", "Feedback on %1").arg(t.number),
                   call(add_feedback, customer_id=t.customer_id, ticket_id=t.id,
                        author_id=self.ctx.current_person_id, **values))
