"""Every refusal of the team services (accounts, sign-in, team mode) is listed for translation
and reads in Chinese."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from gui.common.error_texts import error_text
from gui.common.i18n import install_translators
from gui.team import error_texts
from services.core.errors import ValidationError
from tests.refusal_scan import scan, service_files

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_refusal_is_listed_and_reads_in_chinese(qapp) -> None:
    found = scan(service_files("team"), {"ValidationError", "SignInError", "OutOfScopeError"})
    assert not found.formatted and not found.other
    assert found.found == set(error_texts.TEMPLATES)
    install_translators(QApplication.instance(), "zh_CN")
    try:
        for template in error_texts.TEMPLATES:
            text = error_text(ValidationError(template, name="wang", user="wang", person="王总",
                                              limit=64, count=8, seconds=2, minutes=5))
            assert CJK.search(text), template
            assert "{" not in text
    finally:
        install_translators(QApplication.instance(), "en")
