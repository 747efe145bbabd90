"""The interactive reflection (`netleder reflect` in a terminal).

Every question goes through a `netleder.prompts.Prompter` (the one seam that imports
questionary); everything the leader gives is written to the store the moment it is given.

The steps, and the choices made where the issue left room:

1. Opening: what this is, how long, privacy, skipping, the editor, Ctrl-C.
   An unfinished draft is offered for resuming (default Yes); `--resume` / `--fresh`
   decide without asking. Fresh leaves the old draft where it is, as a draft.
2. Follow-up: each next step of the newest complete reflection: done / partly / not yet,
   then an optional note. "Skip" heads the list and is the default, so Enter never claims
   anything.
3. Context (optional): network name, type, phase; "skip" heads each list and is its default.
4. Scope: all (default) or a checkbox subset; `--competence` skips the question.
5. Each competence: progress, title and description, its questions (one line each; Enter
   moves on; `:e` + Enter opens $EDITOR via click.edit for several paragraphs), then a rating
   with number-key shortcuts and a "skip" entry. The rating's default is, in order: this
   draft's rating (when resuming or reopening), the leader's most recent rating of the same
   competence in a complete reflection, else the middle of the scale (the lower middle for
   an even-length scale, so pressing Enter never flatters).
6. Next steps: one optional step per growth area (reflection.summarize). With no growth
   area (even ratings, or too few), the leader may pick a competence or skip (default).
7. Review: every rating at a glance; save (default), reopen a competence (then a next step
   is offered for any growth area not offered one yet in this session), or discard
   (confirmation, default No).

The draft is created lazily, by the first thing the leader gives (a follow-up, a piece of
context or the first answer), so opening and leaving at once leaves nothing behind.

Resuming: steps 2-4 are skipped once the draft holds any answer or rating (the leader had
got past them); otherwise they are asked again, prefilled. The competences continue at the
last one holding anything: at it if it has no rating yet, else after it. Every field shows
its saved value as the default, so Enter keeps it.

Ctrl-C (or Ctrl-D) anywhere raises errors.Interrupted saying where the draft is and how to
resume. A StoreError while saving shows the text just typed back on screen before it is
re-raised, so the leader can copy it.
"""

from __future__ import annotations

from dataclasses import replace

from rich.console import Console
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

from netleder.errors import Interrupted, StoreError
from netleder.formats.terminal import rating_bar, ratings_view
from netleder.views.labels import AUTHORED_MARK, authored_key, mark, mark_suffix
from netleder.views.provenance import Provenance
from netleder.i18n import t
from netleder.reflection import (
    FOLLOW_UP_STATUSES,
    NETWORK_TYPES,
    FollowUp,
    Reflection,
    Snapshot,
    now_iso,
)
from netleder.safe_text import user_text
from netleder.views.labels import competence_title, human_date

EDITOR_TRIGGER = ":e"
MINUTES_PER_COMPETENCE = 2


def run_wizard(store, comps, phases, lang: str, *, scope: list[str] | None = None, resume: bool = False,
               fresh: bool = False, prompter=None, console: Console | None = None) -> Reflection | None:
    """Walk the leader through a reflection; returns it completed, or None if discarded."""
    if prompter is None:
        from netleder.wizard.prompts import Prompter

        prompter = Prompter(lang=lang)
    if console is None:
        from netleder.output import terminal_console

        console = terminal_console(emoji=False, markup=False)  # its text passes the sanitiser
    return _Wizard(store, comps, phases, lang, prompter, console).run(scope, resume, fresh)


def default_rating(values: list[int], chosen: int | None) -> int | None:
    """Where the cursor starts on the scale: the value chosen in this draft (when it is on the
    scale), else on "skip". Never a value the leader did not choose: Enter on a fresh rating
    records no rating, and last time's rating is shown beside the scale, not preselected."""
    return chosen if chosen in values else None


