"""A payout run read as statements (提成明细): per person the lines with their explanations in
the chosen language, the records behind each line in words, and the totals by category.

This is what the payout workbook prints (:mod:`services.incentives.workbook`); it reads the
stored run only (``payout_runs`` / ``payout_lines``), so a locked run always reads the same.

* An explanation is the line's English template translated in context ``PayoutLines`` (the
  ``.ts`` files, read without Qt: :mod:`services.core.catalog`) with the stored values filled
  in; a template nobody translated reads in English.
* A trace reference ``[kind, id, fen]`` becomes a label a rep can follow: ``合同 HT-2026-0007
  ¥12,000.00``, ``回款 2026-06-12 HT-2026-0007 ¥5,000.00``, ``目标 回款额 2026-06``.
* Categories: gross (应发) = commission (提成) + awards and bonuses (奖金: new-customer awards,
  bonuses, mentoring) + the scorecard coefficient (考核系数); net (实发) = gross + adjustments
  (调整) + clawbacks (追回, negative). Recognition (荣誉/培训/晋升推荐) pays nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.customers import Customer
from models.incentives import (
    LineKind,
    PayoutAdjustment,
    PayoutLine,
    PayoutRun,
    RunStatus,
    SchemeVersion,
)
from models.orders import Contract, Payment
from models.org import OrgUnit, Person
from models.pipeline import Deal
from services.core.catalog import normalise
from services.core.errors import SailplanError
from services.core.store import Store
from services.incentives.lines import line_text, money, yuan

CONTEXT = "PayoutLines"
MAX_REFS = 40  # references listed per line; more are counted ("… and 12 more")

CATEGORIES = ("commission", "awards", "coefficient", "adjustments", "clawbacks", "recognition")
"""A statement's sections, in the order they print."""
CATEGORY_OF: Mapping[str, str] = {
    LineKind.COMMISSION: "commission", LineKind.NEW_CUSTOMER: "awards",
    LineKind.BONUS: "awards", LineKind.MENTORING: "awards",
    LineKind.COEFFICIENT: "coefficient", LineKind.ADJUSTMENT: "adjustments",
    LineKind.CLAWBACK: "clawbacks", LineKind.RECOGNITION: "recognition",
}
GROSS_PARTS = ("commission", "awards", "coefficient")


def category_of(kind: str) -> str:
    """The section a line kind prints in (an unknown kind: with the awards)."""
    return CATEGORY_OF.get(kind, "awards")

# words of the statements, (Chinese, English)
KIND_WORDS: Mapping[str, tuple[str, str]] = {
    LineKind.COMMISSION: ("提成", "Commission"),
    LineKind.NEW_CUSTOMER: ("客户拓展奖", "New-customer award"),
    LineKind.BONUS: ("奖金", "Bonus"),
    LineKind.MENTORING: ("老带新", "Mentoring"),
    LineKind.COEFFICIENT: ("考核系数", "Scorecard coefficient"),
    LineKind.ADJUSTMENT: ("调整", "Adjustment"),
    LineKind.CLAWBACK: ("追回", "Clawback"),
    LineKind.RECOGNITION: ("非现金激励", "Recognition"),
}
STATUS_WORDS: Mapping[str, tuple[str, str]] = {
    RunStatus.COMPUTED: ("已计算", "computed"), RunStatus.REVIEWED: ("已复核", "reviewed"),
    RunStatus.APPROVED: ("已审批", "approved"), RunStatus.LOCKED: ("已锁定", "locked"),
}
METRIC_WORDS: Mapping[str, tuple[str, str]] = {
    "signed_amount": ("签约额", "signed amount"),
    "collected_amount": ("回款额", "collected amount"),
    "deal_count": ("签约量", "deal count"), "new_customers": ("新增客户数", "new customers"),
    "followups": ("跟进数", "follow-ups"), "visits": ("拜访数", "visits"),
    "conversion_rate": ("转化率", "conversion rate"),
    "collection_rate": ("回款率", "collection rate"),
    "satisfaction": ("满意度", "satisfaction"), "repurchase_rate": ("复购率", "repurchase rate"),
}
REF_WORDS: Mapping[str, tuple[str, str]] = {
    "contract": ("合同", "Contract"), "payment": ("回款", "Payment"),
    "refund": ("退款", "Refund"), "customer": ("客户", "Customer"), "deal": ("商机", "Deal"),
    "target": ("目标", "Target"), "line": ("明细", "Line"),
    "adjustment": ("调整", "Adjustment"), "person": ("人员", "Person"),
}


