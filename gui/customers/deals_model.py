"""The card's opportunities (商机): name, stage, amount, expected close."""

from __future__ import annotations

from typing import Any

from gui.common.formatting import day, deal_amount
from gui.common.row_table_model import Column, RowTableModel


class DealsModel(RowTableModel):
    """Deals of one customer; double-click opens the deal in Pipeline."""

    def __init__(self, parent: Any = None):
        super().__init__((), parent)
        self.columns = [
            Column(self.tr("Opportunity"), lambda d: d.name),
            Column(self.tr("Stage"), lambda d: d.stage_name),
            Column(self.tr("Amount"), lambda d: deal_amount(d.amount, fen=True), right=True),
            Column(self.tr("Expected close"), lambda d: day(d.expected_close)),
            Column(self.tr("Owner"), lambda d: d.owner_name),
        ]
