"""Preparing the customer list off the GUI thread: pieces-wise sorting, ranks, insertion, choices.

Pure functions over hand-built rows (no database): the sort in pieces must give exactly the
order one plain stable sort gives, with empty values last in both directions.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from services.customers import search
from services.customers.queries import CustomerRow
from services.customers.search import (
    FilterChoices,
    filter_choices,
    insert_position,
    prepare_list,
    sort_order,
    sort_value,
)

BASE = CustomerRow(
    id="", name="", owner_id=None, owner_name="", tier=None, tier_manual=False, industry="",
    region="", source="", phone="", contact_name="", contact_phone="", tags=(),
    last_followup_at=None, next_followup_on=None, in_pool=False, stale=False, won_12m_fen=0,
    open_deals=0, created_at=datetime(2026, 1, 1, tzinfo=UTC))


def _rows(n: int, seed: int = 7) -> list[CustomerRow]:
    rnd = random.Random(seed)
    words = ["上海", "北京", "杭州", "Acme", "acme", "ＡＢＣ", "星海", "云帆", "贸易", ""]
    rows = []
    for i in range(n):
        owner = rnd.choice([None, "p1", "p2", "p3"])
        rows.append(replace(
            BASE, id=f"c{i}", name=rnd.choice(words) + rnd.choice(words) + str(rnd.randint(0, 9)),
            owner_id=owner, owner_name={"p1": "王芳", "p2": "李强", "p3": ""}.get(owner or "", ""),
            tier=rnd.choice([None, "A", "B", "C"]), industry=rnd.choice(["", "制造业", "贸易"]),
            region=rnd.choice(["", "华东", "华北"]), source=rnd.choice(["", "官网", "展会"]),
            won_12m_fen=rnd.choice([0, 100, 5000, 5000]), tags=rnd.choice([(), ("重点",)])))
    return rows


def _plain(rows: list[CustomerRow], key: str, descending: bool, text_key=None) -> list[int]:
    """The reference: one stable sort of every value, empty values last."""
    values = [sort_value(r, key, text_key) for r in rows]
    present = [i for i, v in enumerate(values) if v is not None]
    present.sort(key=values.__getitem__, reverse=descending)
    return present + [i for i, v in enumerate(values) if v is None]


@pytest.mark.parametrize("key", ["name", "owner", "tier", "industry", "tags", "won_12m",
                                 "created", "status"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_in_pieces_matches_one_plain_sort(monkeypatch, key, descending):
    rows = _rows(500)
    monkeypatch.setattr(search, "SORT_PIECE", 37)  # many pieces, uneven last one
    # A stand-in collation key: case- and width-insensitive, so distinct texts tie.
    text_key = search.fold
    assert sort_order(rows, key, descending, text_key) == _plain(rows, key, descending,
                                                                  text_key)
    assert sort_order(rows, key, descending) == _plain(rows, key, descending)


def test_insert_position_finds_the_place_after_equals_and_before_empties():
    rows = _rows(300)
    for descending in (False, True):
        order = sort_order(rows, "won_12m", descending)

        def value_of(i: int) -> int:
            return sort_value(rows[i], "won_12m")

        for value in (0, 100, 4999, 5000, 10**9):
            pos = insert_position(order, value_of, value, descending)
            before = [value_of(i) for i in order[:pos]]
            after = [value_of(i) for i in order[pos:]]
            assert all((v >= value) if descending else (v <= value) for v in before)
            assert all((v < value) if descending else (v > value) for v in after)
        assert insert_position(order, value_of, None, descending) == len(order)


def test_prepare_list_gives_index_order_and_choices():
    rows = _rows(200)
    prepared = prepare_list(rows, "tier", True)
    assert prepared.rows is rows and prepared.index.rows is rows
    assert prepared.order == sort_order(rows, "tier", True)
    assert (prepared.sort_key, prepared.descending) == ("tier", True)
    assert prepared.choices == filter_choices(rows)
    assert prepare_list(rows).order == list(range(len(rows)))
    hits = search.filter_rows(rows, prepared.index, "星海", order=prepared.order)
    assert hits and all("星海" in rows[i].name for i in hits)


def test_filter_choices_are_distinct_sorted_and_skip_blanks():
    rows = _rows(200)
    choices = filter_choices(rows)
    assert isinstance(choices, FilterChoices)
    # Sorted by code point (a stable, locale-free order for the combos), blanks dropped.
    assert choices.industries == tuple(sorted(("制造业", "贸易")))
    assert choices.regions == tuple(sorted(("华北", "华东")))
    assert choices.sources == tuple(sorted(("官网", "展会")))
    assert dict(choices.owners) == {"p1": "王芳", "p2": "李强", "p3": ""}
