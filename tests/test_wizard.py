"""The wizard driven by real keystrokes: prompt_toolkit's pipe input feeds the real questionary
prompts (no mock of questionary), against a real Store in a temporary NETLEDER_HOME.

Each test waits for a named prompt (its catalogue text, `wizard.*` in netleder.i18n) and then
answers it (tests/wizard_driver.py), so a new or reworded prompt breaks only the tests that
are about it. A prompt that does not come fails the test after a timeout, saying which.
"""

from __future__ import annotations

import sys
import textwrap

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from builders import builtin_competences, builtin_ids, builtin_phases
from netleder.errors import EXIT_INTERRUPTED, Interrupted, StoreError
from netleder.i18n import t
from netleder.output import plain_text
from netleder.reflection import FollowUp, Snapshot
from netleder.store.database import Store
from netleder.wizard.conversation import default_rating
from netleder.wizard.prompts import Cancelled, Prompter
from summaries import summary_view
from wizard_driver import CTRL_C, CTRL_D, DOWN, ENTER, SPACE, UP, Screen, WizardRun, vt100_output

IDS = builtin_ids()
N = len(IDS)


def paste(text: str) -> str:
    """What a terminal sends when text is pasted (bracketed paste)."""
    return "\x1b[200~" + text + "\x1b[201~"


def stored():
    with Store.open() as store:
        return store.reflections()


# --- the seam ----------------------------------------------------------------------------


def test_prompter_runs_real_questionary_and_turns_interrupts_into_cancelled():
    with create_pipe_input() as pipe:
        ask = Prompter(input=pipe, output=DummyOutput(), lang="da")
        # A text prompt keeps everything that arrives with an Enter (a paste), so it is answered
        # on its own; the menus below are answered by keys sent ahead.
        pipe.send_text("æøå 🙂" + ENTER)
        assert ask.text("Navn") == "æøå 🙂"
        pipe.send_text(DOWN + ENTER + "3" + ENTER + SPACE + DOWN + DOWN + SPACE + ENTER)
        assert ask.confirm("Sikker?", default=True) is False
        assert ask.select("Tal", [(1, "en"), (2, "to"), (3, "tre"), (None, "ingen")], keys=["1", "2", "3", "s"]) == 3
        assert ask.checkbox("Vælg", [("a", "A"), ("b", "B"), ("c", "C")]) == ["a", "c"]
        pipe.send_text(CTRL_C)
        pipe.close()
        with pytest.raises(Cancelled) as interrupt:
            ask.text("Mere")
        assert interrupt.value.eof is False
        with pytest.raises(Cancelled) as end:
            ask.text("Endnu mere")
        assert end.value.eof is True


def test_prompter_select_default_may_be_none_and_enter_takes_it():
    with create_pipe_input() as pipe:
        pipe.send_text(ENTER + CTRL_D)
        pipe.close()
        ask = Prompter(input=pipe, output=DummyOutput(), lang="en")
        assert ask.select("Type", [("a", "A"), (None, "Skip")], default=None) is None
        with pytest.raises(Cancelled) as end:
            ask.text("x")  # Ctrl-D on an empty line ends input like Ctrl-C
        assert end.value.eof is True


def test_the_cursor_starts_on_this_drafts_rating_else_on_skip():
    assert default_rating([1, 2, 3, 4, 5], None) is None  # nothing preselected: Enter skips
    assert default_rating([1, 2, 3, 4], 2) == 2  # reopening: the value chosen in this draft
    assert default_rating([1, 2, 3, 4, 5], 9) is None  # off the scale (content changed): ignored


# --- whole reflections -------------------------------------------------------------------


def context(w: WizardRun, network: str = "", kind: str = ENTER, phase: str = ENTER) -> None:
    """The three context prompts: the network's name, its kind, its phase (keys for the selects)."""
    w.text("wizard.context.network", network)
    w.expect("wizard.context.type").answer(kind)
    w.expect("wizard.context.phase").answer(phase)


def competence(w: WizardRun, cid: str, answers=(), rating: str = ENTER) -> None:
    """One competence: its questions (empty answers unless given), then the rating keys."""
    questions = builtin_competences().find(cid).questions
    for i in range(len(questions)):
        w.text("wizard.answer", answers[i] if i < len(answers) else "")
    w.expect("scale.question").answer(rating)


def competences(w: WizardRun, ids, rating: str = ENTER) -> None:
    for cid in ids:
        competence(w, cid, rating=rating)


def all_by_enter(w: WizardRun) -> None:
    """Context, scope, every competence and the next-step offer by Enter; then save."""
    context(w)
    w.enter("wizard.scope.ask")
    competences(w, IDS)
    w.enter("wizard.next.pick")  # all ratings even: the offer to pick one anyway
    w.enter("wizard.review.ask")


def test_enter_at_every_prompt_gives_a_saved_reflection(home):
    with WizardRun() as w:
        all_by_enter(w)
    reflection, screen = w.finish()
    assert not isinstance(reflection, Exception), reflection
    assert reflection.complete
    assert reflection.ratings == {}  # Enter on a rating records none: nothing the leader did not choose
    assert all(not any(answers) for answers in reflection.answers.values())
    assert reflection.next_steps == {} and reflection.network is None and reflection.phase is None
    [saved] = stored()
    assert saved.id == reflection.id and saved.complete
    # the opening says what it is, how long, privacy, skipping, the editor and Ctrl-C
    for words in ("50 minutter", "denne computer", "springe ethvert spørgsmål over", ":e", "Ctrl-C"):
        assert words in screen
    assert f"Kompetence 3 af {N}" in screen
    assert t("wizard.next.no_growth", "da") in screen  # no growth area: the next-step offer says why
    assert "Ikke vurderet" in screen or "ikke vurderet" in screen


def test_the_end_of_input_at_the_last_prompt_is_an_interruption_not_a_hang(home):
    with WizardRun() as w:
        context(w)
        w.enter("wizard.scope.ask")
        competences(w, IDS)
        w.enter("wizard.next.pick")
        w.expect("wizard.review.ask").end_input()  # no answer comes
    result, _ = w.finish()
    assert isinstance(result, Interrupted)
    assert stored()[0].complete is False


