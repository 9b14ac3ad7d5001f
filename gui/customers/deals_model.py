"""The card's opportunities (商机): name, stage, amount, expected close."""

from __future__ import annotations

from typing import Any

from gui.customers.formatting import day, money
from gui.customers.row_list_model import RowListModel
from services.customers.queries import DealSummaryRow


class DealsModel(RowListModel):
    """Deals of one customer; double-click opens the deal in Pipeline."""

    def headers(self) -> list[str]:
        return [self.tr("Opportunity"), self.tr("Stage"), self.tr("Amount"),
                self.tr("Expected close"), self.tr("Owner")]

    def right_aligned(self) -> frozenset[int]:
        return frozenset({2})

    def cell(self, row: Any, column: int) -> str:
        d: DealSummaryRow = row
        values = (d.name, d.stage_name, money(d.amount), day(d.expected_close),
                  d.owner_name)
        return values[column]
