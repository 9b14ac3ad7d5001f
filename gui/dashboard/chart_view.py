"""ChartView: one matplotlib chart (a ``Figure`` on an Agg canvas, never pyplot) that draws
only when on screen, off the GUI thread, says which element was clicked, and can be copied or
saved.

matplotlib is imported on a background thread the first time a chart is wanted
(:func:`gui.plans.funnel_chart.load_matplotlib_in_background`, which registers the CJK font
first), so opening the page never waits for it. :meth:`ChartView.show_data` keeps what to draw;
the chart draws it once it is visible and matplotlib is in.

Drawing a chart — laying out its text, rasterising it — took the GUI thread 100–400 ms, so it
runs on the task worker (:func:`render_chart`): the figure is built and rendered there at the
view's size and pixel ratio with a copy of its palette (:class:`Look`), and only the finished
image comes back to be shown (and re-rendered when the view is resized). The figure stays with
the view: a click on the image is handed to the figure as matplotlib's own mouse event, so
picking works as on an interactive canvas. The draw function returns the clickable artists and
the :class:`~services.dashboard.records.Ref` of each (a line gives one per point); a click on
one emits :attr:`ChartView.element_clicked`. ``painted`` is emitted when the image has been
painted on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
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

from gui.common.page_load import PageLoad
from gui.common.tasks import TaskRunner
from gui.plans.funnel_chart import load_matplotlib_in_background

Hits = list[tuple[Any, list[Any]]]
"""(artist, refs): a bar's patch with one ref, a line with one per point."""
DrawFn = Callable[[Any, Any, Any], Hits]
"""draw(figure, data, look) → hits; ``look`` gives the palette (``palette()``)."""
MIN_HEIGHT = 240
RESIZE_WAIT_MS = 120


class Look:
    """What a chart takes from its view, copied on the GUI thread for the worker: the palette
    (``palette()``, as a widget answers it; the language is the application's locale).
    """

    def __init__(self, widget: QWidget):
        self._palette = QPalette(widget.palette())

    def palette(self) -> QPalette:
        return self._palette


@dataclass(frozen=True)
class Rendered:
    """A chart drawn on the worker: its figure (kept for clicks, copy and save), the clickable
    artists, and the RGBA pixels of the image.
    """

    figure: Any
    hits: Hits
    pixels: Any  # the Agg canvas's RGBA buffer (a memoryview, not copied)
    width: int  # device pixels
    height: int
    ratio: float


