"""Light or dark: Sailplan follows the desktop's palette.

The style sheet (``resources/style.qss``) is a light theme; on a dark desktop palette (macOS
dark mode, a dark KDE/GNOME theme, Windows' dark mode with the Windows 11 style) its dark
counterpart ``resources/style_dark.qss`` is laid over it, so nothing draws dark text on a dark
background or a white panel in a dark window. Colours chosen in code (a red "overdue", an error
line) go through :func:`ink`, which lightens them on a dark background until they read.

:func:`dark_palette` is the palette Qt's Fusion style uses for a dark desktop; the screenshot
tool sets it (``--theme dark``) to show the dark look on any machine.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (by default the application's) has light text on a dark window."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(Role.Window).lightness() < palette.color(Role.WindowText).lightness()


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


_inked: dict[tuple[int, int], QColor] = {}


def ink(colour: QColor | str, widget: QWidget | None = None) -> QColor:
    """``colour`` as text on the current background: unchanged on a light palette; on a dark
    one, lightened (same hue) until it reads at a contrast of at least 4.5. Cheap enough for
    an item model's ``data()`` (remembered per colour and palette).
    """
    colour = QColor(colour)
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    if not is_dark(palette):
        return colour
    key = (colour.rgba(), palette.cacheKey())
    known = _inked.get(key)
    if known is not None:
        return QColor(known)
    base = palette.color(Role.Base)
    hue, saturation, lightness = colour.hslHue(), colour.hslSaturation(), colour.lightness()
    alpha = colour.alpha()
    while contrast(colour, base) < 4.5 and lightness < 250:
        lightness = min(255, lightness + 12)
        colour = QColor.fromHsl(max(hue, 0), saturation, lightness, alpha)
    if len(_inked) > 256:
        _inked.clear()
    _inked[key] = QColor(colour)
    return colour


def ink_css(colour: str, widget: QWidget | None = None) -> str:
    """:func:`ink` as a style-sheet colour ("#rrggbb")."""
    return ink(colour, widget).name()


def dark_palette() -> QPalette:
    """The palette Qt's Fusion style gives a dark desktop (qplatformtheme.cpp)."""
    window_text = QColor(240, 240, 240)
    background = QColor(50, 50, 50)
    light, mid, dark = background.lighter(150), background.darker(130), background.darker(150)
    base = background.darker(140)
    placeholder = QColor(window_text)
    placeholder.setAlpha(128)
    palette = QPalette()
    for role, colour in ((Role.WindowText, window_text), (Role.Button, background),
                         (Role.Light, light), (Role.Dark, dark), (Role.Mid, mid),
                         (Role.Text, window_text), (Role.BrightText, window_text),
                         (Role.ButtonText, window_text), (Role.Base, base),
                         (Role.Window, background)):
        palette.setColor(role, colour)
    palette.setColor(Role.Midlight, mid.lighter(110))
    palette.setColor(Role.Shadow, dark.darker(135))
    palette.setColor(Role.Highlight, QColor(48, 140, 198))
    palette.setColor(Role.HighlightedText, window_text)
    palette.setColor(Role.AlternateBase, base.lighter(115))
    palette.setColor(Role.ToolTipBase, background)
    palette.setColor(Role.ToolTipText, window_text)
    palette.setColor(Role.Link, QColor(90, 160, 235))
    palette.setColor(Role.LinkVisited, QColor(160, 130, 230))
    palette.setColor(Role.PlaceholderText, placeholder)
    disabled = QColor(130, 130, 130)
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(Group.Disabled, role, disabled)
    palette.setColor(Group.Disabled, Role.Base, background)
    palette.setColor(Group.Disabled, Role.Highlight, QColor(145, 145, 145))
    return palette


class ThemeFollower(QObject):
    """Re-applies the style sheet when the desktop switches between light and dark."""

    def __init__(self, app: QApplication, sheet: Callable[[bool], str]):
        super().__init__(app)
        self._app, self._sheet = app, sheet
        self._dark = is_dark()
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._app and event.type() == QEvent.Type.ApplicationPaletteChange:
            dark = is_dark()
            if dark != self._dark:
                self._dark = dark
                self._app.setStyleSheet(self._sheet(dark))
        return False


def apply_theme(app: QApplication, sheet: Callable[[bool], str]) -> None:
    """Give ``app`` the style sheet ``sheet(dark)`` for its palette, and keep following it."""
    app.setStyleSheet(sheet(is_dark()))
    if not app.findChildren(ThemeFollower):
        ThemeFollower(app, sheet)
