"""Text dumps of whole pages: the article is found by the shape and context of its lines, and
every line left out says why (small hand-written dumps, one mechanism each)."""

from pathlib import Path

from graphbuild.clean import REASONS, clean
from graphbuild.model import RawArticle

# Paragraphs of a made-up story about a river ferry, long enough to read as prose.
FERRY = (Path(__file__).parent / "data" / "ferry_story.txt").read_text().strip().split("\n\n")


def dump(*blocks: str) -> RawArticle:
    """A page dump whose blocks are set apart by blank lines; a block may hold several lines."""
    return RawArticle("page.txt", "\n\n".join(blocks), "txt")


def reasons(article) -> dict[str, str]:
    return {line.text: line.reason for line in article.dropped_lines}


def test_a_related_box_inside_the_article_is_cut_out_and_the_article_runs_on():
    article = clean(
        dump(
            "Home\nNews\nSport",
            *FERRY[:3],
            "Related stories:\nBridge at Hamley to close for a week\nNew timetable for the valley buses",
            *FERRY[3:],
        )
    )
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)["Bridge at Hamley to close for a week"] == "related or recommended stories"


def test_related_stories_after_the_article_still_end_it():
    article = clean(
        dump(
            *FERRY,
            "Related stories:\nBridge at Hamley to close for a week\nNew timetable for the valley buses\n"
            "Harvest festival moves to the showground",
            "Contact us | Privacy | Terms | Advertise",
        )
    )
    assert article.text.split("\n\n") == FERRY


def test_a_caption_right_above_its_photo_credit_is_dropped_but_a_paragraph_above_a_credit_is_not():
    caption = "The repaired ferry leaves the Albury landing on its first crossing."
    article = clean(
        dump(*FERRY[:2], f"{caption}\nPhoto: Jane Doe", *FERRY[2:4], "Photo: Getty Images", *FERRY[4:])
    )
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)[caption] == "photo caption"


def test_a_doubled_caption_goes_with_its_copy():
    caption = "The repaired ferry leaves the Albury landing on its first crossing."
    article = clean(dump(*FERRY[:3], f"{caption}\n{caption}\nPhoto: Jane Doe", *FERRY[3:]))
    assert article.text.split("\n\n") == FERRY
    assert [line.reason for line in article.dropped_lines if line.text == caption] == ["photo caption"] * 2


def test_short_lines_set_apart_as_paragraphs_are_the_articles_own():
    # A timetable of short lines, each its own paragraph, between the story's paragraphs; the
    # menu above is a run of short lines one under the other.
    timetable = ["Monday to Friday", "First crossing 6am", "Last crossing midnight", "Weekends", "Every hour"]
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Business", "Travel", "Contact"])
    article = clean(dump(menu, *FERRY[:3], *timetable, "Monday to Friday", *FERRY[3:]))
    assert article.text.split("\n\n") == FERRY[:3] + timetable + ["Monday to Friday"] + FERRY[3:]
    assert reasons(article)["Weather"] == "before the article body"


def test_a_long_list_of_short_paragraphs_does_not_break_the_article():
    items = [f"Stop {number}: the landing at {place}" for number, place in enumerate("ABCDEFGHIJKL", 1)]
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Business", "Travel", "Contact", "About us"])
    article = clean(dump(menu, *FERRY[:3], *items, *FERRY[3:]))
    assert article.text.split("\n\n") == [*FERRY[:3], *items, *FERRY[3:]]


def test_on_a_page_where_every_line_stands_alone_blank_lines_say_nothing():
    menu = ["Home", "News", "Sport", "Weather", "Business", "Travel", "Contact"]
    article = clean(dump(*menu, *FERRY))
    assert article.text.split("\n\n") == FERRY


def test_a_gallery_of_photo_credits_is_one_interruption_of_the_article():
    gallery = "\n".join(
        ["Story continues below gallery", "1 of 5"] + [f"Landing {n} Submitted photo" for n in "ABCDE"]
    )
    article = clean(dump(*FERRY[:3], gallery, *FERRY[3:]))
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)["Landing C Submitted photo"] == "photo or agency credit"