def test_a_typed_reflection_is_stored_exactly_and_summarised(home):
    ratings = [5, 4, 3, 2, 1, 5, 4, 3, 2, 1]
    answers = {}
    with WizardRun() as w:
        context(w, "Urban farming i Albertslund",
                kind=DOWN * 3 + ENTER,  # past "skip", innovation, learning: welfare
                phase=DOWN * 3 + ENTER)  # past "skip", 1, 2: phase 3 (the numbered phases only)
        w.enter("wizard.scope.ask")
        for cid, value in zip(IDS, ratings):
            given = [f"Svar på {cid}: æøå ÆØÅ", "" if value == 3 else f"Andet svar – {value} 🙂"]
            answers[cid] = given
            competence(w, cid, given, str(value) + ENTER)
        # growth areas: the lower part of the scale (1s and 2s), lowest first, ties in competence order
        growth = [IDS[4], IDS[9], IDS[3], IDS[8]]
        for step in ("Ringe til borgerforeningen", "", "Spørge min medarbejder [bold]hvorfor[/bold]", ""):
            w.text("wizard.next.ask", step)
        w.enter("wizard.review.ask")  # save
    reflection, _screen = w.finish()
    assert not isinstance(reflection, Exception), reflection
    assert reflection.network == "Urban farming i Albertslund"
    assert reflection.network_type == "welfare" and reflection.phase == "fokusering"
    assert reflection.ratings == dict(zip(IDS, ratings))
    assert reflection.answers == answers
    assert reflection.next_steps == {growth[0]: "Ringe til borgerforeningen",
                                     growth[2]: "Spørge min medarbejder [bold]hvorfor[/bold]"}
    assert reflection.summary().growth == tuple(growth)
    text = plain_text(summary_view(reflection, builtin_phases(), "da"), 60)
    assert "Velfærdsnetværk" in text and "3. Fokusering" in text
    assert "Spørge min medarbejder [bold]hvorfor[/bold]" in text


def test_ctrl_c_half_way_keeps_every_answer_given_and_resume_finishes(home):
    with WizardRun() as w:
        context(w)
        w.enter("wizard.scope.ask")
        for i in range(3):
            competence(w, IDS[i], [f"svar {i}a", f"svar {i}b"], "4" + ENTER)
        w.text("wizard.answer", "svar 3a")
        # if Ctrl-C were ignored, the keys after it would be saved
        w.expect("wizard.answer").answer("halvt skrevet" + CTRL_C + "ignoreret" + ENTER + ENTER * 5)
    result, _ = w.finish()
    assert isinstance(result, Interrupted) and result.exit_code == EXIT_INTERRUPTED == 130
    with Store.open() as store:
        assert str(store.path) in result.format("da")[0]
        draft = store.latest_draft()
    assert "netleder reflect --resume" in result.format("da")[0]
    assert "halvt" not in result.format("da")[0]  # the interrupt carries nothing the user typed
    assert [draft.answers[IDS[i]] for i in range(4)] == [
        ["svar 0a", "svar 0b"], ["svar 1a", "svar 1b"], ["svar 2a", "svar 2b"], ["svar 3a", ""]
    ]
    assert draft.ratings == {IDS[0]: 4, IDS[1]: 4, IDS[2]: 4}

    # Next run: the resume offer (Enter = yes) and then straight back into competence 4,
    # its first answer prefilled (Enter keeps it).
    with WizardRun() as w:
        w.enter("wizard.resume.ask")
        w.enter("wizard.answer")
        w.text("wizard.answer", "svar 3b")
        w.expect("scale.question").answer("2" + ENTER)
        competences(w, IDS[4:])
        # growth: only competence 4 (a 2, the lower part of the scale; the 3s and 4s are not); save
        for step in ("mit skridt",):
            w.text("wizard.next.ask", step)
        w.enter("wizard.review.ask")
    reflection, screen = w.finish()
    assert not isinstance(reflection, Exception), reflection
    assert "påbegyndt refleksion" in screen and f"Kompetence 4 af {N}" in screen
    assert f"Kompetence 3 af {N}" not in screen
    assert reflection.id == draft.id and reflection.complete
    assert reflection.answers[IDS[3]] == ["svar 3a", "svar 3b"]
    assert reflection.answers[IDS[0]] == ["svar 0a", "svar 0b"]
    assert reflection.ratings[IDS[3]] == 2 and reflection.next_steps == {IDS[3]: "mit skridt"}
    assert len(stored()) == 1


def test_interrupt_before_anything_is_given_leaves_nothing(home):
    with WizardRun() as w:
        w.expect("wizard.context.network").answer(CTRL_C)
    result, _ = w.finish()
    assert isinstance(result, Interrupted) and "Intet er ændret" in result.format("da")[0]
    assert stored() == []
    with WizardRun() as w:
        context(w)
        w.enter("wizard.scope.ask")
        w.text("wizard.answer", "a")
        w.expect("wizard.answer").answer(CTRL_C)
    assert isinstance(w.finish()[0], Interrupted)
    with WizardRun() as w:  # at the resume offer: the draft is still there, and it says so
        w.expect("wizard.resume.ask").answer(CTRL_C)
    result, _ = w.finish()
    assert "påbegyndte refleksion ligger stadig" in result.format("da")[0] and "--resume" in result.format("da")[0]
    assert len(stored()) == 1


def test_resume_flag_skips_the_offer_and_fresh_keeps_the_old_draft(home):
    with WizardRun() as w:
        context(w)
        w.enter("wizard.scope.ask")
        w.text("wizard.answer", "første")
        w.expect("wizard.answer").answer(CTRL_C)
    assert isinstance(w.finish()[0], Interrupted)
    # --fresh: no offer, a new reflection from the start; the old draft stays a draft
    with WizardRun(fresh=True) as w:
        all_by_enter(w)
    fresh, _screen = w.finish()
    assert fresh.complete and fresh.answers[IDS[0]] == ["", ""]
    drafts = [r for r in stored() if not r.complete]
    assert [d.answers[IDS[0]] for d in drafts] == [["første", ""]]
    # --resume: no offer; continues the old draft at competence 1 with its answer prefilled
    with WizardRun(resume=True) as w:
        w.enter("wizard.answer")
        w.text("wizard.answer", "anden")
        w.enter("scale.question")
        competences(w, IDS[1:])
        w.enter("wizard.next.pick")
        w.enter("wizard.review.ask")
    resumed, _ = w.finish()
    assert resumed.id == drafts[0].id and resumed.answers[IDS[0]] == ["første", "anden"]
    assert all(r.complete for r in stored())


