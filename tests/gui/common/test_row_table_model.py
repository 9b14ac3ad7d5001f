from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt

from gui.common import formatting as F
from gui.common.row_table_model import Column, RowTableModel


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    amount: Decimal
    done: bool = False


def _model(edits: list | None = None) -> RowTableModel:
    cols = [Column("Title", lambda r: r.title, field="title"),
            Column("Amount", lambda r: F.money(r.amount), right=True),
            Column("Done", lambda r: "", field="done", check=lambda r: r.done)]
    return RowTableModel(cols, on_edit=(lambda row, f, v: edits.append((row.id, f, v)))
                         if edits is not None else None)


def test_rows_columns_roles_and_a_targeted_patch(qtmodeltester):
    model = _model()
    model.set_rows([Item("a", "甲", Decimal("12000")), Item("b", "乙", Decimal("0.5"))])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "¥12,000"
    assert model.data(model.index(1, 1)) == "¥0.50"
    assert model.data(model.index(1, 0), RowTableModel.IdRole) == "b"
    assert model.row_of("b") == 1 and model.row_of("zz") == -1
    changed: list[int] = []
    model.dataChanged.connect(lambda tl, _br: changed.append(tl.row()))
    missing = model.patch([Item("b", "乙二", Decimal(1)), Item("c", "丙", Decimal(1))])
    assert [m.id for m in missing] == ["c"] and changed == [1]
    assert model.data(model.index(1, 0)) == "乙二"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable  # no on_edit


def test_edits_go_to_the_handler_never_into_the_rows(qtmodeltester):
    edits: list = []
    model = _model(edits)
    model.set_rows([Item("a", "甲", Decimal(1))])
    qtmodeltester.check(model)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, 0), "新")
    assert model.setData(model.index(0, 2), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert edits == [("a", "title", "新"), ("a", "done", True)]
    assert model.data(model.index(0, 0)) == "甲"  # the page reloads after its command


def test_formatting():
    assert F.money(Decimal("1234567.891")) == "¥1,234,567.89"
    assert F.money(Decimal("-5"), fen=True) == "-¥5.00"
    assert F.money(Decimal("2.5"), whole=True) == "¥3"
    assert F.money(None) == "" and F.money_fen(123456) == "¥1,234.56"
    assert F.day(date(2026, 3, 5)) == "2026-03-05"
    assert F.day(datetime(2026, 3, 5, 1, tzinfo=UTC)) in {"2026-03-05", "2026-03-04"}
    assert F.percent(0.125) == "12.5%" and F.percent(None) == ""
