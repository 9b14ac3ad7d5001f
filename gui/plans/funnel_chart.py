"""FunnelChart: the reverse funnel (反推) as centred bars, widest stage on top.

A matplotlib ``Figure`` in a ``FigureCanvasQTAgg`` (no pyplot), built on the first
:meth:`FunnelChart.show_funnel`: matplotlib is imported then, never at start-up, and the CJK
font is registered with it first (:func:`gui.common.fonts.configure_matplotlib_cjk`), so the
stage names of a Chinese pipeline render.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

_BARS = ("#90caf9", "#7ab8f5", "#64a6ef", "#4f94e8", "#3b82e0", "#2f72cc", "#2762b3")


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

    def show_funnel(self, stages: list[tuple[str, int]]) -> None:
        """Draw ``(stage name, count)`` pairs, first stage on top."""
        self.shown = list(stages)
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
        for i, ((name, count), y) in enumerate(zip(stages, rows, strict=True)):
            ax.barh(y, max(count, peak * 0.004), left=(peak - count) / 2, height=0.78,
                    color=_BARS[min(i, len(_BARS) - 1)])
            ax.text(peak / 2, y, f"{name}  {count:,}", ha="center", va="center", fontsize=10,
                    color="#0b2545", fontweight="bold")
        ax.set_xlim(0, peak)
        ax.set_ylim(-0.6, len(stages) - 0.4)
        self.canvas.draw_idle()
