"""The rewrites that make release text regular, as one combined pattern.

Each rule is a named alternative of one regular expression, so the whole
text is rewritten in a single scan:

- line ends: ``\\r\\n`` and ``\\r`` become ``\\n``;
- markdown: backslash escapes (``\\$`` is ``$``) and bold markers (``**``,
  ``__``) go;
- trade marks glued to a name (``CeramextTM``, ``Name®``) go;
- curly quotes, primes and accents used as apostrophes become ``'``/``"``;
- non-breaking and other wide spaces become a space; zero-width characters
  and soft hyphens go;
- dash variants (en, em, figure, minus, non-breaking hyphen) become ``-``;
- a word hyphenated across a line break is joined (``explo-\\nration``);
- HTML character references left in text (``&amp;``, ``&#36;``) are decoded.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from assay.normalise.doc import Doc

_RULES: dict[str, str] = {
    "crlf": r"\r\n?",
    "escape": r"\\(?=[\\`*_{}\[\]()#+\-.!$&%<>|~'\"])",
    "bold": r"\*\*|__(?<!\w__)(?=[^\W_])|__(?<=[^\W_]__)(?![_\w])",
    "trademark": r"TM(?<=[a-z]TM)(?![A-Za-z])|\(TM\)(?<=[a-z]\(TM\))|\(R\)(?<=[a-z]\(R\))|[\u2122\u00ae]",
    "squote": r"[\u2018\u2019\u201a\u201b\u2032\u00b4]",
    "dquote": r"[\u201c\u201d\u201e\u201f\u2033]",
    "space": r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]",
    "zerowidth": r"[\u200b-\u200d\u2060\ufeff\u00ad]",
    "dash": r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]",
    "ellipsis": r"\u2026",
    "linebreak_hyphen": r"-(?<=[a-z]-)[ \t]*\r?\n[ \t]*(?=[a-z])",
    "entity": r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});",
}

_PATTERN = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in _RULES.items()))
# Every rule's match begins with one of these characters. Searching for them
# alone is a fast scan; the full pattern is tried only where one occurs. The
# common ones (``T``, ``(``, ``-``, ``*``, ``_``) are taken only where the next
# characters can go on to a rule's match (``TM``, ``(R)``, a hyphen at a line's
# end, ``**``), so that the scan stays in the engine past ordinary words.
_FIRST = re.compile(
    "[\r\\\\*_T(\u2122\u00ae\u2018\u2019\u201a\u201b\u2032\u00b4\u201c-\u201f\u2033\u00a0\u2000-\u200d"
    "\u202f\u205f\u3000\u2060\ufeff\u00ad\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u2026&-]"
    r"(?:(?<=T)(?=M)|(?<=\()(?=TM\)|R\))|(?<=-)(?=[ \t]*\r?\n)|(?<=\*)(?=\*)|(?<=_)(?=_)|(?<![T(*_-]))"
)


def _matches(text: str) -> Iterator[re.Match[str]]:
    pos = 0
    search, match = _FIRST.search, _PATTERN.match
    while True:
        f = search(text, pos)
        if f is None:
            return
        m = match(text, f.start())
        if m is None or m.end() == m.start():
            pos = f.start() + 1
            continue
        yield m
        pos = m.end()


_FIXED = {
    "crlf": "\n",
    "escape": "",
    "bold": "",
    "trademark": "",
    "squote": "'",
    "dquote": '"',
    "space": " ",
    "zerowidth": "",
    "dash": "-",
    "ellipsis": "...",
    "linebreak_hyphen": "",
}


def _replace(m: re.Match[str]) -> str:
    kind = m.lastgroup or ""
    fixed = _FIXED.get(kind)
    if fixed is not None:
        return fixed
    decoded = html.unescape(m.group())
    if decoded == "\u00a0":
        return " "
    return decoded


def normalise(text: str) -> Doc:
    """The normalised :class:`Doc` of ``text``."""
    return Doc.rewritten(text, _matches(text), _replace)
