"""Entry points the main window's File menu calls (imported lazily)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from gui.common.context import AppContext
from gui.importer.export_runner import ExportRunner
from gui.importer.import_wizard import ImportWizard

_orphans: list[ExportRunner] = []  # runners without a parent widget stay alive until done


def open_import_wizard(ctx: AppContext, parent: QWidget | None, kind: str) -> ImportWizard:
    """Open the import wizard for ``kind`` (customers, contacts, followups, deals)."""
    wizard = ImportWizard(ctx, kind, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def export_dialog(ctx: AppContext, parent: QWidget | None, kind: str) -> ExportRunner:
    """Ask for a file and export ``kind`` (customers, deals) to it in the background."""
    runner = ExportRunner(ctx, parent, kind)
    if parent is None:
        _orphans.append(runner)
    runner.start()
    return runner
