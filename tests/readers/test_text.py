"""The plain-text page reader and the page-layout rules behind it."""

from __future__ import annotations

import pytest

from orbat.model import Document
from orbat.readers import read_inputs
from orbat.readers.layout import split_page
from orbat.readers.text import read


def _one(path) -> Document:
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def test_seed_article(seed_text_path):
    doc = _one(seed_text_path)
    assert doc.title == "Islamic State’s Caucasus ‘province’ claims first official attack on Russian forces"
    assert doc.published == "2015-09-02"
    assert doc.published_from == "dateline"
    assert doc.author == "Thomas Joscelyn"
    assert doc.format == "text"
    assert "Tags:" not in doc.body
    paragraphs = doc.body.split("\n\n")
    assert paragraphs[0].startswith("The Islamic State’s so-called “province” in the Caucasus")
    assert paragraphs[-1].startswith("Today’s claim of responsibility")
    assert "First IS claim in Caucasus" not in doc.body  # the kicker beside the dateline
    assert "Senior Fellow" not in doc.body  # the author's bio
    assert [c.author for c in doc.comments] == ["irebukeu", "JasonBlaster", "John"]
    assert doc.comments[2].text == "So Russia is a player in Syria now?"
    assert "proxy war" in doc.comments[0].text
    for word in ("Proxy", "Putin", "says:", "3 Comments"):
        assert word not in doc.body
    body_lines = set(doc.body.split("\n"))
    for category in ("Iraq", "Islamic state", "Syria", "Aqap", "Al shabaab", "Boko Haram", "Isis"):
        assert category not in body_lines
        assert category in doc.dropped
    assert "Tags: , ," in doc.dropped


def test_own_article_with_another_layout(good_dir):
    doc = _one(good_dir / "mandera-raid.txt")
    assert doc.title == "Shabaab claims overnight raid on police post near Mandera"
    assert (doc.published, doc.published_from, doc.author) == ("2019-03-14", "dateline", "Amina Yusuf")
    assert len(doc.body.split("\n\n")) == 4
    assert doc.body.endswith("until further notice.")
    assert [(c.author, c.published) for c in doc.comments] == [("Wanjiru", None), ("Hassan K", "2019-03-15")]
    assert doc.comments[1].text == "The numbers never match. Who do we believe?"
    for line in ("Share this:", "Twitter", "Comments (2)", "Home", "Contact us"):
        assert line in doc.dropped and line not in doc.body


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("15-09-02 First claim", "2015-09-02"),
        ("Posted on September 2, 2015", "2015-09-02"),
        ("2 Sep 2015", "2015-09-02"),
        ("Updated 2015-09-02", "2015-09-02"),
    ],
)
def test_datelines_in_four_forms(dateline, expected):
    page = split_page(f"A headline\n\n{dateline}\n\nThe first paragraph of the story says what happened.\n")
    assert page.published == expected
    assert page.dropped == [dateline]
    assert page.body == "The first paragraph of the story says what happened."


def test_a_date_inside_article_text_is_not_a_dateline():
    text = "Headline\n\n" + "Fighting on 2 Sep 2015 was the worst of the year, residents said. " * 3
    page = split_page(text)
    assert page.published is None
    assert page.body.startswith("Fighting on 2 Sep 2015")


@pytest.mark.parametrize(
    "caption",
    [
        "A militant talks with residents in a district of the troubled valley on April 23, 2009.",
        "Soldiers patrol the streets of the northern town after the attack of 2 Sep 2015 in this file photo.",
    ],
)
def test_a_photo_caption_with_a_date_is_text_not_a_dateline(caption):
    page = split_page(f"A headline\n\n{caption}\n\nThe first paragraph of the story says what happened.\n")
    assert page.published is None
    assert caption in page.body


def test_a_short_dateline_ending_in_a_full_stop_is_still_one():
    page = split_page("A headline\n\nPublished on September 2, 2015.\n\nThe story says what happened.\n")
    assert page.published == "2015-09-02"


