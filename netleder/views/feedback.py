"""The leader's own view beside others', computed once: `netleder feedback show` and the
feedback section of `netleder show` and its printout.

Per competence: the leader's own rating (from one reflection) and each giver's, by the scale's
labels; their comments; and where the views lie furthest apart, a question for the
conversation. Never a verdict: a difference says two people see something differently, not
who is right. Pure: no store, no terminal.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import NamedTuple

from netleder.dates import human_date
from netleder.i18n import t
from netleder.reflection import Reflection, Snapshot
from netleder.views.labels import AUTHORED_MARK, authored_key
from netleder.views.summary import Rating, rating_of

# Views this many steps apart (or more) on the same scale are worth a question.
APART_STEPS = 2
MAX_QUESTIONS = 5


class Giver(NamedTuple):
    fid: str
    name: str  # as the giver typed it (made safe by the writer)
    given_on: str  # YYYY-MM-DD
    date: str  # given_on in words


class Other(NamedTuple):
    giver: int  # index into FeedbackView.givers
    rating: Rating | None  # None: this giver was not asked about the competence
    comment: str  # the giver's text
    quoted: str = ""  # the comment in the language's quotation marks ("" when there is none)


class Row(NamedTuple):
    cid: str
    title: str  # "3. Skaber et trygt rum"
    authored: bool
    own: Rating | None  # None: no reflection covers the competence
    own_from: str | None  # the id of the reflection the leader's own rating comes from
    others: tuple[Other, ...]

    @property
    def commented(self) -> bool:
        """Some giver wrote a comment on the competence."""
        return any(o.comment.strip() for o in self.others)


class FeedbackLabels(NamedTuple):
    """The words every format puts around the feedback."""

    you: str  # the leader's own column and line
    competence: str  # the table's first column
    comments: str
    apart_heading: str
    network: str
    leader: str
    radar_label: str  # what the radar shows, for a screen reader
    radar_scale: str  # "lowest … highest" under the radar
    own_not_asked: str  # no reflection of the leader's covers the competence
    not_asked: str  # the giver was not asked about it
    authored: str  # what the mark means


class Apart(NamedTuple):
    """A competence where the leader and a giver see it at least APART_STEPS apart."""

    cid: str
    title: str
    giver: int
    own: Rating
    other: Rating
    steps: int  # the giver's position minus the leader's, in steps of the scale
    question: str


class FeedbackView(NamedTuple):
    lang: str
    title: str
    network: str | None
    reflection: Reflection | None  # the leader's newest reflection, when there is one
    used: tuple[str, ...]  # the ids of the reflections the leader's own ratings come from
    reflection_note: str  # which reflection is the leader's view, or that there is none
    givers: tuple[Giver, ...]
    rows: tuple[Row, ...]
    apart: tuple[Apart, ...]
    apart_note: str  # what the questions are, or why there are none
    steps: int  # steps on the leader's scale (for the radar)
    labels: tuple[str, ...]  # the scale's labels, lowest first
    any_authored: bool
    private_note: str
    labels_text: FeedbackLabels = FeedbackLabels(*("",) * 11)  # build_feedback_view sets them
    giver_lines: tuple[str, ...] = ()  # "Kim gav feedback 3. juni 2026 (id …)", one per giver
    leader: str | None = None  # the leader's name (netleder settings --name), for the printout


def _position(snapshot: Snapshot, value: int | None) -> int | None:
    values = snapshot.scale_values
    return values.index(value) if value in values else None


def build_feedback_view(reflections: list[Reflection], feedback: list, lang: str, network: str | None = None,
                        authored: AbstractSet[str] = frozenset(), leader: str | None = None) -> FeedbackView:
    """`feedback` (netleder.feedback.Feedback, any order) beside the leader's own view: per
    competence the latest rating in `reflections` (complete ones, newest first)."""
    feedback = sorted(feedback, key=lambda f: (f.given_on, f.received_at, f.id))
    givers = tuple(Giver(f.id, f.giver, f.given_on, human_date(f.given_on + "T12:00:00", lang)) for f in feedback)
    reflection = reflections[0] if reflections else None
    used: list[Reflection] = []

    def latest_own(cid: str) -> Reflection | None:
        """The newest reflection that rated `cid`, else the newest that covers it."""
        rated = [r for r in reflections if r.ratings.get(cid) is not None]
        covering = [r for r in reflections if cid in r.scope]
        found = next(iter(rated or covering), None)
        if found is not None and found not in used:
            used.append(found)
        return found

    base = reflection.snapshot if reflection is not None else (feedback[0].snapshot if feedback else Snapshot((), ()))
    order = list(base.ids)
    for f in feedback:
        order += [cid for cid in f.snapshot.ids if cid not in order]
    order = [cid for cid in order if any(cid in f.responses for f in feedback)]  # what someone was asked about
    # The competence set's own order (by number), whichever snapshot named a competence first:
    # a reflection about 1, 2 and 8 must not put 8 before 3 on the radar or in the table.
    numbers: dict[str, int] = {}
    for snap in [base] + [f.snapshot for f in feedback]:
        for comp in snap.competences:
            numbers.setdefault(comp.id, comp.number)
    order.sort(key=lambda cid: numbers.get(cid, 0))

    def title(cid: str) -> str:
        for snap in [base] + [f.snapshot for f in feedback]:
            comp = snap.competence(cid)
            if comp is not None:
                return f"{comp.number}. {comp.title(lang)}"
        return cid

    rows, apart = [], []
    for cid in order:
        own, mine = None, latest_own(cid)
        if mine is not None:
            own = rating_of(mine.snapshot, cid, mine.ratings.get(cid), lang)
        others = []
        for i, f in enumerate(feedback):
            response = f.responses.get(cid)
            if response is None:
                others.append(Other(i, None, ""))
                continue
            other = rating_of(f.snapshot, cid, response.rating, lang)
            if response.cannot_say:  # the giver's own answer, kept as such (not "not rated")
                other = other._replace(label=t("invite.cannot_say", lang))
            quoted = t("fb.quote", lang, text=response.comment) if response.comment.strip() else ""
            others.append(Other(i, other, response.comment, quoted))
            # steps apart only on one scale (the same steps with the same words): never across an old one
            if own is None or mine is None or not f.snapshot.same_scale(mine.snapshot):
                continue
            theirs_at, own_at = _position(f.snapshot, other.value), _position(mine.snapshot, own.value)
            if theirs_at is not None and own_at is not None:  # both rated, on the scale
                steps = theirs_at - own_at
                if abs(steps) >= APART_STEPS:
                    apart.append((cid, i, own, other, steps))
        rows.append(Row(cid, title(cid), cid in authored, own, mine.id if mine is not None else None,
                        tuple(others)))

    questions = []
    rank = {cid: n for n, cid in enumerate(order)}
    for cid, i, own, other, steps in sorted(apart, key=lambda a: (-abs(a[4]), rank[a[0]], a[1]))[:MAX_QUESTIONS]:
        middle = (min(base.scale_values) + max(base.scale_values)) / 2
        if steps > 0:
            key = "fb.q_strength" if (other.value or 0) > middle >= (own.value or 0) else "fb.q_higher"
        else:
            key = "fb.q_lower"
        text = t(key, lang, giver=feedback[i].giver, competence=title(cid), own=own.label, other=other.label)
        questions.append(Apart(cid, title(cid), i, own, other, steps, text))

    if not used and reflections:  # finished reflections, but none about what the co-driver was asked
        note = t("fb.no_reflection_covers", lang)
        apart_note = t("fb.apart_none_without_own_covering", lang)
    elif not used:
        note = t("fb.no_reflection", lang)
        apart_note = t("fb.apart_none_without_own", lang)
    else:
        if len(used) == 1:
            note = t("fb.own_from", lang, id=used[0].id, date=human_date(used[0].created_at, lang))
        else:
            note = t("fb.own_from_several", lang, reflections=", ".join(
                f"{r.id} ({human_date(r.created_at, lang)})" for r in used))
        if questions:
            apart_note = t("fb.apart_note", lang, steps=APART_STEPS)
        else:
            apart_note = t("fb.apart_none", lang, steps=APART_STEPS)
    labels = tuple(label(lang) for _, label in base.scale)
    words = FeedbackLabels(
        t("fb.you", lang), t("col.competence", lang), t("fb.comments", lang), t("fb.apart_heading", lang),
        t("summary.network", lang), t("talk.leader", lang), t("fb.radar_label", lang),
        t("fb.radar_scale", lang, low=labels[0], high=labels[-1]) if labels else "",
        t("fb.own_not_asked", lang), t("fb.not_asked", lang), t(authored_key(True), lang, mark=AUTHORED_MARK))
    giver_lines = tuple(t("fb.giver_line", lang, giver=g.name, date=g.date, id=g.fid) for g in givers)
    return FeedbackView(
        lang, t("fb.title", lang), network, reflection, tuple(r.id for r in used), note, givers, tuple(rows), tuple(questions), apart_note,
        len(base.scale), labels, bool(authored & set(order)),
        t("fb.private", lang), words, giver_lines, leader,
    )


# --- `netleder feedback`: what has been received -------------------------------------------------


class ReceivedRow(NamedTuple):
    id: str
    date: str  # in words
    giver: str  # as the giver typed it (made safe by the writer)
    network: str  # "–" when none
    rated: str  # "3 af 10"


class ReceivedList(NamedTuple):
    """The feedback received, newest first, with the table's columns and the hint under it;
    `empty` says so when there is none (then there are no rows)."""

    empty: str | None
    columns: tuple[str, ...]
    rows: tuple[ReceivedRow, ...]
    hint: str


def received_list(items, lang: str) -> ReceivedList:
    rows = tuple(ReceivedRow(f.id, human_date(f.given_on, lang), f.giver, f.network or "–",
                             t("fb.rated_of", lang, count=len(f.rated()), total=len(f.responses))) for f in items)
    columns = tuple(t(key, lang) for key in ("fb.col_id", "fb.col_date", "fb.col_giver", "fb.col_network", "fb.col_rated"))
    return ReceivedList(None if items else t("fb.none", lang), columns, rows, t("fb.list_hint", lang))
