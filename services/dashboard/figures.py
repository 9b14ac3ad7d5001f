"""One entry point for every dashboard figure, by chart name (what the page loads for the chart
on screen, and what a CLI or an export asks for).
"""

from __future__ import annotations

from typing import Any

from services.core.store import Store
from services.dashboard import board, cash, customers, funnel, scorecards, targets
from services.dashboard.scope import Scope

CHARTS = ("targets", "trend", "funnel", "aging", "reasons", "sources", "board", "scorecards")
"""The dashboard's charts, in the page's order."""


def figure(store: Store, chart: str, scope: Scope, metric: str = "signed_amount") -> Any:
    """The figure of ``chart`` for ``scope``; ``metric`` ("signed_amount" or
    "collected_amount") for the targets, the leaderboard and (their records) the scorecards.
    """
    if chart == "targets":
        return targets.target_figure(store, scope, metric)
    if chart == "trend":
        return targets.trend(store, scope)
    if chart == "funnel":
        return funnel.funnel(store, scope)
    if chart == "aging":
        return cash.aging(store, scope)
    if chart == "reasons":
        return funnel.win_loss(store, scope)
    if chart == "sources":
        return customers.sources(store, scope)
    if chart == "board":
        return board.board(store, scope, metric)
    if chart == "scorecards":
        return scorecards.scorecards(store, scope, metric)
    raise ValueError(f"no dashboard chart {chart!r}")
