"""Paths of shell resources (icons, style sheet) and cached icon loading."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
ICONS = RESOURCES / "icons"
STYLE_SHEET = RESOURCES / "style.qss"
DARK_STYLE_SHEET = RESOURCES / "style_dark.qss"


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` as a QIcon (an empty icon if the file is missing)."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def style_sheet(dark: bool = False) -> str:
    """The application's light style sheet, with the dark overrides laid over it for a dark
    palette (:mod:`gui.common.theme`); "" when absent.
    """
    text = ""
    for path in (STYLE_SHEET, DARK_STYLE_SHEET) if dark else (STYLE_SHEET,):
        try:
            text += path.read_text(encoding="utf-8") + "\n"
        except OSError:
            pass
    return text
