"""``check`` on damaged files: exit 1 and one line saying what is wrong and what to run."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.damaged_corpus import damaged_corpus, make_firm, overwrite

ROOT = Path(__file__).resolve().parents[3]


def sailplan(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return damaged_corpus(tmp_path_factory.mktemp("damaged"))


def test_corpus_covers_header_interior_random_and_wal_pages(corpus: dict[str, Path]):
    names = set(corpus)
    assert "header" in names and {"walheader", "walmiddle"} <= names
    assert sum(n.startswith("interior") for n in names) >= 2
    assert sum(n.startswith("random") for n in names) == 6


def test_check_reports_every_damaged_file_with_the_restore_command(corpus: dict[str, Path]):
    for name, path in corpus.items():
        done = sailplan(path, "check")
        assert done.returncode == 1, (name, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr, (name, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, (name, done.stderr)
        line = lines[0]
        assert line.startswith(f"sailplan: {path} failed its integrity check: "), (name, line)
        backup = next((path.parent / "backups").glob(f"{path.stem}-daily-*.sqlite3*"))
        assert "Restore the newest good backup" in line and str(backup) in line, (name, line)
        assert f"restore {shlex.quote(str(backup))}" in line, (name, line)
        assert "Problems found in" in done.stdout, name


def test_the_suggested_command_restores_a_healthy_database(tmp_path: Path):
    import random

    path = make_firm(tmp_path)
    overwrite(path, 0, random.Random(1))
    line = sailplan(path, "check").stderr.strip()
    command = shlex.split(line.split("(taken ", 1)[1].split("): ", 1)[1])
    restored = subprocess.run([*command, "--yes"], capture_output=True, text=True, timeout=120,
                              cwd=ROOT)
    assert restored.returncode == 0, restored.stderr
    healthy = sailplan(path, "check")
    assert healthy.returncode == 0, healthy.stderr
    assert "customers 300" in healthy.stdout
