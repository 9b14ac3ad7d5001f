"""Screenshots of the real main window on the demo firm, in Chinese and English.

``python -m gui.screenshots OUTDIR [--db PATH] [--size small|standard|…] [--page KEY]…
[--lang zh_CN|en]…`` opens Sailplan offscreen at 1280×800 and writes ``main_window_<lang>.png``
(the first page) plus ``main_window_<lang>_<page>.png`` for every sidebar page, for zh_CN and
en (or the languages asked for). Without ``--db``
the demo firm is used (built on first use). UI state goes to a throw-away folder, so the
pictures never depend on the machine's remembered window layout.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

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


def take(outdir: Path, db: Path, pages: list[str] | None = None,
         langs: list[str] | None = None) -> list[Path]:
    """Write the screenshots (in ``langs``, by default every language); returns the files."""
    from PySide6.QtGui import QUndoStack

    from gui.app import prepare_application
    from gui.common.context import AppContext
    from gui.common.events import AppEvents
    from gui.common.tasks import TaskRunner
    from gui.main_window import MainWindow
    from gui.pages import PAGES
    from gui.shell.open_errors import open_store_or_explain
    from services.org.people import list_people

    langs = langs or list(LANGS)
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
    window.resize(WIDTH, HEIGHT)
    keys = pages or [spec.key for spec in PAGES]
    written: list[Path] = []
    outdir.mkdir(parents=True, exist_ok=True)
    try:
        for lang in langs:
            window.set_language(lang)
            for key in keys:
                window.show_page(key)
                _settle(app, ctx.tasks, 1.5)
                path = outdir / f"main_window_{lang}_{key}.png"
                window.grab().save(str(path))
                written.append(path)
            window.show_page(keys[0])
            _settle(app, ctx.tasks, 1.0)
            main = outdir / f"main_window_{lang}.png"
            window.grab().save(str(main))
            written.append(main)
    finally:
        window.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m gui.screenshots", description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--db", help="database file; a missing file is built as the demo firm "
                        "(default: the demo firm in the data folder)")
    parser.add_argument("--size", default="standard", help="demo size when it must be built")
    parser.add_argument("--page", action="append", help="only these page keys (repeatable)")
    parser.add_argument("--lang", action="append", choices=LANGS,
                        help="only these languages, in this order (repeatable; default: "
                        "Chinese then English, so the English pictures show widths "
                        "remembered from the Chinese ones, as after a language switch)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = _database(args)
    # Remembered window state must not leak into the pictures: a private UI-state folder.
    with tempfile.TemporaryDirectory(prefix="sailplan-shots-") as tmp:
        os.environ["SAILPLAN_DATA_DIR"] = tmp
        for path in take(args.outdir, db.resolve(), args.page, args.lang):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
