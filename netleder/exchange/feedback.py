"""The feedback file: what the form from `netleder invite` saves in the giver's browser, and
how `netleder feedback import` checks it completely before anything is stored.

    {
      "format": "netleder-feedback",
      "version": 1,
      "giver": "Mette Holm",             # the name the giver typed (required)
      "date": "2026-12-02",              # the day the giver saved the form (YYYY-MM-DD)
      "lang": "da",                      # the form's language
      "snapshot": {"scale": [...], "competences": [...]},   # what was asked, as in an export
      "responses": {                     # one per competence asked about
        "taenk-andre-ind": {"rating": 4, "comment": "..."},  # rating: a value on the scale or null
        ...
      }
    }

The same shape, with "id", "received_at" and "network" and without "format"/"version", is a
feedback record in `netleder export` files (under "feedback").
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from netleder.errors import BadInput, library_reason, msg
from netleder.exchange.record_check import RecordCheck
from netleder.feedback import FEEDBACK_ID_PREFIX, Feedback, Response
from netleder.i18n import LANGS
from netleder.reflection import ID_ALPHABET, Snapshot
from netleder.safe_text import short
from netleder.shape_check import strict_json

FEEDBACK_FORMAT = "netleder-feedback"
FEEDBACK_VERSION = 1
MAX_FEEDBACK_BYTES = 4 * 1024 * 1024  # ten competences of comments fit many times over
MAX_GIVER = 200
FEEDBACK_ID_RE = re.compile("^" + FEEDBACK_ID_PREFIX + "[" + ID_ALPHABET + "]{4,32}$")
DOCUMENT_KEYS = ("format", "version", "giver", "date", "lang", "snapshot", "responses", "network", "invitation",
                 "issued")
INVITATION_RE = re.compile("^inv-[" + ID_ALPHABET + "]{6,32}$")
MAX_NETWORK = 2000  # characters: a network's name, not a document


def invitation_fields(network: str | None) -> dict:
    """What the form writes into the saved file besides the answers: the network it asks
    about (as the leader's reflections spell it; None when it names none), an invitation id,
    and the day the form was made (a file dated before it is not an answer to it)."""
    import secrets
    from datetime import date as day

    return {"network": network or None,
            "invitation": "inv-" + "".join(secrets.choice(ID_ALPHABET) for _ in range(10)),
            "issued": day.today().isoformat()}
RECORD_KEYS = ("id", "received_at", "network", "giver", "date", "lang", "snapshot", "responses")


def feedback_document(f: Feedback) -> dict:
    """The fields the giver's file holds (no format/version)."""
    return {
        "giver": f.giver,
        "date": f.given_on,
        "lang": f.lang,
        "snapshot": f.snapshot.to_dict(),
        "responses": {cid: r.to_dict() for cid, r in f.responses.items()},
    }


def feedback_to_record(f: Feedback) -> dict:
    """A stored piece of feedback for `netleder export` (feedback_from_record reads it back)."""
    return {"id": f.id, "received_at": f.received_at, "network": f.network, **feedback_document(f)}


class FeedbackCheck(RecordCheck):
    """Collects every problem of a feedback file or record as 'where: message'."""

    def _join(self, where: str, key) -> str:
        if isinstance(key, int):
            return f"{where}[{key + 1}]"
        return f"{where}.{key}" if where else str(key)

    def document(self, data) -> Feedback | None:
        """A feedback file (format, version and the giver's answers)."""
        if not isinstance(data, dict) or data.get("format") != FEEDBACK_FORMAT:
            self.add("", "fb.not_feedback", format=FEEDBACK_FORMAT)
            return None
        version = data.get("version")
        if version is None:
            self.add("version", "x.no_version", expected=FEEDBACK_VERSION)
            return None
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            self.add("version", "x.bad_version", version=short(json.dumps(version, ensure_ascii=False)),
                     expected=FEEDBACK_VERSION)
            return None
        if version > FEEDBACK_VERSION:
            self.add("version", "x.newer_version", version=version)
            return None
        network = data.get("network")
        if ("network" in data and self.string(network, "network", nullable=True) and network is not None
                and (not network.strip() or len(network) > MAX_NETWORK)):
            self.add("network", "fb.bad_network", limit=MAX_NETWORK)
        invitation = data.get("invitation")
        if ("invitation" in data and self.string(invitation, "invitation") and isinstance(invitation, str)
                and not INVITATION_RE.match(invitation)):
            self.add("invitation", "fb.bad_invitation", value=short(invitation))
        issued = None
        if "issued" in data and self.string(data["issued"], "issued"):
            issued = _day(data["issued"])
            if issued is None:
                self.add("issued", "fb.bad_date", value=short(data["issued"]))
        found = self.body(data, "", DOCUMENT_KEYS, fid="", received_at="",
                          network=network if isinstance(network, str) else None)
        given = _day(found.given_on) if found is not None else None
        if found is not None and given is not None:  # within the form's lifetime: not before it was made, nor later
            from datetime import date as day
            from datetime import timedelta

            earliest = issued or day(2000, 1, 1)
            if not earliest <= given <= day.today() + timedelta(days=1):
                self.add("date", "fb.date_outside", value=found.given_on, issued=earliest.isoformat())
                return None
        return found

    def feedback_record(self, d, where: str) -> Feedback | None:  # a feedback record in an export file
        # (not `record`: that is RecordCheck's, a reflection's record)
        fields = d if isinstance(d, dict) else {}
        fid = fields.get("id")
        if "id" in fields and self.string(fid, self._join(where, "id")) and not FEEDBACK_ID_RE.match(str(fid)):
            self.add(self._join(where, "id"), "fb.bad_id", value=short(fid), prefix=FEEDBACK_ID_PREFIX)
        if "received_at" in fields:
            self.date(fields["received_at"], self._join(where, "received_at"))
        if "network" in fields:
            self.string(fields["network"], self._join(where, "network"), nullable=True)
        return self.body(d, where, RECORD_KEYS, fid=fid, received_at=fields.get("received_at"),
                         network=fields.get("network"), required=("id", "received_at"))

    def body(self, d, where: str, allowed: tuple, *, fid, received_at, network, required: tuple = ()) -> Feedback | None:
        before = len(self.problems)
        fields = self.obj(d, where, required + ("giver", "date", "lang", "snapshot", "responses"),
                          tuple(k for k in allowed if k not in required))
        if fields is None:
            return None
        w = lambda key: self._join(where, key)
        giver = fields.get("giver")
        if "giver" in fields and self.string(giver, w("giver")) and isinstance(giver, str):
            if not giver.strip():
                self.add(w("giver"), "fb.no_giver")
            elif len(giver) > MAX_GIVER:
                self.add(w("giver"), "fb.long_giver", limit=MAX_GIVER)
        day = fields.get("date")
        if "date" in fields and self.string(day, w("date")) and isinstance(day, str):
            try:
                date.fromisoformat(day)
                ok = len(day) == 10
            except ValueError:
                ok = False
            if not ok:
                self.add(w("date"), "fb.bad_date", value=short(day))
        if "lang" in fields:
            if fields["lang"] is None:
                self.add(w("lang"), "p.expected_text", got=msg("t.null"))
            else:
                self.choice(fields["lang"], w("lang"), LANGS, "x.bad_lang")
        snapshot = self.snapshot(fields["snapshot"], w("snapshot")) if "snapshot" in fields else None
        if snapshot is not None and not snapshot.competences:
            self.add(w("snapshot.competences"), "fb.no_competences")
        responses = self.responses(fields.get("responses", {}), w("responses"), snapshot)
        if len(self.problems) > before:
            return None
        if not any(r.rating is not None or r.cannot_say or r.comment.strip() for r in responses.values()):
            self.add(w("responses"), "fb.nothing_given")
            return None
        assert isinstance(giver, str) and isinstance(day, str) and snapshot is not None  # no problems: checked
        return Feedback(fid or "", giver, day, received_at or "", fields["lang"], network, snapshot, responses)

    def responses(self, value, where: str, snapshot: Snapshot | None) -> dict[str, Response]:
        out: dict[str, Response] = {}
        if not isinstance(value, dict):
            self.add(where, "p.expected_mapping", got=msg("t.list") if isinstance(value, list) else msg("t.text"))
            return out
        items = value
        if snapshot is None:
            return out
        for cid in items:
            if cid not in snapshot.ids:
                self.add(self._join(where, short(cid)), "fb.not_asked_about", id=short(cid),
                         ids=", ".join(snapshot.ids) or "–")
        scale = snapshot.scale_values
        for cid in snapshot.ids:  # in the snapshot's order; a competence without one was left blank
            if cid not in items:
                out[cid] = Response(None, "")
                continue
            here = self._join(where, short(cid))
            fields = self.obj(items[cid], here, ("rating",), ("comment", "cannot_say"))
            if fields is None:
                continue
            rating = fields.get("rating")
            if rating is not None and self.integer(rating, self._join(here, "rating")) and rating not in scale:
                self.add(self._join(here, "rating"), "fb.rating_range", value=rating, low=min(scale, default=0),
                         high=max(scale, default=0))
            cannot_say = fields.get("cannot_say", False)
            if not isinstance(cannot_say, bool):
                self.add(self._join(here, "cannot_say"), "fb.cannot_say_type")
                continue
            if cannot_say and rating is not None:
                self.add(self._join(here, "cannot_say"), "fb.cannot_say_and_rating")
                continue
            comment = fields.get("comment", "")
            if self.string(comment, self._join(here, "comment")):
                out[cid] = Response(rating, comment, cannot_say)
        return out


def _day(text: str):
    """A YYYY-MM-DD date, or None."""
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def feedback_from_document(data) -> Feedback:
    """The feedback a decoded file holds. Raises BadInput listing every problem."""
    checker = FeedbackCheck()
    found = checker.document(data)
    if checker.problems:
        raise BadInput("fb.invalid", count=len(checker.problems), details=[*checker.problems, msg("fb.fix_hint")])
    assert found is not None  # no problems: the feedback was made
    return found


def feedback_from_export(items, problems: list) -> list[Feedback]:
    """The feedback records of an export document (its "feedback" list, when there is one);
    every problem is added to `problems`."""
    checker = FeedbackCheck()
    if not isinstance(items, list):
        checker.add("feedback", "p.expected_list", got=msg("t.mapping") if isinstance(items, dict) else msg("t.text"))
        problems += checker.problems
        return []
    out, seen = [], set()
    for i, item in enumerate(items):
        where = f"feedback[{i + 1}]"
        found = checker.feedback_record(item, where)
        if found is not None:
            if found.id in seen:
                checker.add(where + ".id", "fb.dup_id", value=found.id)
            seen.add(found.id)
            out.append(found)
    problems += checker.problems
    return out


def read_feedback(path: str | Path) -> Feedback:
    """Read and check a feedback file. Raises BadInput (exit 2) listing every problem."""
    file = Path(str(path)).expanduser()
    try:
        if not file.exists():
            raise BadInput("x.missing", path=file)
        if file.is_dir():
            raise BadInput("fb.is_dir", path=file)
        if not file.is_file():
            raise BadInput("fb.not_file", path=file)
        with file.open("rb") as handle:
            raw = handle.read(MAX_FEEDBACK_BYTES + 1)
    except OSError as exc:
        raise BadInput("x.unreadable", path=file, reason=exc) from None
    if len(raw) > MAX_FEEDBACK_BYTES:
        raise BadInput("fb.too_big", path=file, limit=MAX_FEEDBACK_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput("fb.not_utf8", path=file, pos=exc.start) from None
    try:
        data, duplicates = strict_json(text)
    except json.JSONDecodeError as exc:
        raise BadInput("fb.json_syntax", path=file, reason=library_reason("json", exc.msg), line=exc.lineno,
                       col=exc.colno) from None
    except (ValueError, RecursionError) as exc:
        reason = exc.args[0] if isinstance(exc, ValueError) and exc.args else "nesting"
        raise BadInput("fb.json_syntax", path=file, reason=library_reason("json", reason), line="?", col="?") from None
    checker = FeedbackCheck()
    checker.problems += [msg("x.dup_key", key=short(key)) for key in dict.fromkeys(duplicates)]
    found = checker.document(data)
    if checker.problems:
        raise BadInput("fb.invalid_file", path=file, count=len(checker.problems),
                       details=[*checker.problems, msg("fb.fix_hint")])
    assert found is not None  # no problems: the feedback was made
    return found
