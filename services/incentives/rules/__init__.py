"""The evaluators of the scheme rules, by kind: pure functions of a rule and a
:class:`services.incentives.engine.RuleContext` returning payout lines.

Each module of this package exports ``EVALUATORS`` (kind → function); this package merges them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from services.incentives.lines import LineDraft
from services.incentives.rules import bonuses, commission, scorecard

Evaluator = Callable[[Any, Any], list[LineDraft]]

EVALUATORS: dict[str, Evaluator] = {}
EVALUATORS.update(commission.EVALUATORS)
EVALUATORS.update(bonuses.EVALUATORS)
EVALUATORS.update(scorecard.EVALUATORS)
