"""What a reflection's summary looks back on and beside, read from the store: last time (the
reflection before it in the same network) and feedback from others filed under its network.
Shared by `show` and `reflect` (commands never import each other).
"""

from __future__ import annotations

from pathlib import Path


def predecessor(store, reflection):
    """Last time: the newest complete reflection of the same network made before `reflection`
    (None without a network, or when there is none), in the store's own order of time (two made
    in the same second keep the order they were saved in). Read with its text (its next steps)."""
    if not reflection.network:
        return None
    return store.previous_complete_in(reflection.id, reflection.network)  # walks back only as far as needed


def feedback_section(store, reflection, folder: Path | None, lang: str):
    """The feedback section of a reflection's summary (`netleder show`), or None when no
    feedback was filed under the reflection's network."""
    received = store.feedback_list(reflection.network, any_network=False)
    if not received:
        return None
    from netleder.content.loading import load_competences
    from netleder.i18n import t
    from netleder.views.feedback import build_feedback_view  # only with feedback to show (start-up)
    from netleder.views.summary import Section

    comps = load_competences(folder)
    authored = {c.id for c in comps.competences if c.source == "authored"}
    view = build_feedback_view([reflection], received, lang, reflection.network, authored)
    return Section("feedback", t("fb.section", lang), (view,))
