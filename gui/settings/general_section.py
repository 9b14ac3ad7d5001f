"""Settings → General: interface language, who I am, and where the database lives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.i18n import LANGUAGE_NAMES, LANGUAGES
from services.core.changes import Changes
from services.core.paths import data_dir
from services.org.people import list_people


class GeneralSection(QWidget):
    """Language, "I am …" and the database location."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the list."""
        return QCoreApplication.translate("GeneralSection", "General")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        shell: Any = ctx.extras.get("shell")
        self.shell = shell

        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        current = getattr(shell, "lang", None)
        if current in LANGUAGES:
            self.language.setCurrentIndex(LANGUAGES.index(current))
        self.language.currentIndexChanged.connect(self._on_language)

        self.person = QComboBox(self)
        self.person.setObjectName("personCombo")
        self.person.setMinimumWidth(280)
        self.language.setMinimumWidth(280)
        self.load_people()
        self.person.currentIndexChanged.connect(self._on_person)

        ui = QGroupBox(self.tr("Interface"), self)
        form = QFormLayout(ui)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("I am:"), self.person)
        hint = QLabel(self.tr("Sailplan uses this for \"only mine\" lists and as the author of "
                              "follow-ups and stage changes on this computer."), ui)
        hint.setWordWrap(True)
        hint.setObjectName("hintText")
        hint.setMinimumWidth(460)
        form.addRow("", hint)

        db = QGroupBox(self.tr("Database"), self)
        db_form = QFormLayout(db)
        self.location = QLabel(ctx.store.location, db)
        self.location.setObjectName("databaseLocation")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setWordWrap(True)
        db_form.addRow(self.tr("Location:"), self.location)
        folder = QLabel(str(data_dir()), db)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        db_form.addRow(self.tr("Data folder:"), folder)
        buttons = QHBoxLayout()
        open_folder = QPushButton(self.tr("Open Data Folder"), db)
        open_folder.clicked.connect(lambda: shell.open_data_folder() if shell else None)
        open_db = QPushButton(self.tr("Open Another Database…"), db)
        open_db.clicked.connect(lambda: shell.open_database() if shell else None)
        buttons.addWidget(open_folder)
        buttons.addWidget(open_db)
        buttons.addStretch(1)
        db_form.addRow("", buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(ui)
        layout.addWidget(db)
        layout.addStretch(1)
        ctx.events.changed.connect(self._on_changed)

    def load_people(self) -> None:
        """Fill "I am" from the org's people (a small list), keeping the current choice."""
        self.person.blockSignals(True)
        try:
            self.person.clear()
            self.person.addItem(self.tr("(not chosen)"), None)
            for row in list_people(self.ctx.store):
                label = f"{row.name} · {row.unit_name}" if row.unit_name else row.name
                self.person.addItem(label, row.id)
            found = self.person.findData(self.ctx.current_person_id)
            self.person.setCurrentIndex(max(found, 0))
            # on a team database you are who signed in
            self.person.setEnabled(self.ctx.account is None)
        finally:
            self.person.blockSignals(False)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        """People or units added, edited or removed (an import, an undo): refill "I am"."""
        if changes.touches("people", "org_units"):
            self.load_people()

    def _on_person(self, index: int) -> None:
        person_id = self.person.itemData(index)
        if self.shell is not None:
            self.shell.set_current_person(person_id)
        else:
            self.ctx.current_person_id = person_id

    def _on_language(self, index: int) -> None:
        code = self.language.itemData(index)
        if self.shell is not None:
            # After this slot returns: switching rebuilds every page, this one included.
            QTimer.singleShot(0, lambda: self.shell.set_language(code))
