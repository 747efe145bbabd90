"""Files beside the database that belong to drafts: the lock a wizard holds on its draft, and
the file an answer is written in with the editor (`:e`).

Locks. One wizard at a time per draft. The lock is an operating-system lock on a small file
in the store's folder (`draft-ID.lock`: flock on POSIX, msvcrt.locking on Windows), so it
belongs to the open file: when the wizard ends, crashes, is killed or its terminal is closed,
the system releases it, and a crashed wizard can never leave a draft locked. The file also
says who holds it (process, machine, terminal, since when), for the message a second wizard
shows. A file left behind without its lock is stale and is simply taken over.

Editor files. `edit-ID.FIELD.txt` in the store's folder, owner-only (0600), so that a text
left in the editor by a closed terminal is found again (for the draft ID) and removed by
`delete`. Never in $TMPDIR.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing_extensions import Self

LOCK_SUFFIX = ".lock"
EDIT_PREFIX = "edit-"
_FIELD_RE = re.compile(r"^[a-z0-9][a-z0-9.-]{0,80}$")


class Holder(NamedTuple):
    """Who holds a draft's lock, as its file says (any part may be unknown)."""

    pid: int | None
    host: str
    terminal: str
    since: str


class DraftBusy(Exception):
    """The draft is held by another wizard; `holder` says where."""

    def __init__(self, holder: Holder) -> None:
        super().__init__("draft in use")
        self.holder = holder


def _owner_only(path: Path, flags: int) -> int:
    """Open `path` owner-only, never through a link (O_NOFOLLOW where the platform has it), in
    a folder made private first (or refused, StoreError, when it is not the user's)."""
    from netleder.owner_files import private_files, secure_folder

    secure_folder(path.parent)
    with private_files():
        return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0), 0o600)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # byte 0; the holder's details start at byte 1
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _terminal() -> str:
    for stream in (sys.stdin, sys.stdout):
        try:
            if stream is not None and stream.isatty() and hasattr(os, "ttyname"):
                return os.ttyname(stream.fileno())
        except (OSError, ValueError, AttributeError):
            continue
    return ""


def lock_path(folder: Path, rid: str) -> Path:
    return folder / f"draft-{rid}{LOCK_SUFFIX}"


def read_holder(path: Path) -> Holder:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))  # never through a link, never waiting on a FIFO
        with os.fdopen(fd, "rb") as f:
            f.seek(1)  # past byte 0, which the holder has locked (Windows refuses to read it)
            raw = f.read(4096)
        data = json.loads(raw.decode("utf-8") or "{}")
    except (OSError, ValueError):
        data = {}
    pid = data.get("pid")
    return Holder(pid if isinstance(pid, int) else None, str(data.get("host", "")), str(data.get("terminal", "")),
                  str(data.get("since", "")))