class NoPayoutRun(SailplanError):
    """The period has no payout run to print."""


@dataclass(frozen=True)
class StatementLine:
    """One line of a statement, worded in the chosen language."""

    line_id: str
    kind: str  # LineKind
    kind_label: str
    rule: str  # the rule's title in the scheme (else its id); "" for adjustments
    explanation: str
    amount: Decimal
    references: tuple[str, ...]


@dataclass(frozen=True)
class Statement:
    """One person's statement in a run: lines by category and the totals."""

    person_id: str
    name: str
    unit: str
    lines: tuple[StatementLine, ...]

    def total(self, category: str) -> Decimal:
        """The sum of the lines of a category (yuan)."""
        return sum((ln.amount for ln in self.lines if category_of(ln.kind) == category),
                   Decimal("0.00"))

    @property
    def gross(self) -> Decimal:
        """应发: commission + awards and bonuses + coefficient."""
        return sum((self.total(c) for c in GROSS_PARTS), Decimal("0.00"))

    @property
    def net(self) -> Decimal:
        """实发: gross + adjustments + clawbacks."""
        return self.gross + self.total("adjustments") + self.total("clawbacks")


@dataclass(frozen=True)
class RunStatements:
    """A run's statements, one per person with lines, sorted by unit, name and id."""

    run_id: str
    period: str
    status: str
    locked_at: datetime | None
    firm: str
    statements: tuple[Statement, ...]

    @property
    def net(self) -> Decimal:
        """The run's total net pay (yuan)."""
        return sum((s.net for s in self.statements), Decimal("0.00"))


def language_code(lang: str) -> str:
    """``zh_CN`` or ``en`` for ``zh``, ``zh_CN``, ``en``… (anything else: English)."""
    return normalise(lang) or "en"


def word(pair: tuple[str, str], lang: str) -> str:
    """The Chinese or English of a (Chinese, English) pair."""
    return pair[0] if language_code(lang) == "zh_CN" else pair[1]


def explanation(template: str, params: Mapping[str, Any], lang: str) -> str:
    """A line's explanation in ``lang`` (:func:`services.incentives.lines.line_text`)."""
    return line_text(template, {k: str(v) for k, v in params.items()}, language_code(lang))


def find_run(session: Session, period: str) -> PayoutRun | None:
    """The period's live payout run (a locked one first, then the newest)."""
    runs = session.scalars(select(PayoutRun).where(PayoutRun.period == period,
                                                   PayoutRun.deleted_at.is_(None))).all()
    if not runs:
        return None
    return sorted(runs, key=lambda r: (r.status != RunStatus.LOCKED, -r.created_at.timestamp(),
                                       r.id))[0]


