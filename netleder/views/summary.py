"""The summary of one reflection, computed once: everything a summary shows, as one value.

`build_summary(reflection, phases, comps, lang, previous, leader)` decides which sections
exist, in which order, and what goes in each (facts, ratings, last time -> now when there is a
previous reflection of the same network, strengths, growth areas, what came of last time's next
steps, next steps, questions to keep asking, the answers, provenance marks). The writers in
netleder.formats (terminal, Markdown, HTML, JSON) only draw this value, so every format shows
the same sections in the same order with the same content (tests/test_summary_formats.py).

Pure: no store, no terminal, no I/O. The leader's own text is carried as typed; each writer
makes it safe for its format.
"""

from netleder.content.model import About, CompetenceSet
from netleder.dates import human_date
from netleder.i18n import t
from netleder.record_base import Record
from netleder.reflection import Reflection, Snapshot
from netleder.views.labels import (
    authored_words,
    follow_up_label,
    network_type_label,
    phase_fact,
    source_words,
)
from netleder.views.provenance import Provenance, in_play_said_once, scale_said_once


class Fact(Record):
    key: str  # "network", "type", "phase", "id"
    label: str
    value: str
    own: bool  # the leader's own text (made safe by the writer)


class Rating(Record):
    """One competence's rating: its position on the scale, drawn as a bar by every writer."""

    cid: str
    title: str  # "3. Skaber et trygt rum"
    authored: bool  # the title is the project's own text
    value: int | None
    label: str  # the scale's label, or "not rated"
    filled: int  # steps of the scale up to and including the value (0 when not rated)
    steps: int  # steps on the scale
    top: int | None  # the scale's highest value


class FollowUpItem(Record):
    cid: str
    status: str  # done / partly / not_yet
    status_label: str
    step: str  # the leader's text
    note: str  # the leader's text
    title: str | None  # the competence it belonged to, when the reflection has it
    authored: bool
    from_id: str | None


class Movement(Record):
    """One competence last time and now, by the scale's labels ("since_last")."""

    cid: str
    title: str
    authored: bool
    before: str  # the label last time, or "not rated"
    after: str  # the label now, or "not rated"
    direction: str  # "up", "down", "same"; "" unless rated both times
    before_value: int | None = None
    after_value: int | None = None


class StepItem(Record):
    cid: str
    title: str
    authored: bool
    text: str  # the leader's text


class Question(Record):
    text: str
    authored: bool  # carries the mark (netleder.views.provenance: only where it tells texts apart)
    answer: str | None = None  # the leader's text; None where the section shows no answers
    source: str = ""  # its provenance, marked or not ("authored", "handbook"; "" when unknown)


class CompetenceBlock(Record):
    cid: str
    title: str
    authored: bool
    questions: tuple[Question, ...]
    rating: Rating | None = None  # in the answers: the competence's rating this time
    last_time: str = ""  # in the answers: "sidst: Af og til" when last time rated it, else ""
    direction: str = ""  # in the answers: "up", "down", "same" from last time to now, else ""


class SummaryLabels(Record):
    """The words every format of the summary puts around its content."""

    competence: str  # a table's first column
    rating: str
    then: str
    now: str
    change: str
    leader: str  # "Netværksleder"
    step: str  # last time's step
    note: str  # the leader's note on it
    plan: str  # a next step
    notes: str  # the page for notes from the talk
    notes_hint: str
    topics: str
    agreed: str
    next_talk: str


def summary_labels(lang: str) -> SummaryLabels:
    return SummaryLabels(*(t(key, lang) for key in (
        "col.competence", "show.rating", "compare.then", "compare.now", "compare.change", "talk.leader",
        "talk.step", "talk.note", "talk.plan", "talk.notes", "talk.notes_hint", "talk.topics", "talk.agreed",
        "talk.next")))


