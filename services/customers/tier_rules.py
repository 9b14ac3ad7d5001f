"""Customer tier rules (客户分层) as pure functions: A 大客户 / B 普通 / C 潜在.

A customer's base tier comes from its trailing-12-month transaction amount against the A and B
thresholds. Two optional rules can only raise it: a listed industry ("at least B"), and a
cooperation length of at least N full years. Every result carries a structured reason
(:class:`TierReason`: codes and parameters) so the GUI can show it in Chinese or English.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from services.core.errors import ValidationError

TIERS = ("A", "B", "C")
_RANK = {"A": 3, "B": 2, "C": 1}
TIER_NAMES = {"zh_CN": {"A": "大客户", "B": "普通", "C": "潜在"},
              "en": {"A": "key account", "B": "ordinary", "C": "potential"}}


@dataclass(frozen=True)
class TierRules:
    """The firm's thresholds (yuan) and optional raising rules."""

    a_min: Decimal = Decimal("500000")
    b_min: Decimal = Decimal("50000")
    industry_enabled: bool = False
    industries: tuple[str, ...] = ()
    industry_min_tier: str = "B"
    cooperation_enabled: bool = False
    cooperation_years: int = 3
    cooperation_min_tier: str = "B"

    def validate(self) -> None:
        """Raise :class:`ValidationError` naming the field when the rules make no sense."""
        if self.b_min < 0:
            raise ValidationError("The B threshold cannot be negative.", field="b_min")
        if self.a_min <= self.b_min:
            raise ValidationError("The A threshold must be higher than the B threshold.",
                                  field="a_min")
        for name in ("industry_min_tier", "cooperation_min_tier"):
            if getattr(self, name) not in TIERS:
                raise ValidationError(f"{name} must be A, B or C.", field=name)
        if self.cooperation_years < 1:
            raise ValidationError("Cooperation length must be at least 1 year.",
                                  field="cooperation_years")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (amounts as yuan strings)."""
        return {"a_min": str(self.a_min), "b_min": str(self.b_min),
                "industry_enabled": self.industry_enabled, "industries": list(self.industries),
                "industry_min_tier": self.industry_min_tier,
                "cooperation_enabled": self.cooperation_enabled,
                "cooperation_years": self.cooperation_years,
                "cooperation_min_tier": self.cooperation_min_tier}

    @classmethod
    def from_dict(cls, data: Any) -> TierRules:
        """Rules from stored JSON; missing or unreadable values fall back to the defaults."""
        base = cls()
        if not isinstance(data, dict):
            return base
        values: dict[str, Any] = {}
        for key in ("a_min", "b_min"):
            try:
                values[key] = Decimal(str(data[key]))
            except (KeyError, InvalidOperation):
                pass
        for key in ("industry_enabled", "cooperation_enabled"):
            if isinstance(data.get(key), bool):
                values[key] = data[key]
        if isinstance(data.get("industries"), list):
            values["industries"] = tuple(str(i).strip() for i in data["industries"]
                                         if str(i).strip())
        for key in ("industry_min_tier", "cooperation_min_tier"):
            if data.get(key) in TIERS:
                values[key] = data[key]
        if isinstance(data.get("cooperation_years"), int):
            values["cooperation_years"] = data["cooperation_years"]
        rules = cls(**{**base.__dict__, **values})
        try:
            rules.validate()
        except ValidationError:
            return base
        return rules


@dataclass(frozen=True)
class ReasonPart:
    """One clause of a tier reason: ``code`` (amount/industry/cooperation/manual) + params."""

    code: str
    tier: str
    params: tuple[tuple[str, str], ...] = ()

    def param(self, key: str) -> str:
        """The parameter ``key`` ("" when absent)."""
        return dict(self.params).get(key, "")


@dataclass(frozen=True)
class TierReason:
    """Why a customer has its tier; stored as JSON in ``Customer.tier_reason``."""

    parts: tuple[ReasonPart, ...] = field(default_factory=tuple)

    @property
    def manual(self) -> bool:
        """True for a manual override."""
        return any(p.code == "manual" for p in self.parts)

    def to_json(self) -> str:
        """Compact JSON for the database."""
        return json.dumps({"v": 1, "parts": [{"code": p.code, "tier": p.tier,
                                              "params": dict(p.params)} for p in self.parts]},
                          ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> TierReason | None:
        """Parse stored JSON; None for empty or non-JSON (e.g. imported free text)."""
        try:
            data = json.loads(text or "")
            parts = tuple(ReasonPart(str(p["code"]), str(p["tier"]),
                                     tuple(sorted((str(k), str(v))
                                                  for k, v in p.get("params", {}).items())))
                          for p in data["parts"])
        except (ValueError, KeyError, TypeError):
            return None
        return cls(parts)

    def text(self, lang: str = "zh_CN") -> str:
        """The reason as a sentence in ``lang`` ("zh_CN" or anything else for English)."""
        zh = lang.startswith("zh")
        return ("；" if zh else "; ").join(_part_text(p, zh) for p in self.parts)


@dataclass(frozen=True)
class TierResult:
    """A computed tier and why."""

    tier: str
    reason: TierReason


def _money(text: str) -> str:
    return f"¥{Decimal(text):,.2f}"


def tier_label(tier: str, lang: str = "zh_CN") -> str:
    """E.g. "A 大客户" or "A (key account)"."""
    names = TIER_NAMES["zh_CN" if lang.startswith("zh") else "en"]
    return f"{tier} {names[tier]}" if lang.startswith("zh") else f"{tier} ({names[tier]})"


def _part_text(p: ReasonPart, zh: bool) -> str:
    lang = "zh_CN" if zh else "en"
    label = tier_label(p.tier, lang)
    if p.code == "amount":
        amount, threshold = _money(p.param("amount")), _money(p.param("threshold"))
        below = p.param("below") == "1"
        if zh:
            return (f"近12个月成交额 {amount}，{'低于' if below else '达到'}"
                    f"{tier_label(p.param('of'), lang)}门槛 {threshold}")
        return (f"Trailing 12-month sales {amount} {'below' if below else 'reach'} the "
                f"{tier_label(p.param('of'), lang)} threshold {threshold}")
    if p.code == "industry":
        industry = p.param("industry")
        if zh:
            return f"行业「{industry}」在名单内，至少为 {label}"
        return f"Industry “{industry}” is listed: at least {label}"
    if p.code == "cooperation":
        years, minimum = p.param("years"), p.param("min_years")
        if zh:
            return f"已合作 {years} 年（≥ {minimum} 年），至少为 {label}"
        return f"Customer for {years} years (≥ {minimum}): at least {label}"
    if p.code == "manual":
        return f"手动设定为 {label}" if zh else f"Set manually to {label}"
    return p.code


def reason_text(stored: str | TierReason | None, lang: str = "zh_CN") -> str:
    """Display text for a stored ``tier_reason`` (structured JSON or legacy free text)."""
    if isinstance(stored, TierReason):
        return stored.text(lang)
    parsed = TierReason.from_json(stored)
    if parsed is None:
        return stored or ""
    return parsed.text(lang)


def window_start(today: date) -> date:
    """First day of the trailing-12-month window ending ``today`` (inclusive)."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return year_ago + timedelta(days=1)


