"""The summary of one reflection, computed once.
"""

from __future__ import annotations

from netleder.formats.terminal import EMPTY, FULL
from netleder.i18n import t
from netleder.reflection import Reflection
from netleder.safe_text import user_text
from netleder.views.labels import AUTHORED_MARK, network_type_label, phase_label
from netleder.views.provenance import Provenance


def mark_suffix(authored: bool) -> str:
    return f" {AUTHORED_MARK}" if authored else ""


def rating_cells(reflection: Reflection, cid: str, lang: str) -> tuple[str, str]:
    """(`████░`, `4/5 Lykkes som regel`), or an empty bar and "not rated"."""
    snapshot = reflection.snapshot
    values = snapshot.scale_values
    value = reflection.ratings.get(cid)
    top = max(values) if values else value
    filled = values.index(value) + 1 if value in values else 0
    bar = FULL * filled + EMPTY * (len(values) - filled)
    if value is None:
        return bar, f"–/{top} {t('summary.not_rated', lang)}"
    return bar, f"{value}/{top} {snapshot.label(value, lang)}"


def title_marked(reflection: Reflection, cid: str, lang: str, prov: Provenance) -> str:
    comp = reflection.snapshot.competence(cid)
    if comp is None:
        return cid
    return f"{comp.number}. {comp.title(lang)}{mark_suffix(cid in prov.titles)}"


def summary_heading(reflection: Reflection, lang: str) -> str:
    title = t("summary.title", lang, date=(reflection.created_at or "")[:10])
    return title if reflection.complete else f"{title} ({t('summary.draft', lang)})"


def summary_facts(reflection: Reflection, phases, lang: str) -> list[tuple[str, str, bool]]:
    """(label, value, is the leader's own text) for the page's head."""
    out = []
    for key, value, own in (
        ("summary.network", user_text(reflection.network), True),
        ("summary.type", network_type_label(reflection.network_type, lang), False),
        ("summary.phase", phase_label(reflection.phase, phases, lang), False),
        ("show.id", reflection.id, False),
    ):
        if value:
            out.append((t(key, lang), value, own))
    return out


def keep_asking(reflection: Reflection) -> list[str]:
    return [cid for cid in reflection.summary().growth
            if (comp := reflection.snapshot.competence(cid)) is not None and comp.questions]


def answered_competences(reflection: Reflection):
    return [c for c in reflection.snapshot.competences if any(reflection.answers.get(c.id, []))]
