"""Extract the release's people: officers, directors, qualified persons, contacts.

A capitalised name is taken as a person only where the release says so:

- a title before it (``Mr. Alan Brook reports``, ``Dr. Nadia Osei``);
- a designation after it (``Daniel Moreau P.Geo.``, ``Luc Tremblay, ing``);
- a role beside it (``Shannon Ross, C.A. Chief Financial Officer``,
  ``Tessera's Chairman and CEO, Dr. Nadia Osei``, a signature's name line
  over its role line);
- a verb of speech or office (``said Bob Hale``, ``Roy Lander will retire as
  Chairman``, ``the appointment of Tom Milner``);
- a line of names in a contact block (``Ruth Pennell / Colin Marsh``) or
  a table of votes for directors.

``Mr. Gagnon`` after ``Pascal Gagnon`` is the same person; a title and a
lone name met nowhere else (``Mr. Aldo's departure``) is a person of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from assay.extract.anchored import Anchored
from assay.extract.fold import Folded, lowered
from assay.extract.lexicon import COMPANY_WORDS, LEGAL_SUFFIX, words
from assay.extract.names import (
    DESIGNATION_RE,
    DESIGNATIONS_AFTER,
    HONORIFIC,
    HONORIFIC_BEFORE,
    NAME,
    clean_name,
    name_key,
    single_name_ok,
    surname,
)
from assay.extract.roles import is_role_word, role_after, role_before
from assay.extract.text import lines
from assay.model import Person, Release, Value
from assay.normalise import Doc

_NAME_RE = re.compile(NAME)  # no group: the whole match is the name
_LONE_RE = Anchored(
    r"(?:Mr|Mrs|Ms|Dr)\.?[ ]+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![A-Za-z]|[ ][A-Z])", ("Mr", "Ms", "Dr")
)
_COMPANY_AFTER = re.compile(rf"[ ]+(?:&|{LEGAL_SUFFIX}(?![A-Za-z]))")
_SPEECH_AFTER = re.compile(
    r"[ ,]{0,3}(?:\([^)\n]{0,40}\)[ ,]*)?(?:said|says|commented|comments|stated|states|added|adds|noted|notes"
    r"|explained|remarked|reported|reports|concluded|continued|commenting|stating|adding)\b"
)
_SPEECH_BEFORE = frozenset(
    words(
        """
    said says commented stated added noted explained appointed appoints welcomes welcome elected
    named thank thanks replacing replaces replaced succeeding succeeds succeeded
    """
    )
)
_SPEECH_BEFORE_2 = frozenset(
    words(
        """
    according_to appointment_of joined_by led_by approved_by supervision_of prepared_by reviewed_by
    verified_by signed_by managed_by chaired_by direction_of compiled_by
    """
    )
)
_OFFICE_VERB = re.compile(
    r"(?:,?[ ]+who)?[ ]+(?:will[ ]+|has[ ]+|have[ ]+|shall[ ]+|to[ ]+)?(?:been[ ]+)?"
    r"(?:retire|resign|step|assume|remain|continue|join|serve|become|act|appointed|elected|named|re-elected)\w*"
    r"(?:[ ]+down)?(?:[ ]+(?:from|as|to))?(?:[ ]+the)?"
    r"(?:[ ]+(?:role|position|office|board)[ ]+of)?"
)
_CONTACT_START = Folded(
    r"for\s+(?:further|more|additional)\s+information|contacts?(?:\s*:|[ \t]*$)|investor\s+(?:relations|contacts?)"
    r"\s*:|media\s+(?:contacts?|enquiries|inquiries)|on\s+behalf\s+of\s+the\s+board|enquiries",
    re.M,
)
_VOTES_START = Folded(r"election\s+of\s+directors|nominees?\b|directors?\s+(?:were\s+)?(?:re-)?elected")
_VOTE_LINE = re.compile(rf"^[ \t|*]*(?P<name>{NAME})[ \t|*]+[\d,]{{3,}}", re.M)
_CONTACT_LINES = 30
_CONTACT_CHARS = 4000
_VOTES_CHARS = 3000  # a table of votes follows its heading within this
_MAX_LONE = 2000  # "Mr. X" mentions looked at
_LINE_MAX = 400  # a longer "line" is prose, never a signature
# a cell of a contact line: words apart by at most two spaces; "/", "|", ";", "&", tabs or wider gaps part cells
_CELL = re.compile(r"[^/|;&\t\n ]+(?:[ ]{1,2}[^/|;&\t\n ]+)*")
_COLUMN_SLACK = 3
_SPLIT_NAMES = re.compile(r"[ \t]*(?:/|\||;|,?[ \t]+and[ \t]+|&)[ \t]*")
_NAME_FULL = re.compile(rf"(?:{HONORIFIC}[ ]+)?(?P<name>{NAME})")
_QUOTES = " \t\"'*_|>:-"
_PROSE_WORDS = 30
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # "ChiefExecutive": a space lost in conversion
_SIGNED = re.compile(r"^(?:by:?|/s/)\s*(?:/s/)?", re.I)  # "By: ", "/s/" before a signature's name
_QUALIFIED = re.compile(r"(?:independent\s+)?qualified\s+persons?", re.I)
_COMPANY_LINE = re.compile(
    rf"^[ \t|*]*(?P<co>[A-Z][^\n|@:]{{2,80}}?(?:{LEGAL_SUFFIX}|Partners|Media|Communications|Capital))\.?[ \t|,]*$",
    re.M,
)


@dataclass(slots=True)
class _Found:
    name: Value[str]
    pos: int
    roles: list[Value[str]] = field(default_factory=list)
    designations: list[Value[str]] = field(default_factory=list)


class _People:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_key: dict[str, _Found] = {}
        self.qualified_at = _word_positions(doc.text, "qualified")

    def add(self, name: str, a: int, b: int, role: tuple[int, int] | None = None) -> _Found:
        key = name_key(name)
        found = self.by_key.get(key)
        if found is None:
            found = _Found(self.doc.value(name, a, b), a)
            self.by_key[key] = found
        elif len(name) > len(found.name.value) and found.name.value.split()[0] == name.split()[0]:
            found.name = self.doc.value(name, a, b)
        if role is not None:
            self.add_role(found, role)
        return found

    def add_role(self, found: _Found, role: tuple[int, int]) -> None:
        text = _GLUED.sub(" ", " ".join(self.doc.text[role[0] : role[1]].split()))
        if all(_role_key(r.value) != _role_key(text) for r in found.roles):
            found.roles.append(self.doc.value(text, role[0], role[1]))

    def add_designations(self, found: _Found, a: int, b: int) -> None:
        for m in DESIGNATION_RE.finditer(self.doc.text, a, b):
            if all(d.value != m.group() for d in found.designations):
                found.designations.append(self.doc.value(m.group(), m.start(), m.end()))

    def people(self) -> list[Person]:
        out = sorted(self.by_key.values(), key=lambda f: f.pos)
        return [Person(name=f.name, role=_joined(f.roles), designations=f.designations, roles=f.roles) for f in out]

    def qualified(self, found: _Found, a: int, b: int) -> None:
        """Add "Qualified Person" to ``found`` when the sentence around ``text[a:b]`` says so."""
        text = self.doc.text
        lo, hi = max(0, a - 300), min(len(text), b + 300)
        if not _any_within(self.qualified_at, lo, hi) or _QUALIFIED.search(text, lo, hi) is None:
            return
        if any(_role_key(r.value).startswith(("qualified", "independent qualified")) for r in found.roles):
            return
        start = max(_sentence_start(text, lo, a), text.rfind("\n", lo, a) + 1)
        ends = [e for e in (text.find(". ", b, hi), text.find("\n", b, hi)) if e >= 0]
        m = _QUALIFIED.search(text, start, min(ends) if ends else hi)
        if m is not None:
            self.add_role(found, m.span())


def _word_positions(text: str, word: str) -> list[int] | None:
    """Where ``word`` (lower case) stands in ``text`` in any case; ``None`` when lower-casing moves offsets."""
    low = lowered(text)
    if low is None:
        return None
    out: list[int] = []
    i = low.find(word)
    while i >= 0:
        out.append(i)
        i = low.find(word, i + 1)
    return out


def _any_within(positions: list[int] | None, lo: int, hi: int) -> bool:
    """Whether one of ``positions`` (sorted; ``None``: unknown, so maybe) is in ``[lo, hi)``."""
    if positions is None:
        return True
    i = bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


_ABBREVIATION = frozenset({"mr", "mrs", "ms", "dr", "geo", "eng", "inc", "ltd", "corp", "co", "no", "st", "jr", "sr"})


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (not after ``P. Geo.`` or ``Mr.``), at most back to ``lo``."""
    hi = pos
    while True:
        dot = text.rfind(". ", lo, hi)
        if dot < 0:
            return lo
        j = dot
        while j > lo and text[j - 1].isalpha():
            j -= 1
        word = text[j:dot].lower()
        if len(word) > 1 and word not in _ABBREVIATION:
            return dot + 2
        hi = dot


