"""Importing customers, contacts, follow-ups and deals from .xlsx and .csv files (Qt-free).

Pipeline: :func:`open_source` (safety pre-check, read, header detection, mapping) →
:func:`plan_import` (per-cell parsing, lookups, create/update/skip/reject per row) →
:func:`commit_plan` (all-or-nothing bulk write; its ``Op`` holds the :class:`ImportBatch`) →
:func:`undo_import` / :func:`redo_import`. :func:`save_rejected` writes the rejected rows.
Reading, planning, committing and undo/redo take ``progress`` (and the first three
``is_cancelled``) callables; see :mod:`services.importing.progress`.
"""

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

__all__ = [
    "CREATE", "DEFAULT_LIMITS", "FIELDS", "KINDS", "MODES", "FieldSpec", "ImportBatch",
    "ImportCancelled", "ImportFileError", "ImportPlan", "ImportRejected", "ImportSource",
    "ImportUndoError", "PlanRow", "Problem", "ReadLimits", "commit_plan", "fields_for",
    "open_source", "plan_import", "redo_import", "save_mapping", "save_rejected", "undo_import",
]
