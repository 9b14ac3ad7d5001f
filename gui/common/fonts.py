"""CJK-capable fonts for the Qt interface and (lazily) for matplotlib charts.

Chinese is a first-class language, so every platform needs a font with CJK glyphs: Windows has
Microsoft YaHei, macOS PingFang SC, Linux usually Noto Sans CJK. The application font keeps the
platform's own family first (Latin text looks native) and lists the CJK families after it, so
Qt falls back to them glyph by glyph. A Noto CJK file found on disk is registered explicitly in
case fontconfig does not know it (portable installs, minimal Linux images).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from services.core.cjk_fonts import (  # noqa: F401 - re-exported: their Qt-free home
    CJK_FAMILIES,
    configure_matplotlib_cjk,
    find_cjk_font_file,
)


def register_cjk_font(app: QApplication) -> list[str]:
    """Register a CJK font file if needed and set the application font's fallback list.

    Returns the family list now used by the application font.
    """
    register_cjk_font_file_if_missing()
    return set_cjk_fallback(app)


def register_cjk_font_file_if_missing() -> bool:
    """Register the Noto CJK file when the system has none of :data:`CJK_FAMILIES`.

    Registering the large collection costs ~15 ms where fontconfig knows it already, and even
    the check loads the font database (~5 ms), so the GUI start-up calls this right after
    the window's first paint. Returns whether a file was registered.
    """
    if any(QFontDatabase.hasFamily(family) for family in CJK_FAMILIES):
        return False
    path = find_cjk_font_file()
    return path is not None and QFontDatabase.addApplicationFont(str(path)) >= 0


def set_cjk_fallback(app: QApplication) -> list[str]:
    """Make the application font fall back to the CJK families; returns the family list."""
    font = QFont(app.font())
    base = font.family()
    families = [base] if base else []
    families += [f for f in CJK_FAMILIES if f != base]
    font.setFamilies(families)
    app.setFont(font)
    return families