def run_statements(store: Store, period: str, lang: str = "zh") -> RunStatements:
    """The statements of ``period``'s payout run in ``lang`` (raises :class:`NoPayoutRun`)."""
    with store.read() as uow:
        s = uow.session
        run = find_run(s, period)
        if run is None:
            raise NoPayoutRun("There is no payout run for {period}; compute one first.",
                              period=period)
        lines = s.scalars(select(PayoutLine).where(PayoutLine.run_id == run.id,
                                                   PayoutLine.deleted_at.is_(None))
                          .order_by(PayoutLine.person_id, PayoutLine.position,
                                    PayoutLine.id)).all()
        people = _people(s, {ln.person_id for ln in lines})
        titles = _rule_titles(s, {ln.scheme_version_id for ln in lines if ln.scheme_version_id})
        refs = _Refs(s, lang, [_trace(ln.trace) for ln in lines])
        by_person: dict[str, list[StatementLine]] = {}
        for ln in lines:
            params = _params(ln.params)
            trace = _trace(ln.trace)
            by_person.setdefault(ln.person_id, []).append(StatementLine(
                ln.id, ln.kind, word(KIND_WORDS.get(ln.kind, (ln.kind, ln.kind)), lang),
                titles.get((ln.scheme_version_id or "", ln.rule_id), ln.rule_id),
                explanation(ln.template, params, lang), money(ln.amount or Decimal(0)),
                refs.labels(trace, ln.person_id)))
        statements = [Statement(pid, *people.get(pid, (pid, "")), tuple(rows))
                      for pid, rows in by_person.items()]
        statements.sort(key=lambda st: (st.unit, st.name, st.person_id))
        firm = s.scalars(select(OrgUnit.name).where(OrgUnit.parent_id.is_(None),
                                                    OrgUnit.deleted_at.is_(None))
                         .order_by(OrgUnit.sort_order, OrgUnit.name).limit(1)).first()
        return RunStatements(run.id, run.period, run.status, run.locked_at, firm or "",
                             tuple(statements))


def _people(s: Session, ids: set[str]) -> dict[str, tuple[str, str]]:
    """(name, unit name) by person id."""
    if not ids:
        return {}
    rows = s.execute(select(Person.id, Person.name, OrgUnit.name)
                     .join(OrgUnit, OrgUnit.id == Person.unit_id, isouter=True)
                     .where(Person.id.in_(ids)))
    return {pid: (name, unit or "") for pid, name, unit in rows}


def _rule_titles(s: Session, version_ids: set[str]) -> dict[tuple[str, str], str]:
    """(version id, rule id) → the rule's title in that version's document."""
    out: dict[tuple[str, str], str] = {}
    if not version_ids:
        return out
    for vid, document in s.execute(select(SchemeVersion.id, SchemeVersion.document)
                                   .where(SchemeVersion.id.in_(version_ids))):
        try:
            rules = json.loads(document or "{}").get("rules", [])
        except (ValueError, AttributeError):
            continue
        for rule in rules if isinstance(rules, list) else []:
            if isinstance(rule, dict) and rule.get("id") and rule.get("title"):
                out[(vid, str(rule["id"]))] = str(rule["title"])
    return out


def _params(text: str | None) -> dict[str, str]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


Ref = tuple[str, str, int | None]


def _trace(text: str | None) -> list[Ref]:
    """A stored trace as (kind, id, fen or None) triples; anything malformed is skipped."""
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    out: list[Ref] = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, list | tuple) and len(item) >= 2:
            fen = item[2] if len(item) > 2 and isinstance(item[2], int) else None
            out.append((str(item[0]), str(item[1]), fen))
    return out


