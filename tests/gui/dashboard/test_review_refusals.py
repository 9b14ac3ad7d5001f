"""Every refusal the review services raise is listed for translation and reads in Chinese
with its values (read from the source: a new ``raise`` without one fails here)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from gui.common.error_texts import translate_template
from gui.common.i18n import install_translators
from gui.dashboard import review_error_texts
from tests.refusal_scan import scan, service_files

CJK = re.compile(r"[\u4e00-\u9fff]")
PARAMS = {"limit": "20,000", "period": "2026-Q3", "grain": "month", "name": "复盘.docx"}


@pytest.fixture
def zh(qapp):
    install_translators(QApplication.instance(), "zh_CN")
    yield
    install_translators(QApplication.instance(), "en")


def test_every_refusal_is_listed() -> None:
    found = scan(service_files("reviews"), ("ReviewError",))
    assert not found.formatted and not found.other, (found.formatted, found.other)
    assert found.found == set(review_error_texts.TEMPLATES)


def test_every_refusal_reads_in_chinese(zh) -> None:
    for template in review_error_texts.TEMPLATES:
        text = translate_template(template, PARAMS)
        assert CJK.search(text), template
        for name in re.findall(r"\{(\w+)\}", template):
            assert PARAMS[name] in text, template
