"""Screenshots of the first run: the setup's pages and Today's getting-started list.

``python -m gui.firstrun.screenshots OUTDIR [--lang zh_CN|en]…`` makes a brand-new database in
a throw-away folder for each language, opens the real main window on it (offscreen), walks the
setup wizard with a sample firm (``<lang>_setup_<page>.png``), finishes it and photographs
Today with the list (``<lang>_today_getting_started.png``), then again once a customer exists
(``<lang>_today_getting_started_ticked.png``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from gui.screenshots import LANGS, _settle

SAMPLE_TEAM = (("李强", "华东区", "rep"), ("王芳", "华东区", "manager"), ("赵敏", "渠道部", "rep"))


def _shoot_language(lang: str, outdir: Path, folder: Path) -> list[Path]:
    from PySide6.QtGui import QUndoStack

    from gui.app import prepare_application
    from gui.common.context import AppContext
    from gui.common.events import AppEvents
    from gui.common.tasks import TaskRunner
    from gui.firstrun.launch import open_setup
    from gui.main_window import MainWindow
    from services.customers.edit import NewCustomer, create_customer
    from services.setup import open_store

    app, _ = prepare_application(lang)
    store = open_store(folder / f"firm_{lang}.sqlite3")
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(),
                     tasks=TaskRunner())
    window = MainWindow(ctx, lang)
    window.show()
    window.resize(1280, 800)
    window.show_page("today")
    _settle(app, ctx.tasks, 1.0)
    written: list[Path] = []

    def grab(widget: Any, name: str) -> None:
        path = outdir / f"{lang}_{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    try:
        wizard: Any = open_setup(window)
        _settle(app, ctx.tasks, 0.5)
        wizard.firm_page.firm.setText("云帆科技有限公司")
        grab(wizard, "setup_firm")
        wizard.next()
        wizard.me_page.name.setText("张总")
        _settle(app, ctx.tasks, 0.3)
        grab(wizard, "setup_me")
        wizard.next()
        model = wizard.team_page.model
        for row, (name, unit, role) in enumerate(SAMPLE_TEAM):
            model.setData(model.index(row, 0), name)
            model.setData(model.index(row, 1), unit)
            model.setData(model.index(row, 2), role)
        _settle(app, ctx.tasks, 0.3)
        grab(wizard, "setup_team")
        wizard.next()
        _settle(app, ctx.tasks, 0.3)
        grab(wizard, "setup_summary")
        wizard.accept()
        window.show_page("today")
        _settle(app, ctx.tasks, 1.5)
        grab(window, "today_getting_started")
        create_customer(store, NewCustomer(name="上海某某科技有限公司"))
        today: Any = window.host.currentWidget()
        today.getting_started.reload()
        _settle(app, ctx.tasks, 1.0)
        grab(window, "today_getting_started_ticked")
    finally:
        window.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m gui.firstrun.screenshots",
                                     description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", action="append", choices=LANGS,
                        help="only these languages (repeatable; default: all)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sailplan-firstrun-") as tmp:
        os.environ["SAILPLAN_DATA_DIR"] = tmp  # throw-away UI state and backups
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        written: list[Path] = []
        for lang in args.lang or list(LANGS):
            written += _shoot_language(lang, args.outdir, Path(tmp))
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