def test_reopen_a_competence_in_the_review(home):
    with WizardRun() as w:
        context(w)
        w.enter("wizard.scope.ask")
        competences(w, IDS)
        w.enter("wizard.next.pick")
        w.expect("wizard.review.ask").answer(DOWN + ENTER)  # change a competence
        w.expect("wizard.review.which").answer(DOWN + ENTER)  # competence 2
        competence(w, IDS[1], ["nyt svar", ""], "1" + ENTER)
        # competence 2 is now a growth area (the lower part of the scale): a step is offered for it
        w.text("wizard.next.ask", "skridt for 2")
        w.enter("wizard.review.ask")  # save
    reflection, screen = w.finish()
    assert not isinstance(reflection, Exception), reflection
    assert reflection.ratings[IDS[1]] == 1 and reflection.answers[IDS[1]] == ["nyt svar", ""]
    assert reflection.next_steps == {IDS[1]: "skridt for 2"}
    assert screen.count("─ Dine vurderinger ─") == 2  # the review again after the change


def test_reopen_does_not_offer_again_a_step_left_empty_moments_ago(home):
    with WizardRun(scope=IDS[:2]) as w:
        context(w)
        competence(w, IDS[0], rating="1" + ENTER)
        competence(w, IDS[1], rating="4" + ENTER)
        w.enter("wizard.next.ask")  # the growth area (competence 1): no step
        w.expect("wizard.review.ask").answer(DOWN + ENTER)
        w.expect("wizard.review.which").answer(DOWN + ENTER)  # reopen competence 2: now a 5
        competence(w, IDS[1], rating="5" + ENTER)
        w.enter("wizard.review.ask")  # straight back to the review: save
    reflection, _ = w.finish()
    assert not isinstance(reflection, Exception), reflection
    assert reflection.ratings == {IDS[0]: 1, IDS[1]: 5} and reflection.next_steps == {}


def test_discard_asks_first_and_no_is_the_default(home):
    with WizardRun() as w:
        context(w)
        w.enter("wizard.scope.ask")
        competence(w, IDS[0], ["noget privat", ""])
        competences(w, IDS[1:])
        w.enter("wizard.next.pick")  # all even: skip the next-step offer
        w.expect("wizard.review.ask").answer(UP + ENTER)  # discard (the last action)
        w.enter("wizard.discard.confirm")  # Enter = "No": back to the review
        w.expect("wizard.review.ask").answer(UP + ENTER)  # discard
        w.expect("wizard.discard.confirm").answer(UP + ENTER)  # "Yes"
    reflection, screen = w.finish()
    assert reflection is None
    assert stored() == []
    assert "kasseret" in screen
    assert screen.count("─ Dine vurderinger ─") == 2


def test_follow_up_on_last_times_next_steps(home):
    with Store.open() as store:
        earlier = store.create_draft("da", Snapshot.from_content(builtin_competences()))
        for cid in IDS:
            store.save_rating(earlier.id, cid, 2 if cid in IDS[:2] else 4)
        store.save_next_step(earlier.id, IDS[0], "Invitere borgerne med")
        store.save_next_step(earlier.id, IDS[1], "Dele ledelsen ud")
        store.complete(earlier.id)
    with WizardRun() as w:
        context(w)  # the network first (none named: the steps of the reflections without one)
        w.expect("wizard.followup.ask").answer(DOWN + ENTER)  # done
        w.text("wizard.followup.note", "Det gik fint <script>")
        w.enter("wizard.followup.ask")  # the second: skip (the default)
        w.enter("wizard.scope.ask")
        for cid in IDS:  # the same answers as last time, typed (last time's rating is not preselected)
            competence(w, cid, rating=("2" if cid in IDS[:2] else "4") + ENTER)
        w.enter("wizard.next.ask").enter("wizard.next.ask")  # the growth areas (the 2s)
        w.enter("wizard.review.ask")
    reflection, screen = w.finish()
    assert not isinstance(reflection, Exception), reflection
    assert reflection.follow_ups == [
        FollowUp(IDS[0], "Invitere borgerne med", "done", "Det gik fint <script>", from_id=earlier.id)
    ]
    assert "Invitere borgerne med" in screen and "Dele ledelsen ud" in screen
    assert "skrev du næste skridt ned for 2 kompetencer" in " ".join(screen.split())
    # last time's rating is shown beside the scale, as information
    assert reflection.ratings == {cid: (2 if cid in IDS[:2] else 4) for cid in IDS}
    assert "Sidste gang svarede du: Af og til" in screen
    text = plain_text(summary_view(reflection, builtin_phases(), "da"), 60)
    assert "Det gik fint <script>" in text and "Gjort" in text


@pytest.mark.parametrize("lang, words", [("da", "skrev du et næste skridt ned for én kompetence."),
                                         ("en", "you wrote down a next step for one competence.")])
def test_the_follow_up_counts_last_times_steps(home, lang, words):
    saved_reflection(None, {IDS[0]: "Invitere borgerne med"})
    with WizardRun(lang=lang) as w:
        context(w)
        w.expect("wizard.followup.ask").answer(CTRL_C)
    _, screen = w.finish()
    assert words in " ".join(screen.split()) and "one or more" not in screen and "en eller flere" not in screen


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_follow_up_marks_an_authored_competence_title(home, lang):
    comp = builtin_competences().find("fremdrift")  # 8: its title is the project's
    saved_reflection(None, {"fremdrift": "Holde tempoet"})
    with WizardRun(lang=lang) as w:
        context(w)
        w.expect("wizard.followup.ask").answer(CTRL_C)
    _, screen = w.finish()
    assert f"{comp.number}. {comp.title(lang)} *\n" in screen


def test_scope_option_skips_the_question_and_checkbox_picks_a_subset(home):
    with WizardRun(scope=[IDS[2]]) as w:
        context(w)
        competence(w, IDS[2], rating="3" + ENTER)
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    one, screen = w.finish()
    assert one.scope == [IDS[2]] and one.ratings == {IDS[2]: 3}
    assert "Kompetence 1 af 1" in screen and "Hvilke kompetencer" not in screen
    assert t("wizard.scope.ask", "da") not in w.prompts
    assert " ".join(t("wizard.estimate", "da", count=1, minutes=5).split()) in " ".join(screen.split())
    with WizardRun() as w:
        context(w)
        w.expect("wizard.scope.ask").answer(DOWN + ENTER)
        w.expect("wizard.scope.pick").answer(SPACE + DOWN + DOWN + SPACE + ENTER)
        competences(w, [IDS[0], IDS[2]])
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    two, screen = w.finish()
    assert two.scope == [IDS[0], IDS[2]]
    assert "Kompetence 2 af 2" in screen
    flat = " ".join(screen.split())  # the time for all ten first, then for the two chosen
    assert flat.index(t("wizard.estimate", "da", count=10, minutes=50)) < flat.index(
        t("wizard.estimate", "da", count=2, minutes=10))


