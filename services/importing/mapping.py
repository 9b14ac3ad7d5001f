"""Finding the header row, mapping file columns to fields, and remembering mappings.

Real ledgers put a title and an export date above the header; :func:`detect_header` scores each
of the first rows by how many cells are known synonyms and takes the best. Totals rows (合计,
总计, 小计, Total) and empty rows below it are skipped with a note. A mapping the user confirmed is
saved in ``AppSetting`` under ``import.mapping.<kind>``, by header signature, and applied first
the next time the same (or a similar) sheet is imported.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.settings import AppSetting
from services.core.changes import Op
from services.core.store import Store
from services.importing import messages as M
from services.importing.fields import fields_for, header_key, synonym_index
from services.importing.messages import Msg, msg
from services.importing.parsers import CONTROL, clean_str
from services.importing.readers import RawTable
from services.importing.xlsx_scan import col_letters

HEADER_SCAN_ROWS = 30
TOTAL_WORDS = frozenset({"合计", "总计", "小计", "总合计", "合计金额", "total", "totals",
                         "sum", "grandtotal", "subtotal"})
SETTING_PREFIX = "import.mapping."


@dataclass
class SheetLayout:
    """Where the header is and which rows are data (indexes into ``RawTable.rows``)."""

    header_index: int
    headers: list[str]
    data_indexes: list[int]
    notes: list[Msg] = field(default_factory=list)  # e.g. "Row 312: totals row skipped."


def _row_empty(row: list[Any]) -> bool:
    return all(clean_str(v) == "" for v in row)


def detect_header(table: RawTable, kind: str) -> SheetLayout:
    """Pick the header row (most synonym hits among the first rows) and the data rows below."""
    index = synonym_index(kind)
    best, best_score = -1, 0
    for i, row in enumerate(table.rows[:HEADER_SCAN_ROWS]):
        score = len({index[k] for k in (header_key(v) for v in row) if k in index})
        if score > best_score:
            best, best_score = i, score
    if best < 0:
        best = next((i for i, r in enumerate(table.rows) if not _row_empty(r)), 0)
    header_row = table.rows[best] if table.rows else []
    headers = [CONTROL.sub("", clean_str(v)) for v in header_row]
    while headers and not headers[-1]:
        headers.pop()
    layout = SheetLayout(best, headers, [], list(table.notes))
    formula_rows: dict[int, list[int]] = {}
    for r, c in table.formula_missing:
        formula_rows.setdefault(r, []).append(c)
    for i in range(best + 1, len(table.rows)):
        row = table.rows[i]
        if _row_empty(row):
            if i in formula_rows:  # only value-less formulas: say so, do not drop it silently
                cells = [str(dict(table.cell_notes[(i, c)].args).get("cell", ""))
                         for c in sorted(formula_rows[i])]
                layout.notes.append(msg(M.FORMULA_ONLY_ROW, row=table.row_numbers[i],
                                        cells=", ".join(cells[:5])))
            continue
        if _is_totals(row):
            layout.notes.append(msg(M.TOTALS_SKIPPED, row=table.row_numbers[i]))
            continue
        layout.data_indexes.append(i)
    return layout


def _is_totals(row: list[Any]) -> bool:
    texts = [header_key(v) for v in row[:4] if clean_str(v)]
    return bool(texts) and texts[0] in TOTAL_WORDS


def auto_map(headers: list[str], kind: str) -> list[str | None]:
    """Field key per column (None = ignored). Exact synonyms first, then contained synonyms."""
    index = synonym_index(kind)
    keys = [header_key(h) for h in headers]
    out: list[str | None] = [None] * len(headers)
    used: set[str] = set()
    for i, k in enumerate(keys):
        f = index.get(k)
        if f and f not in used:
            out[i] = f
            used.add(f)
    # Headers like 客户名称全称 or 跟进内容摘要: the longest known synonym contained in them.
    specs = fields_for(kind)
    for i, k in enumerate(keys):
        if out[i] is not None or len(k) < 2:
            continue
        best: tuple[int, str] | None = None
        for spec in specs:
            if spec.key in used:
                continue
            for syn in spec.synonyms:
                sk = header_key(syn)
                if len(sk) >= 2 and not sk.isascii() and sk in k and (
                        best is None or len(sk) > best[0]):
                    best = (len(sk), spec.key)
        if best:
            out[i] = best[1]
            used.add(best[1])
    return out


def duplicate_notes(headers: list[str], mapping: list[str | None], kind: str) -> list[Msg]:
    """Notes for columns left out because an earlier column already fills their field (e.g.
    two 手机 columns, or 电话 and 手机): nothing is dropped without saying so.
    """
    index = synonym_index(kind)
    labels = {s.key: s.label for s in fields_for(kind)}
    filled = {f: i for i, f in enumerate(mapping) if f is not None}
    out: list[Msg] = []
    for i, h in enumerate(headers):
        if i < len(mapping) and mapping[i] is not None:
            continue
        wanted = index.get(header_key(h))
        first = filled.get(wanted) if wanted else None
        if wanted is None or first is None:
            continue
        out.append(msg(M.DUPLICATE_COLUMN, column=col_letters(i + 1), header=h,
                       field=labels[wanted], first=col_letters(first + 1),
                       first_header=headers[first]))
    return out


def header_signature(headers: list[str]) -> str:
    """A short stable id of a header row (same columns in the same order → same id)."""
    joined = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def _load_setting(store: Store, kind: str) -> dict[str, Any]:
    with store.read() as uow:
        return _setting_in(uow.session, kind)


def _setting_in(session: Session, kind: str) -> dict[str, Any]:
    raw = session.execute(
        select(AppSetting.value).where(AppSetting.key == SETTING_PREFIX + kind)
    ).scalar_one_or_none()
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def initial_mapping(store: Store | None, headers: list[str], kind: str) -> list[str | None]:
    """The saved mapping for this header signature, else saved per-header choices, else auto."""
    auto = auto_map(headers, kind)
    if store is None:
        return auto
    saved = _load_setting(store, kind)
    valid = {s.key for s in fields_for(kind)}
    exact = saved.get("signatures", {}).get(header_signature(headers))
    by_header = saved.get("headers", {})
    out: list[str | None] = []
    for i, h in enumerate(headers):
        k = header_key(h)
        choice: Any = None
        if isinstance(exact, dict) and k in exact:
            choice = exact[k]
        elif k in by_header:
            choice = by_header[k]
        else:
            choice = auto[i]
        out.append(choice if choice in valid else None)
    # a field chosen twice keeps its first column
    seen: set[str] = set()
    for i, f in enumerate(out):
        if f is not None and f in seen:
            out[i] = None
        elif f is not None:
            seen.add(f)
    return out


def save_mapping(store: Store, kind: str, headers: list[str],
                 mapping: list[str | None]) -> Op[None]:
    """Remember the user's mapping for this header signature and per header (""= ignored).

    A preference the wizard saves as the user goes on, not an undoable action: the result has
    no undo.
    """
    choices = {header_key(h): (mapping[i] or "") for i, h in enumerate(headers)
               if i < len(mapping) and header_key(h)}
    with store.write() as uow:
        data = _setting_in(uow.session, kind)
        sigs = data.setdefault("signatures", {})
        sigs[header_signature(headers)] = choices
        if len(sigs) > 50:  # keep the setting small
            for old in list(sigs)[:-50]:
                del sigs[old]
        data.setdefault("headers", {}).update(choices)
        text = json.dumps(data, ensure_ascii=False)
        row = uow.session.get(AppSetting, SETTING_PREFIX + kind)
        if row is None:
            uow.session.add(AppSetting(key=SETTING_PREFIX + kind, value=text))
        else:
            row.value = text
        uow.commit()
        return uow.op(None)
