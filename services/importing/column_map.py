"""Column mappings given by hand: ``--map FIELD=COLUMN`` and mapping files saved by the wizard.

A field is named by its key (``external_id``), its English label (``Deal ID``), its Chinese
header (``商机编号``) or any header it is recognised by (``Opportunity ID``); a column by its
header text or its letter (``C``). ``FIELD=`` leaves a field unmapped, ``=COLUMN`` ignores a
column. Anything not found is refused with one line naming it.

A mapping file (docs/IMPORT.md) is a small JSON document::

    {"sailplan_import_mapping": 1, "kind": "deals",
     "columns": {"Opportunity ID": "external_id", "Account": "customer", "Notes": null}}

``columns`` maps a header of the file to a field key (``null``: not imported). Headers the
file lists that a new export no longer has are fine unless they were mapped to a field; columns
it does not list are matched by their headers as usual.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from services.importing.fields import fields_for, header_key, synonym_index
from services.importing.limits import ImportFileError
from services.importing.mapping import auto_map
from services.importing.messages import short
from services.importing.xlsx_scan import col_letters

FORMAT_KEY = "sailplan_import_mapping"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 1_000_000


class MappingError(ImportFileError):
    """A hand-given mapping names a field or a column that does not exist (nothing imported)."""


def field_key(kind: str, text: str) -> str:
    """The key of the field ``text`` names (key, label, Chinese header or a synonym)."""
    wanted = text.strip()
    specs = fields_for(kind)
    for spec in specs:
        if wanted == spec.key:
            return spec.key
    key = header_key(wanted)
    for spec in specs:
        if key in (header_key(spec.label), header_key(spec.key)):
            return spec.key
    found = synonym_index(kind).get(key)
    if found is None and key.endswith("%"):
        found = synonym_index(kind).get(key.rstrip("%"))
    if found is None:
        names = ", ".join(f"{s.header_zh} ({s.key})" for s in specs)
        raise MappingError("There is no field “{field}” in a {kind} import. Fields: {names}.",
                           field=short(wanted, 60), kind=kind, names=names)
    return found


def column_index(headers: list[str], text: str) -> int:
    """The 0-based column ``text`` names: its header (exactly, else as headers compare), else
    its letter.
    """
    wanted = text.strip()
    for i, h in enumerate(headers):
        if h == wanted:
            return i
    key = header_key(wanted)
    if key:
        for i, h in enumerate(headers):
            if header_key(h) == key:
                return i
    letters = wanted.upper()
    if letters.isascii() and letters.isalpha() and len(letters) <= 3:
        col = 0
        for ch in letters:
            col = col * 26 + ord(ch) - 64
        if 1 <= col <= len(headers):
            return col - 1
    listed = ", ".join(f"{col_letters(i + 1)} {short(h, 30)}" for i, h in enumerate(headers[:60])
                       if h)
    raise MappingError("The file has no column “{column}”. Columns: {columns}.",
                       column=short(wanted, 60), columns=short(listed, 600))


def split_pair(text: str) -> tuple[str, str]:
    """``FIELD=COLUMN`` → (field, column); the first ``=`` splits (headers may hold one)."""
    if "=" not in text:
        raise MappingError("--map “{value}”: write FIELD=COLUMN, e.g. --map \"商机名称=Opportunity "
                           "ID\".", value=short(text, 60))
    field, column = text.split("=", 1)
    return field.strip(), column.strip()


def apply_pairs(mapping: list[str | None], headers: list[str], kind: str,
                pairs: Iterable[str]) -> list[str | None]:
    """``mapping`` with each ``FIELD=COLUMN`` applied in order (one column per field)."""
    out = list(mapping) + [None] * (len(headers) - len(mapping))
    for pair in pairs:
        field_text, column_text = split_pair(pair)
        if not field_text and not column_text:
            raise MappingError("--map “{value}”: write FIELD=COLUMN, e.g. --map "
                               "\"商机名称=Opportunity ID\".", value=pair)
        key = field_key(kind, field_text) if field_text else None
        col = column_index(headers, column_text) if column_text else None
        _assign(out, key, col)
    return out


def _assign(mapping: list[str | None], key: str | None, col: int | None) -> None:
    if key is not None:
        mapping[:] = [None if f == key else f for f in mapping]
    if col is not None:
        mapping[col] = key


# --- files ------------------------------------------------------------------------------------
def mapping_document(kind: str, headers: list[str], mapping: list[str | None]) -> dict[str, Any]:
    """The JSON document of a mapping (see module doc)."""
    columns: dict[str, str | None] = {}
    for i, h in enumerate(headers):
        if h and h not in columns:
            columns[h] = mapping[i] if i < len(mapping) else None
    return {FORMAT_KEY: FORMAT_VERSION, "kind": kind, "columns": columns}


def save_mapping_file(path: str | Path, kind: str, headers: list[str],
                      mapping: list[str | None]) -> Path:
    """Write the mapping to ``path`` (UTF-8 JSON, replaced whole); returns the path."""
    target = Path(path)
    text = json.dumps(mapping_document(kind, headers, mapping), ensure_ascii=False, indent=2)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text + "\n", encoding="utf-8")
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _document(path: str | Path, kind: str) -> dict[str, Any]:
    """The ``columns`` of a saved mapping file for ``kind``; :class:`MappingError` when the
    file is not one or is for another kind.
    """
    source = Path(path)
    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise MappingError("{name} is not a mapping file (too large).", name=source.name)
        data = json.loads(source.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise MappingError("The mapping file {name} cannot be read: {reason}",
                           name=source.name, reason=short(str(exc), 120)) from exc
    columns = data.get("columns") if isinstance(data, dict) else None
    if not isinstance(columns, dict) or data.get(FORMAT_KEY) != FORMAT_VERSION:
        raise MappingError("{name} is not a Sailplan import mapping (it needs "
                           "\"sailplan_import_mapping\": 1 and \"columns\").", name=source.name)
    if data.get("kind", kind) != kind:
        raise MappingError("{name} maps a {theirs} import, not {kind}.", name=source.name,
                           theirs=short(str(data.get("kind")), 30), kind=kind)
    for header, value in columns.items():
        if value is not None and not isinstance(value, str):
            raise MappingError("{name}: the field of column “{column}” must be a text or null.",
                               name=source.name, column=short(str(header), 60))
    return columns


@dataclass(frozen=True)
class LoadedMapping:
    """A saved mapping applied to a file's headers, and what of it could not be applied."""

    mapping: list[str | None]
    #: (header, field key): columns the mapping sends to a field that this file does not have
    missing_columns: tuple[tuple[str, str], ...] = ()
    #: (header, field as written): fields the mapping names that this import kind does not know
    unknown_fields: tuple[tuple[str, str], ...] = ()


