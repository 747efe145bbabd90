"""The share file: a leader's ratings for a course, and nothing else.

`netleder share` writes one from a reflection; the form from `netleder course form` saves one in
a participant's browser; `netleder course show` reads a folder of them. The format holds only

    {
      "format": "netleder-share",
      "version": 1,
      "share_id": "k7m3q9x2b4c8d5fh",            # random: the same file twice counts once
      "content": {                               # which content set the ratings belong to
        "competences": ["taenk-andre-ind", ...],  # every competence id of the set
        "scale": [1, 2, 3, 4, 5]                  # the values of its scale
      },
      "phase": "fokusering",                     # optional: the network's phase (a phase id)
      "ratings": {"taenk-andre-ind": 4, ...}     # one value of the scale per competence rated
    }

never a name, a network, an answer, a next step, a note, a date or a reflection's id. The reader
accepts exactly this: any other key, a forged count, a value off the scale, an id the content
set does not have, a control character, a duplicate key, a file too big or nested too deep is
refused with the reason, and nothing of such a file is counted.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import NamedTuple

from netleder.errors import BadInput, Msg, msg
from netleder.reflection import ID_ALPHABET
from netleder.safe_text import short
from netleder.shape_check import strict_json

SHARE_FORMAT = "netleder-share"
SHARE_VERSION = 1
SHARE_ID_LENGTH = 16
SHARE_ID_RE = re.compile("^[" + ID_ALPHABET + "]{" + str(SHARE_ID_LENGTH) + "}$")
COMPETENCE_ID_RE = re.compile(r"^[a-z][a-z0-9-]{0,39}$")  # as in content files (content/yaml_check.py)
MAX_SHARE_BYTES = 64 * 1024  # a hundred competences fit many times over
MAX_DEPTH = 3  # document → content → competences
MAX_COMPETENCES = 200
MAX_SCALE = 20
MAX_SCALE_VALUE = 1_000_000  # as content/model.py's MAX_INT
DOCUMENT_KEYS = ("format", "version", "share_id", "content", "ratings", "phase")
REQUIRED_KEYS = ("format", "version", "share_id", "content", "ratings")
CONTENT_KEYS = ("competences", "scale")


class ContentIdentity(NamedTuple):
    """Which content set ratings belong to: its competence ids (in order) and scale values."""

    competences: tuple[str, ...]
    scale: tuple[int, ...]

    @classmethod
    def of(cls, comps) -> ContentIdentity:
        """The identity of a loaded CompetenceSet."""
        return cls(tuple(c.id for c in comps.competences), tuple(level.value for level in comps.scale))

    def to_dict(self) -> dict:
        return {"competences": list(self.competences), "scale": list(self.scale)}

    def differences(self, other: ContentIdentity) -> list[Msg]:
        """What `other` (a file's) has that this (the content in use) does not, and the reverse."""
        out = []
        unknown = [cid for cid in other.competences if cid not in self.competences]
        missing = [cid for cid in self.competences if cid not in other.competences]
        if unknown:
            out.append(msg("share.differs_unknown", ids=", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")))
        if missing:
            out.append(msg("share.differs_missing", ids=", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")))
        if set(other.scale) != set(self.scale):
            out.append(msg("share.differs_scale", theirs=_values(other.scale), ours=_values(self.scale)))
        return out


def _values(values) -> str:
    values = sorted(values)
    if values and values == list(range(values[0], values[-1] + 1)) and len(values) > 2:
        return f"{values[0]}–{values[-1]}"
    return ", ".join(map(str, values))


class Share(NamedTuple):
    """What one share file holds."""

    share_id: str
    content: ContentIdentity
    ratings: dict[str, int]  # competence id -> value, in the content's order
    phase: str | None = None


def new_share_id() -> str:
    import secrets

    return "".join(secrets.choice(ID_ALPHABET) for _ in range(SHARE_ID_LENGTH))


def share_document(share: Share) -> dict:
    """The whole file's content, keys in a fixed order."""
    doc: dict = {"format": SHARE_FORMAT, "version": SHARE_VERSION, "share_id": share.share_id,
                 "content": share.content.to_dict()}
    if share.phase:
        doc["phase"] = share.phase
    doc["ratings"] = dict(share.ratings)
    return doc