def test_a_caption_that_ends_with_its_credit_is_a_caption():
    caption = "The new cable is wound onto the drum at the Cowell landing. Credit: River Council"
    article = clean(dump(*FERRY[:3], caption, *FERRY[3:]))
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)[caption] == "photo caption"


def test_a_sentence_that_ends_in_an_emoji_is_still_a_sentence():
    last = "Come and ride the ferry on its first free weekend of the season! 🙂"
    article = clean(dump(*FERRY, last))
    assert article.text.split("\n\n") == [*FERRY, last]


def test_a_reproduction_notice_is_a_copyright_notice():
    notice = "This document is subject to copyright. No part may be reproduced without written permission."
    article = clean(dump(*FERRY, notice))
    assert reasons(article)[notice] == "copyright notice"


def test_a_byline_inside_the_body_is_a_byline_not_a_subheading():
    article = clean(dump(*FERRY[:2], "By Jane Doe | Valley Courier", *FERRY[2:]))
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)["By Jane Doe | Valley Courier"] == "byline"


def test_a_standfirst_above_the_dated_byline_is_the_head_and_the_byline_dates_the_story():
    standfirst = "Crossings between the two river towns are back after a month in which traders lost out."
    article = clean(dump("Ferry crossings resume", standfirst, "Published March 3, 2021", *FERRY))
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)[standfirst] == "before the article body"
    assert article.published.isoformat() == "2021-03-03"
    # A sentence of the story that names a date is no byline: the paragraphs above it stay.
    dated = "The ferry last sank on March 3, 2021."
    article = clean(dump("Ferry crossings resume", FERRY[0], dated, *FERRY[1:]))
    assert article.text.split("\n\n") == [FERRY[0], dated, *FERRY[1:]]


def test_a_subheading_in_sentence_case_is_the_storys_but_a_credit_cut_at_the_pages_width_is_not():
    subheading = "The cable and the deck"
    assert clean(dump(*FERRY[:3], subheading, *FERRY[3:])).text.split("\n\n") == [
        *FERRY[:3],
        subheading,
        *FERRY[3:],
    ]
    # The page cuts its credits at 24 characters: a lone fragment that long is one of them.
    credit, cut = "JANE DOE/VALLEY COURIER/", "Valley council press-ser"
    assert len(credit) == len(cut)
    article = clean(dump(*FERRY[:2], credit, *FERRY[2:4], cut, *FERRY[4:]))
    assert article.text.split("\n\n") == FERRY


def test_subheadings_that_start_like_section_headers_do_not_end_the_story():
    for subheading in ("Reactions from abroad", "The response to the closure", "More money for repairs"):
        text = clean(dump(*FERRY[:3], subheading, *FERRY[3:])).text
        assert text.split("\n\n") == [*FERRY[:3], subheading, *FERRY[3:]], subheading
    # The headers of the sections after a story still end it.
    for header in ("3 thoughts on “Ferry back”", "Comments (12)", "Trending now"):
        comment = "A reader wrote that the ferry had always been late in winter."
        text = clean(dump(*FERRY, header, comment)).text
        assert text.split("\n\n") == FERRY, header


def test_a_link_to_another_story_set_in_the_text_is_dropped():
    link = "Related: Bridge at Hamley to close for repairs in the spring"
    article = clean(dump(*FERRY[:3], link, *FERRY[3:]))
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)[link] == "related or recommended stories"


def test_a_line_said_again_under_each_item_of_a_list_is_the_lists_but_a_share_bar_is_not():
    fares = ["Day ticket for $4", "Buy it now: Valley Ferries", FERRY[2], "Season pass for $60"]
    fares += ["Buy it now: Valley Ferries"]
    article = clean(dump(FERRY[0], FERRY[1] + "\n" + "\n".join(fares[:2]), *fares[2:], *FERRY[3:]))
    assert article.text.split("\n\n") == [*FERRY[:2], *fares, *FERRY[3:]]
    share = "Facebook\nTwitter"
    article = clean(dump(FERRY[0], share, FERRY[1], FERRY[2], share, *FERRY[3:]))
    assert article.text.split("\n\n") == FERRY


