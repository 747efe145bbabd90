"""`netleder validate`: check a content folder and list every problem.
"""

from __future__ import annotations

import sys
from pathlib import Path

from netleder.content.loading import COMPETENCES_FILE, PHASES_FILE, content_path
from netleder.content.schema import check_competences, check_phases
from netleder.errors import BadInput
from netleder.i18n import t


def validate(folder: Path | None, lang: str) -> int:
    """Check a content folder; print OK with counts, or every problem. Returns the exit code."""
    shown = str(folder) if folder is not None else t("validate.builtin_dir", lang)
    if folder is not None and not any((folder / n).exists() for n in (PHASES_FILE, COMPETENCES_FILE)):
        raise BadInput("content.dir_empty", path=folder)
    problems: list = []
    lines: list[str] = []
    path, builtin = content_path(folder, PHASES_FILE)
    phases, found = check_phases(path, builtin)
    problems += found
    if builtin and folder is not None:
        lines.append(t("validate.builtin", lang, name=PHASES_FILE))
    elif phases is not None:
        lines.append(t("validate.phases", lang, count=len(phases.phases),
                       questions=sum(len(p.questions) for p in phases.phases)))
    path, builtin = content_path(folder, COMPETENCES_FILE)
    comps, found = check_competences(path, builtin)
    problems += found
    if builtin and folder is not None:
        lines.append(t("validate.builtin", lang, name=COMPETENCES_FILE))
    elif comps is not None:
        lines.append(t("validate.competences", lang, count=len(comps.competences),
                       questions=sum(len(x.questions) for x in comps.competences),
                       low=comps.scale[0].value, high=comps.scale[-1].value))
    if phases is not None and comps is not None:
        from netleder.content.crosscheck import in_play_ignored, in_play_problems

        problems += in_play_problems(phases, comps)
        if in_play_ignored(phases, comps):
            lines.append(t("validate.in_play_ignored", lang))
        elif any(p.in_play for p in phases.phases):
            lines.append(t("validate.in_play", lang, phases=sum(1 for p in phases.phases if p.in_play),
                           links=sum(len(p.in_play) for p in phases.phases)))
    if problems:
        print(t("validate.failed", lang, count=len(problems), dir=shown), file=sys.stderr)
        for problem in problems:
            print(f"  {problem.format(lang)}", file=sys.stderr)
        return 2
    print(t("validate.ok", lang, dir=shown))
    for line in lines:
        print(line)
    return 0
