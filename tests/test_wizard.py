"""The wizard driven by real keystrokes: prompt_toolkit's pipe input feeds the real questionary
prompts (no mock of questionary), against a real Store in a temporary NETLEDER_HOME.

Keys are sent up front and the pipe is closed: when the wizard wants more keys than a test
gave, the prompt sees the end of input and the wizard stops with Interrupted, so a test
never hangs and a wrong key count fails loudly.
"""

from __future__ import annotations

import io
import sys
import textwrap
import threading

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

from netleder.content.loading import load_competences, load_phases
from netleder.errors import EXIT_INTERRUPTED, Interrupted, NetlederError, StoreError
from netleder.output import plain_text
from netleder.wizard.prompts import Cancelled, Prompter
from netleder.reflection import FollowUp, Snapshot
from summaries import summary_view
from netleder.store.database import Store
from netleder.wizard.conversation import default_rating, run_wizard

ENTER = "\r"
DOWN = "\x1b[B"
UP = "\x1b[A"
SPACE = " "
CTRL_C = "\x03"
CTRL_D = "\x04"

COMPS = load_competences()
PHASES = load_phases()
IDS = [c.id for c in COMPS.competences]
N = len(IDS)

# Enter-only: context (name, type, phase), scope, then per competence two answers and a rating,
# then the next-step offer (ratings all even), then the review's "save".
CONTEXT_ENTERS = ENTER * 3
SCOPE_ENTER = ENTER
PER_COMPETENCE = ENTER * 3


def paste(text: str) -> str:
    """What a terminal sends when text is pasted (bracketed paste)."""
    return "\x1b[200~" + text + "\x1b[201~"


def lines(*texts: str) -> str:
    """Typed text answers, each ended with Enter."""
    return "".join(text + ENTER for text in texts)


@pytest.fixture
def home(tmp_path, monkeypatch):
    folder = tmp_path / "home"
    monkeypatch.setenv("NETLEDER_HOME", str(folder))
    return folder


def drive(keys: str, *, lang: str = "da", store=None, width: int = 80, **options):
    """Run the wizard on `keys`; returns (Reflection | None | the NetlederError, screen text)."""
    screen = io.StringIO()
    console = Console(file=screen, width=width, color_system=None, highlight=False, emoji=False)
    with create_pipe_input() as pipe:
        # From a thread: a pipe holds 64 KiB, so a long paste would block until the prompt reads.
        sender = threading.Thread(target=_send, args=(pipe, keys), daemon=True)
        sender.start()
        prompter = Prompter(input=pipe, output=DummyOutput(), lang=lang)
        own = store is None
        store = Store.open() if own else store
        try:
            result = run_wizard(store, COMPS, PHASES, lang, prompter=prompter, console=console, **options)
        except NetlederError as exc:
            result = exc
        finally:
            if own:
                store.close()
        sender.join(timeout=10)
    return result, screen.getvalue()


def _send(pipe, keys: str) -> None:
    pipe.send_text(keys)
    pipe.close()


def stored():
    with Store.open() as store:
        return store.list()


# --- the seam ----------------------------------------------------------------------------


def test_prompter_runs_real_questionary_and_turns_interrupts_into_cancelled():
    with create_pipe_input() as pipe:
        pipe.send_text("æøå 🙂" + ENTER + DOWN + ENTER + "3" + ENTER + SPACE + DOWN + DOWN + SPACE + ENTER + CTRL_C)
        pipe.close()
        ask = Prompter(input=pipe, output=DummyOutput(), lang="da")
        assert ask.text("Navn") == "æøå 🙂"
        assert ask.confirm("Sikker?", default=True) is False
        assert ask.select("Tal", [(1, "en"), (2, "to"), (3, "tre"), (None, "ingen")], keys=["1", "2", "3", "s"]) == 3
        assert ask.checkbox("Vælg", [("a", "A"), ("b", "B"), ("c", "C")]) == ["a", "c"]
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


def test_default_rating_prefers_draft_then_last_time_then_lower_middle():
    assert default_rating([1, 2, 3, 4, 5]) == 3
    assert default_rating([1, 2, 3, 4]) == 2
    assert default_rating([1, 2, 3, 4, 5], None, 5) == 5
    assert default_rating([1, 2, 3, 4, 5], 2, 5) == 2
    assert default_rating([1, 2, 3, 4, 5], 9) == 3  # off the scale (content changed): ignored


