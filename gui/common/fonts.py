"""CJK-capable fonts for the Qt interface and (lazily) for matplotlib charts.

Chinese is a first-class language, so every platform needs a font with CJK glyphs: Windows has
Microsoft YaHei, macOS PingFang SC, Linux usually Noto Sans CJK. The application font keeps the
platform's own family first (Latin text looks native) and lists the CJK families after it, so
Qt falls back to them glyph by glyph. A Noto CJK file found on disk is registered explicitly in
case fontconfig does not know it (portable installs, minimal Linux images).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

CJK_FAMILIES: tuple[str, ...] = ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC")
"""Preferred CJK families, most specific platform first."""

_NOTO_CANDIDATES: tuple[str, ...] = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    "/usr/local/share/fonts/NotoSansCJK-Regular.ttc",
)


def _resource_fonts() -> list[Path]:
    folder = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in {".ttf", ".otf", ".ttc"})


def find_cjk_font_file() -> Path | None:
    """A Noto CJK font file on this machine (bundled in resources/fonts first), or None."""
    for path in _resource_fonts():
        return path
    for name in _NOTO_CANDIDATES:
        if os.path.exists(name):
            return Path(name)
    return None


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


_matplotlib_configured = False


def configure_matplotlib_cjk() -> None:
    """Make matplotlib render Chinese text; call right before building the first chart.

    Imports matplotlib, so never call it at start-up.
    """
    global _matplotlib_configured
    if _matplotlib_configured:
        return
    import matplotlib
    from matplotlib import font_manager

    path = find_cjk_font_file()
    known = {f.name for f in font_manager.fontManager.ttflist}
    if path is not None and "Noto Sans CJK SC" not in known:
        try:
            font_manager.fontManager.addfont(str(path))
        except (OSError, RuntimeError, ValueError):
            pass  # an unreadable file only means the system fallback list is used
        known = {f.name for f in font_manager.fontManager.ttflist}
    # Only families matplotlib can find: naming absent ones makes it log a warning per lookup.
    cjk = [f for f in (*CJK_FAMILIES, "Noto Sans CJK JP") if f in known]
    current = [f for f in matplotlib.rcParams.get("font.sans-serif", []) if f in known]
    latin = current[:1] or (["DejaVu Sans"] if "DejaVu Sans" in known else [])
    # Latin family first, CJK after it. matplotlib falls back glyph by glyph only across an
    # explicit family list (a generic "sans-serif" resolves to one font), hence both settings.
    matplotlib.rcParams["font.sans-serif"] = latin + cjk + [f for f in current[1:]
                                                            if f not in cjk]
    matplotlib.rcParams["font.family"] = latin + cjk
    matplotlib.rcParams["axes.unicode_minus"] = False  # CJK fonts lack U+2212 in some builds
    _matplotlib_configured = True
