"""FunnelChart: the reverse funnel (反推) as centred bars, widest stage on top.

A matplotlib ``Figure`` in a ``FigureCanvasQTAgg`` (no pyplot), built the first time the chart
is on screen with a funnel to show: matplotlib is imported then, never at start-up, and the CJK
font is registered with it first (:func:`gui.common.fonts.configure_matplotlib_cjk`), so the
stage names of a Chinese pipeline render. That first import (~300 modules, 0.5–1 s) runs on a
background thread, so the Plans page stays responsive: the chart shows a placeholder until the
import is done (a timer owned by the chart, so it dies with the page).
A chart not on screen (the funnel is the Plans page's second tab) draws nothing and imports
nothing: matplotlib costs some 45 MB and drawing 100–200 ms of the GUI thread, which a visit of
the Plans page that never opens the funnel tab does not pay. :meth:`FunnelChart.show_funnel`
only keeps the figures then, and the chart draws them when it is shown.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from gui.common.theme import contrast


def _ink_on(bar: str) -> str:
    """Dark navy or white, whichever reads better on the bar."""
    return max(("#0b2545", "#ffffff"), key=lambda ink: contrast(QColor(ink), QColor(bar)))


_BARS = ("#90caf9", "#7ab8f5", "#64a6ef", "#4f94e8", "#3b82e0", "#2f72cc", "#2762b3")


_loaded = threading.Event()
_loading_lock = threading.Lock()
_loader: threading.Thread | None = None


def _import_matplotlib() -> None:
    from gui.common.fonts import configure_matplotlib_cjk

    try:
        configure_matplotlib_cjk()
        # the Agg backend only (the dashboard renders on it); the Plans funnel imports the Qt
        # canvas itself when it is built (4 MB more, for a chart seldom shown)
        import matplotlib.backends.backend_agg  # noqa: F401
        import matplotlib.figure  # noqa: F401
    finally:  # a failed import is raised again, on the GUI thread, by _build
        _loaded.set()


def load_matplotlib_in_background() -> threading.Event:
    """Start importing matplotlib on a background thread (once); the event set when done."""
    global _loader
    with _loading_lock:
        if _loader is None:
            _loader = threading.Thread(target=_import_matplotlib, name="sailplan-matplotlib",
                                       daemon=True)
            _loader.start()
    return _loaded


class FunnelChart(QWidget):
    """One bar per stage, its width the stage's count; stage name and count on each bar."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure: Any = None
        self.canvas: Any = None
        self.shown: list[tuple[str, int]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self)
        self._layout.addWidget(self.placeholder)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._wait = QTimer(self)  # polls the background import; owned, so it dies with us
        self._wait.setInterval(30)
        self._wait.timeout.connect(self._when_loaded)
        self._pending = False  # figures arrived while the chart was not on screen

    def is_drawn(self) -> bool:
        """Whether the chart shows the last :meth:`show_funnel` (not the placeholder)."""
        return self.canvas is not None and not self._wait.isActive() and not self._pending

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """Draw what came while the chart was hidden."""
        super().showEvent(event)
        if self._pending:  # in the next turn: the tab is on screen first
            QTimer.singleShot(0, self, self._draw_pending)

    def _draw_pending(self) -> None:
        if self._pending and self.isVisible():
            self._pending = False
            self._draw_when_loaded()

    def _when_loaded(self) -> None:
        if _loaded.is_set():
            self._wait.stop()
            if self.isVisible():
                self._draw()
            else:
                self._pending = True

    def _build(self) -> None:
        from gui.common.fonts import configure_matplotlib_cjk

        configure_matplotlib_cjk()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(5, 3), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(160)
        self.placeholder.hide()
        self._layout.addWidget(self.canvas)
        self.canvas.show()  # the chart is on screen: now, not in the layout's next turn

    def show_funnel(self, stages: list[tuple[str, int]]) -> None:
        """Draw ``(stage name, count)`` pairs, first stage on top (once matplotlib is in and the
        chart is on screen).
        """
        self.shown = list(stages)
        if not self.isVisible():
            self._wait.stop()
            self._pending = True
            return
        self._draw_when_loaded()

    def _draw_when_loaded(self) -> None:
        if self.canvas is None and not load_matplotlib_in_background().is_set():
            self.placeholder.setText(self.tr("Drawing the chart…"))
            self._wait.start()
            return
        self._draw()

    def _draw(self) -> None:
        stages = self.shown
        if self.canvas is None:
            self._build()
        fig = self.figure
        fig.clear()
        pal = self.palette()
        fig.set_facecolor(pal.color(QPalette.ColorRole.Base).name())
        ax = fig.add_subplot(111)
        ax.set_axis_off()
        counts = [c for _n, c in stages]
        peak = max(counts, default=0) or 1
        rows = list(range(len(stages)))[::-1]
        ax.set_xlim(0, peak)
        ax.set_ylim(-0.6, len(stages) - 0.4)
        renderer = self.canvas.get_renderer()
        beside = pal.color(QPalette.ColorRole.Text).name()
        for i, ((name, count), y) in enumerate(zip(stages, rows, strict=True)):
            colour = _BARS[min(i, len(_BARS) - 1)]
            left, width = (peak - count) / 2, max(count, peak * 0.004)
            ax.barh(y, width, left=left, height=0.78, color=colour)
            label = ax.text(peak / 2, y, f"{name}  {count:,}", ha="center", va="center",
                            fontsize=10, fontweight="bold", color=_ink_on(colour))
            # A label wider than its bar goes beside it, in the text colour: half on the bar
            # and half on the background it could be read on neither.
            x0, x1 = ax.transData.transform([(left, y), (left + width, y)])[:, 0]
            if label.get_window_extent(renderer).width + 8 > x1 - x0:
                label.set_x(left + width + peak * 0.02)
                label.set_horizontalalignment("left")
                label.set_color(beside)
        self.canvas.draw_idle()
