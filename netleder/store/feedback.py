"""Feedback from others (`netleder invite` / `netleder feedback`), kept apart from the
reflections: its own table, and its snapshot and responses as JSON in its own row, so deleting
a piece of feedback removes all of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from netleder.errors import BadInput, StoreError
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
                found = _as_netleder_writes(fid, giver, given_on, received_at, lang, net, snap, responses)
                if found is None:
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


def _as_netleder_writes(fid, giver, given_on, received_at, lang, net, snap, responses):
    """The feedback a stored row holds, or None when any value is one netleder never writes
    (a rating off the scale or not a whole number, a competence the form did not ask about,
    cannot_say that is not true/false, a date of another form, ...). The rules are those an
    import of the export applies (exchange/feedback.py FeedbackCheck; the store may not import
    it): what no view may show is damage, and the export that leaves it out imports."""
    import re
    from datetime import date

    from netleder.feedback import FEEDBACK_ID_PREFIX, MAX_GIVER, Feedback, Response
    from netleder.i18n import LANGS
    from netleder.reflection import ID_ALPHABET
    from netleder.shape_check import ShapeCheck

    check = ShapeCheck()
    if not (isinstance(fid, str) and re.fullmatch(FEEDBACK_ID_PREFIX + "[" + ID_ALPHABET + "]{4,32}", fid)):
        return None
    if not (isinstance(giver, str) and giver.strip() and len(giver) <= MAX_GIVER and check.string(giver, "")):
        return None
    try:
        if not (isinstance(given_on, str) and len(given_on) == 10 and date.fromisoformat(given_on)):
            return None
    except ValueError:
        return None
    if not (check.date(received_at, "") and lang in LANGS and check.string(net, "", nullable=True)):
        return None
    snapshot = check.snapshot(json.loads(snap), "")
    given = json.loads(responses)
    if check.problems or snapshot is None or not snapshot.competences or not isinstance(given, dict):
        return None
    if any(cid not in snapshot.ids for cid in given):
        return None
    out = {}
    for cid in snapshot.ids:  # in the snapshot's order; one not given was left blank
        r = given.get(cid, {"rating": None})
        if not (isinstance(r, dict) and "rating" in r and set(r) <= {"rating", "comment", "cannot_say"}):
            return None
        rating, comment, cannot_say = r["rating"], r.get("comment", ""), r.get("cannot_say", False)
        if rating is not None and not (check.integer(rating, "") and rating in snapshot.scale_values):
            return None
        if not (isinstance(cannot_say, bool) and not (cannot_say and rating is not None) and check.string(comment, "")):
            return None
        out[cid] = Response(rating, comment, cannot_say)
    if check.problems or not any(r.rating is not None or r.cannot_say or r.comment.strip() for r in out.values()):
        return None
    return Feedback(fid, giver, given_on, received_at, lang, net, snapshot, out)


def _feedback_row(f) -> tuple:
    from netleder.store.snapshots import sha256

    snapshot = json.dumps(f.snapshot.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    responses = json.dumps({cid: {**r.to_dict(), "comment": stored_text(r.comment)} for cid, r in f.responses.items()},
                           ensure_ascii=False, separators=(",", ":"))
    content = json.dumps([f.giver, f.given_on, f.lang, snapshot, responses], ensure_ascii=False)
    digest = sha256(content.encode("utf-8", "surrogatepass"))
    return (f.id, f.received_at, f.given_on, stored_text(f.giver), f.lang, stored_text(f.network), snapshot, responses, digest)
