"""CJK fonts without Qt: the Noto CJK file on this machine and matplotlib's font settings, for
charts drawn by the GUI and by Qt-free exports alike (:mod:`gui.common.fonts` adds Qt's side).
"""

from __future__ import annotations

import os
from pathlib import Path

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
