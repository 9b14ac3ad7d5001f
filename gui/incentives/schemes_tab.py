"""Pay schemes (激励方案): the schemes with their versions on the left, the selected version's
editor on the right.

A tab of the Incentives page (``SchemesTab(ctx, parent)``). The schemes and what the editor
offers to pick load on the task worker (:class:`~gui.common.page_load.PageLoad`) and reload
when ``events.changed`` names schemes, versions, people, units, customers or products. Every
write — a new scheme (Ctrl+N), a new version, saving a draft (its name, date, note and rules
together), publishing, deleting a draft (Del), renaming (F2) — is one undo step: an
``OpCommand`` holding the service call of :mod:`services.incentives.schemes`, never this tab.
A published version is never edited: the editor shows it read-only and a change starts a new
version.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.ui_settings import ui_settings
from gui.common.undo import push_macro, push_op
from gui.incentives.scheme_dialog import SchemeDialog, first_of_next_month
from gui.incentives.schemes_model import SchemesModel, version_name
from gui.incentives.version_editor import VersionEditor
from services.core.changes import Call, Changes, call
from services.incentives.choices import EditorChoices
from services.incentives.schemes import SchemeRecord, VersionRecord

KINDS = ("incentive_schemes", "scheme_versions", "people", "org_units", "customers",
         "products")
KEY = "incentives/schemes"


def _load(store: Any) -> tuple[list[SchemeRecord], EditorChoices]:
    from services.incentives.choices import editor_choices
    from services.incentives.schemes import list_schemes

    return list_schemes(store), editor_choices(store)


class SchemesTab(QWidget):
    """See the module docstring."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pick: EditorChoices | None = None
        self._select_after: str | None = None
        self._reselecting = False
        self.loader = PageLoad(ctx.tasks, self)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._failed)

        self.buttons: dict[str, QPushButton] = {}
        bar = QGridLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for n, (key, text, slot) in enumerate( (("new", self.tr("New scheme…"), self.new_record),
                                ("version", self.tr("New version…"), self.new_version),
                                ("publish", self.tr("Publish…"), self.publish),
                                ("delete", self.tr("Delete draft"), self.delete_draft))):
            button = QPushButton(text, self)
            button.setObjectName(f"scheme_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button, n // 2, n % 2)
        self.model = SchemesModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("schemesTree")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.selectionModel().currentChanged.connect(lambda *_a: self._selected())
        self.loading = QLabel(self.tr("Loading schemes…"), self)
        self.empty = QLabel(self.tr("No pay scheme yet. A scheme says what commission and "
                                    "bonuses are paid, to whom, from which day: make one "
                                    "with New scheme (Ctrl+N)."), self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addLayout(bar)
        left_lay.addWidget(self.loading)
        left_lay.addWidget(self.empty)
        left_lay.addWidget(self.tree, 1)
        self.editor = VersionEditor(EditorChoices(), self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("schemesSplit")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.splitter)
        self._restore_layout()
        self._connect_editor()

        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree, self.delete_draft,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("F2"), self.tree, self.rename_scheme,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.events.changed.connect(self._on_changed)
        self._update_buttons()
        self.reload()

    # --- layout memory -------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = ui_settings()
        settings.setParent(self)
        self._ui = settings
        header = self.tree.header()
        state = settings.value(f"{KEY}/tree")
        if not (state and header.restoreState(state)):
            for i, width in enumerate((120, 72)):
                header.resizeSection(i, width)
        sizes = settings.value(f"{KEY}/split")
        if not (sizes and self.splitter.restoreState(sizes)):
            self.splitter.setSizes([305, 755])
        header.sectionResized.connect(self._save_layout)
        header.sectionMoved.connect(self._save_layout)
        self.splitter.splitterMoved.connect(self._save_layout)

    def _save_layout(self, *_args: object) -> None:
        self._ui.setValue(f"{KEY}/tree", self.tree.header().saveState())
        self._ui.setValue(f"{KEY}/split", self.splitter.saveState())
        self._ui.setValue(f"{KEY}/rules", self.editor.rules.split.saveState())

    def _connect_editor(self) -> None:
        self.editor.save_requested.connect(self.save)
        self.editor.changed.connect(self._update_buttons)
        rules = self.editor.rules.split
        sizes = self._ui.value(f"{KEY}/rules")
        if not (sizes and rules.restoreState(sizes)):
            rules.setSizes([245, 500])
        rules.splitterMoved.connect(self._save_layout)

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the schemes and the editor's choices again (on the worker)."""
        store = self.ctx.store
        self.loader.start(lambda: _load(store))

    def is_loading(self) -> bool:
        """Whether a load is under way."""
        return self.loader.is_loading()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.loading.setText(self.tr("The schemes could not be loaded: %1")
                             .replace("%1", error_text(exc)))

    def _loaded(self, result: tuple[list[SchemeRecord], EditorChoices]) -> None:
        schemes, pick = result
        self.loading.hide()
        keep = self._select_after or self.current_id()
        self._select_after = None
        dirty = self.editor.is_dirty()
        if pick != self.pick and not dirty:
            self._replace_editor(pick)
        self.model.set_schemes(schemes)
        for row in range(len(schemes)):  # a scheme's name takes the whole row
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        self.empty.setVisible(not schemes)  # the list stays, and the keyboard with it
        index = self.model.index_of(keep) if keep else self.model.index(0, 0)
        if not index.isValid() and schemes:
            index = self.model.index(0, 0)
        if index.isValid():
            self._reselecting = True  # shown once, just below, not also by the signal
            try:
                self.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._reselecting = False
        self._selected(reloaded=True)

    def _replace_editor(self, pick: EditorChoices) -> None:
        old = self.editor
        self.pick = pick
        self.editor = VersionEditor(pick, self)
        self.splitter.replaceWidget(1, self.editor)
        old.deleteLater()
        self._connect_editor()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.everything or changes.touches(*KINDS):
            self.reload()

    # --- selection -----------------------------------------------------------------------

    def current(self) -> tuple[SchemeRecord | None, VersionRecord | None]:
        """The selected scheme and version (a scheme's row: its newest version)."""
        index = self.tree.currentIndex()
        record = self.model.record(index)
        if isinstance(record, VersionRecord):
            parent = self.model.record(index.parent())
            return (parent if isinstance(parent, SchemeRecord) else None), record
        if isinstance(record, SchemeRecord):
            return record, record.newest
        return None, None

    def current_id(self) -> str | None:
        """The selected version's id (else the scheme's)."""
        scheme, version = self.current()
        return version.id if version else scheme.id if scheme else None

    def show_item(self, _kind: str, item_id: str) -> None:
        """Select a scheme or version asked for from elsewhere."""
        self._select_after = item_id
        self.reload()

    def default_focus(self) -> QWidget:
        """Where the keyboard lands: the schemes list."""
        return self.tree

    def _selected(self, reloaded: bool = False) -> None:
        if self._reselecting:
            return
        scheme, version = self.current()
        shown = self.editor.version
        same = shown is not None and version is not None and shown.id == version.id
        if same and self.editor.is_dirty():
            self.editor.scheme = scheme  # keep what was typed over what was stored
        elif not (same and not reloaded):
            if (not same and shown is not None and self.editor.is_dirty()
                    and Messages.ask(self, self.tr("Unsaved changes"), self.tr(
                        "Save the changes to %1 first?").replace(
                        "%1", f"{self.editor.scheme.name if self.editor.scheme else ''} · "
                              f"{version_name(shown.number)}"))):
                self.save()
            self.editor.show_version(scheme, version, keep_rule=same)
        self._update_buttons()

    def _update_buttons(self) -> None:
        scheme, version = self.current()
        draft = version is not None and version.status == "draft"
        self.buttons["version"].setEnabled(scheme is not None)
        self.buttons["publish"].setEnabled(draft)
        self.buttons["delete"].setEnabled(draft)

    # --- actions -------------------------------------------------------------------------

    def _push(self, label: LazyText, *calls: Call) -> tuple[bool, Any]:
        """Run ``calls`` as one undo step: whether it was done, and the (last) call's value."""
        stack, store, events = self.ctx.undo_stack, self.ctx.store, self.ctx.events
        if len(calls) == 1:
            cmd = push_op(stack, store, events, label, calls[0], initiator=self)
            return cmd.failed is None, cmd.value
        done = push_macro(stack, store, events, label, calls, initiator=self)
        ok = len(done) == len(calls) and all(c.failed is None for c in done)
        return ok, done[-1].value if ok else None

    def new_record(self) -> None:
        """Ctrl+N: ask for a new scheme's name and start, and make it with an empty draft."""
        from services.incentives.schemes import create_scheme

        answer = SchemeDialog.ask(self, self.tr("New scheme"), self.tr(
            "A scheme starts as a draft version: add its rules, then publish it."),
            name="", start=first_of_next_month(date.today()))
        if answer is None:
            return
        name, start = answer
        ok, ref = self._push(LazyText.translate("SchemesTab", "New scheme “%1”").arg(name),
                             call(create_scheme, name, effective_from=start))
        if ok:
            self._select_after = ref.version_id
            self.editor.name.setFocus()

    def new_record_text(self) -> str:
        """What File ▸ New makes here."""
        return self.tr("New Scheme")

    def new_version(self) -> None:
        """A new draft of the selected scheme with its newest rules, from a day asked for."""
        from services.incentives.schemes import new_version

        scheme, _version = self.current()
        if scheme is None:
            return
        newest = scheme.newest
        start = first_of_next_month(max(date.today(), newest.effective_from if newest
                                        else date.today()))
        answer = SchemeDialog.ask(self, self.tr("New version"), self.tr(
            "The new version starts as a draft with the rules of %1; it applies from the day "
            "below once published.").replace("%1", version_name(newest.number) if newest
                                              else scheme.name), start=start)
        if answer is None:
            return
        ok, new_id = self._push(LazyText.translate("SchemesTab", "New version of “%1”")
                                .arg(scheme.name),
                                call(new_version, scheme.id, effective_from=answer[1]))
        if ok:
            self._select_after = new_id

    def save(self) -> bool:
        """Save the draft as it is edited — name, date, note and rules — as one undo step;
        whether it was saved (or nothing needed saving).
        """
        from services.incentives.schemes import edit_draft, rename_scheme

        editor = self.editor
        scheme, version = editor.scheme, editor.version
        if scheme is None or version is None or not editor.is_dirty():
            return True
        if editor.show_problem():
            return False
        pending = editor.pending()
        calls: list[Call] = []
        if pending.name != scheme.name:
            calls.append(call(rename_scheme, scheme.id, pending.name))
        calls.append(call(edit_draft, version.id, document=pending.text,
                          effective_from=pending.effective_from, note=pending.note))
        label = LazyText.translate("SchemesTab", "Save %1, version %2").arg(
            pending.name, version.number)
        ok, _value = self._push(label, *calls)
        if ok:  # the reload that follows shows the version as stored
            editor.mark_saved()
        return ok

    def publish(self) -> None:
        """Publish the selected draft, after saving it and asking: it is never edited again."""
        from services.incentives.schemes import publish

        scheme, version = self.current()
        if scheme is None or version is None or version.status != "draft":
            return
        if self.editor.version is not None and self.editor.version.id == version.id:
            if self.editor.show_problem() or not self.save():
                return
        if not Messages.ask(self, self.tr("Publish version"), self.tr(
                "Publish %1 of “%2”, effective from %3?\n\nA published version is never "
                "edited: payout runs from that day use it as it is, and a change needs a new "
                "version.").replace("%1", version_name(version.number))
                .replace("%2", scheme.name).replace("%3", version.effective_from.isoformat())):
            return
        self._select_after = version.id
        self._push(LazyText.translate("SchemesTab", "Publish %1, version %2").arg(
            scheme.name, version.number), call(publish, version.id,
                                               by=self.ctx.current_person_id))

    def delete_draft(self) -> None:
        """Del: delete the selected draft; a scheme's only version takes the scheme with it."""
        from services.incentives.schemes import delete_draft, discard_scheme

        scheme, version = self.current()
        if scheme is None or version is None or version.status != "draft":
            return
        self._select_after = scheme.id
        if len(scheme.versions) == 1:
            self._push(LazyText.translate("SchemesTab", "Delete scheme “%1”").arg(scheme.name),
                       call(discard_scheme, scheme.id))
            return
        self._push(LazyText.translate("SchemesTab", "Delete draft %1, version %2").arg(
            scheme.name, version.number), call(delete_draft, version.id))

    def rename_scheme(self) -> None:
        """F2: rename the selected scheme."""
        from services.incentives.schemes import rename_scheme

        scheme, _version = self.current()
        if scheme is None:
            return
        answer = SchemeDialog.ask(self, self.tr("Rename scheme"), self.tr(
            "The scheme's name, as statements and lists show it."), name=scheme.name)
        if answer is None or answer[0] == scheme.name:
            return
        self._push(LazyText.translate("SchemesTab", "Rename scheme “%1” to “%2”").arg(
            scheme.name, answer[0]), call(rename_scheme, scheme.id, answer[0]))
