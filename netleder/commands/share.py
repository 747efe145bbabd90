"""`netleder share`: a share file for a course, from one of the leader's reflections.

The file holds only the ratings by competence id, the content set's identity, the scale, the
phase if the reflection has one, a random share id and the format's name and version
(netleder/exchange/share.py): never a name, a network, an answer, a next step, a note, a date
or the reflection's id. Before it is written, netleder shows exactly what it will hold and asks.
"""

from __future__ import annotations

import sys
from pathlib import Path

from netleder.errors import BadInput
from netleder.i18n import t


def _can_ask() -> bool:
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _ask(lang: str) -> bool:
    """Yes or no through the one seam for prompts (netleder/wizard/)."""
    from netleder.errors import Interrupted
    from netleder.wizard.prompts import Cancelled, Prompter

    try:
        return Prompter(lang).confirm(t("share.confirm", lang), default=False)
    except Cancelled:
        raise Interrupted("share.cancelled") from None


def share(folder: Path | None, ref: str | None, output: str, leave_out: list[str], yes: bool, force: bool,
          lang: str) -> None:
    from netleder import output as out
    from netleder.commands.stored import opened
    from netleder.content.loading import load_competences, load_phases
    from netleder.exchange.share import ContentIdentity, Share, new_share_id, share_text
    from netleder.safe_text import short, terminal_safe
    from netleder.views.course import named_competences
    from netleder.views.labels import phase_label

    if not output.lower().endswith(".json"):
        raise BadInput("share.output_json", path=short(output, 80))
    out.check_output(output, force)
    if not yes and not _can_ask():
        raise BadInput("share.no_tty", output=short(output, 80))
    comps = load_competences(folder)
    left = set(named_competences(comps, leave_out) or [])
    with opened(lang) as store:
        if ref is None or ref.strip().lower() == "latest":
            reflection = store.latest_complete()
            if reflection is None:
                raise BadInput("share.none_complete")
        else:
            reflection = store.get(store.resolve(ref))
            if not reflection.complete:
                raise BadInput("share.draft", id=reflection.id)
    identity = ContentIdentity.of(comps)
    if set(reflection.snapshot.scale_values) != set(identity.scale):
        raise BadInput("share.scale_differs")
    rated = {cid: value for cid, value in reflection.ratings.items() if value is not None and cid in reflection.scope}
    elsewhere = [cid for cid in rated if cid not in identity.competences]
    ratings = {cid: rated[cid] for cid in identity.competences if cid in rated and cid not in left}
    if not ratings:
        raise BadInput("share.nothing_left")
    phase = reflection.phase
    found = share_text(Share(new_share_id(), identity, ratings, phase))
    path = Path(output).expanduser()
    print("\n".join(out.wrap(t("share.preview", lang, path=terminal_safe(str(path))), out.terminal_width())))
    print()
    out.emit(found + "\n", lang=lang)  # exactly as it will be written: laid out already, never rewrapped
    titles = ", ".join(t("course.quoted", lang, text=c.title(lang)) for c in comps.competences if c.id in ratings)
    said = [t("share.holds", lang, count=len(ratings), titles=titles)]
    if phase:
        said.append(t("share.holds_phase", lang, phase=t("course.quoted", lang, text=phase_label(phase, load_phases(folder), lang))))
    said.append(t("share.never", lang))
    if left & set(rated):
        said.append(t("share.left_out", lang, count=len(left & set(rated))))
    if elsewhere:
        said.append(t("share.not_in_content", lang, ids=", ".join(elsewhere)))
    width = out.terminal_width()
    for sentence in said:  # wrapped between words, never by the terminal inside one
        print("\n".join(out.wrap(sentence, width)))
    print()
    if not yes and not _ask(lang):
        print(t("share.not_written", lang))
        return
    out.write_file(output, found, force, private=True, lang=lang)
    print(t("share.done", lang), file=sys.stderr)
