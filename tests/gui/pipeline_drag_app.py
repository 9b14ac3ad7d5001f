"""Subprocess for the real-drag test: opens the pipeline board on a real X server (xcb).

Usage: ``python -m tests.gui.pipeline_drag_app DB_PATH``. Prints one JSON line with the screen
coordinates of the first card of the first column and of an empty spot in the second column,
then prints ``moved <deal id>`` when a move was committed (and exits), or ``timeout``.
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
    from gui.pipeline.pipeline_page import PipelinePage
    from services.setup import open_store
    from tests.gui.pipeline_fixtures import make_context

    app = QApplication(sys.argv[:1])
    register_cjk_font(app)
    store = open_store(sys.argv[1])
    ctx = make_context(store)
    page = PipelinePage(ctx)
    page.setGeometry(0, 0, 1400, 760)
    page.show()
    page.raise_()
    page.activateWindow()

    def moved(changes, _initiator: object) -> None:  # noqa: ANN001
        ids = sorted(changes.ids("deals") or ())
        if not ids:
            return
        print("moved " + ",".join(ids), flush=True)
        QTimer.singleShot(200, app.quit)

    ctx.events.changed.connect(moved)

    def report() -> None:
        cols = list(page.board.columns.values())
        first, second = cols[0], cols[1]
        rect = first.view.visualRect(first.model.index(0))
        card = first.view.viewport().mapToGlobal(rect.center())
        target_view = second.view
        spot = target_view.viewport().mapToGlobal(
            QPoint(target_view.viewport().width() // 2, target_view.viewport().height() - 40))
        print(json.dumps({"card": [card.x(), card.y()], "target": [spot.x(), spot.y()],
                          "deal": first.model.cards()[0].id,
                          "to_stage": second.key}), flush=True)

    QTimer.singleShot(1500, report)
    QTimer.singleShot(60_000, lambda: (print("timeout", flush=True), app.quit()))
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
