"""The leader's own words in the wizard: a one-line answer (`:e` + Enter opens the editor), the
editor itself, answers an editor left behind when a terminal was closed, and writing each to the
store the moment it is given (with the text shown back if the store fails). The draft is created
here, by the first thing the leader gives.

A part of the conversation (netleder.wizard.conversation._Wizard is a TextEntry): its methods
use the conversation's state, the draft `r`, the store, the prompter and the console.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rich.padding import Padding
from rich.text import Text

from netleder.errors import StoreError
from netleder.safe_text import user_text
from netleder.views.labels import competence_title
from netleder.wizard import editor as editing

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console

    from netleder.reflection import Reflection
    from netleder.wizard.prompts import Prompter


class TextEntry:
    """Typed text and the editor, for the conversation."""

    # the conversation's state these methods use (netleder.wizard.conversation._Wizard sets it)
    store: Any
    r: Reflection
    created: bool
    lang: str
    ask: Prompter
    out: Console
    t: Callable[..., str]  # the catalogue in the leader's language
    _take: Callable[[str], None]  # hold the draft's lock
    _save_note: Callable[[str, str], None]  # a follow-up's note, saved

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
            self._take(draft.id)  # nobody else knows the new id yet: this cannot be refused
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

    def _text(self, message: str, default: str, field: str, save, about: str = "") -> str:
        """A one-line answer, saved at once with `save(text)`; `:e` + Enter (alone or after the
        text) writes it in the editor instead, in a file named for `field` of this draft."""
        prefilled = default
        while True:
            answer = self.ask.text(message, default=prefilled)
            start = editing.editor_request(answer, prefilled)
            if start is None:
                break
            edited = self._edit(start, about or message, field)
            if edited is not None:
                answer = edited
                break
            prefilled = start  # the editor failed: the question again, with the text so far
        self._write(answer, lambda: save(answer))
        self._forget_editor_file(field)
        return answer

    def _edit(self, current: str, question: str, field: str) -> str | None:
        """The text from the leader's editor; the current text if unchanged; None on failure."""
        import click

        from netleder.store.locks import editor_path, write_editor_file

        path = editor_path(self.store.folder, self._draft_id(), field)
        header = editing.header_lines(question, self.t("wizard.editor.comment"))
        try:
            write_editor_file(path, editing.file_text(header, current))
            click.edit(filename=str(path), editor=editing.choose_editor())
            with open(path, encoding="utf-8", errors="replace") as f:
                result = editing.strip_header(f.read(), header)
        except click.ClickException as exc:
            from netleder.errors import library_reason

            self._forget_editor_file(field)
            self.out.print(Text(self.t("wizard.editor.failed", reason=library_reason("editor", exc.format_message()))))
            return None
        except OSError as exc:
            self._forget_editor_file(field)
            from netleder.errors import library_reason

            self.out.print(Text(self.t("wizard.editor.failed",
                                       reason=library_reason("editor", exc.strerror or type(exc).__name__))))
            return None
        if result == current:
            self.out.print(Text(self.t("wizard.editor.unchanged"), style="dim"))
            return current
        self.out.print(Text(self.t("wizard.editor.saved", count=len(result)), style="dim"))
        self.out.print(Padding(Text(user_text(result)), (0, 0, 0, 2)))
        return result

    def _forget_editor_file(self, field: str) -> None:
        if not self.created:
            return
        from netleder.store.locks import editor_path

        try:
            editor_path(self.store.folder, self.r.id, field).unlink()
        except (OSError, ValueError):
            pass

    def _recover_editor_files(self) -> None:
        """Answers left in the editor when the terminal was closed: shown, offered back, removed."""
        from netleder.store.locks import editor_files

        for field, path in editor_files(self.store.folder, self.r.id).items():
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = editing.strip_any_header(f.read())
            except OSError:
                continue
            save = self._saver(field)
            if save is not None and text.strip() and text != self._stored_text(field):
                self.out.print()
                self.out.print(Text(self.t("wizard.editor.recovered", where=self._field_name(field)), style="bold"))
                self.out.print(Padding(Text(user_text(text)), (0, 0, 1, 2)))
                if self.ask.confirm(self.t("wizard.editor.recover_ask"), default=True):
                    self._write(text, lambda save=save, text=text: save(text))
            self._forget_editor_file(field)

    def _saver(self, field: str):
        kind, _, rest = field.partition(".")
        if kind == "answer":
            cid, _, idx = rest.rpartition(".")
            if cid in self.r.snapshot.ids and idx.isdigit():
                def save(text: str) -> None:
                    given = self.r.answers.setdefault(cid, [])
                    self.store.save_answer(self.r.id, cid, int(idx), text)
                    given.extend([""] * (int(idx) + 1 - len(given)))
                    given[int(idx)] = text
                return save
        elif kind == "next" and rest in self.r.snapshot.ids:
            def save(text: str) -> None:
                self.store.save_next_step(self.r.id, rest, text or None)
                self.r.next_steps[rest] = text
            return save
        elif kind == "note" and any(f.competence_id == rest for f in self.r.follow_ups):
            return lambda text: self._save_note(rest, text)
        return None

    def _stored_text(self, field: str) -> str:
        kind, _, rest = field.partition(".")
        if kind == "answer":
            cid, _, idx = rest.rpartition(".")
            given = self.r.answers.get(cid, [])
            return given[int(idx)] if idx.isdigit() and int(idx) < len(given) else ""
        if kind == "next":
            return self.r.next_steps.get(rest, "")
        return next((f.note for f in self.r.follow_ups if f.competence_id == rest), "")

    def _field_name(self, field: str) -> str:
        kind, _, rest = field.partition(".")
        cid = rest.rpartition(".")[0] if kind == "answer" else rest
        title = competence_title(self.r.snapshot, cid, self.lang)
        if kind == "answer":
            return self.t("wizard.editor.field_answer", title=title, number=int(rest.rpartition(".")[2]) + 1)
        return self.t("wizard.editor.field_next" if kind == "next" else "wizard.editor.field_note", title=title)
