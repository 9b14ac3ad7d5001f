"""Every refusal of the first-run services is listed for translation and reads in Chinese."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from gui.common.error_texts import error_text
from gui.common.i18n import install_translators
from gui.firstrun import error_texts
from services.core.errors import ValidationError
from tests.refusal_scan import scan, service_files

CJK = re.compile(r"[\u4e00-\u9fff]")


def _raised() -> set[str]:
    return scan(service_files("firstrun"), {"ValidationError"}).found


def test_every_refusal_is_listed_and_reads_in_chinese(qapp) -> None:
    assert _raised() == set(error_texts.TEMPLATES)
    install_translators(QApplication.instance(), "zh_CN")
    try:
        for template in error_texts.TEMPLATES:
            text = error_text(ValidationError(template, role="chef", name="张总"))
            assert CJK.search(text), template
            assert "{" not in text
    finally:
        install_translators(QApplication.instance(), "en")
