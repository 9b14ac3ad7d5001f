"""The customer card (客户卡片): a right-hand panel beside the list.

Company fields are edited in place; each change is one undo step (an ``OpCommand`` of the
service) pushed with the card as initiator, announced to the page through ``applied(changes)``.
The card re-reads its customer when a ``Changes`` concerns it (:meth:`concerns`), whoever made it.
Contacts, the follow-up timeline, the customer's opportunities and their orders (credit,
contracts, quotes, after-sales: :mod:`gui.orders.customer_orders_panel`) sit in tabs. Ctrl+L
anywhere on the card opens the follow-up editor with the cursor in its content field;
Ctrl+Enter saves it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.aftersales.customer_service_panel import CustomerServicePanel
from gui.common.conflict_dialog import resolve_conflict
from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.formatting import day, money
from gui.common.lazy_text import LazyText
from gui.common.optional_date_edit import OptionalDateEdit
from gui.common.theme import ink_css
from gui.common.wrapped_label import WrappedLabel
from gui.customers.card_lists import CardLists
from gui.customers.formatting import owner_text, tier_label
from gui.customers.ops import push_customer_op
from gui.orders.customer_orders_panel import CustomerOrdersPanel
from services.core.changes import Call, Changes, call
from services.core.conflicts import ConflictError
from services.core.errors import SailplanError
from services.customers import bulk, edit, tiers
from services.customers.queries import CustomerCard, join_tags, load_customer_card
from services.org.people import PersonRow

_NO_DATE = QDate(1900, 1, 1)
_TEXT_FIELDS = ("name", "industry", "region", "source", "phone", "email", "website", "address")


class CustomerCardPanel(QWidget):
    """Shows and edits one customer. ``applied(changes)`` after every edit made here."""

    resolves_conflicts = True  # a field someone else saved meanwhile: this card asks

    applied = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.card: CustomerCard | None = None
        self.people: list[PersonRow] = []
        self._loading = False
        self._history: Any = None

        self.title = QLabel(self)
        self.title.setObjectName("customerCardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ink_css('#b00020')}")
        self.error.setWordWrap(True)
        self.error.hide()
        self.empty = QLabel(self.tr("Select a customer to see its card."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.lists = CardLists(ctx, self)
        self.lists.applied.connect(self.applied)
        self.lists.error.connect(self._show_error_text)
        self.tabs.addTab(self.lists.contacts_tab, self.tr("Contacts"))
        self.tabs.addTab(self.lists.followups_tab, self.tr("Follow-ups"))
        # Short tab names: all five fit the card's width without scroll arrows in English
        # too; the tooltips say them in full.
        deals = self.tabs.addTab(self.lists.deals_tab, self.tr("Deals"))
        self.tabs.setTabToolTip(deals, self.tr("Opportunities (deals) with this customer"))
        # The Orders tab: credit, contracts and quotes with their actions; after-sales shares
        # it (a sixth tab would not fit the card's width) as the last part of its splitter —
        # contracts and repurchase, service tickets and satisfaction. Each part reloads itself
        # on its changes.
        self.orders = CustomerOrdersPanel(ctx, self)
        self.service = CustomerServicePanel(ctx, self.orders)
        self.orders.add_section(self.service)
        orders_tab = self.orders
        n = self.tabs.addTab(orders_tab, self.tr("Orders"))
        self.tabs.setTabToolTip(n, self.tr("Orders and payments"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self._show_empty(True)

    # --- building ------------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        host = QWidget(self)
        outer = QVBoxLayout(host)
        outer.setContentsMargins(6, 6, 6, 6)
        form = QFormLayout()
        form.setVerticalSpacing(5)  # every field in view at 1280×800, English too
        outer.addLayout(form)
        outer.addStretch(1)  # spare height goes below the fields, not between them
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("Customer name"), "industry": self.tr("Industry"),
            "region": self.tr("Region"), "source": self.tr("Source"),
            "phone": self.tr("Phone"), "email": self.tr("Email"),
            "website": self.tr("Website"), "address": self.tr("Address"),
        }
        self._labels = {**labels, "credit_limit": self.tr("Credit limit"),
                        "cooperation_since": self.tr("Customer since"),
                        "tags": self.tr("Tags"), "notes": self.tr("Notes")}
        for field in _TEXT_FIELDS:
            line = QLineEdit(host)
            line.setObjectName(f"card_{field}")
            line.editingFinished.connect(lambda f=field: self._commit_text(f))
            self.edits[field] = line
            form.addRow(labels[field], line)
        self.owner = QComboBox(host)
        self.owner.activated.connect(self._commit_owner)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner, 1)
        self.history_button = QPushButton(self.tr("Change Log…"), host)
        self.history_button.setObjectName("cardHistory")
        self.history_button.setToolTip(self.tr(
            "Who changed this customer's owner, its deals and its payments, and when"))
        self.history_button.clicked.connect(self.show_history)
        owner_row.addWidget(self.history_button)
        form.addRow(self.tr("Owner"), owner_row)
        self.tier = QComboBox(host)
        self.tier.addItem(self.tr("By the rules"), None)
        for t in ("A", "B", "C"):
            self.tier.addItem(tier_label(t), t)
        self.tier.activated.connect(self._commit_tier)
        # Wrapped: the reason is a sentence ("computed: trailing 12-month sales ¥…, below B's
        # threshold ¥…") that a narrow card must show whole, not cut off.
        self.tier_reason = WrappedLabel(host)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow("", self.tier_reason)
        self.credit = QLineEdit(host)
        self.credit.setObjectName("card_credit_limit")
        self.credit.setPlaceholderText(self.tr("¥ amount, e.g. 50,000"))
        self.credit.editingFinished.connect(self._commit_credit)
        form.addRow(self._labels["credit_limit"], self.credit)
        self.since = OptionalDateEdit(host)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setMinimumDate(_NO_DATE)
        self.since.setSpecialValueText(self.tr("—"))
        self.since.editingFinished.connect(self._commit_since)
        form.addRow(self._labels["cooperation_since"], self.since)
        self.tags = QLineEdit(host)
        self.tags.setObjectName("card_tags")
        self.tags.setPlaceholderText(self.tr("Comma separated, e.g. 重点, 华东"))
        self.tags.editingFinished.connect(self._commit_tags)
        form.addRow(self._labels["tags"], self.tags)
        self.notes = QPlainTextEdit(host)
        self.notes.setObjectName("card_notes")
        self.notes.setTabChangesFocus(True)  # Tab moves on; it never types a tab character
        self.notes.setMaximumHeight(90)
        # Two lines at least (not the default 70 px), 90 px at most: on a short screen the notes
        # give way so the fields above stay in view without scrolling.
        self.notes.setMinimumHeight(2 * self.notes.fontMetrics().lineSpacing()
                                    + 2 * self.notes.frameWidth() + 8)
        self.notes.installEventFilter(self)
        form.addRow(self._labels["notes"], self.notes)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: only fields
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        return scroll

    def show_history(self) -> None:
        """The change log of the shown customer, its deals and payments (a window)."""
        if self.card is None:
            return
        from gui.team.history_view import HistoryDialog

        if self._history is None:
            self._history = HistoryDialog(self.ctx, self)
        self._history.present("customers", self.card.id, self.card.name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self._commit_field("notes", self.notes.toPlainText())
        return super().eventFilter(watched, event)

    # --- showing -------------------------------------------------------------------------

    def set_people(self, people: list[PersonRow]) -> None:
        """The owner choices."""
        self.people = people

    def customer_id(self) -> str | None:
        """The customer shown, if any."""
        return self.card.id if self.card else None

    def set_customer(self, customer_id: str | None) -> None:
        """Show ``customer_id`` (None: the empty state)."""
        self.card = load_customer_card(self.ctx.store, customer_id) if customer_id else None
        self.error.hide()
        self._fill()

    def reload(self) -> None:
        """Re-read the shown customer."""
        if self.card is not None:
            self.set_customer(self.card.id)

    def concerns(self, changes: Changes) -> bool:
        """Whether ``changes`` may change what the card shows (its customer, contacts,
        follow-ups or deals, a new record that may be its customer's, owners' names, rules).
        """
        card = self.card
        if card is None:
            return False
        if changes.everything or changes.touches("people"):
            return True
        settings = changes.ids("app_settings")
        if settings is None or any(k.startswith("customers.") for k in settings):
            return True
        shown = {"customers": {card.id}, "contacts": {c.id for c in card.contacts},
                 "followups": {f.id for f in card.followups}, "deals": {d.id for d in card.deals}}
        for kind, own in shown.items():
            ids = changes.ids(kind)
            if ids is None or ids & own or (kind != "customers" and changes.of(kind).created):
                return True
        return any(card.id in changes.fact(name) for name in
                   (edit.CONTACTS_FACT, tiers.DEALS_FACT, tiers.TIER_FACT))

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        for w in (self.title, self.summary, self.tabs):
            w.setVisible(not empty)

    def _lang(self) -> str:
        return "en" if self.tr("Details") == "Details" else "zh_CN"

    def _fill(self) -> None:
        card = self.card
        self._show_empty(card is None)
        self.lists.set_card(card)
        self.service.set_customer(card.id if card else None)
        self.orders.set_customer(card.id if card else None)
        if card is None:
            return
        self._loading = True
        try:
            self.title.setText(card.name)
            self.summary.setText(self._summary_text(card))
            for field, line in self.edits.items():
                line.setText(getattr(card, field))
                line.setCursorPosition(0)
            self.owner.clear()
            if card.owner_id is None:
                self.owner.addItem(self.tr("(nobody — shared pool)") if card.in_pool
                                   else owner_text(None, "", False), None)
            for p in self.people:
                self.owner.addItem(p.name, p.id)
            if card.owner_id and self.owner.findData(card.owner_id) < 0:
                self.owner.addItem(card.owner_name or card.owner_id, card.owner_id)
            self.owner.setCurrentIndex(max(self.owner.findData(card.owner_id), 0))
            self.tier.setCurrentIndex(self.tier.findData(card.tier) if card.tier_manual else 0)
            self.tier_reason.setText(self._tier_text(card))
            self.tier_reason.setToolTip(self.tier_reason.text())
            self.credit.setText(f"{card.credit_limit:,.2f}" if card.credit_limit is not None
                                else "")
            since = card.cooperation_since
            self.since.setDate(QDate(since.year, since.month, since.day) if since else _NO_DATE)
            self.tags.setText(", ".join(card.tags))
            self.notes.setPlainText(card.notes)
        finally:
            self._loading = False

    def _summary_text(self, card: CustomerCard) -> str:
        owner = owner_text(card.owner_id, card.owner_name, card.in_pool)
        parts = [self.tr("Owner: {0}").format(owner),
                 self.tr("Tier: {0}").format(tier_label(card.tier)),
                 self.tr("Won, last 12 months: {0}").format(money(card.won_12m, fen=True))]
        if card.last_followup_at:
            parts.append(self.tr("Last follow-up: {0}").format(day(card.last_followup_at)))
        if card.next_followup_on:
            parts.append(self.tr("Next follow-up: {0}").format(day(card.next_followup_on)))
        text = " · ".join(parts)
        if card.in_pool:
            text += " · " + self.tr("In the shared pool since {0}").format(day(card.pool_since))
        elif card.stale:
            text += " · " + self.tr("Stale: follow up soon")
        return text

    def _tier_text(self, card: CustomerCard) -> str:
        reason = tiers.reason_text(card.tier_reason, self._lang()) if card.tier_reason else ""
        if card.tier_manual:
            mark = self.tr("Manual override: {0}").format(tier_label(card.tier))
            return mark
        if not card.tier:
            return self.tr("Not computed yet")
        return self.tr("{0} — computed: {1}").format(tier_label(card.tier), reason or "—")

    # --- committing edits ----------------------------------------------------------------

    def _push(self, text: LazyText, do: Call) -> bool:
        """One undo step with the card as initiator; False when it was refused."""
        op, failed = push_customer_op(self.ctx, text, do, self)
        if op is None:
            if isinstance(failed, ConflictError):
                return self._resolve(text, failed)
            self._fill()  # put the stored values back in the fields; the message says why
            if failed is not None:
                self._show_error_text(error_text(failed))
            return False
        self.applied.emit(op.changes)
        return True

    def _resolve(self, text: LazyText, error: ConflictError) -> bool:
        """Someone else saved the field meanwhile: show both values; save the ticked ones of
        ours over what is stored now (the stored values as the base), then show the record
        as stored.
        """
        customer_id = error.record[1]
        mine, stored = resolve_conflict(self, error, self._field_label)
        saved = False
        if mine:
            saved = self._push(text, call(edit.update_customer, customer_id, mine,
                                          {f: stored[f] for f in mine}))
        if self.card is not None and self.card.id == customer_id:
            self.reload()
        return saved

    def _field_label(self, field: str) -> str:
        return self._labels.get(field, field)

    def _show_error(self, exc: SailplanError) -> None:
        self._show_error_text(str(exc))

    def _show_error_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _commit_field(self, field: str, value: Any) -> None:
        if self._loading or self.card is None:
            return
        try:
            edit.check_customer_fields({field: value})  # refused here, never pushed
        except SailplanError as exc:
            self._fill()  # put the stored value back in the field; the message says why
            self._show_error(exc)
            return
        self._push(LazyText.translate("CustomerCardPanel", "Edit customer"),
                   call(edit.update_customer, self.card.id, {field: value},
                        {field: getattr(self.card, field)}))

    def _commit_text(self, field: str) -> None:
        if self.card is not None and self.edits[field].text().strip() != getattr(self.card,
                                                                                  field):
            self._commit_field(field, self.edits[field].text())

    def _commit_credit(self) -> None:
        self._commit_field("credit_limit", self.credit.text().strip() or None)

    def _commit_since(self) -> None:
        qd = self.since.date()
        value = None if qd == _NO_DATE else qd.toPython()
        if self.card is not None and value != self.card.cooperation_since:
            assert value is None or isinstance(value, date)
            self._commit_field("cooperation_since", value)

    def _commit_tags(self) -> None:
        if self.card is not None and join_tags(self.tags.text().replace("，", ",").split(",")
                                               ) != join_tags(list(self.card.tags)):
            self._commit_field("tags", self.tags.text())

    def _commit_owner(self) -> None:
        owner = self.owner.currentData()
        if self._loading or self.card is None or not owner or owner == self.card.owner_id:
            return
        self._push(LazyText.translate("CustomerCardPanel", "Change owner"), call(
            bulk.reassign_owner, [self.card.id], owner, by_person=self.ctx.current_person_id))

    def _commit_tier(self) -> None:
        if self._loading or self.card is None:
            return
        tier = self.tier.currentData()
        if tier == (self.card.tier if self.card.tier_manual else None):
            return
        self._push(LazyText.translate("CustomerCardPanel", "Change tier"),
                   call(tiers.set_manual_tier, self.card.id, tier))

    # --- follow-up shortcut --------------------------------------------------------------

    def add_followup(self) -> None:
        """Open the follow-up editor for the shown customer (Ctrl+L)."""
        if self.card is not None:
            self.tabs.setCurrentWidget(self.lists.followups_tab)
            self.lists.add_followup()

