"""Any text of the genre's pieces gives intercepts and resources whose spans slice the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assay.extract import intercepts, resources
from assay.model import Release, Source
from assay.normalise import normalise

_PIECES = st.sampled_from(
    [
        "Hole MB-21-04 ",
        "intersected ",
        "12.5 metres ",
        "3.0m @ ",
        "grading ",
        "3.2 g/t gold ",
        "0.46% Cu ",
        "0.092 oz/ton Au ",
        "(230 feet grading ",
        ")",
        "(",
        "from 45.0 metres ",
        "to 57.5 m ",
        ", including ",
        "; and ",
        " in GDD073",
        "over 1 m ",
        "Inferred Mineral Resource of ",
        "12.1 Mt at ",
        "for 447,000 oz ",
        "cut-off grade of 0.3 g/t Au ",
        "| Hole ID | From (m) | To (m) | Length (m) | Au (g/t) |\n",
        "| AB-1 | 1.0 | 2.0 | 1.0 | 5.0 |\n",
        "|  | and | 3.0 | 4.0 | 1.0 |\n",
        "Hole ID  From (m)  To (m)  Length (m)  Au (g/t)\n",
        "Hole ID From To Interval Au\n",
        "AB-2 1 2 1 0.5\n",
        "\t",
        "\n",
        "\n\n",
        "- ",
        ". ",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_text_gives_spans_of_the_text(text: str) -> None:
    doc = normalise(text)
    release = Release(source=Source(path=None, sha256="", format="txt", chars=len(text)))
    intercepts.extract(doc, release)
    resources.extract(doc, release)
    record = release.to_dict()
    for ev in record["evidence"].values():
        if "start" in ev:
            assert text[ev["start"] : ev["end"]] == ev["text"]
    for i in release.intercepts:
        assert i.parent is None or 0 <= i.parent < len(release.intercepts)
        assert i.length_m is not None and i.length_m.value > 0
