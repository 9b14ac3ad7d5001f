"""The dashboard (业绩看板): the figures its charts draw, and the records behind each element.

Every figure is a plain frozen dataclass computed for a :class:`~services.dashboard.scope.Scope`
(a period, an org unit, a person) from the features' own services — target actuals from
services.targets, conversion and forecast from services.pipeline.analytics, aging from
services.orders.receivables, standings from services.incentives.leaderboard — so the GUI, the
CLI and the exports draw the same numbers. Each chart element names its records with a
:class:`~services.dashboard.records.Ref` (which figure, which element); :func:`records_of`
turns it into the ids behind it (deals, payments, instalments, customers) and
:func:`~services.dashboard.records.describe` into rows a list can show and open.
"""

from services.dashboard.records import records_of

__all__ = ["records_of"]