def test_once_the_phase_is_named_its_competences_in_play_are_a_scope(home):
    named = {item.competence for item in builtin_phases().find("3").in_play}
    in_play = [cid for cid in IDS if cid in named]  # in the competences' own order
    with WizardRun() as w:
        context(w, phase=DOWN * 3 + ENTER)  # phase 3 (the picker offers the numbered phases only)
        w.expect("wizard.scope.ask").answer(DOWN + ENTER)  # all, [phase 3's], some
        competences(w, in_play)
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    reflection, screen = w.finish()
    assert not isinstance(reflection, Exception), reflection
    assert reflection.phase == "fokusering" and reflection.scope == in_play
    assert "Dem, der er mest i spil i fase 3 (2, 4, 6) *" in w.prompts
    assert f"Kompetence 3 af {len(in_play)}" in screen
    # with no phase named there are no competences in play: the choice is all or some, as before
    with WizardRun(lang="en") as w:
        context(w)
        w.expect("wizard.scope.ask").answer(DOWN + ENTER)
        w.expect("wizard.scope.pick").answer(SPACE + ENTER)
        competences(w, [IDS[0]])
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    reflection, screen = w.finish()
    assert reflection.phase is None and reflection.scope == [IDS[0]]
    assert "most in play" not in w.prompts


def test_a_rating_may_be_skipped(home):
    with WizardRun(scope=IDS[:2]) as w:
        context(w)
        competence(w, IDS[0], rating="3" + ENTER)
        competence(w, IDS[1], rating="s" + ENTER)
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    reflection, _ = w.finish()
    assert reflection.ratings == {IDS[0]: 3}
    text = plain_text(summary_view(reflection, builtin_phases(), "da"), 60)
    assert "ikke vurderet" in text


def test_english(home):
    with WizardRun(lang="en", scope=[IDS[0]]) as w:
        context(w)  # the prompts are looked for in English: t(key, "en")
        competence(w, IDS[0])
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    reflection, screen = w.finish()
    assert reflection.lang == "en"
    assert "Competence 1 of 1" in screen and "Your answers stay on this machine" in screen
    assert "Kompetence" not in screen


def test_the_editor_trigger_takes_several_paragraphs(home, tmp_path, monkeypatch):
    script = tmp_path / "editor.py"
    script.write_text(textwrap.dedent("""
        import sys
        with open(sys.argv[1], "w", encoding="utf-8") as f:
            f.write("Første afsnit.\\n\\nAndet afsnit med æøå.\\n")
    """), encoding="utf-8")
    monkeypatch.setenv("EDITOR", f'"{sys.executable}" "{script}"')
    monkeypatch.delenv("VISUAL", raising=False)
    with WizardRun(scope=[IDS[0]]) as w:
        context(w)
        w.text("wizard.answer", ":e")
        w.enter("wizard.answer")
        w.enter("scale.question")
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    reflection, screen = w.finish()
    assert reflection.answers[IDS[0]] == ["Første afsnit.\n\nAndet afsnit med æøå.", ""]
    assert "editoren" in screen


def test_an_editor_that_fails_brings_the_question_back(home, monkeypatch):
    monkeypatch.setenv("EDITOR", "/nonexistent/editor")
    monkeypatch.delenv("VISUAL", raising=False)
    with WizardRun(scope=[IDS[0]]) as w:
        context(w)
        w.text("wizard.answer", ":e")
        competence(w, IDS[0], ["skrevet her", ""])  # the first question again, then the second
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    reflection, screen = w.finish()
    assert reflection.answers[IDS[0]] == ["skrevet her", ""]
    assert "Editoren kunne ikke åbnes" in screen


class FailingStore:
    """A real Store whose n-th save_answer fails as a full disk would."""

    def __init__(self, store: Store, fail_at: int) -> None:
        self._store, self._left = store, fail_at

    def save_answer(self, *args):
        self._left -= 1
        if self._left == 0:
            raise StoreError("Lageret er fuldt.")
        return self._store.save_answer(*args)

    def __getattr__(self, name):
        return getattr(self._store, name)


def test_a_store_failure_shows_the_answer_just_typed(home):
    with WizardRun(open_store=lambda: FailingStore(Store.open(), fail_at=2)) as w:
        context(w)
        w.enter("wizard.scope.ask")
        w.text("wizard.answer", "gemt svar")
        w.text("wizard.answer", "Mit lange svar om [red]tillid[/red]")
    result, screen = w.finish()
    with Store.open() as real:
        draft = real.latest_draft()
    assert isinstance(result, StoreError)
    assert "kunne ikke gemmes" in screen
    assert "Mit lange svar om [red]tillid[/red]" in screen
    assert draft.answers[IDS[0]] == ["gemt svar", ""]


def test_long_answers_and_pasted_text_survive(home):
    long = "ord æøå " * 12_500  # 100,000 characters, pasted (typing them takes minutes)
    pasted = "linje 1\r\nlinje 2\rlinje 3\ttab 🧭 [b]x[/b]"
    with WizardRun(scope=[IDS[0]], timeout=60) as w:
        context(w)
        w.text("wizard.answer", paste(long))
        w.text("wizard.answer", paste(pasted))
        w.enter("scale.question")
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    reflection, _ = w.finish()
    assert reflection.answers[IDS[0]] == [long, "linje 1\nlinje 2\nlinje 3\ttab 🧭 [b]x[/b]"]


def test_enter_on_a_rating_never_records_last_times_value(home):
    """Last time's rating is shown beside the scale as information, never preselected."""
    with Store.open() as store:
        earlier = store.create_draft("da", Snapshot.from_content(builtin_competences(), [IDS[0]]))
        store.save_rating(earlier.id, IDS[0], 5)
        store.complete(earlier.id)
    with WizardRun(scope=[IDS[0]]) as w:
        context(w)
        competence(w, IDS[0])  # Enter at the rating
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    reflection, screen = w.finish()
    assert not isinstance(reflection, Exception), reflection
    assert "Sidste gang svarede du: Også når det er svært" in screen
    assert reflection.ratings == {}


# --- the network first, every answer kept at once ------------------------------------------


def saved_reflection(network: str | None, steps: dict[str, str] | None = None, created: str = "2025-01-01",
                     ratings: dict[str, int] | None = None):
    """A complete reflection in the store (through the library, as `import` would)."""
    from builders import make

    r = make(None, created, ratings or {cid: 3 for cid in IDS}, network=network, next_steps=steps or {})
    with Store.open() as store:
        from dataclasses import replace

        r = replace(r, id=store.unused_id())
        store.save_whole(r)
    return r


