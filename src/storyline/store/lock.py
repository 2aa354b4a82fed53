"""The writer lock of a store: one run writes a store at a time.

SQLite serialises transactions, but a run is many transactions (an article, its figures,
its duplicates, the stories at the end), and two runs interleaved would each save stories
that miss the other's articles. So a run that writes takes an exclusive, advisory lock on
``<db>.lock`` for its whole length. The operating system drops the lock when the process
ends, however it ends (``kill -9`` included), so a stale lock can never block the next run.
The file holds the pid and command of the holder, for the message a second run prints.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from storyline.errors import StoreBusy

__all__ = ["writer_lock"]

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows: msvcrt's byte-range lock instead
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _holder(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            info = json.load(fh)
        return f"`storyline {info['command']}` (pid {info['pid']}, since {info['since']})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another storyline run"


@contextmanager
def writer_lock(db_path: str, command: str) -> Iterator[None]:
    """Hold ``<db_path>.lock`` exclusively for the block.

    Raises:
        StoreBusy: another process holds it.
    """
    path = f"{db_path}.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            raise StoreBusy(
                f"the store {os.path.basename(db_path)} is being written by {_holder(path)}; "
                "wait for it to finish (or stop it), then run again")
        info = {"pid": os.getpid(), "command": command,
                "since": datetime.now(UTC).isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode())
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
