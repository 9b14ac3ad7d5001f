"""Every refusal the target and plan services (and the amount parser) can raise reads in Chinese.

The services raise English templates (``services.core.errors``); the GUI lists them for the
translation tools (``gui/<feature>/error_texts.py``) and shows them through
``gui.common.error_texts.error_text``. Read from the source, so a new ``raise`` without a
translation fails here.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from gui.common import error_texts as common
from gui.common.i18n import install_translators
from gui.plans import error_texts as plan_texts
from gui.targets import error_texts as target_texts
from services.core.amounts import AmountError, read_amount
from services.targets import cascade, lifecycle
from tests.refusal_scan import ROOT, scan, service_files

ERRORS = {"TargetError", "PlanError", "FunnelError", "ValidationError", "SplitError",
          "AmountError", "FollowError"}
CJK = re.compile(r"[\u4e00-\u9fff]")
FIELD = re.compile(r"\{(\w+)\}")


def raised_templates() -> tuple[set[str], list[str]]:
    """Constant templates raised under services/targets, services/plans and core/amounts, and
    the places that build one from an f-string (which cannot be translated).
    """
    found = scan([*service_files("targets", "plans"), ROOT / "services" / "core" / "amounts.py"],
                 ERRORS)
    templates = set(found.found)
    for table in (cascade.PUBLISHED_REFUSALS, lifecycle.ALREADY_DECIDED, lifecycle.NOW_DECIDED):
        templates |= set(table.values())
    from services.core import amounts

    templates |= set(amounts.TEMPLATES)
    return templates, found.formatted


@pytest.fixture
def zh(qapp):
    app = QApplication.instance()
    install_translators(app, "zh_CN")
    yield
    install_translators(app, "en")


def test_services_raise_templates_not_formatted_strings() -> None:
    _found, formatted = raised_templates()
    assert formatted == []


def test_every_refusal_is_listed_for_translation() -> None:
    found, _formatted = raised_templates()
    listed = set(common.TEMPLATES) | set(target_texts.TEMPLATES) | set(plan_texts.TEMPLATES)
    assert found - listed == set()


def test_every_refusal_reads_in_chinese_with_its_values(zh) -> None:
    found, _formatted = raised_templates()
    for template in sorted(found):
        params = {f: "X" for f in FIELD.findall(template)}
        text = common.translate_template(template, params)
        assert CJK.search(text) and text != template.format(**params), template
        assert sorted(FIELD.findall(common.translate_template(template))) == sorted(params)


def test_a_refused_amount_reads_in_chinese(zh) -> None:
    with pytest.raises(AmountError) as err:
        read_amount("三百万")
    assert common.error_text(err.value) == "“三百万”不是金额（可写作 1200、¥1,200.00、1.2万）。"