@pytest.mark.parametrize("stop_at, kept", [
    ("wizard.context.type", {"network": "Urban farming", "network_type": None, "phase": None}),
    ("wizard.context.phase", {"network": "Urban farming", "network_type": "innovation", "phase": None}),
    ("wizard.scope.ask", {"network": "Urban farming", "network_type": "innovation", "phase": "opstart"}),
])
def test_the_network_name_type_and_phase_are_kept_the_moment_they_are_given(home, stop_at, kept):
    with WizardRun() as w:
        w.text("wizard.context.network", "Urban farming")
        if stop_at != "wizard.context.type":
            w.expect("wizard.context.type").answer(DOWN + ENTER)  # innovation
        if stop_at == "wizard.scope.ask":
            w.expect("wizard.context.phase").answer(DOWN + ENTER)  # phase 1
        w.expect(stop_at).answer(CTRL_C)
    result, _ = w.finish()
    assert isinstance(result, Interrupted) and "gemt som kladde" in result.format("da")[0]
    [draft] = stored()
    assert not draft.complete
    assert {"network": draft.network, "network_type": draft.network_type, "phase": draft.phase} == kept


def test_known_networks_are_offered_and_completed_and_a_variant_spelling_is_the_same_network(home):
    saved_reflection("Urban farming i Albertslund", created="2024-01-01")
    saved_reflection("Ældrenetværket", created="2024-02-01")
    with WizardRun(scope=[IDS[0]]) as w:
        w.expect("wizard.context.network").answer("æld")
        w.drawn("Ældrenetværket").answer("\t")  # the completion, as it is offered
        w.answer(ENTER)
        w.expect("wizard.context.type").answer(CTRL_C)
    _result, screen = w.finish()
    assert "Dine netværk: Ældrenetværket, Urban farming i Albertslund" in screen  # newest first
    assert [d.network for d in stored() if not d.complete] == ["Ældrenetværket"]
    with WizardRun(resume=True) as w:
        w.text("wizard.context.network", "\x15URBAN-farming i  albertslund")  # Ctrl-U clears the prefilled name
        w.expect("wizard.context.type").answer(CTRL_C)
    w.finish()
    assert [d.network for d in stored() if not d.complete] == ["Urban farming i Albertslund"]


def test_follow_up_asks_only_about_this_networks_previous_steps(home):
    saved_reflection("Netværk A", {IDS[0]: "Skridt i A"}, created="2024-01-01")
    saved_reflection("Netværk B", {IDS[1]: "Skridt i B"}, created="2024-06-01")  # newer, another network
    with WizardRun(scope=[IDS[0]]) as w:
        context(w, "netværk a")
        w.expect("wizard.followup.ask").answer(DOWN + DOWN + ENTER)  # partly
        w.expect("wizard.followup.note").answer(CTRL_C)  # the status is kept before the note is asked
    result, screen = w.finish()
    assert isinstance(result, Interrupted)
    assert "Skridt i A" in screen and "Skridt i B" not in screen
    draft = next(d for d in stored() if not d.complete)
    assert draft.network == "Netværk A"
    assert [(f.step, f.status, f.note) for f in draft.follow_ups] == [("Skridt i A", "partly", "")]


def test_the_phase_picker_offers_only_the_numbered_phases(home):
    phases = builtin_phases().phases
    with WizardRun() as w:
        w.text("wizard.context.network", "")
        w.enter("wizard.context.type")
        w.expect("wizard.context.phase").answer(CTRL_C)
    w.finish()
    drawn = w.prompts
    for p in phases:
        assert (f"{p.number}) {p.title('da')}" in drawn) if p.number else (p.title("da") not in drawn)
    assert f"s) {t('wizard.skip', 'da')}" in drawn and t("prompt.select_keys", "da") in drawn


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_phase_is_picked_by_its_number_key_as_a_rating_is(home, lang):
    fourth = next(p for p in builtin_phases().phases if p.number == 4)
    with WizardRun(lang=lang) as w:
        w.text("wizard.context.network", "")
        w.enter("wizard.context.type")
        w.expect("wizard.context.phase").answer("4" + ENTER)
        w.expect("wizard.scope.ask").answer(CTRL_C)
    w.finish()
    assert t("prompt.select_keys", lang) in w.prompts
    [draft] = stored()
    assert draft.phase == fourth.id


# --- one wizard per draft ------------------------------------------------------------------


def test_a_second_wizard_never_takes_a_draft_that_is_open_and_never_overwrites_it(home):
    first = WizardRun(scope=[IDS[0], IDS[1]])
    with first:
        context(first, "Første")
        first.text("wizard.answer", "a1")
        first.expect("wizard.answer")  # the first wizard holds the draft, waiting for an answer
        with WizardRun(scope=[IDS[0]]) as second:
            second.expect("wizard.context.network")  # no resume offer: it starts a new one
            assert "er åben i et andet netleder-vindue" in " ".join(second.screen.split())
            assert "Første" in second.screen
            second.answer(CTRL_C)
        second.finish()
        first.answer("a2" + ENTER)
        first.enter("scale.question")
        competence(first, IDS[1], ["b1", "b2"], "3" + ENTER)
        first.enter("wizard.next.pick").enter("wizard.review.ask")
    reflection, _ = first.finish()
    assert not isinstance(reflection, Exception), reflection
    assert reflection.answers[IDS[0]] == ["a1", "a2"] and reflection.answers[IDS[1]] == ["b1", "b2"]
    assert [r.id for r in stored()] == [reflection.id]  # the second wizard left nothing behind


def test_resume_by_id_of_a_draft_open_elsewhere_says_where_and_exits_1(home):
    from netleder.store.locks import DraftLock

    with Store.open() as store:
        draft = store.create_draft("da", Snapshot.from_content(builtin_competences(), [IDS[0]]), network="X")
    with DraftLock.acquire(home, draft.id, "2026-12-02T10:15:00+01:00"):
        with WizardRun(resume_id=draft.id) as w:
            pass
        result, _ = w.finish()
        assert isinstance(result, StoreError) and result.exit_code == 1
        message = result.format("da")[0]
        assert draft.id in message and "kl. 10:15" in message and f"proces {__import__('os').getpid()}" in message
    # released: the same draft can be resumed now, and the lock file is gone
    with WizardRun(resume_id=draft.id) as w:
        w.text("wizard.context.network", "X")
        w.expect("wizard.context.type").answer(CTRL_C)
    result, screen = w.finish()
    assert isinstance(result, Interrupted) and "fortsætter din påbegyndte" in screen
    assert not list(home.glob("*.lock"))