# --- whole reflections -------------------------------------------------------------------


def test_enter_at_every_prompt_gives_a_saved_reflection(home):
    keys = CONTEXT_ENTERS + SCOPE_ENTER + PER_COMPETENCE * N + ENTER + ENTER
    reflection, screen = drive(keys)
    assert not isinstance(reflection, Exception), reflection
    assert reflection.complete
    assert reflection.ratings == {cid: 3 for cid in IDS}
    assert all(not any(answers) for answers in reflection.answers.values())
    assert reflection.next_steps == {} and reflection.network is None and reflection.phase is None
    [saved] = stored()
    assert saved.id == reflection.id and saved.complete
    # the opening says what it is, how long, privacy, skipping, the editor and Ctrl-C
    for words in ("20 minutter", "denne maskine", "springe ethvert spørgsmål over", ":e", "Ctrl-C"):
        assert words in screen
    assert f"Kompetence 3 af {N}" in screen
    assert "ligger på samme trin" in screen  # even ratings: the next-step offer says why


def test_one_enter_too_few_is_an_interruption_not_a_hang(home):
    keys = CONTEXT_ENTERS + SCOPE_ENTER + PER_COMPETENCE * N + ENTER
    result, _ = drive(keys)
    assert isinstance(result, Interrupted)
    assert stored()[0].complete is False


def test_a_typed_reflection_is_stored_exactly_and_summarised(home):
    ratings = [5, 4, 3, 2, 1, 5, 4, 3, 2, 1]
    keys = lines("Urban farming i Albertslund")
    keys += DOWN * 3 + ENTER  # past "skip", innovation, learning: welfare
    keys += DOWN * 4 + ENTER  # past "skip", the introduction, 1, 2: phase 3
    keys += SCOPE_ENTER
    answers = {}
    for cid, value in zip(IDS, ratings):
        given = [f"Svar på {cid}: æøå ÆØÅ", "" if value == 3 else f"Andet svar – {value} 🙂"]
        answers[cid] = given
        keys += lines(*given) + str(value) + ENTER
    # growth areas, lowest first, ties in competence order: the 1s, then the first 2
    growth = [IDS[4], IDS[9], IDS[3]]
    keys += lines("Ringe til borgerforeningen", "", "Spørge min medarbejder [bold]hvorfor[/bold]")
    keys += ENTER  # save
    reflection, screen = drive(keys)
    assert not isinstance(reflection, Exception), reflection
    assert reflection.network == "Urban farming i Albertslund"
    assert reflection.network_type == "welfare" and reflection.phase == "fokusering"
    assert reflection.ratings == dict(zip(IDS, ratings))
    assert reflection.answers == answers
    assert reflection.next_steps == {growth[0]: "Ringe til borgerforeningen",
                                     growth[2]: "Spørge min medarbejder [bold]hvorfor[/bold]"}
    assert reflection.summary().growth == tuple(growth)
    text = plain_text(summary_view(reflection, PHASES, "da"), 60)
    assert "Velfærdsnetværk" in text and "3. Fokusering" in text
    assert "Spørge min medarbejder [bold]hvorfor[/bold]" in text


def test_ctrl_c_half_way_keeps_every_answer_given_and_resume_finishes(home):
    keys = CONTEXT_ENTERS + SCOPE_ENTER
    for i in range(3):
        keys += lines(f"svar {i}a", f"svar {i}b") + "4" + ENTER
    keys += lines("svar 3a") + "halvt skrevet" + CTRL_C
    keys += lines("ignoreret") + ENTER * 5  # if Ctrl-C were ignored, these would be saved
    result, _ = drive(keys)
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
    keys = ENTER + ENTER + lines("svar 3b") + "2" + ENTER
    keys += PER_COMPETENCE * (N - 4)
    keys += lines("mit skridt", "", "") + ENTER  # growth: competence 4 (a 2), then 5 and 6 (3s); save
    reflection, screen = drive(keys)
    assert not isinstance(reflection, Exception), reflection
    assert "påbegyndt refleksion" in screen and f"Kompetence 4 af {N}" in screen
    assert f"Kompetence 3 af {N}" not in screen
    assert reflection.id == draft.id and reflection.complete
    assert reflection.answers[IDS[3]] == ["svar 3a", "svar 3b"]
    assert reflection.answers[IDS[0]] == ["svar 0a", "svar 0b"]
    assert reflection.ratings[IDS[3]] == 2 and reflection.next_steps == {IDS[3]: "mit skridt"}
    assert len(stored()) == 1


