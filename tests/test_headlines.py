"""Title-case headlines read in sentence case: their verbs are no part of the names."""

from __future__ import annotations

from graphbuild import nlp as nlp_stage
from graphbuild.entities import find_entities
from graphbuild.headlines import sentence_cased, title_case_line, title_case_words

BODY = (
    "The mayor of Dunmore, Colm Reilly, resigned on Tuesday after a row over the budget. "
    "Reilly said the council had lost its trust in him."
)


def parsed(text: str):
    return next(nlp_stage.parse(nlp_stage.load(), [text]))


def test_a_headline_leaves_short_function_words_in_lower_case():
    assert title_case_words(["Reilly", "Checks", "into", "Clinic"])
    assert not title_case_words(["Reilly", "checks", "into", "a", "clinic"])


def test_a_line_is_a_headline_by_its_words_possessives_and_punctuation_aside():
    text = "Lohan’s Lawyer Quits, Sources Say\nLohan's lawyer quit on Friday.\nU.S. Rates Rise Again"
    assert title_case_line(text, 0)
    assert title_case_line(text, text.index("Quits"))
    assert not title_case_line(text, text.index("lawyer quit"))
    assert title_case_line(text, text.index("Rates"))


def test_a_headline_keeps_the_capitals_of_names_and_loses_those_of_common_words():
    doc = nlp_stage.load()(f"Mayor Reilly Resigns Over Budget Row in Dunmore\n{BODY}")
    # The article writes "mayor", "resigned" and "budget" in lower case, and Reilly and
    # Dunmore as names; the first word keeps its capital.
    ((start, end, text),) = sentence_cased(doc)
    assert (start, text) == (0, "Mayor Reilly resigns over budget row in Dunmore\n")
    assert doc[end].text == "The"


def test_a_date_and_an_acronym_keep_their_capitals():
    doc = nlp_stage.load()(
        "Council Must Vote by May 9, Says EU\nThe council may vote again. Officials of the EU said so."
    )
    ((_, _, text),) = sentence_cased(doc)
    assert text.startswith("Council must vote by May 9, says EU")


def test_a_line_of_names_is_left_as_it_is():
    doc = nlp_stage.load()(f"Colm Reilly in Dunmore\n{BODY}")
    assert sentence_cased(doc) == []


def test_the_verbs_of_a_headline_are_no_part_of_its_names():
    text = f"Reilly Quits as Mayor, Blames Council Over Budget\n{BODY}"
    doc = parsed(text)
    assert doc.text == text
    names = {mention.text for mention in find_entities(doc)}
    # Read as written, the tagger makes a company of "Blames Council Over Budget".
    assert {"Colm Reilly", "Reilly"} <= names
    assert not any(word in name for name in names for word in ("Quits", "Blames", "Over"))
    assert doc[1].pos_ == "VERB"


def test_a_headline_read_again_keeps_the_text_and_every_offset():
    text = f"Reilly Quits as Mayor of Dunmore\n{BODY}"
    doc = parsed(text)
    assert doc.text == text
    assert [token.idx for token in doc] == [token.idx for token in nlp_stage.load().make_doc(text)]
    assert [sentence.start for sentence in doc.sents][:2] == [0, 7]
