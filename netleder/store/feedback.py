"""Feedback from others (`netleder invite` / `netleder feedback`), kept apart from the
reflections: its own table, and its snapshot and responses as JSON in its own row, so deleting
a piece of feedback removes all of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from netleder.errors import BadInput, StoreError
from netleder.reflection import Snapshot
from netleder.safe_text import short
from netleder.store.base import StoreBase, stored_text
from netleder.store.networks import network_key


class FeedbackStore(StoreBase):
    """Feedback a co-driver or reference leader gave, newest first."""

    def save_feedback(self, items, *, skip_existing: bool = True) -> tuple[int, int]:
        """Store feedback (netleder.feedback.Feedback) in ONE transaction: (saved, skipped).

        An item whose id, or whose content (the same file imported twice), is already
        stored is skipped."""
        saved = skipped = 0
        with self._write() as c:
            for f in items:
                row = _feedback_row(f)
                if c.execute("SELECT 1 FROM feedback WHERE id = ? OR digest = ?", (row[0], row[-1])).fetchall():
                    if not skip_existing:
                        raise StoreError("store.id_taken", id=short(f.id), path=self.path)
                    skipped += 1
                    continue
                c.execute("INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
                saved += 1
        return saved, skipped

    def unused_feedback_id(self) -> str:
        from netleder.feedback import new_feedback_id

        while self._read("SELECT 1 FROM feedback WHERE id = ?", (fid := new_feedback_id(),)):
            pass
        return fid

    def feedback_list(self, network: str | None = None, *, any_network: bool = True) -> list:
        """Feedback, newest first. With `network` (or any_network=False and network None):
        only what was filed under that network (names compared ignoring case and spacing)."""
        from netleder.feedback import Feedback, Response

        rows = self._read(
            "SELECT id, giver, given_on, received_at, lang, network, snapshot, responses FROM feedback "
            "ORDER BY given_on DESC, julianday(received_at) DESC, rowid DESC"
        )
        out = []
        for fid, giver, given_on, received_at, lang, net, snap, responses in rows:
            if (network is not None or not any_network) and network_key(net if isinstance(net, str) else "") != network_key(
                    network or ""):
                continue
            try:  # a damaged row is noted and skipped, like a damaged reflection
                if not all(isinstance(v, str) for v in (fid, giver, given_on, received_at, lang)):
                    raise TypeError
                if not all(isinstance(r.get("cannot_say", False), bool) for r in json.loads(responses).values()):
                    raise TypeError
                found = Feedback(
                    fid, giver, given_on, received_at, lang, net, Snapshot.from_dict(json.loads(snap)),
                    {cid: Response(r["rating"], r["comment"], r.get("cannot_say", False))
                     for cid, r in json.loads(responses).items()},
                )
                # Values netleder never writes (a rating of 7, a competence the form did not ask
                # about, a date that is no date) are damage, by the very rules an import of the
                # export applies: no view shows them, and the export that leaves them out imports.
                from netleder.exchange.feedback import FeedbackCheck, feedback_to_record

                checker = FeedbackCheck()
                checker.feedback_record(feedback_to_record(found), "feedback")
                if checker.problems:
                    raise ValueError("not as netleder writes it")
                out.append(found)
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
                self._note_damage(fid, "feedback")
        return out

    def feedback_count(self) -> int:
        rows = self._read("SELECT count(*) FROM feedback")
        return rows[0][0] if rows else 0

    def resolve_feedback(self, ref: str) -> str:
        """A full feedback id from a unique prefix (`fb-k7m`); BadInput when none or several match."""
        key = ref.strip().lower()
        rows = self._read("SELECT id FROM feedback WHERE lower(substr(id, 1, ?)) = ? ORDER BY id", (len(key), key))
        exact = [row for row in rows if row[0] == key]
        if len(rows) == 1 or exact:
            return (exact or rows)[0][0]
        if not rows:
            known = ", ".join(row[0] for row in self._read("SELECT id FROM feedback ORDER BY id LIMIT 10")) or "–"
            raise BadInput("fb.unknown_id", ref=short(ref), known=known)
        raise BadInput("fb.ambiguous_id", ref=short(ref), candidates=", ".join(row[0] for row in rows[:10]))

    def delete_feedback(self, fids: Iterable[str] | None = None) -> int:
        """Delete feedback by full id (None: all of it), gone from the database file too."""
        if self.wiped_feedback is not None:  # the whole file went (delete_all on a damaged file)
            return self.wiped_feedback if fids is None else 0
        if self._conn is None:
            return 0
        with self._write(removing=True) as c:
            if fids is None:
                n = c.execute("DELETE FROM feedback").rowcount
            else:
                n = sum(c.execute("DELETE FROM feedback WHERE id = ?", (fid,)).rowcount for fid in fids)
        self._scrub()
        return n


def _feedback_row(f) -> tuple:
    import hashlib

    snapshot = json.dumps(f.snapshot.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    responses = json.dumps({cid: {**r.to_dict(), "comment": stored_text(r.comment)} for cid, r in f.responses.items()},
                           ensure_ascii=False, separators=(",", ":"))
    content = json.dumps([f.giver, f.given_on, f.lang, snapshot, responses], ensure_ascii=False)
    digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()
    return (f.id, f.received_at, f.given_on, stored_text(f.giver), f.lang, stored_text(f.network), snapshot, responses, digest)
