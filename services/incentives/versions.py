"""Which scheme versions a period uses: for each scheme, its newest published version effective
on the period's first day.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.incentives import IncentiveScheme, SchemeStatus, SchemeVersion
from services.core import periods as P
from services.incentives.doc import parse
from services.incentives.engine import SchemeInUse


def in_use(version: SchemeVersion, scheme: IncentiveScheme) -> SchemeInUse:
    """A stored version with its document parsed."""
    return SchemeInUse(version.id, scheme.id, scheme.name, version.number,
                       version.effective_from, parse(version.document))


def in_effect(session: Session, period: str) -> list[SchemeInUse]:
    """The versions a run of ``period`` uses, one per scheme, sorted by scheme name."""
    first_day = P.parse(period).start
    rows = session.execute(
        select(SchemeVersion, IncentiveScheme)
        .join(IncentiveScheme, IncentiveScheme.id == SchemeVersion.scheme_id)
        .where(SchemeVersion.deleted_at.is_(None), IncentiveScheme.deleted_at.is_(None),
               SchemeVersion.status == SchemeStatus.PUBLISHED,
               SchemeVersion.effective_from <= first_day)
        .order_by(IncentiveScheme.name, IncentiveScheme.id,
                  SchemeVersion.effective_from.desc(), SchemeVersion.number.desc()))
    chosen: dict[str, SchemeInUse] = {}
    for version, scheme in rows:
        if scheme.id not in chosen:
            chosen[scheme.id] = in_use(version, scheme)
    return sorted(chosen.values(), key=lambda s: (s.scheme_name, s.scheme_id))
