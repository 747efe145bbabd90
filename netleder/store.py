"""The reflection store: the only module that touches the database.

One SQLite file, `reflections.sqlite3`, in `$NETLEDER_HOME` (when set and non-empty) or the
platform's user data folder. The folder is made owner-only (0700) when we create it; the
database and its -wal/-shm files are owner-only (0600): every connect and write runs under
umask 077, and an existing store's files lose any group/other permission bits when opened
for writing.

Safety rules
- An existing file is inspected read-only before anything writes to it. Not an SQLite file,
  another program's database, damaged (PRAGMA quick_check), from a newer netleder, unreadable
  or read-only: StoreError (exit 1) saying what, where and what to do, and the file's bytes
  are untouched. "Read-only" means the OS says so (os.access) *or* the owner's write bit is
  off; the second makes `chmod a-w` mean read-only even for root, who bypasses permissions.
- A zero-byte file, or an SQLite file with no tables and no version, is a new empty store
  (SQLite treats it so, and there is nothing in it to lose). A folder at the file's path is
  a StoreError.
- `Store.open(create=False)` (for read commands) never creates anything: with no file it
  returns an empty store whose reads return nothing and whose deletes delete nothing (other
  writes to it are a programming error: RuntimeError). A read-only store of the current
  version opens for reading; writes then raise StoreError.
- A store from an older netleder is migrated when opened, one transaction per step.
- WAL journal, synchronous=FULL (each commit is fsynced: an answer survives kill -9 and, as
  far as SQLite can promise, power loss), busy_timeout 5 s (two netleders at once wait for
  each other instead of failing), foreign keys on, secure_delete on.
- Every write method is one transaction, committed before it returns. A failing write raises
  StoreError naming the file and the cause; everything committed before it is kept.
- No user text (answers, notes, network names) ever appears in an error message.

Ordering: "newest" is by creation time (julianday(created_at), so mixed UTC offsets sort
correctly), then by insertion order. Snapshots are stored once per distinct content (keyed
by a hash), so a thousand reflections of the same content store it once and parse it once.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from netleder.errors import BadInput, StoreError
from netleder.i18n import t
from netleder.reflection import FollowUp, Reflection, Snapshot, new_id, now_iso

DB_NAME = "reflections.sqlite3"
APPLICATION_ID = 0x4E4C4452  # "NLDR" in the file header: marks the file as netleder's
SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_MS = 5000
NEWEST_FIRST = "julianday(r.created_at) DESC, r.created_at DESC, r.rowid DESC"


def store_dir() -> Path:
    """The store's folder: $NETLEDER_HOME, else the platform's user data folder."""
    home = os.environ.get("NETLEDER_HOME", "")
    if home.strip():
        return Path(home).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("netleder", appauthor=False))


def store_path() -> Path:
    return store_dir() / DB_NAME


# --- schema ----------------------------------------------------------------------------
# Each migration takes the schema from version i to i + 1 and runs in its own transaction.
# Never edit a released migration: add a new one.


def _v1(c: sqlite3.Connection) -> None:
    for sql in (
        "CREATE TABLE snapshots (hash TEXT PRIMARY KEY, json TEXT NOT NULL)",
        """CREATE TABLE reflections (
            id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            completed_at TEXT, lang TEXT NOT NULL, network TEXT, network_type TEXT, phase TEXT,
            snapshot TEXT NOT NULL REFERENCES snapshots (hash))""",
        "CREATE INDEX reflections_created ON reflections (julianday(created_at))",
        """CREATE TABLE answers (
            reflection_id TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            competence_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (reflection_id, competence_id, idx))""",
        """CREATE TABLE ratings (
            reflection_id TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            competence_id TEXT NOT NULL, value INTEGER NOT NULL,
            PRIMARY KEY (reflection_id, competence_id))""",
        """CREATE TABLE next_steps (
            reflection_id TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            competence_id TEXT NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (reflection_id, competence_id))""",
        f"PRAGMA application_id = {APPLICATION_ID}",
    ):
        c.execute(sql)


def _v2(c: sqlite3.Connection) -> None:
    c.execute(
        """CREATE TABLE follow_ups (
            reflection_id TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            competence_id TEXT NOT NULL, from_id TEXT, step TEXT NOT NULL,
            status TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (reflection_id, competence_id))"""
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, path: Path, target: int = SCHEMA_VERSION) -> None:
    """Bring the database to `target`, one transaction per step (safe with concurrent openers)."""
    while (version := _pragma(conn, "user_version")) < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = _pragma(conn, "user_version")  # another process may have migrated
            if version < target:
                MIGRATIONS[version](conn)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise
    if version > SCHEMA_VERSION:
        raise StoreError(t("store.newer", path=path, found=version, known=SCHEMA_VERSION))


# --- opening ---------------------------------------------------------------------------


class Store:
    """The reflections on this machine. Open with `Store.open()`; use as a context manager."""

    def __init__(self, path: Path, conn: sqlite3.Connection | None, readonly: bool = False,
                 deferred: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self._conn = conn
        self._deferred = deferred

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, create: bool = True,
             defer: bool = False) -> "Store":
        """Open (and with `create`, make or upgrade) the store. Raises StoreError if unusable.

        With `defer`, a store that does not exist yet is created by the first write rather
        than now (the wizard shows its first question without waiting for a new database);
        that its folder can be made is still checked now.
        """
        path = Path(path).absolute() if path is not None else store_path().absolute()
        version = _inspect(path)  # None: no file; 0: empty; raises for unusable files
        if not version and create and defer:
            if not _creatable(path.parent) or (version == 0 and not _writable(path)):
                raise StoreError(t("store.readonly", path=path))
            return cls(path, None, deferred=True)
        if not version and not create:
            return cls(path, None)
        if version is None:
            _make_dir(path.parent)
        readonly = not (_writable(path.parent) and (version is None or _writable(path)))
        if readonly and (create or version < SCHEMA_VERSION):
            raise StoreError(t("store.readonly", path=path))
        conn = None
        try:
            with _private():
                conn = _connect(path, "ro" if readonly else "rw" if version is not None else "rwc")
                if not readonly:
                    conn.execute("PRAGMA journal_mode = WAL").fetchall()
                    migrate(conn, path)
                    _tighten(path)
        except BaseException as e:
            if conn is not None:
                conn.close()
            if isinstance(e, (sqlite3.Error, OSError)):
                raise _failure("store.open_failed", path, e) from None
            raise
        return cls(path, conn, readonly)

    def close(self) -> None:
        if self._conn is not None:
            with _private():
                self._conn.close()
            self._conn = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing --------------------------------------------------------------------------

    def _read(self, sql: str, params: Iterable = ()) -> list[tuple]:
        if self._conn is None:
            return []
        try:
            with _private():
                return self._conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as e:
            raise _failure("store.read_failed", self.path, e) from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, committed (and fsynced) on leaving; any failure rolls it back."""
        if self._conn is None and self._deferred:
            opened = Store.open(self.path)
            self._conn, self.readonly, self._deferred = opened._conn, opened.readonly, False
        if self._conn is None:
            raise RuntimeError("this store was opened with create=False and has no file; open it with create=True")
        if self.readonly:
            raise StoreError(t("store.readonly", path=self.path))
        conn = self._conn
        with _private():
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    _rollback(conn)
                    raise
            except (sqlite3.Error, OSError) as e:
                raise _failure("store.write_failed", self.path, e) from None

    def _touch(self, c: sqlite3.Connection, rid: str) -> None:
        if not c.execute("UPDATE reflections SET updated_at = ? WHERE id = ?", (now_iso(), rid)).rowcount:
            raise StoreError(t("store.gone", id=_safe(rid), path=self.path))

    def _unused_id(self) -> str:
        while self.exists(rid := new_id()):
            pass
        return rid

    # --- writing ---------------------------------------------------------------------------

    def create_draft(
        self,
        lang: str,
        snapshot: Snapshot,
        *,
        network: str | None = None,
        network_type: str | None = None,
        phase: str | None = None,
    ) -> Reflection:
        created = now_iso()
        draft = Reflection(
            id="", created_at=created, updated_at=created, lang=lang, snapshot=snapshot,
            network=network, network_type=network_type, phase=phase,
        )
        with self._write() as c:
            draft.id = self._unused_id()
            _insert(c, draft)
        return self.get(draft.id)

    def set_context(self, rid: str, network: str | None, network_type: str | None, phase: str | None) -> None:
        with self._write() as c:
            self._touch(c, rid)
            c.execute(
                "UPDATE reflections SET network = ?, network_type = ?, phase = ? WHERE id = ?",
                (_text(network), network_type, phase, rid),
            )

    def set_scope(self, rid: str, snapshot: Snapshot) -> None:
        """Replace the snapshot. Answers and ratings outside the new scope are kept, not shown."""
        with self._write() as c:
            self._touch(c, rid)
            c.execute("UPDATE reflections SET snapshot = ? WHERE id = ?", (_put_snapshot(c, snapshot), rid))
            _drop_orphan_snapshots(c)

    def save_answer(self, rid: str, cid: str, idx: int, text: str | None) -> None:
        """Store answer `idx` (0-based) to competence `cid` exactly as given; "" or None clears it."""
        with self._write() as c:
            self._touch(c, rid)
            if text:
                c.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)", (rid, cid, idx, _text(text)))
            else:
                c.execute(
                    "DELETE FROM answers WHERE reflection_id = ? AND competence_id = ? AND idx = ?", (rid, cid, idx)
                )

    def save_rating(self, rid: str, cid: str, value: int | None) -> None:
        """Store a rating; None clears it (the competence was skipped)."""
        with self._write() as c:
            self._touch(c, rid)
            if value is None:
                c.execute("DELETE FROM ratings WHERE reflection_id = ? AND competence_id = ?", (rid, cid))
            else:
                c.execute("INSERT OR REPLACE INTO ratings VALUES (?, ?, ?)", (rid, cid, int(value)))

    def save_next_step(self, rid: str, cid: str, text: str | None) -> None:
        """Store a next step exactly as given; "" or None deletes it."""
        with self._write() as c:
            self._touch(c, rid)
            if text:
                c.execute("INSERT OR REPLACE INTO next_steps VALUES (?, ?, ?)", (rid, cid, _text(text)))
            else:
                c.execute("DELETE FROM next_steps WHERE reflection_id = ? AND competence_id = ?", (rid, cid))

    def save_follow_up(self, rid: str, follow_up: FollowUp) -> None:
        """Store how a next step went, replacing any earlier one for the same competence."""
        with self._write() as c:
            self._touch(c, rid)
            _put_follow_up(c, rid, follow_up)

    def complete(self, rid: str) -> None:
        """Mark a draft complete (keeps the first completion time if it already is)."""
        with self._write() as c:
            self._touch(c, rid)
            c.execute("UPDATE reflections SET completed_at = coalesce(completed_at, ?) WHERE id = ?", (now_iso(), rid))

    def discard(self, rid: str) -> None:
        """Throw a draft (or any reflection) away, as thoroughly as `delete`."""
        self.delete([rid])

    def unused_id(self) -> str:
        """A fresh id not used by any stored reflection (for `save_whole`)."""
        return self._unused_id()

    def save_whole(self, reflection: Reflection) -> None:
        """Insert a complete reflection, all tables in one transaction. Its id must be unused."""
        self.save_many([reflection], skip_existing=False)

    def save_many(self, reflections: Iterable[Reflection], *, skip_existing: bool = True) -> tuple[int, int]:
        """Insert reflections in ONE transaction (an import is all or nothing): (saved, skipped).

        A reflection whose id is already stored is skipped, or with skip_existing=False
        fails the whole transaction with StoreError.
        """
        saved = skipped = 0
        with self._write() as c:
            for r in reflections:
                if c.execute("SELECT 1 FROM reflections WHERE id = ?", (r.id,)).fetchall():
                    if not skip_existing:
                        raise StoreError(t("store.id_taken", id=_safe(r.id), path=self.path))
                    skipped += 1
                    continue
                _insert(c, r)
                saved += 1
        return saved, skipped

    def delete(self, rids: Iterable[str]) -> int:
        """Delete reflections by full id, so that their text is gone from the files too.

        One transaction with secure_delete on (freed content is zeroed), then the WAL is
        checkpointed and truncated, and the file vacuumed. If another netleder is reading at
        that moment, the WAL keeps old pages until the last connection closes (SQLite then
        checkpoints and removes it). Unknown ids are ignored. Returns how many were deleted.
        """
        rids = list(rids)
        if self._conn is None or not rids:
            return 0
        with self._write() as c:
            n = sum(c.execute("DELETE FROM reflections WHERE id = ?", (rid,)).rowcount for rid in rids)
            _drop_orphan_snapshots(c)
        self._scrub()
        return n

    def delete_all(self) -> int:
        if self._conn is None:
            return 0
        with self._write() as c:
            n = c.execute("DELETE FROM reflections").rowcount
            c.execute("DELETE FROM snapshots")
        self._scrub()
        return n

    def _scrub(self) -> None:
        # Best effort by design: the delete has committed, and secure_delete already zeroed
        # the text in the pages; this removes the older copies in the WAL and compacts.
        with _private():
            for sql in ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"):
                try:
                    self._conn.execute(sql).fetchall()
                except sqlite3.Error:
                    pass

    # --- reading ---------------------------------------------------------------------------

    def exists(self, rid: str) -> bool:
        return bool(self._read("SELECT 1 FROM reflections WHERE id = ?", (rid,)))

    def count(self, *, include_drafts: bool = True) -> int:
        where = "" if include_drafts else " WHERE completed_at IS NOT NULL"
        rows = self._read("SELECT count(*) FROM reflections" + where)
        return rows[0][0] if rows else 0

    def get(self, rid: str) -> Reflection:
        """The reflection with this exact id; BadInput if there is none (see `resolve`)."""
        found = self._load("r.id = ?", (rid,))
        if not found:
            raise self._unknown(rid)
        return found[0]

    def latest_draft(self) -> Reflection | None:
        """The newest unfinished reflection (to offer to resume)."""
        rid = self._newest("r.completed_at IS NULL")
        return self.get(rid) if rid else None

    def latest_complete(self, exclude: str | None = None) -> Reflection | None:
        """The newest complete reflection, other than `exclude` (an id)."""
        rid = self._newest("r.completed_at IS NOT NULL AND r.id IS NOT ?", (exclude,))
        return self.get(rid) if rid else None

    def list(self, network: str | None = None, include_drafts: bool = True, *, text: bool = True) -> list[Reflection]:
        """Reflections newest first; `network` matches the name ignoring case and spacing.

        One query per table however many reflections there are. With text=False the
        leader's own text (answers, next steps, follow-ups) is not read and those fields are
        left empty: enough for a history listing or a trend, and much lighter.
        """
        found = self._load("1" if include_drafts else "r.completed_at IS NOT NULL", text=text)
        if network is not None:
            key = _norm(network)
            found = [r for r in found if r.network is not None and _norm(r.network) == key]
        return found

    def resolve(self, ref: str) -> str:
        """A full id from what the user typed: `latest` or a unique id prefix (any case).

        `latest` is the newest complete reflection, or the newest draft if none is complete.
        Unknown, ambiguous, or an empty store: BadInput (exit 2) listing ids to choose from.
        """
        key = ref.strip().lower()
        if not self.count():
            raise BadInput(t("store.none_yet"))
        if key == "latest":
            return self._newest("r.completed_at IS NOT NULL") or self._newest("1")
        rows = self._read(
            f"SELECT r.id, r.created_at, r.completed_at FROM reflections r "
            f"WHERE lower(substr(r.id, 1, ?)) = ? ORDER BY {NEWEST_FIRST}",
            (len(key), key),
        )
        exact = [row for row in rows if row[0].lower() == key]
        if key and (len(rows) == 1 or len(exact) == 1):
            return (exact or rows)[0][0]
        if not key or not rows:
            raise self._unknown(ref)
        raise BadInput(t("store.ambiguous_id", ref=_safe(ref), candidates=_describe(rows, 10)))

    def _unknown(self, ref: str) -> BadInput:
        if not self.count():
            return BadInput(t("store.none_yet"))
        rows = self._read(f"SELECT r.id, r.created_at, r.completed_at FROM reflections r ORDER BY {NEWEST_FIRST}")
        return BadInput(t("store.unknown_id", ref=_safe(ref), recent=_describe(rows, 5)))

    def _newest(self, where: str, params: Iterable = ()) -> str | None:
        rows = self._read(f"SELECT r.id FROM reflections r WHERE {where} ORDER BY {NEWEST_FIRST} LIMIT 1", params)
        return rows[0][0] if rows else None

    def _load(self, where: str, params: Iterable = (), text: bool = True) -> list[Reflection]:
        """Reflections matching `where` (on alias r), with one query per table."""
        params = tuple(params)
        rows = self._read(
            "SELECT r.id, r.created_at, r.updated_at, r.completed_at, r.lang, r.network, r.network_type, "
            f"r.phase, r.snapshot FROM reflections r WHERE {where} ORDER BY {NEWEST_FIRST}",
            params,
        )
        if not rows:
            return []
        if where == "1":  # everything: plain table scans
            mine, snap_filter, sub = "", "", ()
        else:
            mine = f" WHERE reflection_id IN (SELECT r.id FROM reflections r WHERE {where})"
            snap_filter = f" WHERE hash IN (SELECT r.snapshot FROM reflections r WHERE {where})"
            sub = params

        def query(columns: str, table: str, order: str = "") -> list[tuple]:
            return self._read(f"SELECT reflection_id, {columns} FROM {table}{mine}{order}", sub)

        stored = self._read("SELECT hash, json FROM snapshots" + snap_filter, sub)
        snapshots = {key: Snapshot.from_dict(json.loads(blob)) for key, blob in stored}  # each parsed once
        shapes = {key: [(c.id, len(c.questions)) for c in snapshot.competences] for key, snapshot in snapshots.items()}
        answers: dict[str, dict[str, list[str]]] = {}
        ratings, steps, follow_ups = {}, {}, {}
        for rid, cid, value in query("competence_id, value", "ratings"):
            ratings.setdefault(rid, {})[cid] = value
        if text:
            for rid, cid, idx, answer in query("competence_id, idx, text", "answers"):
                texts = answers.setdefault(rid, {}).setdefault(cid, [])
                if idx >= len(texts):
                    texts.extend([""] * (idx + 1 - len(texts)))
                texts[idx] = answer
            for rid, cid, step in query("competence_id, text", "next_steps"):
                steps.setdefault(rid, {})[cid] = step
            for rid, *f in query("competence_id, step, status, note, from_id", "follow_ups", " ORDER BY rowid"):
                follow_ups.setdefault(rid, []).append(FollowUp(*f))

        result = []
        for rid, created, updated, completed, lang, network, network_type, phase, snap in rows:
            shape = shapes[snap]
            given = answers.get(rid, {})
            padded = {cid: _pad(given.pop(cid, []), n) for cid, n in shape} if text else {}
            padded.update(given)  # answers kept from before the scope was narrowed
            result.append(
                Reflection(
                    id=rid, created_at=created, updated_at=updated, completed_at=completed, lang=lang,
                    snapshot=snapshots[snap], network=network, network_type=network_type, phase=phase,
                    ratings=_in_order(ratings.get(rid, {}), shape), answers=padded,
                    next_steps=_in_order(steps.get(rid, {}), shape), follow_ups=follow_ups.get(rid, []),
                )
            )
        return result


