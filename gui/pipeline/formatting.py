"""Pipeline-only view helpers: avatar initials and colours, month ends for the forecast.

Money and dates are formatted by :mod:`gui.common.formatting`.
"""

from __future__ import annotations

import hashlib
from datetime import date

from PySide6.QtGui import QColor

_AVATAR_COLOURS = (
    "#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#d62728",
    "#ff7f0e", "#3b6ea8", "#6a8f3a", "#a05195",
)


def initials(name: str | None) -> str:
    """Avatar initials: the given-name character of a Chinese name, else word initials."""
    if not name:
        return "?"
    name = name.strip()
    if any("\u4e00" <= ch <= "\u9fff" for ch in name):
        return name[-1]
    parts = [p for p in name.replace(".", " ").split() if p]
    letters = "".join(p[0] for p in parts[:2]).upper()
    return letters or name[:1].upper()


def avatar_colour(key: str | None) -> QColor:
    """A stable colour for a person, so the same owner always gets the same circle."""
    if not key:
        return QColor("#9e9e9e")
    digest = hashlib.md5(key.encode("utf-8")).digest()
    return QColor(_AVATAR_COLOURS[digest[0] % len(_AVATAR_COLOURS)])


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1).fromordinal(date(year, month + 1, 1).toordinal() - 1)


def add_months(day: date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1