def test_interrupt_before_anything_is_given_leaves_nothing(home):
    result, _ = drive(CTRL_C)
    assert isinstance(result, Interrupted) and "Intet er ændret" in result.format("da")[0]
    assert stored() == []
    assert isinstance(drive(CONTEXT_ENTERS + SCOPE_ENTER + lines("a") + CTRL_C)[0], Interrupted)
    result, _ = drive(CTRL_C)  # at the resume offer: the draft is still there, and it says so
    assert "påbegyndte refleksion ligger stadig" in result.format("da")[0] and "--resume" in result.format("da")[0]
    assert len(stored()) == 1


def test_resume_flag_skips_the_offer_and_fresh_keeps_the_old_draft(home):
    half = CONTEXT_ENTERS + SCOPE_ENTER + lines("første") + CTRL_C
    assert isinstance(drive(half)[0], Interrupted)
    # --fresh: no offer, a new reflection from the start; the old draft stays a draft
    keys = CONTEXT_ENTERS + SCOPE_ENTER + PER_COMPETENCE * N + ENTER + ENTER
    fresh, screen = drive(keys, fresh=True)
    assert fresh.complete and fresh.answers[IDS[0]] == ["", ""]
    drafts = [r for r in stored() if not r.complete]
    assert [d.answers[IDS[0]] for d in drafts] == [["første", ""]]
    # --resume: no offer; continues the old draft at competence 1 with its answer prefilled
    keys = ENTER + lines("anden") + ENTER + PER_COMPETENCE * (N - 1) + ENTER + ENTER
    resumed, _ = drive(keys, resume=True)
    assert resumed.id == drafts[0].id and resumed.answers[IDS[0]] == ["første", "anden"]
    assert all(r.complete for r in stored())


def test_reopen_a_competence_in_the_review(home):
    keys = CONTEXT_ENTERS + SCOPE_ENTER + PER_COMPETENCE * N + ENTER
    keys += DOWN + ENTER  # review: change a competence
    keys += DOWN + ENTER  # competence 2
    keys += lines("nyt svar", "") + "5" + ENTER
    # competence 2 now stands out: the others are growth areas; a step is offered for each new one
    keys += lines("skridt for 1", "", "")
    keys += ENTER  # save
    reflection, screen = drive(keys)
    assert not isinstance(reflection, Exception), reflection
    assert reflection.ratings[IDS[1]] == 5 and reflection.answers[IDS[1]] == ["nyt svar", ""]
    assert reflection.next_steps == {IDS[0]: "skridt for 1"}
    assert screen.count("─ Dine vurderinger ─") == 2  # the review again after the change


def test_reopen_does_not_offer_again_a_step_left_empty_moments_ago(home):
    keys = CONTEXT_ENTERS + ENTER * 2 + "1" + ENTER + ENTER * 2 + "4" + ENTER
    keys += ENTER  # the growth area (competence 1): no step
    keys += DOWN + ENTER + DOWN + ENTER + ENTER * 2 + "5" + ENTER  # reopen competence 2: now a 5
    keys += ENTER  # straight back to the review: save
    reflection, _ = drive(keys, scope=IDS[:2])
    assert not isinstance(reflection, Exception), reflection
    assert reflection.ratings == {IDS[0]: 1, IDS[1]: 5} and reflection.next_steps == {}


def test_discard_asks_first_and_no_is_the_default(home):
    keys = CONTEXT_ENTERS + SCOPE_ENTER + lines("noget privat", "") + ENTER
    keys += PER_COMPETENCE * (N - 1) + ENTER  # all even: skip the next-step offer
    keys += DOWN * 2 + ENTER + ENTER  # discard, then Enter = "No": back to the review
    keys += DOWN * 2 + ENTER + UP + ENTER  # discard, then "Yes"
    reflection, screen = drive(keys)
    assert reflection is None
    assert stored() == []
    assert "kasseret" in screen
    assert screen.count("─ Dine vurderinger ─") == 2