def test_a_subheading_in_capitals_is_the_storys_but_a_credit_in_capitals_is_not():
    # The menu lines one under the other show that blank lines set the paragraphs apart.
    menu = "Home\nNews\nSport\nWeather"
    article = clean(
        dump(menu, *FERRY[:3], "TRADERS LOSE OUT", *FERRY[3:5], "JANE DOE/VALLEY COURIER", FERRY[5])
    )
    assert article.text.split("\n\n") == [*FERRY[:3], "TRADERS LOSE OUT", *FERRY[3:]]


def test_the_last_paragraph_after_a_gallery_is_the_storys():
    gallery = "1 of 6\nPhoto: Jane Doe\nPhoto: John Roe\nPhoto: Ann Poe\nBack to gallery"
    article = clean(dump(*FERRY[:5], gallery, FERRY[5]))
    assert article.text.split("\n\n") == FERRY


def test_prompts_after_the_story_go_however_long_but_not_the_storys_own_last_lines():
    prompts = [
        "Want more news from the valley? Subscribe to our weekly paper for the latest stories "
        "from the river towns!",
        "Follow the Valley Courier on Instagram, Facebook and YouTube.",
    ]
    article = clean(dump(*FERRY, *prompts))
    assert article.text.split("\n\n") == FERRY
    assert {reasons(article)[prompt] for prompt in prompts} == {"call to action (sign-up, share, advert)"}
    # A story that mentions subscribers in its body keeps that paragraph.
    middle = "Season ticket holders who subscribe to the ferry pass will pay half the fare next year."
    assert clean(dump(*FERRY[:3], middle, *FERRY[3:])).text.split("\n\n") == [*FERRY[:3], middle, *FERRY[3:]]


COMMENTS = [
    "ann_k\nNovember 19, 2019 at 3:12 pm",
    "I used this ferry for years and it was always late in winter, so I am glad it is fixed now.",
    "Reply",
    "bob77\n2 days ago",
    "Nonsense, the ferry was fine, it was the bridge at Hamley that was the real problem all along.",
    "Reply",
]


def test_reader_comments_without_a_header_go_from_the_signature_of_the_first():
    article = clean(dump("Home\nNews\nSport", *FERRY, *COMMENTS))
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)["ann_k"] == reasons(article)[COMMENTS[1]] == "reader comments"
    # A button said once is no thread of comments.
    assert clean(dump("Home\nNews\nSport", *FERRY, "Reply")).text.split("\n\n") == FERRY


def test_a_story_sentence_that_names_an_email_is_no_call_to_action():
    short = "The operator did not reply to an email."
    last = "Valley Ferries did not respond to an email seeking comment on the cost of the repairs."
    article = clean(dump(*FERRY[:3], short, *FERRY[3:], last))
    assert article.text.split("\n\n") == [*FERRY[:3], short, *FERRY[3:], last]
    # Said to the reader, it is one.
    prompt = "Email us your photos of the ferry."
    assert reasons(clean(dump(*FERRY[:3], prompt, *FERRY[3:])))[prompt] == REASONS["cta"]


def test_a_notice_that_the_slideshow_needs_javascript_is_dropped():
    article = clean(dump(*FERRY[:3], "This slideshow requires JavaScript.", *FERRY[3:]))
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)["This slideshow requires JavaScript."] == "notice about the reader's browser"


def test_a_caption_names_its_photo_up_front():
    review = (
        "The crossing was smooth and we even had the chance to take a picture with the crew after the show."
    )
    caption = "A file photo shows the ferry at the Cowell landing before the repairs."
    article = clean(dump(*FERRY[:3], review, caption, *FERRY[3:]))
    assert article.text.split("\n\n") == [*FERRY[:3], review, *FERRY[3:]]
    assert reasons(article)[caption] == "photo caption"


def test_a_summary_that_the_story_says_again_is_dropped_but_a_pull_quote_is_kept():
    summary = "The ferry between Albury and Cowell resumed its crossings on Tuesday after repairs."
    quote = "“Drivers had faced a detour of forty kilometres through the bridge at Hamley.”"
    article = clean(dump("Ferry crossings resume", summary, quote, *FERRY))
    assert article.text.split("\n\n") == [quote, *FERRY]
    assert reasons(article)[summary] == "summary of the story above it (key points, standfirst)"


def test_one_paragraph_after_a_box_of_links_is_still_the_article():
    article = clean(
        dump(
            *FERRY[:5],
            "Related links\nCouncil ferry timetable",
            FERRY[5],
            "Contact us | Privacy | Terms | Advertise",
        )
    )
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)["Council ferry timetable"] == "related or recommended stories"