def _role_key(role: str) -> str:
    return " ".join(role.lower().replace("&", " and ").replace(",", " ").split())


def _joined(roles: list[Value[str]]) -> Value[str] | None:
    if not roles:
        return None
    if len(roles) == 1:
        return roles[0]
    return Value("; ".join(r.value for r in roles), roles[0].span, f"{len(roles)} roles joined; each under roles")


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.people`` from ``doc``."""
    text = doc.text
    found = _People(doc)
    contact = _contact_ranges(text)
    _named(text, found, contact)
    _name_lists(text, found, contact)
    _vote_tables(text, found)
    _lone_titles(text, found)
    release.people.extend(found.people())


def _in(ranges: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in ranges)


def _named(text: str, found: _People, contact: list[tuple[int, int]]) -> None:
    for m in _NAME_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isalpha():
            continue
        raw = m.group()
        name = clean_name(raw)
        if name is None:
            continue
        a = m.start() + raw.index(name)
        b = a + len(name)
        # the honorific may stand before the match or be its first word ("Mr Rhys Smith" without a stop)
        hon = HONORIFIC_BEFORE.search(text, max(0, a - 6), a)
        start = hon.start() if hon else m.start()
        trimmed = raw[raw.index(name) + len(name) :].split()
        if any(w.lower() in COMPANY_WORDS or not is_role_word(w) for w in trimmed) or _COMPANY_AFTER.match(text, b):
            continue
        if raw.index(name) > 0 and text[m.start() : a].split()[-1].lower() in COMPANY_WORDS:
            continue
        line_start, line_end = _line_around(text, a, b)
        alone = _alone(text, line_start, a, b, line_end)

        desig = DESIGNATIONS_AFTER.match(text, b)
        after = desig.end() if desig else b
        role = role_after(text, after)
        if role is not None and not alone and "\n" in text[after : role[0]]:
            role = None
        if role is None and alone:
            role = _role_below(text, line_end)
        before = role_before(text, start)
        strong = bool(
            hon
            or desig
            or role
            or before
            or _SPEECH_AFTER.match(text, after)
            or _speech_before(text, start)
            or (_in(contact, a) and (alone or (text[b : b + 1] == "," and not text[line_start:a].strip(_QUOTES))))
        )
        if role is None and before is None:
            # "Roy Lander will retire as Chairman", "Peter Vance, who resigned as CFO"
            office = _OFFICE_VERB.match(text, after)
            role = role_after(text, office.end()) if office is not None else None
        if not strong and role is None:
            continue
        person = found.add(name, a, b, role or before)
        if desig:
            found.add_designations(person, b, desig.end())
        found.qualified(person, a, b)


def _line_around(text: str, a: int, b: int) -> tuple[int, int]:
    """The line holding ``text[a:b]``, cut at ``_LINE_MAX`` characters either side."""
    lo = max(0, a - _LINE_MAX)
    start = text.rfind("\n", lo, a) + 1 or lo
    hi = min(len(text), b + _LINE_MAX)
    end = text.find("\n", b, hi)
    return start, hi if end < 0 else end


def _speech_before(text: str, pos: int) -> bool:
    """Whether a verb of speech or office stands just before ``pos`` (``said``, ``approved by``)."""
    window = text[max(0, pos - 40) : pos]
    if not window.endswith(" "):
        return False
    words = window.split()
    if not words:
        return False
    if words[-1] in _SPEECH_BEFORE:
        return True
    return len(words) >= 2 and f"{words[-2]}_{words[-1]}" in _SPEECH_BEFORE_2


def _alone(text: str, line_start: int, a: int, b: int, line_end: int) -> bool:
    """Whether a name stands alone on its line (a signature)."""
    pre = text[line_start:a].strip(_QUOTES)
    if pre and (pre[0] not in "bB/" or _SIGNED.sub("", pre).strip()):
        return False
    post = text[b:line_end]
    d = DESIGNATIONS_AFTER.match(post)
    if d:
        post = post[d.end() :]
    return not post.strip(_QUOTES + ",.")


def _role_below(text: str, line_end: int) -> tuple[int, int] | None:
    """A role on the next non-blank line (within two) of a signature."""
    pos = line_end
    for _ in range(3):
        if pos >= len(text):
            return None
        nxt = text.find("\n", pos + 1, pos + 1 + _LINE_MAX)
        nxt = min(len(text), pos + 1 + _LINE_MAX) if nxt < 0 else nxt
        line = text[pos + 1 : nxt]
        if line.strip(_QUOTES):
            start = pos + 1 + (len(line) - len(line.lstrip(_QUOTES)))
            return role_after(text, start)
        pos = nxt
    return None


def _contact_ranges(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _CONTACT_START.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        end = m.end()
        for n, p in enumerate(lines(text[m.end() : m.end() + _CONTACT_CHARS])):
            if n >= _CONTACT_LINES or len(p.text.split()) >= _PROSE_WORDS:
                break
            end = m.end() + p.end
        out.append((m.start(), end))
    return out


def _name_lists(text: str, found: _People, contact: list[tuple[int, int]]) -> None:
    """Lines or table cells of a contact block that hold names only."""
    for a, b in contact:
        for p in lines(text[a:b]):
            base = a + p.start
            parts = [(x.start(), x.end()) for x in _CELL.finditer(p.text)]
            if len(parts) < 2 and "," not in p.text:
                continue
            below = _next_line(text, a + p.end, b)
            for s, e in parts:
                piece = p.text[s:e]
                for q in _SPLIT_NAMES.split(piece):
                    q0 = q.strip(_QUOTES + ",")
                    if not q0:
                        continue
                    m = _NAME_FULL.fullmatch(q0)
                    if m is None:
                        continue
                    name = clean_name(m.group("name"))
                    if name is None or name != m.group("name"):
                        continue
                    off = base + s + piece.index(q0) + m.start("name")
                    person = found.add(name, off, off + len(name))
                    if below is not None and not person.roles:
                        # names set out in columns, each with its role beneath it
                        role = _role_in_column(text, below, s, parts)
                        if role is not None:
                            found.add_role(person, role)
                    company = _COMPANY_LINE.match(text, a + p.end + 1, min(len(text), a + p.end + 120))
                    if company is not None and not person.roles:
                        found.add_role(person, company.span("co"))


def _next_line(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The line after the one ending at ``end`` (within ``limit``), or ``None``."""
    if end >= limit:
        return None
    nl = text.find("\n", end + 1, limit)
    return end + 1, limit if nl < 0 else nl