def share_text(share: Share) -> str:
    """The file exactly as written: JSON, one line per field and per rating, lists on one line,
    so that what `netleder share` shows before writing is easy to read."""
    doc = share_document(share)

    def line(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    out = ["{"]
    for key in ("format", "version", "share_id"):
        out.append(f"  {line(key)}: {line(doc[key])},")
    out.append(f'  "content": {{"competences": {line(doc["content"]["competences"])},')
    out.append(f'              "scale": {line(doc["content"]["scale"])}}},')
    if "phase" in doc:
        out.append(f'  "phase": {line(doc["phase"])},')
    ratings = [f"    {line(cid)}: {value}" for cid, value in doc["ratings"].items()]
    out.append('  "ratings": {' + ("\n" + ",\n".join(ratings) + "\n  }" if ratings else "}"))
    out.append("}")
    return "\n".join(out) + "\n"


# --- reading ------------------------------------------------------------------------------------


def _depth(text: str) -> int:
    """How deeply arrays and objects nest in JSON `text` (strings skipped), found without
    parsing it, so a file nested thousands deep is refused before the parser recurses."""
    deepest = depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _kind(value) -> Msg:
    if value is None:
        return msg("t.null")
    if isinstance(value, bool):
        return msg("t.bool")
    if isinstance(value, (int, float)):
        return msg("t.number")
    if isinstance(value, str):
        return msg("t.text")
    if isinstance(value, list):
        return msg("t.list")
    return msg("t.mapping")


def _shown(value) -> str:
    """A value from a file, fit for a one-line reason: control characters and escapes made
    visible as '?', cut short."""
    return short(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False), 30)


def check_document(data) -> tuple[Share | None, list[Msg]]:
    """The share a decoded document holds, or None and every reason it is refused."""
    problems: list[Msg] = []

    def add(name: str, /, **params: object) -> None:
        problems.append(msg(name, **params))

    if not isinstance(data, dict) or data.get("format") != SHARE_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        add("share.not_share", format=SHARE_FORMAT, found=_shown(found) if found is not None else "–")
        return None, problems
    version = data.get("version")
    if version is None:
        add("share.no_version", expected=SHARE_VERSION)
        return None, problems
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        add("share.bad_version", version=_shown(version), expected=SHARE_VERSION)
        return None, problems
    if version > SHARE_VERSION:
        add("share.newer_version", version=version, expected=SHARE_VERSION)
        return None, problems
    for key in data:
        if key not in DOCUMENT_KEYS:
            add("share.unknown_key", key=_shown(key), keys=", ".join(DOCUMENT_KEYS))
    for key in REQUIRED_KEYS:
        if key not in data:
            add("share.missing_key", key=key)
    share_id = data.get("share_id")
    if "share_id" in data and not (isinstance(share_id, str) and SHARE_ID_RE.match(share_id)):
        add("share.bad_share_id", value=_shown(share_id), length=SHARE_ID_LENGTH)
    phase = data.get("phase")
    if "phase" in data and not (isinstance(phase, str) and COMPETENCE_ID_RE.match(phase)):
        add("share.bad_phase", value=_shown(phase))
    identity = _content(data.get("content"), add) if "content" in data else None
    ratings = _ratings(data.get("ratings"), identity, add) if "ratings" in data else {}
    if problems or identity is None or not isinstance(share_id, str):
        return None, problems
    return Share(share_id, identity, ratings, phase if isinstance(phase, str) else None), problems


def _content(value, add) -> ContentIdentity | None:
    if not isinstance(value, dict):
        add("share.content_not_mapping", got=_kind(value))
        return None
    ok = True
    for key in value:
        if key not in CONTENT_KEYS:
            add("share.unknown_content_key", key=_shown(key), keys=", ".join(CONTENT_KEYS))
            ok = False
    ids, scale = value.get("competences"), value.get("scale")
    if not isinstance(ids, list) or not ids or len(ids) > MAX_COMPETENCES:
        add("share.bad_content_ids", limit=MAX_COMPETENCES)
        ok = False
    else:
        for cid in ids:
            if not (isinstance(cid, str) and COMPETENCE_ID_RE.match(cid)):
                add("share.bad_id", value=_shown(cid))
                ok = False
        strings = [cid for cid in ids if isinstance(cid, str)]
        for cid in dict.fromkeys(c for c in strings if strings.count(c) > 1):
            add("share.dup_content_id", id=_shown(cid))
            ok = False
    if not isinstance(scale, list) or len(scale) < 2 or len(scale) > MAX_SCALE:
        add("share.bad_scale", limit=MAX_SCALE)
        ok = False
    else:
        for v in scale:
            if not _is_int(v) or not 0 <= v <= MAX_SCALE_VALUE:
                add("share.bad_scale_value", value=_shown(v))
                ok = False
        if ok and len(set(scale)) != len(scale):
            add("share.dup_scale_value")
            ok = False
    if not ok or not isinstance(ids, list) or not isinstance(scale, list):
        return None
    return ContentIdentity(tuple(ids), tuple(scale))


