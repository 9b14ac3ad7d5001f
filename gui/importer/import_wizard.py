"""The import wizard: file → columns → unknown values → preview → import → result."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.file_dialogs import open_file_name, save_file_name
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.importer.file_page import FilePage
from gui.importer.import_step import push_import
from gui.importer.labels import CONTEXT, KIND_TITLES, tr
from gui.importer.mapping_page import MappingPage
from gui.importer.preview_page import PreviewPage
from gui.importer.resolve_page import ResolvePage
from gui.importer.result_page import ResultPage
from services.core.changes import Op
from services.core.errors import SailplanError
from services.importing import (
    ImportBatch,
    ImportPlan,
    ImportSource,
    commit_plan,
    open_source,
    plan_import,
    save_mapping,
    save_rejected,
)
from services.importing.api import resolution_options
from services.importing.column_map import read_mapping_file, save_mapping_file
from services.importing.fields import field_by_key
from services.importing.readers import list_sheets


class ImportWizard(QWizard):
    """Holds the import's state; the pages show and edit it."""

    PAGE_FILE, PAGE_MAPPING, PAGE_RESOLVE, PAGE_PREVIEW, PAGE_RESULT = range(5)

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.source: ImportSource | None = None
        self.mapping: list[str | None] = []
        self.plan: ImportPlan | None = None
        self.batch: ImportBatch | None = None
        # a product file is the catalogue: importing it again updates the products it names
        self.mode = "update" if kind == "products" else "skip"
        self.owner_choice: dict[str, str | None] = {}
        self.stage_choice: dict[str, str] = {}
        self.create_missing = False
        self.year: int | None = None  # dates without a year: None = the proposed year
        self.as_of: date | None = None  # a receivables ledger's date: None = today
        self._busy = False
        self._loaded: tuple[Any, ...] | None = None
        self._planned: tuple[Any, ...] | None = None
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import %1").replace("%1", tr(KIND_TITLES[kind])))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.file_page, self.mapping_page = FilePage(), MappingPage()
        self.resolve_page, self.preview_page = ResolvePage(), PreviewPage()
        self.result_page = ResultPage()
        for pid, page in ((self.PAGE_FILE, self.file_page), (self.PAGE_MAPPING, self.mapping_page),
                          (self.PAGE_RESOLVE, self.resolve_page),
                          (self.PAGE_PREVIEW, self.preview_page),
                          (self.PAGE_RESULT, self.result_page)):
            self.setPage(pid, page)
        self.file_page.path.textChanged.connect(self._list_sheets)
        self.resize(960, 640)

    def nextId(self) -> int:
        current = self.currentId()
        if current == self.PAGE_MAPPING:
            plan = self.plan
            unknown = plan is not None and (plan.unknown_owners or plan.unknown_stages
                                            or plan.unknown_customers
                                            or plan.unknown_pipelines)
            return self.PAGE_RESOLVE if unknown else self.PAGE_PREVIEW
        return super().nextId()

    # --- steps (file reading and planning run on the worker, behind a progress dialog) ------
    def _in_background(self, label: str, work: Callable[..., Any],
                       on_done: Callable[[Any], None], on_error: Callable[[str], None]) -> None:
        """Run ``work(progress=…, is_cancelled=…)`` on the worker behind a progress dialog with
        Cancel (a cancelled read or check leaves the wizard where it was).
        """
        if self._busy:
            return
        self._busy = True

        def done(result: Any) -> None:
            self._busy = False
            on_done(result)

        def failed(exc: BaseException, details: str) -> None:
            self._busy = False
            on_error(error_text(exc) if isinstance(exc, SailplanError | OSError) else self.tr(
                "Unexpected error: %1").replace("%1", repr(exc)))

        def cancelled() -> None:
            self._busy = False

        self.ctx.tasks.run_with_dialog(self, label, work, done, failed, cancelled)

    def _list_sheets(self, text: str) -> None:
        """List a workbook's sheets on the worker (the zip directory and the workbook part
        only); the whole pre-check runs with the read when the user presses Next.
        """
        path = Path(text.strip())
        if not (path.suffix.lower() in (".xlsx", ".xlsm") and path.is_file()):
            return
        page = self.file_page

        def work(progress: Any, is_cancelled: Any) -> list[str]:
            return list_sheets(path)

        handle = self.ctx.tasks.submit(work)
        handle.finished.connect(lambda names: page.show_sheets(text, names))
        handle.failed.connect(lambda exc, _tb: page.show_error(
            text, error_text(exc) if isinstance(exc, SailplanError | OSError) else repr(exc)))

    def request_load(self, path: Path, sheet: str | None, encoding: str | None = None) -> bool:
        """True when ``path``/``sheet`` is already read; else start reading it and go on after.

        Errors are shown on the file page.
        """
        key = (str(path), sheet, encoding, path.stat().st_mtime_ns if path.exists() else 0)
        if self.source is not None and self._loaded == key:
            return True
        store, kind = self.ctx.store, self.kind

        def loaded(source: ImportSource) -> None:
            self.source, self.mapping, self.plan = source, list(source.mapping), None
            self._loaded, self._planned, self.year = key, None, None
            self.next()

        self.file_page.error.clear()
        def work(progress: Any, is_cancelled: Any) -> ImportSource:
            return open_source(path, kind, store=store, sheet=sheet, encoding=encoding,
                               progress=progress, is_cancelled=is_cancelled)

        self._in_background(self.tr("Reading %1…").replace("%1", path.name), work, loaded,
                            self.file_page.error.setText)
        return False

    def _plan_key(self) -> tuple[Any, ...]:
        return (tuple(self.mapping), self.mode, self.create_missing, self.year, self.as_of,
                tuple(sorted(self.owner_choice.items(), key=repr)),
                tuple(sorted(self.stage_choice.items(), key=repr)))

    def request_plan(self, then: Callable[[], None], remember_mapping: bool = False) -> bool:
        """True when the plan matches the current choices; else re-plan, then call ``then``."""
        source = self.source
        assert source is not None
        if self.plan is not None and self._planned == self._plan_key():
            return True
        if remember_mapping:  # a preference, not an undo step; views still hear of it
            saved = save_mapping(self.ctx.store, self.kind, source.layout.headers, self.mapping)
            self.ctx.events.changed.emit(saved.changes, self)
        store, mapping, mode = self.ctx.store, list(self.mapping), self.mode
        create, owners, stages = self.create_missing, dict(self.owner_choice), dict(
            self.stage_choice)
        year, as_of = self.year, self.as_of

        def planned(plan: ImportPlan) -> None:
            self.plan = plan
            self.owner_choice = dict(plan.owner_choice)
            self._planned = self._plan_key()
            then()

        def work(progress: Any, is_cancelled: Any) -> ImportPlan:
            return plan_import(store, source, mapping=mapping, mode=mode, create_missing=create,
                               owner_choice=owners or None, stage_choice=stages or None,
                               year=year, progress=progress, is_cancelled=is_cancelled,
                               as_of=as_of)

        self._in_background(
            self.tr("Checking %n row(s)…", "", len(source.layout.data_indexes)), work, planned,
            lambda text: Messages.show_error(self, self.windowTitle(), text))
        return False

    def people_and_stages(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """Choices for unknown owners and stages."""
        return resolution_options(self.ctx.store)

    def start_commit(self) -> None:
        """Ask about rejected rows, then commit on the worker with a progress dialog."""
        plan = self.plan
        assert plan is not None
        rejected = len(plan.rejected())
        if rejected and not Messages.ask(self, self.windowTitle(), self.tr(
                "%1 row(s) have errors and will not be imported. Import the other rows?")
                .replace("%1", str(rejected))):
            return
        store = self.ctx.store

        def work(progress: Any, is_cancelled: Any) -> Op[ImportBatch]:
            return commit_plan(store, plan, progress=progress, is_cancelled=is_cancelled,
                               allow_rejected=True)

        self.ctx.tasks.run_with_dialog(self, self.tr("Importing…"), work, self._committed,
                                       self._failed, self._cancelled)

    def _committed(self, op: Op[ImportBatch]) -> None:
        """The commit ran on the worker: push it as one undo step (which tells every view)."""
        self.batch = op.value
        name = self.source.path.name if self.source else ""
        text = LazyText.translate("ImportWizard", "Import %1 from %2").arg(
            LazyText(CONTEXT, str(KIND_TITLES[self.kind])), name)
        push_import(self.ctx, text, op, initiator=self)
        self.preview_page.committed = True
        self.next()

    def _failed(self, exc: BaseException, details: str) -> None:
        text = error_text(exc) if isinstance(exc, SailplanError) else self.tr(
            "The import failed and nothing was written.")
        Messages.show_error(self, self.windowTitle(), text, details)

    def _cancelled(self) -> None:
        Messages.show_info(self, self.windowTitle(),
                           self.tr("Import cancelled; nothing was written."))

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, title: str, suggested: str) -> str:
        """The save dialog (patched in tests)."""
        return save_file_name(parent, title, suggested, "Excel (*.xlsx);;CSV (*.csv)")

    @classmethod
    def ask_mapping_path(cls, parent: QWidget | None, title: str, suggested: str,
                         filters: str) -> str:
        """The save dialog for a column mapping (patched in tests)."""
        return save_file_name(parent, title, suggested, filters)

    def save_mapping_file(self, mapping: list[str | None]) -> None:
        """Write the column mapping where the user says (for ``import … --mapping FILE``)."""
        if self.source is None:
            return
        stem = self.source.path.stem
        path = self.ask_mapping_path(self, self.tr("Save mapping"),
                                     str(Path.home() / f"{stem}-mapping.json"),
                                     self.tr("Column mapping (*.json)"))
        if not path:
            return
        try:
            saved = save_mapping_file(path, self.kind, self.source.layout.headers, mapping)
        except OSError as exc:
            Messages.show_error(self, self.windowTitle(), self.tr(
                "The mapping could not be saved: %1").replace("%1", str(exc)))
            return
        self.ctx.events.status_message.emit(
            self.tr("Mapping saved to %1").replace("%1", str(saved)), 5000)

    @classmethod
    def ask_mapping_file(cls, parent: QWidget | None, title: str, filters: str) -> str:
        """The open dialog for a column mapping (patched in tests)."""
        return open_file_name(parent, title, str(Path.home()), filters)

    def load_mapping_file(self) -> None:
        """Apply a saved column mapping to the mapping page; what it names that this file or
        this kind of import does not have is listed on the page, in the interface language.
        """
        if self.source is None:
            return
        path = self.ask_mapping_file(self, self.tr("Load mapping"),
                                     self.tr("Column mapping (*.json)"))
        if not path:
            return
        try:
            loaded = read_mapping_file(path, self.kind, self.source.layout.headers)
        except SailplanError as exc:
            Messages.show_error(self, self.windowTitle(), error_text(exc))
            return
        lines = [self.tr("Column “%1” (%2) is not in this file.").replace("%1", header)
                 .replace("%2", tr(field_by_key(self.kind, key).label))
                 for header, key in loaded.missing_columns]
        lines += [self.tr("“%1” (column “%2”) is not a field of a %3 import.")
                  .replace("%1", field).replace("%2", header)
                  .replace("%3", tr(KIND_TITLES[self.kind])) for header, field in
                  loaded.unknown_fields]
        name = Path(path).name
        note = (self.tr("Loaded %1; not applied:").replace("%1", name) + "\n"
                + "\n".join(f"• {line}" for line in lines)) if lines else ""
        self.mapping_page.show_loaded(loaded.mapping, note)
        self.ctx.events.status_message.emit(
            self.tr("Mapping loaded from %1").replace("%1", name), 5000)

    def save_rejected_rows(self) -> None:
        """Write the rejected rows (original columns + a Problem column) where the user says."""
        if self.plan is None or not self.plan.rejected():
            return
        stem = self.source.path.stem if self.source else "import"
        path = self.ask_save_path(self, self.tr("Save rejected rows"),
                                  str(Path.home() / f"{stem}-rejected.xlsx"))
        if not path:
            return
        try:
            result = save_rejected(self.plan, path)
        except (SailplanError, OSError) as exc:
            Messages.show_error(self, self.windowTitle(), error_text(exc))
            return
        self.ctx.events.status_message.emit(
            self.tr("Saved %1 rejected row(s) to %2").replace("%1", str(result.rows))
            .replace("%2", str(result.path)), 5000)
