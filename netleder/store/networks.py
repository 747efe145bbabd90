""""This network": one notion of which reflections belong to the same network.

A network is named by the leader in their own words, so the same network may be typed
"Urban farming", "urban-farming", "Urban  Farming" or "Urbanfarming" on different days. Names are
the same network when they are equal ignoring case, spaces and dashes (hyphen, en and em dash,
minus, underscore), wherever the spaces are: "Sundheds netværket" is "Sundhedsnetværket".
The wizard, `history`, `compare` and every `--network` use `network_key` through the store.
"""

from __future__ import annotations

import unicodedata

_DASHES = dict.fromkeys(map(ord, "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_"), " ")


def network_key(name: str) -> str:
    """The form two names of the same network share."""
    return "".join(unicodedata.normalize("NFKC", name).translate(_DASHES).split()).casefold()


def distinct_names(names) -> list[str]:
    """`names` (newest first) with one name per network: the newest spelling of each."""
    seen: dict[str, str] = {}
    for name in names:
        if name and name.strip():
            seen.setdefault(network_key(name), name)
    return list(seen.values())
