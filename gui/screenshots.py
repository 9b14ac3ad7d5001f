"""Screenshots of the real main window on the demo firm, in Chinese and English.

``python -m gui.screenshots OUTDIR [--db PATH] [--size small|standard|…] [--page KEY]…
[--lang zh_CN|en]… [--window 1920x1080] [--theme light|dark] [--scenes]`` opens Sailplan
offscreen (1280×800 unless ``--window`` says otherwise) and writes ``main_window_<lang>.png``
(the first page) plus ``main_window_<lang>_<page>.png`` for every sidebar page, for zh_CN and
en (or the languages asked for). ``--scenes`` adds each page's other views and the dialogs a
user opens from it (:mod:`gui.shell.screenshot_scenes`) as ``<lang>_<page>_<scene>.png``, and
the import wizard's pages as ``<lang>_import_<step>.png`` (customers) and
``<lang>_import_<kind>_<step>.png`` (people, products). ``--theme dark`` gives the window
the dark palette a dark desktop gives it. Without ``--db`` the demo firm is used (built on
first use). UI state goes to a throw-away folder, so the pictures never depend on the
machine's remembered window layout.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 1280, 800
LANGS = ("zh_CN", "en")


def _settle(app: object, tasks: object, seconds: float = 1.0) -> None:
    """Let queued work, background tasks and repaints finish."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        tasks.wait(200)  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.05)


def _database(args: argparse.Namespace) -> Path:
    """The file to photograph: ``--db`` if it exists, else the demo firm built there."""
    if args.db and Path(args.db).exists():
        return Path(args.db)
    from services import demo
    from services.core.paths import demo_db_path

    def progress(done: int, total: int) -> None:
        print(f"\rbuilding the demo firm… {done}/{total}", end="", file=sys.stderr)

    path = demo.ensure_demo_db(args.db or demo_db_path(), size=demo.parse_size(args.size),
                               progress=progress)
    print(file=sys.stderr)
    return Path(path)


def _dialogs(app: Any, before: set[int]) -> list[Any]:
    from PySide6.QtWidgets import QDialog

    return [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
            and id(w) not in before]


def run_scene(app: Any, tasks: Any, window: Any, action: Callable[[], Any],
              use: Callable[[Any], None], pause: float = 1.0) -> None:
    """Run ``action`` and hand ``use`` the dialog it opens (then reject the dialog), or the
    window when no dialog appeared. A dialog opened with ``exec()`` is handed over from inside
    its own event loop. ``pause`` scales the time given to repaints and background work.
    """
    from PySide6.QtCore import QTimer

    before = {id(w) for w in app.topLevelWidgets() if w.isVisible()}
    done: dict[str, bool] = {}

    def shoot() -> None:
        found = _dialogs(app, before)
        if not found or done:
            return
        timer.stop()
        done["dialog"] = True
        modal = app.activeModalWidget()  # a dialog opened from a dialog the scene opened
        dialog = modal if modal in found else found[-1]
        _settle(app, tasks, 0.8 * pause)
        use(dialog)
        dialog.reject()

    timer = QTimer()
    timer.timeout.connect(shoot)
    timer.start(100)
    try:
        action()
        deadline = time.monotonic() + 3 * pause
        while not done and time.monotonic() < deadline and _dialogs(app, before) == []:
            app.processEvents()
            tasks.wait(100)
            time.sleep(0.05)
        if not done and _dialogs(app, before):
            shoot()
    finally:
        timer.stop()
    if not done:
        _settle(app, tasks, 1.0 * pause)
        use(window)
    for dialog in _dialogs(app, before):
        dialog.reject()
    _settle(app, tasks, 0.3 * pause)


def _capture(app: Any, tasks: Any, window: Any, action: Callable[[], Any], path: Path) -> Path:
    """Run ``action``; photograph the dialog it opens, else the window."""
    run_scene(app, tasks, window, action, lambda widget: widget.grab().save(str(path)))
    return path


def walk_import(app: Any, tasks: Any, window: Any, use: Callable[[Any, str], None],
                pause: float = 1.0, kind: str = "customers") -> None:
    """Open the import wizard for ``kind`` over a small sample CSV and hand ``use`` the wizard
    on each page up to the preview (nothing is imported), with the page's name.
    """
    from PySide6.QtWidgets import QWizard

    from gui.shell.screenshot_scenes import sample_import_file

    before = {id(w) for w in app.topLevelWidgets() if w.isVisible()}
    window.open_import(kind)
    _settle(app, tasks, 0.8 * pause)
    wizard: Any = next((w for w in _dialogs(app, before) if isinstance(w, QWizard)), None)
    if wizard is None:
        return
    try:
        names = {wizard.PAGE_FILE: "file", wizard.PAGE_MAPPING: "mapping",
                 wizard.PAGE_RESOLVE: "resolve", wizard.PAGE_PREVIEW: "preview"}
        wizard.file_page.path.setText(str(sample_import_file(kind)))
        while wizard.currentId() in names:
            _settle(app, tasks, 1.0 * pause)
            use(wizard, names[wizard.currentId()])
            current = wizard.currentId()
            if current == wizard.PAGE_PREVIEW:
                break
            wizard.next()
            _settle(app, tasks, 0.5 * pause)
            deadline = time.monotonic() + 15  # the file is read and checked on the worker
            while wizard._busy and time.monotonic() < deadline:
                _settle(app, tasks, 0.1)
            if wizard.currentId() == current:
                break
    finally:
        wizard.reject()
        _settle(app, tasks, 0.3 * pause)


