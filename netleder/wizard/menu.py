"""Bare `netleder` in a terminal: a short menu of the main jobs, for someone who double-clicked
the file or typed the one word they were told. It picks a command line and the CLI runs it as
if it had been typed. Whether the menu is wanted (bare `netleder` or `netleder --lang X`, in a
terminal) is decided by the CLI (netleder/cli/window.py) before this module is imported; the
menu asks through the one prompt seam (prompts.Prompter).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from netleder.i18n import t

# the jobs in the menu's order, each with its words in the catalogue (command_for runs them)
JOBS = (("reflect", "menu.reflect"), ("look_back", "menu.look_back"), ("model", "menu.model"),
        ("invite", "menu.invite"), ("help", "menu.help"), ("quit", "menu.quit"))


def start(lang: str) -> list[str]:
    """The command line the menu chose. Ctrl-C leaves with 130, the menu's last choice with 0."""
    from netleder.wizard.prompts import Cancelled, Prompter

    try:
        job = Prompter(lang).select(t("menu.title", lang), [(job, t(key, lang)) for job, key in JOBS],
                                    default="reflect", keys=[str(i + 1) for i in range(len(JOBS))])
    except Cancelled:
        print(t("interrupted", lang), file=sys.stderr)
        raise SystemExit(130) from None
    if job == "quit":
        raise SystemExit(0)
    return ["--lang", lang, *command_for(job, lang)]


def command_for(job: str, lang: str, folder: Path | None = None) -> list[str]:
    """The command line a job runs."""
    if job == "reflect":
        return ["reflect"]
    if job == "look_back":
        return ["history"]
    if job == "model":  # the whole model on one A4 page, in the browser, ready to print
        return ["phases", "--overview", "--format", "html", "--open"]
    if job == "invite":  # the form, in a file of its own in this folder, shown in the browser
        return ["invite", "--output", str(free_name(folder or Path.cwd(), t("menu.invite_file", lang))), "--open"]
    return ["--help"]


def free_name(folder: Path, name: str) -> Path:
    """`name` in `folder`, or name-2, name-3 … when it is taken: nothing is replaced."""
    stem, suffix = os.path.splitext(name)
    candidate, number = folder / name, 1
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate
