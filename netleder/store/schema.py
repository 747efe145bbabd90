"""The database schema and its migrations (PRAGMA user_version).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from netleder.errors import StoreError
from netleder.store.connection import pragma, rollback

APPLICATION_ID = 0x4E4C4452  # "NLDR" in the file header: marks the file as netleder's


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


def add_feedback_from_others(c: sqlite3.Connection) -> None:
    """Feedback a co-driver or reference leader gave through `netleder invite`'s form.

    Kept apart from the reflections (and their shared snapshots table): the snapshot and the
    responses are stored as JSON in the row, so deleting a piece of feedback removes all of it.
    `digest` (a hash of the file's content) lets an import say the same file came twice.
    """
    c.execute(
        """CREATE TABLE feedback (
            id TEXT PRIMARY KEY, received_at TEXT NOT NULL, given_on TEXT NOT NULL,
            giver TEXT NOT NULL, lang TEXT NOT NULL, network TEXT,
            snapshot TEXT NOT NULL, responses TEXT NOT NULL, digest TEXT NOT NULL UNIQUE)"""
    )


def index_reflections_in_time_order(c: sqlite3.Connection) -> None:
    """Newest-first and oldest-first walks (latest, export) served whole by one index, and the
    drafts (to resume, to count) by a small one of their own: constant cost at any size."""
    c.execute("DROP INDEX IF EXISTS reflections_created")
    c.execute("CREATE INDEX IF NOT EXISTS reflections_in_time ON reflections (julianday(created_at), created_at)")
    c.execute("CREATE INDEX IF NOT EXISTS reflections_drafts_in_time ON reflections (julianday(created_at), created_at) "
              "WHERE completed_at IS NULL")


def index_reflections_by_network(c: sqlite3.Connection) -> None:
    """The networks named (the wizard's completions, --network) found by seeking in an index,
    one step per name, instead of reading every reflection: constant cost at any size."""
    c.execute("CREATE INDEX IF NOT EXISTS reflections_by_network ON reflections (network, julianday(created_at)) "
              "WHERE network IS NOT NULL")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1, _v2, add_feedback_from_others, index_reflections_in_time_order, index_reflections_by_network,
)


SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, path: Path, target: int = SCHEMA_VERSION) -> None:
    """Bring the database to `target`, one transaction per step (safe with concurrent openers)."""
    while (version := pragma(conn, "user_version")) < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = pragma(conn, "user_version")  # another process may have migrated
            if version < target:
                MIGRATIONS[version](conn)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
    if version > SCHEMA_VERSION:
        raise StoreError("store.newer", path=path, found=version, known=SCHEMA_VERSION)