# --- helpers ---------------------------------------------------------------------------


@contextmanager
def _private() -> Iterator[None]:
    """Files SQLite creates meanwhile (database, -wal, -shm, -journal) are owner-only."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def _uri(path: Path, mode: str) -> str:
    escaped = str(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{escaped}?mode={mode}"


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    conn = sqlite3.connect(_uri(path, mode), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    for pragma in (
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
        "foreign_keys = ON",
        "synchronous = FULL",
        "secure_delete = ON",
        "temp_store = MEMORY",  # VACUUM's temporary copy stays out of /tmp
    ):
        conn.execute("PRAGMA " + pragma)
    return conn


def _pragma(conn: sqlite3.Connection, name: str) -> int:
    return conn.execute(f"PRAGMA {name}").fetchall()[0][0]


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # SQLite has already rolled back (e.g. after SQLITE_FULL)


def _inspect(path: Path) -> int | None:
    """Check an existing store without writing: its schema version, 0 if empty, None if absent."""
    try:
        if path.parent.exists() and not path.parent.is_dir():
            raise StoreError(t("store.dir_not_dir", path=path.parent))
        if path.is_dir():
            raise StoreError(t("store.is_dir", path=path))
        if not path.exists():
            return None
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:  # e.g. a folder on the way that we may not enter
        raise StoreError(t("store.unreadable", path=path, reason=e.strerror or type(e).__name__)) from None
    if not header:
        return 0
    if header != SQLITE_HEADER:
        raise StoreError(t("store.not_db", path=path))
    try:
        conn = sqlite3.connect(_uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            version = _pragma(conn, "user_version")
            app = _pragma(conn, "application_id")
            if app != APPLICATION_ID and (app or conn.execute("SELECT count(*) FROM sqlite_master").fetchall()[0][0]):
                raise StoreError(t("store.foreign", path=path))
            if version > SCHEMA_VERSION:
                raise StoreError(t("store.newer", path=path, found=version, known=SCHEMA_VERSION))
            if [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()] != ["ok"]:
                raise StoreError(t("store.damaged", path=path))
        finally:
            conn.close()
    except sqlite3.Error as e:
        kind = _kind(e)
        if kind == "notadb":
            raise StoreError(t("store.not_db", path=path)) from None
        if kind == "damaged":
            raise StoreError(t("store.damaged", path=path)) from None
        raise _failure("store.open_failed", path, e) from None
    return version


def _writable(p: Path) -> bool:
    """Writable by the OS's rules and, for our own files, by the owner's write bit (see above)."""
    try:
        st = p.stat()
    except OSError:
        return False
    if st.st_uid == os.geteuid() and not st.st_mode & stat.S_IWUSR:
        return False
    return os.access(p, os.W_OK)


def _creatable(folder: Path) -> bool:
    """Whether `folder` is writable, or could be made inside its nearest existing ancestor."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate.is_dir() and _writable(candidate)
    return False