IMPORT_KINDS = ("customers", "people", "products", "receivables")
"""The kinds whose wizard pages are photographed (customers: ``<lang>_import_<page>.png``,
the others ``<lang>_import_<kind>_<page>.png``)."""


def _import_pages(app: Any, tasks: Any, window: Any, lang: str, outdir: Path) -> list[Path]:
    """The import wizard's pages of each of :data:`IMPORT_KINDS`."""
    written: list[Path] = []
    for kind in IMPORT_KINDS:
        prefix = "" if kind == "customers" else f"{kind}_"

        def shoot(wizard: Any, step: str, prefix: str = prefix) -> None:
            path = outdir / f"{lang}_import_{prefix}{step}.png"
            wizard.grab().save(str(path))
            written.append(path)

        walk_import(app, tasks, window, shoot, kind=kind)
    return written


def take(outdir: Path, db: Path, pages: list[str] | None = None,
         langs: list[str] | None = None, *, size: tuple[int, int] = (WIDTH, HEIGHT),
         dark: bool = False, scenes: bool = False) -> list[Path]:
    """Write the screenshots (in ``langs``, by default every language); returns the files."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from gui.app import application, prepare_application
    from gui.common.context import AppContext
    from gui.common.events import AppEvents
    from gui.common.tasks import TaskRunner
    from gui.common.theme import dark_palette
    from gui.common.ui_settings import ui_settings
    from gui.main_window import MainWindow
    from gui.pages import PAGES
    from gui.shell.open_errors import open_store_or_explain
    from gui.shell.screenshot_scenes import SCENES
    from services.org.people import list_people

    langs = langs or list(LANGS)
    if dark:  # before the style sheet is chosen, as a dark desktop would have it
        QApplication.setStyle("Fusion")
        application().setPalette(dark_palette())
    app, _ = prepare_application(langs[0])
    store = open_store_or_explain(db, None)
    if store is None:
        raise SystemExit(2)
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(),
                     tasks=TaskRunner())
    window = MainWindow(ctx, langs[0])
    people = list_people(store)
    managers = [p for p in people if p.role == "manager"] or people
    if managers:
        window.set_current_person(managers[0].id)
    window.show()
    window.resize(*size)
    keys = pages or [spec.key for spec in PAGES]
    written: list[Path] = []
    outdir.mkdir(parents=True, exist_ok=True)
    try:
        for lang in langs:
            ui_settings().remove("targets/cut")  # each language's Targets page: the org tree
            window.set_language(lang)
            for key in keys:
                window.show_page(key)
                _settle(app, ctx.tasks, 1.5)
                path = outdir / f"main_window_{lang}_{key}.png"
                window.grab().save(str(path))
                written.append(path)
                if not scenes:
                    continue
                for scene in (s for s in SCENES if s.page == key):
                    page = window.show_page(key)
                    _settle(app, ctx.tasks, 0.5)
                    written.append(_capture(
                        app, ctx.tasks, window, partial(scene.action, window, page),
                        outdir / f"{lang}_{key}_{scene.name}.png"))
                    window.rebuild_pages()  # the next scene starts from the page as opened
                if key == "customers":
                    written += _import_pages(app, ctx.tasks, window, lang, outdir)
            window.show_page(keys[0])
            _settle(app, ctx.tasks, 1.0)
            main = outdir / f"main_window_{lang}.png"
            window.grab().save(str(main))
            written.append(main)
    finally:
        window.close()
    return written


def _window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not WIDTHxHEIGHT: {text}") from None
    return width, height


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m gui.screenshots", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--db", help="database file; a missing file is built as the demo firm "
                        "(default: the demo firm in the data folder)")
    parser.add_argument("--size", default="standard", help="demo size when it must be built")
    parser.add_argument("--page", action="append", help="only these page keys (repeatable)")
    parser.add_argument("--lang", action="append", choices=LANGS,
                        help="only these languages, in this order (repeatable; default: "
                        "Chinese then English, so the English pictures show widths "
                        "remembered from the Chinese ones, as after a language switch)")
    parser.add_argument("--window", type=_window_size, default=(WIDTH, HEIGHT),
                        metavar="WIDTHxHEIGHT", help="window size (default: 1280x800)")
    parser.add_argument("--theme", choices=("light", "dark"), default="light",
                        help="the desktop palette to show the window with (default: light)")
    parser.add_argument("--scenes", action="store_true",
                        help="also each page's other views, its dialogs and the import "
                        "wizard's pages")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = _database(args)
    # Remembered window state must not leak into the pictures: a private UI-state folder.
    with tempfile.TemporaryDirectory(prefix="sailplan-shots-") as tmp:
        os.environ["SAILPLAN_DATA_DIR"] = tmp
        for path in take(args.outdir, db.resolve(), args.page, args.lang, size=args.window,
                         dark=args.theme == "dark", scenes=args.scenes):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
