"""Labels for what is shown: titles, phase and type names, provenance marks. Pure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netleder.i18n import t
from netleder.safe_text import short

if TYPE_CHECKING:  # the handouts use these labels without any reflection (start-up)
    from netleder.reflection import Snapshot

# The mark on texts the project (or a custom content file) wrote. An asterisk: a footnote mark
# in Danish as in English, with no other meaning (a dagger reads as "died" to a Danish reader),
# and plain ASCII, so it survives every console encoding.
AUTHORED_MARK = "*"
FULL = "█"  # a step of the scale reached, in a rating bar
EMPTY = "░"  # a step not reached


def mark_suffix(authored: bool) -> str:
    """"  *" after a text the project (or a custom content file) wrote, else nothing."""
    return f" {AUTHORED_MARK}" if authored else ""



def mark(source: str) -> str:
    return f" {AUTHORED_MARK}" if source == "authored" else ""


def source_key(builtin: bool) -> str:
    """The source line: the built-in content is the netleder project's paraphrase of the
    handbook; a custom file is credited with nothing beyond the source it names."""
    return "footer.source" if builtin else "footer.source_custom"


def authored_key(builtin: bool, short: bool = False) -> str:
    """The one line per page about what the project wrote (netleder.views.provenance)."""
    from netleder.views.provenance import line_key

    return line_key(builtin, short)


def source_words(about, lang: str, builtin: bool = True) -> str | None:
    """"Kilde: …" as one line of text (the terminal's footer); None when the content names none."""
    if about is None or about.source_name is None:
        return None
    return t(source_key(builtin), lang, source=about.source_name(lang))


def authored_words(lang: str, builtin: bool = True) -> str:
    """What the mark * means, as the footer's line says it."""
    return t(authored_key(builtin), lang, mark=AUTHORED_MARK)


def questions_marked(questions) -> tuple[bool, list[str]]:
    """Whether to mark the heading (all authored) instead of each question."""
    return all(q.source == "authored" for q in questions), [q.source for q in questions]


def competences_framing(content, lang: str) -> str | None:
    """The handbook's framing of the competences (balancing openness and involvement with
    progress and realised solutions), above the built-in set; None for a custom set, whose
    competences may answer another framing."""
    return t("competences.framing", lang) if content.builtin else None


def competence_title(snapshot: Snapshot, cid: str, lang: str) -> str:
    comp = snapshot.competence(cid)
    return f"{comp.number}. {comp.title(lang)}" if comp is not None else cid


def network_type_label(value: str | None, lang: str) -> str:
    from netleder.reflection import NETWORK_TYPES

    if value in NETWORK_TYPES:
        return t(f"network_type.{value}", lang)
    return value or ""


def follow_up_label(status: str, lang: str) -> str:
    from netleder.reflection import FOLLOW_UP_STATUSES

    return t(f"follow_up.{status}", lang) if status in FOLLOW_UP_STATUSES else status


def phase_label(phase_id: str | None, phases, lang: str, short: bool = False) -> str:
    """The phase as "3. Fokusering" (or just "3" when `short`); an unknown id as itself."""
    if not phase_id:
        return ""
    phase = phases.find(phase_id) if phases is not None else None
    if phase is None:
        return phase_id
    if not phase.number:
        return phase.title(lang)
    return str(phase.number) if short else f"{phase.number}. {phase.title(lang)}"


def phase_fact(phase_id: str | None, phases, lang: str) -> tuple[str, str]:
    """The phase as a labelled fact: ("Fase 3", "Fokusering"), so it reads "Fase 3: Fokusering"
    (never "Fase: 3. Fokusering"); an unnumbered phase ("Fase", "Introduktion"); an unknown id as
    itself."""
    phase = phases.find(phase_id) if phases is not None and phase_id else None
    if phase is None or not phase.number:
        return t("summary.phase", lang), phase.title(lang) if phase is not None else (phase_id or "")
    return t("summary.phase_numbered", lang, number=phase.number), phase.title(lang)


def moment_key(stamp: str | None) -> tuple:
    """A sort key that puts stored times in the order they happened, whatever their offsets
    (a value that is not a time sorts first, by its text)."""
    from netleder.dates import local_moment

    moment = local_moment(stamp)
    if moment is None:
        return (0, 0.0, stamp or "")
    return (1, moment.timestamp(), stamp or "")


def human_time(stamp: str | None, lang: str) -> str:
    """The time of day of a stored time, in the user's own time zone: "kl. 14.05" / "14:05"."""
    from netleder.dates import local_moment

    moment = local_moment(stamp)
    if moment is None:
        return ""
    return t("date.time", lang, hour=f"{moment.hour:02d}", minute=f"{moment.minute:02d}")


def local_day(stamp: str | None) -> str:
    """The day (YYYY-MM-DD) a stored time falls on in the user's own time zone."""
    from netleder.dates import local_moment

    moment = local_moment(stamp)
    return moment.date().isoformat() if moment is not None else (stamp or "")[:10]


def shared_days(stamps) -> set[str]:
    """The local days on which more than one of `stamps` falls: where a list shows the time too."""
    seen: dict[str, int] = {}
    for stamp in stamps:
        day = local_day(stamp)
        seen[day] = seen.get(day, 0) + 1
    return {day for day, n in seen.items() if n > 1}


def human_when(stamp: str | None, lang: str, with_time: bool = False) -> str:
    """The date in words, and with `with_time` the time of day: "1. december 2026, kl. 14.05"."""
    from netleder.dates import human_date, local_moment

    date = human_date(stamp, lang)
    return f"{date}, {human_time(stamp, lang)}" if with_time and local_moment(stamp) is not None else date


def where_open(holder, lang: str) -> str:
    """Where another wizard holds a draft, in words."""
    parts = []
    if holder.terminal:
        parts.append(t("wizard.busy.terminal", lang, terminal=short(holder.terminal)))
    if holder.pid is not None:
        parts.append(t("wizard.busy.process", lang, pid=holder.pid, host=short(holder.host or "?")))
    clock = human_time(holder.since, lang)  # from a file: shown only if it is a time ("kl. 06.47")
    if clock:
        parts.append(t("wizard.busy.since", lang, time=clock))
    return ", ".join(parts) or t("wizard.busy.unknown", lang)


def choices(items) -> str:
    """What a user may type to name one of `items` (phases or competences), for an error message:
    the numbers, a run of consecutive ones as a range ('1–10'), and the id of any item without one."""
    parts: list[str] = []
    run: list[int] = []

    def close() -> None:
        if run:
            parts.append(f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)))
            run.clear()

    for item in items:
        number = getattr(item, "number", None)
        if number and run and number == run[-1] + 1:
            run.append(number)
        elif number:
            close()
            run.append(number)
        else:
            close()
            parts.append(item.id)
    close()
    return ", ".join(parts)
