"""The store's files on disk: where they live, what they are, who may read them.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from netleder.errors import StoreError
from netleder.owner_files import (  # noqa: F401 - re-exported: the store's parts import them from here
    chmod_noting,
    private_files,
    secure_folder,
    store_dir,
    was_open,
    write_whole,
)
from netleder.store.connection import BUSY_TIMEOUT_MS, error_kind, failure, pragma, uri
from netleder.store.schema import APPLICATION_ID, SCHEMA_VERSION

DB_NAME = "reflections.sqlite3"
DAMAGE_NAME = "damage-found.json"  # beside the database: damaged records met so far (ids only)
MAX_DAMAGE_NOTED = 1000


SQLITE_HEADER = b"SQLite format 3\x00"


SIDE_FILES = ("-wal", "-shm", "-journal")


def store_path() -> Path:
    return store_dir() / DB_NAME


def _is_mine(st: os.stat_result) -> bool:
    """Whether the file belongs to this user. Windows has no os.geteuid (nor Unix owners): there
    every file in the user's own folder counts as theirs."""
    geteuid = getattr(os, "geteuid", None)
    return geteuid is None or st.st_uid == geteuid()


def writable(p: Path) -> bool:
    """Writable by the OS's rules and, for our own files, by the owner's write bit (see above)."""
    try:
        st = p.stat()
    except OSError:
        return False
    if _is_mine(st) and not st.st_mode & stat.S_IWUSR:
        return False
    return os.access(p, os.W_OK)


def creatable(folder: Path) -> bool:
    """Whether `folder` is writable, or could be made inside its nearest existing ancestor."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate.is_dir() and writable(candidate)
    return False


def make_dir(folder: Path) -> None:
    """Make the store's folder (owner-only), or say why it cannot be: a link that leads
    nowhere, or something else at its name."""
    try:
        found = what_is_there(folder)
        if found == "dir":
            return
        if found is not None:
            raise StoreError("store.broken_link" if found == "broken" else "store.dir_not_dir", path=folder)
        with private_files():
            folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    except OSError as e:
        raise StoreError("store.cannot_create", path=folder, reason=e) from None


# Ownership, links and modes are POSIX ideas: on Windows the files live in the user's own
# profile folder and these checks are skipped (chmod there only sets the read-only flag).
POSIX = os.name == "posix" and hasattr(os, "geteuid")


def side_files(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in SIDE_FILES]


def secure(path: Path) -> None:
    """Make sure only the user can reach the store, before SQLite opens any of its files.

    The folder, the database and its side files (-wal, -shm, -journal) that others may read
    or write are tightened when the user owns them, and refused (StoreError) when not. A side
    file the user does not own, that is not a plain file, or that has other names (hard
    links) is refused: SQLite would otherwise reuse it, and someone else could read along.
    A side file left read-only (SQLite gives them the database's mode, so after a spell with
    a read-only database) is made writable again for its owner, so it cannot block saving.
    """
    if not POSIX:
        return
    me = os.geteuid()
    secure_folder(path.parent)
    try:
        found: os.stat_result | None = os.stat(path)
    except OSError:
        found = None
    if found is not None and stat.S_ISREG(found.st_mode) and (found.st_uid != me or found.st_nlink != 1):
        raise StoreError("store.file_not_private", path=path)
    for side in side_files(path):
        try:
            st = os.lstat(side)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode) or st.st_uid != me or st.st_nlink != 1:
            raise StoreError("store.side_file_foreign", path=side)
        if stat.S_IMODE(st.st_mode) != 0o600:
            chmod_noting(side, 0o600)


def secure_database(path: Path) -> None:
    """The database file itself, once it is known to be netleder's: owner-only."""
    if not POSIX:
        return
    try:
        st = os.stat(path)
    except OSError:
        return
    if st.st_mode & 0o077:
        chmod_noting(path, stat.S_IMODE(st.st_mode) & 0o700)


def tighten(path: Path) -> None:
    """Remove group/other permissions from our database files (created or copied in)."""
    for p in [path, *side_files(path)]:
        try:
            st = p.stat()
        except FileNotFoundError:
            continue
        if _is_mine(st) and st.st_mode & 0o077:
            chmod_noting(p, stat.S_IMODE(st.st_mode) & 0o700)


