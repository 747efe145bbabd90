"""Files only their owner can reach: the one place that writes a private file, tightens a folder
and reads a file without following a link. Every writer uses it: the store's own files (store/),
settings, draft locks and editor files, exports and pages written into the store's folder
(output.py), and pages `--open` leaves for the browser.

The rules, for every file netleder writes:
- The folder is tightened first (group and others lose their rights) when the user owns it,
  and refused (StoreError) when not: nobody else can plant or swap names in it meanwhile.
- A new file is created exclusively (O_CREAT | O_EXCL, and O_NOFOLLOW where the platform has
  it) under an unguessable name, owner-only from the start, written, flushed, and renamed
  over its final name: never written through a link, never half-written.
- A name planted in advance (a link or a file where a temporary file would go) is ignored (the
  exclusive create picks another name) or, in netleder's own folder, removed: removing a link
  removes the link, never what it points at.
- What others could read before netleder tightened it is noted (`was_open`) and said once by
  the command: its old contents may have been read.

Windows has no owner bits, no O_NOFOLLOW and no file owner netleder can check through `os`:
chmod there only sets the read-only flag. There the store lives in the user's own profile
folder, whose access list (ACL) Windows keeps to the user; netleder does not inspect or change
ACLs, so the tightening and ownership checks here are skipped (`posix()` is False) and
`netleder info` says the permissions were not checked rather than claiming privacy. This is not
tested on Windows.

A leaf: it imports nothing of netleder's but the errors, and no sqlite3 (commands that only
write a page import it).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from netleder.errors import StoreError


def posix() -> bool:
    """Whether owners, modes and links can be checked here (not on Windows)."""
    return os.name == "posix" and hasattr(os, "geteuid")


def store_dir() -> Path:
    """The store's folder: $NETLEDER_HOME, else the platform's user data folder."""
    home = os.environ.get("NETLEDER_HOME", "")
    if home.strip():
        return Path(home).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("netleder", appauthor=False))


@contextmanager
def private_files() -> Iterator[None]:
    """Files created meanwhile (by SQLite too: database, -wal, -shm, -journal) are owner-only."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


# What was readable by others until it was tightened (path, old mode): said once, by the
# command (its old contents may have been read), rather than claiming privacy. See was_open().
_WAS_OPEN: list[tuple[Path, str]] = []


def was_open() -> list[tuple[Path, str]]:
    """The files and folders tightened so far that others could read before; each said once."""
    found = list(_WAS_OPEN)
    _WAS_OPEN.clear()
    return found


def tightened_so_far() -> list[tuple[Path, str]]:
    """What was_open() would say now, without taking it (it is still said once)."""
    return list(_WAS_OPEN)


def chmod_noting(p: Path, mode: int) -> None:
    """Set `p`'s mode (StoreError if it cannot be), noting it if others could read it before."""
    try:
        found = os.stat(p)
        if not (stat.S_ISDIR(found.st_mode) or stat.S_ISREG(found.st_mode)):
            return  # only folders and plain files are netleder's to change (never a device)
        before = stat.S_IMODE(found.st_mode)
        os.chmod(p, mode)
    except OSError as e:
        raise StoreError("store.cannot_tighten", path=p, reason=e.strerror or type(e).__name__) from None
    if before & 0o044:  # group or others could read it
        _WAS_OPEN.append((p, f"{before:04o}"))


def secure_folder(folder: Path) -> None:
    """`folder` reachable by its owner only: tightened when the user owns it, refused
    (StoreError) when not. Nothing to do for a folder that does not exist yet (make it with
    make_private_dir) or on Windows (see the module's note)."""
    if not posix():
        return
    try:
        st = os.stat(folder)
    except OSError:
        return  # no folder yet, or unreachable (the write that follows says so)
    if not stat.S_ISDIR(st.st_mode):
        return  # a FIFO, a device (a link to /dev/null): never changed; what follows refuses it
    if st.st_mode & 0o077:
        if st.st_uid != os.geteuid():
            raise StoreError("store.folder_not_private", path=folder, mode=f"{stat.S_IMODE(st.st_mode):04o}")
        chmod_noting(folder, stat.S_IMODE(st.st_mode) & 0o700)


def within(folder: Path, root: Path) -> list[Path] | None:
    """The folders from `root` down to `folder` (both included) when `folder` is `root` or
    inside it, as the file system resolves them (links followed); else None."""
    try:
        inner, outer = Path(os.path.realpath(folder)), Path(os.path.realpath(root))
    except (OSError, ValueError):
        return None
    if inner != outer and outer not in inner.parents:
        return None
    chain = [inner]
    while chain[-1] != outer:
        chain.append(chain[-1].parent)
    return chain[::-1]


