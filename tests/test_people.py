"""People: names with roles and designations, and what is not a person."""

from __future__ import annotations

import pytest

from partial import run, spans_ok

CASES = [
    (
        "On behalf of the Board of Directors.\n\nMarta Quinn, C.A. Chief Financial Officer & Corporate Secretary",
        [("Marta Quinn", "Chief Financial Officer & Corporate Secretary", ["C.A."])],
    ),
    (
        "For further information please contact:\n\nLiam O'Hara, Manager, Investor Relations Tel: (604) 555-0101",
        [("Liam O'Hara", "Manager, Investor Relations", [])],
    ),
    (
        "Gordon T. Blake, P.Eng\n\nPresident and Chief Executive Officer\n\nFor further information please contact:",
        [("Gordon T. Blake", "President and Chief Executive Officer", ["P.Eng"])],
    ),
    (
        "The technical information has been reviewed and approved by Mr. Alan Fisk P.Geo., Chief Geologist of the "
        "Company, a Qualified Person as defined in National Instrument 43-101.",
        [("Alan Fisk", "Chief Geologist; Qualified Person", ["P.Geo."])],
    ),
    (
        'Nordic\'s Chairman and CEO, Dr. Ingrid Solberg commented, "We are encouraged by the response."',
        [("Ingrid Solberg", "Chairman and CEO", [])],
    ),
    (
        'Tierra Silver CEO and Director, Pablo Ruiz, stated: "We are focused."',
        [("Pablo Ruiz", "CEO and Director", [])],
    ),
    ("2023-06-26 14:14 ET - News Release\n\nMr. Jan Moller reports\n\nKESTREL CLOSES", [("Jan Moller", None, [])]),
    (
        '"The results are strong," said Derek Vance, CEO of Pinnacle Gold. "We will keep drilling."',
        [("Derek Vance", "CEO", [])],
    ),
    (
        'Oliver Grant, Chief Executive Officer of Halcyon, commented "The quarter went well."',
        [("Oliver Grant", "Chief Executive Officer", [])],
    ),
    (
        "The independent qualified persons are Simon Tremblay-Roy, P. Geo. and Eric Gagnon, ing, "
        "all from GeoConsult Inc.",
        [
            ("Simon Tremblay-Roy", "independent qualified persons", ["P. Geo."]),
            ("Eric Gagnon", "independent qualified persons", ["ing"]),
        ],
    ),
    (
        "Sara Lind, Independent director for Loyal, who is a qualified person as defined by NI 43-101, "
        "has approved it.",
        [("Sara Lind", "Independent director; qualified person", [])],
    ),
    (
        "Valley Gold announces that Peter Hale will retire as Chairman at the meeting. Mark Stone will assume the role "
        "of acting Chairman.",
        [("Peter Hale", "Chairman", []), ("Mark Stone", "acting Chairman", [])],
    ),
    (
        "For further information please visit www.valleygold.com or contact:\n"
        "Mark Stone / Nina Ford |\nValley Gold Plc |\n"
        "Tel: +44 20 7000 0000 |\nHugo de Vries / Anna Bell |\nStrand Media Ltd |",
        [
            ("Mark Stone", "Valley Gold Plc", []),
            ("Nina Ford", "Valley Gold Plc", []),
            ("Hugo de Vries", "Strand Media Ltd", []),
            ("Anna Bell", "Strand Media Ltd", []),
        ],
    ),
    (
        "Election of Directors\n\nMotion Votes For % For\nNumber of Directors 335,006,431 99.97\n"
        "Grace Obi 314,102,561 99.68\nHenry A. Lowe 311,821,079 98.96",
        [("Grace Obi", "director", []), ("Henry A. Lowe", "director", [])],
    ),
    (
        "By: /s/ Karen J. Pike\nDirector and Chief Financial Officer\nDate: June 18, 2003",
        [("Karen J. Pike", "Director and Chief Financial Officer", [])],
    ),
    (
        "Abcourt welcomes Mr. Louis Pare, as new director of the Corporation. Mr. Pare is an accountant.",
        [("Louis Pare", "new director", [])],
    ),
    (
        '"Nadia Brooks"\n\n__________\n\nNadia Brooks\n\nPresident and CEO\n\n'
        "For further information contact myself or:\n\n"
        "Tom Reyes\n\nInvestor Relations Manager",
        [("Nadia Brooks", "President and CEO", []), ("Tom Reyes", "Investor Relations Manager", [])],
    ),
    ("In relation to Mr. Hugo's departure we thank him.", [("Hugo", None, [])]),
    (
        "Pascal Roy, President and CEO, comments on the results. Mr. Roy and Mr. Dube are qualified persons.",
        [("Pascal Roy", "President and CEO", []), ("Dube", None, [])],
    ),
    ("Lena Park, CEOTelephone: 604.555.0100Email: info@example.com", [("Lena Park", "CEO", [])]),
    (
        "Ian Roe, Loyal's President & ChiefExecutive Officer commented on the deal.",
        [("Ian Roe", "President & Chief Executive Officer", [])],
    ),
    (
        '"This is a step forward," said Maria Diaz, CEO of Ardent. For further information contact:\n'
        "Maria Diaz, Chief Executive Officer",
        [("Maria Diaz", "CEO; Chief Executive Officer", [])],
    ),
    (
        "Ms. Laura Benning has been appointed Chief Financial Officer, replacing Peter Vance, who resigned as CFO.",
        [("Laura Benning", "Chief Financial Officer", []), ("Peter Vance", "CFO", [])],
    ),
    (
        '"Jane Hill"\nJane Hill, President and CEO\n\n"It is a good day," said Jane Hill, President & CEO.',
        [("Jane Hill", "President and CEO", [])],
    ),
    (
        "Fox Lake Gold Appoints Karen Muir as Chief Executive Officer\n\nFox Lake Gold Corp. announces the "
        "appointment of Karen Muir as Chief Executive Officer.",
        [("Karen Muir", "Chief Executive Officer", [])],
    ),
    # names with accented letters
    (
        "Assays were run by a certified laboratory. Aoife Ní Bhriain-Céline, P.Geo., Chief Geologist, is the "
        "Qualified Person for this release.",
        [("Aoife Ní Bhriain-Céline", "Chief Geologist; Qualified Person", ["P.Geo."])],
    ),
    (
        "Samples were split at the core shack. Mélanie Côté, P.Geo., Exploration Manager, approved this release.",
        [("Mélanie Côté", "Exploration Manager", ["P.Geo."])],
    ),
    (
        "Contact:\nJosé-Andrés Muñoz, Corporate Development\nTel: (604) 555-0188\n",
        [("José-Andrés Muñoz", "Corporate Development", [])],
    ),
    # an honorific written without a full stop, as in Australian releases
    (
        "The Exploration Results are based on information compiled by Mr Owain Trevelyan, who is a "
        "competent geologist of long standing. Mr Trevelyan is a full-time employee of the Company.",
        [("Owain Trevelyan", None, [])],
    ),
    # a contact block set in columns: each name with the role beneath it
    (
        "For more information:\n\nHamish Calder                 Tegan Moss\nManaging Director             "
        "Company Secretary\n+61 8 9000 1111              +61 8 9000 2222\n",
        [("Hamish Calder", "Managing Director", []), ("Tegan Moss", "Company Secretary", [])],
    ),
    # names parted by a slash, a phone number in the next column
    (
        "For further information please contact:\n\nOrca Capital Limited (Broker)\n"
        "Rupert Vane / Imogen Stroud            +44 (0)20 7000 1234\n",
        [("Rupert Vane", None, []), ("Imogen Stroud", None, [])],
    ),
    # an office held on the board, named in full
    (
        "The Company announced that Harriet Dunmore, Chairman of the Board, will lead the strategic review.",
        [("Harriet Dunmore", "Chairman of the Board", [])],
    ),
    (
        "Alan Pryce, Chair of the Board of Directors, said the drill results were strong.",
        [("Alan Pryce", "Chair of the Board of Directors", [])],
    ),
    # not people: companies, places, properties, methods, headings
    ('The Company entered into an agreement with Daniel G. Brooks Consulting Inc. (the "Consultant").', []),
    ("Grade interpolation was obtained by Inverse Distance Squared using hard boundaries.", []),
    ("The project is underlain by Wollaston Supergroup gneisses, as discovered by Rio Tinto nearby.", []),
    ("For more information about Westgold, the Buckskin Rawhide, Stewart, and Rozan Properties, visit us.", []),
    ("Qualified Person\n\nHighway Property Summary\n\nVancouver, British Columbia", []),
    ("Ernst & Young LLP was appointed as the auditor of the Company.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people(text: str, expected: list[tuple[str, str | None, list[str]]]) -> None:
    r = run(text, "people")
    got = [(p.name.value, p.role.value if p.role else None, [d.value for d in p.designations]) for p in r.people]
    assert got == expected
    assert spans_ok(text, r)
    for p in r.people:
        assert (p.role is None) == (not p.roles)
