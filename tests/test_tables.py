"""Finding tables in release text, with cell offsets that index the text."""

from __future__ import annotations

from assay.extract.tables import find_tables

PIPE = """The main results are shown below:

| Hole ID | From (m) | To (m) | Length (m) | Au (g/t) |
| --- | --- | --- | --- | --- |
| AB-24-001 | 12.0 | 24.5 | 12.5 | 3.20 |
| including | 15.0 | 17.0 | 2.0 | 11.4 |
| AB-24-002 | 101.3 | 110.0 | 8.7 | 1.05 |

Lengths are core lengths."""

ALIGNED = """Selected results (in thousands of dollars)

                          2023        2022
Revenue                 12,345      10,001
Net loss                (1,234)       (987)
Cash                     5,432       6,789

Other text follows."""


def test_pipe_table_rows_and_cells() -> None:
    (table,) = find_tables(PIPE)
    assert table.kind == "pipe"
    assert [c.text for c in table.rows[0]] == ["Hole ID", "From (m)", "To (m)", "Length (m)", "Au (g/t)"]
    assert len(table.rows) == 4  # separator row dropped
    assert [c.text for c in table.rows[2]] == ["including", "15.0", "17.0", "2.0", "11.4"]
    for row in table.rows:
        for cell in row:
            assert PIPE[cell.start : cell.end] == cell.text


def test_pipe_table_keeps_empty_cells_in_place() -> None:
    text = "| DDH | | From | To |\n| 78-885 |  | 272.50 | 273.80 |\n|  | and | 379.00 | 380.00 |"
    (table,) = find_tables(text)
    assert [c.text for c in table.rows[1]] == ["78-885", "", "272.50", "273.80"]
    assert [c.text for c in table.rows[2]] == ["", "and", "379.00", "380.00"]
    assert table.width == 4


def test_aligned_columns() -> None:
    (table,) = find_tables(ALIGNED)
    assert table.kind == "aligned"
    texts = [[c.text for c in r] for r in table.rows]
    assert texts == [["Revenue", "12,345", "10,001"], ["Net loss", "(1,234)", "(987)"], ["Cash", "5,432", "6,789"]]
    for row in table.rows:
        for cell in row:
            assert ALIGNED[cell.start : cell.end] == cell.text


def test_prose_with_double_spaces_is_not_a_table() -> None:
    text = (
        "Argentina  Metals  is  a  Canadian-domiciled  mineral  exploration  company.\n"
        "It  holds  a  100%  interest  in  a  district-scale  land  package.\n"
        "The  Company's  portfolio  is  strategically  positioned.\n"
    )
    assert find_tables(text) == []


def test_two_tables_separated_by_prose() -> None:
    text = "| a | b |\n| 1 | 2 |\nSome prose between.\n| c | d |\n| 3 | 4 |"
    tables = find_tables(text)
    assert [[c.text for c in t.rows[0]] for t in tables] == [["a", "b"], ["c", "d"]]


def test_pipe_only_search_finds_the_same_pipe_tables() -> None:
    text = PIPE + "\n\n" + ALIGNED + "\n| a | b |\n| 1 | 2 |\nprose | with one bar\n| c | d |\n"
    every = [t for t in find_tables(text) if t.kind == "pipe"]
    pipes = find_tables(text, aligned=False)
    assert [(t.start, t.end, [[c.text for c in r] for r in t.rows]) for t in pipes] == [
        (t.start, t.end, [[c.text for c in r] for r in t.rows]) for t in every
    ]
    assert len(pipes) == 3


def test_same_text_gives_the_same_tables_again() -> None:
    text = PIPE + "\n"
    first = find_tables(text)
    again = find_tables(text)
    assert [t.start for t in again] == [t.start for t in first]
    assert find_tables(ALIGNED)[0].kind == "aligned"
