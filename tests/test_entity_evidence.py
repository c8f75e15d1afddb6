"""Entity rules on hand-built parses: places only from place evidence, types from evidence."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphbuild.entities import find_entities
from graphbuild.linking import link
from graphbuild.model import Article, ArticleAnalysis
from graphbuild.places import candidates, is_spelling, place_of, resolve

VOCAB = Vocab()
# A vocabulary with the lexical attributes of English words (is_alpha, is_lower).
ENGLISH = English().vocab


def parse(tokens: list[tuple[str, str, str]], ents: list[str]) -> Doc:
    """A parse from (word, pos, tag) triples and IOB entity tags ("B-ORG", "O")."""
    words = [word for word, _, _ in tokens]
    spaces = [
        index + 1 < len(words) and words[index + 1] not in {",", ".", "'s", "n't"}
        for index in range(len(words))
    ]
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        pos=[pos for _, pos, _ in tokens],
        tags=[tag for _, _, tag in tokens],
        sent_starts=[index == 0 for index in range(len(words))],
        ents=ents,
    )


def kinds(doc: Doc) -> dict[str, str]:
    return {mention.text: mention.type for mention in find_entities(doc)}


@pytest.mark.parametrize("code", ["CNN", "BBC", "GOP", "CDC", "SLS", "UN"])
def test_codes_and_capitals_never_name_a_place(code):
    assert candidates(code) == ()


@pytest.mark.parametrize("word", ["Inc.", "Nov.", "Sen.", "Google", "White House", "La"])
def test_abbreviations_and_one_off_renamings_never_name_a_place(word):
    assert place_of(word) is None


def test_old_names_and_transliterations_still_name_their_place():
    assert place_of("Leningrad").name == "Saint Petersburg"
    assert place_of("Bombay").name == "Mumbai"
    assert place_of("Kiev").name == "Kyiv"
    assert place_of("US").kind == "country"
    assert is_spelling("Kyiv", "Kiev") and not is_spelling("Google", "Topeka")


def test_namesakes_are_told_apart_by_the_article_and_say_why():
    assert resolve("Paris").place.country == "country:FR"
    assert "most populous" in resolve("Paris").basis
    texan = resolve("Paris", ["region:US-TX"])
    assert texan.place.region == "region:US-TX" and "Texas" in texan.basis
    assert resolve("Paris", near="Texas").place.region == "region:US-TX"
    # A country alone does not pull a big city's name to a small namesake.
    assert resolve("Frankfurt", ["country:US"]).place.country == "country:DE"


def test_an_organisation_named_like_a_town_stays_an_organisation():
    doc = parse(
        [
            ("Toyota", "PROPN", "NNP"),
            ("said", "VERB", "VBD"),
            ("sales", "NOUN", "NNS"),
            ("rose", "VERB", "VBD"),
        ],
        ["B-ORG", "O", "O", "O"],
    )
    assert kinds(doc) == {"Toyota": "ORG"}


def test_a_bare_place_name_is_no_product_and_a_place_pattern_makes_a_place():
    doc = parse(
        [
            ("Troops", "NOUN", "NNS"),
            ("left", "VERB", "VBD"),
            ("Mariupol", "PROPN", "NNP"),
            ("for", "ADP", "IN"),
            ("the", "DET", "DT"),
            ("Sinai", "PROPN", "NNP"),
            ("peninsula", "NOUN", "NN"),
        ],
        ["O", "O", "B-PRODUCT", "O", "O", "B-ORG", "O"],
    )
    found = {m.text: m for m in find_entities(doc)}
    assert found["Mariupol"].type == "PLACE" and found["Mariupol"].place and found["Mariupol"].basis
    assert "gazetteer" in found["Mariupol"].evidence
    assert found["Sinai"].type == "PLACE" and "peninsula" in found["Sinai"].evidence


def test_a_town_with_its_country_beside_it_is_a_place():
    doc = parse(
        [
            ("Workers", "NOUN", "NNS"),
            ("in", "ADP", "IN"),
            ("Hamburg", "PROPN", "NNP"),
            (",", "PUNCT", ","),
            ("Germany", "PROPN", "NNP"),
            ("struck", "VERB", "VBD"),
        ],
        ["O", "O", "B-ORG", "O", "B-GPE", "O"],
    )
    assert kinds(doc) == {"Hamburg": "PLACE", "Germany": "PLACE"}


def test_a_leading_verb_is_no_part_of_a_name():
    doc = parse(
        [
            ("Taking", "VERB", "VBG"),
            ("Mariupol", "PROPN", "NNP"),
            ("took", "VERB", "VBD"),
            ("months", "NOUN", "NNS"),
        ],
        ["B-ORG", "I-ORG", "O", "O"],
    )
    assert kinds(doc) == {"Mariupol": "PLACE"}


def test_contractions_month_abbreviations_and_fragments_are_no_entities():
    doc = parse(
        [
            ("They", "PRON", "PRP"),
            ("did", "AUX", "VBD"),
            ("n't", "PART", "RB"),
            ("go", "VERB", "VB"),
            ("on", "ADP", "IN"),
            ("Sept.", "PROPN", "NNP"),
            ("to", "ADP", "IN"),
            ("x", "PROPN", "NNP"),
        ],
        ["O", "O", "B-GPE", "O", "O", "B-GPE", "O", "B-ORG"],
    )
    assert kinds(doc) == {}


def test_a_one_word_name_after_the_is_no_person():
    doc = parse(
        [
            ("Two", "NUM", "CD"),
            ("crews", "NOUN", "NNS"),
            ("walked", "VERB", "VBD"),
            ("on", "ADP", "IN"),
            ("the", "DET", "DT"),
            ("Moon", "PROPN", "NNP"),
            ("with", "ADP", "IN"),
            ("Aldrin", "PROPN", "NNP"),
        ],
        ["O", "O", "O", "O", "O", "B-PERSON", "O", "B-PERSON"],
    )
    assert kinds(doc) == {"Aldrin": "PERSON"}


def test_a_brand_written_lower_case_first_is_a_product_unless_a_company_shows():
    doc = parse(
        [
            ("Fans", "NOUN", "NNS"),
            ("queued", "VERB", "VBD"),
            ("for", "ADP", "IN"),
            ("the", "DET", "DT"),
            ("iPad", "PROPN", "NNP"),
            ("and", "CCONJ", "CC"),
            ("sold", "VERB", "VBD"),
            ("theirs", "PRON", "PRP"),
            ("on", "ADP", "IN"),
            ("eBay", "PROPN", "NNP"),
            ("Inc", "PROPN", "NNP"),
        ],
        ["O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "B-ORG", "I-ORG"],
    )
    assert kinds(doc) == {"iPad": "PRODUCT", "eBay Inc": "ORG"}


def test_a_currency_code_beside_an_amount_is_no_organisation():
    doc = parse(
        [
            ("Sales", "NOUN", "NNS"),
            ("reached", "VERB", "VBD"),
            ("USD", "PROPN", "NNP"),
            ("4.2", "NUM", "CD"),
            ("billion", "NUM", "CD"),
            ("at", "ADP", "IN"),
            ("Nokia", "PROPN", "NNP"),
        ],
        ["O", "O", "B-ORG", "O", "O", "O", "B-ORG"],
    )
    assert kinds(doc) == {"Nokia": "ORG"}


def test_a_name_taken_for_an_organisation_joins_the_place_other_articles_name():
    place = parse(
        [("Shelling", "NOUN", "NN"), ("hit", "VERB", "VBD"), ("Mariupol", "PROPN", "NNP")],
        ["O", "O", "B-GPE"],
    )
    org = parse(
        [("Mariupol", "PROPN", "NNP"), ("held", "VERB", "VBD"), ("out", "ADP", "RP")], ["B-ORG", "O", "O"]
    )
    analyses = [
        ArticleAnalysis(Article(f"art-{index}", "a.txt", doc.text), find_entities(doc), [], [])
        for index, doc in enumerate((place, org))
    ]
    entities, _ = link(analyses)
    assert [(entity.name, entity.type, entity.mentions) for entity in entities] == [("Mariupol", "PLACE", 2)]
    assert entities[0].lat is not None and entities[0].basis


def _analyses(*articles: list[tuple[str, str]]) -> list[ArticleAnalysis]:
    """Analyses from lists of (name, type) mentions, one list an article."""
    from graphbuild.model import EntityMention

    analyses = []
    for index, mentions in enumerate(articles):
        found, at = [], 0
        for text, kind in mentions:
            found.append(EntityMention(text, kind, at, at + len(text), 0))
            at += len(text) + 1
        text = " ".join(name for name, _ in mentions)
        analyses.append(ArticleAnalysis(Article(f"art-{index}", "a.txt", text), found, [], []))
    return analyses


def _entities(analyses) -> set[tuple[str, ...]]:
    return {tuple(entity.aliases) for entity in link(analyses)[0]}


@pytest.mark.parametrize("person", ["Richard Ford", "John M. Ford"])
def test_a_company_named_like_a_person_is_not_that_person(person):
    linked = _entities(_analyses([(person, "PERSON"), ("Ford", "ORG")], [("Ford", "ORG")]))
    assert (person,) in linked and ("Ford",) in linked


def test_an_acronym_joins_its_expansion_only_where_the_text_shows_it():
    shown = _entities(_analyses([("Agence France-Presse", "ORG"), ("AFP", "ORG")]))
    assert ("AFP", "Agence France-Presse") in shown
    apart = _entities(_analyses([("Amnesty International", "ORG")], [("AI", "ORG")]))
    assert ("AI",) in apart and ("Amnesty International",) in apart


def test_an_airline_joins_its_short_name():
    linked = _entities(
        _analyses([("China Eastern Airlines", "ORG"), ("Qatar", "PLACE")], [("China Eastern", "ORG")])
    )
    assert ("China Eastern", "China Eastern Airlines") in linked


def test_a_country_short_form_beginning_an_organisation_is_spelled_out():
    linked = _entities(_analyses([("US Air Force", "ORG")], [("United States Air Force", "ORG")]))
    assert ("US Air Force", "United States Air Force") in linked


def test_a_first_word_joins_the_company_only_where_every_article_names_it_in_full():
    linked = _entities(
        _analyses(
            [("Northrop Grumman", "ORG"), ("Northrop", "ORG"), ("Apple Corps", "ORG"), ("Apple", "ORG")],
            [("Apple", "ORG")],
        )
    )
    assert ("Northrop", "Northrop Grumman") in linked
    assert ("Apple",) in linked and ("Apple Corps",) in linked
    # A short name written before the longer one is no short form of it, nor an acronym.
    apart = _entities(
        _analyses(
            [("Dräger", "ORG"), ("Dräger Infinity", "ORG"), ("UN Security Council", "ORG"), ("UN", "ORG")]
        )
    )
    assert ("Dräger",) in apart and ("UN",) in apart


def test_a_name_after_a_title_only_people_bear_is_a_person():
    doc = parse(
        [
            ("spokeswoman", "NOUN", "NN"),
            ("Sandy", "PROPN", "NNP"),
            ("Angers", "PROPN", "NNP"),
            ("said", "VERB", "VBD"),
            ("Dr", "PROPN", "NNP"),
            ("Pepper", "PROPN", "NNP"),
            ("Snapple", "PROPN", "NNP"),
            ("Group", "PROPN", "NNP"),
        ],
        ["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"],
    )
    assert kinds(doc) == {"Sandy Angers": "PERSON", "Dr Pepper Snapple Group": "ORG"}


def test_capitalised_common_words_are_no_name_but_one_word_may_be():
    doc = parse(
        [
            ("Legendary", "ADJ", "JJ"),
            ("Aquatic", "ADJ", "JJ"),
            ("Star", "NOUN", "NN"),
            ("Esther", "PROPN", "NNP"),
            ("Williams", "PROPN", "NNP"),
            ("joined", "VERB", "VBD"),
            ("Apple", "NOUN", "NN"),
        ],
        ["B-ORG", "I-ORG", "I-ORG", "B-PERSON", "I-PERSON", "O", "B-ORG"],
    )
    assert kinds(doc) == {"Esther Williams": "PERSON", "Apple": "ORG"}


def test_a_surname_is_the_person_its_article_names_not_another_articles_company():
    linked = _entities(
        _analyses(
            [("John M. Ford", "PERSON"), ("Ford", "PERSON"), ("Dale Ford", "PERSON"), ("Ford", "PERSON")],
            [("Ford", "ORG"), ("Ford", "ORG")],
        )
    )
    # His brother named later does not take the surname from the man the article is about.
    assert ("Ford", "John M. Ford") in linked and ("Dale Ford",) in linked
    assert ("Ford",) in linked
    # A place written like a person's surname stays the place.
    beside = _entities(
        _analyses([("Garuda Indonesia", "PERSON"), ("Indonesia", "PERSON"), ("Indonesia", "PLACE")])
    )
    assert ("Indonesia",) in beside


def test_a_ceremony_is_no_organisation_but_its_academy_is():
    doc = parse(
        [
            ("The", "DET", "DT"),
            ("Academy", "PROPN", "NNP"),
            ("chose", "VERB", "VBD"),
            ("a", "DET", "DT"),
            ("host", "NOUN", "NN"),
            ("for", "ADP", "IN"),
            ("the", "DET", "DT"),
            ("Academy", "PROPN", "NNP"),
            ("Awards", "PROPN", "NNPS"),
        ],
        ["O", "B-ORG", "O", "O", "O", "O", "O", "B-ORG", "I-ORG"],
    )
    assert kinds(doc) == {"Academy": "ORG"}


def test_a_name_the_article_gives_a_person_is_no_place_after_a_preposition():
    doc = parse(
        [
            ("Critics", "NOUN", "NNS"),
            ("of", "ADP", "IN"),
            ("Sutton", "PROPN", "NNP"),
            ("sought", "VERB", "VBD"),
            ("an", "DET", "DT"),
            ("inquiry", "NOUN", "NN"),
            ("into", "ADP", "IN"),
            ("Sutton", "PROPN", "NNP"),
            ("and", "CCONJ", "CC"),
            ("troops", "NOUN", "NNS"),
            ("moved", "VERB", "VBD"),
            ("into", "ADP", "IN"),
            ("Preston", "PROPN", "NNP"),
        ],
        ["O", "O", "B-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O", "B-PERSON"],
    )
    found = [(m.text, m.type) for m in find_entities(doc)]
    assert found == [("Sutton", "PERSON"), ("Sutton", "PERSON"), ("Preston", "PLACE")]


def test_a_surname_before_the_full_name_is_the_person_where_the_article_uses_it_so():
    doc = parse(
        [
            ("Petrov", "PROPN", "NNP"),
            ("beat", "VERB", "VBD"),
            ("Harlan", "PROPN", "NNP"),
            ("as", "ADP", "IN"),
            ("Marco", "PROPN", "NNP"),
            ("Harlan", "PROPN", "NNP"),
            ("fell", "VERB", "VBD"),
            ("and", "CCONJ", "CC"),
            ("Harlan", "PROPN", "NNP"),
            ("wept", "VERB", "VBD"),
            ("and", "CCONJ", "CC"),
            ("Harlan", "PROPN", "NNP"),
            ("left", "VERB", "VBD"),
            ("while", "SCONJ", "IN"),
            ("Ford", "PROPN", "NNP"),
            ("hired", "VERB", "VBD"),
            ("Henry", "PROPN", "NNP"),
            ("Ford", "PROPN", "NNP"),
        ],
        ["B-PERSON", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "O"]
        + ["O", "B-ORG", "O", "B-PERSON", "I-PERSON"],
    )
    found = [(m.text, m.type) for m in find_entities(doc)]
    assert found[1] == ("Harlan", "PERSON")
    # The company the article names as much as the man keeps its type.
    assert ("Ford", "ORG") in found


def test_the_end_of_an_organisations_name_is_that_organisation_where_one_has_it():
    linked = _entities(
        _analyses(
            [
                ("Leeds Rhinos", "ORG"),
                ("Rhinos", "ORG"),
                ("US Air Force", "ORG"),
                ("Indian Air Force", "ORG"),
            ],
            [("Rhinos", "ORG"), ("Air Force", "ORG")],
        )
    )
    assert ("Leeds Rhinos", "Rhinos") in linked
    # Two air forces end so: the short name stays apart.
    assert ("Air Force",) in linked
    # An acronym is a name of its own, not the end of a longer one.
    acronym = _entities(_analyses([("New GM", "ORG"), ("GM", "ORG")], [("GM", "ORG")]))
    assert ("New GM",) in acronym and ("GM",) in acronym
    # Across articles only where one article shows both names.
    apart = _entities(_analyses([("Leeds Rhinos", "ORG")], [("Rhinos", "ORG")]))
    assert ("Rhinos",) in apart


def test_a_generation_suffix_and_a_middle_initial_name_the_same_person():
    linked = _entities(
        _analyses(
            [("Arthur Quentin Mayfield Jr.", "PERSON")],
            [("Arthur Quentin Mayfield", "PERSON"), ("Mayfield", "PERSON")],
            [("Helen T. Marsh", "PERSON")],
            [("Helen Marsh", "PERSON")],
            [("John A. Reed", "PERSON"), ("John B. Reed", "PERSON"), ("John Reed", "PERSON")],
        )
    )
    assert ("Arthur Quentin Mayfield", "Arthur Quentin Mayfield Jr.", "Mayfield") in linked
    assert ("Helen Marsh", "Helen T. Marsh") in linked
    # Two initials make two men of one name: none joins it.
    assert ("John Reed",) in linked


def test_a_surname_the_corpus_gives_a_person_joins_no_place_of_that_name():
    from graphbuild.model import EntityMention

    analyses = _analyses([("George Sutton", "PERSON")], [("Sutton", "PERSON")])
    town = EntityMention("Sutton", "PLACE", 0, 6, 0, place=candidates("Sutton")[0].key)
    analyses.append(ArticleAnalysis(Article("art-town", "a.txt", "Sutton"), [town], [], []))
    linked = {(entity.type, tuple(entity.aliases)) for entity in link(analyses)[0]}
    assert linked == {("PERSON", ("George Sutton", "Sutton")), ("PLACE", ("Sutton",))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Thousands of fans posted on Twitter after the concert. The Twitter storm lasted two days.",
            "Twitter",
        ),
        ("The mayor answered critics on Mastodon. Mastodon users were not convinced.", "Mastodon"),
        ("Residents complained on Weibo about the smog, and Weibo removed some posts.", "Weibo"),
    ],
)
def test_a_name_after_on_that_no_person_or_place_bears_is_an_organisation(text, name):
    from graphbuild import nlp

    found = [m for m in find_entities(nlp.load()(text)) if m.text == name]
    assert len(found) == 2 and {m.type for m in found} == {"ORG"}


def test_a_person_or_a_place_after_on_stays_what_it_is():
    from graphbuild import nlp

    doc = nlp.load()("Critics pressed Jane Holloway for an answer. The pressure on Holloway grew.")
    assert {m.text: m.type for m in find_entities(doc)}["Holloway"] == "PERSON"
    doc = nlp.load()("The rebels launched attacks on Kharkiv overnight.")
    assert kinds(doc)["Kharkiv"] == "PLACE"
    # A heavenly body, named with "on" too.
    doc = nlp.load()("Scientists think Europa hides an ocean, and a lander could search for life on Europa.")
    assert {m.type for m in find_entities(doc) if m.text == "Europa"} == {"PLACE"}


def test_spelling_variants_of_a_name_are_one_entity():
    linked = _entities(
        _analyses(
            [("Harbourside Arts Centre", "ORG"), ("Mt Pelham", "PLACE")],
            [("Harbourside Arts Center", "ORG"), ("Mount Pelham", "PLACE")],
            [("MT", "ORG"), ("Mount", "ORG")],
        )
    )
    assert ("Harbourside Arts Center", "Harbourside Arts Centre") in linked
    assert ("Mount Pelham", "Mt Pelham") in linked
    # "Mt" alone is no abbreviation of a name.
    assert ("MT",) in linked and ("Mount",) in linked


def _spacy_kinds(text: str) -> dict[str, tuple[str, str | None]]:
    from graphbuild import nlp

    doc = next(nlp.parse(nlp.load(None), [text]))
    found: dict[str, tuple[str, str | None]] = {}
    for mention in find_entities(doc):
        found.setdefault(mention.text, (mention.type, mention.evidence))
    return found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Users are buzzing about Falcon, the newest version of Veltro's operating system.", "Falcon"),
        ("The company unveiled Quasar, a tablet for children, in Paris.", "Quasar"),
        ("Many users prefer the web browser Firefly to the others, Kessler said.", "Firefly"),
        ("Nintendo's new Switch Lite went on sale in Tokyo on Friday.", "Switch Lite"),
        ("Veltro released Nimbus on Tuesday, and the company expects Nimbus to sell well.", "Nimbus"),
        ("I still carry my Lumora Pro to every meeting.", "Lumora Pro"),
    ],
)
def test_the_sentence_shows_a_product(text, name):
    kind, evidence = _spacy_kinds(text)[name]
    assert kind == "PRODUCT" and evidence.startswith("sentence")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The police released John Carter on Monday.", "John Carter", "PERSON"),
        ("The new Congress met on Monday, and Congress passed the bill.", "Congress", "ORG"),
        ("Apple's new MacBook Air laptops went on sale.", "Apple", "ORG"),
        ("An Apple spokesman declined to comment, a Reuters reporter said.", "Reuters", "ORG"),
    ],
)
def test_people_companies_and_makers_stay_what_they_are(text, name, kind):
    assert _spacy_kinds(text)[name][0] == kind


def test_a_nationality_before_a_person_is_no_part_of_the_name():
    found = _spacy_kinds(
        "Klein kept his belt after stopping American Marcus Tillman in the seventh round. "
        "Tillman's trainer, Joe Reyes, said Tillman was not hurt."
    )
    assert found["Marcus Tillman"][0] == "PERSON"
    assert not any(name.startswith("American ") for name in found)
    assert _spacy_kinds("American Airlines cut 300 flights on Monday, the airline said.") == {
        "American Airlines": ("ORG", None)
    }


def test_a_month_or_a_nationality_is_no_missed_place():
    assert _spacy_kinds("Heavy fighting broke out in March near the river.") == {}
    found = [m.text for m in find_entities(next(_parse_all("Police arrested British tourist Daniel Shaw.")))]
    assert found.count("British") == 1


def _parse_all(*texts):
    from graphbuild import nlp

    return nlp.parse(nlp.load(None), list(texts))


def test_a_name_that_died_is_a_persons():
    found = _spacy_kinds("Dottie Mae, whose risque photos made her a cult favorite, died Thursday night.")
    assert found["Dottie Mae"] == ("PERSON", "sentence: Dottie Mae died")
    assert _spacy_kinds("Apple bears the cost of repairs, Apple said.")["Apple"][0] == "ORG"


def test_a_well_known_acronym_joins_its_expansion_named_in_another_article():
    linked = _entities(_analyses([("Associated Press", "ORG")], [("AP", "ORG")]))
    assert ("AP", "Associated Press") in linked
    # Not one the letters alone would give.
    apart = _entities(_analyses([("Amnesty International", "ORG")], [("AI", "ORG")]))
    assert ("AI",) in apart


def test_a_name_tagged_a_place_is_a_person_where_the_article_calls_its_last_word_one():
    doc = parse(
        [
            ("They", "PRON", "PRP"),
            ("hired", "VERB", "VBD"),
            ("Mo", "PROPN", "NNP"),
            ("Varga", "PROPN", "NNP"),
            ("and", "CCONJ", "CC"),
            ("Varga", "PROPN", "NNP"),
            ("spoke", "VERB", "VBD"),
            ("in", "ADP", "IN"),
            ("Paris", "PROPN", "NNP"),
        ],
        ["O", "O", "B-GPE", "I-GPE", "O", "B-PERSON", "O", "O", "B-GPE"],
    )
    assert kinds(doc) == {"Mo Varga": "PERSON", "Varga": "PERSON", "Paris": "PLACE"}


def test_a_person_with_an_article_and_an_adjective_stays_a_person():
    found = _spacy_kinds("Ortiz knocked out a sluggish Marco Delgado in Madrid on Saturday night.")
    assert found["Marco Delgado"][0] == "PERSON"


def parse_lines(lines: list[list[tuple[str, str, str, str]]]) -> Doc:
    """A parse of several lines, each a sentence, from (word, pos, lemma, IOB tag) tuples."""
    words, spaces, pos, lemmas, ents, starts = [], [], [], [], [], []
    for line in lines:
        for index, (word, tag, lemma, ent) in enumerate(line):
            words.append(word)
            last = index + 1 == len(line)
            spaces.append(not last and line[index + 1][0] not in {",", "."})
            pos.append(tag)
            lemmas.append(lemma)
            ents.append(ent)
            starts.append(index == 0)
        words.append("\n")
        spaces.append(False)
        pos.append("SPACE")
        lemmas.append("\n")
        ents.append("O")
        starts.append(False)
    return Doc(ENGLISH, words=words, spaces=spaces, pos=pos, lemmas=lemmas, sent_starts=starts, ents=ents)


def test_a_headline_of_common_words_names_nothing_but_the_names_the_article_gives():
    doc = parse_lines(
        [
            [
                ("Baker", "PROPN", "baker", "B-ORG"),
                ("Saves", "PROPN", "save", "I-ORG"),
                ("4", "NUM", "4", "I-ORG"),
                ("Pupils", "PROPN", "pupil", "I-ORG"),
            ],
            [
                ("Club", "PROPN", "club", "B-ORG"),
                ("Signs", "PROPN", "sign", "I-ORG"),
                ("Tomas", "PROPN", "Tomas", "I-ORG"),
                ("Varga", "PROPN", "Varga", "I-ORG"),
            ],
            [
                ("A", "DET", "a", "O"),
                ("baker", "NOUN", "baker", "O"),
                ("saved", "VERB", "save", "O"),
                ("four", "NUM", "four", "O"),
                ("pupils", "NOUN", "pupil", "O"),
                (",", "PUNCT", ",", "O"),
                ("and", "CCONJ", "and", "O"),
                ("the", "DET", "the", "O"),
                ("club", "NOUN", "club", "O"),
                ("signed", "VERB", "sign", "O"),
                ("Tomas", "PROPN", "Tomas", "B-PERSON"),
                ("Varga", "PROPN", "Varga", "I-PERSON"),
                (".", "PUNCT", ".", "O"),
            ],
        ]
    )
    found = [(mention.text, mention.type) for mention in find_entities(doc)]
    assert found == [("Tomas Varga", "PERSON"), ("Tomas Varga", "PERSON")]


def test_a_headline_name_the_article_does_not_write_in_lower_case_stays():
    doc = parse_lines(
        [
            [
                ("Brixton", "PROPN", "Brixton", "B-ORG"),
                ("Rovers", "PROPN", "Rovers", "I-ORG"),
                ("Win", "PROPN", "win", "O"),
                ("Again", "PROPN", "again", "O"),
            ],
            [("They", "PRON", "they", "O"), ("won", "VERB", "win", "O"), (".", "PUNCT", ".", "O")],
        ]
    )
    assert kinds(doc) == {"Brixton Rovers": "ORG"}


def test_a_full_name_the_tagger_missed_is_the_person_it_calls_so_elsewhere():
    doc = parse_lines(
        [
            [
                ("Orla", "PROPN", "Orla", "O"),
                ("Brennock", "PROPN", "Brennock", "O"),
                ("was", "AUX", "be", "O"),
                ("named", "VERB", "name", "O"),
                ("coach", "NOUN", "coach", "O"),
                (".", "PUNCT", ".", "O"),
            ],
            [("Brennock", "PROPN", "Brennock", "B-PERSON"), ("smiled", "VERB", "smile", "O")],
            # Not the end of a longer name, nor letters and numbers.
            [
                ("Version", "PROPN", "Version", "O"),
                ("X", "PROPN", "X", "O"),
                ("Brennock", "PROPN", "Brennock", "O"),
                ("shipped", "VERB", "ship", "O"),
            ],
        ]
    )
    found = [(mention.text, mention.type) for mention in find_entities(doc)]
    assert found[0] == ("Orla Brennock", "PERSON")
    assert not any("X" in text.split() for text, _ in found)


def test_a_flight_number_names_its_airline_not_a_product():
    doc = parse(
        [
            ("Nordsee", "PROPN", "NNP"),
            ("Air", "PROPN", "NNP"),
            ("Flight", "PROPN", "NNP"),
            ("212", "NUM", "CD"),
            ("landed", "VERB", "VBD"),
        ],
        ["B-PRODUCT", "I-PRODUCT", "I-PRODUCT", "I-PRODUCT", "O"],
    )
    assert kinds(doc) == {"Nordsee Air": "ORG"}


def test_a_title_after_an_organisation_is_no_part_of_its_name():
    doc = parse(
        [
            ("Nordsee", "PROPN", "NNP"),
            ("Air", "PROPN", "NNP"),
            ("CEO", "PROPN", "NNP"),
            ("Anna", "PROPN", "NNP"),
            ("Holm", "PROPN", "NNP"),
            ("spoke", "VERB", "VBD"),
        ],
        ["B-ORG", "I-ORG", "I-ORG", "B-PERSON", "I-PERSON", "O"],
    )
    assert kinds(doc) == {"Nordsee Air": "ORG", "Anna Holm": "PERSON"}


def test_a_person_beside_a_named_paper_stays_a_person():
    from graphbuild import nlp

    doc = nlp.load(None)("Speaking to Harbor magazine, Jack Ollander, her agent, confirmed the news.")
    assert kinds(doc)["Jack Ollander"] == "PERSON"


def test_an_acronym_the_tagger_missed_once_is_the_organisation_it_tags_elsewhere():
    doc = parse(
        [
            ("Skyvane", "PROPN", "NNP"),
            ("(", "PUNCT", "-LRB-"),
            ("SKV", "PROPN", "NNP"),
            (")", "PUNCT", "-RRB-"),
            ("cut", "VERB", "VBD"),
            ("jobs", "NOUN", "NNS"),
            (",", "PUNCT", ","),
            ("and", "CCONJ", "CC"),
            ("SKV", "PROPN", "NNP"),
            ("said", "VERB", "VBD"),
            ("more", "ADJ", "JJR"),
            ("would", "AUX", "MD"),
            ("go", "VERB", "VB"),
        ],
        ["B-ORG", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"],
    )
    found = find_entities(doc)
    assert [(m.text, m.type) for m in found] == [("Skyvane", "ORG"), ("SKV", "ORG"), ("SKV", "ORG")]
    assert "elsewhere" in found[1].evidence