def test_a_quoted_post_with_a_link_is_kept_as_the_story_quotes_it():
    post = ["crossing. again. https://t.co/Ab12Cd", "— Albury Traders (@alburytraders) March 3, 2026"]
    article = clean(dump(*FERRY[:3], *post, *FERRY[3:]))
    assert article.text.split("\n\n") == FERRY[:3] + post + FERRY[3:]


# A results table as a page's text gives it: one cell a line, a header row, then rows.
TABLE = ["Place", "Crew", "Time", "Points"] + [
    cell
    for place, crew, time, points in (
        ("1", "Albury Rowing Club", "6:41", "20"),
        ("2", "Cowell Boat Club", "6:47", "17"),
        ("3", "Hamley Scullers", "6:52", "15"),
        ("4", "Valley Oars", "7:03", "13"),
        ("5", "River Ferry Crew", "7:10", "11"),
    )
    for cell in (place, crew, time, points)
]
MENU = "Home\nNews\nSport\nWeather\nContact us\nAbout us\nJobs\nEvents\nPuzzles\nObituaries"


def test_a_table_of_results_is_the_story_that_the_page_gives_in_cells():
    intro = (
        "The crews of the valley raced on the river on Saturday, and these are the results of the regatta:"
    )
    outro = "The next regatta on the river is planned for the first Saturday in June."
    article = clean(dump(MENU, intro, "\n".join(TABLE), outro, MENU.replace("\n", " | ")))
    assert article.text.split("\n\n") == [intro, *TABLE, outro]


def test_a_numbered_list_of_headlines_is_no_table():
    most_read = "\n".join(
        f"{rank}\n{title}\n({count})"
        for rank, title, count in (
            ("1", "Bridge at Hamley to close for a week of repairs", "148"),
            ("2", "New timetable for the valley buses from Monday", "97"),
            ("3", "Harvest festival moves to the showground this year", "63"),
            ("4", "Council names the new head of the river authority", "41"),
        )
    )
    article = clean(dump(*FERRY, "Most read\n" + most_read))
    assert article.text.split("\n\n") == FERRY


def test_a_table_under_a_heading_beside_a_short_story_does_not_take_its_place():
    standings = ["Team", "Played", "Points"] + [
        cell for rank in range(1, 21) for cell in (f"Valley Club {rank}", str(40 - rank), str(80 - 2 * rank))
    ]
    article = clean(dump("Home\nNews\nSport", *FERRY[:3], "League table", "\n".join(standings)))
    assert article.text.split("\n\n") == FERRY[:3]


# The ferry story in three long paragraphs, which outweigh a list or a menu between them.
LONG = [" ".join(FERRY[i : i + 2]) for i in range(0, 6, 2)]


def test_short_paragraphs_of_a_list_are_kept_though_a_heading_touches_its_first_item():
    plan = [
        "Monday crossings",
        "First boat at six",
        "Tuesday crossings\nFirst boat at seven",
        "Last boat at ten",
    ]
    article = clean(dump(*LONG[:2], *plan, LONG[2]))
    assert article.text.split("\n\n") == [*LONG[:2], *"\n".join(plan).split("\n"), LONG[2]]


def test_a_column_of_short_lines_between_paragraphs_is_a_menu():
    last = (
        "A second ferry is planned for the crossing at Hamley, where the river is wider, and the "
        "council will ask the valley's residents where its landings should be built next spring."
    )
    article = clean(dump(*LONG[:2], "Fares\nParking\nContact us\nAbout us", LONG[2], last))
    assert article.text.split("\n\n") == [*LONG, last]
    assert reasons(article)["Parking"] == REASONS["short"]


def test_a_dateline_with_its_agency_opens_the_story_and_an_agency_photo_line_is_a_caption():
    dateline = "ALBURY (AP) — " + FERRY[0]
    caption = "The ferry at the Cowell landing. (AP Photo/Jane Doe)"
    credited = "The repaired ferry at the Cowell landing on Tuesday. (AP)"
    article = clean(dump(dateline, *FERRY[1:3], caption, FERRY[3], credited, *FERRY[4:]))
    assert article.text.split("\n\n") == [dateline, *FERRY[1:]]
    assert reasons(article)[caption] == reasons(article)[credited] == "photo caption"