def full_years(since: date, today: date) -> int:
    """Completed years between ``since`` and ``today`` (0 when in the future)."""
    years = today.year - since.year - ((today.month, today.day) < (since.month, since.day))
    return max(0, years)


def _industry_key(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "").strip().casefold()


@lru_cache(maxsize=8)
def _listed(rules: TierRules) -> frozenset[str]:
    return frozenset(_industry_key(i) for i in rules.industries)


def compute_tier(amount: Decimal, industry: str | None, cooperation_since: date | None,
                 today: date, rules: TierRules) -> TierResult:
    """The tier a customer earns with ``amount`` (trailing 12 months) under ``rules``."""
    if amount >= rules.a_min:
        base, of, threshold, below = "A", "A", rules.a_min, False
    elif amount >= rules.b_min:
        base, of, threshold, below = "B", "B", rules.b_min, False
    else:
        base, of, threshold, below = "C", "B", rules.b_min, True
    parts = [ReasonPart("amount", base, (("amount", str(amount)), ("below", "1" if below else "0"),
                                         ("of", of), ("threshold", str(threshold))))]
    tier = base
    if (rules.industry_enabled and industry and _industry_key(industry) in _listed(rules)
            and _RANK[rules.industry_min_tier] > _RANK[base]):
        parts.append(ReasonPart("industry", rules.industry_min_tier,
                                (("industry", industry.strip()),)))
        tier = max(tier, rules.industry_min_tier, key=_RANK.__getitem__)
    if rules.cooperation_enabled and cooperation_since is not None:
        years = full_years(cooperation_since, today)
        if years >= rules.cooperation_years and _RANK[rules.cooperation_min_tier] > _RANK[base]:
            parts.append(ReasonPart("cooperation", rules.cooperation_min_tier,
                                    (("min_years", str(rules.cooperation_years)),
                                     ("years", str(years)))))
            tier = max(tier, rules.cooperation_min_tier, key=_RANK.__getitem__)
    return TierResult(tier, TierReason(tuple(parts)))


def manual_reason(tier: str) -> TierReason:
    """The reason recorded for a manual override."""
    return TierReason((ReasonPart("manual", tier),))
