"""Reading an untrusted file in a child process whose memory and CPU time are capped.

The pre-check (:mod:`services.importing.safety`) refuses what it can measure before a reader
allocates; this is the net under it. The file is read by a fresh interpreter (a subprocess of
``sys.executable``: no copy of the app's threads, database connections or Qt state, and no
re-import of the app's main module) whose address space is limited with ``RLIMIT_AS`` to
:attr:`ReadLimits.reader_memory_bytes` and whose CPU time is limited with ``RLIMIT_CPU``. If a
library still blows up — a Rust reader aborting on a failed allocation, a ``MemoryError``, a
crash — the child dies, the app or the CLI lives on, and the user gets one sentence saying the
file was not imported. The child's stderr (and anything it prints) goes to a temporary log: the
reader's abort message is not the user's business; it is logged for a bug report.

The request goes to the child's stdin and the answers (progress, then the table or the reason
it was refused) come back on its stdout as length-prefixed pickles, read by a helper thread so
that Cancel can kill the child at once. Where ``resource`` does not exist (Windows) the child runs
without the caps and the pre-check is the only guard. The child runs as the user, like the app:
it contains a reader's memory blow-up or crash; it is not a privilege sandbox.
"""

from __future__ import annotations

import logging
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

from services.importing.limits import ImportFileError, ReadLimits
from services.importing.progress import Check, ImportCancelled, Progress

T = TypeVar("T")
log = logging.getLogger(__name__)
POLL_SECONDS = 0.1
ROOT = Path(__file__).resolve().parents[2]
_HEADER = struct.Struct("<Q")
_BOOT = ("import sys; sys.path.insert(0, sys.argv[1]); "
         "from services.importing.isolated import child_main; child_main()")


def read_in_child(read: Callable[..., T], path: Path, limits: ReadLimits, kwargs: dict[str, Any],
                  progress: Progress, is_cancelled: Check) -> T:
    """``read(path, limits=limits, progress=…, **kwargs)`` in a capped child process.

    ``read`` is a module-level function (it travels to the child by reference, as pickle sends
    functions); it raises :class:`ImportFileError` for a file it refuses. ``path`` names the
    file in the messages.
    """
    request = pickle.dumps((read, str(path), limits, kwargs))
    with tempfile.TemporaryFile(prefix="sailplan-reader-") as err_log:
        try:
            proc = subprocess.Popen([sys.executable, "-I", "-c", _BOOT, str(ROOT)],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=err_log)
        except OSError as exc:
            raise ImportFileError("The file reader could not be started ({detail}); nothing "
                                  "was imported.", detail=exc) from exc
        answers: queue.Queue[tuple[str, Any]] = queue.Queue()
        reader = threading.Thread(target=_pump, args=(proc.stdout, answers), daemon=True,
                                  name="sailplan-reader-pipe")
        reader.start()
        try:
            assert proc.stdin is not None
            try:
                proc.stdin.write(request)
                proc.stdin.close()
            except OSError:
                pass  # the child died at once; _collect says why
            return _collect(proc, answers, path, limits, progress, is_cancelled)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            reader.join(timeout=5)
            if proc.stdout is not None:
                proc.stdout.close()
            _forward_log(err_log)


def _pump(stream: IO[bytes] | None, answers: queue.Queue[tuple[str, Any]]) -> None:
    """Read the child's answers into ``answers``; ``("eof", None)`` when the pipe closes."""
    try:
        while stream is not None:
            head = stream.read(_HEADER.size)
            if len(head) < _HEADER.size:
                break
            (size,) = _HEADER.unpack(head)
            body = stream.read(size)
            if len(body) < size:
                break
            answers.put(pickle.loads(body))
    except Exception as exc:  # noqa: BLE001 - a broken pipe or a truncated answer
        log.warning("reading the file reader's answer failed: %s", exc)
    answers.put(("eof", None))


