"""Reading a typed amount: the one parser behind every money entry (cells, dialogs, imports).

Accepted: ``1200``, ``1,200.50``, ``¥1,200``, ``￥1200元``, ``人民币 1200``, ``1.2万``, ``300万``,
``3千万``, ``5百万``, ``2亿``, ``3.5k``, ``2m``, full-width digits and punctuation (``３００万``,
``１，２００``). The number is yuan; a multiplier suffix (万 10⁴, 千/k 10³, 百 10², 亿 10⁸,
m 10⁶, w 10⁴) scales it, and two suffixes multiply (千万 = 10⁷). Empty text is ``None``.

Refused with :class:`AmountError` (a :class:`~services.core.errors.ValidationError` whose
``template`` the GUI translates): text that is no number, a negative amount, an amount of 10¹³
yuan or more. The value is returned unrounded: callers that store fen round (imports) or refuse
a third decimal (typed targets).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

from services.core.errors import ValidationError

NOT_AMOUNT = "“{value}” is not an amount (expected e.g. 1200, ¥1,200.00, 1.2万)."
NEGATIVE_AMOUNT = "Negative amount {value} is not allowed here."
HUGE_AMOUNT = "{value} is too large for an amount."
TEMPLATES = (NOT_AMOUNT, NEGATIVE_AMOUNT, HUGE_AMOUNT)

MULTIPLIERS: dict[str, Decimal] = {
    "万": Decimal(10_000), "w": Decimal(10_000), "亿": Decimal(100_000_000),
    "k": Decimal(1_000), "千": Decimal(1_000), "百": Decimal(100), "m": Decimal(1_000_000)}
LIMIT = Decimal("1e13")
_NOISE = re.compile(r"(人民币|rmb|cny|元整|元|¥|\$|,|\s)", re.IGNORECASE)


class AmountError(ValidationError):
    """Typed text is not an amount; ``kind`` is "not_amount", "negative" or "huge"."""

    def __init__(self, template: str, kind: str, **params: Any):
        self.kind = kind
        super().__init__(template, **params)


def read_amount(value: object) -> Decimal | None:
    """The amount in yuan that ``value`` (text or a number) says; None for empty text.

    See the module docstring for the forms; raises :class:`AmountError`.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise AmountError(NOT_AMOUNT, "not_amount", value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        if not text:
            return None
        amount = _from_text(text)
    if not amount.is_finite():
        raise AmountError(NOT_AMOUNT, "not_amount", value=value)
    if amount < 0:
        raise AmountError(NEGATIVE_AMOUNT, "negative", value=value)
    if amount >= LIMIT:
        raise AmountError(HUGE_AMOUNT, "huge", value=value)
    return amount


def _from_text(text: str) -> Decimal:
    body = _NOISE.sub("", text).casefold()
    factor = Decimal(1)
    for _ in range(2):  # 千万, 百万: two suffixes multiply
        if body and body[-1] in MULTIPLIERS:
            factor, body = factor * MULTIPLIERS[body[-1]], body[:-1]
    try:
        return Decimal(body) * factor
    except InvalidOperation:
        raise AmountError(NOT_AMOUNT, "not_amount", value=text) from None
