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
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from gui.common.file_dialogs import open_file_name
from gui.common.theme import ink_css

CSV_SUFFIXES = (".csv", ".txt", ".tsv")


class FilePage(QWizardPage):
    """Path, Browse…, sheet, a CSV's encoding; reading happens when the user presses Next.

    The page never opens the file itself: the wizard lists a workbook's sheets on the worker
    (:meth:`show_sheets`) and reads the file there when the user presses Next.
    """

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
        self.sheet.setEnabled(False)
        self.encoding = QComboBox()
        self.encoding.setObjectName("import_encoding")
        for label, key in ((self.tr("Detect automatically"), "auto"), ("UTF-8", "utf-8"),
                           (self.tr("GBK / GB18030 (Chinese Windows)"), "gb18030"),
                           ("UTF-16", "utf-16")):
            self.encoding.addItem(label, key)
        self.encoding.setToolTip(self.tr(
            "How the CSV file's text is encoded. Automatic detection refuses a file that is "
            "UTF-8 apart from a few invalid bytes instead of guessing; choose the encoding here "
            "if you know it."))
        self.encoding.setEnabled(False)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ink_css('#B02A37')}")
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow(self.tr("Encoding:"), self.encoding)
        page = QVBoxLayout(self)
        page.addLayout(form)
        page.addWidget(self.error)  # below the form: a long reason wraps onto as many lines
        page.addStretch(1)
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
        self.sheet.setEnabled(False)
        self.error.clear()
        self.encoding.setEnabled(Path(text.strip()).suffix.lower() in CSV_SUFFIXES)
        self.completeChanged.emit()

    def show_sheets(self, path_text: str, names: list[str]) -> None:
        """The sheets of the workbook at ``path_text`` (ignored if the path changed since)."""
        if path_text != self.path.text():
            return
        self.sheet.clear()
        self.sheet.addItems(names)
        self.sheet.setEnabled(self.sheet.count() > 1)

    def show_error(self, path_text: str, text: str) -> None:
        """Why the file at ``path_text`` cannot be read (ignored if the path changed since)."""
        if path_text == self.path.text():
            self.error.setText(text)

    def chosen_encoding(self) -> str | None:
        """The CSV encoding the user chose (None: detect)."""
        key = self.encoding.currentData()
        return None if key in (None, "auto") else str(key)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        sheet = self.sheet.currentText() or None
        path = Path(self.path.text().strip())
        return bool(self.wizard().request_load(  # type: ignore[attr-defined]
            path, sheet, self.chosen_encoding()))
