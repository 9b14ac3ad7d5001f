"""In-memory roll-up of a target cascade: allocated sums, gaps and actuals, updated incrementally.

Per node and cell (metric, period) a node may have its own typed values (``own``) or none. Then:

- ``allocated`` = the sum of the children's *effective* values (分配合计);
- ``effective`` = ``own`` if typed, else ``allocated`` (a node nobody typed rolls up bottom-up);
- ``gap`` = ``own − allocated`` for a typed node with children (positive 未分配, negative 超分配),
  zero otherwise — shown, never silently fixed;
- ``actual`` = the node's own actual (people) plus its children's actuals.

:class:`RollupTree` is built once from rows (pure Python, no database) and then
:meth:`RollupTree.apply_edit` changes one cell and updates only the ancestors whose sums move,
returning the cells that changed — the GUI repaints those and writes the edit separately.
Rate metrics (basis points, ``models.enums.RATE_METRICS``) are never summed: a node nobody typed
shows its children's rates weighted by each child's denominator actual (an even mean when none
has one) as ``allocated`` and ``effective``, and its gap is always zero. A derived rate's actual
is the node's numerator over its denominator (both counted under ``rate_parts`` keys and rolled
up as sums, so a parent's rate is weighted by its children's denominators); a typed rate's actual
(市场份额) stays on the node it was typed for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction

from models.enums import ADDITIVE_METRICS, RATE_METRICS, rate_parts
from services.targets.split import ZERO, Values

CellKey = tuple[str, str, str]  # (node_id, metric, period)


@dataclass(frozen=True, slots=True)
class CellState:
    """One node's figures for one metric and period."""

    own: Values | None
    allocated: Values
    effective: Values
    gap: Values
    actual: int
    has_children: bool

    @property
    def attainment(self) -> float | None:
        """Actual ÷ effective target (1.0 = 100%), None when the target is zero."""
        t = self.effective.target
        return None if t == 0 else self.actual / t


class CycleError(ValueError):
    """A re-parent would make a node its own ancestor."""