def _make_dir(folder: Path) -> None:
    try:
        if folder.is_dir():
            return
        with _private():
            folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    except OSError as e:
        raise StoreError(t("store.cannot_create", path=folder, reason=e.strerror or type(e).__name__)) from None


def _tighten(path: Path) -> None:
    """Remove group/other permissions from our database files (created or copied in)."""
    for p in [path, *(Path(str(path) + s) for s in SIDE_FILES)]:
        try:
            st = p.stat()
        except FileNotFoundError:
            continue
        if st.st_uid == os.geteuid() and st.st_mode & 0o077:
            os.chmod(p, stat.S_IMODE(st.st_mode) & 0o700)


def _kind(e: BaseException) -> str:
    """The cause of a database or OS error, as one of a few kinds we can explain."""
    if isinstance(e, OSError):
        return {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EROFS: "readonly", errno.EACCES: "readonly",
                errno.EPERM: "readonly"}.get(e.errno, "other")
    text = f"{getattr(e, 'sqlite_errorname', '')} {e}".lower()
    for kind, words in (
        ("full", ("sqlite_full", "is full")),
        ("readonly", ("readonly", "read-only")),
        ("busy", ("busy", "locked")),
        ("notadb", ("notadb", "not a database")),
        ("damaged", ("corrupt", "malformed")),
        ("cantopen", ("cantopen", "unable to open")),
    ):
        if any(w in text for w in words):
            return kind
    return "other"


