"""One writer at a time on the warehouse file, across processes.

DuckDB itself refuses a second writer process with an IO error. Every writer (the assets and dbt)
first takes an advisory lock on a file beside the warehouse, so a second run, the UI materializing
while a schedule runs, or a test writing the same file waits its turn instead of failing half-way,
and gives up with a clear message after ``timeout`` seconds.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class WarehouseBusyError(RuntimeError):
    pass


@contextmanager
def warehouse_lock(warehouse_path: Path, timeout: float = 600.0, poll: float = 0.2) -> Iterator[None]:
    lock_path = warehouse_path.with_name(warehouse_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseBusyError(
                        f"{warehouse_path} is being written by another process (lock {lock_path}) "
                        f"and did not become free within {timeout:.0f} s; wait for that run to finish "
                        "or stop it, then run again."
                    ) from None
                time.sleep(poll)
        os.ftruncate(handle, 0)
        os.write(handle, f"{os.getpid()}\n".encode())
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        os.close(handle)