def read_mapping_file(path: str | Path, kind: str, headers: list[str]) -> LoadedMapping:
    """Apply a saved mapping file to ``headers`` as far as it goes (the wizard's Load mapping…):
    a column the file lacks or a field the kind does not know is left out and listed;
    :class:`MappingError` only when the file is no mapping for ``kind``.
    """
    out: list[str | None] = [None] * len(headers)
    listed: set[int] = set()
    missing: list[tuple[str, str]] = []
    unknown: list[tuple[str, str]] = []
    for header, value in _document(path, kind).items():
        try:
            key = field_key(kind, value) if value else None
        except MappingError:
            unknown.append((str(header), str(value)))
            continue
        try:
            col = column_index(headers, str(header))
        except MappingError:
            if key is not None:
                missing.append((str(header), key))
            continue
        listed.add(col)
        _assign(out, key, col)
    _auto_fill(out, listed, headers, kind)
    return LoadedMapping(out, tuple(missing), tuple(unknown))


def load_mapping_file(path: str | Path, kind: str, headers: list[str]) -> list[str | None]:
    """The mapping a saved file gives ``headers`` (see module doc); :class:`MappingError`
    when the file is not one, is for another kind, or names a field or a mapped column that
    does not exist (``--mapping``: a headless import does not guess).
    """
    out: list[str | None] = [None] * len(headers)
    listed: set[int] = set()
    for header, value in _document(path, kind).items():
        key = field_key(kind, value) if value else None
        try:
            col = column_index(headers, str(header))
        except MappingError:
            if key is None:
                continue  # an ignored column this file no longer has
            raise
        listed.add(col)
        _assign(out, key, col)
    _auto_fill(out, listed, headers, kind)
    return out


def _auto_fill(out: list[str | None], listed: set[int], headers: list[str], kind: str) -> None:
    """Columns the mapping does not list are matched by their headers, as usual."""
    auto = auto_map(headers, kind)
    for i, f in enumerate(auto):
        if i not in listed and f is not None and f not in out:
            out[i] = f
