"""Feedback from others: what a co-driver or reference leader answered in the form that
`netleder invite` writes. Pure records, no I/O.

A piece of feedback keeps the competences and scale it was asked about (a Snapshot, as a
reflection does), so it reads the same later even if the content files change.
"""

from __future__ import annotations

from typing import NamedTuple

from netleder.reflection import Snapshot

FEEDBACK_ID_PREFIX = "fb-"  # feedback ids read apart from reflection ids: `netleder delete fb-k7m`
MAX_GIVER = 200  # characters of the giver's name


class Response(NamedTuple):
    """One competence as the giver answered it: a rating on the scale (or None) and a comment;
    `cannot_say` when the giver chose "Kan ikke sige" (an answer, unlike leaving it blank)."""

    rating: int | None
    comment: str = ""
    cannot_say: bool = False

    def to_dict(self) -> dict:
        """As files and the store hold it: "cannot_say" only when chosen, so a file without it
        reads (and is recognised as already imported) exactly as before."""
        out: dict = {"rating": self.rating, "comment": self.comment}
        if self.cannot_say:
            out["cannot_say"] = True
        return out


class Feedback(NamedTuple):
    id: str  # "fb-" and six letters or digits, given when it is imported
    giver: str  # the name the giver typed
    given_on: str  # the date the giver saved the form (YYYY-MM-DD)
    received_at: str  # when it was imported (ISO 8601 with offset)
    lang: str  # the language the form was in
    network: str | None  # the network the leader filed it under
    snapshot: Snapshot  # the competences and scale it was asked about
    responses: dict[str, Response]  # competence id -> response, in the snapshot's order

    def rated(self) -> dict[str, int]:
        return {cid: r.rating for cid, r in self.responses.items() if r.rating is not None}


def new_feedback_id() -> str:
    from netleder.reflection import new_id

    return FEEDBACK_ID_PREFIX + new_id()
