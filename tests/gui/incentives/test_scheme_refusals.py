"""Every refusal of the scheme document and the schemes service is listed for translation and
reads in Chinese with its values (read from the source: a new ``raise`` without one fails
here); the editor's words for rule kinds, fields and choices read in Chinese too."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gui.common.error_texts import translate_template
from gui.common.i18n import install_translators
from gui.incentives import error_texts
from gui.incentives import texts as T
from services.incentives.doc import METRICS, RULE_TYPES, SchemeError

ROOT = Path(__file__).resolve().parents[3]
FILES = [ROOT / "services" / "incentives" / name for name in ("doc.py", "schemes.py")]
CJK = re.compile(r"[\u4e00-\u9fff]")
PARAMS = {"rule": "commission-1", "field": "gate_pct", "value": "abc", "detail": "x",
          "name": "华东方案", "limit": "200", "number": "2"}


def raised() -> set[str]:
    found: set[str] = set()
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and getattr(
                    node.func, "id", "") == "SchemeError":
                first = node.args[0]
                assert isinstance(first, ast.Constant), path
                found.add(first.value)
    return found


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
