"""A realistic pay scheme for the Schemes tab's tests and screenshots: commission on collected
cash with a marginal rate table (0–80 % → 3 %, 80–100 % → 5 %, above 100 % → 8 %) and a 50 %
gate, the monthly champion, a quarterly team target award and a scorecard for the reps.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from services.incentives.schemes import SchemeRef, create_scheme

SCHEME_NAME = "2026 销售提成方案"
START = date(2026, 1, 1)


def sample_document(team_ids: list[str]) -> dict[str, Any]:
    """The scheme's rules; ``team_ids`` are the units of the team award."""
    return {
        "assign": {"roles": ["rep", "manager"]},
        "rules": [
            {"kind": "commission", "id": "commission-1", "title": "回款提成",
             "base": "collected", "target_metric": "collected_amount", "method": "marginal",
             "tiers": [{"from_pct": "0", "rate_pct": "3"}, {"from_pct": "80", "rate_pct": "5"},
                       {"from_pct": "100", "rate_pct": "8"}],
             "gate_pct": "50", "cap": None, "accelerator_pct": None,
             "tier_factors": {"A": "110"}},
            {"kind": "ranking", "id": "ranking-1", "title": "月度冠军",
             "metric": "signed_amount", "measure": "amount",
             "prizes": ["3000", "2000", "1000"], "min_attainment_pct": "100"},
            {"kind": "team_award", "id": "team_award-1", "title": "团队达标奖",
             "grain": "quarter", "metric": "signed_amount", "unit_ids": team_ids,
             "threshold_pct": "100", "pool": "20000", "share": "contribution"},
            {"kind": "scorecard", "id": "scorecard-1", "title": "销售绩效考核",
             "roles": ["rep"],
             "metrics": [
                 {"metric": "signed_amount", "weight_pct": "40", "cap_pct": "120"},
                 {"metric": "collection_rate", "weight_pct": "30", "cap_pct": "120"},
                 {"metric": "followups", "weight_pct": "20", "cap_pct": "120"},
                 {"metric": "satisfaction", "weight_pct": "10", "target": "450",
                  "cap_pct": "120"}],
             "bands": [{"from_score": "0", "coefficient": "0"},
                       {"from_score": "60", "coefficient": "0.8"},
                       {"from_score": "80", "coefficient": "1"},
                       {"from_score": "100", "coefficient": "1.2"}]},
        ],
    }


def add_sample_scheme(store: Any, team_ids: list[str], *, publish: bool = False) -> SchemeRef:
    """The scheme with its first version (a draft, or published when asked)."""
    from services.incentives.schemes import publish as publish_version

    ref = create_scheme(store, SCHEME_NAME, effective_from=START,
                        document=sample_document(team_ids)).value
    if publish:
        publish_version(store, ref.version_id)
    return ref
