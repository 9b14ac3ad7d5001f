"""The words of the scheme editor in the interface language: rule kinds, fields, choices, metrics,
version statuses, and a scheme document's refusal (:class:`~services.incentives.doc.SchemeError`)
worded with the rule and the field as the editor names them.

The document keeps English codes (``commission``, ``gate_pct``, ``marginal``); people read 提成,
门槛, 超额累进.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.common.error_texts import translate_template

CONTEXT = "IncentiveTexts"

KINDS: dict[str, str] = {
    "commission": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Commission")),
    "new_customer": str(QT_TRANSLATE_NOOP("IncentiveTexts", "New-customer award")),
    "ranking": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Ranking award")),
    "most_improved": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Most improved award")),
    "team_award": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Team target award")),
    "team_pk": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Team PK")),
    "milestone": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Milestone award")),
    "key_account": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Key-account breakthrough award")),
    "mentoring": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Mentoring award")),
    "scorecard": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Performance scorecard")),
}
"""Every kind of :data:`services.incentives.doc.RULE_TYPES`, in the order the Add menu lists."""

KIND_HINTS: dict[str, str] = {
    "ranking": str(QT_TRANSLATE_NOOP("IncentiveTexts",
                                     "Ranking award (monthly champion / quarterly star)")),
}
"""How the Add menu names a kind when its short name says too little."""

TITLES: dict[str, str] = {
    "commission": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Commission")),
    "new_customer": str(QT_TRANSLATE_NOOP("IncentiveTexts", "New-customer award")),
    "ranking": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Monthly champion")),
    "most_improved": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Most improved award")),
    "team_award": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Team target award")),
    "team_pk": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Team PK")),
    "milestone": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Milestone award")),
    "key_account": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Key-account breakthrough award")),
    "mentoring": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Mentoring award")),
    "scorecard": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Performance scorecard")),
}
"""The name a new rule of each kind starts with (shown on statements; the user may change it)."""

FIELDS: dict[str, str] = {
    "title": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Name on statements")),
    "grain": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Paid in")),
    "base": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Commission on")),
    "target_metric": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Attainment of")),
    "method": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Method")),
    "tiers": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Rate table")),
    "gate_pct": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Gate")),
    "cap": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Cap per period")),
    "accelerator_pct": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Accelerator above 100 %")),
    "product_factors": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Product-line factors")),
    "tier_factors": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Customer-tier factors")),
    "amount": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Amount")),
    "min_contract": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Smallest first contract")),
    "metric": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Metric")),
    "measure": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Compared by")),
    "prizes": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Prizes")),
    "min_attainment_pct": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Least attainment")),
    "unit_ids": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Teams")),
    "threshold_pct": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Reached at")),
    "pool": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Pool")),
    "share": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Shared")),
    "weights": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Weights")),
    "unit_a": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Team A")),
    "unit_b": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Team B")),
    "steps": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Steps")),
    "customer_ids": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Key accounts")),
    "pairs": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Mentors and novices")),
    "cap_pct": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Attainment counted up to")),
    "roles": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Roles")),
    "metrics": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Metrics")),
    "bands": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Score bands")),
    # the columns of the tables, which a refusal may name too
    "from_pct": str(QT_TRANSLATE_NOOP("IncentiveTexts", "From attainment %")),
    "rate_pct": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Rate %")),
    "at_pct": str(QT_TRANSLATE_NOOP("IncentiveTexts", "At attainment %")),
    "mentor_id": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Mentor")),
    "novice_id": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Novice")),
    "weight_pct": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Weight %")),
    "target": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Target")),
    "from_score": str(QT_TRANSLATE_NOOP("IncentiveTexts", "From score")),
    "coefficient": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Coefficient")),
    "person_ids": str(QT_TRANSLATE_NOOP("IncentiveTexts", "People")),
    "id": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Id")),
    "kind": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Kind")),
}

CHOICES: dict[str, dict[str, str]] = {
    "grain": {
        "month": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Monthly runs")),
        "quarter": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Quarterly runs")),
        "year": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Yearly runs")),
    },
    "base": {
        "collected": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Collected amount")),
        "signed": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Signed amount")),
    },
    "method": {
        "whole": str(QT_TRANSLATE_NOOP(
            "IncentiveTexts", "Whole amount (the reached tier's rate on everything)")),
        "marginal": str(QT_TRANSLATE_NOOP(
            "IncentiveTexts", "Marginal (each slice at its own tier's rate)")),
    },
    "share": {
        "equal": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Equally")),
        "contribution": str(QT_TRANSLATE_NOOP("IncentiveTexts", "By contribution")),
        "weights": str(QT_TRANSLATE_NOOP("IncentiveTexts", "By weights")),
    },
    "measure": {
        "amount": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Actual")),
        "attainment": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Attainment")),
    },
}

METRICS: dict[str, str] = {
    "signed_amount": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Signed amount")),
    "collected_amount": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Collected amount")),
    "deal_count": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Deals won")),
    "new_customers": str(QT_TRANSLATE_NOOP("IncentiveTexts", "New customers")),
    "followups": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Follow-ups")),
    "visits": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Visits")),
    "conversion_rate": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Conversion rate")),
    "collection_rate": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Collection rate")),
    "satisfaction": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Satisfaction")),
    "repurchase_rate": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Repurchase rate")),
}

STATUSES: dict[str, str] = {
    "draft": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Draft")),
    "published": str(QT_TRANSLATE_NOOP("IncentiveTexts", "Published")),
}

CUSTOMER_TIERS: dict[str, str] = {
    "A": str(QT_TRANSLATE_NOOP("IncentiveTexts", "A · Key")),
    "B": str(QT_TRANSLATE_NOOP("IncentiveTexts", "B · Ordinary")),
    "C": str(QT_TRANSLATE_NOOP("IncentiveTexts", "C · Potential")),
}


def tr(source: str) -> str:
    """``source`` (an English text of this module) in the interface language."""
    return QCoreApplication.translate(CONTEXT, source)


def label(table: dict[str, str], code: str | None) -> str:
    """The word for ``code`` in ``table``; an unknown code shows as itself."""
    if code is None:
        return ""
    source = table.get(code)
    return tr(source) if source else code


def kind_label(kind: str) -> str:
    """提成 / Commission for ``commission``."""
    return label(KINDS, kind)


def menu_label(kind: str) -> str:
    """排名奖（月度冠军/季度之星） / Ranking award (monthly champion / quarterly star)."""
    return label(KIND_HINTS, kind) if kind in KIND_HINTS else kind_label(kind)


def field_label(name: str) -> str:
    """门槛 / Gate for ``gate_pct``; ``product_factors.硬件`` reads 产品线系数 硬件."""
    head, dot, rest = name.partition(".")
    return label(FIELDS, head) + (f" {rest}" if dot else "")


def choice_label(field: str, code: str) -> str:
    """超额累进 / Marginal for ``method`` ``marginal``."""
    return label(CHOICES.get(field, {}), code)


def status_label(status: str) -> str:
    """草稿 / Draft, 已发布 / Published."""
    return label(STATUSES, status)


def scheme_error_text(exc: BaseException, rules: list[dict[str, object]]) -> str:
    """A document's refusal in the interface language, the rule and field named as the editor
    shows them. ``rules`` are the document's rules as edited (to find the rule by its id).
    """
    template = getattr(exc, "template", None)
    params = getattr(exc, "params", None)
    if not isinstance(template, str) or not isinstance(params, dict):
        return str(exc)
    values = {k: str(v) for k, v in params.items()}
    rule = values.get("rule")
    if rule is not None:
        values["rule"] = _rule_named(rule, rules)
    if "field" in values:
        values["field"] = field_label(values["field"])
    # The "rule {rule}:" templates start lower-case: the named rule begins the sentence.
    text = translate_template(template, values)
    return text[:1].upper() + text[1:]


def _rule_named(rule: str, rules: list[dict[str, object]]) -> str:
    if rule == "assign":
        return QCoreApplication.translate("IncentiveTexts", "of the assignment")
    for n, item in enumerate(rules, start=1):
        if str(item.get("id")) == rule or str(n) == rule:
            shown = str(item.get("title") or "").strip() or kind_label(str(item.get("kind")))
            named = QCoreApplication.translate("IncentiveTexts", "%1 “%2”")
            return named.replace("%1", str(n)).replace("%2", shown)
    return rule
