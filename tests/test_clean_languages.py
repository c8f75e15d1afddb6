"""The head of a story in other languages: its byline and the line that dates it are known in
each language of graphbuild.clean.lang (sentences of our own, one small page a language), and
the date rules hold there too: never from a caption or a list of dated teasers."""

from datetime import date

import pytest

from graphbuild.clean import REASONS, clean
from graphbuild.model import Article, PublishedBasis, RawArticle

# (menu, title, byline, date line, the story's paragraphs, the date)
PAGES = {
    "de": (
        "Startseite",
        "Die Fähre fährt wieder über den Fluss",
        "Von Lena Hartmann",
        "30. Juli 2018, 14:05 Uhr",
        [
            "Die Fähre zwischen Albach und Korbdorf fährt seit Dienstag nach einem Monat wieder.",
            "Die Techniker haben das Seil ersetzt, das die Fähre über das Wasser zieht.",
            "Der Gemeinderat sagte, die Fähre fahre nun jeden Tag von sechs Uhr morgens bis Mitternacht.",
        ],
        date(2018, 7, 30),
    ),
    "pt": (
        "Início",
        "A balsa volta a cruzar o rio",
        "Por Ana Souza",
        "sexta-feira, 22 de outubro de 2010 às 20:13",
        [
            "A balsa entre Alvorada e Coqueiral voltou a funcionar depois de um mês de reparos.",
            "Os técnicos trocaram o cabo que puxa a balsa pela água e fizeram testes com a carga completa.",
            "A prefeitura disse que a travessia vai funcionar todos os dias até a meia-noite.",
        ],
        date(2010, 10, 22),
    ),
    "it": (
        "Home",
        "Il traghetto torna ad attraversare il fiume",
        "Di Marco Bruni",
        "Pubblicato il 5 marzo 2019",
        [
            "Il traghetto tra Albella e Cornate ha ripreso le corse martedì dopo un mese di lavori.",
            "I tecnici hanno sostituito il cavo che tira il traghetto e lo hanno provato a pieno carico.",
            "Il comune ha detto che le corse partiranno ogni venti minuti fino a mezzanotte.",
        ],
        date(2019, 3, 5),
    ),
    "ru": (
        "Главная",
        "Паром снова ходит через реку",
        "Автор: Иван Петров",
        "Опубликовано 30 июля 2018",
        [
            "Паром между Алтыново и Кордоном во вторник снова начал ходить после месяца ремонтных работ.",
            "Инженеры заменили трос, который тянет паром через реку, и проверили его под полной нагрузкой.",
            "В администрации сказали, что паром будет ходить каждые двадцать минут с шести утра до полуночи.",
        ],
        date(2018, 7, 30),
    ),
    "id": (
        "Beranda",
        "Kapal feri kembali menyeberangi sungai",
        "Oleh Budi Santoso",
        "Diterbitkan 30 Maret 2015",
        [
            "Kapal feri antara Alasrejo dan Karangsari kembali beroperasi setelah sebulan diperbaiki.",
            "Para teknisi mengganti kabel yang menarik kapal di atas air dan mengujinya dengan muatan penuh.",
            "Pemerintah desa mengatakan kapal akan berangkat setiap dua puluh menit dari pukul enam pagi.",
        ],
        date(2015, 3, 30),
    ),
}


def dump(*lines: str) -> Article:
    return clean(RawArticle("page.txt", "\n".join(lines), "txt"))


@pytest.mark.parametrize("language", PAGES)
def test_the_byline_and_the_date_line_of_a_story_in_another_language(language):
    menu, title, byline, dated, story, published = PAGES[language]
    article = dump(menu, title, byline, dated, *story)
    assert article.text.split("\n\n") == story
    assert (article.published, article.published_basis) == (published, PublishedBasis.BYLINE)
    evidence = article.published_evidence
    assert evidence.text == dated
    assert (evidence.before, evidence.after) == (byline, story[0])
    assert {line.text: line.reason for line in article.dropped_lines}[byline] == "byline"


def test_a_byline_and_its_date_in_one_line():
    story = PAGES["de"][4]
    article = dump("Startseite", "Von Moritz Keller publiziert am 12. Mai 2019", *story)
    assert article.published == date(2019, 5, 12)
    assert article.text.split("\n\n") == story


def test_a_caption_in_another_language_dates_the_photo_not_the_story():
    story = PAGES["de"][4]
    article = dump("Startseite", "Foto: Lena Hartmann, 12. März 2017", *story)
    assert article.published is None and article.published_evidence is None


def test_dated_teasers_in_another_language_are_not_the_story_s_date():
    _, title, byline, dated, story, _ = PAGES["pt"]
    teasers = [
        "Ponte nova é inaugurada",
        "3 de maio de 2009",
        "Feira do livro abre as portas",
        "12 de junho de 2008",
    ]
    # A head with several dates: only the line that says it is the byline is believed.
    article = dump("Início", *teasers, title, dated, *story)
    assert article.published is None
    believed = dump("Início", *teasers, title, "Publicado em 22 de outubro de 2010", *story)
    assert believed.published == date(2010, 10, 22)


def test_a_date_under_a_related_stories_header_in_another_language_is_another_story_s():
    story = PAGES["pt"][4]
    teaser = ["Ponte nova é inaugurada", "3 de maio de 2009"]
    assert dump("Início", "Leia também", *teaser, *story).published is None
    assert dump("Início", *teaser, *story).published == date(2009, 5, 3)


def test_a_subheading_that_opens_with_the_word_of_a_byline_is_the_story_s():
    # "Por que" is "why": a byline's word names a person after it.
    story = PAGES["pt"][4]
    article = dump("Início", "A balsa volta a cruzar o rio", story[0], "Por que a balsa parou", *story[1:])
    assert "Por que a balsa parou" in article.text.split("\n\n")


def test_what_follows_a_story_under_a_header_in_another_language_is_not_the_story():
    _, title, byline, dated, story, _ = PAGES["pt"]
    teasers = ["Leia também", "Ponte nova é inaugurada no centro da cidade depois de dois anos de obras."]
    article = dump(
        title, byline, dated, *story, *teasers, "Comentários (2)", "Gostei muito da notícia, obrigado."
    )
    assert article.text.split("\n\n") == story
    reasons = {line.text: line.reason for line in article.dropped_lines}
    assert reasons[teasers[1]] == REASONS["related"]
    assert reasons["Gostei muito da notícia, obrigado."] == REASONS["comments"]
