"""Pure rules of quotes (报价): line amounts, totals, status by date, discount thresholds.

A line's amounts, each rounded half up to the fen:

* gross = quantity × unit price (before tax, before discount);
* net = quantity × unit price × (1 − discount), rounded once (not gross rounded, then
  discounted), so a line is the same whichever way it is typed;
* tax = net × tax rate, rounded per line (the way a 增值税 invoice computes its lines).

A quote's subtotal is the lines' gross, its discount the subtotal less the lines' net, its tax
the lines' tax, its total the net plus the tax: every figure is a sum of fen, so the printed
figures always add up.

A line needs approval when its discount is beyond its threshold: the product's own threshold
when it has one, else the firm's (``global_bp``). No database here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from models.base import CENT
from models.quotes import QuoteStatus

BP = Decimal(10000)
DEFAULT_DISCOUNT_LIMIT_BP = 1000  # 10 %: beyond it, a quote needs approval
DEFAULT_VALID_DAYS = 30
DEFAULT_PATTERN = "BJ-{yyyy}-{seq:04}"
ZERO = Decimal("0.00")


def _fen(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LineAmounts:
    """A line's gross (before discount), net (after discount) and tax, exact to the fen."""

    gross: Decimal
    net: Decimal
    tax: Decimal

    @property
    def total(self) -> Decimal:
        """Net plus tax."""
        return self.net + self.tax


def line_amounts(quantity: Decimal, unit_price: Decimal, discount_bp: int = 0,
                 tax_rate_bp: int = 0) -> LineAmounts:
    """The amounts of one line (see the module docstring)."""
    base = Decimal(quantity) * Decimal(unit_price)
    net = _fen(base * (BP - discount_bp) / BP)
    return LineAmounts(_fen(base), net, _fen(net * tax_rate_bp / BP))


@dataclass(frozen=True)
class Totals:
    """A quote's figures: subtotal − discount = net; net + tax = total."""

    subtotal: Decimal = ZERO
    discount: Decimal = ZERO
    net: Decimal = ZERO
    tax: Decimal = ZERO
    total: Decimal = ZERO


def totals(lines: Iterable[LineAmounts]) -> Totals:
    """The figures of a quote with these lines."""
    gross = net = tax = ZERO
    for ln in lines:
        gross += ln.gross
        net += ln.net
        tax += ln.tax
    return Totals(gross, gross - net, net, tax, net + tax)


@dataclass(frozen=True)
class Thresholds:
    """Discount thresholds in basis points: the firm's and per product (by product id)."""

    global_bp: int = DEFAULT_DISCOUNT_LIMIT_BP
    products: Mapping[str, int] = field(default_factory=dict)

    def limit_for(self, product_id: str | None) -> int:
        """The deepest discount a line of this product (None: free text) may have unapproved."""
        if product_id is not None and product_id in self.products:
            return self.products[product_id]
        return self.global_bp


def beyond_threshold(lines: Iterable[tuple[str | None, int]],
                     thresholds: Thresholds) -> list[tuple[int, int, int]]:
    """The (line index, discount, limit) of every (product id, discount) line beyond its limit."""
    return [(i, bp, thresholds.limit_for(pid)) for i, (pid, bp) in enumerate(lines)
            if bp > thresholds.limit_for(pid)]


def shown_status(status: str, valid_until: date, today: date) -> str:
    """The status a list shows: a sent quote past its validity date is 已过期 (expired)."""
    if status == QuoteStatus.SENT and valid_until < today:
        return QuoteStatus.EXPIRED
    return status


def display_number(number: str, revision: int) -> str:
    """``BJ-2026-0001`` for the first version, ``BJ-2026-0001 rev 2`` after."""
    return number if revision <= 1 else f"{number} rev {revision}"


def display_number_zh(number: str, revision: int) -> str:
    """The Chinese of :func:`display_number` (Chinese text the firm writes and Today shows):
    ``BJ-2026-0001 第 2 版``, as the quotes list reads in Chinese.
    """
    return number if revision <= 1 else f"{number} 第 {revision} 版"


def parse_display_number(text: str) -> tuple[str, int | None]:
    """``"BJ-2026-0001 rev 2"`` → (``BJ-2026-0001``, 2); without a revision, None (the latest)."""
    parts = text.split()
    if len(parts) == 3 and parts[1].lower() in ("rev", "r") and parts[2].isdigit():
        return parts[0], int(parts[2])
    if len(parts) == 2 and parts[1].lower().startswith("rev") and parts[1][3:].isdigit():
        return parts[0], int(parts[1][3:])
    return text.strip(), None
