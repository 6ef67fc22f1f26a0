"""FileStore writes atomically: a reader hammering `get` while another thread or process writes never sees
a partial or missing record (README: "written atomically (temp file + rename)")."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from tokenkeep import FileStore

KEY = "tokenkeep:v1:{promises:atomic}"
# Large, differently sized records: a write in place would leave a reader an empty or cut-off file for
# longer than a tiny one would. All stay under FileStore's 64 KiB bound (a larger file reads as no record).
VALUES = [f"record-{i}-" + "x" * (20_000 + 7_000 * i) for i in range(6)]
# The race runs at least this long and until this many writes raced the reader (a loaded machine is
# slower, not a reason to race less), but never longer than the cap.
MIN_SECONDS, MIN_WRITES, MAX_SECONDS = 1.0, 40, 20.0


class Writer(threading.Thread):
    """Writes the records in turn, as another thread of the process would, until stopped."""

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.store, self.stop, self.writes = FileStore(directory), threading.Event(), 0

    def run(self) -> None:
        while not self.stop.is_set():
            self.store.set(KEY, VALUES[self.writes % len(VALUES)], ttl=600)
            self.writes += 1


def racing(started: float, writes: int) -> bool:
    elapsed = time.monotonic() - started
    return elapsed < MAX_SECONDS and (elapsed < MIN_SECONDS or writes < MIN_WRITES)


def test_a_reader_never_sees_a_partial_record_while_a_thread_writes(tmp_path: Path) -> None:
    """Reads racing a writer thread always return one whole record."""
    store = FileStore(tmp_path)
    store.set(KEY, VALUES[0], ttl=600)
    writer = Writer(tmp_path)
    writer.start()
    reads, bad, started = 0, 0, time.monotonic()
    try:
        while racing(started, writer.writes):
            bad += store.get(KEY) not in VALUES
            reads += 1
    finally:
        writer.stop.set()
        writer.join()
    assert writer.writes >= MIN_WRITES and reads >= 100  # the race really ran
    assert bad == 0, f"{bad} of {reads} reads saw a partial or missing record"


async def test_an_async_reader_never_sees_a_partial_record_while_a_thread_writes(tmp_path: Path) -> None:
    """aget racing a writer thread always returns one whole record."""
    store = FileStore(tmp_path)
    await store.aset(KEY, VALUES[0], ttl=600)
    writer = Writer(tmp_path)
    writer.start()
    reads, bad, started = 0, 0, time.monotonic()
    try:
        while racing(started, writer.writes):
            bad += (await store.aget(KEY)) not in VALUES
            reads += 1
    finally:
        writer.stop.set()
        await asyncio.to_thread(writer.join)
    assert writer.writes >= MIN_WRITES and reads >= 50
    assert bad == 0, f"{bad} of {reads} async reads saw a partial or missing record"


def test_a_reader_never_sees_a_partial_record_while_another_process_writes(tmp_path: Path) -> None:
    """Reads racing a writer in another process always return one whole record."""
    directory, values_file = tmp_path / "store", tmp_path / "values.json"
    values_file.write_text(json.dumps(VALUES))  # too long for a command line
    store = FileStore(directory)
    store.set(KEY, VALUES[0], ttl=600)
    code = textwrap.dedent(f"""
        import json, pathlib, time
        from tokenkeep import FileStore
        store, values = FileStore({str(directory)!r}), json.loads(pathlib.Path({str(values_file)!r}).read_text())
        started, writes = time.monotonic(), 0
        while time.monotonic() - started < {MAX_SECONDS} and (
            time.monotonic() - started < {MIN_SECONDS} or writes < {MIN_WRITES}
        ):
            store.set({KEY!r}, values[writes % len(values)], ttl=600)
            writes += 1
        print(writes)
    """)
    writer = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    reads, bad = 0, 0
    while writer.poll() is None:
        bad += store.get(KEY) not in VALUES
        reads += 1
    out, _ = writer.communicate()
    assert writer.returncode == 0 and int(out) >= MIN_WRITES and reads >= 100
    assert bad == 0, f"{bad} of {reads} reads saw a partial or missing record"
