"""Cached benchmark inputs: demo databases of a given size, generated once and reused.

Scenarios call :func:`demo_db` to get a ready, migrated SQLite file with the demo firm of the
size they need. Files live in ``ctx.cache_dir`` and are keyed by size, seed, the generator's
``GENERATOR_VERSION`` and a fingerprint of the schema's source, so a changed generator or a new
migration produces a fresh file instead of a stale one.

A scenario that writes to the database must not modify the cached file: use
:func:`demo_db_copy` to get a private copy in ``ctx.work_dir``.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from benchmarks.core import BenchContext

ROOT = Path(__file__).resolve().parent.parent
DEMO_SEED = 20260101
# Bump when the shape of cached inputs changes in a way the fingerprint cannot see.
DATA_VERSION = 1


def _source_fingerprint() -> str:
    """A short hash of the schema's source (models and migrations).

    The generator's own changes are tracked by ``services.demo.GENERATOR_VERSION``, bumped
    whenever its output changes, so a speed-up of the generator keeps the cached files.
    """
    h = hashlib.sha256()
    paths = sorted((ROOT / "models").glob("*.py"))
    paths += sorted((ROOT / "migrations" / "versions").glob("*.py"))
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def demo_cache_key(customers: int, deals: int, seed: int = DEMO_SEED) -> str:
    """The cache file name of a demo database of this size."""
    from services.demo import GENERATOR_VERSION

    return (f"demo-c{customers}-d{deals}-s{seed}-g{GENERATOR_VERSION}-v{DATA_VERSION}-"
            f"{_source_fingerprint()}.sqlite3")


def demo_db(ctx: BenchContext, customers: int, deals: int, seed: int = DEMO_SEED) -> Path:
    """A cached demo database with ``customers`` customers and ``deals`` opportunities.

    Generated on first use (progress on stderr) and reused until the generator changes. Treat it
    as read-only; see :func:`demo_db_copy` for a writable copy.
    """
    from services.demo import DemoSize, ensure_demo_db

    ctx.cache_dir.mkdir(parents=True, exist_ok=True)
    path = ctx.cache_dir / demo_cache_key(customers, deals, seed)
    if path.exists():
        return path
    _drop_stale(ctx.cache_dir, customers, deals, seed)
    t0 = time.perf_counter()
    print(f"[data] generating demo database {customers} customers / {deals} deals …",
          file=sys.stderr, flush=True)
    ensure_demo_db(path, size=DemoSize(customers, deals), seed=seed)
    print(f"[data] generated {path.name} in {time.perf_counter() - t0:.1f}s",
          file=sys.stderr, flush=True)
    return path


def demo_db_copy(ctx: BenchContext, customers: int, deals: int, name: str | None = None,
                 seed: int = DEMO_SEED) -> Path:
    """A private, writable copy (SQLite backup API) of the cached demo database in work_dir."""
    src = demo_db(ctx, customers, deals, seed)
    ctx.work_dir.mkdir(parents=True, exist_ok=True)
    dest = ctx.work_dir / (name or f"demo-copy-c{customers}-d{deals}.sqlite3")
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    if not Path(str(src) + "-wal").exists():
        # Closed and fully checkpointed (nobody has it open): a plain copy is the whole file
        # and several times faster than the page-by-page backup of a 1.4 GB database.
        shutil.copyfile(src, dest)
        return dest
    with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
        s.backup(d)
    s.close()
    d.close()
    return dest


def _drop_stale(cache_dir: Path, customers: int, deals: int, seed: int) -> None:
    """Remove older generations of the same size so the cache does not grow without bound."""
    for old in cache_dir.glob(f"demo-c{customers}-d{deals}-s{seed}-*.sqlite3*"):
        old.unlink(missing_ok=True)