def render_chart(draw: DrawFn, data: Any, look: Look, size: QSize, ratio: float) -> Rendered:
    """Build and rasterise the chart of ``data`` at ``size`` (logical pixels) × ``ratio``
    (runs on the task worker; matplotlib's Agg canvas, no Qt widget).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    width, height = max(size.width(), 200), max(size.height(), MIN_HEIGHT)
    figure = Figure(figsize=(width / 100, height / 100), dpi=100 * ratio, layout="constrained")
    canvas = FigureCanvasAgg(figure)
    hits = draw(figure, data, look)
    for artist, _refs in hits:
        artist.set_picker(5 if hasattr(artist, "get_xydata") else True)
    canvas.draw()
    w, h = canvas.get_width_height(physical=True)
    return Rendered(figure, hits, canvas.buffer_rgba(), w, h, ratio)


def _drop_renderer(figure: Any) -> None:
    """Let the Agg canvas forget its pixel buffer once the image has been copied out (a chart
    shown keeps only its image; matplotlib makes a new renderer if the figure is drawn again).
    """
    canvas = figure.canvas
    if hasattr(canvas, "_lastKey") and hasattr(canvas, "renderer"):
        canvas._lastKey = None
        canvas.renderer = None


class ChartCanvas(QWidget):
    """Shows a rendered chart and hands clicks on it to its figure."""

    painted = Signal()
    resized = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = QImage()
        self.figure: Any = None
        self._fresh = False  # an image not painted yet: its first paint is reported
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(MIN_HEIGHT)

    def show_rendered(self, rendered: Rendered) -> None:
        image = QImage(rendered.pixels, rendered.width, rendered.height,
                       QImage.Format.Format_RGBA8888).copy()  # owns its pixels
        image.setDevicePixelRatio(rendered.ratio)
        _drop_renderer(rendered.figure)
        self.image, self.figure = image, rendered.figure
        self._fresh = True
        self.update()

    def draw(self) -> None:
        """Render the figure again where it is (after its artists were changed)."""
        if self.figure is not None:
            self.figure.canvas.draw()
            w, h = self.figure.canvas.get_width_height(physical=True)
            ratio = self.image.devicePixelRatio() or 1.0
            self.show_rendered(Rendered(self.figure, [], self.figure.canvas.buffer_rgba(),
                                        w, h, ratio))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Base))
        if not self.image.isNull():
            painter.drawImage(QPoint(0, 0), self.image)
        painter.end()
        if self._fresh and not self.image.isNull():
            self._fresh = False
            self.painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.resized.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.figure is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        from matplotlib.backend_bases import MouseButton, MouseEvent

        ratio = self.image.devicePixelRatio() or 1.0
        pos = event.position()
        x, y = pos.x() * ratio, self.figure.bbox.height - pos.y() * ratio
        press = MouseEvent("button_press_event", self.figure.canvas, round(x), round(y),
                           button=MouseButton.LEFT)
        self.figure.canvas.callbacks.process("button_press_event", press)  # → the figure's pick

    def devicePixelRatioF(self) -> float:  # noqa: N802 - the rendered image's, for element_point
        return float(self.image.devicePixelRatio() or super().devicePixelRatioF())


class ChartView(QWidget):
    """See the module docstring."""

    element_clicked = Signal(object)  # services.dashboard.records.Ref
    painted = Signal()

    def __init__(self, draw: DrawFn, name: str, parent: QWidget | None = None, *,
                 tasks: TaskRunner | None = None):
        super().__init__(parent)
        self._draw_fn, self.name = draw, name
        self.figure: Any = None
        self.canvas: ChartCanvas | None = None
        self.data: Any = None
        self.hits: Hits = []
        self._pending = False
        self._rendered_size = QSize()
        self._render = PageLoad(tasks, self) if tasks is not None else None
        if self._render is not None:
            self._render.loaded.connect(self._show_rendered)
            self._render.failed.connect(lambda exc, _tb: self.show_message(str(exc)))
        self._resize_wait = QTimer(self)
        self._resize_wait.setSingleShot(True)
        self._resize_wait.setInterval(RESIZE_WAIT_MS)
        self._resize_wait.timeout.connect(self._render_again_if_resized)
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
        return (self.canvas is not None and not self._pending and self.canvas.isVisible()
                and not self.is_rendering())

    def is_rendering(self) -> bool:
        """Whether a drawing is on its way from the worker."""
        return self._render is not None and self._render.is_loading()

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
        self.canvas = ChartCanvas(self)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(
            lambda pos: self._menu(self.canvas.mapTo(self, pos)) if self.canvas else None)
        self.canvas.painted.connect(self._canvas_painted)
        self.canvas.resized.connect(self._resize_wait.start)
        self.canvas.hide()
        self._layout.addWidget(self.canvas, 1)

    def _chart_size(self) -> QSize:
        """Where the chart goes: the canvas once laid out, else the placeholder's place."""
        for widget in (self.canvas, self.placeholder):
            if widget is not None and widget.isVisible() and widget.width() > 1:
                return widget.size()
        return QSize(self.width(), max(self.height() - self.copy_button.sizeHint().height(),
                                       MIN_HEIGHT))

    def _draw(self) -> None:
        if self.canvas is None:
            self._build()
        self._pending = False
        size, look = self._chart_size(), Look(self)
        ratio = self.devicePixelRatioF() or 1.0
        self._rendered_size = size
        draw, data = self._draw_fn, self.data

        def job() -> Rendered:
            return render_chart(draw, data, look, size, ratio)

        if self._render is None:
            self._show_rendered(job())
        else:
            self._render.start(job)

    def _show_rendered(self, rendered: Rendered) -> None:
        assert self.canvas is not None
        self.figure, self.hits = rendered.figure, rendered.hits
        rendered.figure.canvas.mpl_connect("pick_event", self._picked)
        self.canvas.show_rendered(rendered)
        self.placeholder.hide()
        self.canvas.show()
        self._set_buttons()

    def _canvas_painted(self) -> None:
        if not self.is_rendering():
            self.painted.emit()

    def _render_again_if_resized(self) -> None:
        if (self.canvas is not None and self.figure is not None and self.isVisible()
                and self.canvas.size() != self._rendered_size):
            self._draw()

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
        if self.canvas is None or self.figure is None:
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
        shown = self.canvas is not None and self.canvas.isVisible() and self.figure is not None
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
        """The chart as an image (what Copy puts on the clipboard): the one on screen."""
        return self.canvas.image.copy() if self.canvas is not None else QImage()

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
