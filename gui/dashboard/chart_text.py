"""Short amounts for chart axes and labels: 万 and 亿 in Chinese, k and M in English.

Pure functions of a number and the language, so the charts and their tests agree; the language
is Chinese when the interface's locale is (``QLocale().name()`` starts with ``zh``).
"""

from __future__ import annotations

from decimal import Decimal


def _trim(value: float, places: int) -> str:
    text = f"{value:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def short_yuan(value: Decimal | float | int, chinese: bool) -> str:
    """¥12,000 → ``1.2万`` (Chinese) or ``¥12k`` (English); ¥230,000,000 → ``2.3亿`` /
    ``¥230M``; small amounts stay whole yuan (``¥800``).
    """
    amount = float(value)
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    if chinese:
        if amount >= 1e8:
            return f"{sign}{_trim(amount / 1e8, 2)}亿"
        if amount >= 1e4:
            return f"{sign}{_trim(amount / 1e4, 1 if amount < 1e7 else 0)}万"
        return f"{sign}¥{amount:,.0f}"
    if amount >= 1e9:
        return f"{sign}¥{_trim(amount / 1e9, 2)}B"
    if amount >= 1e6:
        return f"{sign}¥{_trim(amount / 1e6, 2)}M"
    if amount >= 1e3:
        return f"{sign}¥{_trim(amount / 1e3, 1)}k"
    return f"{sign}¥{amount:,.0f}"


def pct(ratio: Decimal | float | None, signed: bool = False) -> str:
    """0.8333 → ``83.3%``; ``signed`` puts + before a rise (``+12.5%``); None → ``—``."""
    if ratio is None:
        return "—"
    value = float(ratio) * 100
    return f"{value:+.1f}%" if signed else f"{value:.1f}%"