def secure_if_in_store(folder: Path) -> bool:
    """Before writing into `folder`: when it is the store's folder or inside it (an export, a
    page, a PDF written there), tighten every folder from the store's down to it first, or
    refuse (StoreError). True when it is in the store's folder."""
    chain = within(folder, store_dir())
    if chain is None:
        return False
    for step in chain:
        secure_folder(step)
    return True


# The names netleder keeps in the store's folder (store/files.py DB_NAME and its side files,
# DAMAGE_NAME, OPEN_PAGES; store/settings.py SETTINGS_NAME; store/locks.py's locks and editor
# files; our temporary files). tests/test_store_safety.py checks that they stay in step.
_OWN_NAME = r"(reflections\.sqlite3(-wal|-shm|-journal)?|settings\.json|damage-found\.json|open|draft-.*\.lock|edit-.*\.txt|\..*\.tmp)"


def is_own_file(path: Path) -> bool:
    """Whether `path` is one of the files netleder keeps in the store's folder (or inside its
    `open` folder): an export or a page given that name would replace the database, the
    settings, a draft's lock or an answer left in the editor, so it is never written there."""
    import re

    chain = within(path.parent, store_dir())
    if chain is None:
        return False
    if len(chain) > 1:  # in a folder inside the store's: only `open` is netleder's
        return chain[1].name == "open"
    return re.fullmatch(_OWN_NAME, path.name) is not None


def remove_planted(folder: Path, prefix: str) -> None:
    """Remove names starting with `prefix` and ending in .tmp (our temporary files' names) left
    in `folder`: a crashed write's leftover, or a link someone planted while the folder was
    open to others. Removing a link removes the link, never what it points at. Only for
    netleder's own folder (the store's), tightened first."""
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        try:
            os.unlink(folder / name)
        except OSError:
            pass


_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def create_temp(folder: Path, prefix: str, suffix: str = ".tmp") -> tuple[int, Path]:
    """A new, empty, owner-only (0600) file in `folder` under an unguessable name: (its open
    descriptor, its path). Created exclusively, never through a link: a name taken (planted)
    already is passed over for another. OSError when none can be made."""
    import errno
    import secrets

    for _ in range(100):
        temp = folder / f"{prefix}{secrets.token_hex(8)}{suffix}"
        try:
            with private_files():
                return os.open(temp, _NEW, 0o600), temp
        except FileExistsError:
            continue
    raise OSError(errno.EEXIST, "no free temporary name", str(folder))


def fill_and_rename(fd: int, temp: Path, path: Path, fill, mode: int = 0o600) -> None:
    """Write the new file `temp` (open as `fd`) with `fill(handle)`, flush it to disk, give it
    `mode` through its descriptor (never through a name someone may have swapped), and rename
    it over `path`, after making sure the name still holds the file written. OSError on
    failure, the temporary file removed (if the name still holds ours)."""
    import errno

    written: os.stat_result | None = None
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
            if posix():
                os.fchmod(handle.fileno(), mode)
            written = os.fstat(handle.fileno())
        if not posix() and not mode & 0o200:  # pragma: no cover - Windows: only the read-only flag
            os.chmod(temp, mode)
        if not _still(temp, written):
            raise OSError(errno.EEXIST, "the temporary file was replaced while it was written", str(temp))
        os.replace(temp, path)
    except BaseException:
        if written is None or _still(temp, written):
            try:
                os.unlink(temp)
            except OSError:
                pass
        raise


def _still(temp: Path, written: os.stat_result) -> bool:
    """Whether the name `temp` still holds the file that was written."""
    try:
        return os.path.samestat(written, os.lstat(temp))
    except OSError:
        return False


def write_whole(path: Path, data: bytes) -> None:
    """Replace `path`, a file in netleder's own folder, with `data`, whole and owner-only: the
    folder tightened first (StoreError when it is not the user's), leftover or planted
    temporary names removed, then a new temporary file created exclusively, written and
    renamed into place (create_temp, fill_and_rename). OSError on failure."""
    secure_folder(path.parent)
    remove_planted(path.parent, f".{path.name}.")
    fd, temp = create_temp(path.parent, f".{path.name}.")
    fill_and_rename(fd, temp, path, lambda handle: handle.write(data))


def read_own(path: Path, limit: int, refuse) -> bytes:
    """At most `limit` + 1 bytes of the user's own plain file at `path`: never through a link,
    never blocking on a FIFO. `refuse(kind)` makes the exception raised for a file that is a
    link or not a plain file (kind "not_plain") or not the user's (kind "not_yours");
    FileNotFoundError when there is none, OSError when it cannot be read."""
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISREG(st.st_mode):
        raise refuse("not_plain")
    if posix() and (st.st_uid != os.geteuid() or st.st_nlink != 1):
        raise refuse("not_yours")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                 | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        if not os.path.samestat(os.fstat(f.fileno()), st):  # swapped between the look and the open
            raise refuse("not_plain")
        return f.read(limit + 1)
