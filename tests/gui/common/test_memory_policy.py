"""The app's GC policy: a delivered result is frozen out of full collections, pages' cycles are
released again, and the policy is off unless the app turned it on."""

from __future__ import annotations

import gc
import weakref

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


def test_imported_modules_sources_are_not_kept(tmp_path, monkeypatch):
    import linecache
    import sys

    feature = sys.modules["PySide6.support.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    (tmp_path / "sp_qt_mod.py").write_text("from PySide6.QtCore import QObject\nX = 1\n")
    (tmp_path / "sp_plain_mod.py").write_text("Y = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    memory.keep_no_sources()
    try:
        qt_mod = __import__("sp_qt_mod")  # an import statement: PySide6's hook sees it
        plain = __import__("sp_plain_mod")
        kept = {name for name, entry in linecache.cache.items() if len(entry) > 1}
        assert not kept & {qt_mod.__file__, plain.__file__}
        # PySide6's verdict is unchanged: a module naming PySide6 uses it, the other not.
        assert feature.pyside_feature_dict["sp_qt_mod"] == 0
        assert feature.pyside_feature_dict["sp_plain_mod"] == -1
    finally:
        for name in ("sp_qt_mod", "sp_plain_mod"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)


def test_a_page_read_pauses_collection_until_its_result_is_frozen(qtbot):
    was = gc.isenabled()
    gc.enable()  # as in the app (the GUI tests collect by hand)
    memory.start()
    try:
        runner = TaskRunner()
        seen: list[bool] = []

        def read(progress, is_cancelled):  # noqa: ANN001
            seen.append(gc.isenabled())
            return [_Rows() for _ in range(100)]

        handle = runner.submit(read, read=True)
        with qtbot.waitSignal(handle.finished) as blocker:
            pass
        rows = list(blocker.args[0])
        assert seen == [False]  # no full collection walks the rows while they are built
        assert gc.isenabled() and not _collectable(rows)  # frozen, then collection is back
        handle = runner.submit(lambda progress, is_cancelled: seen.append(gc.isenabled()))
        with qtbot.waitSignal(handle.finished):
            pass
        assert seen == [False, True]  # other work (imports, backups) is never paused
    finally:
        memory.stop()
        if not was:
            gc.disable()


class _Cycle:
    """Garbage a read left behind: a reference cycle nobody holds."""

    def __init__(self) -> None:
        self.me = self


def _dropped_cycle() -> weakref.ref:
    return weakref.ref(_Cycle())


def test_a_large_result_is_frozen_without_a_walk_a_small_one_after_collecting():
    memory.start()
    try:
        memory.pause()  # a page's read on the worker
        rows = [[n] for n in range(memory.YOUNG_WALK_LIMIT + 5_000)]  # 100,000 customers
        left = _dropped_cycle()
        memory.settle()  # no walk over the rows: the read's few cycles are frozen with them
        memory.resume()
        assert left() is not None and not _collectable([rows[0]])
        memory.pause()
        small = [[n] for n in range(100)]
        gone = _dropped_cycle()
        memory.settle()  # a short walk first: the small read's garbage is freed
        memory.resume()
        assert gone() is None and not _collectable([small[0]])
        memory.release()  # the pages went: the frozen cycle can be collected now
        gc.collect()
        assert left() is None
    finally:
        memory.stop()
