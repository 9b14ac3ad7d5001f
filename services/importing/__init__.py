"""Importing customers, contacts, follow-ups and deals from .xlsx and .csv files (Qt-free).

Pipeline: :func:`open_source` (safety pre-check and read in a capped child process, header
detection, mapping) → :func:`plan_import` (per-cell parsing, lookups, create/update/skip/reject per
row) → :func:`commit_plan` (all-or-nothing bulk write; its ``Op`` holds the :class:`ImportBatch`)
→ :func:`undo_import` / :func:`redo_import`. :func:`save_rejected` writes the rejected rows.
Reading, planning, committing and undo/redo take ``progress`` (and the first three
``is_cancelled``) callables; see :mod:`services.importing.progress`.

The names below load on first use (PEP 562): the reader process imports
``services.importing.readers`` without pulling in SQLAlchemy and the models.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from services.importing.api import ImportSource, open_source, plan_import
    from services.importing.commit import (
        ImportBatch,
        ImportRejected,
        ImportUndoError,
        commit_plan,
        redo_import,
        undo_import,
    )
    from services.importing.fields import FIELDS, KINDS, FieldSpec, fields_for
    from services.importing.limits import DEFAULT_LIMITS, ImportFileError, ReadLimits
    from services.importing.mapping import save_mapping
    from services.importing.plan import CREATE, MODES, ImportPlan, PlanRow
    from services.importing.progress import ImportCancelled
    from services.importing.rejected import save_rejected
    from services.importing.rows import Problem

_WHERE = {
    "ImportSource": "api", "open_source": "api", "plan_import": "api",
    "ImportBatch": "commit", "ImportRejected": "commit", "ImportUndoError": "commit",
    "commit_plan": "commit", "redo_import": "commit", "undo_import": "commit",
    "FIELDS": "fields", "KINDS": "fields", "FieldSpec": "fields", "fields_for": "fields",
    "DEFAULT_LIMITS": "limits", "ImportFileError": "limits", "ReadLimits": "limits",
    "save_mapping": "mapping", "CREATE": "plan", "MODES": "plan", "ImportPlan": "plan",
    "PlanRow": "plan", "ImportCancelled": "progress", "save_rejected": "rejected",
    "Problem": "rows",
}

__all__ = [
    "CREATE", "DEFAULT_LIMITS", "FIELDS", "KINDS", "MODES", "FieldSpec", "ImportBatch",
    "ImportCancelled", "ImportFileError", "ImportPlan", "ImportRejected", "ImportSource",
    "ImportUndoError", "PlanRow", "Problem", "ReadLimits", "commit_plan", "fields_for",
    "open_source", "plan_import", "redo_import", "save_mapping", "save_rejected", "undo_import",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