class _Refs:
    """Labels of trace references, with every record they name read in a few queries."""

    def __init__(self, s: Session, lang: str, traces: Iterable[list[Ref]]):
        self.lang = lang
        ids: dict[str, set[str]] = {}
        for trace in traces:
            for kind, rid, _fen in trace:
                ids.setdefault(kind, set()).add(rid)
        self.contracts = self._map(s, Contract, ids.get("contract"), Contract.number)
        self.payments: dict[str, tuple[date, Decimal, str | None]] = {}
        if ids.get("payment"):
            for pid, day, amount, number in s.execute(
                    select(Payment.id, Payment.received_on, Payment.amount, Contract.number)
                    .join(Contract, Contract.id == Payment.contract_id, isouter=True)
                    .where(Payment.id.in_(ids["payment"]))):
                self.payments[pid] = (day, amount, number)
        self.customers = self._map(s, Customer, ids.get("customer"), Customer.name)
        self.deals = self._map(s, Deal, ids.get("deal"), Deal.name)
        people = set(ids.get("person", set()))
        people |= {t.split("/")[0] for t in ids.get("target", set())}
        self.people = self._map(s, Person, people, Person.name)
        self.lines: dict[str, tuple[str, str]] = {}
        if ids.get("line"):
            for lid, period, kind in s.execute(
                    select(PayoutLine.id, PayoutRun.period, PayoutLine.kind)
                    .join(PayoutRun, PayoutRun.id == PayoutLine.run_id)
                    .where(PayoutLine.id.in_(ids["line"]))):
                self.lines[lid] = (period, kind)
        self.adjustments: dict[str, tuple[str, str]] = {}
        if ids.get("adjustment"):
            for aid, period, reason in s.execute(
                    select(PayoutAdjustment.id, PayoutAdjustment.period,
                           PayoutAdjustment.reason)
                    .where(PayoutAdjustment.id.in_(ids["adjustment"]))):
                self.adjustments[aid] = (period, reason)

    @staticmethod
    def _map(s: Session, model: Any, ids: set[str] | None, column: Any) -> dict[str, str]:
        if not ids:
            return {}
        return {rid: str(v) for rid, v in s.execute(select(model.id, column)
                                                     .where(model.id.in_(ids)))}

    def _word(self, kind: str) -> str:
        return word(REF_WORDS.get(kind, (kind, kind)), self.lang)

    def label(self, ref: Ref, person_id: str) -> str:
        """One reference in words (the amount when the trace gives one)."""
        kind, rid, fen = ref
        amount = f" {yuan(fen)}" if fen is not None else ""
        if kind == "contract":
            return f"{self._word(kind)} {self.contracts.get(rid, rid)}{amount}"
        if kind == "payment":
            day, paid, number = self.payments.get(rid, (None, Decimal(0), None))
            what = self._word("refund" if paid < 0 else "payment")
            parts = [what, day.isoformat() if day else rid, number or ""]
            return " ".join(p for p in parts if p) + amount
        if kind in ("customer", "deal", "person"):
            names = {"customer": self.customers, "deal": self.deals, "person": self.people}
            return f"{self._word(kind)} {names[kind].get(rid, rid)}{amount}"
        if kind == "target":
            return self._target(rid, person_id) + amount
        if kind == "line":
            period, line_kind = self.lines.get(rid, ("", ""))
            what = word(KIND_WORDS.get(line_kind, (line_kind, line_kind)), self.lang)
            return f"{self._word(kind)} {period} {what}".rstrip() + amount
        if kind == "adjustment":
            period, reason = self.adjustments.get(rid, ("", rid))
            return f"{self._word(kind)} {period} {reason}".strip() + amount
        return f"{kind} {rid}{amount}"

    def _target(self, rid: str, person_id: str) -> str:
        parts = rid.split("/")
        if len(parts) != 3:
            return f"{self._word('target')} {rid}"
        who, metric, period = parts
        name = "" if who == person_id else self.people.get(who, who)
        metric_text = word(METRIC_WORDS.get(metric, (metric, metric)), self.lang)
        return " ".join(p for p in (self._word("target"), name, metric_text, period) if p)

    def labels(self, trace: list[Ref], person_id: str) -> tuple[str, ...]:
        """Every reference of a trace in words, at most :data:`MAX_REFS` and a count of more."""
        out = [self.label(ref, person_id) for ref in trace[:MAX_REFS]]
        if len(trace) > MAX_REFS:
            more = len(trace) - MAX_REFS
            out.append(f"…及另外 {more} 项" if language_code(self.lang) == "zh_CN"
                       else f"… and {more} more")
        return tuple(out)
