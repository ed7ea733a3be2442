"""Where the role of a long label ends and the name begins (`labels.split_role`), and the
labels that markup marks whatever their words (`labels.read_marked_label`)."""

from __future__ import annotations

import pytest

from kremlin_parse.labels import find_label, read_marked_label, split_role


@pytest.mark.parametrize(("label", "role", "name"), [
    # An object that runs on past a continuation word: `… Party` + `of Russia`.
    ("Leader of the Liberal Democratic Party of Russia Vladimir Zhirinovsky",
     "Leader of the Liberal Democratic Party of Russia", "Vladimir Zhirinovsky"),
    # A lowercase word that no name holds.
    ("Director of the Moscow Variety theatre Gennady Hazanov",
     "Director of the Moscow Variety theatre", "Gennady Hazanov"),
    # Objects chained by `for`, `and`, `of the` over words the vocabulary does not know.
    ("Chairman of the Board of the Foundation for Development and Support of the Valdai Discussion Club"
     " Andrei Bystritsky",
     "Chairman of the Board of the Foundation for Development and Support of the Valdai Discussion Club",
     "Andrei Bystritsky"),
    # Name particles stay in the name; an object the word rules end is not run on.
    ("President of Brazil Luiz Inácio Lula da Silva", "President of Brazil", "Luiz Inácio Lula da Silva"),
    ("Crown Prince of Saudi Arabia Mohammed bin Salman", "Crown Prince of Saudi Arabia", "Mohammed bin Salman"),
    ("Professor of Political Science and Head of the Emirates Policy Center Ebtesam al-Ketbi",
     "Professor of Political Science and Head of the Emirates Policy Center", "Ebtesam al-Ketbi"),
    ("Minister of Foreign Affairs of the Russian Federation Sergei Lavrov",
     "Minister of Foreign Affairs of the Russian Federation", "Sergei Lavrov"),
    ("Head of the Federal Tax Service Daniil Yegorov", "Head of the Federal Tax Service", "Daniil Yegorov"),
    ("President of Tajikistan", "President of Tajikistan", None),
])
def test_role_and_name(label: str, role: str, name: str | None) -> None:
    assert split_role(label.split()) == (role, name)


def test_a_role_that_goes_on_after_the_comma_names_the_person_at_its_end() -> None:
    label = ("Research Director of the Foundation for Development and Support of the Valdai Discussion Club,"
             " moderator Fyodor Lukyanov")
    for parts in (find_label(label + ": Friends, guests,"), read_marked_label(label, len(label) + 1)):
        assert parts is not None
        assert (parts.role, parts.name, parts.affiliation) == (
            "Research Director of the Foundation for Development and Support of the Valdai Discussion Club,"
            " moderator", "Fyodor Lukyanov", None)


@pytest.mark.parametrize(("label", "name", "affiliation"), [
    ("Valery Sanfirov, Mayak radio", "Valery Sanfirov", "Mayak radio"),  # no role: an affiliation
    ("Governor Ivan Petrov, acting head of Rostov Region", "Ivan Petrov", "acting head of Rostov Region"),
])
def test_an_affiliation_that_names_no_one_stays_an_affiliation(label: str, name: str, affiliation: str) -> None:
    parts = find_label(label + ": Text.")
    assert parts is not None and (parts.name, parts.affiliation) == (name, affiliation)


@pytest.mark.parametrize(("label", "name", "role", "qualifier", "generic"), [
    ("Call centre operator", "Call centre operator", None, None, False),
    ("Sophie Shevardnadze(retranslated)", "Sophie Shevardnadze", None, "retranslated", False),
    ("Question", None, None, None, True),
    ("Vladimir Putin (responding to remarks by test pilot Magomed Tolboyev)", "Vladimir Putin", None,
     "responding to remarks by test pilot Magomed Tolboyev", False),
])
def test_a_marked_label_is_read_whatever_its_words(
    label: str, name: str | None, role: str | None, qualifier: str | None, generic: bool
) -> None:
    parts = read_marked_label(label, len(label) + 1)
    assert (parts.label, parts.end, parts.name, parts.role, parts.qualifier, parts.generic) == (
        label, len(label) + 1, name, role, qualifier, generic)