def _collect(proc: subprocess.Popen[bytes], answers: queue.Queue[tuple[str, Any]], path: Path,
             limits: ReadLimits, progress: Progress, is_cancelled: Check) -> Any:
    while True:
        try:
            kind, payload = answers.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if is_cancelled():
                proc.kill()
                raise ImportCancelled("Import cancelled; nothing was written.") from None
            continue
        if kind == "progress":
            progress(*payload)
            if is_cancelled():
                proc.kill()
                raise ImportCancelled("Import cancelled; nothing was written.")
        elif kind == "ok":
            return payload
        elif kind == "error":  # the template and its values, so the GUI can translate it
            template, params = payload
            raise ImportFileError(template, **params)
        elif kind == "memory":
            raise _memory(path, limits)
        elif kind == "crash":
            log.error("reading %s failed in the reader process: %s", path, payload)
            raise ImportFileError("{file} could not be read ({detail}); it was not imported.",
                                  file=path.name, detail=_short(payload))
        else:  # the pipe closed without an answer: the child died
            raise _died(path, proc.wait(), limits)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit] + "…"


def _memory(path: Path, limits: ReadLimits) -> ImportFileError:
    return ImportFileError(
        "{file} needs more memory than one import may use ({limit} MB); it was not imported. "
        "Split the file and import the parts.", file=path.name,
        limit=f"{limits.reader_memory_bytes // 1_000_000:,}")


def _died(path: Path, code: int | None, limits: ReadLimits) -> ImportFileError:
    sig = -code if code is not None and code < 0 else 0
    if sig and sig == getattr(signal, "SIGXCPU", -1):
        return ImportFileError(
            "Reading {file} took longer than {limit} s of CPU time; it was not imported. Split "
            "the file and import the parts.", file=path.name, limit=limits.reader_cpu_seconds)
    if sig in (signal.SIGABRT, getattr(signal, "SIGKILL", -1)):
        return _memory(path, limits)  # a failed allocation aborts; the OOM killer kills
    if sig:
        return ImportFileError("The spreadsheet reader crashed on {file} (signal {signal}); "
                               "the file was not imported (the app is unaffected). Open it in "
                               "Excel or WPS, save it again, and retry.", file=path.name,
                               signal=sig)
    return ImportFileError("Reading {file} stopped unexpectedly (exit code {code}); the file "
                           "was not imported.", file=path.name, code=code)


def _forward_log(err_log: IO[bytes]) -> None:
    try:
        size = err_log.seek(0, os.SEEK_END)
        err_log.seek(max(0, size - 4000))
        tail = err_log.read().decode("utf-8", "replace").strip()
    except OSError:
        return
    if tail:
        log.warning("the file reader process said: %s", tail)


def _cap_resources(limits: ReadLimits) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the pre-check is the guard
        return
    for name, value in (("RLIMIT_AS", limits.reader_memory_bytes),
                        ("RLIMIT_CPU", limits.reader_cpu_seconds)):
        which = getattr(resource, name, None)
        if which is None:
            continue
        try:
            _soft, hard = resource.getrlimit(which)
            cap = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(which, (cap, hard))
        except (ValueError, OSError):  # e.g. macOS refuses RLIMIT_AS; run uncapped
            pass


def child_main() -> None:
    """The child's entry point: cap itself, read the request, send the table (or why not)."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print() goes to the log, not into the answer stream

    def send(kind: str, payload: Any) -> None:
        body = pickle.dumps((kind, payload), protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_HEADER.pack(len(body)))
        out.write(body)
        out.flush()

    try:
        read, path, limits, kwargs = pickle.loads(sys.stdin.buffer.read())
        _cap_resources(limits)
        result = read(path, limits=limits,
                      progress=lambda done, total: send("progress", (done, total)), **kwargs)
        send("ok", result)
    except ImportFileError as exc:
        send("error", (exc.template, exc.params))
    except MemoryError:
        send("memory", None)
    except Exception as exc:  # noqa: BLE001 - reported to the parent as "could not be read"
        send("crash", f"{type(exc).__name__}: {exc}")
    finally:
        out.close()
