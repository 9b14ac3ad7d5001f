"""The in-memory roll-up: allocated sums, gaps, bottom-up values, actuals, incremental edits."""

from __future__ import annotations

import random

import pytest

from services.targets.rollup import CycleError, RollupTree, full_recompute_raw
from services.targets.split import Values

M, P = "signed_amount", "2026-01"

#        co
#      /    \
#    east   west
#    /  \      \
#   a    b      c
PARENTS = {"co": None, "east": "co", "west": "co", "a": "east", "b": "east", "c": "west"}


def _tree(**vals: Values) -> RollupTree:
    return RollupTree(PARENTS, {(n, M, P): v for n, v in vals.items()})


def test_typed_parent_shows_gap_against_its_children():
    t = _tree(co=Values(90, 100, 120), east=Values(50, 60, 70), west=Values(30, 30, 30))
    co = t.cell("co", M, P)
    assert co.allocated == Values(80, 90, 100)
    assert co.gap == Values(10, 10, 20)  # 未分配, shown not fixed
    assert co.effective == Values(90, 100, 120)
    assert t.cell("east", M, P).gap == Values(50, 60, 70)  # nobody under east typed yet
    assert dict(t.gaps()) == {("co", M, P): Values(10, 10, 20), ("east", M, P): Values(50, 60, 70),
                              ("west", M, P): Values(30, 30, 30)}


def test_untyped_nodes_roll_up_bottom_up():
    t = _tree(a=Values(1, 2, 3), b=Values(10, 20, 30), c=Values(100, 200, 300))
    assert t.cell("east", M, P).effective == Values(11, 22, 33)
    assert t.cell("co", M, P).effective == Values(111, 222, 333)
    assert t.cell("co", M, P).gap == Values()  # no own value: nothing to disagree with


def test_edit_updates_only_moving_sums_and_matches_a_full_recompute():
    t = _tree(co=Values(0, 1000, 0), a=Values(1, 2, 3), b=Values(10, 20, 30), c=Values(5, 5, 5))
    changed = t.apply_edit("a", M, P, Values(2, 4, 6))
    assert changed == [("a", M, P), ("east", M, P), ("co", M, P)]
    assert t.cell("co", M, P).gap == Values(-17, 1000 - 29, -41)  # 超分配 on floor/challenge
    # typed east absorbs further edits below it: co's sum does not move
    t.apply_edit("east", M, P, Values(12, 24, 36))
    assert t.apply_edit("b", M, P, Values(0, 0, 0)) == [("b", M, P), ("east", M, P)]
    assert t.cell("east", M, P).gap == Values(10, 20, 30)
    keys = [("co", M, P), ("east", M, P), ("a", M, P), ("b", M, P), ("c", M, P)]
    fresh = RollupTree(PARENTS, {k: own for k in keys if (own := t.cell(*k).own) is not None})
    for n in PARENTS:
        assert fresh.cell(n, M, P) == t.cell(n, M, P)


def test_clearing_a_value_falls_back_to_the_roll_up():
    t = _tree(east=Values(9, 9, 9), a=Values(1, 1, 1), b=Values(2, 2, 2))
    t.apply_edit("east", M, P, None)
    assert t.cell("east", M, P).effective == Values(3, 3, 3)
    assert t.cell("co", M, P).allocated == Values(3, 3, 3)


def test_actuals_roll_up_to_every_ancestor():
    t = RollupTree(PARENTS, {}, {("a", M, P): 5, ("b", M, P): 7, ("c", M, P): 11})
    assert t.cell("east", M, P).actual == 12 and t.cell("co", M, P).actual == 23
    t.apply_actual("b", M, P, 3)
    assert t.cell("east", M, P).actual == 15 and t.cell("co", M, P).actual == 26
    t.apply_edit("east", M, P, Values(0, 30, 0))
    assert t.cell("east", M, P).attainment == pytest.approx(0.5)


