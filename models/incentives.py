"""Incentives (绩效与激励): pay schemes, payout runs and what they paid.

A scheme (激励方案) is a name; what it pays is in its versions. A version is effective from a
date (and until the next version's), is a draft until published, and its rules are one JSON
document (services/incentives/doc.py reads and checks it). A published version is never edited:
a change makes a new version, so a locked run always names the rules it used.

A payout run (提成核算) is one period's computation (a month ``2026-06``, a quarter ``2026-Q2`` or
a year ``2026``): computed → reviewed → approved → locked. Its lines say who gets what and why:
each keeps the English template of its explanation with the values that fill it (so it reads in
either language) and a trace of the records behind it. A locked run never changes; what it got
wrong goes into a later run as an adjustment (调整) or a clawback (追回).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BusinessMixin, Money, UTCDateTime


class SchemeStatus(StrEnum):
    """Where a scheme version stands."""

    DRAFT = "draft"  # 草稿: editable, used only by modelling
    PUBLISHED = "published"  # 已发布: used by runs from its effective date; never edited


class RunStatus(StrEnum):
    """Where a payout run stands (核算状态), in this order."""

    COMPUTED = "computed"  # 已计算: may be recomputed
    REVIEWED = "reviewed"  # 已复核
    APPROVED = "approved"  # 已审批
    LOCKED = "locked"  # 已锁定: never changes again


class LineKind(StrEnum):
    """What a payout line pays (明细类型)."""

    COMMISSION = "commission"  # 提成
    NEW_CUSTOMER = "new_customer"  # 客户拓展奖
    BONUS = "bonus"  # 奖金 (champion, most improved, star, team, PK, milestone, key account)
    MENTORING = "mentoring"  # 老带新
    COEFFICIENT = "coefficient"  # 考核系数: the scorecard's effect on the bonuses
    ADJUSTMENT = "adjustment"  # 调整: a correction carried into this run
    CLAWBACK = "clawback"  # 追回: paid before on what was since refunded or cancelled
    RECOGNITION = "recognition"  # 荣誉/培训/晋升推荐: no money, on the statement


class RecognitionKind(StrEnum):
    """Non-cash recognition (非现金激励)."""

    HONOUR = "honour"  # 荣誉
    TRAINING = "training"  # 培训
    PROMOTION = "promotion"  # 晋升推荐


class IncentiveScheme(BusinessMixin, Base):
    """A pay scheme (激励方案); its rules are in its versions."""

    __tablename__ = "incentive_schemes"

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)


class SchemeVersion(BusinessMixin, Base):
    """One version of a scheme: effective from a date, its rules as a JSON document."""

    __tablename__ = "scheme_versions"
    __table_args__ = (Index("ix_scheme_versions_scheme_number", "scheme_id", "number"),)

    scheme_id: Mapped[str] = mapped_column(ForeignKey("incentive_schemes.id"), index=True)
    number: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(20), default=SchemeStatus.DRAFT)
    effective_from: Mapped[date] = mapped_column(Date)
    document: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    published_by_id: Mapped[str | None] = mapped_column(String(36))


class PayoutRun(BusinessMixin, Base):
    """A period's payout run (提成核算); at most one live run per period."""

    __tablename__ = "payout_runs"

    period: Mapped[str] = mapped_column(String(10), index=True)
    status: Mapped[str] = mapped_column(String(20), default=RunStatus.COMPUTED)
    computed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # a digest of what the run read (facts, versions, adjustments): the same inputs give the
    # same lines, and a run under review can tell that the data moved since it was computed
    inputs_digest: Mapped[str | None] = mapped_column(String(64))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reviewed_by_id: Mapped[str | None] = mapped_column(String(36))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by_id: Mapped[str | None] = mapped_column(String(36))
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    locked_by_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str | None] = mapped_column(Text)


class PayoutLine(BusinessMixin, Base):
    """One line of a person's statement (提成明细) in a run."""

    __tablename__ = "payout_lines"
    __table_args__ = (Index("ix_payout_lines_run_person", "run_id", "person_id"),)

    run_id: Mapped[str] = mapped_column(ForeignKey("payout_runs.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))  # LineKind
    # the rule in the scheme document that made the line ("" for adjustments and clawbacks)
    rule_id: Mapped[str] = mapped_column(String(50), default="")
    scheme_version_id: Mapped[str | None] = mapped_column(String(36))
    amount: Mapped[Decimal] = mapped_column(Money())
    # the explanation: an English template with {name} fields (translated like errors) and
    # the JSON object of its values; trace: JSON list of [record kind, id, fen or null]
    template: Mapped[str] = mapped_column(Text, default="")
    params: Mapped[str] = mapped_column(Text, default="{}")
    trace: Mapped[str] = mapped_column(Text, default="[]")


class PayoutAdjustment(BusinessMixin, Base):
    """A correction (调整) to pay in the first run of ``period`` or later (never a locked one)."""

    __tablename__ = "payout_adjustments"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    period: Mapped[str] = mapped_column(String(10), index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    reason: Mapped[str] = mapped_column(Text)
    # the locked run it corrects, if any, and the run that paid it once it is locked
    corrects_run_id: Mapped[str | None] = mapped_column(String(36))
    paid_in_run_id: Mapped[str | None] = mapped_column(String(36))
    created_by_id: Mapped[str | None] = mapped_column(String(36))


class Recognition(BusinessMixin, Base):
    """Non-cash recognition (荣誉, 培训, 晋升推荐) shown on a person's statement for a period."""

    __tablename__ = "recognitions"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    period: Mapped[str] = mapped_column(String(10), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # RecognitionKind
    title: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)


class CreditSplit(BusinessMixin, Base):
    """A deal's credit shared between owners (业绩分配), in basis points adding up to 10,000.

    A deal without splits credits its contract's owner (else the deal's) with everything.
    """

    __tablename__ = "credit_splits"

    deal_id: Mapped[str] = mapped_column(ForeignKey("deals.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    share_bp: Mapped[int] = mapped_column(Integer)