class Section(Record):
    key: str  # ratings, since_last, strengths, highest, growth, balance, follow_ups, next_steps, keep_asking,
    # answers
    heading: str  # "" for a section without a heading (the balance note)
    items: tuple  # Rating | FollowUpItem | StepItem | CompetenceBlock | str
    note: str = ""  # a line under the heading that says what the section holds
    authored: bool = False  # the heading stands for text the project wrote (the scale's labels)


class SummaryView(Record):
    lang: str
    reflection: Reflection  # for the machine-readable writer (ids, dates)
    title: str  # "Refleksion 2026-12-01" (+ "(kladde)")
    facts: tuple[Fact, ...]
    sections: tuple[Section, ...]
    about: About | None  # the source named in the footer, when the content in use matches
    any_authored: bool  # some shown text is the project's own (the footer explains the mark)
    builtin: bool  # the content in use is netleder's own (else a municipality's file is credited)
    no_answer: str  # what an unanswered question shows
    private_note: str
    previous: Reflection | None = None  # last time: the newest earlier complete one of the same network
    leader: str | None = None  # the leader's name for the talk printout (netleder settings --name)
    labels: SummaryLabels = SummaryLabels(*("",) * 14)  # the words around the content (build_summary sets them)
    source_note: str | None = None  # "Kilde: …", when `about` names a source (the terminal's footer)
    authored_note: str = ""  # what the mark means (the terminal's footer, where anything is marked)


def rating_of(snapshot: Snapshot, cid: str, value: int | None, lang: str, title: str = "",
              authored: bool = False) -> Rating:
    """A rating's place on the scale the reflection was made with."""
    values = snapshot.scale_values
    filled = values.index(value) + 1 if value in values else 0
    label = t("summary.not_rated", lang) if value is None else snapshot.label(value, lang)
    return Rating(cid, title, authored, value, label, filled, len(values), max(values) if values else value)


def in_play_section(reflection: Reflection, phases, comps: CompetenceSet | None, lang: str, rating) -> Section | None:
    """Which of the rated competences the reflection's phase calls on most: the competences in
    play in that phase (the project's reading, marked *), as the leader rated them. None when no
    phase was named, the phase names none, or none of them was rated this time."""
    from netleder.content.crosscheck import in_play

    phase = phases.find(reflection.phase) if reflection.phase and phases is not None else None
    if phase is None or comps is None:
        return None
    named = [comp.id for comp, _ in in_play(phase, phases, comps)]
    rated = [cid for cid in named if reflection.ratings.get(cid) is not None
             and reflection.snapshot.competence(cid) is not None]
    if not rated:
        return None
    label, title = phase_fact(reflection.phase, phases, lang)
    heading = t("summary.in_play", lang, phase=f"{label[:1].lower()}{label[1:]}: {title}")
    authored = any(item.source == "authored" for item in phase.in_play) and not in_play_said_once(phases)
    note = t("summary.in_play_note", lang)
    left = [cid for cid in named if cid not in rated]
    if left:
        # a no-break space keeps each number with its title when the note wraps
        found = (comps.find(cid) for cid in left)
        titles = ", ".join(f"{c.number}.\u00a0{c.title(lang)}" for c in found if c is not None)
        note += " " + t("summary.in_play_unrated", lang, titles=titles)
    return Section("in_play", heading, tuple(rating(cid) for cid in rated), note=note, authored=authored)


