"""The app's GC policy: a delivered result is frozen out of full collections, pages' cycles are
released again, and the policy is off unless the app turned it on."""

from __future__ import annotations

import gc

from gui.common import memory
from gui.common.tasks import TaskRunner


class _Rows:
    """A stand-in for a page's loaded data."""


def _run(qtbot, runner: TaskRunner) -> list[_Rows]:
    handle = runner.submit(lambda progress, is_cancelled: [_Rows() for _ in range(100)])
    with qtbot.waitSignal(handle.finished) as blocker:
        pass
    return list(blocker.args[0])


def _collectable(rows: list[_Rows]) -> bool:
    """Whether a full collection would walk these rows (they are not frozen)."""
    ids = {id(r) for r in rows}
    return any(id(o) in ids for o in gc.get_objects())


def test_off_by_default_nothing_is_frozen(qtbot):
    assert not memory.active()
    rows = _run(qtbot, TaskRunner())
    assert gc.get_freeze_count() == 0 and _collectable(rows)


def test_a_delivered_result_is_frozen_and_release_unfreezes(qtbot):
    memory.start()
    try:
        assert gc.get_freeze_count() > 0
        rows = _run(qtbot, TaskRunner())
        assert not _collectable(rows)
        memory.release()
        assert gc.get_freeze_count() == 0 and _collectable(rows)
    finally:
        memory.stop()
    assert gc.get_freeze_count() == 0 and not memory.active()


def test_a_cycle_dropped_after_release_is_collected():
    memory.start()
    try:
        a: list = []
        a.append(a)
        memory.settle()  # the cycle is alive: frozen with everything else
        a = None  # noqa: F841 - dropped; only a collection of the unfrozen can free it
        memory.release()
        assert gc.collect() >= 1
    finally:
        memory.stop()
