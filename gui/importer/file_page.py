"""Wizard step 1: choose the file (and the sheet of a workbook)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizardPage,
)

from gui.common.file_dialogs import open_file_name
from services.importing import ImportFileError
from services.importing.readers import list_sheets


class FilePage(QWizardPage):
    """Path, Browse…, sheet; reading happens when the user presses Next."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK). A title "
                                 "above the header row and totals rows are fine."))
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setPlaceholderText(self.tr("Path of a .xlsx or .csv file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.sheet = QComboBox()
        self.sheet.setObjectName("import_sheet")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B02A37")
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow(self.error)
        self.path.textChanged.connect(self._path_changed)

    @classmethod
    def ask_file(cls, parent: QWidget | None, title: str, filters: str) -> str:
        """The file dialog (patched in tests)."""
        return open_file_name(parent, title, "", filters)

    def browse(self) -> None:
        """Pick the file with the system's dialog."""
        chosen = self.ask_file(self, self.tr("Import file"),
                               self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def _path_changed(self, text: str) -> None:
        self.sheet.clear()
        self.error.clear()
        p = Path(text.strip())
        if p.is_file() and p.suffix.lower() in (".xlsx", ".xlsm"):
            try:
                self.sheet.addItems(list_sheets(p))
            except ImportFileError as exc:
                self.error.setText(str(exc))
        self.sheet.setEnabled(self.sheet.count() > 1)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        sheet = self.sheet.currentText() or None
        path = Path(self.path.text().strip())
        return bool(self.wizard().request_load(path, sheet))  # type: ignore[attr-defined]