def build_summary(reflection: Reflection, phases, comps: CompetenceSet | None, lang: str,
                  previous: Reflection | None = None, leader: str | None = None) -> SummaryView:
    """Everything the summary of `reflection` shows, in `lang`; with `previous` (the reflection
    before it in the same network), what moved since then and what came of its next steps."""
    prov = Provenance(reflection, comps)
    snapshot = reflection.snapshot
    summary = reflection.summary()

    def title(cid: str) -> str:
        comp = snapshot.competence(cid)
        return f"{comp.number}. {comp.title(lang)}" if comp is not None else cid

    def questions(cid: str, answers: list[str] | None) -> tuple[Question, ...]:
        comp = snapshot.competence(cid)
        out = []
        for i, question in enumerate(comp.questions if comp is not None else ()):
            answer = None if answers is None else (answers[i] if i < len(answers) else "")
            out.append(Question(question(lang), (cid, i) in prov.questions, answer,
                                "authored" if (cid, i) in prov.authored_questions else ""))
        return tuple(out)

    def rating(cid: str) -> Rating:
        return rating_of(snapshot, cid, reflection.ratings.get(cid), lang, title(cid), cid in prov.titles)

    # the scale is the project's own: said in the page's one line, not marked here
    scale_authored = comps is not None and comps.scale_source == "authored" and \
        tuple((level.value, level.label) for level in comps.scale) == snapshot.scale
    sections = [Section("ratings", t("summary.ratings", lang), tuple(rating(c.id) for c in snapshot.competences),
                        authored=scale_authored and not scale_said_once(comps))]
    if previous is not None:
        sections += since_last_sections(reflection, previous, lang, prov)
    if summary.strengths:
        sections.append(Section("strengths", t("summary.strengths", lang), tuple(rating(c) for c in summary.strengths)))
    if summary.highest:
        sections.append(Section("highest", t("summary.highest", lang), tuple(rating(c) for c in summary.highest),
                                note=t("summary.highest_note", lang)))
    if summary.growth:
        sections.append(Section("growth", t("summary.growth", lang), tuple(rating(c) for c in summary.growth)))
    if not (summary.strengths or summary.highest or summary.growth):
        key = "summary.even" if summary.even else "summary.none_rated" if not reflection.ratings else "summary.middle"
        sections.append(Section("balance", "", (t(key, lang),)))
    in_play = in_play_section(reflection, phases, comps, lang, rating)
    if in_play is not None:
        sections.append(in_play)
    follow_ups = follow_up_items(reflection, previous, lang, prov)
    if follow_ups:
        sections.append(Section("follow_ups", t("summary.follow_ups", lang), follow_ups))
    order = list(reflection.scope) + [cid for cid in reflection.next_steps if cid not in reflection.scope]
    steps = [(cid, reflection.next_steps[cid]) for cid in order if reflection.next_steps.get(cid)]
    if steps:
        sections.append(Section("next_steps", t("summary.next_steps", lang), tuple(
            StepItem(cid, title(cid), cid in prov.titles, text) for cid, text in steps)))
    asking = [cid for cid in summary.growth if (comp := snapshot.competence(cid)) is not None and comp.questions]
    if asking:
        sections.append(Section("keep_asking", t("summary.keep_asking", lang), tuple(
            CompetenceBlock(cid, title(cid), cid in prov.titles, questions(cid, None)) for cid in asking)))
    answered = [c.id for c in snapshot.competences if any(reflection.answers.get(c.id, []))]
    if answered:
        ratings = {r.cid: r for r in sections[0].items}
        last = {m.cid: m for s in sections if s.key == "since_last" for m in s.items}

        def answers_block(cid: str) -> CompetenceBlock:
            """The competence with its rating, and last time's where there was one, then the answers."""
            moved = last.get(cid)
            last_time, direction = "", ""
            if moved is not None and moved.before_value is not None:
                last_time, direction = t("talk.rating_last", lang, label=moved.before), moved.direction
            return CompetenceBlock(cid, title(cid), cid in prov.titles, questions(cid, reflection.answers.get(cid, [])),
                                   ratings.get(cid), last_time, direction)

        sections.append(Section("answers", t("summary.answers", lang), tuple(answers_block(cid) for cid in answered)))

    heading = t("summary.title", lang, date=human_date(reflection.created_at, lang))
    if not reflection.complete:
        heading = f"{heading} ({t('summary.draft', lang)})"
    phase_label_, phase_value = phase_fact(reflection.phase, phases, lang)
    facts = tuple(Fact(key, label, value, own) for key, label, value, own in (
        ("network", t("summary.network", lang), reflection.network or "", True),
        ("type", t("summary.type", lang), network_type_label(reflection.network_type, lang), False),
        ("phase", phase_label_, phase_value, False),
        ("id", t("show.id", lang), reflection.id, False),
    ) if value)
    builtin = comps.builtin if comps is not None else True
    any_authored = prov.any or scale_authored
    return SummaryView(lang, reflection, heading, facts, tuple(sections), prov.about, any_authored, builtin,
                       t("summary.no_answer", lang), t("show.private", lang), previous, leader, summary_labels(lang),
                       source_words(prov.about, lang, builtin), authored_words(lang, builtin))


