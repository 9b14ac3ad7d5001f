"""Subprocess for the real edge-scroll drag test: a 1280-px-wide board on a real X server.

Usage: ``python -m tests.gui.pipeline_scroll_drag_app DB_PATH``. Unfolds the won and lost
columns (so the board is wider than the window), then prints one JSON line with the screen
position of the first card of the first column and of a spot near the board's right edge.
While a drag is under way it prints ``scrolled <value>`` when the board scrolled sideways and
``lit <stage id>`` for each column lit as the drop target; ``moved <deal ids>`` once a move is
committed (and exits), or ``timeout``. The lost reason is answered without a dialog.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtWidgets import QApplication

    from gui.common.fonts import register_cjk_font
    from gui.pipeline.lost_reason_dialog import LostReasonDialog
    from gui.pipeline.pipeline_page import PipelinePage
    from services.setup import open_store
    from tests.gui.pipeline_fixtures import make_context

    app = QApplication(sys.argv[:1])
    register_cjk_font(app)
    LostReasonDialog.ask = classmethod(lambda cls, parent, reasons, names: "预算取消")
    store = open_store(sys.argv[1])
    ctx = make_context(store)
    page = PipelinePage(ctx)
    page.setGeometry(0, 0, 1280 - 228, 740)  # the board of a 1280 × 800 window
    page.show()
    page.raise_()
    page.activateWindow()
    seen = {"scrolled": 0, "lit": None}

    def moved(changes, _initiator: object) -> None:  # noqa: ANN001
        ids = sorted(changes.ids("deals") or ())
        if ids:
            print("moved " + ",".join(ids), flush=True)
            QTimer.singleShot(200, app.quit)

    ctx.events.changed.connect(moved)

    def watch() -> None:
        value = page.board.horizontalScrollBar().value()
        if value != seen["scrolled"]:
            seen["scrolled"] = value
            print(f"scrolled {value}", flush=True)
        target = page.board.drop_target()
        if target != seen["lit"]:
            seen["lit"] = target
            if target is not None:
                print(f"lit {target}", flush=True)

    def report() -> None:
        for stage in page.stages:
            if not stage.is_open:
                page.set_folded(stage.id, False)
        app.processEvents()
        first = next(iter(page.board.columns.values()))
        rect = first.view.visualRect(first.model.index(0))
        card = first.view.viewport().mapToGlobal(rect.center())
        board = page.board.viewport()
        edge = board.mapToGlobal(QPoint(board.width() - 24, board.height() // 2))
        print(json.dumps({"card": [card.x(), card.y()], "edge": [edge.x(), edge.y()],
                          "deal": first.model.cards()[0].id,
                          "last_stage": page.stages[-1].id,
                          "max_scroll": page.board.horizontalScrollBar().maximum()}),
              flush=True)
        poll.start(20)

    poll = QTimer()
    poll.timeout.connect(watch)
    QTimer.singleShot(1500, report)
    QTimer.singleShot(60_000, lambda: (print("timeout", flush=True), app.quit()))
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
