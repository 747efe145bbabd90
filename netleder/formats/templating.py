"""The HTML pages' templates (netleder/templates/): one Jinja2 environment with autoescaping on,
reading the templates as package data through importlib.resources, so pages render the same
from an installed package, a wheel or a zip file (netleder.pyz).

Imported only when a page is written: jinja2 costs start-up time no other command should pay
(tests/test_startup.py).
"""

from __future__ import annotations

import functools
import re
from typing import Any

import jinja2
from markupsafe import Markup

from netleder.views.labels import AUTHORED_MARK, EMPTY, FULL

# The forms' Content-Security-Policy (feedback form, course form): only what the page itself
# holds may run or be shown; no request ever leaves it. Markup: a constant; escaped, its quotes
# would read the same but no longer match the policy people look for in the page's source.
FORM_CSP = Markup("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:")


def _source(name: str) -> str | None:
    """A template's text, or None when there is no such template (Jinja2 then says so)."""
    from importlib.resources import files

    resource = files("netleder.templates")
    for part in name.split("/"):  # a zip file's paths are walked one part at a time
        resource = resource / part
    try:
        return resource.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return None


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_source),
        autoescape=True,  # every value is escaped unless it is Markup made safe where it was built
        undefined=jinja2.StrictUndefined,  # a misspelt name fails the page, not silently blank
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.do"],
    )
    from netleder.formats.svg import feedback_radar, legend_sample
    from netleder.safe_text import user_text

    env.globals.update(AUTHORED_MARK=AUTHORED_MARK, FULL=FULL, EMPTY=EMPTY, feedback_radar=feedback_radar,
                       legend_sample=legend_sample)
    # the leader's and others' own text: control characters made visible (then escaped as any value)
    env.filters["user_text"] = user_text
    # the form's data as JSON inside <script>: tojson escapes <, >, & and ' so nothing closes it
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    return env


def render(template: str, **context: Any) -> str:
    """The page `template` drawn with `context`. A `frame` (netleder.views.page.PageFrame) gives
    the page its running head and foot."""
    frame = context.get("frame")
    if frame is not None and "running_css" not in context:
        context["running_css"] = running_css(frame.title, frame.page_counter, frame.page_note)
    return environment().get_template(template).render(**context)


def css_string(text: str) -> str:
    """`text` as a quoted CSS string, safe inside <style> (no '<' can close the element)."""
    out = text.replace("\\", "\\5C ").replace('"', "\\22 ").replace("<", "\\3C ")
    return '"' + out.replace("\r", " ").replace("\n", " ") + '"'


def _page_counter(words: str) -> str:
    """'Side {page} af {pages}' as CSS content: "Side " counter(page) " af " counter(pages)."""
    parts = re.split(r"(\{pages?\})", words)
    out = [f"counter({part[1:-1]})" if part in ("{page}", "{pages}") else css_string(part) for part in parts if part]
    return " ".join(out)


def running_css(title: str, page_counter: str, note: str | None = None) -> Markup:
    """Running head and foot on every printed page: the title, a note, 'page X of Y'.

    Margin boxes replace the browser's own date/URL header and footer where supported
    (Chromium 131+); other browsers ignore them and print the page as before.
    """
    small = 'font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 8pt; color: #333;'
    boxes = [f"@top-right {{ content: {css_string(title)}; {small} }}"]
    if note:
        boxes.append(f"@bottom-left {{ content: {css_string(note)}; {small} }}")
    boxes.append(f"@bottom-right {{ content: {_page_counter(page_counter)}; {small} }}")
    first = "@page :first { @top-right { content: \"\"; } }\n"  # page 1 has the title as <h1>
    # Markup: every text in it went through css_string, the escape for a <style> element
    return Markup("@page {\n  " + "\n  ".join(boxes) + "\n}\n" + first)