@pytest.mark.parametrize(
    ("last_line", "author"),
    [
        ("Omar Haddad is a senior correspondent for the paper in Beirut.", "Omar Haddad"),
        ("Lena Park is the deputy editor of Frontline Notes.", "Lena Park"),
        ("By Sam Achebe", "Sam Achebe"),
        ("Nadia Farouk covers the Gulf for the Desert Courier.", "Nadia Farouk"),
        ("Tom Brennan writes about armed groups and policing for Field Notes.", "Tom Brennan"),
    ],
)
def test_author_from_bio_or_byline_at_the_end(last_line, author):
    page = split_page(f"Headline\n\nThe story itself, one sentence long.\n\n{last_line}\n")
    assert page.author == author
    assert page.body == "The story itself, one sentence long."
    assert page.dropped == [last_line]


@pytest.mark.parametrize(
    "last",
    [
        "Ahmed Saleh is a commander of the brigade, according to the statement.",
        "Ahmed Saleh covers his tracks well, officials said.",
    ],
)
def test_a_sentence_about_a_person_is_not_a_bio(last):
    page = split_page(f"Headline\n\nThe story itself.\n\n{last}\n")
    assert page.author is None
    assert page.body.endswith(last)


@pytest.mark.parametrize(
    "tail",
    [
        "Leave a comment\n\nmaria says:\n    Thanks for this.\n",
        "Related:\nAnother story about the region\n\nTags: Sahel, Mali\n",
        "Filed under: Analysis\n\n4 Responses\n\nKofi wrote: Good read.\n",
    ],
)
def test_tails_in_different_wordings_leave_the_body(tail):
    page = split_page(f"Headline\n\nThe article paragraph, which is the only one.\n\n{tail}")
    assert page.body == "The article paragraph, which is the only one."
    assert all(line.strip() for line in page.dropped)


def test_comment_heads_in_three_wordings():
    page = split_page(
        "Headline\n\nStory text.\n\n2 Comments\n\n• ana_k says:\n  First comment.\n\n"
        "Bilal on 3 May 2020 at 4:12 pm said:\n  Second comment.\n\nchris wrote: Third comment.\n"
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("ana_k", "First comment."),
        ("Bilal", "Second comment."),
        ("chris", "Third comment."),
    ]
    assert page.comments[1].published == "2020-05-03"


def test_a_quote_in_the_body_is_not_a_comment():
    text = "Headline\n\nThe minister says:\n\nWe will not negotiate with the group, he told reporters.\n"
    page = split_page(text)
    assert page.comments == []
    assert page.body.startswith("The minister says:")


def test_short_trailing_lines_are_navigation_only_in_a_run():
    kept = split_page("Headline\n\nStory text here.\n\nMore text follows.\n\nThe end\n")
    assert kept.body.endswith("The end") and kept.dropped == []
    cut = split_page("Headline\n\nStory text here.\n\nWorld\nPolitics\nSport\nWeather\n")
    assert cut.body == "Story text here."
    assert cut.dropped == ["World", "Politics", "Sport", "Weather"]
    only_short = split_page("Headline\n\nWorld\nPolitics\nSport\nWeather\n")
    assert only_short.paragraphs == ["World", "Politics", "Sport", "Weather"]


def test_a_page_with_a_title_only_has_no_article():
    (error,) = list(read(b"Just a headline\n", "head.txt"))
    assert str(error) == "head.txt: no article text found"


def test_a_huge_first_line_is_not_a_title():
    line = "word " * 200_000
    (doc,) = list(read(line.encode(), "long.txt"))
    assert doc.title is None
    assert len(doc.body) == len(line.strip())


@pytest.mark.parametrize(
    ("bio", "outlet"),
    [
        ("Hodan Warsame covers Somalia for Horn Wire.", "Horn Wire"),
        ("Sana Qureshi is a Peshawar-based reporter for the Frontier Observer.", "Frontier Observer"),
        ("Daniel Okello is the East Africa editor of Frontline Monitor.", "Frontline Monitor"),
    ],
)
def test_publisher_from_the_bio_line(bio, outlet):
    page = "Some title\n\n2 Sep 2015\n\nThe article says one thing in one paragraph.\n\n" + bio + "\n"
    doc = next(read(page.encode(), "page.txt"))
    assert doc.publisher == outlet
    assert bio not in doc.body


