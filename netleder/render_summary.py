"""The summary of one reflection, as a rich renderable (after `netleder reflect`, and `show`).

Pure: takes a Reflection, the phases and a language; no store, no prompts. What is computed
(strengths and growth areas) comes from netleder.reflection; this module only draws it.

Rules of the drawing:
- Every rating is a bar plus its number and label (`████░ 4/5 Lykkes som regel`), so it
  reads in black and white, piped and with NO_COLOR; colour only decorates.
- The leader's own text is always a rich Text, never markup: `[bold]` or `<script>` in a
  note is shown as typed. Line endings are normalised for display and other control
  characters are shown as visible symbols (␛ for ESC), so no typed text can steer the
  terminal; the stored text is unchanged.
- Narrow terminals: everything is a one-column grid that wraps (readable at 60 columns).
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from netleder.render import Rows, bullets
from netleder.i18n import t
from netleder.reflection import FOLLOW_UP_STATUSES, NETWORK_TYPES, Reflection, Snapshot

FULL = "█"
EMPTY = "░"
INDENT = 4


def user_text(value: str | None) -> str:
    """User text made safe to draw: normalised line endings, control characters visible."""
    if not value:
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in value:
        code = ord(ch)
        if ch in "\n\t":
            out.append(ch)
        elif code < 0x20:
            out.append(chr(0x2400 + code))  # ␀ … ␟ (␛ for ESC)
        elif code == 0x7F:
            out.append("\u2421")  # ␡
        elif 0x80 <= code < 0xA0:
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


SCREEN_LIMIT = 200_000  # characters of one answer drawn on screen; files get every character


def screen_answer(answer: str, lang: str) -> Text:
    """An answer for the terminal. One of many megabytes (pasted by mistake) would take minutes
    to wrap, so the screen shows its first SCREEN_LIMIT characters and says where the rest is."""
    if len(answer) <= SCREEN_LIMIT:
        return Text(user_text(answer))
    out = Text(user_text(answer[:SCREEN_LIMIT]))
    out.append("\n" + t("summary.cut", lang, count=len(answer) - SCREEN_LIMIT), style="italic")
    return out


def rating_bar(value: int | None, snapshot: Snapshot, lang: str) -> Text:
    """`████░ 4/5 Lykkes som regel`; an unrated competence shows an empty bar and says so."""
    values = snapshot.scale_values
    top = max(values) if values else value
    filled = values.index(value) + 1 if value in values else 0
    bar = Text(FULL * filled, style="cyan")
    bar.append(EMPTY * (len(values) - filled), style="dim")
    if value is None:
        bar.append(f" –/{top} ")
        bar.append(t("summary.not_rated", lang), style="italic")
    else:
        bar.append(f" {value}/{top} ", style="bold")
        bar.append(snapshot.label(value, lang))
    return bar


def competence_title(snapshot: Snapshot, cid: str, lang: str) -> str:
    comp = snapshot.competence(cid)
    return f"{comp.number}. {comp.title(lang)}" if comp is not None else cid


def network_type_label(value: str | None, lang: str) -> str:
    if value in NETWORK_TYPES:
        return t(f"network_type.{value}", lang)
    return value or ""


def follow_up_label(status: str, lang: str) -> str:
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


def ratings_view(reflection: Reflection, lang: str) -> RenderableType:
    """Every competence in the reflection with its bar: the review's and summary's overview."""
    grid = _grid()
    snapshot = reflection.snapshot
    for comp in snapshot.competences:
        grid.add_row(Text(f"{comp.number}.", style="bold"), Text(comp.title(lang), style="bold"))
        grid.add_row("", rating_bar(reflection.ratings.get(comp.id), snapshot, lang))
    return grid


def summary_view(reflection: Reflection, phases, lang: str) -> RenderableType:
    snapshot = reflection.snapshot
    summary = reflection.summary()
    parts: list[RenderableType] = [_header(reflection, phases, lang)]

    parts += _section(t("summary.ratings", lang), ratings_view(reflection, lang))

    if summary.strengths or summary.growth:
        parts += _section(t("summary.strengths", lang), _bullets(
            [_titled(snapshot, cid, reflection, lang) for cid in summary.strengths]
        ))
        parts += _section(t("summary.growth", lang), _bullets(
            [_titled(snapshot, cid, reflection, lang) for cid in summary.growth]
        ))
    else:
        key = "summary.even" if summary.even else "summary.too_few"
        parts.append(Padding(Text(t(key, lang), style="italic"), (0, 0, 1, 0)))

    if reflection.follow_ups:
        items = []
        for f in reflection.follow_ups:
            item = Text(user_text(f.step))
            item.append("\n")
            item.append(follow_up_label(f.status, lang), style="bold")
            if f.note:
                item.append(" – ")
                item.append(user_text(f.note))
            if snapshot.competence(f.competence_id) is not None:
                item.append("\n")
                item.append(competence_title(snapshot, f.competence_id, lang), style="dim")
            items.append(item)
        parts += _section(t("summary.follow_ups", lang), _bullets(items))

    steps = [(cid, text) for cid, text in reflection.next_steps.items() if text]
    if steps:
        items = []
        for cid, text in steps:
            item = Text(competence_title(snapshot, cid, lang), style="bold")
            item.append("\n")
            item.append(user_text(text))
            items.append(item)
        parts += _section(t("summary.next_steps", lang), _bullets(items))

    if summary.growth:
        blocks: list[RenderableType] = []
        for cid in summary.growth:
            comp = snapshot.competence(cid)
            if comp is None or not comp.questions:
                continue
            blocks.append(Text(competence_title(snapshot, cid, lang), style="bold"))
            blocks.append(_bullets([Text(q(lang)) for q in comp.questions]))
        if blocks:
            parts += _section(t("summary.keep_asking", lang), Group(*blocks))

    answered = [c for c in snapshot.competences if any(reflection.answers.get(c.id, []))]
    if answered:
        blocks = []
        for comp in answered:
            given = reflection.answers.get(comp.id, [])
            blocks.append(Text(competence_title(snapshot, comp.id, lang), style="bold"))
            grid = _grid()
            for i, question in enumerate(comp.questions):
                answer = given[i] if i < len(given) else ""
                grid.add_row(Text(f"{i + 1}."), Text(question(lang), style="italic"))
                if answer:
                    grid.add_row("", Padding(screen_answer(answer, lang), (0, 0, 0, 2)))
                else:
                    grid.add_row("", Padding(Text(t("summary.no_answer", lang), style="dim"), (0, 0, 0, 2)))
            blocks.append(Padding(grid, (0, 0, 1, 0)))
        parts += _section(t("summary.answers", lang), Group(*blocks))
    return Group(*parts)


# --- pieces ------------------------------------------------------------------------------


def _header(reflection: Reflection, phases, lang: str) -> RenderableType:
    title = t("summary.title", lang, date=(reflection.created_at or "")[:10])
    head = Text(title, style="bold")
    if not reflection.complete:
        head.append(f" ({t('summary.draft', lang)})")
    head.append("\n" + "═" * min(len(head.plain), 60), style="dim")
    lines = [head]
    for key, value in (
        ("summary.network", user_text(reflection.network)),
        ("summary.type", network_type_label(reflection.network_type, lang)),
        ("summary.phase", phase_label(reflection.phase, phases, lang)),
    ):
        if value:
            line = Text(f"{t(key, lang)}: ", style="bold")
            line.append(value)
            lines.append(line)
    return Padding(Group(*lines), (0, 0, 1, 0))


def _section(title: str, body: RenderableType) -> list[RenderableType]:
    head = Text(title, style="bold")
    head.append("\n" + "─" * min(len(title), 60), style="dim")
    return [head, Padding(body, (0, 0, 1, 0))]


def _titled(snapshot: Snapshot, cid: str, reflection: Reflection, lang: str) -> Text:
    item = Text(competence_title(snapshot, cid, lang))
    value = reflection.ratings.get(cid)
    if value is not None:
        item.append(f" ({value}/{max(snapshot.scale_values)})", style="dim")
    return item


def _grid() -> Rows:
    return Rows(min_label=3)


_bullets = bullets
