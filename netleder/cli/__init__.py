"""The shell: parse options, call the core, map errors to exit codes. No logic here.

- frame.py    the help frame: every --help page from the catalogue, in the run's language
- edge.py     the error edge: errors → words on stderr → exit codes, the one place
- table.py    the command table (built lazily, like pip's commands_dict) and the root options
- options.py  options several commands take, declared once with their help text
  (no `from __future__ import annotations` in the declarations: typer would eval each one)
- model.py, reflecting.py, looking_back.py, keeping.py, feedback.py: each command's options,
  declared next to their help texts; the work is done in netleder/commands/.

Heavy modules (questionary, prompt_toolkit, sqlite, the renderers) are imported inside the
commands that need them, and a command's declaration only when it runs, so `netleder --help`
and `netleder phases` start fast.
"""

from typing import Any

__all__ = ["app", "main"]


def main() -> None:
    """The `netleder` command."""
    import gc

    # A start allocates some 100,000 objects, none of them garbage: collecting every 700
    # allocations (Python's default) spends about 2% of a start tracing them again and again,
    # and every 10,000 still collected two or three times, 2.5-5 ms a command (finding 0 to 341
    # objects). At 50,000 no command's start collects at all, and a long run (the wizard,
    # history at 100,000) still finds its rare cycle. Set before typer is imported.
    gc.set_threshold(50_000, 10, 10)
    from netleder.cli.table import main as run

    try:
        run()
    finally:
        # Python's shutdown collects garbage up to four times, tracing every object the run
        # made (some 7% of a short command's work) to free memory the operating system takes
        # back anyway. Frozen objects are not traced. Nothing is lost by it: files and the
        # store are closed by the commands themselves (with/finally), stdout and stderr are
        # flushed and atexit handlers run as before.
        gc.freeze()


def __getattr__(name: str) -> Any:
    if name == "app":  # the typer app, for tests and tools (imported only when asked for)
        from netleder.cli.table import app

        return app
    raise AttributeError(name)