class DraftLock:
    """A held lock on one draft. `release()` (or leaving the `with`) gives it up."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, folder: Path, rid: str, since: str) -> DraftLock:
        """Take the lock on draft `rid`, or raise DraftBusy saying who holds it."""
        path = lock_path(folder, rid)
        for _ in range(5):  # the file may be replaced between open and lock: then try again
            if os.path.islink(path):  # never netleder's: a link planted in its place goes
                os.unlink(path)
            fd = _owner_only(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0))
            if not _try_lock(fd):
                os.close(fd)
                raise DraftBusy(read_holder(path))
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except OSError:
                same = False
            if not same:  # we locked a file a releasing wizard had just removed
                os.close(fd)
                continue
            import socket

            details = {"pid": os.getpid(), "host": socket.gethostname(), "terminal": _terminal(), "since": since}
            data = json.dumps(details).encode("utf-8")
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, b" " + data)  # byte 0 is what Windows locks
            held = cls(path, fd)
            _HELD[rid] = held
            return held
        raise DraftBusy(read_holder(path))

    def intact(self) -> bool:
        """Whether the lock file this wizard holds is still the one at its name: deleted (or
        replaced) under it, another wizard could take the draft, so it must stop writing."""
        if self._fd is None:
            return False
        try:
            return os.path.samestat(os.fstat(self._fd), os.stat(self.path))
        except OSError:
            return False

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        for rid, held in list(_HELD.items()):
            if held is self:
                del _HELD[rid]
        if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
            _unlock(fd)
            os.close(fd)
            _remove(self.path)
            return
        _remove(self.path)  # while still locked: nobody takes a lock on a file about to go
        os.close(fd)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


_HELD: dict[str, DraftLock] = {}  # the drafts this process holds, by id


def check_held(rid: str) -> bool:
    """False when this process held draft `rid` and its lock file has since been deleted or
    replaced (then it must not write: another wizard may hold the draft now). True otherwise,
    including drafts this process never locked (imports, `reflect --answers`)."""
    held = _HELD.get(rid)
    return held is None or held.intact()


def held_by_other(folder: Path, rid: str) -> Holder | None:
    """Who holds draft `rid` now, or None if nobody does (a stale file is not a holder)."""
    path = lock_path(folder, rid)
    if not path.exists():
        return None
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return read_holder(path)
    finally:
        os.close(fd)


# --- editor files ------------------------------------------------------------------------------


def editor_path(folder: Path, rid: str, field: str) -> Path:
    """The editor file for one field of draft `rid` (`field` like "answer.taenk-andre-ind.0")."""
    if not _FIELD_RE.match(field) or not re.fullmatch(r"[a-z0-9]+", rid):
        raise ValueError("not a field name")
    return folder / f"{EDIT_PREFIX}{rid}.{field}.txt"


def write_editor_file(path: Path, text: str) -> None:
    """Create (or replace) an editor file, readable and writable by its owner only: the folder
    is made private first (StoreError when it is not the user's), whatever was at the file's
    name (a leftover, or a link someone planted) is removed, and the new file is created
    exclusively, never through a link. (On Windows the mode is not the guard: see owner_files.)"""
    from netleder.owner_files import posix, secure_folder

    secure_folder(path.parent)
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    fd = _owner_only(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "wb") as f:
        if posix():
            os.fchmod(f.fileno(), 0o600)  # whatever the umask: through the descriptor, not the name
        f.write(text.encode("utf-8"))


def read_editor_file(path: Path) -> str:
    """The text of an editor file: the user's own plain file only, never read through a link
    (one planted at its name would otherwise carry another file's text into an answer).
    OSError when it cannot be read or is not such a file."""
    import errno

    from netleder.owner_files import read_own

    def refuse(kind: str) -> OSError:
        return OSError(errno.EPERM, "not your own plain file", str(path))

    return read_own(path, 16 * 1024 * 1024, refuse).decode("utf-8", errors="replace")


def editor_files(folder: Path, rid: str | None = None) -> dict[str, Path]:
    """Editor files left in the store's folder: {field: path}, for draft `rid` (or every draft,
    then keyed "ID.field")."""
    found: dict[str, Path] = {}
    try:
        entries = list(folder.iterdir())
    except OSError:
        return found
    for p in sorted(entries):
        name = p.name
        if not (name.startswith(EDIT_PREFIX) and name.endswith(".txt")):
            continue
        owner, _, field = name[len(EDIT_PREFIX):-4].partition(".")
        if not field:
            continue
        if rid is None:
            found[f"{owner}.{field}"] = p
        elif owner == rid:
            found[field] = p
    return found


def remove_editor_files(folder: Path, rids=None) -> None:
    """Remove the editor files of these drafts (every draft with None), and their stale locks."""
    wanted = None if rids is None else set(rids)
    for key, path in editor_files(folder).items():
        if wanted is None or key.partition(".")[0] in wanted:
            _remove(path)
    if wanted is not None:
        for rid in wanted:
            if held_by_other(folder, rid) is None:
                _remove(lock_path(folder, rid))


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
