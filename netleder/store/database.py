"""The reflection store: the only code that reads or writes the SQLite database.

`Store` is assembled from parts by what they store:
- base.py: opening the database, transactions, damage-containing reads (what all parts share);
- snapshots.py: the content snapshots reflections share, stored once each;
- loading.py: reflections read from their rows, damage contained record by record;
- reflections.py: drafts, answers, ratings, next steps, follow-ups; lookups; delete;
- transfer.py: bulk import, the export walk and the full check;
- feedback.py: feedback from others, in a table of its own.
"""

from __future__ import annotations

from netleder.store.base import NEWEST_FIRST, OLDEST_FIRST
from netleder.store.feedback import FeedbackStore
from netleder.store.loading import MAX_QUESTIONS
from netleder.store.reflections import Reflections
from netleder.store.transfer import Transfer

__all__ = ["MAX_QUESTIONS", "NEWEST_FIRST", "OLDEST_FIRST", "Store", "open_store"]


class Store(Transfer, Reflections, FeedbackStore):
    """The reflections (and feedback) on this machine. Open with `Store.open()`; use as a
    context manager."""


def open_store(create: bool = False) -> Store:
    """The user's store. Read commands pass create=False: they never create a store."""
    return Store.open(create=create)
