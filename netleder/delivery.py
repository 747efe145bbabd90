"""Sending a page out, as every command that writes one does: to stdout or --output, and with
--open (HTML) into the default browser. Shared by the commands (they never import each other).
"""

from __future__ import annotations


def deliver(result, output, force: bool, lang: str, open_: bool = False, name: str = "page",
            personal: bool = False) -> None:
    """Send a page out: to stdout or --output, and with --open (HTML) into the default browser.
    A `personal` page (one naming the leader or a network) opened without --output goes into
    the store's folder, where `delete --all` finds it, not the system's temporary folder."""
    from netleder import output as out

    if not open_:
        out.deliver(result, output, force, lang=lang)
        return
    from netleder.browser import open_page, temporary_page

    if output is not None:
        path = out.write_file(output, result, force, lang=lang)
    elif personal:
        from netleder.store.files import open_pages_dir

        path = temporary_page(result, name, open_pages_dir())
    else:
        path = temporary_page(result, name)
    open_page(path, lang)


def check_open(open_: bool, fmt: str) -> None:
    """--open shows a page in the browser: it goes with HTML only."""
    if open_ and fmt != "html":
        from netleder.errors import BadInput

        raise BadInput("open.not_html", format=fmt)