def test_follow_up_on_last_times_next_steps(home):
    with Store.open() as store:
        earlier = store.create_draft("da", Snapshot.from_content(COMPS))
        for cid in IDS:
            store.save_rating(earlier.id, cid, 2 if cid in IDS[:2] else 4)
        store.save_next_step(earlier.id, IDS[0], "Invitere borgerne med")
        store.save_next_step(earlier.id, IDS[1], "Dele ledelsen ud")
        store.complete(earlier.id)
    keys = DOWN + ENTER + lines("Det gik fint <script>")  # done, with a note
    keys += ENTER  # the second: skip (the default)
    keys += CONTEXT_ENTERS + SCOPE_ENTER + PER_COMPETENCE * N
    keys += ENTER * 2 + ENTER  # next steps for the growth areas (the 2s), then save
    reflection, screen = drive(keys)
    assert not isinstance(reflection, Exception), reflection
    assert reflection.follow_ups == [
        FollowUp(IDS[0], "Invitere borgerne med", "done", "Det gik fint <script>", from_id=earlier.id)
    ]
    assert "Invitere borgerne med" in screen and "Dele ledelsen ud" in screen
    # Enter takes last time's rating as the default, and says so
    assert reflection.ratings == {cid: (2 if cid in IDS[:2] else 4) for cid in IDS}
    assert "Sidste gang vurderede du dig til 2" in screen
    text = plain_text(summary_view(reflection, PHASES, "da"), 60)
    assert "Det gik fint <script>" in text and "Gjort" in text


def test_scope_option_skips_the_question_and_checkbox_picks_a_subset(home):
    one, screen = drive(CONTEXT_ENTERS + PER_COMPETENCE + ENTER + ENTER, scope=[IDS[2]])
    assert one.scope == [IDS[2]] and one.ratings == {IDS[2]: 3}
    assert "Kompetence 1 af 1" in screen and "Hvilke kompetencer" not in screen
    keys = CONTEXT_ENTERS + DOWN + ENTER + SPACE + DOWN + DOWN + SPACE + ENTER
    keys += PER_COMPETENCE * 2 + ENTER + ENTER
    two, screen = drive(keys)
    assert two.scope == [IDS[0], IDS[2]]
    assert "Kompetence 2 af 2" in screen


def test_a_rating_may_be_skipped(home):
    keys = CONTEXT_ENTERS + PER_COMPETENCE + ENTER * 2 + "s" + ENTER + ENTER + ENTER
    reflection, _ = drive(keys, scope=IDS[:2])
    assert reflection.ratings == {IDS[0]: 3}
    text = plain_text(summary_view(reflection, PHASES, "da"), 60)
    assert "ikke vurderet" in text


def test_english(home):
    keys = CONTEXT_ENTERS + PER_COMPETENCE + ENTER + ENTER
    reflection, screen = drive(keys, lang="en", scope=[IDS[0]])
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
    keys = CONTEXT_ENTERS + ":e" + ENTER + ENTER + ENTER + ENTER + ENTER
    reflection, screen = drive(keys, scope=[IDS[0]])
    assert reflection.answers[IDS[0]] == ["Første afsnit.\n\nAndet afsnit med æøå.", ""]
    assert "editoren" in screen


def test_an_editor_that_fails_brings_the_question_back(home, monkeypatch):
    monkeypatch.setenv("EDITOR", "/nonexistent/editor")
    monkeypatch.delenv("VISUAL", raising=False)
    keys = CONTEXT_ENTERS + ":e" + ENTER + lines("skrevet her", "") + ENTER + ENTER + ENTER
    reflection, screen = drive(keys, scope=[IDS[0]])
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
    keys = CONTEXT_ENTERS + SCOPE_ENTER + lines("gemt svar", "Mit lange svar om [red]tillid[/red]")
    with Store.open() as real:
        result, screen = drive(keys, store=FailingStore(real, fail_at=2))
        draft = real.latest_draft()
    assert isinstance(result, StoreError)
    assert "kunne ikke gemmes" in screen
    assert "Mit lange svar om [red]tillid[/red]" in screen
    assert draft.answers[IDS[0]] == ["gemt svar", ""]


def test_long_answers_and_pasted_text_survive(home):
    long = "ord æøå " * 12_500  # 100,000 characters, pasted (typing them takes minutes)
    pasted = "linje 1\r\nlinje 2\rlinje 3\ttab 🧭 [b]x[/b]"
    keys = CONTEXT_ENTERS + lines(paste(long), paste(pasted)) + ENTER + ENTER + ENTER
    reflection, _ = drive(keys, scope=[IDS[0]])
    assert reflection.answers[IDS[0]] == [long, "linje 1\nlinje 2\nlinje 3\ttab 🧭 [b]x[/b]"]
