"""Where content comes from (built in, --data-dir, NETLEDER_DATA_DIR) and loading it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

from netleder.content.model import CompetenceSet, PhaseSet
from netleder.content.schema import check_competences, check_phases
from netleder.content.yaml_check import Problem
from netleder.errors import ContentError, msg

PHASES_FILE = "phases.yaml"


COMPETENCES_FILE = "competences.yaml"


def builtin_dir() -> Path:
    """The built-in content: the package data `netleder.data`, found through importlib.resources
    (an installed netleder, or the single file netleder.pyz, whose packages are unpacked into
    the user's cache folder); in a source checkout, where there is no such package, data/."""
    from importlib.resources import files

    try:
        found = files("netleder.data").joinpath(PHASES_FILE)
    except ModuleNotFoundError:  # a source checkout: data/ is mapped to netleder.data when built
        return Path(__file__).resolve().parent.parent.parent / "data"
    return Path(str(found)).parent


def resolve_data_dir(option: str | os.PathLike | None, where: str = "--data-dir") -> tuple[Path | None, str]:
    """The custom content folder from --data-dir or NETLEDER_DATA_DIR, checked to exist.

    Returns (folder or None for built-in only, where it came from).
    """
    if option is not None:
        raw = str(option)
    else:
        raw, where = os.environ.get("NETLEDER_DATA_DIR", ""), "NETLEDER_DATA_DIR"
        if not raw.strip():
            return None, where
    path = Path(raw).expanduser()
    if not path.exists():
        raise ContentError("content.data_dir_missing", path=path, where=where)
    if not path.is_dir():
        raise ContentError("content.data_dir_not_dir", path=path, where=where)
    return path, where


def content_path(data_dir: Path | None, name: str) -> tuple[Path, bool]:
    """The file to read for `name`, and whether it is the built-in one (fallback)."""
    if data_dir is not None:
        candidate = data_dir / name
        if candidate.exists() or candidate.is_symlink():
            return candidate, False
    return builtin_dir() / name, True


def _raise(path: Path, problems: list[Problem], data_dir: Path | None) -> NoReturn:
    shown = problems[:8]
    details: list = list(shown)
    if len(problems) > len(shown):
        details.append(msg("content.more", count=len(problems) - len(shown), dir=data_dir or path.parent))
    details.append(msg("content.fix_hint"))
    raise ContentError("content.invalid", path=path, count=len(problems), details=details)


def load_phases(data_dir: Path | None = None) -> PhaseSet:
    path, builtin = content_path(data_dir, PHASES_FILE)
    phases, problems = check_phases(path, builtin)
    if problems or phases is None:  # (no problems means a set was built)
        _raise(path, problems, data_dir)
    return phases


def load_competences(data_dir: Path | None = None) -> CompetenceSet:
    path, builtin = content_path(data_dir, COMPETENCES_FILE)
    competences, problems = check_competences(path, builtin)
    if problems or competences is None:  # (no problems means a set was built)
        _raise(path, problems, data_dir)
    return competences


def load_model(data_dir: Path | None = None) -> tuple[PhaseSet, CompetenceSet]:
    """Both files, and the competences each phase names checked against the competence set."""
    from netleder.content.crosscheck import in_play_problems

    phases = load_phases(data_dir)
    competences = load_competences(data_dir)
    problems = in_play_problems(phases, competences)
    if problems:
        _raise(phases.path, problems, data_dir)
    return phases, competences
