"""Start the GUI: application object, language, fonts, the main window, opening the store.

Start-up stays fast on a large database: the window (sidebar, menus, an "Opening …" note) is
shown first, before SQLAlchemy, the models or the store layer are imported; right after its
first paint the store is opened on the task runner's worker (imports, lock, version check,
migrations: half a second on a large firm, while the window keeps repainting and shows
"Opening …"); the window then receives the AppContext and opens the remembered page.
Reminders, backups and every other page load later or on first visit, and neither matplotlib
nor openpyxl is imported here.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from gui.common import memory
from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.focus_log import install_focus_log
from gui.common.fonts import (
    register_cjk_font,
    register_cjk_font_file_if_missing,
    set_cjk_fallback,
)
from gui.common.i18n import choose_language, install_translators
from gui.common.messages import Messages
from gui.common.tasks import TaskRunner
from gui.common.theme import apply_theme
from gui.common.ui_settings import APPLICATION, ORGANIZATION, ui_settings
from gui.shell.opening import open_store_in_background
from gui.shell.preload import PagePreloader, preload_pages
from gui.shell.resources import icon, style_sheet

BENCH_ENV = "SAILPLAN_BENCH_EXIT_ON_SHOWN"
SHOWN_MARKER = "SAILPLAN_SHOWN"
BENCH_READY_ENV = "SAILPLAN_BENCH_WAIT_READY"
"""With this set to 1 as well, the app prints :data:`READY_MARKER` and quits only once the
database is open and the first page has been created and shown."""
READY_MARKER = "SAILPLAN_READY"
EXIT_OPEN_FAILED = 2
EXIT_CANCELLED = 1
translate = QCoreApplication.translate


def application() -> QApplication:
    """The QApplication (created once), named so QSettings finds Sailplan's state."""
    app = QApplication.instance()
    if app is None:
        memory.keep_no_sources()
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Sailplan")
    app.setWindowIcon(icon("app"))
    return app


def prepare_application(lang_override: str | None,
                        font_file_later: bool = False) -> tuple[QApplication, str]:
    """Application object with fonts, style sheet and translators for the chosen language.

    ``font_file_later``: only set the CJK fallback families now; the caller registers the
    bundled CJK font file (if the system lacks one) with
    :func:`register_cjk_font_file_if_missing` once the window is on screen.
    """
    app = application()
    lang = choose_language(lang_override, ui_settings().value("ui/language"))
    install_translators(app, lang)
    if font_file_later:
        set_cjk_fallback(app)
    else:
        register_cjk_font(app)
    apply_theme(app, style_sheet)
    install_focus_log(app)
    return app, lang


def _demo_target(args: argparse.Namespace, tasks: TaskRunner) -> str | int:
    """Create the demo firm if needed (progress with Cancel); its path or an exit code."""
    from services.core.paths import demo_db_path

    register_cjk_font_file_if_missing()  # its dialogs show before the main window

    try:
        demo: Any = importlib.import_module("services.demo")
        demo.ensure_demo_db  # noqa: B018 - fail here, not half-way, when it is missing
    except (ImportError, AttributeError):
        Messages.show_error(None, translate("App", "Demo firm"), translate(
            "App", "The demo firm is not available in this build of Sailplan."))
        return EXIT_OPEN_FAILED
    try:
        size = demo.parse_size(args.demo_size)
    except ValueError as exc:
        Messages.show_error(None, translate("App", "Demo firm"), translate(
            "App", "Unknown demo size \"{size}\": use small, standard, large or "
            "CUSTOMERS[:DEALS].").format(size=args.demo_size), str(exc))
        return EXIT_OPEN_FAILED
    path = demo_db_path()
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def job(progress: Any, is_cancelled: Any) -> Any:
        return demo.ensure_demo_db(path, size=size, progress=progress, is_cancelled=is_cancelled)

    def finish(key: str, value: Any = None) -> None:
        outcome[key] = value
        loop.quit()

    tasks.run_with_dialog(
        None, translate("App", "Preparing the demo firm…"), job,
        on_done=lambda r: finish("done", r),
        on_error=lambda exc, tb: finish("error", (exc, tb)),
        on_cancel=lambda: finish("cancelled"))
    if not outcome:
        loop.exec()
    if "cancelled" in outcome:
        return EXIT_CANCELLED
    if "error" in outcome:
        error, tb = outcome["error"]
        Messages.show_error(None, translate("App", "Demo firm"), translate(
            "App", "The demo firm could not be created: {error}").format(error=error), tb)
        return EXIT_OPEN_FAILED
    return os.fspath(path)


