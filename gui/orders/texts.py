"""The Orders page's words for stored codes: contract status, payment method, aging bucket.

Kept as English source texts in context ``OrdersText`` and translated when shown, so a language
switch rewords them (the Chinese ones are the terms of the domain guide: 已签订, 银行转账, 未到期…).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS = {
    "signed": str(QT_TRANSLATE_NOOP("OrdersText", "Signed")),
    "cancelled": str(QT_TRANSLATE_NOOP("OrdersText", "Cancelled")),
}
METHODS = {
    "bank": str(QT_TRANSLATE_NOOP("OrdersText", "Bank transfer")),
    "acceptance": str(QT_TRANSLATE_NOOP("OrdersText", "Bank acceptance bill")),
    "cash": str(QT_TRANSLATE_NOOP("OrdersText", "Cash")),
    "wechat": str(QT_TRANSLATE_NOOP("OrdersText", "WeChat Pay")),
    "alipay": str(QT_TRANSLATE_NOOP("OrdersText", "Alipay")),
}
BUCKETS = {
    "current": str(QT_TRANSLATE_NOOP("OrdersText", "Not yet due")),
    "1-30": str(QT_TRANSLATE_NOOP("OrdersText", "1–30 days")),
    "31-60": str(QT_TRANSLATE_NOOP("OrdersText", "31–60 days")),
    "61-90": str(QT_TRANSLATE_NOOP("OrdersText", "61–90 days")),
    "90+": str(QT_TRANSLATE_NOOP("OrdersText", ">90 days")),
}
TEMPLATES = {
    "30-60-10": str(QT_TRANSLATE_NOOP("OrdersText",
                                      "Advance 30% / on delivery 60% / retention 10%")),
    "50-50": str(QT_TRANSLATE_NOOP("OrdersText", "Advance 50% / on acceptance 50%")),
    "100": str(QT_TRANSLATE_NOOP("OrdersText", "In full")),
}


def word(table: dict[str, str], code: str | None) -> str:
    """The current language's word for ``code`` in ``table`` (the code itself if unknown)."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate("OrdersText", source) if source else code
