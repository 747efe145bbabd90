"""Where content comes from (built in, --data-dir, NETLEDER_DATA_DIR) and loading it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from netleder.content.model import CompetenceSet, PhaseSet
from netleder.errors import ContentError, msg

if TYPE_CHECKING:
    from netleder.content.yaml_check import Problem

PHASES_FILE = "phases.yaml"


COMPETENCES_FILE = "competences.yaml"


_BUILTIN_DIR: list[Path] = []  # found once per run


def builtin_dir() -> Path:
    """The built-in content: the package data `netleder.data` (an installed netleder, or the
    single file netleder.pyz, whose packages are unpacked into the user's cache folder); in a
    source checkout (and an editable install of one), where there is no such folder, data/.
    Both are found beside this file, without importing importlib.resources (about 3 ms of every
    start that reads content); importlib.resources is asked only when neither is there."""
    if not _BUILTIN_DIR:
        _BUILTIN_DIR.append(_find_builtin_dir())
    return _BUILTIN_DIR[0]


def _find_builtin_dir() -> Path:
    here = Path(__file__).resolve().parent.parent
    if (here / "data" / PHASES_FILE).is_file():  # an installed netleder, the unpacked pyz
        return here / "data"
    if (here.parent / "pyproject.toml").is_file() and (here.parent / "data" / PHASES_FILE).is_file():
        return here.parent / "data"  # the checkout this netleder runs from
    from importlib.resources import files

    try:
        found = files("netleder.data").joinpath(PHASES_FILE)
    except ModuleNotFoundError:
        return here.parent / "data"
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
    try:
        exists, is_dir = path.exists(), path.is_dir()
    except OSError as exc:  # a folder on the way that cannot be entered: bad input, as for every file given
        raise ContentError("content.data_dir_unreadable", path=path, where=where, reason=exc) from None
    if not exists:
        raise ContentError("content.data_dir_missing", path=path, where=where)
    if not is_dir:
        raise ContentError("content.data_dir_not_dir", path=path, where=where)
    return path, where


def content_path(data_dir: Path | None, name: str) -> tuple[Path, bool]:
    """The file to read for `name`, and whether it is the built-in one (fallback)."""
    if data_dir is not None:
        candidate = data_dir / name
        if candidate.exists() or candidate.is_symlink():
            return candidate, False
    return builtin_dir() / name, True


# the built-in model as read in this run, by the folder and bytes it was read from
_PRECOMPILED: dict[tuple[Path, bytes, bytes], tuple[PhaseSet, CompetenceSet] | None] = {}


def builtin_model() -> tuple[PhaseSet, CompetenceSet] | None:
    """The built-in content from its precompiled form, if that was made from the built-in YAML
    files as they are now (their digest), else None (then the YAML is read and validated)."""
    folder = builtin_dir()
    paths = (folder / PHASES_FILE, folder / COMPETENCES_FILE)
    try:
        sources = (paths[0].read_bytes(), paths[1].read_bytes())
    except OSError:  # said in the YAML's own words when it is read
        return None
    key = (folder, *sources)
    if key not in _PRECOMPILED:
        from netleder.content import precompiled

        _PRECOMPILED[key] = precompiled.read(list(sources), paths)
    return _PRECOMPILED[key]


def _raise(path: Path, problems: list[Problem], data_dir: Path | None) -> NoReturn:
    shown = problems[:8]
    details: list = list(shown)
    if len(problems) > len(shown):
        details.append(msg("content.more", count=len(problems) - len(shown), dir=data_dir or path.parent))
    details.append(msg("content.fix_hint"))
    raise ContentError("content.invalid", path=path, count=len(problems), details=details)


def load_phases(data_dir: Path | None = None) -> PhaseSet:
    path, builtin = content_path(data_dir, PHASES_FILE)
    precompiled = builtin_model() if builtin else None
    if precompiled is not None:
        return precompiled[0]
    from netleder.content.schema import check_phases

    phases, problems = check_phases(path, builtin)
    if problems or phases is None:  # (no problems means a set was built)
        _raise(path, problems, data_dir)
    return phases


def load_competences(data_dir: Path | None = None) -> CompetenceSet:
    path, builtin = content_path(data_dir, COMPETENCES_FILE)
    precompiled = builtin_model() if builtin else None
    if precompiled is not None:
        return precompiled[1]
    from netleder.content.schema import check_competences

    competences, problems = check_competences(path, builtin)
    if problems or competences is None:  # (no problems means a set was built)
        _raise(path, problems, data_dir)
    return competences


def load_model(data_dir: Path | None = None) -> tuple[PhaseSet, CompetenceSet]:
    """Both files, and the competences each phase names checked against the competence set."""
    phases = load_phases(data_dir)
    competences = load_competences(data_dir)
    precompiled = builtin_model() if phases.builtin and competences.builtin else None
    if precompiled is not None and precompiled[0] is phases and precompiled[1] is competences:
        return phases, competences  # checked across the two files when it was precompiled
    from netleder.content.crosscheck import in_play_problems

    problems = in_play_problems(phases, competences)
    if problems:
        _raise(phases.path, problems, data_dir)
    return phases, competences
