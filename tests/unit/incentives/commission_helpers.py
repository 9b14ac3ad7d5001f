"""Facts built by hand for the commission rules' tests: one person (``u1``) in ``2026-06``
unless told otherwise; amounts in yuan are turned into fen here so the tables read like money.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from services.incentives.doc import parse
from services.incentives.engine import RuleContext
from services.incentives.facts import Credit, Facts, PersonPeriod, TargetCell, UnitInfo
from services.incentives.lines import LineDraft
from services.incentives.rules import EVALUATORS

PERIOD = "2026-06"
TIERS = [{"from_pct": "0", "rate_pct": "3"}, {"from_pct": "80", "rate_pct": "5"},
         {"from_pct": "100", "rate_pct": "8"}]
"""The table of DOMAIN.md §6's example: 0–80 % → 3 %, 80–100 % → 5 %, ≥ 100 % → 8 %."""


def fen(yuan: str | int | Decimal) -> int:
    """Fen from yuan written as text (``"79,990.10"``)."""
    return int(Decimal(str(yuan).replace(",", "")) * 100)


def rule(kind: str = "commission", /, **fields: Any) -> Any:
    """A rule read through the scheme document (so it is checked like a stored one)."""
    body: dict[str, Any] = {"kind": kind, "id": fields.pop("id", "r1")}
    if kind == "commission":
        body["tiers"] = TIERS
    body.update(fields)
    return parse({"rules": [body]}).rules[0]


def pay(number: int, yuan: str | int, *, line: str | None = None, tier: str | None = None,
        day: int = 15, share_bp: int = 10_000, kind: str = "payment",
        contract: str | None = None, customer: str = "cu1") -> Credit:
    """A credit: payment (or contract) ``number`` of contract HT-``number`` (or ``contract``)."""
    contract_id = contract or f"k{number}"
    return Credit((kind, f"{kind[0]}{number}"), contract_id, f"HT-{contract_id[1:]}",
                  customer, f"客户{customer[2:]}", tier, line, date(2026, 6, day), fen(yuan),
                  share_bp)


def person(person_id: str = "u1", *, collected: Iterable[Credit] = (),
           signed: Iterable[Credit] = (), targets: Mapping[str, str | int] | None = None,
           new_customers: Iterable[tuple[str, str, int]] = ()) -> PersonPeriod:
    """A person's facts; ``targets``: metric → target in yuan (money) or count."""
    cells = {m: TargetCell(target=fen(v) if m.endswith("_amount") else int(v))
             for m, v in (targets or {}).items()}
    return PersonPeriod(person_id, signed=tuple(signed), collected=tuple(collected),
                        new_customers=tuple(new_customers), targets=cells)


def facts(*people: PersonPeriod, period: str = PERIOD,
          more: Mapping[str, Iterable[PersonPeriod]] | None = None) -> Facts:
    """Facts of ``people`` in ``period`` (and of others in ``more`` periods)."""
    periods: dict[str, dict[str, PersonPeriod]] = {period: {p.person_id: p for p in people}}
    for key, others in (more or {}).items():
        periods[key] = {p.person_id: p for p in others}
    units = {"pl1": UnitInfo("pl1", "传感器", None), "pl2": UnitInfo("pl2", "仪表", None)}
    return Facts({}, units, periods)


def run(the_rule: Any, the_facts: Facts, period: str = PERIOD,
        members: Iterable[str] = ("u1",)) -> list[LineDraft]:
    """The lines of one rule, through the registry as a run calls it."""
    ctx = RuleContext(period, the_facts, tuple(sorted(members)), "v1")
    return EVALUATORS[the_rule.kind](the_rule, ctx)


def one(the_rule: Any, the_facts: Facts, period: str = PERIOD) -> LineDraft:
    """The only line of ``u1``."""
    lines = run(the_rule, the_facts, period)
    assert len(lines) == 1, [ln.text() for ln in lines]
    return lines[0]