def test_a_crashed_wizard_does_not_leave_its_draft_locked(home, tmp_path):
    import subprocess

    with Store.open() as store:
        draft = store.create_draft("da", Snapshot.from_content(builtin_competences(), [IDS[0]]))
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from netleder.store.locks import DraftLock
        lock = DraftLock.acquire(Path({str(home)!r}), {draft.id!r}, "2026-12-02T10:00:00+00:00")
        print("held", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        from netleder.store.locks import held_by_other

        assert held_by_other(home, draft.id).pid == holder.pid
    finally:
        holder.kill()  # as a crash: no clean-up runs
        holder.wait()
    assert (home / f"draft-{draft.id}.lock").exists()  # the file stays behind, its lock does not
    assert held_by_other(home, draft.id) is None
    with WizardRun() as w:
        w.enter("wizard.resume.ask")
        w.text("wizard.context.network", "")
        w.expect("wizard.context.type").answer(CTRL_C)
    _result, screen = w.finish()
    assert "fortsætter din påbegyndte" in screen


# --- resuming any draft, several drafts --------------------------------------------------


def test_several_drafts_are_listed_and_any_can_be_resumed(home):
    with Store.open() as store:
        older = store.create_draft("da", Snapshot.from_content(builtin_competences(), [IDS[0], IDS[1]]),
                                   network="Ældre kladde")
        store.save_rating(older.id, IDS[0], 4)
        newer = store.create_draft("da", Snapshot.from_content(builtin_competences(), [IDS[2]]), network="Ny kladde")
    with WizardRun() as w:
        w.expect("wizard.resume.which").answer(DOWN + ENTER)  # the second in the list: the older one
        competence(w, IDS[1], ["b1", ""], "2" + ENTER)
        w.enter("wizard.next.ask")
        w.enter("wizard.review.ask")
    reflection, screen = w.finish()
    assert "Du har 2 påbegyndte refleksioner" in w.screen
    assert "Ny kladde" in w.prompts and "Ældre kladde" in w.prompts
    assert reflection.id == older.id and reflection.ratings == {IDS[0]: 4, IDS[1]: 2}
    # the time left is for what is left: one competence, not "all 10"
    assert t("wizard.estimate_left", "da", count=1, minutes=5) in screen and "alle 10" not in screen
    assert [d.id for d in stored() if not d.complete] == [newer.id]


def test_resume_by_id_continues_that_draft(home):
    with Store.open() as store:
        wanted = store.create_draft("da", Snapshot.from_content(builtin_competences(), [IDS[0]]), network="Den")
        store.create_draft("da", Snapshot.from_content(builtin_competences(), [IDS[1]]), network="Nyere")
    with WizardRun(resume_id=wanted.id) as w:
        w.text("wizard.context.network", "")  # nothing answered yet: the context again, prefilled
        w.enter("wizard.context.type").enter("wizard.context.phase")
        w.enter("wizard.scope.ask").enter("wizard.scope.pick")  # "some", the draft's one checked
        competence(w, IDS[0], ["svar"], "5" + ENTER)
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    reflection, _ = w.finish()
    assert reflection.id == wanted.id and reflection.network == "Den" and reflection.ratings == {IDS[0]: 5}


# --- the review, and `netleder edit` --------------------------------------------------------


def test_the_review_can_change_the_network_scope_and_a_next_step(home):
    with WizardRun(scope=[IDS[0]]) as w:
        context(w, "Gammelt navn")
        competence(w, IDS[0], ["a", ""], "1" + ENTER)
        w.text("wizard.next.ask", "Første skridt")
        w.expect("wizard.review.ask").answer(DOWN * 3 + ENTER)  # the network
        w.text("wizard.context.network", "\b" * 12 + "Nyt navn")
        w.expect("wizard.context.type").answer(DOWN * 2 + ENTER)  # learning
        w.expect("wizard.context.phase").answer(DOWN * 2 + ENTER)  # phase 2
        w.expect("wizard.review.ask").answer(DOWN * 4 + ENTER)  # other competences
        w.enter("wizard.scope.ask")  # some (the default: one was chosen)
        w.expect("wizard.scope.pick").answer(DOWN + SPACE + ENTER)  # add the second
        competence(w, IDS[1], ["b", ""], "5" + ENTER)  # the added competence is asked at once
        w.expect("wizard.review.ask").answer(DOWN * 2 + ENTER)  # a next step
        w.enter("wizard.review.which_step")  # the first competence
        w.text("wizard.next.ask", " og et til")  # the prefilled step, continued
        w.enter("wizard.review.ask")
    reflection, _screen = w.finish()
    assert not isinstance(reflection, Exception), reflection
    assert (reflection.network, reflection.network_type, reflection.phase) == ("Nyt navn", "learning", "design")
    assert reflection.scope == [IDS[0], IDS[1]] and reflection.ratings == {IDS[0]: 1, IDS[1]: 5}
    assert reflection.next_steps == {IDS[0]: "Første skridt og et til"}


def test_edit_reopens_a_saved_reflection_in_the_review(home):
    saved = saved_reflection("Netværket", {IDS[0]: "Gammelt skridt"}, ratings={IDS[0]: 2, IDS[1]: 4})
    with WizardRun(edit_id=saved.id) as w:
        w.expect("wizard.review.ask").answer(DOWN + ENTER)  # a competence
        w.expect("wizard.review.which").answer(DOWN + ENTER)  # the second
        w.text("wizard.answer", "nyt svar")
        w.text("wizard.answer", "")
        w.expect("scale.question").answer("3" + ENTER)
        w.enter("wizard.review.ask")  # done
    reflection, _screen = w.finish()
    assert not isinstance(reflection, Exception), reflection
    assert "Færdig" in w.prompts and "Kassér" not in w.prompts  # a saved reflection is deleted with `delete`
    assert reflection.id == saved.id and reflection.complete and reflection.completed_at == saved.completed_at
    assert reflection.ratings[IDS[1]] == 3 and reflection.answers[IDS[1]][0] == "nyt svar"
    assert reflection.next_steps[IDS[0]] == "Gammelt skridt"


# --- the editor ----------------------------------------------------------------------------


def editor_script(tmp_path, body: str) -> str:
    script = tmp_path / "editor.py"
    script.write_text(textwrap.dedent(body), encoding="utf-8")
    return f'"{sys.executable}" "{script}"'


def test_the_editor_file_is_in_the_store_folder_shows_the_question_and_is_removed(home, tmp_path, monkeypatch):
    seen = tmp_path / "seen.txt"
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, f"""
        import os, shutil, stat, sys
        shutil.copy(sys.argv[1], {str(seen)!r})
        with open({str(seen)!r} + ".where", "w") as f:
            f.write(sys.argv[1] + "\\n" + oct(stat.S_IMODE(os.stat(sys.argv[1]).st_mode)))
        text = open(sys.argv[1], encoding="utf-8").read()
        with open(sys.argv[1], "w", encoding="utf-8") as f:
            f.write(text.replace("Begyndt her", "Begyndt her og mere fra editoren"))
    """))
    monkeypatch.delenv("VISUAL", raising=False)
    question = builtin_competences().find(IDS[0]).questions[0].text("da")
    with WizardRun(scope=[IDS[0]]) as w:
        context(w)
        w.text("wizard.answer", "Begyndt her")
        w.text("wizard.answer", "")
        w.enter("scale.question")
        w.enter("wizard.next.pick")
        w.expect("wizard.review.ask").answer(DOWN + ENTER)
        w.enter("wizard.review.which")
        w.text("wizard.answer", ":e")  # after the prefilled text: the editor opens with it
        w.text("wizard.answer", "")
        w.enter("scale.question")
        w.enter("wizard.review.ask")
    reflection, _ = w.finish()
    assert not isinstance(reflection, Exception), reflection
    assert reflection.answers[IDS[0]][0] == "Begyndt her og mere fra editoren"
    where, mode = (tmp_path / "seen.txt.where").read_text().split("\n")
    assert where.startswith(str(home)) and mode == "0o600"
    content = seen.read_text(encoding="utf-8")
    assert content.startswith("# " + question) and content.endswith("Begyndt her\n")
    assert not list(home.glob("edit-*"))  # removed after


