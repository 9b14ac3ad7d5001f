"""New customer (新建客户) with a live warning about likely duplicates (重复开发).

While the user types the name, phone or email,
:func:`services.customers.dedupe.find_likely_duplicates` runs (debounced) and lists existing
customers that look the same, with their owner, so a rep sees "this is already 王芳's customer"
before creating a second record.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from gui.common.theme import ink_css
from services.core.store import Store
from services.customers.dedupe import (
    REASON_SAME_EMAIL,
    REASON_SAME_NAME,
    REASON_SAME_PHONE,
    REASON_SIMILAR_NAME,
    DuplicateCandidate,
    find_likely_duplicates,
)
from services.customers.edit import NewCustomer
from services.customers.queries import split_tags
from services.org.people import PersonRow

DEBOUNCE_MS = 250


class NewCustomerDialog(QDialog):
    """Collects a :class:`NewCustomer`; ``open_existing(id)`` when the user picks a duplicate."""

    open_existing = Signal(str)

    def __init__(self, store: Store, people: Sequence[PersonRow], me: str | None,
                 choices: dict[str, list[str]], parent: QWidget | None = None, *,
                 pool: bool = True):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("New customer"))
        self.candidates: list[DuplicateCandidate] = []
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Company name, e.g. 上海星海科技有限公司"))
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.industry = self._combo(choices.get("industry", []))
        self.region = self._combo(choices.get("region", []))
        self.source = self._combo(choices.get("source", []))
        self.owner = QComboBox(self)
        # Without a shared pool a customer nobody owns is simply unassigned, not in a 公海.
        self.owner.addItem(self.tr("(nobody — shared pool)") if pool
                           else self.tr("(no owner yet)"), None)
        for p in people:
            self.owner.addItem(p.name, p.id)
        self.owner.setCurrentIndex(max(self.owner.findData(me), 0) if me else 0)
        self.tier = QComboBox(self)
        self.tier.addItem(self.tr("By the rules"), None)
        for t in ("A", "B", "C"):
            self.tier.addItem(t, t)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Comma separated"))
        self.contact_name = QLineEdit(self)
        self.contact_phone = QLineEdit(self)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.warning.setStyleSheet("QLabel { background: #fff4e0; color: #6b3d00; "
                                   "border: 1px solid #f0c080; padding: 6px; }")
        self.warning.linkActivated.connect(self._open_existing)
        self.warning.hide()
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ink_css('#b00020')}")
        self.error.hide()

        form = QFormLayout(self)
        form.addRow(self.tr("Customer name"), self.name)
        form.addRow(self.warning)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Industry"), self.industry)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Contact"), self.contact_name)
        form.addRow(self.tr("Contact phone"), self.contact_phone)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_duplicates)
        for edit in (self.name, self.phone, self.email, self.contact_phone):
            edit.textChanged.connect(self._timer.start)
        self.resize(520, 0)
        self.name.setFocus()

    def _combo(self, items: list[str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.addItem("")
        combo.addItems(items)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    def _reason(self, code: str) -> str:
        return {
            REASON_SAME_NAME: self.tr("same name"),
            REASON_SAME_PHONE: self.tr("same phone"),
            REASON_SAME_EMAIL: self.tr("same email"),
            REASON_SIMILAR_NAME: self.tr("similar name"),
        }.get(code, code)

    def check_duplicates(self) -> None:
        """Look for likely duplicates of what is typed now and show them."""
        self._timer.stop()
        phone = self.phone.text().strip() or self.contact_phone.text().strip()
        self.candidates = find_likely_duplicates(
            self.store, name=self.name.text(), phone=phone or None,
            email=self.email.text() or None)
        if not self.candidates:
            self.warning.hide()
            return
        lines = []
        for c in self.candidates:
            owner = (c.owner_name or "") if not c.in_pool else self.tr("shared pool")
            owner_text = self.tr(" — owner: {owner}").format(owner=owner) if owner else ""
            lines.append(f'<a href="{html.escape(c.id)}">{html.escape(c.name)}</a>'
                         f" ({html.escape(self._reason(c.reason))}){html.escape(owner_text)}")
        self.warning.setText(self.tr("Possible duplicate — this customer may already exist:")
                             + "<br>" + "<br>".join(lines))
        self.warning.show()

    def _open_existing(self, customer_id: str) -> None:
        self.open_existing.emit(customer_id)
        self.reject()

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Enter the customer's name."))
            self.error.show()
            self.name.setFocus()
            return
        super().accept()

    def value(self) -> NewCustomer:
        """What was entered."""
        return NewCustomer(
            name=self.name.text().strip(), industry=self.industry.currentText(),
            region=self.region.currentText(), source=self.source.currentText(),
            phone=self.phone.text(), email=self.email.text(),
            owner_id=self.owner.currentData(), tier=self.tier.currentData(),
            tags=split_tags(self.tags.text()), contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text())
