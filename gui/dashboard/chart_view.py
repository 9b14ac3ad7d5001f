"""ChartView: one matplotlib chart (``Figure`` in a ``FigureCanvasQTAgg``, never pyplot) that
draws only when on screen, says which element was clicked, and can be copied or saved.

matplotlib is imported on a background thread the first time a chart is wanted
(:func:`gui.plans.funnel_chart.load_matplotlib_in_background`, which registers the CJK font
first), so opening the page never waits for it. :meth:`ChartView.show_data` keeps what to draw;
the chart draws it once it is visible and matplotlib is in. The draw function returns the
clickable artists and the :class:`~services.dashboard.records.Ref` of each (a line gives one
per point); a click on one emits :attr:`ChartView.element_clicked`. ``painted`` is emitted when
the canvas has actually rendered (matplotlib's ``draw_event``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.plans.funnel_chart import load_matplotlib_in_background

Hits = list[tuple[Any, list[Any]]]
"""(artist, refs): a bar's patch with one ref, a line with one per point."""
DrawFn = Callable[[Any, Any, QWidget], Hits]
"""draw(figure, data, view) → hits; ``view`` gives the palette and the language."""


class ChartView(QWidget):
    """See the module docstring."""

    element_clicked = Signal(object)  # services.dashboard.records.Ref
    painted = Signal()

    def __init__(self, draw: DrawFn, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._draw_fn, self.name = draw, name
        self.figure: Any = None
        self.canvas: Any = None
        self.data: Any = None
        self.hits: Hits = []
        self._pending = False
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copy_button = QToolButton(self)
        self.copy_button.setText(self.tr("Copy chart"))
        self.copy_button.clicked.connect(self.copy_chart)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save as…"))
        self.save_button.clicked.connect(self.save_chart)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.save_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(bar)
        self._layout.addWidget(self.placeholder, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._wait = QTimer(self)
        self._wait.setInterval(30)
        self._wait.timeout.connect(self._when_loaded)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self._set_buttons()

    # --- data ---------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """Show ``text`` instead of the chart (loading, nothing to show)."""
        self.placeholder.setText(text)
        self.placeholder.show()
        if self.canvas is not None:
            self.canvas.hide()
        self._set_buttons()

    def show_data(self, data: Any) -> None:
        """Draw ``data`` now if on screen, else when shown."""
        self.data = data
        self._pending = True
        if self.isVisible():
            self._draw_when_loaded()

    def is_drawn(self) -> bool:
        """Whether the chart shows the last :meth:`show_data`."""
        return self.canvas is not None and not self._pending and self.canvas.isVisible()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """Draw what came while hidden."""
        super().showEvent(event)
        if self._pending:
            QTimer.singleShot(0, self, self._draw_if_shown)

    def _draw_if_shown(self) -> None:
        if self._pending and self.isVisible():
            self._draw_when_loaded()

    def _draw_when_loaded(self) -> None:
        if self.canvas is None and not load_matplotlib_in_background().is_set():
            self.show_message(self.tr("Drawing the chart…"))
            self._wait.start()
            return
        self._draw()

    def _when_loaded(self) -> None:
        if load_matplotlib_in_background().is_set():
            self._wait.stop()
            if self.isVisible():
                self._draw()

    def _build(self) -> None:
        from gui.common.fonts import configure_matplotlib_cjk

        configure_matplotlib_cjk()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6, 4), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(240)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(
            lambda pos: self._menu(self.canvas.mapTo(self, pos)))
        self.canvas.mpl_connect("pick_event", self._picked)
        self.canvas.mpl_connect("draw_event", lambda _e: self.painted.emit())
        self._layout.addWidget(self.canvas, 1)

    def _draw(self) -> None:
        if self.canvas is None:
            self._build()
        self._pending = False
        self.figure.clear()
        self.hits = self._draw_fn(self.figure, self.data, self)
        for artist, _refs in self.hits:
            artist.set_picker(5 if hasattr(artist, "get_xydata") else True)
        self.placeholder.hide()
        self.canvas.show()
        self.canvas.draw_idle()
        self._set_buttons()

    # --- clicks -------------------------------------------------------------------------

    def _picked(self, event: Any) -> None:
        if getattr(event.mouseevent, "button", 1) != 1:
            return
        for artist, refs in self.hits:
            if artist is event.artist and refs:
                index = getattr(event, "ind", None)
                pick = int(index[0]) if index is not None and len(index) else 0
                self.element_clicked.emit(refs[min(pick, len(refs) - 1)])
                return

    def element_point(self, ref: Any) -> tuple[int, int] | None:
        """The widget pixel of the canvas where ``ref``'s element is drawn (for tests and
        keyboard users), or None.
        """
        if self.canvas is None:
            return None
        for artist, refs in self.hits:
            if ref not in refs:
                continue
            if hasattr(artist, "get_xydata"):
                x, y = artist.get_xydata()[refs.index(ref)]
                px, py = artist.axes.transData.transform((x, y))
            else:
                box = artist.get_window_extent()
                px, py = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
            ratio = self.canvas.devicePixelRatioF() or 1.0
            height = self.figure.bbox.height
            return int(px / ratio), int((height - py) / ratio)
        return None

    # --- copy and save ------------------------------------------------------------------

    def _set_buttons(self) -> None:
        shown = self.canvas is not None and self.canvas.isVisible()
        self.copy_button.setEnabled(shown)
        self.save_button.setEnabled(shown)

    def _menu(self, pos: Any) -> None:
        if self.canvas is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Copy chart"), self.copy_chart)
        menu.addAction(self.tr("Save as PNG or SVG…"), self.save_chart)
        menu.popup(self.mapToGlobal(pos))

    def image(self) -> QImage:
        """The chart as an image (what Copy puts on the clipboard)."""
        import io

        buf = io.BytesIO()
        self.figure.savefig(buf, format="png", dpi=self.figure.dpi,
                            facecolor=self.figure.get_facecolor())
        image = QImage()
        image.loadFromData(buf.getvalue(), "PNG")
        return image

    def copy_chart(self) -> None:
        """Put the chart on the clipboard as an image."""
        if self.figure is not None:
            QApplication.clipboard().setImage(self.image())

    def save_chart(self) -> None:
        """Ask for a file and save the chart as PNG or SVG (by its suffix)."""
        if self.figure is None:
            return
        from gui.common.file_dialogs import save_file_name

        path = save_file_name(self, self.tr("Save chart"), f"{self.name}.png",
                              self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """Write the chart to ``path``: SVG if it ends in .svg, else PNG."""
        fmt = "svg" if path.lower().endswith(".svg") else "png"
        self.figure.savefig(path, format=fmt, dpi=150, facecolor=self.figure.get_facecolor())