class _Wizard:
    def __init__(self, store, comps, phases, lang, prompter, console) -> None:
        self.store = store
        self.comps = comps
        self.phases = phases
        self.lang = lang
        self.ask = prompter
        self.out = console
        self.old_draft: Reflection | None = None
        self.created = False
        self.offered: set[str] = set()  # competences offered a next step in this session
        stamp = now_iso()
        self.r = Reflection(id="", created_at=stamp, updated_at=stamp, lang=lang,
                            snapshot=Snapshot.from_content(comps))

    def t(self, key: str, **params) -> str:
        return t(key, self.lang, **params)

    # --- the whole -------------------------------------------------------------------

    def run(self, scope, resume: bool, fresh: bool) -> Reflection | None:
        from netleder.wizard.prompts import Cancelled

        try:
            return self._run(scope, resume, fresh)
        except (Cancelled, KeyboardInterrupt):
            if self.created:
                raise Interrupted("wizard.interrupted", path=self.store.path) from None
            if self.old_draft is not None:
                raise Interrupted("wizard.interrupted_old_draft", path=self.store.path) from None
            raise Interrupted("wizard.interrupted_before") from None

    def _run(self, scope, resume: bool, fresh: bool) -> Reflection | None:
        if scope is not None:
            self.r.snapshot = Snapshot.from_content(self.comps, scope)
        self._opening(scope)
        # The most recent rating of each competence, read from the newest reflections only as
        # far back as needed: a leader with years of reflections waits for nothing.
        self.previous_ratings: dict[str, int] = self.store.latest_ratings(c.id for c in self.comps.competences)
        resumed = self._resume_or_not(scope, resume, fresh)
        if not (resumed and self._reached_competences()):
            self._follow_ups(self.store.latest_complete())
            self._context()
            if scope is None or resumed:
                self._scope()
        ids = self.r.snapshot.ids
        for index in range(self._start_index() if resumed else 0, len(ids)):
            self._competence(index)
        self._next_steps()
        return self._review()

    # --- 1. opening and resuming -----------------------------------------------------

    def _opening(self, scope) -> None:
        count = len(scope) if scope is not None else len(self.comps.competences)
        key = "wizard.intro" if scope is None else "wizard.intro_chosen"
        self.out.print(Text(self.t("wizard.title"), style="bold"))
        self.out.print(Text(self.t(key, count=count, minutes=count * MINUTES_PER_COMPETENCE)))
        hints = Text()
        for key in ("wizard.privacy", "wizard.skip_hint", "wizard.editor_hint", "wizard.pause_hint"):
            hints.append("• " + self.t(key) + "\n")
        hints.append("• " + self.t(authored_key(self.comps.builtin), mark=AUTHORED_MARK) + "\n")
        hints.rstrip()
        self.out.print(Padding(hints, (1, 0, 1, 0)))

    def _resume_or_not(self, scope, resume: bool, fresh: bool) -> bool:
        draft = self.store.latest_draft()
        if draft is None:
            if resume:
                self.out.print(Text(self.t("wizard.resume.none"), style="italic"))
            return False
        self.old_draft = draft  # until it is adopted: Ctrl-C at the offer still mentions it
        if resume:
            go = True
        elif fresh:
            go = False
        else:
            rated = sum(1 for cid in draft.scope if draft.ratings.get(cid) is not None)
            network = f" ({user_text(draft.network)})" if draft.network else ""
            self.out.print(Text(self.t("wizard.resume.found", date=human_date(draft.created_at, self.lang), network=network,
                                       rated=rated, total=len(draft.scope))))
            go = self.ask.confirm(self.t("wizard.resume.ask"), default=True)
        if not go:
            self.out.print(Text(self.t("wizard.resume.kept"), style="italic"))
            return False
        self.r = draft
        self.created = True
        self.out.print(Text(self.t("wizard.resume.continuing"), style="italic"))
        if scope is not None and list(scope) != draft.scope:
            self.out.print(Text(self.t("wizard.resume.scope_ignored"), style="italic"))
        return True

    def _reached_competences(self) -> bool:
        return any(self._touched(cid) for cid in self.r.scope)

    def _touched(self, cid: str) -> bool:
        return self.r.ratings.get(cid) is not None or any(self.r.answers.get(cid, []))

    def _start_index(self) -> int:
        """Where a resumed draft continues: at the last competence holding anything."""
        ids = self.r.scope
        for index in range(len(ids) - 1, -1, -1):
            if self._touched(ids[index]):
                return index + 1 if self.r.ratings.get(ids[index]) is not None else index
        return 0

    # --- 2. follow-up on last time's next steps --------------------------------------

    def _follow_ups(self, previous: Reflection | None) -> None:
        if previous is None:
            return
        steps = [(cid, text) for cid, text in previous.next_steps.items() if text]
        answered = {f.competence_id for f in self.r.follow_ups if f.from_id == previous.id}
        steps = [(cid, text) for cid, text in steps if cid not in answered]
        if not steps:
            return
        self._heading(self.t("wizard.followup.heading"))
        self.out.print(Text(self.t("wizard.followup.intro", date=human_date(previous.created_at, self.lang))))
        choices = [(None, self.t("wizard.skip"))]
        choices += [(status, self.t(f"follow_up.{status}")) for status in FOLLOW_UP_STATUSES]
        for cid, step in steps:
            shown = Text("\n" + competence_title(previous.snapshot, cid, self.lang), style="dim")
            shown.append("\n")
            shown.append(user_text(step), style="bold")
            self.out.print(shown)
            status = self.ask.select(self.t("wizard.followup.ask"), choices, default=None)
            if status is None:
                continue
            note = self._text(self.t("wizard.followup.note"), "")
            follow_up = FollowUp(cid, step, status, note, from_id=previous.id)
            self._write(note, lambda: self.store.save_follow_up(self._draft_id(), follow_up))
            self.r.follow_ups.append(follow_up)

    # --- 3. context ------------------------------------------------------------------

    def _context(self) -> None:
        self._heading(self.t("wizard.context.heading"))
        network = self.ask.text(self.t("wizard.context.network"), default=self.r.network or "") or None
        types = [(None, self.t("wizard.skip"))]
        about = {"innovation": self.t("network_about.innovation"), "learning": self.t("network_about.learning"),
                 "welfare": self.t("network_about.welfare")}
        types += [(kind, self.t(f"network_type.{kind}") + (f" – {about[kind]}" if kind in about else ""))
                  for kind in NETWORK_TYPES]
        kind = self.ask.select(self.t("wizard.context.type"), types, default=self.r.network_type)
        phases = [(None, self.t("wizard.skip"))]
        phases += [(p.id, (f"{p.number}. {p.title(self.lang)}" if p.number else p.title(self.lang)) + mark(p.source))
                   for p in self.phases.phases]
        known = {p for p, _ in phases}
        phase = self.ask.select(self.t("wizard.context.phase"), phases,
                                default=self.r.phase if self.r.phase in known else None)
        if (network, kind, phase) == (self.r.network, self.r.network_type, self.r.phase):
            return
        self.r.network, self.r.network_type, self.r.phase = network, kind, phase
        if self.created:
            self._write(network, lambda: self.store.set_context(self.r.id, network, kind, phase))
        elif network or kind or phase:
            self._write(network, lambda: self._draft_id())

    # --- 4. scope --------------------------------------------------------------------

    def _scope(self) -> None:
        everything = [c.id for c in self.comps.competences]
        if len(everything) < 2:
            return
        current = self.r.snapshot.ids
        options = [("all", self.t("wizard.scope.all", count=len(everything)))]
        in_play = self._in_play_ids()
        if in_play:  # once the phase is named: the competences most in play in it
            phase = self.phases.find(self.r.phase)
            authored = any(item.source == "authored" for item in phase.in_play)
            numbers = ", ".join(str(n) for n in sorted(self.comps.find(cid).number for cid in in_play))
            options.append(("phase", self.t("wizard.scope.phase", phase=phase.number or phase.title(self.lang),
                                            numbers=numbers) + mark_suffix(authored)))
        options.append(("some", self.t("wizard.scope.some")))
        default = "all" if current == everything else "phase" if in_play and current == in_play else "some"
        choice = self.ask.select(self.t("wizard.scope.ask"), options, default=default)
        ids = in_play if choice == "phase" else everything
        if choice == "some":
            ids = self.ask.checkbox(
                self.t("wizard.scope.pick"),
                [(c.id, f"{c.number}. {c.title(self.lang)}{mark(c.source)}") for c in self.comps.competences],
                checked=current if current != everything else (),
            )
        snapshot = Snapshot.from_content(self.comps, ids)
        if snapshot == self.r.snapshot:
            return
        self.r.snapshot = snapshot
        if self.created:
            self._write(None, lambda: self.store.set_scope(self.r.id, snapshot))

    def _in_play_ids(self) -> list[str]:
        """The ids of the competences most in play in the phase the leader named (else none)."""
        from netleder.content.crosscheck import in_play

        phase = self.phases.find(self.r.phase) if self.r.phase and self.phases is not None else None
        if phase is None:
            return []
        return [comp.id for comp, _ in in_play(phase, self.phases, self.comps)]

    # --- 5. one competence -----------------------------------------------------------

    def _competence(self, index: int) -> None:
        snapshot = self.r.snapshot
        comp = snapshot.competences[index]
        progress = self.t("wizard.progress", index=index + 1, total=len(snapshot.competences))
        self.out.print()
        self.out.print(Rule(Text(progress), style="dim"))
        prov = Provenance(self.r, self.comps)
        self.out.print(Text(f"{comp.number}. {comp.title(self.lang)}{mark_suffix(comp.id in prov.titles)}", style="bold"))
        self.out.print(Text(comp.description(self.lang)))
        self.out.print(Text(self.t("wizard.answer_hint"), style="dim"))
        given = self.r.answers.setdefault(comp.id, [])
        for qi, question in enumerate(comp.questions):
            self.out.print()
            marked = mark_suffix((comp.id, qi) in prov.questions)
            self.out.print(Text(f"{qi + 1}. {question(self.lang)}{marked}", style="bold"))
            current = given[qi] if qi < len(given) else ""
            answer = self._text(self.t("wizard.answer"), current)
            self._write(answer, lambda: self.store.save_answer(self._draft_id(), comp.id, qi, answer))
            given.extend([""] * (qi + 1 - len(given)))
            given[qi] = answer
        self._rating(comp.id)

    def _rating(self, cid: str) -> None:
        snapshot = self.r.snapshot
        values = snapshot.scale_values
        before = self.previous_ratings.get(cid)
        default = default_rating(values, self.r.ratings.get(cid))
        if before is not None:
            self.out.print(Text(self.t("wizard.rating.last", label=snapshot.label(before, self.lang)), style="dim"))
        choices = [(value, label(self.lang)) for value, label in snapshot.scale]
        choices.append((None, self.t("wizard.rating.skip")))
        keys = None
        if all(0 <= v <= 9 for v in values) and "s" not in values:
            keys = [str(v) for v in values] + ["s"]
        self.out.print()
        question = self.comps.scale_question
        asked = question(self.lang) if question is not None else self.t("wizard.rating.ask")
        authored = self.comps.scale_source == "authored" and snapshot.scale == tuple(
            (level.value, level.label) for level in self.comps.scale)
        value = self.ask.select(asked + mark_suffix(authored), choices, default=default, keys=keys)
        self._write(None, lambda: self.store.save_rating(self._draft_id(), cid, value))
        if value is None:
            self.r.ratings.pop(cid, None)
        else:
            self.r.ratings[cid] = value

    # --- 6. next steps ---------------------------------------------------------------

    def _next_steps(self, only_new: bool = False) -> None:
        summary = self.r.summary()
        growth = list(summary.growth)
        if only_new:
            growth = [cid for cid in growth if cid not in self.offered and not self.r.next_steps.get(cid)]
            if not growth:
                return
        self._heading(self.t("wizard.next.heading"))
        if growth:
            self.out.print(Text(self.t("wizard.next.intro")))
            for cid in growth:
                self._next_step(cid)
            return
        self.out.print(Text(self.t("wizard.next.even" if summary.even else "wizard.next.no_growth")))
        chosen = [cid for cid, text in self.r.next_steps.items() if text and cid in self.r.scope]
        choices = [(None, self.t("wizard.skip"))]
        choices += [(c.id, f"{c.number}. {c.title(self.lang)}{self._mark(c.id)}") for c in self.r.snapshot.competences]
        pick = self.ask.select(self.t("wizard.next.pick"), choices, default=chosen[0] if chosen else None)
        if pick is not None:
            self._next_step(pick)

    def _next_step(self, cid: str) -> None:
        self.offered.add(cid)
        title = Text("\n" + competence_title(self.r.snapshot, cid, self.lang) + self._mark(cid), style="bold")
        title.append("\n")
        title.append_text(rating_bar(self.r.ratings.get(cid), self.r.snapshot, self.lang))
        self.out.print(title)
        text = self._text(self.t("wizard.next.ask"), self.r.next_steps.get(cid, ""))
        self._write(text, lambda: self.store.save_next_step(self._draft_id(), cid, text or None))
        if text:
            self.r.next_steps[cid] = text
        else:
            self.r.next_steps.pop(cid, None)

    # --- 7. review -------------------------------------------------------------------

    def _review(self) -> Reflection | None:
        actions = [
            ("save", self.t("wizard.review.save")),
            ("reopen", self.t("wizard.review.reopen")),
            ("discard", self.t("wizard.review.discard")),
        ]
        while True:
            self._heading(self.t("wizard.review.heading"))
            self.out.print(ratings_view(self.r, self.lang, frozenset(Provenance(self.r, self.comps).titles)))
            self.out.print()
            action = self.ask.select(self.t("wizard.review.ask"), actions, default="save")
            if action == "save":
                break
            if action == "discard":
                if self.ask.confirm(self.t("wizard.discard.confirm"), default=False):
                    if self.created:
                        self.store.discard(self.r.id)
                    self.out.print(Text(self.t("wizard.discarded")))
                    return None
                continue
            ids = self.r.snapshot.ids
            choices = [(c.id, f"{c.number}. {c.title(self.lang)}{self._mark(c.id)}") for c in self.r.snapshot.competences]
            choices.append((None, self.t("wizard.review.back")))
            which = self.ask.select(self.t("wizard.review.which"), choices, default=ids[0] if ids else None)
            if which is not None:
                self._competence(ids.index(which))
                self._next_steps(only_new=True)
        rid = self._draft_id()
        self._write(None, lambda: self.store.complete(rid))
        return self.store.get(rid)

    # --- helpers ---------------------------------------------------------------------

    def _draft_id(self) -> str:
        """The draft's id, creating the draft (with what is known so far) on first use."""
        if not self.created:
            draft = self.store.create_draft(
                self.lang, self.r.snapshot, network=self.r.network, network_type=self.r.network_type,
                phase=self.r.phase,
            )
            self.r = replace(draft, follow_ups=list(self.r.follow_ups), answers=dict(self.r.answers),
                             ratings=dict(self.r.ratings), next_steps=dict(self.r.next_steps))
            self.created = True
        return self.r.id

    def _write(self, typed: str | None, save) -> None:
        """Run one store write; on failure show `typed` back before the error goes on."""
        try:
            save()
        except StoreError:
            if typed:
                self.out.print()
                self.out.print(Text(self.t("wizard.store_failed"), style="bold"))
                self.out.print(Padding(Text(user_text(typed)), (0, 0, 1, 2)))
            raise

    def _text(self, message: str, default: str) -> str:
        """A one-line answer; `:e` + Enter writes it in the editor instead."""
        while True:
            answer = self.ask.text(message, default=default)
            if answer.strip() != EDITOR_TRIGGER:
                return answer
            edited = self._edit(default)
            if edited is not None:
                return edited

    def _edit(self, current: str) -> str | None:
        """The text from the leader's editor; the current text if unchanged; None on failure."""
        import click

        try:
            result = click.edit(current or "", extension=".txt", require_save=True)
        except click.ClickException as exc:
            from netleder.errors import library_reason

            self.out.print(Text(self.t("wizard.editor.failed", reason=library_reason("editor", exc.format_message()))))
            return None
        if result is None:
            self.out.print(Text(self.t("wizard.editor.unchanged"), style="dim"))
            return current
        result = result.rstrip("\n")
        self.out.print(Text(self.t("wizard.editor.saved", count=len(result)), style="dim"))
        self.out.print(Padding(Text(user_text(result)), (0, 0, 0, 2)))
        return result

    def _mark(self, cid: str) -> str:
        """" *" after a competence title of this draft that the project wrote."""
        return mark_suffix(cid in Provenance(self.r, self.comps).titles)

    def _heading(self, title: str) -> None:
        self.out.print()
        self.out.print(Rule(Text(title), style="dim"))
