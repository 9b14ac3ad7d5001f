"""Pure rules of the catalogue and of a deal's product lines (no database).

A line's amount is quantity × price × (1 − discount), rounded half up to the fen; a discount
and a tax rate are basis points (1000 = 10 %, 1300 = 13 %).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from models.base import CENT
from services.core.errors import ValidationError

BP = Decimal(10000)
MAX_BP = 10000
NAME_LIMIT = 200
CODE_LIMIT = 50
UNIT_LIMIT = 20
LINE_LIMIT = 100


def line_amount(quantity: int, unit_price: Decimal, discount_bp: int = 0) -> Decimal:
    """Quantity × price × (1 − discount), rounded half up to the fen."""
    gross = Decimal(quantity) * Decimal(unit_price)
    return (gross * (BP - discount_bp) / BP).quantize(CENT, rounding=ROUND_HALF_UP)


def percent_to_bp(value: Any) -> int:
    """A percentage (13, "13", "13%", Decimal("12.5")) as basis points (1300, 1250)."""
    text = str(value).strip().rstrip("%").strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError("“{value}” is not a percentage.", field="percent",
                              value=str(value)[:40]) from None
    return int((number * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def bp_text(bp: int) -> str:
    """Basis points as a percentage without trailing zeros: 1300 → "13", 1250 → "12.5"."""
    value = (Decimal(bp) / 100).normalize()
    return f"{value:f}"


TOO_LONG = {
    "name": "A product name can be at most {limit} characters long.",
    "code": "A product code can be at most {limit} characters long.",
    "measure_unit": "A unit can be at most {limit} characters long.",
    "line": "A product line name can be at most {limit} characters long.",
}
NEGATIVE = {
    "unit_price": "The list price cannot be negative.",
    "unit_cost": "The cost cannot be negative.",
    "line_price": "A line's price cannot be negative.",
}
NOT_NUMBER = "Prices and costs must be numbers of yuan."
OUT_OF_RANGE = {
    "tax_rate_bp": "The tax rate must be between 0 and 100 %.",
    "discount_bp": "A discount must be between 0 and 100 %.",
}


def clean_text(value: Any, limit: int, field: str) -> str | None:
    """Trimmed text or None; refused when longer than ``limit``."""
    text = str(value).strip() if value is not None else ""
    if len(text) > limit:
        raise ValidationError(TOO_LONG[field], field=field, limit=limit)
    return text or None


def check_money(value: Any, field: str, *, optional: bool) -> Decimal | None:
    """A price or cost: a non-negative Decimal with two places (None when optional and blank)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        return Decimal("0.00")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValidationError(NOT_NUMBER, field=field) from None
    if amount < 0:
        raise ValidationError(NEGATIVE[field], field=field)
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def check_bp(value: Any, field: str) -> int:
    """A tax rate or discount in basis points, 0–10000 (0–100 %)."""
    try:
        bp = int(value)
    except (TypeError, ValueError):
        raise ValidationError(OUT_OF_RANGE[field], field=field) from None
    if not 0 <= bp <= MAX_BP:
        raise ValidationError(OUT_OF_RANGE[field], field=field)
    return bp


def margin(revenue: Decimal, cost: Decimal) -> tuple[Decimal, Decimal | None]:
    """Gross margin (revenue − cost) and its share of revenue in % (None without revenue)."""
    value = revenue - cost
    if revenue <= 0:
        return value, None
    pct = (value * 100 / revenue).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return value, pct
