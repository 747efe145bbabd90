"""The interactive reflection (`netleder reflect` in a terminal, and `netleder edit`).

Every question goes through a `netleder.prompts.Prompter` (the one seam that imports
questionary); everything the leader gives is written to the store the moment it is given,
the network's name, type and phase included.

The steps, and the choices made where the issue left room:

1. Opening: what this is, privacy, skipping, the editor, Ctrl-C. Then the unfinished drafts:
   one is offered for resuming (default Yes), several are listed to choose from (the newest
   first, "start a new one" last); `--resume [ID]` / `--fresh` decide without asking. Fresh
   leaves old drafts where they are. A draft another wizard holds (netleder.store.locks) is
   never resumed: the leader is told where it is open and starts a new one. Then the time it
   takes, for the competences that are left: five minutes each, time to think.
2. The network first: its name (the leader's known networks are listed and completed as they
   type; a name equal to a known one but for case, spacing or dashes is that network), its
   type and the phase it is in (the numbered phases only). Each is saved as it is given.
3. Follow-up on this network's previous next steps (the newest complete reflection of the
   same network; with no name given, of the reflections without one, which are a group of
   their own as in `compare`): done / partly / not yet, then an optional note. "Skip" heads the list and is the default, so Enter claims nothing.
4. Scope: all (default) or a checkbox subset; `--competence` skips the question.
5. Each competence: progress, title and description, its questions (one line each; Enter
   moves on; `:e` + Enter, also after prefilled text, opens the editor), then a rating with
   number-key shortcuts and a "skip" entry. The cursor starts on this draft's rating (when
   reopening) or on "skip": Enter never records a rating the leader did not choose. The
   leader's most recent rating of the competence for this network is shown as information.
6. Next steps: one optional step per growth area (reflection.summarize). With no growth
   area (even ratings, or too few), the leader may pick a competence or skip (default).
7. Review: every rating at a glance; save (default), or change anything the wizard asked:
   the network (name, type, phase), the competences in scope, a competence's answers and
   rating, a next step; or discard (confirmation, default No). `netleder edit ID` opens a
   saved reflection right here.

The draft is created lazily, by the first thing the leader gives, so opening and leaving at
once leaves nothing behind. From then on this wizard holds the draft's lock until it ends.

Resuming: steps 2-4 are skipped once the draft holds any answer or rating (the leader had
got past them); otherwise they are asked again, prefilled. The competences continue at the
last one holding anything: at it if it has no rating yet, else after it. An answer left in
an editor file by a closed terminal is shown and offered back first.

Ctrl-C (or Ctrl-D) anywhere raises errors.Interrupted saying where the draft is and how to
resume. A StoreError while saving shows the text just typed back on screen before it is
re-raised, so the leader can copy it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rich.console import Console
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

from netleder.dates import human_date
from netleder.errors import Interrupted, StoreError
from netleder.formats.terminal import rating_bar, ratings_view
from netleder.i18n import t
from netleder.reflection import (
    FOLLOW_UP_STATUSES,
    NETWORK_TYPES,
    FollowUp,
    Reflection,
    Snapshot,
    now_iso,
)
from netleder.safe_text import short, user_text
from netleder.store.networks import network_key
from netleder.views.labels import (
    AUTHORED_MARK,
    authored_key,
    competence_title,
    mark,
    mark_suffix,
    where_open,
)
from netleder.views.provenance import Provenance, in_play_said_once
from netleder.wizard.typed_text import TextEntry

if TYPE_CHECKING:
    from netleder.store.locks import DraftLock

MINUTES_PER_COMPETENCE = 5  # two questions to think about and a rating: time for real reflection


def run_wizard(store, comps, phases, lang: str, *, scope: list[str] | None = None, resume: bool = False,
               resume_id: str | None = None, fresh: bool = False, edit_id: str | None = None, prompter=None,
               console: Console | None = None) -> Reflection | None:
    """Walk the leader through a reflection; returns it completed, or None if discarded.

    `resume_id` resumes that draft; `edit_id` opens that reflection (saved or not) in the review.
    """
    if prompter is None:
        from netleder.wizard.prompts import Prompter

        prompter = Prompter(lang=lang)
    if console is None:
        from netleder.output import terminal_console

        console = terminal_console(emoji=False, markup=False)  # its text passes the sanitiser
    wizard = _Wizard(store, comps, phases, lang, prompter, console)
    try:
        if edit_id is not None:
            return wizard.edit(edit_id)
        return wizard.run(scope, resume or resume_id is not None, fresh, resume_id)
    finally:
        wizard.release()


def default_rating(values: list[int], chosen: int | None) -> int | None:
    """Where the cursor starts on the scale: the value chosen in this draft (when it is on the
    scale), else on "skip". Never a value the leader did not choose: Enter on a fresh rating
    records no rating, and last time's rating is shown beside the scale, not preselected."""
    return chosen if chosen in values else None


