"""Export with a save dialog, a progress dialog with Cancel, and a report of text changes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.file_dialogs import save_file_name
from gui.common.messages import Messages
from gui.importer.labels import KIND_TITLES, tr
from services.core.errors import SailplanError
from services.importing.exporting import ExportResult, export_kind

MAX_LISTED = 15


class ExportRunner(QObject):
    """Runs one export on the task runner."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, kind: str):
        super().__init__(parent)
        self.ctx, self.parent_widget, self.kind = ctx, parent, kind
        self.result: ExportResult | None = None

    @classmethod
    def ask_path(cls, parent: QWidget | None, title: str, suggested: str) -> str:
        """The save dialog (patched in tests)."""
        return save_file_name(parent, title, suggested, "Excel (*.xlsx);;CSV UTF-8 (*.csv)")

    def start(self) -> None:
        """Ask where to save, then export in the background."""
        title = self.tr("Export %1").replace("%1", tr(KIND_TITLES[self.kind]))
        name = {"customers": "客户", "deals": "商机", "followups": "跟进记录"}.get(
            self.kind, self.kind)
        suggested = str(Path.home() / f"{name}-{date.today():%Y%m%d}.xlsx")
        path = self.ask_path(self.parent_widget, title, suggested)
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".xlsx"
        store, kind = self.ctx.store, self.kind

        def work(progress: Any, is_cancelled: Any) -> ExportResult:
            return export_kind(store, kind, path, progress=progress, is_cancelled=is_cancelled)

        self.ctx.tasks.run_with_dialog(self.parent_widget, self.tr("Exporting…"), work,
                                       self._done, self._failed, self._cancelled)

    def _done(self, result: ExportResult) -> None:
        self.result = result
        text = self.tr("Exported %1 row(s) to %2.").replace("%1", f"{result.rows:,}") \
            .replace("%2", str(result.path))
        if result.issues:
            lines = [self.tr("Row %1, %2: %3").replace("%1", str(i.row))
                     .replace("%2", i.column).replace("%3", self._issue_text(i.message))
                     for i in result.issues[:MAX_LISTED]]
            if len(result.issues) > MAX_LISTED:
                lines.append(self.tr("… and %1 more").replace(
                    "%1", str(len(result.issues) - MAX_LISTED)))
            text += "\n\n" + self.tr("Some text had to be changed to fit Excel:") + "\n" + \
                "\n".join(lines)
        self.ctx.events.status_message.emit(text.split("\n")[0], 5000)
        Messages.show_saved(self.parent_widget, self.tr("Export"), text, result.path)

    def _issue_text(self, message: str) -> str:
        if message.startswith("Control characters"):
            return self.tr("control characters removed")
        return self.tr("text longer than 32,767 characters was cut")

    def _failed(self, exc: BaseException, details: str) -> None:
        text = error_text(exc) if isinstance(exc, SailplanError) else self.tr(
            "The export failed; no file was written.")
        Messages.show_error(self.parent_widget, self.tr("Export"), text, details)

    def _cancelled(self) -> None:
        self.ctx.events.status_message.emit(
            self.tr("Export cancelled; no file was written."), 5000)
