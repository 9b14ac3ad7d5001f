"""Every refusal the orders and cash services raise is listed for translation and reads in
Chinese with its values — in the window and on the command line (read from the source: a new
``raise`` without one fails here)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from gui.common.error_texts import translate_template
from gui.common.i18n import install_translators
from gui.orders import error_texts
from services.cli import _i18n
from services.core.errors import ValidationError
from tests.refusal_scan import scan, service_files

FILES = service_files("orders")
CJK = re.compile(r"[\u4e00-\u9fff]")
RAISED = ("ValidationError", "ContractNotFound", "InstalmentNotFound", "PaymentNotFound",
          "ExportError", "CreditLimitExceeded")
PARAMS = {"limit": "50", "number": "HT-2026-0001", "file": "应收.pdf", "value": "支票",
          "paid": "1,200.00", "key": "40-60", "sum": "90", "amount": "1,000.00",
          "customer": "华东电气", "open": "350.00", "exposure": "1,350.00", "terms": "发票类型",
          "name": "付款条款", "person": "张三", "date": "2026-03-01",
          "start": "2026-04-01", "end": "2026-03-01", "max": "365"}


def raised() -> set[str]:
    found = scan(FILES, RAISED)
    assert not found.formatted and not found.other, (found.formatted, found.other)
    return found.found


@pytest.fixture
def zh(qapp):
    install_translators(QApplication.instance(), "zh_CN")
    yield
    install_translators(QApplication.instance(), "en")


def test_every_refusal_is_listed() -> None:
    assert raised() == set(error_texts.TEMPLATES)


def test_every_refusal_reads_in_chinese(zh) -> None:
    for template in error_texts.TEMPLATES:
        text = translate_template(template, PARAMS)
        assert CJK.search(text), template
        for name in re.findall(r"\{(\w+)\}", template):
            assert PARAMS[name] in text, template


def test_the_command_line_words_them_in_chinese_too() -> None:
    _i18n.use_language("zh_CN")
    try:
        exc = ValidationError("The refund is more than the customer has paid ({paid}).",
                              paid="1,200.00")
        assert _i18n.error_text(exc) == "退款金额超过了客户已付金额（1,200.00）。"
    finally:
        _i18n.use_language("en")