# --- last time -> now ---------------------------------------------------------------------------


def _title_in(reflections: tuple[Reflection, ...], cid: str, lang: str) -> str:
    for r in reflections:
        comp = r.snapshot.competence(cid)
        if comp is not None:
            return f"{comp.number}. {comp.title(lang)}"
    return cid


def since_last_sections(reflection: Reflection, previous: Reflection, lang: str, prov: Provenance) -> list[Section]:
    """"Since last time": each competence rated then or now, last time's label -> now's, with a
    direction only where both times rated it (a competence not rated once is said to be so)."""
    from netleder.views.comparison import build_comparison

    view = build_comparison(previous, reflection)
    if view.after is not reflection:  # `previous` is not earlier: nothing honest to say
        return []
    moved = {m.cid: m for m in view.moved}
    order = sorted(set(moved) | set(view.only_before) | set(view.only_after),
                   key=lambda cid: next((c.number for r in (reflection, previous)
                                         for c in r.snapshot.competences if c.id == cid), 10**6))
    not_rated = t("summary.not_rated", lang)
    items = []
    for cid in order:
        before = previous.ratings.get(cid) if cid not in view.only_after else None
        after = reflection.ratings.get(cid) if cid not in view.only_before else None
        items.append(Movement(
            cid, _title_in((reflection, previous), cid, lang), cid in prov.titles,
            not_rated if before is None else previous.snapshot.label(before, lang),
            not_rated if after is None else reflection.snapshot.label(after, lang),
            moved[cid].direction if cid in moved else "", before, after))
    if not items:
        return []
    note = t("summary.since_last_note", lang, date=human_date(previous.created_at, lang), id=previous.id)
    if not view.same_scale:
        from netleder.views.comparison import other_scale_note

        note = t("summary.since_last_note_other_scale", lang, date=human_date(previous.created_at, lang),
                 id=previous.id) + " " + other_scale_note(previous, reflection, lang)
    return [Section("since_last", t("summary.since_last", lang), tuple(items), note=note)]


def follow_up_items(reflection: Reflection, previous: Reflection | None, lang: str,
                    prov: Provenance) -> tuple[FollowUpItem, ...]:
    """How the next steps went: every next step of last time (one without a follow-up says so),
    then any follow-up of an older reflection's step."""
    from netleder.reflection import step_outcomes

    snapshot = reflection.snapshot

    def item(cid: str, step: str, follow_up, from_id: str | None) -> FollowUpItem:
        shown = _title_in((reflection,) + ((previous,) if previous is not None else ()), cid, lang)
        known = snapshot.competence(cid) is not None or (previous is not None and
                                                         previous.snapshot.competence(cid) is not None)
        if follow_up is None:
            return FollowUpItem(cid, "", t("compare.no_follow_up", lang), step, "", shown if known else None,
                                cid in prov.titles, from_id)
        return FollowUpItem(cid, follow_up.status, follow_up_label(follow_up.status, lang), step, follow_up.note,
                            shown if known else None, cid in prov.titles, follow_up.from_id)

    items = []
    if previous is not None:
        items += [item(o.competence_id, o.step, o.follow_up, previous.id) for o in step_outcomes(previous, reflection)]
    items += [item(f.competence_id, f.step, f, f.from_id) for f in reflection.follow_ups
              if previous is None or f.from_id != previous.id]
    return tuple(items)