def minutes(count: int) -> int:
    return count * MINUTES_PER_COMPETENCE


class _Wizard(TextEntry):
    """The conversation: each step of the reflection in turn (the leader's typed text and the
    editor are netleder.wizard.typed_text's)."""

    def __init__(self, store, comps, phases, lang, prompter, console) -> None:
        self.store = store
        self.comps = comps
        self.phases = phases
        self.lang = lang
        self.ask = prompter
        self.out = console
        self.old_draft: Reflection | None = None
        self.created = False
        self.editing = False  # `netleder edit`: straight to the review
        self.lock: DraftLock | None = None
        self.offered: set[str] = set()  # competences offered a next step in this session
        self.previous_ratings: dict[str, tuple[int, Snapshot]] = {}  # value, and the scale it was on
        stamp = now_iso()
        self.r = Reflection(id="", created_at=stamp, updated_at=stamp, lang=lang,
                            snapshot=Snapshot.from_content(comps))

    def t(self, key: str, **params) -> str:
        return t(key, self.lang, **params)

    # --- the whole -------------------------------------------------------------------

    def run(self, scope, resume: bool, fresh: bool, resume_id: str | None = None) -> Reflection | None:
        from netleder.wizard.prompts import Cancelled

        try:
            return self._run(scope, resume, fresh, resume_id)
        except (Cancelled, KeyboardInterrupt):
            if self.created:
                raise Interrupted("wizard.interrupted", path=self.store.path, id=self.r.id) from None
            if self.old_draft is not None:
                raise Interrupted("wizard.interrupted_old_draft", path=self.store.path) from None
            raise Interrupted("wizard.interrupted_before") from None

    def edit(self, rid: str) -> Reflection | None:
        from netleder.wizard.prompts import Cancelled

        self._take(rid)
        self.r = self.store.get(rid)
        self.created = self.editing = True
        self.out.print(Text(self.t("wizard.edit.opening", id=rid), style="italic"))
        self._recover_editor_files()
        self._load_previous_ratings()
        try:
            return self._review()
        except (Cancelled, KeyboardInterrupt):
            raise Interrupted("wizard.interrupted_edit", path=self.store.path, id=rid) from None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _run(self, scope, resume: bool, fresh: bool, resume_id: str | None) -> Reflection | None:
        if scope is not None:
            self.r.snapshot = Snapshot.from_content(self.comps, scope)
        self._opening(scope)
        resumed = self._resume_or_not(scope, resume, fresh, resume_id)
        self._estimate(resumed)
        if resumed:
            self._recover_editor_files()
        if not (resumed and self._reached_competences()):
            self._context()
            self._load_previous_ratings()
            self._follow_ups(self.store.latest_complete_of(self.r.network, exclude=self.r.id or None))
            if scope is None or resumed:
                self._scope()
        else:
            self._load_previous_ratings()
        ids = self.r.snapshot.ids
        for index in range(self._start_index() if resumed else 0, len(ids)):
            self._competence(index)
        self._next_steps()
        return self._review()

    def _load_previous_ratings(self) -> None:
        """The most recent rating of each competence in this network's complete reflections (with
        no name, in those without one), shown beside the scale as information. Ratings only: no
        answer texts are read."""
        asked = [c.id for c in self.comps.competences] + list(self.r.snapshot.ids)
        # read back from the newest only until every competence that can be asked has one
        self.previous_ratings = self.store.latest_ratings_of(self.r.network, asked, exclude=self.r.id or None,
                                                             with_snapshot=True)

    # --- 1. opening and resuming -----------------------------------------------------

    def _opening(self, scope) -> None:
        self.out.print(Text(self.t("wizard.title"), style="bold"))
        self.out.print(Text(self.t("wizard.intro" if scope is None else "wizard.intro_chosen")))
        hints = Text()
        for key in ("wizard.privacy", "wizard.skip_hint", "wizard.editor_hint", "wizard.pause_hint"):
            hints.append("• " + self.t(key) + "\n")
        hints.append("• " + self.t(authored_key(self.comps.builtin), mark=AUTHORED_MARK) + "\n")
        hints.rstrip()
        self.out.print(Padding(hints, (1, 0, 1, 0)))

    def _estimate(self, resumed: bool) -> None:
        """How long it takes, for the competences still ahead."""
        ids = self.r.snapshot.ids
        if resumed:
            left = len(ids) - self._start_index()
            if left <= 0:
                return
            line = self.t("wizard.estimate_left", count=left, minutes=minutes(left))
        else:
            line = self.t("wizard.estimate", count=len(ids), minutes=minutes(len(ids)))
        self.out.print(Text(line))

    def _resume_or_not(self, scope, resume: bool, fresh: bool, resume_id: str | None) -> bool:
        from netleder.store.locks import held_by_other

        if resume_id is not None:
            draft = self.store.get(resume_id)
            self._take(draft.id)  # raises, saying where it is open, if another wizard has it
            return self._adopt(draft, scope)
        drafts = self.store.drafts()
        free = []
        for draft in drafts:
            holder = held_by_other(self.store.folder, draft.id)
            if holder is None:
                free.append(draft)
            elif not fresh:
                self.out.print(Text(self.t("wizard.busy.found", date=human_date(draft.created_at, self.lang),
                                           network=self._network_part(draft),
                                           where=where_open(holder, self.lang)), style="italic"))
        if fresh:
            if free:
                self.out.print(Text(self.t("wizard.resume.kept"), style="italic"))
            return False
        if not free:
            if resume:
                self.out.print(Text(self.t("wizard.resume.none"), style="italic"))
            elif drafts:
                self.out.print(Text(self.t("wizard.resume.new_beside_busy"), style="italic"))
            return False
        self.old_draft = free[0]  # until it is adopted: Ctrl-C at the offer still mentions it
        if resume:
            chosen = free[0]
        elif len(free) == 1:
            draft = free[0]
            self.out.print(Text(self._describe_draft(draft, "wizard.resume.found")))
            chosen = draft if self.ask.confirm(self.t("wizard.resume.ask"), default=True) else None
        else:
            self.out.print(Text(self.t("wizard.resume.several", count=len(free))))
            choices = [(d.id, self._describe_draft(d, "wizard.resume.item")) for d in free]
            choices.append((None, self.t("wizard.resume.new")))
            pick = self.ask.select(self.t("wizard.resume.which"), choices, default=free[0].id)
            chosen = next((d for d in free if d.id == pick), None)
        if chosen is None:
            self.out.print(Text(self.t("wizard.resume.kept"), style="italic"))
            return False
        from netleder.store.locks import DraftBusy

        try:
            self._take(chosen.id)
        except StoreError as e:  # taken by another wizard in the moments since the list was made
            if e.key != "wizard.busy.error":  # the folder is no longer the user's own: said as such
                raise
            self.out.print(Text(self.t("wizard.resume.new_beside_busy"), style="italic"))
            return False
        except DraftBusy:  # pragma: no cover - _take turns it into StoreError
            return False
        return self._adopt(self.store.get(chosen.id), scope)

    def _adopt(self, draft: Reflection, scope) -> bool:
        self.r = draft
        self.created = True
        self.out.print(Text(self.t("wizard.resume.continuing"), style="italic"))
        if scope is not None and list(scope) != draft.scope:
            self.out.print(Text(self.t("wizard.resume.scope_ignored"), style="italic"))
        return True

    def _describe_draft(self, draft: Reflection, key: str) -> str:
        rated = sum(1 for cid in draft.scope if draft.ratings.get(cid) is not None)
        return self.t(key, date=human_date(draft.created_at, self.lang), network=self._network_part(draft), rated=rated,
                      total=len(draft.scope))

    @staticmethod
    def _network_part(draft: Reflection) -> str:
        return f" ({user_text(draft.network)})" if draft.network else ""

    def _take(self, rid: str) -> None:
        """Hold draft `rid` for this wizard, or raise StoreError saying where it is open."""
        from netleder.store.locks import DraftBusy, DraftLock

        if self.lock is not None:
            return
        try:
            self.lock = DraftLock.acquire(self.store.folder, rid, now_iso())
        except DraftBusy as busy:
            raise StoreError("wizard.busy.error", id=rid, where=where_open(busy.holder, self.lang)) from None
        except OSError:
            self.lock = None  # no lock can be made here (a read-only folder): the store says so on writing

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

    # --- 2. the network --------------------------------------------------------------

    def _context(self) -> None:
        self._heading(self.t("wizard.context.heading"))
        self._ask_network()
        last = self._last_of_network()
        self._ask_type(last)
        self._ask_phase(last)

    def _last_of_network(self) -> Reflection | None:
        """The newest complete reflection of the named network, whose type and phase are offered
        as the choice (the cursor starts there; nothing is recorded until the leader chooses).
        None when no network is named: reflections without one need not be one network."""
        if not self.r.network:
            return None
        return self.store.latest_complete_of(self.r.network, exclude=self.r.id or None)

    def _as_last(self, label: str, chosen_last: bool) -> str:
        return f"{label} ({self.t('wizard.context.as_last')})" if chosen_last else label

    def _ask_network(self) -> None:
        known = self.store.network_names()
        if known:
            names = ", ".join(user_text(n) for n in known[:8])
            self.out.print(Text(self.t("wizard.context.known", names=names), style="dim"))
        typed = self.ask.text(self.t("wizard.context.network"), default=self.r.network or "",
                              completions=[n for n in known if "\n" not in n])
        network = typed.strip() or None
        if network is not None:
            same = [n for n in known if network_key(n) == network_key(network)]
            network = same[0] if same else network
        self._set_context(network=network)

    def _ask_type(self, last: Reflection | None = None) -> None:
        types: list[tuple[str | None, str]] = [(None, self.t("wizard.skip"))]
        about = {"innovation": self.t("network_about.innovation"), "learning": self.t("network_about.learning"),
                 "welfare": self.t("network_about.welfare")}
        before = last.network_type if last is not None and last.network_type in NETWORK_TYPES else None
        types += [(kind, self._as_last(self.t(f"network_type.{kind}") + (f" – {about[kind]}" if kind in about else ""),
                                       kind == before))
                  for kind in NETWORK_TYPES]
        default = self.r.network_type if self.r.network_type is not None else before
        kind = self.ask.select(self.t("wizard.context.type"), types, default=default)
        self._set_context(network_type=kind)

    def _ask_phase(self, last: Reflection | None = None) -> None:
        # The numbered phases only: the introduction and the closing chapter are not phases a
        # network is in.
        numbered = [p for p in self.phases.phases if p.number]
        # The phase's number picks it, as on the rating scale ("s" the skip at the top); the
        # list then shows the number as the key ("4) Title"), not twice ("4) 4. Title").
        keys = ["s", *(str(p.number) for p in numbered)] if all(0 < p.number <= 9 for p in numbered) else None
        before = last.phase if last is not None else None
        phases: list[tuple[str | None, str]] = [(None, self.t("wizard.skip"))]
        phases += [(p.id, self._as_last((f"{p.title(self.lang)}" if keys else f"{p.number}. {p.title(self.lang)}")
                                        + mark(p.source), p.id == before))
                   for p in numbered]
        known = {p for p, _ in phases}
        current = self.r.phase if self.r.phase in known else None
        default = current if current is not None else before if before in known else None
        phase = self.ask.select(self.t("wizard.context.phase"), phases, keys=keys, default=default)
        self._set_context(phase=phase)

    def _set_context(self, **given) -> None:
        """Keep a piece of the network's context, in the store at once."""
        changed = replace(self.r, **given)
        new = (changed.network, changed.network_type, changed.phase)
        if new == (self.r.network, self.r.network_type, self.r.phase):
            return
        self.r.network, self.r.network_type, self.r.phase = new
        if self.created:
            self._write(self.r.network, lambda: self.store.set_context(self.r.id, *new))
        elif any(new):
            self._write(self.r.network, lambda: self._draft_id())

    # --- 3. follow-up on this network's previous next steps --------------------------

    def _follow_ups(self, previous: Reflection | None) -> None:
        if previous is None:
            return
        steps = [(cid, text) for cid, text in previous.next_steps.items() if text]
        written = len(steps)  # last time's steps, one a competence (the intro counts them all)
        answered = {f.competence_id for f in self.r.follow_ups if f.from_id == previous.id}
        steps = [(cid, text) for cid, text in steps if cid not in answered]
        if not steps:
            return
        self._heading(self.t("wizard.followup.heading"))
        self.out.print(Text(self.t("wizard.followup.intro", date=human_date(previous.created_at, self.lang),
                                   count=written)))
        choices: list[tuple[str | None, str]] = [(None, self.t("wizard.skip"))]
        choices += [(status, self.t(f"follow_up.{status}")) for status in FOLLOW_UP_STATUSES]
        authored = Provenance(previous, self.comps).titles  # the mark as on every other surface
        for cid, step in steps:
            shown = Text("\n" + competence_title(previous.snapshot, cid, self.lang) + mark_suffix(cid in authored),
                         style="dim")
            shown.append("\n")
            shown.append(user_text(step), style="bold")
            self.out.print(shown)
            status = self.ask.select(self.t("wizard.followup.ask"), choices, default=None)
            if status is None:
                continue
            follow_up = FollowUp(cid, step, status, "", from_id=previous.id)
            self._write(None, lambda follow_up=follow_up: self.store.save_follow_up(self._draft_id(), follow_up))  # at once
            self.r.follow_ups.append(follow_up)
            self._text(self.t("wizard.followup.note"), "", f"note.{cid}",
                       lambda note, cid=cid: self._save_note(cid, note), about=step)

    def _save_note(self, cid: str, note: str) -> None:
        for i, f in enumerate(self.r.follow_ups):
            if f.competence_id == cid:
                self.r.follow_ups[i] = f = f._replace(note=note)
                self.store.save_follow_up(self._draft_id(), f)
                return

    # --- 4. scope --------------------------------------------------------------------

    def _scope(self) -> bool:
        """Ask which competences; True if the scope changed."""
        everything = [c.id for c in self.comps.competences]
        if len(everything) < 2:
            return False
        current = self.r.snapshot.ids
        options = [("all", self.t("wizard.scope.all", count=len(everything)))]
        in_play = self._in_play_ids()
        if in_play:  # once the phase is named: the competences most in play in it
            phase = self.phases.find(self.r.phase)
            authored = any(item.source == "authored" for item in phase.in_play) and not in_play_said_once(self.phases)
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
            return False
        self.r.snapshot = snapshot
        if self.created:
            self._write(None, lambda: self.store.set_scope(self.r.id, snapshot))
        left = sum(1 for cid in snapshot.ids if not self._touched(cid))
        if left and not self.editing:
            self.out.print(Text(self.t("wizard.estimate", count=left, minutes=minutes(left)), style="dim"))
        return True

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

            def save(answer: str, qi: int = qi) -> None:
                self.store.save_answer(self._draft_id(), comp.id, qi, answer)
                given.extend([""] * (qi + 1 - len(given)))
                given[qi] = answer

            self._text(self.t("wizard.answer"), current, f"answer.{comp.id}.{qi}", save, about=question(self.lang))
        self._rating(comp.id)

    def _rating(self, cid: str) -> None:
        snapshot = self.r.snapshot
        values = snapshot.scale_values
        default = default_rating(values, self.r.ratings.get(cid))
        if cid in self.previous_ratings:
            # named by the scale it was answered on; an earlier scale is said to be one
            before, then = self.previous_ratings[cid]
            if then.same_scale(snapshot):
                line = self.t("wizard.rating.last", label=then.label(before, self.lang))
            else:
                line = self.t("wizard.rating.last_other_scale", label=then.label(before, self.lang),
                              scale=then.scale_words(self.lang))
            self.out.print(Text(line, style="dim"))
        choices: list[tuple[int | None, str]] = [(value, label(self.lang)) for value, label in snapshot.scale]
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
        choices: list[tuple[str | None, str]] = [(None, self.t("wizard.skip"))]
        choices += [(c.id, f"{c.number}. {c.title(self.lang)}{self._mark(c.id)}") for c in self.r.snapshot.competences]
        pick = self.ask.select(self.t("wizard.next.pick"), choices, default=chosen[0] if chosen else None)
        if pick is not None:
            self._next_step(pick)

    def _next_step(self, cid: str) -> None:
        self.offered.add(cid)
        name = competence_title(self.r.snapshot, cid, self.lang)
        title = Text("\n" + name + self._mark(cid), style="bold")
        title.append("\n")
        title.append_text(rating_bar(self.r.ratings.get(cid), self.r.snapshot, self.lang))
        self.out.print(title)

        def save(text: str) -> None:
            self.store.save_next_step(self._draft_id(), cid, text or None)
            if text:
                self.r.next_steps[cid] = text
            else:
                self.r.next_steps.pop(cid, None)

        self._text(self.t("wizard.next.ask"), self.r.next_steps.get(cid, ""), f"next.{cid}", save,
                   about=f"{self.t('wizard.next.ask')} – {name}")

    # --- 7. review -------------------------------------------------------------------

    def _review(self) -> Reflection | None:
        actions = [
            ("save", self.t("wizard.review.done" if self.editing else "wizard.review.save")),
            ("reopen", self.t("wizard.review.reopen")),
            ("steps", self.t("wizard.review.steps")),
            ("context", self.t("wizard.review.context")),
            ("scope", self.t("wizard.review.scope")),
        ]
        if not self.editing:
            actions.append(("discard", self.t("wizard.review.discard")))
        while True:
            self._heading(self.t("wizard.review.heading"))
            self.out.print(self._context_line())
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
            if action == "context":
                self._context()
                continue
            if action == "scope":
                if self._scope():
                    for index, cid in enumerate(self.r.snapshot.ids):
                        if not self._touched(cid):
                            self._competence(index)
                    self._next_steps(only_new=True)
                continue
            which = self._pick_competence(
                "wizard.review.which" if action == "reopen" else "wizard.review.which_step", action == "steps")
            if which is None:
                continue
            if action == "steps":
                self._next_step(which)
            else:
                self._competence(self.r.snapshot.ids.index(which))
                self._next_steps(only_new=True)
        rid = self._draft_id()
        self._write(None, lambda: self.store.complete(rid))
        return self.store.get(rid)

    def _pick_competence(self, key: str, with_steps: bool) -> str | None:
        ids = self.r.snapshot.ids
        choices: list[tuple[str | None, str]] = []
        for c in self.r.snapshot.competences:
            title = f"{c.number}. {c.title(self.lang)}{self._mark(c.id)}"
            step = self.r.next_steps.get(c.id)
            if with_steps and step:
                title += " – " + short(step.replace("\n", " "), 40)
            choices.append((c.id, title))
        choices.append((None, self.t("wizard.review.back")))
        return self.ask.select(self.t(key), choices, default=ids[0] if ids else None)

    def _context_line(self) -> Text:
        parts = [user_text(self.r.network) if self.r.network else self.t("wizard.review.no_network")]
        if self.r.network_type:
            parts.append(self.t(f"network_type.{self.r.network_type}"))
        phase = next((p for p in self.phases.phases if p.id == self.r.phase), None)
        if phase is not None:
            parts.append(f"{phase.number}. {phase.title(self.lang)}" if phase.number else phase.title(self.lang))
        return Text(" · ".join(parts) + "\n", style="dim")

    def _mark(self, cid: str) -> str:
        """" *" after a competence title of this draft that the project wrote."""
        return mark_suffix(cid in Provenance(self.r, self.comps).titles)

    def _heading(self, title: str) -> None:
        self.out.print()
        self.out.print(Rule(Text(title), style="dim"))
