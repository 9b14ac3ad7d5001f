"""Shared fixtures. Qt runs offscreen; every test gets its own data dir and database file."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

_WORKER = os.environ.get("PYTEST_XDIST_WORKER")  # the suite runs on every core (pytest-xdist)
if _WORKER:
    # Each worker keeps its temporary files apart, so a test that looks at what the app left in
    # the temporary folder never sees another worker's files.
    import tempfile

    _own_tmp = Path(tempfile.gettempdir()) / f"sailplan-tests-{_WORKER}-{os.getpid()}"
    _own_tmp.mkdir(parents=True, exist_ok=True)
    os.environ["TMPDIR"] = str(_own_tmp)
    tempfile.tempdir = None

    import atexit
    import shutil

    atexit.register(shutil.rmtree, _own_tmp, ignore_errors=True)

GUI_TESTS = ROOT / "tests" / "gui"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    """GUI tests collect garbage on the main thread only, as the app does (gui.common.memory):
    no automatic collection during the test (a worker thread allocating would otherwise run it
    and destroy a finished test's widgets off the GUI thread), one full collection after it.
    """
    if GUI_TESTS not in item.path.parents:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        _back_to_english()
        gc.collect()
        gc.enable()


def _back_to_english() -> None:
    """A test that switched the interface to Chinese leaves English for the next one."""
    i18n = sys.modules.get("gui.common.i18n")
    if i18n is None or not any("zh_CN" in f for f in i18n.installed_files()):
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        i18n.install_translators(app, "en")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test away from the real user data folder and QSettings."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SAILPLAN_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    # Commands speak English unless a test asks otherwise (a Chinese locale would change them).
    monkeypatch.setenv("SAILPLAN_LANG", "en")
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh SQLite file path (not yet created)."""
    return tmp_path / "sailplan.sqlite3"


@pytest.fixture
def store(db_path: Path):
    """An open, migrated store on a real SQLite file."""
    from services.setup import open_store

    s = open_store(db_path)
    yield s
    s.close()


# --- PostgreSQL (store tests run on both backends) -------------------------------------------


@pytest.fixture(scope="session")
def pg_url():
    """URL of a PostgreSQL database the tests may wipe.

    ``SAILPLAN_TEST_PG_URL`` if set (its user must own the database), else a throwaway
    PostgreSQL 15 server started for this session. Skips when none can be started, but fails
    under ``CI=true`` so CI never silently skips the PostgreSQL half of the store tests.
    """
    from tests.pg_server import PgServer

    given = os.environ.get("SAILPLAN_TEST_PG_URL")
    if given:
        if given.startswith(("postgresql://", "postgres://")):
            given = "postgresql+psycopg://" + given.split("://", 1)[1]
        yield given
        return
    server = PgServer()
    try:
        url = server.start()
    except Exception as exc:  # noqa: BLE001 - any failure means "no PostgreSQL here"
        log = server.log_tail()
        server.stop()
        message = f"cannot start PostgreSQL for the tests: {exc}\n{log}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def _fresh_pg_schema(request: pytest.FixtureRequest):
    """Every test that uses ``pg_url`` starts with an empty database."""
    if "pg_url" in request.fixturenames:
        from tests.pg_server import reset_schema

        reset_schema(request.getfixturevalue("pg_url"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest, tmp_path: Path):
    """An open, migrated store on a real SQLite file, then on PostgreSQL."""
    from services.setup import open_store

    if request.param == "sqlite":
        target: str = str(tmp_path / "sailplan.sqlite3")
    else:
        from tests.pg_server import reset_schema

        target = request.getfixturevalue("pg_url")
        reset_schema(target)
    s = open_store(target, backup_dir=tmp_path / "backups")
    yield s
    s.close()
