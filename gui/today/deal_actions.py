"""Today's actions on deal reminders: open the deal, mark it won or lost, move it to a stage.

Opening shows the pipeline's deal detail window (:class:`~gui.pipeline.deal_detail_dialog.
DealDetailDialog`, one, reused) over Today, so working through a list of 停滞 deals never leaves
it. Won and lost ask what the board asks (the won amount and date, the lost reason: the
pipeline's own dialogs) and move the deals to their pipeline's won or lost stage with
:func:`services.pipeline.deals.move_deals` — one undo step, labelled as the board labels a move.
:meth:`TodayDealActions.request_move` is also what the detail window's stage box calls (it asks
its parent page's ``deal_actions``, as on the pipeline page).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from gui.common.lazy_text import LazyText
from gui.common.undo import push_macro, push_op
from models.enums import StageKind
from services.core.changes import Call, call
from services.today.reminders import Reminder

if TYPE_CHECKING:
    from gui.pipeline.deal_detail_dialog import DealDetailDialog
    from gui.today.today_page import TodayPage


class TodayDealActions(QObject):
    """Deal commands of the Today page (the page owns the list and its selection)."""

    def __init__(self, page: TodayPage) -> None:
        super().__init__(page)
        self.page = page
        self.detail: DealDetailDialog | None = None

    def open_detail(self, deal_id: str) -> None:
        """Show the deal detail window over Today."""
        from gui.pipeline.deal_detail_dialog import DealDetailDialog

        if self.detail is None:
            self.detail = DealDetailDialog(self.page.ctx, self.page)
        self.detail.present(deal_id)

    def mark(self, items: Sequence[Reminder], kind: str) -> bool:
        """Mark the deals of ``items`` won or lost (``kind`` a :class:`StageKind`), asking what
        the board asks first; True when done (False: cancelled or refused).
        """
        from services.pipeline.reminders import outcome_stages

        deals = outcome_stages(self.page.ctx.store, [r.item_id for r in items])
        targets = [(d, d.won_stage_id if kind == StageKind.WON else d.lost_stage_id,
                    d.won_stage_name if kind == StageKind.WON else d.lost_stage_name)
                   for d in deals]
        targets = [t for t in targets if t[1] is not None]
        if not targets:
            return False
        names = [d.name for d, _sid, _name in targets]
        amount = targets[0][0].amount if len(targets) == 1 else None
        answer = self._ask(kind, names, amount)
        if answer is None:
            return False
        by_stage: dict[str, tuple[str, list[str]]] = {}
        for d, sid, sname in targets:
            by_stage.setdefault(str(sid), (str(sname), []))[1].append(d.deal_id)
        return self._move(by_stage, answer)

    def request_move(self, ids: list[str], stage_id: str) -> None:
        """Move deals to a stage (the detail window's stage box); won/lost ask first."""
        from services.pipeline.deals import list_pipelines
        from services.pipeline.reminders import outcome_stages

        stage = next((s for p in list_pipelines(self.page.ctx.store) for s in p.stages
                      if s.id == stage_id), None)
        if stage is None or not ids:
            return
        deals = outcome_stages(self.page.ctx.store, ids)
        answer: tuple[Decimal | None, date | None, str | None] | None = (None, None, None)
        if stage.kind != StageKind.OPEN:
            answer = self._ask(stage.kind, [d.name for d in deals],
                               deals[0].amount if len(deals) == 1 else None)
        if answer is not None:
            self._move({stage_id: (stage.name, [d.deal_id for d in deals])}, answer)

    def _ask(self, kind: str, names: list[str], amount: Decimal | None
             ) -> tuple[Decimal | None, date | None, str | None] | None:
        """(won amount, closed on, lost reason) as the pipeline's dialogs ask them."""
        if kind == StageKind.LOST:
            from gui.pipeline.lost_reason_dialog import LostReasonDialog
            from services.pipeline.deals import list_lost_reasons

            reasons = [r.name for r in list_lost_reasons(self.page.ctx.store)]
            reason = LostReasonDialog.ask(self.page, reasons, names)
            return None if reason is None else (None, None, reason)
        from gui.pipeline.won_deal_dialog import WonDealDialog

        won = WonDealDialog.ask(self.page, names, amount, self.page.today())
        return None if won is None else (won[0], won[1], None)

    def _move(self, by_stage: dict[str, tuple[str, list[str]]],
              answer: tuple[Decimal | None, date | None, str | None]) -> bool:
        """One undo step moving each group of deals to its stage."""
        from services.pipeline.deals import move_deals

        won_amount, closed_on, reason = answer
        ctx = self.page.ctx
        calls: list[Call] = [call(move_deals, ids, sid, ctx.current_person_id,
                                  won_amount=won_amount, closed_on=closed_on,
                                  lost_reason=reason) for sid, (_n, ids) in by_stage.items()]
        total = sum(len(ids) for _n, ids in by_stage.values())
        first_name = next(iter(by_stage.values()))[0]
        label = LazyText.translate("DealActions", "Move %n deal(s) to %1").plural(total).arg(
            first_name)
        if len(calls) == 1:
            return push_op(ctx.undo_stack, ctx.store, ctx.events, label, calls[0],
                           initiator=self.page).failed is None
        return len(push_macro(ctx.undo_stack, ctx.store, ctx.events, label, calls,
                              initiator=self.page)) == len(calls)
