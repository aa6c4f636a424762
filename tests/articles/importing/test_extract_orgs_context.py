"""Organisations marked by legal forms and context, on sentences written for these tests: legal
forms before or after the name (dotted ones too) are left out, an abbreviation after a full name
with a legal form is folded into it, an agency spoken to at the end of a clause, the body a job
is held at, a joint venture and its owners, a state body's "under the President" tail, and no
"of the" left over from a title."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extracted(*paragraphs: str, headline: str = "Officials discuss cooperation.") -> object:
    seed = story(*paragraphs, headline=headline)
    return extract(seed)


def test_legal_forms_before_and_after_the_name_are_left_out():
    found = extracted(
        "The plant belongs to JSC NC QazaqTemir and Baltic Grain Trading Corporation (BGTC).",
        "Marco Bellini, chief executive of Italy's Vento Marino S.p.A., said the deal was good.",
    )
    assert "QazaqTemir" in found.organizations
    assert "Vento Marino" in found.organizations
    assert "BGTC" not in found.organizations
    assert not [p for p in found.people if "Vento" in p.name]


def test_agency_spoken_to_at_the_end_of_a_clause():
    found = extracted(
        '"We are ready," the ministry told Vestnik.', "He told Vestnik that prices rose."
    )
    assert "Vestnik" in found.organizations


def test_joint_venture_its_owners_and_the_employer_of_a_job():
    found = extracted(
        "The order went to Orbita Nova Space, a joint venture of Spain's Orbita and Germany's "
        "Himmelwerk S.p.A., the company said.",
        "Anna Keller, vice president for sales at Orbita Nova Space, said the satellite is ready.",
    )
    for name in ("Orbita Nova Space", "Orbita", "Himmelwerk"):
        assert name in found.organizations
    assert [p.name for p in found.people] == ["Anna Keller"]


def test_state_body_keeps_its_under_the_president_tail():
    found = extracted(
        "Exports grew, according to the Audit Chamber under the President of Kazakhstan."
    )
    assert "Audit Chamber under the President of Kazakhstan" in found.organizations
    assert "Audit Chamber" not in found.organizations


def test_title_leaves_no_of_the_behind():
    found = extracted(
        '"Fares will fall," Deputy Chairman of the Transport Agency Aidana Omarova said.'
    )
    assert "Transport Agency" in found.organizations
    assert not [o for o in found.organizations if o.startswith("of ")]
