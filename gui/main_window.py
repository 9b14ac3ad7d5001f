"""The main window: sidebar navigation, lazily created pages, menus and status bar.

Pages come from ``gui.pages.PAGES``; each is built on its first visit. The window owns the
shell's behaviour the pages share: routing ``open_requested`` to the page that shows an item,
the language switch, opening another database, and remembering geometry and the last page.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListView, QMainWindow, QWidget

from gui.common.context import AppContext
from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.common.ui_settings import location_key, ui_settings
from gui.common.undo import retranslate_commands
from gui.pages import PAGES
from gui.shell.feed_watch import KEY as KEY_FEED
from gui.shell.feed_watch import start_feed_watch, stop_feed_watch
from gui.shell.menus import MenuBuilder
from gui.shell.nav_model import NavigationModel, page_title
from gui.shell.page_host import PageHost
from gui.shell.resources import icon
from gui.shell.status_bar import ShellStatusBar
from services.core.changes import Changes
from services.core.paths import data_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent

    from gui.shell.opening import StoreOpening

# Dialogs (About, file choosers) and QDesktopServices are imported where used: every class
# PySide6 hands out is initialised on first access, a cost the first paint need not pay.

ITEM_PAGES: dict[str, str] = {
    "customer": "customers",
    "contact": "customers",
    "followup": "customers",
    "deal": "pipeline",
    "target": "targets",
    "adjustment": "targets",
    "plan": "plans",
    "action": "plans",
    "order": "orders",
    "contract": "orders",
    "payment": "orders",
    "quote": "orders",
    "ticket": "orders",
    "payout": "incentives",
    "review": "dashboard",
}
"""Which page shows an item of each kind (``open_requested(kind, id)``)."""

DEFAULT_PAGE = PAGES[0].key

STORE_ACTIONS = ("new_record", "new_db", "open_db", "backup_now", "about",
                 *(f"import_{k}" for k in ("customers", "contacts", "followups", "deals",
                                        "products")),
                 *(f"export_{k}" for k in ("customers", "deals")))
"""Menu actions that need the open database: disabled while the window is still opening it."""

SWITCH_ACTIONS = ("new_db", "open_db")
"""Disabled while another database is being opened (one switch at a time)."""


def person_setting_key(location: str) -> str:
    """QSettings key of "I am …" for one database location."""
    return f"user/person_id/{location_key(location)}"


class MainWindow(QMainWindow):
    """Sailplan's single main window.

    ``ctx=None`` builds the window while the database is still being opened: sidebar, the menu
    bar's titles, status bar and an "Opening …" note, cheap enough to be on screen before
    SQLAlchemy is even imported. :meth:`attach` then hands it the :class:`AppContext`, builds
    the menus' actions and opens the remembered page. Until then nothing touches ``ctx``: store
    actions are disabled (after a language switch) and a page chosen in the sidebar is only
    remembered.
    """

    ctx: AppContext

    def __init__(self, ctx: AppContext | None, lang: str, parent: QWidget | None = None, *,
                 location: str = ""):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.lang = lang
        self.ready = False
        self._frame_undo: QUndoStack | None = None
        self.setWindowIcon(icon("app"))
        self._pending_page: str | None = None
        self._opening: StoreOpening | None = None  # a database being opened to switch to
        # Offer the first-run setup on a brand-new database (the app sets it; tests and the
        # demo firm do not).
        self.offer_setup = False

        self.nav_model = NavigationModel(PAGES, self)
        self.sidebar = QListView(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setModel(self.nav_model)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setFixedWidth(228)
        self.sidebar.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.sidebar.selectionModel().currentRowChanged.connect(self._on_sidebar_row)
        self.host = PageHost(None, PAGES, self)
        self.host.setObjectName("pageHost")

        central = QWidget(self)
        central.setObjectName("central")
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.host, 1)
        self.setCentralWidget(central)

        self.status = ShellStatusBar(self)
        self.setStatusBar(self.status)
        self.status.set_location(location)
        if ctx is not None:
            self._attach_context(ctx)
        self.menus = MenuBuilder(self)
        if ctx is None:
            self.menus.build_titles()  # the actions come with attach() (~5 ms after the paint)
        else:
            self.menus.build()
        self.resize(1280, 800)
        self.restore_state()

    # --- opening -----------------------------------------------------------------------------
    def _attach_context(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.ready = True
        ctx.extras["shell"] = self
        ctx.current_person_id = self._person_of_store()
        _set_actor(ctx.store.engine, ctx.current_person_id)
        self.host.ctx = ctx
        self.status.set_location(ctx.store.location)
        ctx.events.open_requested.connect(self.open_item)
        ctx.events.status_message.connect(self.show_status)
        ctx.events.refused.connect(self._on_refused)
        ctx.events.changed.connect(self._on_changed)

    def attach(self, ctx: AppContext) -> None:
        """The database is open: take the context, enable the menus, open the pending page."""
        if self.ready:
            raise RuntimeError("the main window already has its context")
        self._attach_context(ctx)
        start_feed_watch(ctx, self)  # a shared database: others' saves appear here
        self._rebuild_menus()  # the Edit menu's undo/redo now act on ctx.undo_stack
        if self.host.current_key is None and self._pending_page is None:
            self._pending_page = DEFAULT_PAGE
        if self.isVisible():
            QTimer.singleShot(0, self._open_pending_page)

    def undo_stack(self) -> QUndoStack:
        """The window-wide undo stack (an empty stand-in while the database opens)."""
        if self.ready:
            return self.ctx.undo_stack
        if self._frame_undo is None:
            self._frame_undo = QUndoStack(self)
        return self._frame_undo

    def _disable_store_actions(self) -> None:
        """While opening: every store action before the first database, New/Open on a switch."""
        if self.ready and self._opening is None:
            return
        for name in STORE_ACTIONS if not self.ready else SWITCH_ACTIONS:
            action = self.menus.actions.get(name)
            if action is not None:
                action.setEnabled(False)

    def _enable_switch_actions(self) -> None:
        for name in SWITCH_ACTIONS:
            action = self.menus.actions.get(name)
            if action is not None:
                action.setEnabled(True)

    def _rebuild_menus(self) -> None:
        self.menus.dispose()
        self.menus = MenuBuilder(self)
        self.menus.build()
        self._disable_store_actions()
        key = self.host.current_key or self._pending_page
        action = self.menus.page_action(key) if key else None
        if action is not None:
            action.setChecked(True)
        self._word_new_record(self.host.currentWidget())

    # --- pages -------------------------------------------------------------------------------
    def current_page_key(self) -> str | None:
        """The page on screen."""
        return self.host.current_key

    def show_page(self, key: str, *, focus: bool = True) -> QWidget:
        """Switch to page ``key`` (creating it on the first visit) and sync sidebar and menu.

        ``focus``: give the keyboard focus to the page's main list (:meth:`focus_page`); the
        sidebar passes False, so arrowing through it keeps the focus there.
        """
        if key not in self.host.specs:
            key = DEFAULT_PAGE
        if not self.ready:  # still opening the database: remember the choice, show it later
            self._pending_page = key
            self.host.show_placeholder(self.tr("Opening {page}…").format(
                page=page_title(self.host.specs[key])))
            widget: QWidget = self.host.placeholder
        else:
            widget = self.host.show_page(key)
        row = self.nav_model.row_of(key)
        if self.sidebar.currentIndex().row() != row:
            self.sidebar.selectionModel().setCurrentIndex(
                self.nav_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        action = self.menus.page_action(key)
        if action is not None:
            action.setChecked(True)
        self.setWindowTitle(f"{page_title(self.host.specs[key])} — Sailplan")
        ui_settings().setValue("mainwindow/last_page", key)
        self._word_new_record(widget)
        if focus and self.ready:
            self.focus_page(widget)
        return widget

    def focus_page(self, page: QWidget) -> None:
        """Keyboard focus to the page's main list or tree (its ``default_focus()``), or to the
        sidebar on a page without one (a placeholder): never to a hidden or invisible widget.
        """
        target = getattr(page, "default_focus", None)
        widget = target() if callable(target) else None
        (widget if isinstance(widget, QWidget) else self.sidebar).setFocus()

    def _word_new_record(self, page: QWidget | None) -> None:
        """File ▸ New (Ctrl+N) names what the page makes: "New customer…", "New deal…"."""
        text = getattr(page, "new_record_text", None)
        self.menus.set_new_record(self.ready and callable(getattr(page, "new_record", None)),
                                  text() if callable(text) else None)

    def new_record(self) -> None:
        """Ctrl+N: a new record of the page on screen (a customer, a deal, an action item…)."""
        page = self.host.currentWidget() if self.ready else None
        create = getattr(page, "new_record", None)
        if callable(create):
            create()

    def _on_sidebar_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self.nav_model.key_at(current.row())
        if key is not None and key != self.host.current_key:
            self.show_page(key, focus=not self.sidebar.hasFocus())

    def open_item(self, kind: str, item_id: str) -> None:
        """Show the page that owns items of ``kind`` and ask it to show ``item_id``."""
        key = ITEM_PAGES.get(kind)
        if key is None:
            self.show_status(self.tr("Sailplan cannot show a \"{kind}\" yet.").format(kind=kind),
                             5000)
            return
        page = self.show_page(key)
        show_item = getattr(page, "show_item", None)
        if callable(show_item):
            show_item(kind, item_id)
        else:
            self.show_status(self.tr("{page} cannot show single items yet.").format(
                page=page_title(self.host.specs[key])), 5000)

    def rebuild_pages(self) -> None:
        """Drop every page and re-create the current one (language or database changed)."""
        key = self.host.current_key or self._pending_page or DEFAULT_PAGE
        self.host.clear()
        self.host.current_key = None
        self.show_page(key)

    # --- status --------------------------------------------------------------------------------
    def _on_refused(self, action: str, reason: str) -> None:
        """An action or an undo the data no longer allows: say so (the command is dropped)."""
        title = self.tr("Cannot do “%1”").replace("%1", action)
        self.show_status(f"{title}: {reason}", 10000)
        self.refused_box = Messages.show_refused(self, title, reason)

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """A transient status bar message."""
        self.status.showMessage(text, timeout_ms)

    def refresh_person_label(self) -> None:
        """Look up the current person's name (a small read) and show it."""
        person_id = self.ctx.current_person_id
        if not person_id:
            self.status.set_person(None)
            return
        from services.org.people import list_people

        people = {p.id: p.name for p in list_people(self.ctx.store, include_inactive=True)}
        account = self.ctx.account
        self.status.set_person(people.get(person_id), account.user_name if account else None)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("people", "org_units"):  # the "I am" label shows a person's name
            self.refresh_person_label()

    def _person_of_store(self) -> str | None:
        """Who uses the open database: the signed-in account's person on a team database,
        else the remembered "I am".
        """
        account = self.ctx.account
        return account.person_id if account is not None else self.stored_person_id()

    def set_account(self, account: Any) -> None:
        """Someone signed in (the database was just switched to team mode): they are the
        current person from now on; the pages are told.
        """
        self.ctx.account = account
        self.ctx.current_person_id = account.person_id
        _set_actor(self.ctx.store.engine, account.person_id)  # whom the audit trail names
        if KEY_FEED not in self.ctx.extras:  # the change feed is on from the switch
            start_feed_watch(self.ctx, self)
        self.refresh_person_label()
        self.ctx.events.changed.emit(Changes.setting("user/person_id"), self)

    def stored_person_id(self) -> str | None:
        """The remembered "I am" for the open database."""
        value = ui_settings().value(person_setting_key(self.ctx.store.location))
        return str(value) if value else None

    def set_current_person(self, person_id: str | None) -> None:
        """Remember who is using Sailplan with this database; tell the pages."""
        settings = ui_settings()
        key = person_setting_key(self.ctx.store.location)
        if person_id:
            settings.setValue(key, person_id)
        else:
            settings.remove(key)
        self.ctx.current_person_id = person_id
        _set_actor(self.ctx.store.engine, person_id)
        self.refresh_person_label()
        self.ctx.events.changed.emit(Changes.setting("user/person_id"), self)

    # --- language ------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch the interface language live and remember the choice."""
        if lang == self.lang:
            return
        app = QApplication.instance()
        assert app is not None
        install_translators(app, lang)
        self.lang = lang
        ui_settings().setValue("ui/language", lang)
        self.retranslate()

    def retranslate(self) -> None:
        """Rebuild every text: undo labels, menus, sidebar, status bar and pages."""
        retranslate_commands(self.undo_stack())  # before the Edit menu reads undoText()
        self._rebuild_menus()
        self.nav_model.retranslate()
        self.status.retranslate()
        self.rebuild_pages()

    # --- database ------------------------------------------------------------------------------
    def new_database(self) -> None:
        """Create an empty database file and switch to it."""
        from gui.shell.database_dialogs import DatabaseDialogs

        path = DatabaseDialogs.choose_new(self)
        if not path:
            return
        if Path(path).exists():
            Messages.show_error(self, self.tr("New Database"), self.tr(
                "{path} already exists. Use File → Open Database to open it.").format(path=path))
            return
        self.switch_database(path)

    def open_database(self) -> None:
        """Open another database file and switch to it."""
        from gui.shell.database_dialogs import DatabaseDialogs

        path = DatabaseDialogs.choose_open(self)
        if path:
            self.switch_database(path)

    def switch_database(self, target: str) -> None:
        """Open ``target`` on the worker; once it is open, replace the current store with it.

        Meanwhile the status bar says "Opening …", New/Open Database are disabled and the
        current database stays in use; a failure is explained and changes nothing.
        """
        current = self.ctx.store.path
        if current and os.path.abspath(current) == os.path.abspath(target):
            self.show_status(self.tr("That database is already open."), 5000)
            return
        if self._opening is not None:
            self.show_status(self.tr("Another database is still being opened."), 5000)
            return
        from gui.shell.opening import open_store_in_background

        self.show_status(self.tr("Opening {location}…").format(location=target))
        self._opening = open_store_in_background(
            self.ctx.tasks, target, self, self._switch_opened, self._switch_failed)
        self._disable_store_actions()

    def _switch_opened(self, store: Any) -> None:
        """The other database is open: on a team database someone signs in first (Cancel
        closes it again and the current one stays).
        """
        from gui.team.gate import sign_in_then

        def signed_in(account: Any, own: Any) -> None:
            self._opening = None
            self._enable_switch_actions()
            self.replace_store(own, account)

        def cancelled() -> None:
            store.close()
            self._switch_failed()

        sign_in_then(self.ctx.tasks, store, self, signed_in, cancelled)

    def _switch_failed(self) -> None:
        self._opening = None
        self._enable_switch_actions()
        self.status.clearMessage()

    def replace_store(self, store: Any, account: Any = None) -> None:
        """Close the current store and continue with ``store`` (signed in as ``account`` on a
        team database): reload every page.
        """
        stop_feed_watch(self.ctx)
        self.ctx.tasks.wait()
        self.host.clear()
        old = self.ctx.store
        if old is not store:
            old.close()
        self.ctx.store = store
        start_feed_watch(self.ctx, self)
        self.ctx.account = account
        self.ctx.undo_stack.clear()  # commands refer to rows of the previous database
        self.ctx.current_person_id = self._person_of_store()
        _set_actor(store.engine, self.ctx.current_person_id)
        self.status.set_location(store.location)
        self.refresh_person_label()
        self.ctx.events.changed.emit(Changes.all(), None)
        key = self.host.current_key or DEFAULT_PAGE
        self.host.current_key = None
        self.show_page(key)
        self.show_status(self.tr("Opened {location}").format(location=store.location), 5000)
        if self.offer_setup:
            from gui.firstrun.launch import offer_setup

            offer_setup(self)

    def backup_now(self) -> None:
        """Write a verified backup of the open database on the worker."""
        from gui.shell.maintenance import backup_now

        backup_now(self)

    def restore_backup(self, backup_path: str | Path) -> None:
        """Replace the open database with a backup (the current state is kept as a backup),
        on the worker; the window reloads once the restored database is open.
        """
        from gui.shell.maintenance import restore_from_backup

        restore_from_backup(self, backup_path)

    # --- import / export -------------------------------------------------------------------------
    def _importer(self) -> Any:
        return importlib.import_module("gui.importer.actions")

    def open_import(self, kind: str) -> None:
        """Start the import wizard for ``kind`` (customers, contacts, followups, deals)."""
        self._importer().open_import_wizard(self.ctx, self, kind)

    def open_export(self, kind: str) -> None:
        """Export ``kind`` (customers, deals)."""
        self._importer().export_dialog(self.ctx, self, kind)

    # --- help ------------------------------------------------------------------------------------
    def open_data_folder(self) -> None:
        """Show the data folder in the file manager."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir())))

    def show_about(self) -> None:
        """The About box."""
        from gui.shell.about import AboutDialog

        AboutDialog.show(self, self.ctx.store.location)

    # --- state -----------------------------------------------------------------------------------
    def restore_state(self) -> None:
        """Geometry, toolbar/dock state and the last page from the previous session."""
        settings = ui_settings()
        geometry = settings.value("mainwindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        state = settings.value("mainwindow/state")
        if state is not None:
            self.restoreState(state)  # type: ignore[arg-type]
        last = str(settings.value("mainwindow/last_page") or DEFAULT_PAGE)
        # The page itself is created once the window is on screen: a heavy page (100k
        # customers) must not delay the first paint. The sidebar shows the choice at once.
        self._pending_page = last if last in self.host.specs else DEFAULT_PAGE
        self.host.show_placeholder(self.tr("Opening {page}…").format(
            page=page_title(self.host.specs[self._pending_page])))
        self.sidebar.selectionModel().blockSignals(True)
        self.sidebar.setCurrentIndex(self.nav_model.index(
            self.nav_model.row_of(self._pending_page)))
        self.sidebar.selectionModel().blockSignals(False)

    def event(self, event: QEvent) -> bool:
        # The remembered page opens right after the window's first paint, so even a page that
        # loads 100k rows in its constructor cannot hold back the window itself.
        if event.type() == QEvent.Type.Paint and self._pending_page is not None:
            QTimer.singleShot(0, self._open_pending_page)
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_page is not None:
            QTimer.singleShot(500, self._open_pending_page)  # in case no paint arrives

    def _open_pending_page(self) -> None:
        if not self.ready:
            return  # attach() opens it once the database is open
        key, self._pending_page = self._pending_page, None
        if key is not None and self.host.current_key is None:  # unless already navigated
            self.show_page(key)

    def save_state(self) -> None:
        """Remember geometry, state and the current page."""
        settings = ui_settings()
        settings.setValue("mainwindow/geometry", self.saveGeometry())
        settings.setValue("mainwindow/state", self.saveState())
        if self.host.current_key:
            settings.setValue("mainwindow/last_page", self.host.current_key)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save state, let background work finish, then release the database."""
        self.save_state()
        if self.ready:
            from gui.shell.maintenance import stop_maintenance

            stop_maintenance(self)  # the automatic backup stops at its next check
            stop_feed_watch(self.ctx)
            self.ctx.tasks.wait()
            if self._opening is not None:  # closed while switching: release the new file
                self._opening.abandon()
                self._opening = None
            self.host.clear()
            self.ctx.store.close()
        event.accept()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)


def _set_actor(engine: Any, person_id: str | None) -> None:
    """Whom the audit trail names for this window's writes (imported when the store is open:
    the window paints before SQLAlchemy is loaded).
    """
    from services.core.actor import set_actor

    set_actor(engine, person_id)
