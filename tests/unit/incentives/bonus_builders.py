"""Facts built by hand for the bonus, scorecard and leaderboard tests (amounts in yuan here,
fen in the Facts)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from services.incentives.doc import SchemeDoc
from services.incentives.engine import RuleContext
from services.incentives.facts import Credit, Facts, PersonInfo, PersonPeriod, TargetCell, UnitInfo
from services.incentives.lines import LineDraft

UNITS = {"co": UnitInfo("co", "总公司", None), "east": UnitInfo("east", "华东一组", "co"),
         "west": UnitInfo("west", "华西一组", "co")}


def fen(yuan: float | int | str) -> int:
    return int(Decimal(str(yuan)) * 100)


def person(pid: str, unit: str = "east", role: str = "rep",
           active_from: date = date(2020, 1, 1), name: str | None = None) -> PersonInfo:
    return PersonInfo(pid, name or pid.upper(), role, "senior", unit, (unit, "co"), active_from)


def signed(pid: str, yuan: float | int | str, *, target: float | int | str | None = None,
           **extra: object) -> PersonPeriod:
    """A person's period with one signed contract of ``yuan`` (none for 0) and a
    signed-amount target of ``target`` yuan."""
    amount = fen(yuan)
    credits = (() if amount == 0 else
               (Credit(("contract", f"k-{pid}"), f"k-{pid}", f"HT-{pid}", "cu1", "客户",
                       "A", None, date(2026, 6, 10), amount),))
    targets: dict[str, TargetCell] = dict(extra.pop("targets", {}))  # type: ignore[call-overload]
    if target is not None:
        targets["signed_amount"] = TargetCell(0, fen(target), 0)
    return PersonPeriod(pid, signed=credits, targets=targets, **extra)  # type: ignore[arg-type]


def facts(periods: Mapping[str, Mapping[str, PersonPeriod]], people: list[PersonInfo],
          unit_targets: Mapping[str, Mapping[str, Mapping[str, TargetCell]]] | None = None
          ) -> Facts:
    return Facts({p.id: p for p in people}, UNITS, periods, unit_targets or {})


def ctx(f: Facts, period: str, members: list[str] | tuple[str, ...],
        lines: tuple[LineDraft, ...] = (), doc: SchemeDoc | None = None) -> RuleContext:
    return RuleContext(period, f, tuple(sorted(members)), "v1", lines, doc)


def paid(lines: list[LineDraft]) -> dict[str, Decimal]:
    """Each person's total in yuan."""
    out: dict[str, Decimal] = {}
    for line in lines:
        out[line.person_id] = out.get(line.person_id, Decimal(0)) + line.amount
    return out


def dec(mapping: Mapping[str, str]) -> dict[str, Decimal]:
    return {k: Decimal(v) for k, v in mapping.items()}
