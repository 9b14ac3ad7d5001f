"""Sailplan's SQLAlchemy 2 models. Qt-free; imported by services and migrations.

Importing this package registers every table on :data:`models.base.Base.metadata`.
"""

from models.aftersales import CustomerFeedback, ServiceTicket
from models.audit import AuditEntry
from models.base import Base, BusinessMixin, Money, UTCDateTime, new_id, utcnow
from models.customers import Contact, Customer, CustomerEvent, FollowUp
from models.incentives import (
    CreditSplit,
    IncentiveScheme,
    PayoutAdjustment,
    PayoutLine,
    PayoutRun,
    Recognition,
    SchemeVersion,
)
from models.orders import Contract, Payment, PaymentAllocation, PaymentInstalment
from models.org import OrgUnit, Person
from models.pipeline import Deal, DealLine, LostReason, Pipeline, Product, Stage, StageHistory
from models.plans import ActionCheckpoint, ActionItem, FunnelScenario, PlanCheckpoint
from models.quotes import Quote, QuoteApproval, QuoteLine
from models.reviews import Review, ReviewAction
from models.settings import AppSetting, ChangeFeedEntry
from models.targets import (
    TargetAcknowledgement,
    TargetAdjustment,
    TargetGrowth,
    TargetNode,
    TargetPlan,
    TargetTypedActual,
    TargetValue,
    TargetValueVersion,
)
from models.team import Account

__all__ = [
    "Account",
    "ActionCheckpoint",
    "ActionItem",
    "AppSetting",
    "AuditEntry",
    "ChangeFeedEntry",
    "Base",
    "BusinessMixin",
    "Contact",
    "Contract",
    "CreditSplit",
    "Customer",
    "CustomerEvent",
    "CustomerFeedback",
    "Deal",
    "DealLine",
    "FollowUp",
    "FunnelScenario",
    "IncentiveScheme",
    "LostReason",
    "Money",
    "OrgUnit",
    "Payment",
    "PaymentAllocation",
    "PaymentInstalment",
    "PayoutAdjustment",
    "PayoutLine",
    "PayoutRun",
    "Person",
    "Pipeline",
    "PlanCheckpoint",
    "Product",
    "Quote",
    "QuoteApproval",
    "QuoteLine",
    "Review",
    "ReviewAction",
    "Recognition",
    "SchemeVersion",
    "ServiceTicket",
    "Stage",
    "StageHistory",
    "TargetAcknowledgement",
    "TargetAdjustment",
    "TargetGrowth",
    "TargetNode",
    "TargetPlan",
    "TargetTypedActual",
    "TargetValue",
    "TargetValueVersion",
    "UTCDateTime",
    "new_id",
    "utcnow",
]
