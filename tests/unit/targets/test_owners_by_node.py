"""The owners of every node read at once are those read node by node."""

from __future__ import annotations

from services.targets import lifecycle as L
from services.targets import ops
from services.targets.cascade import load_tree
from tests.unit.target_fixtures import build_firm


def test_owners_by_node_matches_owners_of(any_store) -> None:  # noqa: ANN001
    build_firm(any_store)
    plan_id = ops.create_plan_from_org(any_store, 2026).value
    nodes = load_tree(any_store, plan_id, with_actuals=False).nodes
    together = L.owners_by_node(any_store, plan_id)
    assert together == {n.id: frozenset(L.owners_of(any_store, n.id)) for n in nodes}
    assert any(together.values())  # the firm's heads own the company node
