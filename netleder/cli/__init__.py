"""The shell: parse options, call the core, map errors to exit codes. No logic here.

- frame.py    the help frame: every --help page from the catalogue, in the run's language
- edge.py     the error edge: errors → words on stderr → exit codes, the one place
- table.py    the command table (built lazily, like pip's commands_dict) and the root options
- options.py  options several commands take, declared once with their help text
- model.py, reflecting.py, looking_back.py, keeping.py, feedback.py: each command's options,
  declared next to their help texts; the work is done in netleder/commands/.

Heavy modules (questionary, prompt_toolkit, sqlite, the renderers) are imported inside the
commands that need them, and a command's declaration only when it runs, so `netleder --help`
and `netleder phases` start fast.
"""

from netleder.cli.table import app, main

__all__ = ["app", "main"]