def test_a_date_stamp_glued_to_the_lead_paragraph_is_the_date_not_a_title():
    page = split_page(
        " date 2017-05-26 The Maute Group, one of several groups in Mindanao, has pledged allegiance to IS.\n\n"
        "The group was founded in 2012 by two brothers."
    )
    assert page.published == "2017-05-26"
    assert page.title is None
    assert page.body.startswith("The Maute Group, one of several groups in Mindanao")


def test_a_headline_first_line_is_still_the_title():
    page = split_page("Maute group pledges allegiance to IS\n\nThe Maute Group has pledged allegiance to IS.")
    assert page.title == "Maute group pledges allegiance to IS"
    assert page.body.startswith("The Maute Group has pledged")


@pytest.mark.parametrize(
    "lead",
    [
        "MANILA, Philippines — (Update 2) — At least four people were killed when an explosion ripped through a gym.",
        "KABUL (AFP) - Gunmen fired on a bus carrying workers in the west of the city on Monday.",
        "At least four people were killed and 43 were wounded when an explosion ripped through a gymnasium at a "
        "university in the south of the country on Sunday.",
    ],
)
def test_a_first_line_that_is_the_lead_sentence_is_not_a_title(lead):
    page = split_page(lead + "\n\nThe explosion took place during Mass.")
    assert page.title is None
    assert page.body.startswith(lead[:20])


@pytest.mark.parametrize(
    "headline",
    ["Marawi university gym explosion kills four", "ISIS claims deadly attack in eastern DRC - report"],
)
def test_a_headline_with_no_full_stop_or_dateline_stays_the_title(headline):
    assert split_page(headline + "\n\nThe explosion took place during Mass.").title == headline


LEAD_PARAGRAPHS = (
    "Security forces have killed a commander of the armed group in the north of the country, the "
    "prime minister said on Friday.\n\nThe commander had led the group's operations in the province "
    "for three years and was wanted for a string of bombings, officials said.\n\nHis deputy was "
    "arrested in the same raid, according to a statement from the interior ministry.\n"
)


@pytest.mark.parametrize("widget", ["Share", "Share this article", "Related stories", "Read more"])
def test_a_marker_above_the_story_is_a_widget_not_its_tail(widget):
    page = split_page(f"Headline of the story\n\nA photo caption without a full stop\n{widget}\n\n{LEAD_PARAGRAPHS}")
    assert page.body.startswith("A photo caption")
    assert page.body.endswith("the interior ministry.")
    assert widget in page.dropped


def test_a_marker_after_the_story_still_opens_the_tail():
    page = split_page(f"Headline of the story\n\n{LEAD_PARAGRAPHS}\nShare\n\nAnother story about the region\n")
    assert page.body.endswith("the interior ministry.")
    assert "Another story about the region" in page.dropped


def test_a_quote_opened_by_name_said_is_story_not_a_comment():
    page = split_page(
        f"Headline of the story\n\n{LEAD_PARAGRAPHS}\nMagashi said:\n\n"
        "\u201cThey came in their numbers and released the prisoners before dawn.\u201d\n"
    )
    assert page.comments == []
    assert page.body.endswith("before dawn.\u201d")


def test_a_share_bar_under_a_long_page_header_is_still_a_widget():
    header = (
        "Your browser is out of date, and may not be compatible with our website. A list of the most popular "
        "web browsers can be found below.\nJust click on the icons to get to the download page.\n\n"
        "\u201cThis group wants to establish their own country,\u201d the police said, \u201cThey show their "
        "existence by committing terror attacks.\u201d\n"
    )
    story = LEAD_PARAGRAPHS + "\n" + LEAD_PARAGRAPHS.replace("commander", "deputy")
    page = split_page(f"The Post\n\n{header}\nShare This Article\n\nChange Size\n\n{story}")
    assert page.body.endswith("the interior ministry.")
    assert "Share This Article" in page.dropped
