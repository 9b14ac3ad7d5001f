"""Reading a receivables ledger's own cells: the instalment (期次), the payment method (回款方式)
and the invoice status (开票), in Chinese or English.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from services.importing import messages as M
from services.importing.messages import msg
from services.importing.parsers import CellError, Parsed, clean_str

#: Payment method keys (models.orders.PaymentMethod) and the words that name them.
METHODS = {
    "bank": ("银行转账", "转账", "银行", "电汇", "网银", "对公转账", "汇款", "bank",
             "bank transfer", "transfer", "wire", "wire transfer"),
    "acceptance": ("承兑汇票", "承兑", "汇票", "银行承兑", "商业承兑", "银承", "商承",
                   "acceptance", "bill", "bank acceptance", "draft"),
    "cash": ("现金", "cash"),
    "wechat": ("微信", "微信支付", "wechat", "weixin", "wechat pay"),
    "alipay": ("支付宝", "alipay"),
}
INVOICED_YES = ("已开票", "已开", "开票", "全部开票", "是", "有", "yes", "y", "true", "1",
                "invoiced", "issued")
INVOICED_NO = ("未开票", "未开", "不开票", "无需开票", "否", "无", "no", "n", "false", "0",
               "not invoiced", "none")
INVOICED_PART = ("部分开票", "部分已开", "partly invoiced", "partially invoiced", "partial")
_NUMBER = re.compile(r"^(?:第\s*)?(\d{1,4})\s*(?:期|笔|次)?\s*[.、:：\-]?\s*(.*)$")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9, "十": 10}
_CN = re.compile(r"^第?([一二两三四五六七八九十])\s*(?:期|笔|次)\s*(.*)$")


def _key(text: object) -> str:
    s = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return " ".join(s.split())


_METHOD_OF = {_key(w): code for code, words in METHODS.items() for w in (code, *words)}
_INVOICED_OF = {**{_key(w): True for w in INVOICED_YES}, **{_key(w): False for w in INVOICED_NO}}
_PART = frozenset(_key(w) for w in INVOICED_PART)


def parse_instalment(value: Any, max_len: int = 60) -> Parsed:
    """``(seq or None, label or None)``: ``第1期`` → (1, None), ``2 预付`` → (2, "预付"),
    ``第三期`` → (3, None), ``质保金`` → (None, "质保金"); empty → None.
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool):
        raise CellError(M.NOT_INSTALMENT, value=clean_str(value))
    if isinstance(value, int):
        if not 1 <= value <= 9999:
            raise CellError(M.NOT_INSTALMENT, value=clean_str(value))
        return (value, None), None
    text = unicodedata.normalize("NFKC", clean_str(value)).strip()
    if not text:
        return None, None
    if len(text) > max_len:
        raise CellError(M.TOO_LONG, length=len(text), limit=max_len)
    m = _NUMBER.match(text)
    if m and int(m.group(1)) >= 1:
        return (int(m.group(1)), m.group(2).strip()[:50] or None), None
    m = _CN.match(text)
    if m:
        return (_CN_DIGITS[m.group(1)], m.group(2).strip()[:50] or None), None
    if text[0].isdigit():
        raise CellError(M.NOT_INSTALMENT, value=text)
    return (None, text[:50]), None


def parse_pay_method(value: Any) -> Parsed:
    """A payment method key (``bank`` …) from its Chinese or English name; empty → None."""
    text = _key(clean_str(value))
    if not text:
        return None, None
    if text in _METHOD_OF:
        return _METHOD_OF[text], None
    raise CellError(M.NOT_PAY_METHOD, value=clean_str(value))


def parse_invoiced(value: Any) -> Parsed:
    """True (已开票), False (未开票, and 部分开票 with a note); empty → None."""
    if isinstance(value, bool):
        return value, None
    text = _key(clean_str(value))
    if not text:
        return None, None
    if text in _INVOICED_OF:
        return _INVOICED_OF[text], None
    if text in _PART:
        return False, msg(M.PARTLY_INVOICED)
    raise CellError(M.NOT_INVOICED, value=clean_str(value))
