"""Every refusal of the incentives services is listed for translation and reads in Chinese with
its values (read from the source: a new ``raise`` without one fails here); so does every payout
line explanation and fraud-signal sentence; the editor's words for rule kinds, fields and
choices read in Chinese too."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from gui.common.error_texts import translate_template
from gui.common.i18n import install_translators
from gui.incentives import error_texts, line_texts
from gui.incentives import texts as T
from services.incentives import fraud, run_lines, workbook
from services.incentives.doc import METRICS, RULE_TYPES, SchemeError
from services.incentives.rules import bonuses, commission, scorecard
from tests.refusal_scan import ROOT, scan, service_files

FILES = [*service_files("incentives"), *sorted((ROOT / "services" / "incentives" / "rules")
                                               .glob("*.py"))]
RAISERS = ("SchemeError", "ValidationError", "RunError", "CreditSplitError", "ExportError",
           "SailplanError", "NoPayoutRun", "ModellingError", "ModellingCancelled")
CJK = re.compile(r"[\u4e00-\u9fff]")
FIELD = re.compile(r"\{(\w+)\}")
PARAMS = {name: f"«{name}»" for name in (
    "actual amount attainment band base before bonus breakdown cap closed coefficient computed "
    "contract count created customer customers date day days deal detail field file formula "
    "gate kind left_out limit locked max metric min_contract name novice now number paid parts "
    "period person place places previous reason recorded refund refunds result rise rule run "
    "score share target threshold tied tier title total unit unit_a unit_b value value_a "
    "value_b version year").split()}


def raised() -> set[str]:
    found = scan(FILES, RAISERS)
    assert not found.formatted, found.formatted
    return found.found | set(fraud.ERRORS) | set(workbook.ERRORS)


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
        for name in FIELD.findall(template):
            assert PARAMS[name] in text, template


def test_every_line_and_signal_sentence_is_listed_and_reads_in_chinese(zh) -> None:
    assert set(line_texts.LINES) == {*commission.TEMPLATES, *bonuses.TEMPLATES,
                                     *scorecard.TEMPLATES, *run_lines.TEMPLATES}
    assert set(line_texts.SIGNALS) == set(fraud.TEMPLATES)
    for context, templates in (("PayoutLines", line_texts.LINES),
                               ("FraudSignals", line_texts.SIGNALS)):
        for template in templates:
            text = QCoreApplication.translate(context, template)
            assert CJK.search(text), template
            assert sorted(FIELD.findall(text)) == sorted(FIELD.findall(template)), template


def test_every_kind_field_and_metric_has_a_chinese_word(zh) -> None:
    assert list(T.KINDS) == list(RULE_TYPES)
    assert set(T.METRICS) == set(METRICS)
    from dataclasses import fields

    names = {f.name for kind in RULE_TYPES.values() for f in fields(kind)}
    assert names - {"kind", "id"} <= set(T.FIELDS)
    words = [T.kind_label(k) for k in T.KINDS] + [T.field_label(n) for n in T.FIELDS] + [
        T.label(T.METRICS, m) for m in T.METRICS] + [
        T.choice_label(f, c) for f, table in T.CHOICES.items() for c in table]
    assert all(CJK.search(w) or w.isascii() and w.strip() in ("Id",) for w in words), [
        w for w in words if not CJK.search(w)]
    assert T.kind_label("ranking") == "排名奖" and T.menu_label("ranking").startswith("排名奖（")


def test_a_refusal_names_the_rule_and_field_as_the_editor_shows_them(zh) -> None:
    rules: list[dict[str, object]] = [{"id": "c1", "kind": "commission", "title": "回款提成"},
                                      {"id": "r1", "kind": "ranking", "title": ""}]
    exc = SchemeError("rule {rule}: {field} cannot be negative", rule="r1", field="prizes")
    assert T.scheme_error_text(exc, rules) == "规则 2「排名奖」：奖金 不能为负数"
    install_translators(QApplication.instance(), "en")
    exc = SchemeError("rule {rule}: {field} must be a number", rule="c1",
                      field="product_factors.硬件")
    assert T.scheme_error_text(exc, rules) == (
        "Rule 1 “回款提成”: Product-line factors 硬件 must be a number")
