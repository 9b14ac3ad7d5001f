"""Paths of shell resources (icons, style sheet) and cached icon loading."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
ICONS = RESOURCES / "icons"
STYLE_SHEET = RESOURCES / "style.qss"


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` as a QIcon (an empty icon if the file is missing)."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def style_sheet() -> str:
    """The application's light style sheet, or "" when absent."""
    try:
        return STYLE_SHEET.read_text(encoding="utf-8")
    except OSError:
        return ""