class RollupTree:
    """Parent links, typed values and the running sums derived from them."""

    def __init__(
        self,
        parents: Mapping[str, str | None],
        values: Mapping[CellKey, Values] | Iterable[tuple[CellKey, Values]] = (),
        actuals: Mapping[CellKey, int] | None = None,
    ) -> None:
        self._parent: dict[str, str | None] = dict(parents)
        self._children: dict[str, list[str]] = {n: [] for n in self._parent}
        for node, par in self._parent.items():
            if par is not None:
                if par not in self._children:
                    raise ValueError(f"node {node} has an unknown parent {par}")
                self._children[par].append(node)
        self._own: dict[CellKey, Values] = dict(values.items() if isinstance(values, Mapping)
                                                else values)
        self._base_actual: dict[CellKey, int] = dict(actuals or {})
        self._alloc: dict[CellKey, Values] = {}
        self._actual: dict[CellKey, int] = {}
        self._cells_of: dict[str, set[tuple[str, str]]] = {}
        self.recompute()

    # --- building --------------------------------------------------------------------------

    def _postorder(self) -> list[str]:
        out: list[str] = []
        roots = [n for n, p in self._parent.items() if p is None]
        stack: list[tuple[str, bool]] = [(r, False) for r in reversed(roots)]
        while stack:
            node, done = stack.pop()
            if done:
                out.append(node)
                continue
            stack.append((node, True))
            stack.extend((c, False) for c in reversed(self._children[node]))
        return out

    def recompute(self) -> None:
        """Rebuild every allocated sum and actual from scratch (children before parents)."""
        cells_of: dict[str, set[tuple[str, str]]] = {n: set() for n in self._parent}
        self._cells_of = cells_of
        own, base = self._own, self._base_actual
        for (node, metric, period) in own:
            cells_of[node].add((metric, period))
        for (node, metric, period) in base:
            cells_of[node].add((metric, period))
        actual: dict[CellKey, int] = {}
        acc: dict[CellKey, list[int]] = {}  # running sums as lists: no object per addition
        additive = ADDITIVE_METRICS
        for node in self._postorder():
            par = self._parent[node]
            if par is None:
                for cell in cells_of[node]:
                    key = (node, *cell)
                    actual[key] = actual.get(key, 0) + base.get(key, 0)
                continue
            pcells = cells_of[par]
            for cell in cells_of[node]:
                key = (node, *cell)
                act = actual.get(key, 0) + base.get(key, 0)
                actual[key] = act
                pkey = (par, *cell)
                pcells.add(cell)
                if act and cell[0] not in RATE_METRICS:
                    actual[pkey] = actual.get(pkey, 0) + act
                if cell[0] not in additive:
                    continue
                o = own.get(key)
                if o is not None:
                    f, t, c = o.floor, o.target, o.challenge
                else:
                    a = acc.get(key)
                    if a is None:
                        continue
                    f, t, c = a
                pa = acc.get(pkey)
                if pa is None:
                    acc[pkey] = [f, t, c]
                else:
                    pa[0] += f
                    pa[1] += t
                    pa[2] += c
        self._actual = actual
        self._alloc = {k: Values(*v) for k, v in acc.items()}

    def set_actuals(self, actuals: Mapping[CellKey, int]) -> None:
        """Replace the base actuals (read after the values, on a large firm) and re-sum them."""
        self._base_actual = dict(actuals)
        self.recompute()

    # --- reading ---------------------------------------------------------------------------

    def _effective(self, key: CellKey) -> Values:
        own = self._own.get(key)
        return own if own is not None else self._alloc.get(key, ZERO)

    def cell(self, node: str, metric: str, period: str) -> CellState:
        """The figures of one cell."""
        if metric in RATE_METRICS:
            return self._rate_cell(node, metric, period)
        key = (node, metric, period)
        own = self._own.get(key)
        alloc = self._alloc.get(key, ZERO)
        has_children = bool(self._children[node])
        gap = own - alloc if own is not None and has_children else ZERO
        return CellState(own, alloc, own if own is not None else alloc, gap,
                         self._actual.get(key, 0), has_children)

    def rate_actual(self, node: str, metric: str, period: str) -> int:
        """A rate's actual in basis points: numerator ÷ denominator (half up) when the rate is
        derived and the denominator is not zero, else the typed actual (0 when none).
        """
        num_key, den_key = rate_parts(metric)
        den = self._actual.get((node, den_key, period), 0)
        if den:
            num = self._actual.get((node, num_key, period), 0)
            return int(Fraction(num * 10000, den) + Fraction(1, 2))
        return self._actual.get((node, metric, period), 0)

    def _rate_effective(self, node: str, metric: str, period: str) -> Values | None:
        own = self._own.get((node, metric, period))
        return own if own is not None else self._rate_rollup(node, metric, period)

    def _rate_rollup(self, node: str, metric: str, period: str) -> Values | None:
        """The children's rates weighted by their denominator actuals (even when none has one);
        None when no child has a rate.
        """
        den_key = rate_parts(metric)[1]
        parts = [(v, self._actual.get((c, den_key, period), 0))
                 for c in self._children[node]
                 if (v := self._rate_effective(c, metric, period)) is not None]
        if not parts:
            return None
        if not any(w for _v, w in parts):
            parts = [(v, 1) for v, _w in parts]
        total = sum(w for _v, w in parts)

        def mean(pick: int) -> int:
            return int(Fraction(sum(v.as_tuple()[pick] * w for v, w in parts), total)
                       + Fraction(1, 2))
        return Values(mean(0), mean(1), mean(2))

    def _rate_cell(self, node: str, metric: str, period: str) -> CellState:
        own = self._own.get((node, metric, period))
        kids = bool(self._children[node])
        rolled = self._rate_rollup(node, metric, period) if kids else None
        alloc = rolled if rolled is not None else ZERO
        effective = own if own is not None else alloc
        return CellState(own, alloc, effective, ZERO, self.rate_actual(node, metric, period),
                         kids)

    def parent(self, node: str) -> str | None:
        """A node's parent."""
        return self._parent[node]

    def children(self, node: str) -> list[str]:
        """A node's children, in insertion order."""
        return list(self._children[node])

    def ancestors(self, node: str) -> Iterator[str]:
        """The parent, grandparent, … up to the root."""
        par = self._parent[node]
        while par is not None:
            yield par
            par = self._parent[par]

    def gaps(self) -> Iterator[tuple[CellKey, Values]]:
        """Every cell with a non-zero gap."""
        for key, own in self._own.items():
            if self._children[key[0]] and key[1] not in RATE_METRICS:
                g = own - self._alloc.get(key, ZERO)
                if not g.is_zero():
                    yield key, g

    # --- editing ---------------------------------------------------------------------------

    def _propagate(self, node: str, metric: str, period: str, delta: Values,
                   changed: list[CellKey]) -> None:
        """Add ``delta`` to the allocated sums up the chain while effective values move."""
        if metric not in ADDITIVE_METRICS or delta.is_zero():
            return
        par = self._parent[node]
        while par is not None:
            pkey = (par, metric, period)
            self._alloc[pkey] = self._alloc.get(pkey, ZERO) + delta
            self._cells_of[par].add((metric, period))
            changed.append(pkey)
            if pkey in self._own:  # a typed parent absorbs the change into its gap
                return
            par = self._parent[par]

    def apply_edit(self, node: str, metric: str, period: str,
                   values: Values | None) -> list[CellKey]:
        """Set (or clear, with None) a node's own values; returns every cell that changed."""
        key = (node, metric, period)
        before = self._effective(key)
        if values is None:
            self._own.pop(key, None)
        else:
            self._own[key] = values
            self._cells_of[node].add((metric, period))
        changed: list[CellKey] = [key]
        if metric in RATE_METRICS:  # every ancestor's weighted rate may move
            changed.extend((anc, metric, period) for anc in self.ancestors(node))
            return changed
        self._propagate(node, metric, period, self._effective(key) - before, changed)
        return changed

    def apply_actual(self, node: str, metric: str, period: str, delta: int) -> list[CellKey]:
        """Add ``delta`` to a node's own actual and its ancestors' (a deal won, a follow-up)."""
        key = (node, metric, period)
        self._base_actual[key] = self._base_actual.get(key, 0) + delta
        self._actual[key] = self._actual.get(key, 0) + delta
        self._cells_of[node].add((metric, period))
        changed = [key]
        self._actual_up(node, metric, period, delta, changed)
        return changed

    def _actual_up(self, node: str, metric: str, period: str, delta: int,
                   changed: list[CellKey]) -> None:
        if metric in RATE_METRICS:  # a typed rate's actual is the node's own
            return
        for anc in self.ancestors(node):
            akey = (anc, metric, period)
            self._actual[akey] = self._actual.get(akey, 0) + delta
            self._cells_of[anc].add((metric, period))
            changed.append(akey)

    def _detach(self, node: str, sign: int, changed: list[CellKey]) -> None:
        """Take a node's effective values and actuals out of (−1) or into (+1) its ancestors."""
        for metric, period in list(self._cells_of[node]):
            key = (node, metric, period)
            eff = self._effective(key)
            self._propagate(node, metric, period, eff if sign > 0 else -eff, changed)
            act = self._actual.get(key, 0)
            if act:
                self._actual_up(node, metric, period, sign * act, changed)

    def move(self, node: str, new_parent: str | None) -> list[CellKey]:
        """Re-parent a node (its subtree comes along); refuses cycles with :class:`CycleError`.

        Only the old and the new ancestors' sums change; returns those cells.
        """
        if new_parent is not None and (new_parent == node or node in self.ancestors(new_parent)):
            raise CycleError("a node cannot be moved under itself or one of its own children")
        changed: list[CellKey] = []
        self._detach(node, -1, changed)
        old = self._parent[node]
        if old is not None:
            self._children[old].remove(node)
        if new_parent is not None:
            self._children[new_parent].append(node)
        self._parent[node] = new_parent
        self._detach(node, +1, changed)
        return changed

    def add_node(self, node: str, parent: str | None) -> None:
        """Add an empty node."""
        if parent is not None and parent not in self._children:
            raise ValueError(f"unknown parent {parent}")
        self._parent[node] = parent
        self._children[node] = []
        self._cells_of[node] = set()
        if parent is not None:
            self._children[parent].append(node)

    def remove_node(self, node: str) -> list[CellKey]:
        """Remove a node and its subtree (with their values and actuals)."""
        gone = {node}
        stack = [node]
        while stack:
            for c in self._children[stack.pop()]:
                gone.add(c)
                stack.append(c)
        changed: list[CellKey] = []
        self._detach(node, -1, changed)
        par = self._parent[node]
        if par is not None:
            self._children[par].remove(node)
        for n in gone:
            for metric, period in self._cells_of.pop(n):
                key = (n, metric, period)
                for table in (self._own, self._base_actual, self._alloc, self._actual):
                    table.pop(key, None)
            del self._parent[n]
            del self._children[n]
        return [k for k in changed if k[0] not in gone]


def full_recompute_raw(parents: Mapping[str, str | None],
                       own: Mapping[CellKey, tuple[int, int, int]]) -> dict[CellKey, list[int]]:
    """Baseline for the benchmark: every allocated sum recomputed with plain loops and lists."""
    depth: dict[str, int] = {}
    for n in parents:
        d, p = 0, parents[n]
        while p is not None:
            d, p = d + 1, parents[p]
        depth[n] = d
    cells: dict[str, set[tuple[str, str]]] = {}
    for (n, m, p) in own:
        cells.setdefault(n, set()).add((m, p))
    alloc: dict[CellKey, list[int]] = {}
    for n in sorted(parents, key=lambda x: -depth[x]):
        par = parents[n]
        if par is None:
            continue
        for m, p in cells.get(n, ()):
            key = (n, m, p)
            eff = own.get(key) or alloc.get(key, [0, 0, 0])
            tgt = alloc.setdefault((par, m, p), [0, 0, 0])
            for i in range(3):
                tgt[i] += eff[i]
            cells.setdefault(par, set()).add((m, p))
    return alloc
