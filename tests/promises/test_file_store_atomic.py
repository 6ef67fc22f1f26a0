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
# longer than a tiny one would.
VALUES = [f"record-{i}-" + "x" * (40_000 + 7_000 * i) for i in range(6)]
HAMMER_SECONDS = 1.0


def write_repeatedly(store: FileStore, stop: threading.Event, written: list[int]) -> None:
    i = 0
    while not stop.is_set():
        store.set(KEY, VALUES[i % len(VALUES)], ttl=600)
        i += 1
    written.append(i)


def test_a_reader_never_sees_a_partial_record_while_a_thread_writes(tmp_path: Path) -> None:
    """Reads racing a writer thread always return one whole record."""
    store = FileStore(tmp_path)
    store.set(KEY, VALUES[0], ttl=600)
    stop, written = threading.Event(), []
    writer = threading.Thread(target=write_repeatedly, args=(FileStore(tmp_path), stop, written))
    writer.start()
    reads, bad = 0, 0
    deadline = time.monotonic() + HAMMER_SECONDS
    try:
        while time.monotonic() < deadline:
            bad += store.get(KEY) not in VALUES
            reads += 1
    finally:
        stop.set()
        writer.join()
    assert written[0] >= 10 and reads >= 100  # the race really ran
    assert bad == 0, f"{bad} of {reads} reads saw a partial or missing record"


async def test_an_async_reader_never_sees_a_partial_record_while_a_thread_writes(tmp_path: Path) -> None:
    """aget racing a writer thread always returns one whole record."""
    store = FileStore(tmp_path)
    await store.aset(KEY, VALUES[0], ttl=600)
    stop, written = threading.Event(), []
    writer = threading.Thread(target=write_repeatedly, args=(FileStore(tmp_path), stop, written))
    writer.start()
    reads, bad = 0, 0
    deadline = time.monotonic() + HAMMER_SECONDS
    try:
        while time.monotonic() < deadline:
            bad += (await store.aget(KEY)) not in VALUES
            reads += 1
    finally:
        stop.set()
        await asyncio.to_thread(writer.join)
    assert written[0] >= 10 and reads >= 50
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
        deadline, i = time.monotonic() + {HAMMER_SECONDS * 1.5}, 0
        while time.monotonic() < deadline:
            store.set({KEY!r}, values[i % len(values)], ttl=600)
            i += 1
        print(i)
    """)
    writer = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    reads, bad = 0, 0
    while writer.poll() is None:
        bad += store.get(KEY) not in VALUES
        reads += 1
    out, _ = writer.communicate()
    assert writer.returncode == 0 and int(out) >= 10 and reads >= 100
    assert bad == 0, f"{bad} of {reads} reads saw a partial or missing record"
