"""Every refusal the catalogue and deal-line services raise is listed for translation and reads
in Chinese with its values (read from the source: a new ``raise`` without one fails here)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from gui.common.error_texts import translate_template
from gui.common.i18n import install_translators
from gui.products import error_texts
from services.products import rules
from tests.refusal_scan import ROOT, scan, service_files

FILES = [*service_files("products"),
         ROOT / "services" / "pipeline" / "deal_lines.py"]
CJK = re.compile(r"[\u4e00-\u9fff]")


def raised() -> set[str]:
    found = scan(FILES, ("ValidationError", "ProductNotFound"))
    assert not found.formatted, found.formatted  # the others name a table's template
    for table in (rules.TOO_LONG, rules.NEGATIVE, rules.OUT_OF_RANGE):
        found.found |= set(table.values())
    return found.found | {rules.NOT_NUMBER}


@pytest.fixture
def zh(qapp):
    install_translators(QApplication.instance(), "zh_CN")
    yield
    install_translators(QApplication.instance(), "en")


def test_every_refusal_is_listed() -> None:
    assert raised() - set(error_texts.TEMPLATES) == set()


def test_every_refusal_reads_in_chinese(zh) -> None:
    params = {"limit": "200", "value": "abc", "code": "GW-1", "name": "智能网关", "line": "硬件"}
    for template in error_texts.TEMPLATES:
        text = translate_template(template, params)
        assert CJK.search(text), template
        for name in re.findall(r"\{(\w+)\}", template):
            assert params[name] in text, template
