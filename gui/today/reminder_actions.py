"""What Today does with the selected reminders: done, snooze, log a follow-up, won, lost, open
(and open the review an action item or adjustment request was decided in).

Each action is one undo step through the one change path: the calls go to the feature that owns
the item (a customer's booked follow-up: :mod:`services.customers.followup_actions`; a plan
checkpoint: :mod:`services.plans.timeline`; a deal: :mod:`services.pipeline.deals` — snoozing
moves its expected close date — and :mod:`services.pipeline.followups`), pushed with
:func:`~gui.common.undo.push_op` — or :func:`~gui.common.undo.push_macro` when the selection
spans features — under a
:class:`~gui.common.lazy_text.LazyText` label. A reminder offers only the actions its provider
named in ``Reminder.actions``; opening is always possible.

Keys (on the Today page): Ctrl+D done, Ctrl+T snooze until tomorrow, Ctrl+Shift+T snooze a week,
Ctrl+L log a follow-up, Enter or double-click open. Won and lost (a deal) ask what the board asks
(:mod:`gui.today.deal_actions`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from gui.common.formatting import day
from gui.common.lazy_text import LazyText
from gui.common.undo import push_macro, push_op
from gui.today.snooze_dialog import SnoozeDialog
from models.enums import StageKind
from services.core.changes import Call, call
from services.today.reminders import (
    ACTION_DONE,
    ACTION_LOG,
    ACTION_LOST,
    ACTION_SNOOZE,
    ACTION_WON,
    Reminder,
)

if TYPE_CHECKING:
    from gui.today.today_page import TodayPage



def _done_calls(items: Sequence[Reminder], today: date) -> list[Call]:
    from services.customers.followup_actions import complete_followups
    from services.plans.timeline import mark_done

    calls: list[Call] = []
    customers = [r.item_id for r in items if r.item_kind == "customer"]
    if customers:
        calls.append(call(complete_followups, customers, today))
    calls += [call(mark_done, r.item_id, today) for r in items if r.item_kind == "plan"]
    return calls


def _snooze_calls(items: Sequence[Reminder], until: date, today: date) -> list[Call]:
    from services.customers.followup_actions import snooze_followups
    from services.pipeline.deals import set_expected_close
    from services.plans.timeline import update_checkpoint

    calls: list[Call] = []
    customers = [r.item_id for r in items if r.item_kind == "customer"]
    if customers:
        calls.append(call(snooze_followups, customers, until, today))
    deals = [r.item_id for r in items if r.item_kind == "deal"]
    if deals:
        calls.append(call(set_expected_close, deals, until))
    calls += [call(update_checkpoint, r.item_id, due_on=until)
              for r in items if r.item_kind == "plan"]
    return calls


class ReminderActions(QObject):
    """The Today page's actions (toolbar, context menu, keys) over its selection."""

    def __init__(self, page: TodayPage):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.done = self._action(self.tr("Done"), self.mark_done, "Ctrl+D",
                                 self.tr("Mark the booked follow-up or checkpoint done"))
        self.tomorrow = self._action(self.tr("Until tomorrow"), self.snooze_tomorrow, "Ctrl+T")
        self.week = self._action(self.tr("For a week"), self.snooze_week, "Ctrl+Shift+T")
        self.pick = self._action(self.tr("Pick a date…"), self.snooze_pick)
        self.log = self._action(self.tr("Log follow-up…"), self.log_followup, "Ctrl+L",
                                self.tr("Write what happened; the booked follow-up is done"))
        self.won = self._action(self.tr("Won…"), self.mark_won, None,
                                self.tr("Mark the deal won (asks the amount and date)"))
        self.lost = self._action(self.tr("Lost…"), self.mark_lost, None,
                                 self.tr("Mark the deal lost (asks the reason)"))
        self.open = self._action(self.tr("Open"), self.open_current, None,
                                 self.tr("Show the customer, deal, plan or request (Enter)"))
        self.open_review = self._action(
            self.tr("Open review"), self.open_origin, None,
            self.tr("Show the review the action or request was decided in"))
        self.snooze_menu = QMenu(self.tr("Snooze"), page)
        for act in (self.tomorrow, self.week, self.pick):
            self.snooze_menu.addAction(act)
        self.snooze_menu.aboutToShow.connect(self._word_snooze_dates)

    def _action(self, text: str, slot: Callable[[], Any], shortcut: str | None = None,
                tip: str = "") -> QAction:
        act = QAction(text, self.page)
        act.triggered.connect(slot)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip = f"{tip} ({shortcut})" if tip else shortcut
        if tip:
            act.setToolTip(tip)
        self.page.addAction(act)
        return act

    def _word_snooze_dates(self) -> None:
        today = self.page.today()
        self.tomorrow.setText(self.tr("Until tomorrow (%1)").replace(
            "%1", day(today + timedelta(days=1))))
        self.week.setText(self.tr("For a week (%1)").replace(
            "%1", day(today + timedelta(days=7))))

    def context_menu(self) -> QMenu:
        """The menu of the reminder rows (built each time: it follows the selection)."""
        menu = QMenu(self.page)
        menu.addAction(self.open)
        if self.open_review.isEnabled():
            menu.addAction(self.open_review)
        menu.addSeparator()
        menu.addAction(self.done)
        menu.addMenu(self.snooze_menu)
        menu.addAction(self.log)
        if self.won.isEnabled() or self.lost.isEnabled():
            menu.addSeparator()
            menu.addAction(self.won)
            menu.addAction(self.lost)
        return menu

    # --- enabling ------------------------------------------------------------------------------
    def update_enabled(self) -> None:
        """Each action needs a selected reminder that offers it."""
        chosen = self.page.selected_reminders()
        self.done.setEnabled(any(ACTION_DONE in r.actions for r in chosen))
        can_snooze = any(ACTION_SNOOZE in r.actions for r in chosen)
        for act in (self.tomorrow, self.week, self.pick):
            act.setEnabled(can_snooze)
        self.snooze_menu.setEnabled(can_snooze)
        button = getattr(self.page, "snooze_button", None)  # the menu's button follows it
        if button is not None:
            button.setEnabled(can_snooze)
        self.log.setEnabled(len(chosen) == 1 and ACTION_LOG in chosen[0].actions)
        self.won.setEnabled(any(ACTION_WON in r.actions for r in chosen))
        self.lost.setEnabled(any(ACTION_LOST in r.actions for r in chosen))
        self.open.setEnabled(len(chosen) == 1)
        self.open_review.setEnabled(len(chosen) == 1 and chosen[0].origin is not None)

    # --- the actions ---------------------------------------------------------------------------
    def mark_done(self) -> None:
        """Mark the selected booked follow-ups and checkpoints done (one undo step)."""
        items = [r for r in self.page.selected_reminders() if ACTION_DONE in r.actions]
        if not items:
            return
        if len(items) == 1:
            label = LazyText.translate("ReminderActions", "Done: %1").arg(items[0].title)
        else:
            label = LazyText.translate("ReminderActions", "Mark %n reminders done").plural(
                len(items))
        self._push(label, _done_calls(items, self.page.today()), items)

    def snooze_tomorrow(self) -> None:
        """Snooze the selection until tomorrow."""
        self.snooze(self.page.today() + timedelta(days=1))

    def snooze_week(self) -> None:
        """Snooze the selection for seven days."""
        self.snooze(self.page.today() + timedelta(days=7))

    def snooze_pick(self) -> None:
        """Snooze the selection until a day picked in a calendar."""
        today = self.page.today()
        until = SnoozeDialog.ask(self.page, today + timedelta(days=1), today + timedelta(days=1))
        if until is not None:
            self.snooze(until)

    def snooze(self, until: date) -> None:
        """Move the selected reminders' dates to ``until`` (one undo step)."""
        items = [r for r in self.page.selected_reminders() if ACTION_SNOOZE in r.actions]
        if not items:
            return
        if all(r.item_kind == "deal" for r in items):  # a deal's date is its expected close
            label = LazyText.translate("DealActions", "Set expected close of %n deal(s) to %1"
                                       ).plural(len(items)).arg(until.isoformat())
        elif len(items) == 1:
            label = LazyText.translate("ReminderActions", "Snooze %1 until %2").arg(
                items[0].title, day(until))
        else:
            label = LazyText.translate("ReminderActions", "Snooze %n reminders until %1").plural(
                len(items)).arg(day(until))
        self._push(label, _snooze_calls(items, until, self.page.today()), items)

    def log_followup(self) -> None:
        """Open the follow-up editor for the selected customer, the booked next step filled
        in; saving records the follow-up and marks the booked one done (one undo step).
        """
        chosen = self.page.selected_reminders()
        if len(chosen) != 1 or ACTION_LOG not in chosen[0].actions:
            return
        reminder = chosen[0]
        from gui.customers.followup_dialog import FollowUpDialog
        from services.org.people import list_people

        dialog = FollowUpDialog(reminder.title, None, self.page,
                                people=list_people(self.ctx.store),
                                person_id=self.ctx.current_person_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if reminder.note:
            dialog.content.setPlainText(reminder.note)
            dialog.content.selectAll()
        dialog.accepted.connect(lambda: self._save_followup(reminder, dialog))
        self.page.followup_editor = dialog
        dialog.open()
        dialog.content.setFocus()

    def _save_followup(self, reminder: Reminder, dialog: Any) -> None:
        """The follow-up settles the due booking itself (services.customers.booking); one on a
        deal is recorded on the deal and its customer, as the deal detail records it; one on a
        payment to collect (a contract) on the contract's customer.
        """
        from services.customers.edit import add_followup
        from services.orders.reminders import log_contract_followup
        from services.pipeline.followups import log_deal_followup

        values = dialog.values()
        values.setdefault("person_id", self.ctx.current_person_id)
        me = dialog.remember_me()
        if me is not None:  # "that is me on this computer", as the customer card does
            self.ctx.remember_person(me)
        label = LazyText.translate("ReminderActions", "Log follow-up: %1").arg(reminder.title)
        if reminder.item_kind == "deal":
            do = call(log_deal_followup, reminder.item_id, values)
        elif reminder.item_kind == "contract":  # a payment to collect: on its customer
            do = call(log_contract_followup, reminder.item_id, values, dialog.clear_next())
        else:
            do = call(add_followup, reminder.item_id, values, dialog.clear_next())
        self._push(label, [do], [reminder])

    def mark_won(self) -> None:
        """Mark the selected deals won (the amount and date asked as on the board)."""
        self._mark(ACTION_WON, StageKind.WON)

    def mark_lost(self) -> None:
        """Mark the selected deals lost (the reason asked as on the board)."""
        self._mark(ACTION_LOST, StageKind.LOST)

    def _mark(self, action: str, kind: str) -> None:
        items = [r for r in self.page.selected_reminders() if action in r.actions]
        if items and self.page.deal_actions.mark(items, kind):
            self.page.reminders_handled(items)

    def open_current(self) -> None:
        """Show the current reminder's customer, deal, plan item or adjustment request."""
        self.page.open_index(self.page.view.currentIndex())

    def open_origin(self) -> None:
        """Show the record the current reminder's item came from: the review (复盘) an action
        item was decided in (the main window routes ``open_requested``).
        """
        chosen = self.page.selected_reminders()
        if len(chosen) == 1 and chosen[0].origin is not None:
            self.ctx.events.open_requested.emit(*chosen[0].origin)

    def _push(self, label: LazyText, calls: list[Call], items: Sequence[Reminder]) -> None:
        if not calls:
            return
        c = self.ctx
        if len(calls) == 1:
            failed = push_op(c.undo_stack, c.store, c.events, label, calls[0],
                             initiator=self.page).failed is not None
        else:
            failed = len(push_macro(c.undo_stack, c.store, c.events, label, calls,
                                    initiator=self.page)) < len(calls)
        if not failed:  # the window reports a refusal; else the reminders are dealt with
            self.page.reminders_handled(items)
