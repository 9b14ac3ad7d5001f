"""Settings → Audit log (操作日志): every recorded change, filtered and paged, newest first.

Filters: who, the kind of record, the field, a date range. Read off the GUI thread through
``services.team.audit``; the log itself is read-only everywhere (the database refuses changes).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.optional_date_edit import OptionalDateEdit
from gui.common.page_load import PageLoad
from gui.common.row_table_model import RowTableModel
from gui.team.audit_columns import audit_columns, audit_table
from gui.team.audit_texts import field_label, table_label
from services.core.changes import Changes
from services.core.store import Store
from services.team.audit import (
    PAGE,
    AuditChoices,
    AuditFilter,
    AuditPage,
    audit_choices,
    audit_kept,
    audit_log,
)
from services.team.audit_schema import TRACKED

ANY_DAY = QDate(2000, 1, 1)
"""A date edit at this day means "no limit" (shown as its special text)."""


def _read(store: Store, flt: AuditFilter, offset: int
          ) -> tuple[bool, AuditChoices, AuditPage]:
    return audit_kept(store), audit_choices(store), audit_log(store, flt, offset=offset)


class AuditLogSection(QWidget):
    """The audit trail with its filters; Older/Newer page through it."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the list."""
        return QCoreApplication.translate("AuditLogSection", "Audit Log")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.offset = 0
        self.page: AuditPage | None = None
        self._stale = True
        self.intro = QLabel(self)
        self.intro.setObjectName("hintText")
        self.intro.setWordWrap(True)

        self.person = QComboBox(self)
        self.person.setObjectName("auditPerson")
        self.person.addItem(self.tr("Everyone"), None)
        self.kind = QComboBox(self)
        self.kind.setObjectName("auditKind")
        self.kind.addItem(self.tr("All records"), None)
        for table in TRACKED:
            self.kind.addItem(table_label(table), table)
        self.field = QComboBox(self)
        self.field.setObjectName("auditField")
        self._fill_fields()
        self.since = self._date_edit("auditSince")
        self.until = self._date_edit("auditUntil")
        self.reset_button = QPushButton(self.tr("Clear Filters"), self)
        self.reset_button.clicked.connect(self.clear_filters)
        # Two rows: one would make the window wider than 1280 in English.
        who_what, when = QHBoxLayout(), QHBoxLayout()
        for row, label, widget in ((who_what, self.tr("Who:"), self.person),
                                   (who_what, self.tr("Record:"), self.kind),
                                   (who_what, self.tr("Field:"), self.field),
                                   (when, self.tr("From:"), self.since),
                                   (when, self.tr("To:"), self.until)):
            row.addWidget(QLabel(label, self))
            row.addWidget(widget)
        when.addWidget(self.reset_button)
        who_what.addStretch(1)
        when.addStretch(1)

        self.model = RowTableModel(audit_columns(), self)
        self.view = audit_table(self, self.model, "auditView")
        self.position = QLabel(self)
        self.position.setObjectName("auditPosition")
        self.newer_button = QPushButton(self.tr("Newer"), self)
        self.newer_button.clicked.connect(lambda: self._turn(-PAGE))
        self.older_button = QPushButton(self.tr("Older"), self)
        self.older_button.clicked.connect(lambda: self._turn(PAGE))
        paging = QHBoxLayout()
        paging.addWidget(self.position)
        paging.addStretch(1)
        paging.addWidget(self.newer_button)
        paging.addWidget(self.older_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(who_what)
        layout.addLayout(when)
        layout.addWidget(self.view, 1)
        layout.addLayout(paging)

        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._loaded)
        self.person.currentIndexChanged.connect(self._filtered)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.field.currentIndexChanged.connect(self._filtered)
        self.since.dateChanged.connect(self._filtered)
        self.until.dateChanged.connect(self._filtered)
        ctx.events.changed.connect(self._on_changed)
        self._update_buttons()

    def _date_edit(self, name: str) -> OptionalDateEdit:
        edit = OptionalDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DAY)
        edit.setSpecialValueText(self.tr("Any day"))
        edit.setDate(ANY_DAY)
        return edit

    def _fill_fields(self) -> None:
        table = self.kind.currentData()
        fields = TRACKED.get(table) if table else sorted({f for fs in TRACKED.values()
                                                          for f in fs})
        self.field.blockSignals(True)
        chosen = self.field.currentData()
        self.field.clear()
        self.field.addItem(self.tr("All fields"), None)
        for f in fields or ():
            self.field.addItem(field_label(f), f)
        index = self.field.findData(chosen)
        self.field.setCurrentIndex(max(index, 0))
        self.field.blockSignals(False)

    # --- reading ------------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        """The filter the controls describe."""
        since, until = self.since.date(), self.until.date()
        return AuditFilter(
            table=self.kind.currentData(), field=self.field.currentData(),
            actor_id=self.person.currentData(),
            since=None if since == ANY_DAY else since.toPython(),  # type: ignore[arg-type]
            until=None if until == ANY_DAY else until.toPython())  # type: ignore[arg-type]

    def reload(self) -> None:
        """Read the current page of the log again."""
        self._stale = False
        store, flt, offset = self.ctx.store, self.current_filter(), self.offset
        self._load.start(lambda: _read(store, flt, offset))

    def is_loading(self) -> bool:
        """Whether a read is under way."""
        return self._load.is_loading()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*TRACKED):
            self._stale = True
            if self.isVisible():
                self.reload()

    def _filtered(self, *_args: object) -> None:
        self.offset = 0
        self.reload()

    def _kind_chosen(self, _index: int) -> None:
        self._fill_fields()
        self._filtered()

    def clear_filters(self) -> None:
        """Everyone, every record and field, any day."""
        for combo in (self.person, self.kind):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._fill_fields()
        self.field.setCurrentIndex(0)
        for edit in (self.since, self.until):
            edit.blockSignals(True)
            edit.setDate(ANY_DAY)
            edit.blockSignals(False)
        self._filtered()

    def _turn(self, step: int) -> None:
        self.offset = max(0, self.offset + step)
        self.reload()

    def _loaded(self, result: Any) -> None:
        kept, choices, page = result
        self.page = page
        self._fill_people(choices)
        self.model.set_rows(page.rows)
        if kept:
            self.intro.setText(self.tr(
                "Every change to owners, stages, amounts, close dates, targets, payments, "
                "payouts, scheme rules and people's roles and units is recorded here with who "
                "made it and when, in the same transaction as the change. Nobody can change or "
                "delete this log."))
        else:
            self.intro.setText(self.tr(
                "This is a personal database: it keeps no audit log. A database switched to "
                "team mode records every change to owners, stages, amounts, targets, payments "
                "and payouts here."))
        if page.total:
            self.position.setText(self.tr("{first}–{last} of {total}").format(
                first=page.offset + 1, last=page.offset + len(page.rows),
                total=f"{page.total:,}"))
        else:
            self.position.setText(self.tr("No changes match."))
        self._update_buttons()

    def _fill_people(self, choices: AuditChoices) -> None:
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        for person_id, name in choices.people:
            self.person.addItem(name, person_id)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0))
        self.person.blockSignals(False)

    def _update_buttons(self) -> None:
        page = self.page
        self.newer_button.setEnabled(page is not None and page.offset > 0)
        self.older_button.setEnabled(
            page is not None and page.offset + len(page.rows) < page.total)
