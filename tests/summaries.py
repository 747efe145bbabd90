"""Test helper: a reflection's summary drawn for the terminal, as `netleder show` draws it."""

from __future__ import annotations

from netleder.formats import terminal
from netleder.views.summary import build_summary


def summary_view(reflection, phases, lang: str, comps=None):
    return terminal.summary(build_summary(reflection, phases, comps, lang))


def summary_json(reflection, phases=None, comps=None, lang: str | None = None) -> dict:
    """What `netleder show --format json` prints for `reflection`, as data."""
    from netleder.formats.json import summary_dict

    return summary_dict(build_summary(reflection, phases, comps, lang or reflection.lang))
