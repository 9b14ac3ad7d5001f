"""Every refusal the org services can raise is listed for translation and reads in Chinese.

Read from the source of services/org/units.py, people_edit.py and lookup.py, so a new ``raise``
without a translation fails here.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from gui.common import error_texts as common
from gui.common.i18n import install_translators
from gui.org import error_texts as org_texts
from services.org import people_edit
from tests.refusal_scan import ROOT, scan

FILES = ("units.py", "people_edit.py", "lookup.py")
CJK = re.compile(r"[\u4e00-\u9fff]")
FIELD = re.compile(r"\{(\w+)\}")


def raised() -> tuple[set[str], list[str]]:
    found = scan([ROOT / "services" / "org" / name for name in FILES], {"ValidationError"})
    return found.found | set(people_edit._TOO_LONG.values()), found.formatted


@pytest.fixture
def zh(qapp):
    app = QApplication.instance()
    install_translators(app, "zh_CN")
    yield
    install_translators(app, "en")


def test_every_org_refusal_is_a_listed_template() -> None:
    found, formatted = raised()
    assert formatted == []
    assert found - set(org_texts.TEMPLATES) == set()


def test_every_org_refusal_reads_in_chinese_with_its_values(zh) -> None:
    for template in sorted(raised()[0]):
        params = {f: "X" for f in FIELD.findall(template)}
        text = common.translate_template(template, params)
        assert CJK.search(text) and text != template.format(**params), template
