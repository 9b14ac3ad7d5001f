"""REAL mouse drags on Xvfb with xdotool (marked ``xvfb``): a card to the next column, and a
card held at the board's edge until it scrolls to the last column.

The board runs in a subprocess on the xcb platform (this test process is offscreen); xdotool
presses, moves and releases the pointer like a user, and the test then reads the database.
Runs in CI (where Xvfb and xdotool are installed); skipped elsewhere only when they are missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from services.pipeline.details import read_deal_detail
from services.setup import open_store
from tests.gui.pipeline_fixtures import seed_pipeline

pytestmark = pytest.mark.xvfb
ROOT = Path(__file__).resolve().parents[3]


def _need_tools() -> None:
    missing = [t for t in ("Xvfb", "xdotool") if shutil.which(t) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide {', '.join(missing)} for the real-drag test")
        pytest.skip(f"{', '.join(missing)} not installed")


def _free_display() -> int:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")  # parallel workers look apart
    first = 90 + 100 * int(worker.removeprefix("gw") or 0)
    for n in range(first, first + 100):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb_display():
    _need_tools()
    n = _free_display()
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{n}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield f":{n}"
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()


def _xdotool(display: str, *args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, env={**os.environ, "DISPLAY": display},
                   timeout=20)


def test_real_mouse_drag_moves_card_to_next_column(xvfb_display, db_path, tmp_path):
    store = open_store(db_path)
    data = seed_pipeline(store)
    store.close()  # the app subprocess takes the store's lock

    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb",
           "SAILPLAN_DATA_DIR": str(tmp_path / "app-data"), "PYTHONPATH": str(ROOT)}
    app = subprocess.Popen([sys.executable, "-m", "tests.gui.pipeline_drag_app", str(db_path)],
                           cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    try:
        line = app.stdout.readline()
        assert line.startswith("{"), f"app did not report positions: {line!r} " \
                                     f"{app.stderr.read() if app.poll() is not None else ''}"
        pos = json.loads(line)
        (cx, cy), (tx, ty) = pos["card"], pos["target"]
        _xdotool(xvfb_display, "mousemove", str(cx), str(cy))
        _xdotool(xvfb_display, "mousedown", "1")
        for step in range(1, 13):  # a user's drag: many small motions past the drag distance
            x = cx + (tx - cx) * step // 12
            y = cy + (ty - cy) * step // 12
            _xdotool(xvfb_display, "mousemove", str(x), str(y))
            time.sleep(0.05)
        time.sleep(0.3)
        _xdotool(xvfb_display, "mouseup", "1")
        out = app.stdout.readline().strip()
        app.wait(30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert out == f"moved {pos['deal']}", app.stderr.read()

    store = open_store(db_path)
    try:
        detail = read_deal_detail(store, pos["deal"])
        assert detail.stage_id == pos["to_stage"] == data.stage_ids[1]
        assert [h.to_stage_id for h in detail.history][-1] == data.stage_ids[1]
    finally:
        store.close()


def test_real_drag_to_the_edge_scrolls_the_board_and_lights_the_last_column(
        xvfb_display, db_path, tmp_path):
    store = open_store(db_path)
    data = seed_pipeline(store)
    store.close()

    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb",
           "SAILPLAN_DATA_DIR": str(tmp_path / "app-data"), "PYTHONPATH": str(ROOT)}
    app = subprocess.Popen([sys.executable, "-m", "tests.gui.pipeline_scroll_drag_app",
                            str(db_path)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        line = app.stdout.readline()
        assert line.startswith("{"), f"app did not report positions: {line!r} " \
                                     f"{app.stderr.read() if app.poll() is not None else ''}"
        pos = json.loads(line)
        assert pos["max_scroll"] > 0  # the last column starts out of sight
        (cx, cy), (ex, ey) = pos["card"], pos["edge"]
        _xdotool(xvfb_display, "mousemove", str(cx), str(cy))
        _xdotool(xvfb_display, "mousedown", "1")
        for step in range(1, 13):
            _xdotool(xvfb_display, "mousemove", str(cx + (ex - cx) * step // 12),
                     str(cy + (ey - cy) * step // 12))
            time.sleep(0.05)
        time.sleep(2.0)  # held near the edge: the board scrolls by itself
        _xdotool(xvfb_display, "mousemove", str(ex - 4), str(ey))  # a last small motion
        time.sleep(0.3)
        _xdotool(xvfb_display, "mouseup", "1")
        out: list[str] = []
        while not (out and out[-1].startswith(("moved", "timeout"))):
            line = app.stdout.readline()
            if not line:  # the app ended without saying so
                break
            out.append(line.strip())
        app.wait(30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    scrolled = [int(x.split()[1]) for x in out if x.startswith("scrolled")]
    lit = [x.split()[1] for x in out if x.startswith("lit")]
    assert scrolled and max(scrolled) == pos["max_scroll"], out
    assert lit[-1] == pos["last_stage"] == data.stage_ids[-1], out
    assert out[-1] == f"moved {pos['deal']}", (out, app.stderr.read())

    store = open_store(db_path)
    try:
        assert read_deal_detail(store, pos["deal"]).stage_id == data.stage_ids[-1]
    finally:
        store.close()
