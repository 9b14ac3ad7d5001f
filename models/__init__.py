"""Sailplan's SQLAlchemy 2 models. Qt-free; imported by services and migrations.

Importing this package registers every table on :data:`models.base.Base.metadata`.
"""

from models.base import Base, BusinessMixin, Money, UTCDateTime, new_id, utcnow
from models.customers import Contact, Customer, CustomerEvent, FollowUp
from models.org import OrgUnit, Person
from models.pipeline import Deal, DealLine, LostReason, Pipeline, Product, Stage, StageHistory
from models.settings import AppSetting

__all__ = [
    "AppSetting",
    "Base",
    "BusinessMixin",
    "Contact",
    "Customer",
    "CustomerEvent",
    "Deal",
    "DealLine",
    "FollowUp",
    "LostReason",
    "Money",
    "OrgUnit",
    "Person",
    "Pipeline",
    "Product",
    "Stage",
    "StageHistory",
    "UTCDateTime",
    "new_id",
    "utcnow",
]
