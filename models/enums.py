"""Enumerations stored as short text codes (stable across languages and databases)."""

from __future__ import annotations

from enum import StrEnum


class UnitKind(StrEnum):
    """What an org unit is: the company root or a layer of the target cascade."""

    COMPANY = "company"
    REGION = "region"
    CHANNEL = "channel"
    PRODUCT_LINE = "product_line"
    DEPARTMENT = "department"
    TEAM = "team"


class Role(StrEnum):
    """A person's role (DOMAIN.md §7)."""

    OWNER = "owner"
    DIRECTOR = "director"
    MANAGER = "manager"
    REP = "rep"
    ANALYST = "analyst"


class CapacityTier(StrEnum):
    """Capacity tier used when splitting targets: 新手 / 中级 / 资深."""

    NOVICE = "novice"
    INTERMEDIATE = "intermediate"
    SENIOR = "senior"


class CustomerTier(StrEnum):
    """Customer tier: A 大客户, B 普通, C 潜在."""

    A = "A"
    B = "B"
    C = "C"


class FollowUpMethod(StrEnum):
    """How a follow-up happened: 拜访 / 电话 / 微信 / 邮件."""

    VISIT = "visit"
    CALL = "call"
    WECHAT = "wechat"
    EMAIL = "email"


class StageKind(StrEnum):
    """Whether a stage is open, or the won/lost end of a pipeline."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"


class CustomerAction(StrEnum):
    """Logged moves of a customer between owners and the shared pool (公海)."""

    CREATE = "create"
    ASSIGN = "assign"
    RELEASE = "release"
    CLAIM = "claim"
    MERGE = "merge"