def _ratings(value, identity: ContentIdentity | None, add) -> dict[str, int]:
    if not isinstance(value, dict):
        add("share.ratings_not_mapping", got=_kind(value))
        return {}
    if not value:
        add("share.no_ratings")
        return {}
    out: dict[str, int] = {}
    for cid, rating in value.items():
        if not COMPETENCE_ID_RE.match(cid):
            add("share.bad_id", value=_shown(cid))
            continue
        if identity is not None and cid not in identity.competences:
            add("share.rating_unknown_id", id=cid)
            continue
        if not _is_int(rating):
            add("share.rating_not_number", id=cid, got=_kind(rating))
            continue
        if identity is not None and rating not in identity.scale:
            add("share.rating_off_scale", id=cid, value=rating, scale=_values(identity.scale))
            continue
        out[cid] = rating
    if identity is not None:
        out = {cid: out[cid] for cid in identity.competences if cid in out}
    return out


def parse_share(raw: bytes) -> tuple[Share | None, list[Msg]]:
    """A share file's bytes checked completely: (the share, []) or (None, the reasons)."""
    if len(raw) > MAX_SHARE_BYTES:
        return None, [msg("share.too_big", limit=MAX_SHARE_BYTES // 1024)]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [msg("share.not_utf8")]
    if _depth(text) > MAX_DEPTH:
        return None, [msg("share.too_deep", limit=MAX_DEPTH)]
    try:
        data, duplicates = strict_json(text, bounded=False)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError; NaN and Infinity too
        return None, [msg("share.not_json")]
    if duplicates:
        return None, [msg("share.dup_key", key=_shown(key)) for key in dict.fromkeys(duplicates)]
    return check_document(data)


class Found(NamedTuple):
    """One file `course show` was given: its share, or why it was left out."""

    path: Path
    share: Share | None
    problems: list[Msg]
    modified: float = 0.0


MAX_FILES = 1000  # more than any course; a folder with more is refused, not read


def share_files(paths: list[str]) -> tuple[list[Path], int]:
    """The files named (a folder: every *.json file directly in it, by name), and how many other
    files the folders held. Raises BadInput for a path that does not exist, an empty list, or
    more than MAX_FILES."""
    files: list[Path] = []
    others = 0
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            try:
                entries = sorted(path.iterdir())
            except OSError as exc:
                raise BadInput("course.folder_unreadable", path=path, reason=exc) from None
            for entry in entries:
                if entry.suffix.lower() == ".json" and not entry.name.startswith("."):
                    files.append(entry)
                else:
                    others += 1
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            raise BadInput("course.missing", path=path)
        if len(files) > MAX_FILES:
            raise BadInput("course.too_many", limit=MAX_FILES)
    files = list(dict.fromkeys(files))  # a file named twice (or in a folder named too) is read once
    if not files:
        raise BadInput("course.no_files")
    return files, others


def read_share(path: Path) -> Found:
    """One file read and checked; a problem never raises, it is the file's reason."""
    if path.suffix.lower() != ".json":
        return Found(path, None, [msg("share.not_json_name")])
    if path.is_symlink() or not path.is_file():
        return Found(path, None, [msg("share.not_regular")])
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SHARE_BYTES + 1)
        modified = path.stat().st_mtime
    except OSError as exc:
        return Found(path, None, [msg("share.unreadable", reason=exc)])
    share, problems = parse_share(raw)
    return Found(path, share, problems, modified)


def read_shares(paths: list[str], identity: ContentIdentity) -> tuple[list[Found], list[Found], int]:
    """(the files whose shares can be counted, the files left out with their reasons, the number
    of other files the folders held). A share of another content set is left out with what
    differs."""
    files, others = share_files(paths)
    good: list[Found] = []
    bad: list[Found] = []
    for path in files:
        found = read_share(path)
        if found.share is not None:
            differs = identity.differences(found.share.content)
            if differs:
                found = found._replace(share=None, problems=[msg("share.other_content"), *differs])
        (good if found.share is not None else bad).append(found)
    return good, bad, others


def unique_shares(good: list[Found]) -> tuple[list[Share], int, int]:
    """The shares to count, each share id once, and (how many files were a share already
    counted, how many of those held other ratings than the one counted). When the same share
    id came with other ratings (a form saved again after a change), the newest file counts."""
    by_id: dict[str, Found] = {}
    repeated = differing = 0
    for found in sorted(good, key=lambda f: f.modified, reverse=True):  # newest first
        assert found.share is not None
        first = by_id.get(found.share.share_id)
        if first is None:
            by_id[found.share.share_id] = found
            continue
        repeated += 1
        if first.share != found.share:
            differing += 1
    order = {f.path: i for i, f in enumerate(good)}
    kept = sorted(by_id.values(), key=lambda f: order[f.path])
    return [f.share for f in kept if f.share is not None], repeated, differing
