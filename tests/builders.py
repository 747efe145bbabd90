"""Builders for tests: reflections made to measure (`make`), the built-in content (loaded
once, for conftest's `comps`/`phases` fixtures and for values needed at collection time), a
store in the folder of conftest's `home` fixture (`seed`, `stored`) and ways to look at its
files. No fixtures here: they live in conftest.py, where pytest finds them without an import.

Test modules import helpers from here (or another non-test module in tests/), never from
one another: tests/test_layout.py checks that.

Reflections are saved through the library (Store.save_many), as `netleder import` does, so a
test can fix their ids and dates; tests that want the way a person makes them use
`netleder reflect --answers` instead.
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

import pytest

from netleder.content.loading import load_competences, load_phases
from netleder.reflection import FollowUp, Reflection, Snapshot
from netleder.store.database import Store
from netleder.store.files import DB_NAME

_UNSET = object()


@functools.cache
def builtin_competences():
    """The built-in competences, loaded once (conftest's `comps` fixture returns this)."""
    return load_competences()


@functools.cache
def builtin_phases():
    """The built-in phases, loaded once (conftest's `phases` fixture returns this)."""
    return load_phases()


def builtin_ids() -> list[str]:
    """The built-in competence ids in order: taenk-andre-ind, engager-og-motiver, trygt-rum, ...

    For values needed at collection time (parametrize arguments, module constants); a test
    function takes the `comps` fixture instead.
    """
    return [c.id for c in builtin_competences().competences]


def db(home: Path) -> Path:
    return home / DB_NAME


def make(
    rid: str = "abcdef",
    created: str = "2025-01-01T10:00:00+01:00",
    ratings: dict[str, int | None] | None = None,
    *,
    complete: bool = True,
    completed: str | None = _UNSET,
    updated: str | None = _UNSET,
    lang: str = "da",
    snapshot: Snapshot | None = None,
    scope: list[str] | None = None,
    comps=None,
    network: str | None = None,
    network_type: str | None = None,
    phase: str | None = None,
    answers: dict[str, list[str]] | None = None,
    next_steps: dict[str, str] | None = None,
    follow_ups: list[FollowUp] = (),
) -> Reflection:
    """A reflection; `created` may be a date (09:00 Copenhagen time is added).

    It is complete at `created` unless `complete=False` or `completed` says another moment
    (or None); `updated` defaults to `created`. The snapshot is `snapshot`, or the content's
    (`comps`, the built-in by default) narrowed to `scope` when given.
    """
    if len(created) == 10:
        created = f"{created}T09:00:00+01:00"
    if snapshot is None:
        snapshot = Snapshot.from_content(comps or builtin_competences(), scope)
    if completed is _UNSET:
        completed = created if complete else None
    return Reflection(
        id=rid,
        created_at=created,
        updated_at=created if updated is _UNSET else updated,
        completed_at=completed,
        lang=lang,
        snapshot=snapshot,
        network=network,
        network_type=network_type,
        phase=phase,
        ratings=dict(ratings or {}),
        answers={cid: list(a) for cid, a in (answers or {}).items()},
        next_steps=dict(next_steps or {}),
        follow_ups=list(follow_ups),
    )


def seed(home: Path, *reflections: Reflection) -> None:
    with Store.open(db(home)) as store:
        store.save_many(reflections, skip_existing=False)


def stored(home: Path) -> list[Reflection]:
    with Store.open(db(home), create=False) as store:
        return store.reflections()


def fingerprint(path: Path) -> tuple:
    """Bytes, inode and mode: what must not change when a command refuses to act."""
    st = path.stat()
    return path.read_bytes(), st.st_ino, st.st_mode


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def files_containing(folder: Path, needle: str) -> list[str]:
    """The files in `folder` whose bytes contain `needle` (UTF-8), however SQLite stored it."""
    raw = needle.encode("utf-8")
    return [name for name, data in folder_bytes(folder).items() if raw in data]


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder no file can be created in, for this user (root ignores chmod: /sys then)."""
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
        return folder
    folder = Path("/sys")
    try:
        fd, name = tempfile.mkstemp(dir=folder)
    except OSError:
        return folder
    os.close(fd)
    os.unlink(name)
    pytest.fail("no folder found that root cannot write to (/sys is writable here)")


def flat(text: str) -> str:
    return " ".join(text.split())


def on_a_terminal(args: list[str], env: dict[str, str], *, stream: str = "stdout") -> tuple[int, str]:
    """Run `python -m netleder ARGS` with its `stream` ("stdout" or "stderr") on a pseudo-terminal
    and the other one discarded or piped; (exit code, what the terminal showed). `env` is added to
    this process's environment without its NETLEDER_ variables."""
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    full = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    full.update(PYTHONPATH=str(Path(__file__).resolve().parent.parent), PYTHONIOENCODING="utf-8", **env)
    streams = {"stdout": slave, "stderr": subprocess.PIPE} if stream == "stdout" else \
        {"stdout": subprocess.DEVNULL, "stderr": slave}
    chunks = []
    try:
        proc = subprocess.run([sys.executable, "-m", "netleder", *args], stdin=subprocess.DEVNULL, env=full,
                              timeout=60, **streams, check=False)
        os.close(slave)
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # Linux ends a pty's reading with EIO once the other side is closed
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