def resolve_target(args: argparse.Namespace, tasks: TaskRunner) -> str | int:
    """The database to open (``--demo``, ``--db`` or the default file) or an exit code."""
    if getattr(args, "demo", False):
        return _demo_target(args, tasks)
    if getattr(args, "db", None):
        return str(args.db)
    from services.core.paths import default_db_path

    return os.fspath(default_db_path())


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once, from the event loop, right after the widget's first paint.

    With ``fallback_ms`` it is also called that long after the first show, in case no paint
    ever arrives.
    """

    def __init__(self, window: QWidget, callback: Callable[[], None], fallback_ms: int = 0):
        super().__init__(window)
        self._callback = callback
        self._fired = False
        self._fallback_ms = fallback_ms
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            QTimer.singleShot(0, self._fire)
        elif event.type() == QEvent.Type.Show and self._fallback_ms and not self._fired:
            QTimer.singleShot(self._fallback_ms, self._fire)
        return False

    def _fire(self) -> None:
        if not self._fired:
            self._fired = True
            self._callback()


def _print_marker_and_quit() -> None:
    """Benchmark hook: report the window as shown, then quit (unless waiting for ready)."""
    sys.stdout.write(SHOWN_MARKER + "\n")
    sys.stdout.flush()
    if os.environ.get(BENCH_READY_ENV) == "1":
        return
    app = QApplication.instance()
    if app is not None:
        app.quit()


def _print_ready_and_quit(_key: str = "") -> None:
    """Benchmark hook: the first page is on screen with its data; report it and quit."""
    sys.stdout.write(READY_MARKER + "\n")
    sys.stdout.flush()
    app = QApplication.instance()
    if app is not None:
        app.quit()


def after_shown(window: Any) -> PagePreloader:
    """Work that waits until the window is on screen: person label, backups, first data, and
    the other pages' modules imported in the background (their first visit then builds only
    widgets); the preloading thread is returned so the caller can stop it at exit.
    """
    from gui.shell.maintenance import start_rotation

    window.refresh_person_label()
    if window.offer_setup:  # a brand-new database: the first-run setup
        from gui.firstrun.launch import offer_setup

        offer_setup(window)
    start_rotation(window)
    host = window.host
    return preload_pages(s for k, s in host.specs.items() if k not in host.created_keys())


def run_gui(args: argparse.Namespace) -> int:
    """Run the main window until it closes; returns the process exit code.

    2 means the database could not be opened (the user was told why and nothing was changed);
    1 means the user cancelled creating the demo firm, or the sign-in of a team database.
    """
    app, lang = prepare_application(getattr(args, "lang", None), font_file_later=True)
    events = AppEvents()
    tasks = TaskRunner()
    target = resolve_target(args, tasks)
    if isinstance(target, int):
        return target

    from gui.main_window import MainWindow

    window = MainWindow(None, lang, location=target)
    window.offer_setup = not getattr(args, "demo", False)
    opened: dict[str, Any] = {}

    def open_in_background() -> None:
        register_cjk_font_file_if_missing()  # a system without CJK fonts repaints with it
        # SQLAlchemy, the models and the store layer are imported on the worker, too.
        opened["opening"] = open_store_in_background(tasks, target, window, attach, failed)

    def failed() -> None:  # the user was told why
        opened["failed"] = True
        window.hide()
        app.exit(EXIT_OPEN_FAILED)

    def attach(store: Any) -> None:
        from gui.team.gate import sign_in_then

        opened["store"] = store
        sign_in_then(tasks, store, window, lambda account, own: signed_in(own, account),
                     not_signed_in, lambda: window.host.show_placeholder(
                         translate("App", "Waiting for sign-in…")))

    def not_signed_in() -> None:  # a team database, and nobody signed in
        opened.pop("store").close()
        opened["failed"] = True
        window.hide()
        app.exit(EXIT_CANCELLED)

    def signed_in(store: Any, account: Any) -> None:
        opened["store"] = store
        ctx = AppContext(store=store, events=events, undo_stack=QUndoStack(), tasks=tasks,
                         account=account)
        opened["ctx"] = ctx
        if os.environ.get(BENCH_ENV) == "1" and os.environ.get(BENCH_READY_ENV) == "1":
            window.host.page_shown.connect(_print_ready_and_quit)
        window.attach(ctx)
        memory.start()  # start-up's objects (modules, mappers, the window) live on: freeze them
        QTimer.singleShot(0, lambda: opened.update(preload=after_shown(window)))

    # Installed first, so the benchmark hook (installed after it, hence filtering before it)
    # queues its marker ahead of opening the store.
    _AfterFirstPaint(window, open_in_background, fallback_ms=500)
    if os.environ.get(BENCH_ENV) == "1":
        _AfterFirstPaint(window, _print_marker_and_quit)
    window.show()
    try:
        code = app.exec()
    finally:
        if "preload" in opened:
            opened["preload"].stop()
        tasks.wait()
        if "opening" in opened:
            opened["opening"].abandon()  # closed before the store arrived: release it
        memory.stop()
        if "ctx" in opened:
            opened["ctx"].store.close()  # idempotent: closeEvent normally closed it already
        elif "store" in opened:
            opened["store"].close()  # closed while the sign-in was asked for
    if opened.get("failed"):
        window.deleteLater()
        return int(code) or EXIT_OPEN_FAILED
    return int(code)

