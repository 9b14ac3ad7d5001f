"""The demo firm (演示数据): a believable Chinese small firm generated deterministically.

``generate_demo(store, size=…, seed=…, today=…)`` writes the firm into an empty store in one
transaction; ``ensure_demo_db(path, size=…)`` builds a demo database file atomically. The same seed,
size and ``today`` always produce identical rows (ids included), so tests and benchmarks can rely
on the data. Qt-free.
"""

from services.demo.common import (
    DEFAULT_SEED,
    GENERATOR_VERSION,
    PRESETS,
    TIER_A_MIN,
    TIER_B_MIN,
    DemoCancelled,
    DemoSize,
    DemoSummary,
    parse_size,
)
from services.demo.generate import (
    DemoNotEmptyError,
    build_demo_file,
    ensure_demo_db,
    generate_demo,
    tier_for,
)

__all__ = [
    "DEFAULT_SEED",
    "GENERATOR_VERSION",
    "PRESETS",
    "TIER_A_MIN",
    "TIER_B_MIN",
    "DemoCancelled",
    "DemoNotEmptyError",
    "DemoSize",
    "DemoSummary",
    "build_demo_file",
    "ensure_demo_db",
    "generate_demo",
    "parse_size",
    "tier_for",
]
