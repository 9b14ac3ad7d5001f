"""Exact splitting (largest remainder, integer units), each rule, gaps and their distribution."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.targets.split import (
    SplitError,
    Values,
    distribute_gap,
    gap,
    parse_capacity_loads,
    rollup,
    rule_weights,
    split_amount,
    split_by_rule,
)


@pytest.mark.parametrize(("total", "weights", "parts"), [
    (100, [1, 1, 1], [34, 33, 33]),  # leftover fen to the first on a tie
    (-100, [1, 1, 1], [-34, -33, -33]),  # an over-allocation taken back, mirrored
    (10, [1, 2, 3, 4], [1, 2, 3, 4]),
    (7, [0, 0], [4, 3]),  # all-zero weights: even
    (1, [1, 1, 1], [1, 0, 0]),
    (0, [5, 1], [0, 0]),
    (1000, [Fraction(1, 3), Fraction(2, 3)], [333, 667]),
    (99_999_999_999, [3, 7], [30_000_000_000, 69_999_999_999]),  # .7 beats .3
    (5, [1, 3, 1], [1, 3, 1]),
    (6, [1, 3, 1], [1, 4, 1]),  # 1.2 / 3.6 / 1.2: the largest remainder (0.6) gets the unit
])
def test_split_amount_table(total, weights, parts):
    assert split_amount(total, weights) == parts
    assert sum(parts) == total


@given(st.integers(min_value=-10**13, max_value=10**13),
       st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=40))
def test_split_never_loses_or_invents_a_fen(total, weights):
    parts = split_amount(total, weights)
    assert sum(parts) == total
    assert len(parts) == len(weights)
    # each part is within one unit of its exact share
    wsum = sum(weights) or len(weights)
    ws = weights if sum(weights) else [1] * len(weights)
    for p, w in zip(parts, ws, strict=True):
        assert abs(Fraction(p) - Fraction(total * w, wsum)) < 1


def test_split_errors_are_clear():
    with pytest.raises(SplitError, match="no children"):
        split_amount(5, [])
    with pytest.raises(SplitError, match="negative"):
        split_amount(5, [1, -1])
    with pytest.raises(SplitError, match="no weights typed"):
        rule_weights("weights", 2, weights=[None, 0])


@pytest.mark.parametrize(("rule", "kwargs", "expected_targets"), [
    ("even", {}, [334, 333, 333]),
    ("last_year", {"last_year": [50, 30, 20]}, [500, 300, 200]),
    ("last_year", {"last_year": [0, 0, 0]}, [334, 333, 333]),  # no history: even
    ("weights", {"weights": [2000, None, 8000]}, [200, 0, 800]),
    ("capacity", {"capacity": [Fraction(6, 10), 1, Fraction(13, 10)]}, [207, 345, 448]),
])
def test_each_rule(rule, kwargs, expected_targets):
    parts = split_by_rule(Values(900, 1000, 1200), rule, 3, **kwargs)
    assert [p.target for p in parts] == expected_targets
    assert rollup(parts) == Values(900, 1000, 1200)


def test_capacity_loads_setting_overrides_defaults_and_refuses_nonsense():
    loads = parse_capacity_loads({"novice": "0.5"})
    assert loads["novice"] == Fraction(1, 2) and loads["senior"] == Fraction(13, 10)
    with pytest.raises(SplitError, match="unknown tier"):
        parse_capacity_loads({"expert": 2})
    with pytest.raises(SplitError, match="not a number"):
        parse_capacity_loads({"senior": "lots"})


@pytest.mark.parametrize(("parent", "children", "expected"), [
    (Values(10, 20, 30), [Values(5, 5, 5), Values(5, 5, 5)], Values(0, 10, 20)),
    (Values(10, 10, 10), [Values(6, 6, 6), Values(6, 6, 6)], Values(-2, -2, -2)),  # 超分配
    (Values(0, 0, 0), [], Values(0, 0, 0)),
])
def test_gap_is_parent_minus_children(parent, children, expected):
    assert gap(parent, children) == expected


@pytest.mark.parametrize("rule", ["even", "last_year", "weights", "capacity"])
def test_distribute_gap_closes_it_exactly(rule):
    parent = Values(100_001, 200_003, 300_007)
    children = [Values(10, 20, 30), Values(0, 0, 0), Values(50_000, 60_000, 400_000)]
    kwargs = {"last_year": [3, 0, 1], "weights": [1, 1, 5], "capacity": [1, 2, 3]}
    out = distribute_gap(parent, children, rule, **kwargs)
    assert gap(parent, out).is_zero()
    assert out[1] != Values() or rule == "last_year"
