"""The built-in content in a precompiled form, so that a run need not parse YAML.

`builtin-content.marshal` (package data beside this module) holds the model the two built-in
YAML files load into, checked and cross-checked, together with the digest of the YAML files'
bytes and of the model's shape (its record types and their fields) it was made from. A run
reads it only when both still match: an edited YAML file, or a model that has changed since,
is read from the YAML and validated as before. yaml is therefore imported only for a user's own
files (--data-dir, NETLEDER_DATA_DIR) or when the precompiled form is stale.

Regenerate after changing data/*.yaml or the model:

    python -m netleder.content.precompiled

(tests/test_precompiled.py fails while the shipped form is stale, naming this command.)

The form is marshal data of plain tuples, strings, numbers and None (format version 4, which
every Python from 3.4 reads; the bytes one Python writes may differ from another's, the values
read back do not); a record is (its type's name, its fields). Nothing in it is code.
"""

from __future__ import annotations

import marshal
import sys
from pathlib import Path
from typing import Any

from netleder.content import model

FORM_FILE = "builtin-content.marshal"
FORM_VERSION = 1
_RECORDS = {cls.__name__: cls for cls in (model.Text, model.Question, model.About, model.InPlay, model.Phase,
                                          model.ScaleLevel, model.Competence, model.PhaseSet,
                                          model.CompetenceSet)}
_PATH = "/"  # the tag of a set's `path`: where the built-in file is on this machine, filled in on reading


def _blake2b() -> Any:
    try:  # hashlib's own BLAKE2, without hashlib's OpenSSL (about 3 ms of start-up)
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover  (a Python built without it)
        from hashlib import blake2b
    return blake2b(digest_size=20)


def digest(sources: list[bytes]) -> bytes:
    """The digest of the YAML files' bytes, the model's shape and this form's version."""
    h = _blake2b()
    h.update(f"{FORM_VERSION}\n".encode())
    for name, cls in sorted(_RECORDS.items()):
        h.update(f"{name}{cls._fields}{cls._field_defaults}\n".encode())
    for raw in sources:
        h.update(len(raw).to_bytes(8, "little"))
        h.update(raw)
    return h.digest()


def _encode(value: Any) -> Any:
    if isinstance(value, tuple) and type(value).__name__ in _RECORDS:
        return (type(value).__name__, tuple(_encode(v) for v in value))
    if isinstance(value, tuple):
        return ("", tuple(_encode(v) for v in value))
    if isinstance(value, Path):
        return (_PATH, ())
    if value is None or isinstance(value, (str, int, bool)):
        return value
    raise TypeError(f"cannot precompile {type(value).__name__}")


def _decode(value: tuple, path: Path) -> Any:
    name, items = value
    if name == _PATH:
        return path
    fields = tuple([_decode(v, path) if type(v) is tuple else v for v in items])
    # every field is stored, so the record is built as the tuple it is (no per-field __new__)
    return tuple.__new__(_RECORDS[name], fields) if name else fields


def _form_bytes() -> bytes | None:
    """The shipped form, read as package data (from a folder or from a zip archive)."""
    spec = sys.modules[__name__].__spec__
    loader = getattr(spec, "loader", None) if spec is not None else None
    origin = getattr(spec, "origin", None) if spec is not None else None
    if loader is None or origin is None or not hasattr(loader, "get_data"):
        return None
    try:  # the loader's get_data: the reader importlib.resources uses, for folders and zips alike
        data: bytes = loader.get_data(str(Path(origin).parent / FORM_FILE))
        return data
    except OSError:
        return None


def read(sources: list[bytes], paths: tuple[Path, Path]) -> tuple[model.PhaseSet, model.CompetenceSet] | None:
    """The built-in (phases, competences) from the precompiled form, or None when there is none
    or it was not made from exactly these YAML bytes and this model."""
    raw = _form_bytes()
    if raw is None:
        return None
    try:
        stored_digest, phases, competences = marshal.loads(raw)
        if stored_digest != digest(sources):
            return None
        return _decode(phases, paths[0]), _decode(competences, paths[1])
    except (ValueError, EOFError, TypeError, KeyError):  # damaged or from another version: the YAML
        return None


def build(data_dir: Path) -> bytes:
    """The precompiled form of the YAML files in `data_dir`, loaded and checked as a run would."""
    from netleder.content.crosscheck import in_play_problems
    from netleder.content.loading import COMPETENCES_FILE, PHASES_FILE
    from netleder.content.schema import check_competences, check_phases

    phases, problems = check_phases(data_dir / PHASES_FILE, True)
    competences, more = check_competences(data_dir / COMPETENCES_FILE, True)
    if phases is None or competences is None or problems or more:
        raise SystemExit(f"the built-in content has problems: {[*problems, *more]}")
    if in_play_problems(phases, competences):
        raise SystemExit("the built-in content has problems across its two files")
    sources = [(data_dir / PHASES_FILE).read_bytes(), (data_dir / COMPETENCES_FILE).read_bytes()]
    return marshal.dumps((digest(sources), _encode(phases), _encode(competences)), 4)


def form_path() -> Path:
    return Path(__file__).resolve().parent / FORM_FILE


def main() -> None:
    from netleder.content.loading import builtin_dir

    form_path().write_bytes(build(builtin_dir()))
    print(f"wrote {form_path()}")


if __name__ == "__main__":
    main()