def side_file_ids(path: Path) -> dict[str, tuple[int, int]]:
    """The identity (device, inode) of the -wal and -shm files an open connection uses."""
    if not POSIX:
        return {}
    ids = {}
    for suffix in ("-wal", "-shm"):
        try:
            st = os.stat(str(path) + suffix)
        except OSError:
            continue
        ids[suffix] = (st.st_dev, st.st_ino)
    return ids


def same_side_files(path: Path, ids: dict[str, tuple[int, int]]) -> bool:
    """False when a -wal or -shm file this process uses was deleted or replaced meanwhile:
    then what it writes would go to a file no other process sees, and be lost."""
    for suffix, known in ids.items():
        try:
            st = os.stat(str(path) + suffix)
        except OSError:
            return False
        if (st.st_dev, st.st_ino) != known:
            return False
    return True


def permissions(path: Path) -> dict:
    """What `netleder info` reports: each existing file's mode, and whether only the user can
    reach it (None where the platform has no such notion)."""
    entries = []
    for p in [path.parent, path, *side_files(path)]:
        try:
            st = os.lstat(p)
        except OSError:
            continue
        private = None
        if POSIX:
            private = (st.st_uid == os.geteuid() and not st.st_mode & 0o077
                       and (stat.S_ISDIR(st.st_mode) or st.st_nlink == 1))
        entries.append({"path": str(p), "mode": f"{stat.S_IMODE(st.st_mode):04o}", "private": private})
    return {"files": entries, "private": None if not POSIX else all(e["private"] for e in entries)}


def inspect(path: Path) -> int | None:
    """Check an existing store without writing: its schema version, 0 if empty, None if absent."""
    try:
        folder = what_is_there(path.parent)
        if folder not in (None, "dir"):
            raise StoreError("store.dir_not_dir" if folder == "other" else "store.broken_link", path=path.parent)
        found = what_is_there(path) if folder else None
        if found == "dir":
            raise StoreError("store.is_dir", path=path)
        if found is None:
            return None
        if found != "file":  # never opened: a FIFO would block for ever, a device is not ours
            raise StoreError("store.not_a_file" if found == "other" else "store.broken_link", path=path)
        header = read_start(path, len(SQLITE_HEADER))
    except OSError as e:  # e.g. a folder on the way that we may not enter
        raise StoreError("store.unreadable", path=path, reason=e) from None
    if not header:
        return 0
    if header != SQLITE_HEADER:
        raise StoreError("store.not_db", path=path)
    try:
        conn = sqlite3.connect(uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            version = pragma(conn, "user_version")
            app = pragma(conn, "application_id")
            if app != APPLICATION_ID and (app or conn.execute("SELECT count(*) FROM sqlite_master").fetchall()[0][0]):
                raise StoreError("store.foreign", path=path)
            if version > SCHEMA_VERSION:
                raise StoreError("store.newer", path=path, found=version, known=SCHEMA_VERSION)
            # No integrity scan here: it grows with the store. Damage is found (and contained,
            # record by record) where it is read, and in full by `netleder check`.
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError) as e:
        kind = error_kind(e)
        if kind == "notadb":
            raise StoreError("store.not_db", path=path) from None
        if kind == "damaged":
            raise StoreError("store.damaged", path=path) from None
        raise failure("store.open_failed", path, e) from None
    return version


def what_is_there(p: Path) -> str | None:
    """What a name points at, without opening it: None (nothing), "file", "dir", "broken" (a
    link that leads nowhere: a dangling link, say to an unmounted disk, or a loop) or "other"
    (a FIFO, a device, a socket). OSError for a folder on the way that cannot be entered."""
    import errno

    try:
        st = os.lstat(p)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return "broken"
    if stat.S_ISLNK(st.st_mode):
        try:
            st = os.stat(p)
        except OSError as e:
            if e.errno in (errno.ENOENT, errno.ELOOP, errno.ENOTDIR):
                return "broken"
            raise
    if stat.S_ISDIR(st.st_mode):
        return "dir"
    return "file" if stat.S_ISREG(st.st_mode) else "other"


