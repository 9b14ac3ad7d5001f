"""Settings ▸ Incentives (激励设置): the fraud-signal thresholds as a user sets them — the
defaults shown (¥100,000, 3 days), an amount typed as 20万, days changed, each one undo step;
text that is not an amount explained and put back; Restore defaults.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.incentives.settings_section import IncentiveSettingsSection
from services.incentives.fraud import FraudSettings, fraud_settings
from tests.gui.pipeline_fixtures import make_context

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def section(qtbot, store):
    s = IncentiveSettingsSection(make_context(store))
    qtbot.addWidget(s)
    qtbot.waitUntil(lambda: not s.is_loading())
    return s


def _type(section, text: str) -> None:
    section.amount.setText(text)
    section.amount.setModified(True)
    section.amount.editingFinished.emit()


def _shown(qtbot, section, amount: str, days: int) -> None:
    qtbot.waitUntil(lambda: not section.is_loading()
                    and (section.amount.text(), section.days.value()) == (amount, days))


@pytest.mark.parametrize(("typed", "saved", "shown"), [
    ("20万", Decimal("200000.00"), "200,000"),
    ("¥150,000", Decimal("150000.00"), "150,000"),
    ("0", Decimal("0.00"), "0"),  # every same-day win is listed
    ("88888.5", Decimal("88888.50"), "88,888.50"),
])
def test_an_amount_typed_is_saved_as_one_undo_step(qtbot, store, section, typed, saved, shown):
    assert (section.amount.text(), section.days.value()) == ("100,000", 3)  # the defaults
    assert not section.defaults_button.isEnabled()
    _type(section, typed)
    stack = section.ctx.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == f"Signal same-day wins from ¥{shown}"
    assert fraud_settings(store) == FraudSettings(saved, 3)
    _shown(qtbot, section, shown, 3)
    assert section.defaults_button.isEnabled()
    stack.undo()
    assert fraud_settings(store) == FraudSettings()
    _shown(qtbot, section, "100,000", 3)


def test_the_same_amount_again_is_no_step(section):
    _type(section, "10万")  # the default, typed differently
    assert section.ctx.undo_stack.count() == 0
    assert section.amount.text() == "100,000"


def test_text_that_is_not_an_amount_is_explained_and_put_back(qtbot, store, section,
                                                              monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": errors.append(text)))
    _type(section, "很多")
    assert len(errors) == 1 and errors[0]
    assert section.amount.text() == "100,000"
    _type(section, "-5")
    assert len(errors) == 2
    assert section.ctx.undo_stack.count() == 0
    assert fraud_settings(store) == FraudSettings()


def test_days_then_restore_defaults(qtbot, store, section):
    section.days.setValue(7)
    section.days.editingFinished.emit()
    stack = section.ctx.undo_stack
    assert stack.undoText() == "Signal close dates more than 7 days before the win"
    _type(section, "5万")
    assert fraud_settings(store) == FraudSettings(Decimal("50000.00"), 7)  # days kept
    _shown(qtbot, section, "50,000", 7)
    section.defaults_button.click()
    assert stack.count() == 3 and stack.undoText() == "Restore the fraud-signal defaults"
    assert fraud_settings(store) == FraudSettings()
    _shown(qtbot, section, "100,000", 3)
    assert not section.defaults_button.isEnabled()
    stack.undo()
    _shown(qtbot, section, "50,000", 7)


def test_the_section_reads_in_chinese(qtbot, store):
    install_translators(QApplication.instance(), "zh_CN")
    try:
        assert IncentiveSettingsSection.title() == "激励设置"
        s = IncentiveSettingsSection(make_context(store))
        qtbot.addWidget(s)
        qtbot.waitUntil(lambda: not s.is_loading())
        assert s.days.suffix() == " 天"
        s.days.setValue(5)
        s.days.editingFinished.emit()
        assert s.ctx.undo_stack.undoText() == "成交日期回溯提示设为超过 5 天"
    finally:
        install_translators(QApplication.instance(), "en")
