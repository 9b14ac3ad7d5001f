"""Every refusal the after-sales services raise is listed for translation and reads in Chinese
with its values (read from the source: a new ``raise`` without one fails here); the ticket
words and the Today group read in Chinese too."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from gui.aftersales import error_texts, labels
from gui.common.error_texts import translate_template
from gui.common.i18n import install_translators
from gui.today.kinds import kind_label
from tests.refusal_scan import scan, service_files

FILES = service_files("aftersales")
CJK = re.compile(r"[\u4e00-\u9fff]")
RAISED = ("ValidationError", "TicketNotFound", "FeedbackNotFound")
PARAMS = {"limit": "200", "key": "颜色", "value": "喷漆", "number": "GD-2026-0001",
          "name": "华东电子"}


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


def test_statuses_types_priorities_and_the_today_group_in_chinese(zh) -> None:
    assert [labels.status_label(c) for c in labels.STATUS] == ["待处理", "处理中", "已解决",
                                                               "已关闭"]
    assert [labels.type_label(c) for c in labels.TYPE] == ["安装", "维修", "退换货", "咨询",
                                                           "投诉"]
    assert [labels.priority_label(c) for c in labels.PRIORITY] == ["低", "中", "高", "紧急"]
    assert kind_label("ticket_due") == "服务工单到期"