def read_start(path: Path, size: int) -> bytes:
    """The first `size` bytes of a plain file, opened so that it can never block (a FIFO
    swapped in meanwhile is refused, not waited on)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise StoreError("store.not_a_file", path=path)
        return os.read(fd, size)
    finally:
        os.close(fd)


OPEN_PAGES = "open"  # beside the database: pages `--open` showed that name the leader or a network


def open_pages_dir() -> Path:
    """Where a page with the leader's name or network is written for `--open` without --output:
    in the store's own (private) folder, so `delete --all` finds it; pages older than a day
    there are removed each time (the browser has long read them)."""
    import time

    folder = store_dir().absolute() / OPEN_PAGES
    make_dir(folder.parent)
    secure_folder(folder.parent)  # first: then nobody else can plant anything in it meanwhile
    if os.path.islink(folder):  # never netleder's: a link planted while the folder was open to others
        try:
            os.unlink(folder)
        except OSError as e:
            raise StoreError("store.cannot_create", path=folder, reason=e) from None
    make_dir(folder)
    secure_folder(folder)
    remove_open_pages(folder.parent, older_than=time.time() - 24 * 3600)
    return folder


def remove_open_pages(store_folder: Path, older_than: float | None = None) -> None:
    """Remove the pages `--open` left in the store's folder (all, or those older than a time)."""
    folder = store_folder / OPEN_PAGES
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        p = folder / name
        try:
            if older_than is None or os.lstat(p).st_mtime < older_than:
                os.unlink(p)
        except OSError:
            pass


def damage_file(path: Path) -> Path:
    return path.with_name(DAMAGE_NAME)


def read_damage(path: Path) -> dict:
    """What earlier commands found damaged: {"ids": [...], "found_at": iso} ({} if nothing).

    Bounded and checked: the file is small, holds ids and a date (never user text), and
    anything unexpected in it is ignored."""
    import json
    import re

    try:
        with damage_file(path).open("rb") as f:
            raw = f.read(64 * 1024 + 1)
        data = json.loads(raw.decode("utf-8")) if len(raw) <= 64 * 1024 else None
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("ids"), list):
        return {}
    if data.get("file") != _identity(path):  # noted for another database file (moved aside)
        return {}
    ids = [i for i in data["ids"] if isinstance(i, str) and re.fullmatch(r"\??[a-z0-9-]{1,40}", i)]
    found_at = data.get("found_at")
    if not (isinstance(found_at, str) and re.fullmatch(r"[0-9T:+.\-]{10,40}", found_at)):
        found_at = None
    return {"ids": ids[:MAX_DAMAGE_NOTED], "found_at": found_at} if ids else {}


def note_damage(path: Path, ids: list[str]) -> None:
    """Add `ids` to the damage noted beside the store (best effort: a read-only folder keeps none)."""
    import json

    from netleder.reflection import now_iso

    known = read_damage(path).get("ids", [])
    merged = list(dict.fromkeys([*known, *[i for i in ids if not i.startswith("?")]]))
    if any(i.startswith("?") for i in ids) and not any(i.startswith("?") for i in merged):
        merged.append("?1")
    try:
        write_whole(damage_file(path), json.dumps({"ids": merged[:MAX_DAMAGE_NOTED], "found_at": now_iso(),
                                                   "file": _identity(path)}).encode("utf-8"))
    except (OSError, StoreError):  # best effort (a folder no longer the user's keeps none)
        pass


def forget_damage(path: Path, ids) -> None:
    """Deleted reflections are no longer damage to report (all of it goes with delete --all)."""
    noted = read_damage(path).get("ids")
    if not noted:
        return
    gone = set(ids) if ids is not None else set(noted)
    if all(i in gone for i in noted):
        clear_damage(path)
    elif any(i in gone for i in noted):
        clear_damage(path)
        note_damage(path, [i for i in noted if i not in gone])


def _identity(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino or None
    except OSError:
        return None


def clear_damage(path: Path) -> None:
    try:
        damage_file(path).unlink()
    except OSError:
        pass
