"""Mappings given by hand: fields and columns named any way a user would, saved mapping files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.importing.column_map import (
    MappingError,
    apply_pairs,
    column_index,
    field_key,
    load_mapping_file,
    save_mapping_file,
)
from services.importing.mapping import auto_map

HEADERS = ["Opportunity ID", "Sales Agent", "Account", "Close Value", "Deal Stage", "Memo"]


@pytest.mark.parametrize(("text", "key"), [
    ("name", "name"), ("Deal name", "name"), ("deal NAME", "name"), ("商机名称", "name"),
    ("Opportunity Name", "name"), ("客户名称", "customer"), ("Customer", "customer"),
    ("external_id", "external_id"), ("Deal ID", "external_id"), ("商机编号", "external_id"),
    ("客户编号", "customer_external_id"), ("金额", "amount"), ("赢率 %", "probability"),
    ("Probability %", "probability"), ("产品", "product"), ("Won/lost", "status"),
])
def test_a_field_is_named_by_key_label_chinese_header_or_synonym(text: str, key: str) -> None:
    assert field_key("deals", text) == key


@pytest.mark.parametrize(("text", "index"), [
    ("Close Value", 3), ("close value", 3), ("close_value", 3), ("A", 0), ("f", 5), ("Memo", 5),
])
def test_a_column_is_named_by_header_or_letter(text: str, index: int) -> None:
    assert column_index(HEADERS, text) == index


def test_unknown_names_are_refused_naming_them() -> None:
    with pytest.raises(MappingError, match="no field “Umsatz”"):
        field_key("deals", "Umsatz")
    with pytest.raises(MappingError, match="no column “G”.*A Opportunity ID"):
        column_index(HEADERS, "G")
    with pytest.raises(MappingError, match="FIELD=COLUMN"):
        apply_pairs([None] * 6, HEADERS, "deals", ["amount"])


def test_pairs_move_a_field_unmap_a_field_and_ignore_a_column() -> None:
    auto = auto_map(HEADERS, "deals")
    assert auto == ["external_id", "owner", "customer", "amount", "stage", None]
    got = apply_pairs(auto, HEADERS, "deals", ["商机名称=Opportunity ID", "notes=F",
                                               "Owner=", "=Deal Stage"])
    assert got == ["name", None, "customer", "amount", None, "notes"]


def test_a_saved_mapping_file_round_trips_and_new_columns_still_map(tmp_path: Path) -> None:
    mapping = ["name", "owner", "customer", "amount", "stage", None]
    path = save_mapping_file(tmp_path / "m.json", "deals", HEADERS, mapping)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {"sailplan_import_mapping": 1, "kind": "deals", "columns": dict(
        zip(HEADERS, mapping, strict=True))}
    assert load_mapping_file(path, "deals", HEADERS) == mapping
    # a later export: columns reordered, the ignored one gone, a new one the importer knows
    later = ["Deal Stage", "Account", "Opportunity ID", "Sales Agent", "Close Value", "Pipeline"]
    assert load_mapping_file(path, "deals", later) == ["stage", "customer", "name", "owner",
                                                       "amount", "pipeline"]


def test_a_saved_mapping_that_does_not_fit_is_refused(tmp_path: Path) -> None:
    path = save_mapping_file(tmp_path / "m.json", "deals", HEADERS, ["name"] + [None] * 5)
    with pytest.raises(MappingError, match="maps a deals import, not customers"):
        load_mapping_file(path, "customers", HEADERS)
    with pytest.raises(MappingError, match="no column “Opportunity ID”"):
        load_mapping_file(path, "deals", ["Account", "Stage"])
    bad = tmp_path / "bad.json"
    bad.write_text('{"columns": []}', encoding="utf-8")
    with pytest.raises(MappingError, match="not a Sailplan import mapping"):
        load_mapping_file(bad, "deals", HEADERS)
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(MappingError, match="cannot be read"):
        load_mapping_file(bad, "deals", HEADERS)
    bad.write_text(json.dumps({"sailplan_import_mapping": 1, "columns": {"Account": "Umsatz"}}),
                   encoding="utf-8")
    with pytest.raises(MappingError, match="no field “Umsatz”"):
        load_mapping_file(bad, "deals", HEADERS)
