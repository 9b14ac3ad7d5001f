"""What the pipeline page does when the user acts: moves (with won/lost prompts), date drops,
quick-creates and the deal detail — each an :class:`~gui.common.undo.OpCommand` of a service
call on ``ctx.undo_stack``. The commands hold ids and values only; the page (and every other
view) refreshes itself from the ``changed`` signal the command emits.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from gui.common.lazy_text import LazyText
from gui.common.undo import OpCommand, push_op
from gui.pipeline.deal_detail_dialog import DealDetailDialog
from gui.pipeline.lost_reason_dialog import LostReasonDialog
from gui.pipeline.won_deal_dialog import WonDealDialog
from models.enums import StageKind
from services.core.changes import Call, Changes, KindChanges, call
from services.core.conflicts import ConflictError

if TYPE_CHECKING:
    from gui.pipeline.pipeline_page import PipelinePage


class DealActions(QObject):
    """The page's command side; the page owns the snapshot and the views."""

    def __init__(self, page: PipelinePage) -> None:
        super().__init__(page)
        self.page = page
        self.detail: DealDetailDialog | None = None

    @property
    def store(self) -> Any:
        return self.page.ctx.store

    def find_customers(self, text: str) -> list[tuple[str, str]]:
        """Customer completion for quick-create."""
        from services.pipeline.pickers import find_customers

        return find_customers(self.store, text)

    def push(self, text: LazyText, do: Call) -> OpCommand:
        """Push one undoable service call; a refusal is reported by the main window."""
        ctx = self.page.ctx
        return push_op(ctx.undo_stack, ctx.store, ctx.events, text, do, initiator=self.page)

    # -- moves -----------------------------------------------------------------------------
    def request_move(self, ids: list[str], stage_id: str, deferred: bool = False) -> None:
        """Move deals to a stage; won/lost ask first (after the drag ends when ``deferred``)."""
        stage = next((s for s in self.page.stages if s.id == stage_id), None)
        if stage is None or not ids:
            return
        if deferred and stage.kind != StageKind.OPEN:
            QTimer.singleShot(0, self, lambda: self.request_move(ids, stage_id))
            return
        cards = {i: c for i in ids if (c := self.page.card(i)) is not None}
        names = [cards[i].name if i in cards else i for i in ids]
        won_amount: Decimal | None = None
        closed_on: date | None = None
        reason: str | None = None
        if stage.kind == StageKind.LOST:
            from services.pipeline.deals import list_lost_reasons

            reasons = [r.name for r in list_lost_reasons(self.store)]
            reason = LostReasonDialog.ask(self.page, reasons, names)
            if reason is None:
                return
        elif stage.kind == StageKind.WON:
            amount = cards[ids[0]].amount if len(ids) == 1 and ids[0] in cards else None
            answer = WonDealDialog.ask(self.page, names, amount, self.page.today)
            if answer is None:
                return
            won_amount, closed_on = answer
        from services.pipeline.deals import move_deals

        text = LazyText.translate("DealActions", "Move %n deal(s) to %1").plural(len(ids)).arg(
            stage.name)
        shown = {i: c.stage_id for i, c in cards.items()}
        cmd = self.push(text, call(move_deals, list(ids), stage_id,
                                   self.page.ctx.current_person_id, won_amount=won_amount,
                                   closed_on=closed_on, lost_reason=reason, from_stages=shown))
        if isinstance(cmd.failed, ConflictError):  # moved by someone else: show where it is now
            self.page.ctx.events.changed.emit(
                Changes({"deals": KindChanges(updated=frozenset(ids))}), None)

    def keyboard_move(self, ids: list[str], from_stage_id: str, direction: int) -> None:
        """Ctrl+Left / Ctrl+Right: the selected cards go to the previous / next stage."""
        stages = self.page.stages
        i = next((k for k, s in enumerate(stages) if s.id == from_stage_id), -1)
        j = i + direction
        if i < 0 or not 0 <= j < len(stages):
            return
        self.request_move(ids, stages[j].id)
        self.page.board.focus_column(stages[j].id, ids)

    # -- forecast dates, quick-create ------------------------------------------------------
    def set_close_date(self, ids: list[str], day: date) -> None:
        """Forecast drop: expected close becomes the month's last day (undoable)."""
        from services.pipeline.deals import set_expected_close

        text = LazyText.translate("DealActions", "Set expected close of %n deal(s) to %1").plural(
            len(ids)).arg(day.isoformat())
        self.push(text, call(set_expected_close, list(ids), day))

    def quick_create(self, stage_id: str, name: str, customer_id: str, amount: Decimal) -> None:
        """Create a deal in a column from the inline card (undoable)."""
        if self.page.pipeline is None:
            return
        from services.pipeline.deals import create_deal

        me = self.page.ctx.current_person_id
        command = self.push(LazyText.translate("DealActions", "New deal %1").arg(name), call(
            create_deal, name=name, pipeline_id=self.page.pipeline.id, customer_id=customer_id,
            stage_id=stage_id, owner_id=me, amount=amount, by_person_id=me))
        if command.failed is None and command.value:
            column = self.page.board.columns.get(stage_id)
            if column is not None and column.quick is not None:
                column.quick.hide()
            self.page.board.select_deal(command.value)

    # -- detail ----------------------------------------------------------------------------
    def open_detail(self, deal_id: str) -> None:
        """Show the deal detail window (one, reused) for a deal.

        Its module is imported with this one (in the background preloader), not on the first
        open: the first deal opened — on the board or from Today — compiled it on the GUI thread.
        """
        if self.detail is None:
            self.detail = DealDetailDialog(self.page.ctx, self.page)
        self.detail.present(deal_id)