def _failure(key: str, path: Path, e: BaseException) -> StoreError:
    """A translated StoreError for `e` (never including its text, which is not ours to show)."""
    kind = _kind(e)
    kind = "damaged" if kind == "notadb" else kind
    code = getattr(e, "sqlite_errorname", None) or (f"errno {e.errno}" if isinstance(e, OSError) else type(e).__name__)
    return StoreError(
        t(key, path=path, reason=t(f"store.reason.{kind}", code=code), hint=t(f"store.hint.{kind}", path=path))
    )


def _text(s: str | None) -> str | None:
    """User text exactly as given, except lone surrogates (undecodable input), which UTF-8
    cannot hold: those become U+FFFD."""
    if s is None:
        return None
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in s)


def _safe(ref: str) -> str:
    """What the user typed, fit to echo in a message (no control characters, not too long)."""
    shown = "".join(ch if ch.isprintable() else "?" for ch in ref)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _norm(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def _describe(rows: list[tuple], limit: int) -> str:
    shown = [
        t("store.candidate" if completed else "store.candidate_draft", id=rid, date=(created or "")[:10])
        for rid, created, completed in rows[:limit]
    ]
    if len(rows) > limit:
        shown.append(t("store.more", count=len(rows) - limit))
    return ", ".join(shown)


def _in_order(values: dict, shape: list[tuple[str, int]]) -> dict:
    """The snapshot's competences first, in its order; then any others as stored."""
    return {cid: values[cid] for cid, _ in shape if cid in values} | values if values else {}


def _pad(texts: list[str], n: int) -> list[str]:
    return texts + [""] * (n - len(texts)) if len(texts) < n else texts


def _put_snapshot(c: sqlite3.Connection, snapshot: Snapshot) -> str:
    import hashlib

    text = json.dumps(snapshot.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    c.execute("INSERT OR IGNORE INTO snapshots VALUES (?, ?)", (key, text))
    return key


def _drop_orphan_snapshots(c: sqlite3.Connection) -> None:
    c.execute("DELETE FROM snapshots WHERE hash NOT IN (SELECT snapshot FROM reflections)")


def _put_follow_up(c: sqlite3.Connection, rid: str, f: FollowUp) -> None:
    # An upsert, not INSERT OR REPLACE, so a replaced follow-up keeps its place in the order.
    c.execute(
        "INSERT INTO follow_ups (reflection_id, competence_id, from_id, step, status, note) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reflection_id, competence_id) DO UPDATE SET "
        "from_id = excluded.from_id, step = excluded.step, status = excluded.status, note = excluded.note",
        (rid, f.competence_id, f.from_id, _text(f.step), f.status, _text(f.note or "")),
    )


def _insert(c: sqlite3.Connection, r: Reflection) -> None:
    c.execute(
        "INSERT INTO reflections (id, created_at, updated_at, completed_at, lang, network, network_type, phase, "
        "snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (r.id, r.created_at, r.updated_at or r.completed_at or r.created_at, r.completed_at, r.lang,
         _text(r.network), r.network_type, r.phase, _put_snapshot(c, r.snapshot)),
    )
    c.executemany(
        "INSERT INTO answers VALUES (?, ?, ?, ?)",
        [(r.id, cid, i, _text(a)) for cid, texts in r.answers.items() for i, a in enumerate(texts) if a],
    )
    c.executemany(
        "INSERT INTO ratings VALUES (?, ?, ?)",
        [(r.id, cid, int(v)) for cid, v in r.ratings.items() if v is not None],
    )
    c.executemany(
        "INSERT INTO next_steps VALUES (?, ?, ?)",
        [(r.id, cid, _text(s)) for cid, s in r.next_steps.items() if s],
    )
    for f in r.follow_ups:
        _put_follow_up(c, r.id, f)
