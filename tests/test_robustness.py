"""No input crashes the pipeline: arbitrary text and bytes give a record or a ReadError."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import assay
from assay.model import Release
from assay.read import ReadError, read_path

# text with the genre's pieces, so the extractors' rules are reached, not only skipped
_PIECES = st.sampled_from(
    [
        "VANCOUVER, Dec. 18, 2019 /CNW/ - ",
        "Ridgeback Minerals Ltd. ",
        "(TSXV: RBM) ",
        "(RBM: TSX-V)",
        "Mr. ",
        "Jane Doe, P.Geo., President & CEO\n",
        "For further information please contact:\n",
        "$1,000,000 ",
        "C$0.10 ",
        "units at a price of ",
        "private placement",
        "Aug. 16 ",
        "2019-12-18",
        "---\ntitle: x\n---\n",
        "\n\n",
        " / ",
        "|",
        "**",
        "\\$",
        "\u2019",
        "\u00a0",
        "-\n",
        "g/t Au over 3.0 metres ",
        "Election of Directors\n",
        "Corp.",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=40).map("".join),
)


def _check(release: Release, text: str) -> None:
    record = release.to_dict()
    for ev in record["evidence"].values():
        if "start" in ev:
            assert text[ev["start"] : ev["end"]] == ev["text"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_text_gives_a_record(text: str) -> None:
    if not text.strip():
        return  # an empty text is refused by the reader (see the bytes test)
    text = text if "\n" in text or len(text) > 4096 else text + "\n"
    release = assay.extract(text)
    assert isinstance(release, Release)
    _check(release, text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_record_or_a_read_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory(prefix="assay-") as tmp:
        path = Path(tmp) / "release.txt"
        path.write_bytes(data)
        try:
            documents = read_path(path)
        except ReadError:
            return
        for d in documents:
            release = assay.extract_document(d)
            assert isinstance(release, Release)
            _check(release, d.text)
