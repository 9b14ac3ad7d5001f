"""How Sailplan shows money, dates and percentages — the one place every page formats them.

Money is yuan with a ¥ sign and thousands separators. By default fen show only when there are
some (¥12,000 / ¥12,000.50); ``whole`` rounds half up to the yuan (column totals, wide tables)
and ``fen`` always shows two decimals (ledgers, the customer card). Negative amounts lead with
a minus sign; a deal with no amount shows blank (:func:`deal_amount`). Dates are ISO
(2026-03-05), the one form both languages read without ambiguity — "12/6/26" is December or
June depending on who reads it; a timestamp shows as its local calendar day (or day and time),
and date editors show ``yyyy-MM-dd``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal


def money(value: Decimal | int | float | None, *, whole: bool = False, fen: bool = False) -> str:
    """¥1,234,567 / ¥1,234,567.89 (empty for None); see the module docstring."""
    if value is None:
        return ""
    amount = Decimal(value)
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    if whole:
        return f"{sign}¥{amount.quantize(Decimal(1), rounding=ROUND_HALF_UP):,.0f}"
    if fen or amount != amount.to_integral_value():
        return f"{sign}¥{amount.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"
    return f"{sign}¥{amount:,.0f}"


def deal_amount(value: Decimal | int | float | None, *, fen: bool = False) -> str:
    """A deal's amount, blank when none was given: a deal stores 0 for "no amount yet" (an
    import without the column, a quick-created card), which must not read as ¥0.
    """
    return money(value, fen=fen) if value else ""


def money_fen(value: int | None, *, whole: bool = False, fen: bool = False) -> str:
    """Money given in integer fen (the stored unit)."""
    return "" if value is None else money(Decimal(value) / 100, whole=whole, fen=fen)


def day_time(value: datetime | None) -> str:
    """A timestamp as its local ISO day and time (2026-03-05 14:30); empty for None."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def day(value: date | datetime | None) -> str:
    """ISO date; a timestamp is shown as its local calendar day; empty for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return value.isoformat()


def percent(ratio: float | Decimal | None, decimals: int = 1) -> str:
    """A ratio as a percentage (0.125 → 12.5%); empty for None."""
    return "" if ratio is None else f"{float(ratio) * 100:.{decimals}f}%"


def count(value: int | None) -> str:
    """A count with thousands separators; empty for None."""
    return "" if value is None else f"{value:,}"
