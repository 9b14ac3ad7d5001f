"""Settings ▸ Accounts on a real file: a personal file is switched to team mode from the
window (the one who switched is signed in as the owner), then the owner gives a person an
account, resets its password and disables it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from gui.settings.settings_page import SettingsPage
from gui.team.account_dialog import AccountDialog
from gui.team.accounts_section import AccountsSection
from gui.team.team_init_dialog import TeamInitDialog
from services.team.accounts import find_account
from services.team.mode import team_mode
from services.team.signin import sign_in
from tests.gui.shell_fixtures import (  # noqa: F401 - autouse
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,
)
from tests.unit.team.team_fixtures import make_team

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
ACCOUNTS = "gui.team.accounts_section:AccountsSection"


def _when_modal(kind: type, fill: Callable[[QDialog], None], seen: list[str]) -> None:
    """Fill the next modal dialog of ``kind`` once it is up (it runs its own event loop)."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            try:
                fill(dialog)
            except Exception as exc:  # noqa: BLE001 - reported by the test
                seen.append(repr(exc))
                dialog.reject()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def _section(window) -> AccountsSection:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    section = page.show_section(ACCOUNTS)
    assert isinstance(section, AccountsSection)
    return section


def test_switch_to_team_mode_then_manage_accounts(qtbot, store):
    team = make_team(store)
    window = make_window(qtbot, store)
    section = _section(window)
    assert section.switch_button.isVisible() and not section.table.isVisible()
    assert section.mode_text.text().startswith("This database is personal")
    problems: list[str] = []

    def first_owner(dialog: QDialog) -> None:
        assert isinstance(dialog, TeamInitDialog)
        assert dialog.person.currentText() == "王总"  # only the owner can be the first
        dialog.user.setText("wang")
        dialog.password.setText("secret-pass1")
        dialog.repeat.setText("secret-pass2")
        dialog.ok.click()  # the passwords differ: said in the dialog, which stays
        assert dialog.message.text() == "The two passwords differ."
        dialog.repeat.setText("secret-pass1")
        dialog.ok.click()

    _when_modal(TeamInitDialog, first_owner, problems)
    info_boxes: list[str] = []

    def close_info() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and not isinstance(box, TeamInitDialog):
            info_boxes.append(box.windowTitle())
            box.close()
        else:
            QTimer.singleShot(20, close_info)

    QTimer.singleShot(0, close_info)
    section.switch_button.click()
    assert not problems, problems
    assert info_boxes == ["Team Mode"]
    assert team_mode(store)
    assert window.ctx.account is not None and window.ctx.account.user_name == "wang"
    assert window.ctx.current_person_id == team.owner
    assert window.status.person_label.text() == "Signed in: wang (王总)"
    assert not section.switch_button.isVisible() and section.table.isVisible()
    assert section.mode_text.text() == ("Team mode: everyone signs in. Signed in as wang "
                                        "(王总, Owner / administrator).")

    def new_account(dialog: QDialog) -> None:
        assert isinstance(dialog, AccountDialog)
        names = [dialog.person.itemText(i) for i in range(dialog.person.count())]
        assert names == ["李经理 · Sales manager", "张三 · Sales rep"]
        dialog.person.setCurrentIndex(1)
        dialog.user.setText("WANG")  # taken, whatever the case: said, and the dialog stays
        dialog.password.setText("rep-pass-1")
        dialog.repeat.setText("rep-pass-1")
        dialog.accept()
        QTimer.singleShot(0, lambda: fix(dialog))

    def fix(dialog: QDialog) -> None:
        assert isinstance(dialog, AccountDialog)
        assert dialog.message.text() == "the user name “WANG” is taken"
        dialog.user.setText("zhangsan")
        dialog.password.setText("rep-pass-1")
        dialog.repeat.setText("rep-pass-1")
        dialog.accept()

    _when_modal(AccountDialog, new_account, problems)
    section.add_button.click()
    assert not problems, problems
    rows = [[section.model.index(r, c).data() for c in range(4)]
            for r in range(section.model.rowCount())]
    assert rows == [["wang", "王总", "Owner / administrator", "Active"],
                    ["zhangsan", "张三", "Sales rep", "Active"]]
    assert section.selected() is not None and section.selected().user_name == "zhangsan"

    def new_password(dialog: QDialog) -> None:
        assert isinstance(dialog, AccountDialog)
        assert dialog.windowTitle() == "Reset Password of zhangsan"
        dialog.password.setText("new-pass-22")
        dialog.repeat.setText("new-pass-22")
        dialog.accept()

    _when_modal(AccountDialog, new_password, problems)
    section.reset_button.click()
    assert not problems, problems
    assert sign_in(store, "zhangsan", "new-pass-22").value.person_id == team.rep

    section.disable_button.click()
    assert section.model.index(1, 3).data() == "Disabled"
    assert find_account(store, "zhangsan").disabled
    assert section.enable_button.isEnabled() and not section.disable_button.isEnabled()
