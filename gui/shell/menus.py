"""The main window's menu bar, rebuilt whole on a language switch."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from gui.common.i18n import LANGUAGE_NAMES, LANGUAGES
from gui.pages import PAGES
from gui.shell.nav_model import page_title
from gui.shell.resources import icon

if TYPE_CHECKING:
    from gui.main_window import MainWindow

IMPORT_KINDS = ("customers", "contacts", "followups", "deals", "products", "people",
                "receivables")
EXPORT_KINDS = ("customers", "deals", "followups")


def importer_available() -> bool:
    """Whether the import/export feature is installed."""
    try:
        return importlib.util.find_spec("gui.importer.actions") is not None
    except ModuleNotFoundError:
        return False


class MenuBuilder(QObject):
    """Creates every menu and action of the window; ``actions`` maps names to QActions."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menus: list[QMenu] = []

    def _menu(self, title: str) -> QMenu:
        menu = self.window.menuBar().addMenu(title)
        self.menus.append(menu)
        return menu

    def dispose(self) -> None:
        """Remove this builder's menus and actions from the window."""
        bar = self.window.menuBar()
        bar.clear()
        for action in self.actions.values():
            self.window.removeAction(action)  # now, not at deleteLater: no doubled shortcuts
        for menu in self.menus:
            menu.deleteLater()
        self.menus.clear()
        self.actions.clear()
        self.deleteLater()

    def build_titles(self) -> None:
        """Only the menu bar's titles, with empty menus: what the first paint shows.

        The window replaces them with :meth:`build` (dispose first) once the database is
        open; the event loop is busy opening it until then, so no menu could be opened anyway.
        """
        for name, title in (("file", self.tr("&File")), ("edit", self.tr("&Edit")),
                            ("view", self.tr("&View")), ("language", self.tr("&Language")),
                            ("help", self.tr("&Help"))):
            self._menu(title).setObjectName(f"menu_{name}")

    def build(self) -> None:
        """Create the menus in the current language (the window drops the old builder first)."""
        self._file_menu()
        self._edit_menu()
        self._view_menu()
        self._language_menu()
        self._help_menu()

    def _act(self, name: str, text: str, slot: Callable[..., object],
             shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every platform binding, e.g. Ctrl+Y and Ctrl+Shift+Z
        elif shortcut is not None:
            # setShortcuts([seq]), not setShortcut(seq): resolving setShortcut's overloads
            # builds PySide6's whole Qt namespace (~20 ms before the first paint).
            action.setShortcuts([shortcut])
        if shortcut is not None:
            # Also on the window itself, so the shortcut works wherever focus is.
            self.window.addAction(action)
        action.triggered.connect(slot)
        self.actions[name] = action
        return action

    def _file_menu(self) -> None:
        w = self.window
        menu = self._menu(self.tr("&File"))
        menu.setObjectName("menu_file")
        # Ctrl+N makes a new record of the page on screen (customer, deal, action item, …):
        # what people create many times a day; a new database gets Ctrl+Shift+N.
        menu.addAction(self._act("new_record", self.tr("&New"), w.new_record,
                                 QKeySequence.StandardKey.New))
        menu.addSeparator()
        menu.addAction(self._act("new_db", self.tr("New &Database…"), w.new_database,
                                 QKeySequence("Ctrl+Shift+N")))
        menu.addAction(self._act("open_db", self.tr("&Open Database…"), w.open_database,
                                 QKeySequence.StandardKey.Open))
        menu.addAction(self._act("backup_now", self.tr("&Back Up Now"), w.backup_now))
        menu.addSeparator()
        available = importer_available()
        imports = menu.addMenu(self.tr("&Import"))
        self.menus.append(imports)
        imports.setObjectName("menu_import")
        names = {"customers": self.tr("Customers…"), "contacts": self.tr("Contacts…"),
                 "followups": self.tr("Follow-ups…"), "deals": self.tr("Deals…"),
                 "products": self.tr("Products…"),
                 "people": self.tr("People and Units…"),
                 "receivables": self.tr("Receivables Ledger…")}
        for kind in IMPORT_KINDS:
            act = self._act(f"import_{kind}", names[kind],
                            lambda _c=False, k=kind: w.open_import(k))
            act.setEnabled(available)
            imports.addAction(act)
        exports = menu.addMenu(self.tr("&Export"))
        self.menus.append(exports)
        exports.setObjectName("menu_export")
        for kind in EXPORT_KINDS:
            act = self._act(f"export_{kind}", names[kind],
                            lambda _c=False, k=kind: w.open_export(k))
            act.setEnabled(available)
            exports.addAction(act)
        if not available:
            hint = self.tr("Import and export are not installed in this build.")
            imports.setToolTip(hint)
            exports.setToolTip(hint)
        menu.addSeparator()
        quit_action = self._act("quit", self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        menu.addAction(quit_action)

    def _edit_menu(self) -> None:
        w = self.window
        menu = self._menu(self.tr("&Edit"))
        menu.setObjectName("menu_edit")
        undo = w.undo_stack().createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("action_undo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = w.undo_stack().createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("action_redo")
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        w.addAction(undo)
        w.addAction(redo)
        self.actions["undo"] = undo
        self.actions["redo"] = redo
        menu.addAction(undo)
        menu.addAction(redo)

    def _view_menu(self) -> None:
        w = self.window
        menu = self._menu(self.tr("&View"))
        menu.setObjectName("menu_view")
        group = QActionGroup(self)
        group.setExclusive(True)
        for spec in PAGES:
            act = self._act(f"page_{spec.key}", page_title(spec),
                            lambda _c=False, k=spec.key: w.show_page(k),
                            QKeySequence(spec.shortcut))
            act.setIcon(icon(spec.icon))
            act.setCheckable(True)
            act.setChecked(spec.key == w.current_page_key())
            group.addAction(act)
            menu.addAction(act)

    def _language_menu(self) -> None:
        w = self.window
        menu = self._menu(self.tr("&Language"))
        menu.setObjectName("menu_language")
        group = QActionGroup(self)
        group.setExclusive(True)
        for lang in LANGUAGES:
            act = self._act(f"lang_{lang}", LANGUAGE_NAMES[lang],
                            lambda _c=False, code=lang: w.set_language(code))
            act.setCheckable(True)
            act.setChecked(lang == w.lang)
            group.addAction(act)
            menu.addAction(act)

    def _help_menu(self) -> None:
        w = self.window
        menu = self._menu(self.tr("&Help"))
        menu.setObjectName("menu_help")
        menu.addAction(self._act("open_data_folder", self.tr("Open &Data Folder"),
                                 w.open_data_folder))
        about = self._act("about", self.tr("&About Sailplan"), w.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        menu.addAction(about)

    def set_new_record(self, enabled: bool, text: str | None = None) -> None:
        """Word File ▸ New for the page on screen; disabled when the page creates nothing."""
        action = self.actions.get("new_record")
        if action is not None:
            action.setText(text or self.tr("&New"))
            action.setEnabled(enabled)

    def page_action(self, key: str) -> QAction | None:
        """The View menu action of page ``key``."""
        return self.actions.get(f"page_{key}")