def test_typing_colon_e_after_a_space_opens_the_editor_with_the_text(home, tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, """
        import sys
        text = open(sys.argv[1], encoding="utf-8").read()
        open(sys.argv[1], "w", encoding="utf-8").write(text.replace("udkast", "færdigt svar"))
    """))
    monkeypatch.delenv("VISUAL", raising=False)
    with WizardRun(scope=[IDS[0]]) as w:
        context(w)
        w.text("wizard.answer", "mit udkast :e")
        w.text("wizard.answer", "")
        w.enter("scale.question")
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    reflection, _ = w.finish()
    assert reflection.answers[IDS[0]] == ["mit færdigt svar", ""]


def test_an_answer_left_in_the_editor_is_offered_back_on_resume_and_removed(home):
    from netleder.store.locks import editor_path, write_editor_file

    with Store.open() as store:
        draft = store.create_draft("da", Snapshot.from_content(builtin_competences(), [IDS[0]]))
        store.save_answer(draft.id, IDS[0], 0, "første")
    write_editor_file(editor_path(home, draft.id, f"answer.{IDS[0]}.1"),
                      "# Spørgsmålet\n# Linjerne her øverst gemmes ikke.\nTo afsnit\n\nfra editoren\n")
    with WizardRun(resume=True) as w:
        w.enter("wizard.editor.recover_ask")  # yes
        w.text("wizard.answer", "")  # the second question, prefilled from the editor file
        w.text("wizard.answer", "")
        w.expect("scale.question").answer(CTRL_C)
    result, screen = w.finish()
    assert isinstance(result, Interrupted)
    assert "Sidst blev terminalen lukket" in screen and "fra editoren" in screen
    [kept] = stored()
    assert kept.answers[IDS[0]] == ["første", "To afsnit\n\nfra editoren"]
    assert not list(home.glob("edit-*"))


def test_delete_removes_editor_files_too(home):
    from netleder.store.locks import editor_files, editor_path, write_editor_file

    with Store.open() as store:
        a = store.create_draft("da", Snapshot.from_content(builtin_competences(), [IDS[0]]))
        b = store.create_draft("da", Snapshot.from_content(builtin_competences(), [IDS[0]]))
        for d in (a, b):
            write_editor_file(editor_path(home, d.id, f"next.{IDS[0]}"), "privat tekst")
        store.delete([a.id])
        assert list(editor_files(home)) == [f"{b.id}.next.{IDS[0]}"]
        store.delete_all()
    assert editor_files(home) == {}


def test_the_default_editor_is_notepad_on_windows_and_never_debians_chooser(monkeypatch):
    from netleder.wizard import editor

    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.setattr(editor.sys, "platform", "win32")
    assert editor.choose_editor() == "notepad"
    monkeypatch.setattr(editor.sys, "platform", "linux")
    assert editor.choose_editor() in ("nano", "vi")
    monkeypatch.setenv("EDITOR", "emacs")
    assert editor.choose_editor() == "emacs"
    monkeypatch.setenv("VISUAL", "code -w")
    assert editor.choose_editor() == "code -w"


@pytest.mark.parametrize("typed, prefilled, start", [
    (":e", "", ""), ("  :e ", "", ""), ("udkast :e", "", "udkast"), ("svar fra før:e", "svar fra før", "svar fra før"),
    ("ord:e", "", None), ("noget", "", None), ("svar fra før og mere:e", "svar fra før", None),
])
def test_when_colon_e_asks_for_the_editor(typed, prefilled, start):
    from netleder.wizard.editor import editor_request

    assert editor_request(typed, prefilled) == start


# --- paste -----------------------------------------------------------------------------------


def test_several_pasted_lines_without_bracketed_paste_stay_in_the_answer(home):
    with WizardRun(scope=[IDS[0]]) as w:
        context(w)
        w.expect("wizard.answer").answer("linje et\rs\rlinje tre\r")  # one write, as a terminal pastes
        w.text("wizard.answer", "andet")  # the second question, not the rating
        w.expect("scale.question").answer("4" + ENTER)
        w.enter("wizard.next.pick")
        w.enter("wizard.review.ask")
    reflection, _ = w.finish()
    assert not isinstance(reflection, Exception), reflection
    assert reflection.answers[IDS[0]] == ["linje et\ns\nlinje tre", "andet"]
    assert reflection.ratings == {IDS[0]: 4}


# --- the commands around the wizard (no terminal needed to be told what is wrong) -----------


def test_reflect_resume_id_and_edit_say_what_is_wrong_before_asking_anything(cli, home):
    assert cli("edit").exit_code == 2  # no reflections yet
    saved = saved_reflection("Netværket")
    with Store.open() as store:
        draft = store.create_draft("da", Snapshot.from_content(builtin_competences(), [IDS[0]]))
    result = cli("reflect", "--resume", saved.id)
    assert result.exit_code == 2 and f"netleder edit {saved.id}" in result.stderr
    result = cli("reflect", draft.id)
    assert result.exit_code == 2 and f"netleder reflect --resume {draft.id}" in result.stderr
    result = cli("reflect", "--resume", "zzzzzz")
    assert result.exit_code == 2 and "zzzzzz" in result.stderr
    result = cli("edit", "zzzzzz")
    assert result.exit_code == 2 and "zzzzzz" in result.stderr
    result = cli("edit", saved.id[:3])  # known, but no terminal here
    assert result.exit_code == 2 and result.stderr.strip().endswith(t("edit.no_tty", "da"))
    assert cli("reflect", "--resume", draft.id).exit_code == 2  # the draft is fine: only the terminal is missing


