"""Wizard step 2: which file column goes into which field (remembered for next time).

"Save mapping…" writes the mapping to a small JSON file that a headless import applies with
``sailplan import … --mapping FILE`` (docs/IMPORT.md); "Load mapping…" applies such a file here,
and says which of its columns and fields this file and this kind of import do not have.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from gui.common.theme import ink_css
from gui.importer.choice_delegate import choice_table
from gui.importer.mapping_model import MappingModel


class MappingPage(QWizardPage):
    """A table of file columns with a field combo each, plus sample values."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Match columns"))
        self.setSubTitle(self.tr("Columns were matched by their headers. Change any match by "
                                 "clicking it; fields marked * are required."))
        self.model = MappingModel(self)
        self.view = choice_table(self.model, "mapping_view", choice_column=1, stretch_column=2)
        self.view.setColumnWidth(0, 170)
        self.view.setColumnWidth(1, 190)
        self.missing = QLabel()
        self.missing.setStyleSheet(f"color: {ink_css('#B02A37')}")
        self.missing.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save mapping…"))
        self.save_button.setObjectName("save_mapping")
        self.save_button.setToolTip(self.tr(
            "Save these matches to a file, to import files of this shape from the command "
            "line: sailplan import … --mapping FILE"))
        self.save_button.clicked.connect(self._save)
        self.load_button = QPushButton(self.tr("Load mapping…"))
        self.load_button.setObjectName("load_mapping")
        self.load_button.setToolTip(self.tr(
            "Match the columns as a mapping file saved earlier says"))
        self.load_button.clicked.connect(self._load)
        self.loaded = QLabel()  # what a loaded mapping file could not apply
        self.loaded.setObjectName("loaded_mapping_note")
        self.loaded.setWordWrap(True)
        self.loaded.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.missing, 1)
        bottom.addWidget(self.load_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.loaded)
        layout.addLayout(bottom)
        self.model.mapping_changed.connect(self._update_missing)

    def initializePage(self) -> None:
        wizard = self.wizard()
        src = wizard.source  # type: ignore[attr-defined]
        rows = [src.table.rows[i] for i in src.layout.data_indexes[:20]]
        self.model.load(src.kind, src.layout.headers, wizard.mapping, rows)  # type: ignore
        self.loaded.clear()
        self.loaded.setVisible(False)
        self._update_missing()

    def _update_missing(self) -> None:
        missing = self.model.missing_required()
        self.missing.setText(self.tr("Still needed: %1").replace("%1", "、".join(missing))
                             if missing else "")
        self.completeChanged.emit()

    def _save(self) -> None:
        self.wizard().save_mapping_file(list(self.model.mapping))  # type: ignore[attr-defined]

    def _load(self) -> None:
        self.wizard().load_mapping_file()  # type: ignore[attr-defined]

    def show_loaded(self, mapping: list[str | None], note: str) -> None:
        """Show a loaded mapping, and ``note`` on what of it was not applied ("" if all)."""
        self.model.set_mapping(mapping)
        self.loaded.setText(note)
        self.loaded.setVisible(bool(note))
        self._update_missing()

    def isComplete(self) -> bool:
        return not self.model.missing_required()

    def validatePage(self) -> bool:
        wizard = self.wizard()
        wizard.mapping = list(self.model.mapping)  # type: ignore[attr-defined]
        return bool(wizard.request_plan(wizard.next, remember_mapping=True))  # type: ignore