def _role_in_column(
    text: str, below: tuple[int, int], col: int, parts: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The role in the next line's cell that starts under column ``col``, when the line is set in columns."""
    cells = list(_CELL.finditer(text, below[0], below[1]))
    if len(parts) < 2 or len(cells) < 2:
        return None
    for c in cells:
        if abs((c.start() - below[0]) - col) <= _COLUMN_SLACK:
            return role_after(text, c.start(), c.end() - c.start())
    return None


def _vote_tables(text: str, found: _People) -> None:
    low = lowered(text)
    if low is not None and "elect" not in low and "nominee" not in low:
        return  # every heading of a table of votes says "elect..." or "nominee"
    scanned = 0
    for m in _VOTES_START.finditer(text):
        start, end = max(m.end(), scanned), min(len(text), m.end() + _VOTES_CHARS)
        scanned = end
        for v in _VOTE_LINE.finditer(text, start, end):
            name = clean_name(v.group("name"))
            if name is not None and name == v.group("name"):
                person = found.add(name, v.start("name"), v.end("name"))
                if not person.roles:
                    person.roles.append(Value("director", None, "listed among the directors elected"))


def _lone_titles(text: str, found: _People) -> None:
    """``Mr. Aldo``: a title and one name, when no one found has that name."""
    known = {surname(f.name.value) for f in found.by_key.values()}
    known |= {f.name.value.split()[0].lower() for f in found.by_key.values()}
    for n, m in enumerate(_LONE_RE.finditer(text)):
        if n >= _MAX_LONE:
            break
        if m.start() > 0 and text[m.start() - 1].isalpha():
            continue
        word = m.group("name")
        if word.lower() in known:
            same = next((f for f in found.by_key.values() if surname(f.name.value) == word.lower()), None)
            if same is not None and not any(_role_key(r.value).startswith("qualified") for r in same.roles):
                found.qualified(same, m.start("name"), m.end("name"))
            continue
        if not single_name_ok(word):
            continue
        known.add(word.lower())
        found.add(word, m.start("name"), m.end("name"))