def test_the_bio_after_the_story_that_names_the_bylines_author_is_dropped():
    bio = "Petra Lindqvist covers transport and the valley towns for the Courier since 2015."
    article = clean(dump("Ferry back in service", "By Petra Lindqvist", *FERRY, "About Petra Lindqvist", bio))
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)[bio] == "the author's bio after the story"
    assert reasons(article)["About Petra Lindqvist"] == "the author's bio after the story"


def test_a_last_paragraph_naming_someone_the_story_names_before_is_the_storys():
    quoted = "Petra Lindqvist, who runs the landing cafe, said she had waited a month for this day."
    last = "Petra Lindqvist said the first crossing was full by seven in the morning."
    article = clean(
        dump("Ferry back in service", "Von Petra Lindqvist", *FERRY[:3], quoted, *FERRY[3:], last)
    )
    assert article.text.split("\n\n") == [*FERRY[:3], quoted, *FERRY[3:], last]


def test_a_long_caption_that_ends_in_its_credit_is_a_caption():
    caption = (
        "Inside the rebuilt ferry: (1) the deck for twelve cars, (2) the cable drum and its new motor, "
        "(3) the pilot's cabin, (4) the benches for foot passengers, (5) the ramps at either end. The "
        "deck is split into two lanes, the left one for cars that leave first at the Cowell landing and "
        "the right one for vans and the farm trucks that the council allows on the crossing only in the "
        "quiet hours of the morning, before the school run starts. Credit: Valley Council"
    )
    article = clean(dump(*FERRY[:3], caption, *FERRY[3:]))
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)[caption] == "photo caption"


def test_the_blurb_under_a_sign_up_prompt_after_the_story_is_the_prompts():
    blurb = "Get the timetables, closures and the valley's news every Friday morning."
    article = clean(dump(*FERRY, "Sign up for our weekly newsletter", blurb))
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)[blurb] == REASONS["cta"]


def test_a_paragraph_under_a_prompt_is_the_storys_unless_it_speaks_to_the_reader_too():
    article = clean(dump(*FERRY[:-1], "Sign up for our weekly newsletter", FERRY[-1]))
    assert article.text.split("\n\n") == FERRY


def test_a_notice_that_comments_are_moderated_ends_the_story_and_the_teasers_after_it():
    notice = "Note: comments that insult other readers will not be approved by the moderator."
    teaser = "Click the picture above and see every timetable of the valley buses for the winter season."
    article = clean(dump(*FERRY, "Share this on WhatsApp", notice, "» Bus timetables", teaser))
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)[teaser] == REASONS["comments"]


def test_a_story_sentence_about_moderated_comments_is_the_storys():
    sentence = "The council said that moderated comments on its ferry page had doubled since the closure."
    article = clean(dump(*FERRY[:3], sentence, *FERRY[3:]))
    assert article.text.split("\n\n") == [*FERRY[:3], sentence, *FERRY[3:]]


def test_a_caption_under_its_credit_that_says_who_is_pictured_is_a_caption():
    caption = "Mayor Ruth Calder, pictured at the Albury landing in 2018, opened the first crossing."
    article = clean(dump("Home\nNews", "Jane Doe | Getty Images", caption, "By Tom Reid", *FERRY))
    assert article.text.split("\n\n") == FERRY
    assert reasons(article)[caption] == REASONS["caption"]
    # Without the credit above it, such a paragraph is the story's.
    assert clean(dump("Home\nNews", *FERRY[:2], caption, *FERRY[2:])).text.split("\n\n") == [
        *FERRY[:2],
        caption,
        *FERRY[2:],
    ]


def test_teasers_of_videos_after_the_story_end_it_though_a_paragraph_follows_them():
    teasers = [
        "Ferry review: the best crossing on the river this summer [Video]",
        "Hamley bridge review: a detour worth taking for the views [Video]",
    ]
    footer = "Disclosure: we earn money from some of the links on this page. More."
    article = clean(dump(*FERRY, *teasers, footer, "Guides\nDeals"))
    assert article.text.split("\n\n") == FERRY