# --- the store methods the wizard needs ------------------------------------------------------


@pytest.mark.parametrize("a, b", [
    ("Urban farming", "urban FARMING"), ("Urban farming", "Urban-farming"), ("Urban farming", "urban – farming"),
    ("Ældre netværket", "ældre—netværket"), ("Urban  farming ", " Urban farming"),
    # a Danish compound written apart (særskrivning) is the same network (the tester's case)
    ("Sundhedsnetværket", "sundheds netværket"), ("Urban farming", "Urbanfarming"),
])
def test_names_of_the_same_network(a, b):
    from netleder.store.networks import network_key

    assert network_key(a) == network_key(b)


def test_different_networks_stay_different():
    from netleder.store.networks import network_key

    assert network_key("Ældre") != network_key("Aeldre")
    assert network_key("Sundhed Vest") != network_key("Sundhed Øst")


def test_network_names_matching_and_the_latest_of_a_network(home):
    old_a = saved_reflection("Netværk A", created="2024-01-01")
    saved_reflection("netværk-b", created="2024-02-01")
    new_a = saved_reflection("NETVÆRK  A", created="2024-03-01")
    unnamed = saved_reflection(None, created="2024-04-01")
    with Store.open() as store:
        store.create_draft("da", Snapshot.from_content(builtin_competences()), network="Kun kladde")
        assert store.network_names() == ["Kun kladde", "NETVÆRK  A", "netværk-b"]  # newest spelling first
        assert store.match_network("netværk a") == "NETVÆRK  A"
        assert store.match_network("Netværk B") == "netværk-b"
        with pytest.raises(Exception) as unknown:
            store.match_network("Netværk C")
        assert unknown.value.exit_code == 2 and "'netværk-b'" in unknown.value.format("da")[0]
        assert store.latest_complete_of("netværk-a").id == new_a.id
        assert store.latest_complete_of("Netværk A", exclude=new_a.id).id == old_a.id
        assert store.latest_complete_of(None).id == unnamed.id  # no name: those without one
        assert store.latest_complete_of(None, exclude=unnamed.id) is None
        assert store.latest_complete_of("Kun kladde") is None  # drafts are not followed up on
        assert [d.network for d in store.drafts()] == ["Kun kladde"]


def test_a_late_answer_to_a_cursor_position_request_is_not_taken_for_a_paste():
    """A terminal's answer to ESC[6n that arrives just after Enter must not keep the answer open."""
    import threading
    import time

    with create_pipe_input() as pipe:
        ask = Prompter(input=pipe, output=DummyOutput(), lang="da")

        def type_then_cpr() -> None:
            time.sleep(0.3)
            pipe.send_text("svar" + ENTER)
            pipe.send_text("\x1b[1;1R")  # at once after the Enter, in a read of its own
            time.sleep(0.3)
            pipe.send_text("næste" + ENTER)

        threading.Thread(target=type_then_cpr, daemon=True).start()
        assert ask.text("Første") == "svar"
        assert ask.text("Anden") == "næste"


def test_a_long_paste_keeps_a_line_break_that_ends_one_read():
    """Input is read 1,024 bytes at a time: a line break that is the last byte of a read is still
    inside the paste when more follows."""
    with create_pipe_input() as pipe:
        ask = Prompter(input=pipe, output=DummyOutput(), lang="da")
        first = "x" * 1023
        pipe.send_text(first + "\r" + "resten af det indsatte\r")
        assert ask.text("Svar") == first + "\nresten af det indsatte"


# --- text on word boundaries at any width ------------------------------------------------------

_ESC = __import__("re").compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def _last_frame(width: int, ask) -> list[str]:
    """Run `ask(prompter, pipe)` on a terminal `width` columns wide; the lines it left on screen."""
    raw = Screen()
    out = vt100_output(raw, width)
    with create_pipe_input() as pipe:
        ask(Prompter("da", input=pipe, output=out), pipe)
    last = raw.getvalue().rsplit("\x1b[J", 2)  # each frame is drawn after an erase
    frame = last[-2] if not _ESC.sub("", last[-1]).strip() else last[-1]
    return [line for line in _ESC.sub("", frame).replace("\r", "").split("\n") if line.strip()]


@pytest.mark.parametrize("width", [60, 80, 100])
def test_a_chosen_answer_and_a_long_question_wrap_on_words_at_any_width(width):
    kinds = [(None, t("wizard.skip", "da"))] + [
        (kind, t(f"network_type.{kind}", "da") + " – " + t(f"network_about.{kind}", "da"))
        for kind in ("innovation", "learning", "welfare")]
    question = t("wizard.context.type", "da")

    def pick(ask, pipe):
        pipe.send_text(DOWN * 3 + ENTER)
        assert ask.select(question, kinds) == "welfare"

    lines = _last_frame(width, pick)
    expected = f"? {question} {kinds[3][1]}"
    assert " ".join(" ".join(lines).split()) == expected  # every word whole, none lost
    assert all(len(line) < width for line in lines)  # so the terminal never cuts one
    assert all(line.startswith("  ") for line in lines[1:])

    def name(ask, pipe):
        pipe.send_text("Jens" + ENTER)
        assert ask.text(t("talk.ask_name", "da"), instruction=t("talk.ask_name_hint", "da")) == "Jens"

    lines = _last_frame(width, name)
    told = " ".join(lines)
    assert " ".join(told.split()) == f"? {t('talk.ask_name', 'da')} {t('talk.ask_name_hint', 'da')} Jens"
    assert "(valgfrit): (Enter" in told  # one space, not questionary's two
    assert all(len(line) < width for line in lines) and all(line.startswith("  ") for line in lines[1:])


@pytest.mark.parametrize("width", [60, 80, 100])
def test_flow_lays_words_from_a_column_and_never_cuts_one(width):
    from netleder.wizard.prompts import flow

    text = t("network_about.welfare", "da") + " " + t("talk.ask_name_hint", "da")
    for column in (0, 2, 30, width - 3):
        lines = flow(text, column, width)
        assert " ".join(" ".join(lines).split()) == text
        assert column + len(lines[0]) < width and all(len(line) < width for line in lines[1:])
        assert all(line.startswith("  ") for line in lines[1:])
    assert flow("ord", width - 2, width) == ["", "  ord"]  # not even the first word fits: the next line