def test_rates_are_never_summed():
    t = RollupTree(PARENTS, {("a", "conversion_rate", P): Values(2000, 2500, 3000),
                             ("b", "conversion_rate", P): Values(2000, 2500, 3000),
                             ("co", "conversion_rate", P): Values(1000, 1000, 1000)})
    east = t.cell("east", "conversion_rate", P)
    assert east.allocated == east.effective == Values(2000, 2500, 3000)  # not 4000/5000/6000
    assert t.cell("co", "conversion_rate", P).gap == Values()  # a rate has no 未分配/超分配
    assert not any(k[1] == "conversion_rate" for k, _g in t.gaps())


@pytest.mark.parametrize(("node", "new_parent"), [("east", "a"), ("co", "c"), ("b", "b")])
def test_moves_that_would_make_a_cycle_are_refused(node, new_parent):
    t = _tree()
    with pytest.raises(CycleError, match="under itself"):
        t.move(node, new_parent)
    assert t.parent(node) == PARENTS[node]


def test_move_and_remove_recompute_sums():
    t = _tree(co=Values(0, 100, 0), a=Values(0, 10, 0), c=Values(0, 40, 0))
    t.move("a", "west")
    assert t.cell("west", M, P).allocated == Values(0, 50, 0)
    assert t.cell("east", M, P).allocated == Values()
    t.remove_node("west")
    assert t.cell("co", M, P).allocated == Values()
    assert t.children("co") == ["east"]


def test_random_edits_agree_with_the_raw_full_recompute():
    rng = random.Random(7)
    parents: dict[str, str | None] = {"n0": None}
    for i in range(1, 60):
        parents[f"n{i}"] = f"n{rng.randrange(i)}"
    periods = ["2026-01", "2026-02"]
    own = {(n, M, p): Values(rng.randrange(100), rng.randrange(100), rng.randrange(100))
           for n in parents for p in periods if rng.random() < 0.6}
    t = RollupTree(parents, own)
    for _ in range(200):
        key = (f"n{rng.randrange(60)}", M, rng.choice(periods))
        val = None if rng.random() < 0.2 else Values(rng.randrange(50), rng.randrange(50), 0)
        t.apply_edit(*key, val)
        if val is None:
            own.pop(key, None)
        else:
            own[key] = val
    raw = full_recompute_raw(parents, {k: v.as_tuple() for k, v in own.items()})
    for n in parents:
        for p in periods:
            assert t.cell(n, M, p).allocated.as_tuple() == tuple(raw.get((n, M, p), [0, 0, 0]))


def test_incremental_moves_and_removals_agree_with_a_fresh_build():
    rng = random.Random(11)
    parents: dict[str, str | None] = {"n0": None}
    for i in range(1, 40):
        parents[f"n{i}"] = f"n{rng.randrange(i)}"
    own = {(n, M, P): Values(0, rng.randrange(100), 0) for n in parents if rng.random() < 0.5}
    actual = {(n, M, P): rng.randrange(10) for n in parents if rng.random() < 0.5}
    t = RollupTree(parents, own, actual)
    for _ in range(60):
        node = f"n{rng.randrange(1, 40)}"
        if node not in parents:
            continue
        target = rng.choice(list(parents))
        try:
            changed = t.move(node, target)
        except CycleError:
            continue
        parents[node] = target
        assert all(k[0] in parents for k in changed)

    def under_n5(n: str | None) -> bool:
        while n is not None:
            if n == "n5":
                return True
            n = parents[n]
        return False

    gone = {n for n in parents if under_n5(n)}
    changed = t.remove_node("n5")
    assert not any(k[0] in gone for k in changed)
    keep = {n: p for n, p in parents.items() if n not in gone}
    fresh = RollupTree(keep, {k: v for k, v in own.items() if k[0] in keep},
                       {k: v for k, v in actual.items() if k[0] in keep})
    for n in keep:
        assert t.cell(n, M, P) == fresh.cell(n, M, P), n
