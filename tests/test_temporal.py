"""The temporal engine, rule by rule, on sentences of our own (fixed reference dates)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import find_timexes, value_interval

REF = "2015-06-12"  # a Friday


def values(text, ref=REF):
    return [(t.text, t.type, t.value) for t in find_timexes(text, ref)]


@pytest.mark.parametrize("text,expected", [
    # absolute dates in common news forms
    ("It opened on June 3, 2014.", [("June 3, 2014", "DATE", "2014-06-03")]),
    ("It opened on 3 June 2014.", [("3 June 2014", "DATE", "2014-06-03")]),
    ("It opened on Sept. 5, 2001.", [("Sept. 5, 2001", "DATE", "2001-09-05")]),
    ("It opened on 2014-06-03.", [("2014-06-03", "DATE", "2014-06-03")]),
    ("It opened on 6/3/2014.", [("6/3/2014", "DATE", "2014-06-03")]),
    ("It opened in June 2014.", [("June 2014", "DATE", "2014-06")]),
    ("It opened in 1998.", [("1998", "DATE", "1998")]),
    ("Prices rose in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("Prices rose in the nineties.", [("the nineties", "DATE", "199")]),
    ("It opened in nineteen ninety-six.", [("nineteen ninety-six", "DATE", "1996")]),
    ("By the year two thousand, it was gone.", [("the year two thousand", "DATE", "2000")]),
    ("It opened in mid-1996.", [("mid-1996", "DATE", "1996")]),
    ("They met on Thanksgiving Day.", [("Thanksgiving Day", "DATE", "2014-11-27")]),
    ("Sales fell in the third quarter of 1998.", [("the third quarter of 1998", "DATE", "1998-Q3")]),
    ("Earnings will lag in the last half of 2016.", [("the last half of 2016", "DATE", "2016-H2")]),
    ("Losses may run through the first two quarters of 2016.",
     [("the first two quarters of 2016", "DATE", "2016-H1")]),
    ("It was built in the 19th century.", [("the 19th century", "DATE", "18")]),
    # year-less dates: the year comes from tense and distance
    ("He wrote a letter on June 3.", [("June 3", "DATE", "2015-06-03")]),
    ("The vote will be held on May 3.", [("May 3", "DATE", "2016-05-03")]),
    ("He must be returned by June 10.", [("June 10", "DATE", "2015-06-10")]),  # just passed
    ("Dividends are payable Aug. 2.", [("Aug. 2", "DATE", "2015-08-02")]),  # close ahead
    ("The carrier has been on patrol since March.", [("March", "DATE", "2015-03")]),
    ("In March, talks began. The following month, they failed.",
     [("March", "DATE", "2015-03"), ("The following month", "DATE", "2015-04")]),
    # nothing to count from: unknown, not the day after the reference date
    ("Six more died in an aftershock the following day.",
     [("the following day", "DATE", "XXXX-XX-XX")]),
    ("The summit is due in December.", [("December", "DATE", "2015-12")]),
    ("The talks collapsed in December.", [("December", "DATE", "2014-12")]),
    # relative to the reference date, with tense
    ("The minister resigned on Tuesday.", [("Tuesday", "DATE", "2015-06-09")]),
    ("The minister will resign on Tuesday.", [("Tuesday", "DATE", "2015-06-16")]),
    ("They met yesterday.", [("yesterday", "DATE", "2015-06-11")]),
    ("They meet today.", [("today", "DATE", "2015-06-12")]),
    ("They will meet tomorrow.", [("tomorrow", "DATE", "2015-06-13")]),
    ("Troops arrived last week.", [("last week", "DATE", "2015-W23")]),
    ("Elections are due next year.", [("next year", "DATE", "2016")]),
    ("Profits fell last month.", [("last month", "DATE", "2015-05")]),
    ("The plant closed three years ago.", [("three years ago", "DATE", "2012")]),
    ("The plant opened last summer.", [("last summer", "DATE", "2014-SU")]),
    ("They spoke this morning.", [("this morning", "TIME", "2015-06-12TMO")]),
    # anchored to the previous date in the text
    ("The war began on March 5, 2003. Two days later, the city fell.",
     [("March 5, 2003", "DATE", "2003-03-05"), ("Two days later", "DATE", "2003-03-07")]),
    # durations are never points
    ("The siege lasted five years.", [("five years", "DURATION", "P5Y")]),
    ("It has grown over the past two weeks.", [("the past two weeks", "DURATION", "P2W")]),
    ("A three-day visit.", [("three-day", "DURATION", "P3D")]),
    ("He waited for several months.", [("several months", "DURATION", "PXM")]),
    # sets
    ("They meet every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
    ("Prices are updated daily.", [("daily", "SET", "P1D")]),
    ("They meet each July.", [("each July", "SET", "XXXX-07")]),
    # vague references
    ("They had attacked in the past.", [("the past", "DATE", "PAST_REF")]),
    ("He is now in charge.", [("now", "DATE", "PRESENT_REF")]),
    ("Prices have risen recently.", [("recently", "DATE", "PAST_REF")]),
    # times of day
    ("The blast came at 3:30 p.m. on Monday.",
     [("3:30 p.m.", "TIME", "2015-06-08T15:30"), ("Monday", "DATE", "2015-06-08")]),
    ("The store was robbed at 10 p.m. Wednesday.", [("10 p.m. Wednesday", "TIME", "2015-06-10T22:00")]),
    ("Talks broke off at noon Thursday.", [("noon Thursday", "TIME", "2015-06-11T12:00")]),
    ("The offer expires at 5 p.m. EST, June 16.", [("5 p.m. EST, June 16", "TIME", "2015-06-16T17:00")]),
    # month and period references
    ("Sales peaked last November.", [("last November", "DATE", "2014-11")]),
    ("It began in January this year.", [("January this year", "DATE", "2015-01")]),
    ("Officials met over the weekend.", [("the weekend", "DATE", "2015-W23-WE")]),
    ("Profit rose in the latest quarter.", [("the latest quarter", "DATE", "2015-Q1")]),
    ("Profit fell in the year-ago quarter.", [("the year-ago quarter", "DATE", "2014-Q1")]),
    ("Sales rose earlier this month.", [("earlier this month", "DATE", "2015-06")]),
    ("He left about two years ago.", [("about two years ago", "DATE", "2013")]),
    ("For the nine months, net rose.", [("the nine months", "DURATION", "P9M")]),
    ("He served 2 1/2 years.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("A minute and a half later, it fell.", [("A minute and a half", "DURATION", "PT1M30S")]),
    # "May" alone is a month right after a word that takes a time
    ("The talks should conclude by May.", [("May", "DATE", "2015-05")]),
    ("It may rain in May.", [("May", "DATE", "2015-05")]),
    ("He arrived at midday.", [("midday", "TIME", "2015-06-12T12:00")]),
    ("It happened within a second of impact.", [("a second", "DURATION", "PT1S")]),
    ('"Next Monday," he said.', [("Next Monday", "DATE", "2015-06-15")]),  # not a title
    ('The minister told reporters "Next Monday." He left.',
     [("Next Monday", "DATE", "2015-06-15")]),
    ("For a second I thought so.", [("a second", "DURATION", "PT1S")]),
])
def test_normalization(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "We may go.", "They will march on.", "He sat down.", "It cost $27.", "Turnout was 45%.",
    "About 1500 soldiers died.", "Half of them, or 3/4, left.", "The count was 2,000.",
    "Theresa May said so.", "I will call you.", "May I ask?",
    "The party was led by May, who resigned.", "Critics of May's plan spoke.",
    # ordinals, newspapers and programme names
    "A second group of directors resigned.", "It would be a second betrayal.",
    "The Communist Party daily Granma said so.", "Baker said on ABC News' \"This Week,\" that",
    "Gonzalez said on CBS's \"60 Minutes.\" He left.",
    "Baker said on ABC's \"This Week With David Brinkley\" that it was over.",
    # a vague time word that starts a name
    "The Future Party called for a march.", "Leaders of the Future Movement met.",
])
def test_no_false_positives(text):
    assert values(text) == []


def test_a_vague_time_word_opening_a_sentence_is_still_a_time():
    assert values("Recently Iran has stepped up attacks.") == [("Recently", "DATE", "PAST_REF")]


def test_modifiers_are_kept():
    (t,) = find_timexes("It happened in early 2015.", REF)
    assert (t.text, t.value, t.mod) == ("early 2015", "2015", "START")
    (t,) = find_timexes("It happened in mid-June.", REF)
    assert (t.value, t.mod) == ("2015-06", "MID")


def test_without_reference_nothing_is_invented():
    assert values("He wrote on June 3 and left on Friday.", None) == [
        ("June 3", "DATE", "XXXX-06-03"), ("Friday", "DATE", "XXXX-WXX-5")]
    assert values("He wrote on June 3, 2014.", None) == [("June 3, 2014", "DATE", "2014-06-03")]


@pytest.mark.parametrize("value,expected", [
    ("2015-06-03", (date(2015, 6, 3), date(2015, 6, 3), "day")),
    ("2015-06", (date(2015, 6, 1), date(2015, 6, 30), "month")),
    ("2015-W23", (date(2015, 6, 1), date(2015, 6, 7), "week")),
    ("2015-Q2", (date(2015, 4, 1), date(2015, 6, 30), "quarter")),
    ("2015-SU", (date(2015, 6, 1), date(2015, 8, 31), "season")),
    ("2015", (date(2015, 1, 1), date(2015, 12, 31), "year")),
    ("199X", (date(1990, 1, 1), date(1999, 12, 31), "decade")),
    ("XXXX-06-03", (None, None, "day")),
    ("PAST_REF", (None, date(2015, 6, 12), "vague")),
    ("2015-02-30", (None, None, "unknown")),
])
def test_value_intervals(value, expected):
    assert value_interval(value, date(2015, 6, 12)) == expected


def test_offsets_point_into_text():
    text = "On Monday, June 8, the council met; it meets again every Monday."
    for t in find_timexes(text, REF):
        assert text[t.start : t.end] == t.text


def test_never_fails_on_word_salad():
    """Random mixes of temporal words, numbers and punctuation: no exception, sane spans."""
    import random

    words = ("June May march 3 31 29 30 February 2015 1999 '90s the last next this past week "
             "weekend month year years decade quarter third-quarter Friday Sat. a.m. p.m. 10 "
             "noon midnight ago later earlier early late mid- about , . ; and or of in on by "
             "until every each daily two twenty-five nineteen ninety-six BC AD 12/31/2014 "
             "2015-02-30 $5 5% 1/2 half Christmas Thanksgiving recent now former").split()
    rng = random.Random(7)
    for reference in ("2015-06-12", None, "2000-02-29"):
        for _ in range(300):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
            previous_end = 0
            for t in find_timexes(text, reference):
                assert 0 <= t.start < t.end <= len(text)
                assert t.start >= previous_end
                assert text[t.start : t.end] == t.text
                assert t.type in ("DATE", "TIME", "DURATION", "SET")
                assert t.value
                value_interval(t.value, date(2015, 6, 12))
                previous_end = t.end


@pytest.mark.parametrize("text,expected", [
    ("The festival runs from June 3 to 5.", [("June 3", "2015-06-03", "2015-06-05"),
                                              ("5", "2015-06-05", None)]),
    ("The summit was held June 3-5, 2014.", [("June 3", "2014-06-03", "2014-06-05"),
                                             ("5, 2014", "2014-06-05", None)]),
    ("The war lasted from 1914 to 1918.", [("1914", "1914", "1918"), ("1918", "1918", None)]),
    ("Growth slowed in 2009-2010.", [("2009", "2009", "2010"), ("2010", "2010", None)]),
    ("On June 3 and June 5, talks were held.", [("June 3", "2015-06-03", None),
                                                ("June 5", "2015-06-05", None)]),
    ("Sales rose 3-5 percent.", []),
])
def test_ranges(text, expected):
    assert [(t.text, t.value, t.range_end) for t in find_timexes(text, REF)] == expected


def test_event_dated_by_a_range(nlp):
    import timeline

    (ev,) = [e for e in timeline.extract_events("Leaders met in Geneva from June 3 to 5, 2014.",
                                                published="2015-06-12") if e.type == "meeting"]
    assert (ev.date.start, ev.date.end) == (date(2014, 6, 3), date(2014, 6, 5))


@pytest.mark.parametrize("ref,text,expected", [
    # tense words: "scheduled to" is a future; "had been due to" a future seen from the past
    ("2015-06-10", "The sale is scheduled to close Monday.", [("Monday", "DATE", "2015-06-15")]),
    ("2015-06-15", "The offer had been due to expire Friday evening.",
     [("Friday evening", "TIME", "2015-06-12TEV")]),
    ("2015-10-26", "Ms. Reyes will succeed him Feb. 1.", [("Feb. 1", "DATE", "2016-02-01")]),
    ("2015-10-26", "It will be paid on a still unspecified date in January.",
     [("January", "DATE", "2016-01")]),
    # ... and so after a possessive, but for "it's" (session 10)
    ("2026-11-03", "They said they would hold a rally at the park, the city's designated "
     "protest site, on Saturday.", [("Saturday", "DATE", "2026-11-07")]),
    ("2026-11-03", "It's ended on Saturday.", [("Saturday", "DATE", "2026-10-31")]),
    # a future word stays one; a verb after "her" or "'s" (has) stays a verb (review)
    ("2026-02-05", "Aides said Biden's scheduled speech on Friday would focus on the economy.",
     [("Friday", "DATE", "2026-02-06")]),
    ("2026-02-05", "She will fly home after the charges against her collapsed on Friday.",
     [("Friday", "DATE", "2026-01-30")]),
    ("2026-02-05", "\"The government's collapsed on Friday and there will be new elections.\"",
     [("Friday", "DATE", "2026-01-30")]),
    # a quarter without a year that has not begun yet is last year's, unless in the future
    ("2016-01-26", "Profit dropped in the fourth quarter.", [("the fourth quarter", "DATE", "2015-Q4")]),
    ("2016-02-10", "Sales will rise in the third quarter.", [("the third quarter", "DATE", "2016-Q3")]),
    ("2015-10-26", "Profit rose in the third quarter.", [("the third quarter", "DATE", "2015-Q3")]),
    # "this past spring": the latest spring that has begun
    ("2015-10-30", "It closed the unit this past spring.", [("this past spring", "DATE", "2015-SP")]),
    ("2015-02-10", "Sales slumped this past summer.", [("this past summer", "DATE", "2014-SU")]),
    # "last Monday" written on a Tuesday is not yesterday but the Monday before it;
    # written on a Wednesday it is two days back
    ("2026-11-10", "It answers a letter sent last Monday.", [("last Monday", "DATE", "2026-11-02")]),
    ("2026-11-11", "It answers a letter sent last Monday.", [("last Monday", "DATE", "2026-11-09")]),
    # an -ed word right after a future's verb is an adjective, not a past verb
    ("2026-08-14", "The Security Council will hold closed consultations on the situation on "
     "Monday.", [("Monday", "DATE", "2026-08-17")]),
    # a weekday of a named week is that week's
    ("2026-11-10", "They are to meet in Astana on Thursday next week.",
     [("Thursday next week", "DATE", "2026-11-19")]),
    ("2026-11-10", "They met on Tuesday last week.", [("Tuesday last week", "DATE", "2026-11-03")]),
    ("2026-11-10", "The vote is on Friday this week.", [("Friday this week", "DATE", "2026-11-13")]),
    # "the previous Friday" counts from the date last mentioned
    ("2015-06-20", "On Monday, June 8, 2015, shares closed below the previous Friday.",
     [("Monday, June 8, 2015", "DATE", "2015-06-08"), ("the previous Friday", "DATE", "2015-06-05")]),
])
def test_normalization_at(ref, text, expected):
    assert values(text, ref) == expected


def test_a_few_background_years_do_not_make_a_narrative():
    text = ("Attacks on clinics date to 1994, with others in 1995, 1996 and 1997. "
            "In January, a clinic was bombed.")
    assert values(text, "2015-06-12")[-1] == ("January", "DATE", "2015-01")
    history = ("The war began in 1936. Battles followed in 1937, 1938, 1939, 1940 and 1941. "
               "In January, the front collapsed.")
    assert values(history, "2015-06-12")[-1] == ("January", "DATE", "1941-01")


@pytest.mark.parametrize("text,expected", [
    ("It lost $37 million in 1988, a small share of imports that year.",
     [("1988", "1988"), ("that year", "1988")]),
    ("He fled in June 1998 and returned later that year.",
     [("June 1998", "1998-06"), ("later that year", "1998")]),
    ("Attacks rose in 2005, compared with the previous year.",
     [("2005", "2005"), ("the previous year", "2004")]),
    ("The talks began on May 3, 1990. The siege began in 1994. Two years later, it ended.",
     [("May 3, 1990", "1990-05-03"), ("1994", "1994"), ("Two years later", "1996")]),
    ("In March 1982, a bomb exploded. In the same month, the power failed.",
     [("March 1982", "1982-03"), ("the same month", "1982-03")]),
    ("The war was stalemated by 1940. In August of that year, an offensive began.",
     [("1940", "1940"), ("August of that year", "1940-08")]),
    ("Minsk fell on August 8, 1919, and on the 28th of that month tanks were used.",
     [("August 8, 1919", "1919-08-08"), ("the 28th of that month", "1919-08-28")]),
    # "two days after that" counts from the date last told; "after that meeting" is no time
    ("Officers flew in on May 10, and soldiers moved in two days after that.",
     [("May 10", "2015-05-10"), ("two days after that", "2015-05-12")]),
    ("Two days after that meeting, they signed.", [("Two days", "P2D")]),
    ("Two days after that, they signed.", [("Two days after that", "XXXX-XX-XX")]),
    # "the next day" is the day after the one last told; "on the Saturday" that week's
    ("It started on June 2. The next day a minister spoke. On the Saturday, police came.",
     [("June 2", "2015-06-02"), ("The next day", "2015-06-03"), ("the Saturday", "2015-06-06")]),
    # "that Friday" is the Friday of the week last told, not the one before publication
    ("Troops moved in on August 3. Two days later residents marched, and that Friday the "
     "army came.", [("August 3", "2015-08-03"), ("Two days later", "2015-08-05"),
                    ("that Friday", "2015-08-07")]),
    # the day a source spoke is no day of the story: a bare clock time, or "two days
    # later", counts from the day told before it
    ("Gunmen opened fire late on Tuesday, the ministry said on Wednesday. The attackers "
     "came shortly before 11 p.m.", [("Tuesday", "2015-06-09"), ("Wednesday", "2015-06-10"),
                                     ("11 p.m.", "2015-06-09T23:00")]),
    ("Rebels struck on Monday, officials told reporters late on Wednesday. Two days later "
     "troops came.", [("Monday", "2015-06-08"), ("Wednesday", "2015-06-10"),
                      ("Two days later", "2015-06-10")]),
    ("On Monday the army said it would withdraw. Two days later it did.",
     [("Monday", "2015-06-08"), ("Two days later", "2015-06-10")]),
    # "that" before "the", "a", "they": the time last told, not a determiner; a week after a
    # day is a day, and the chain goes on from it
    ("On May 13 gunmen fired. Two days after that a new force took over. The following "
     "Thursday the ministers sat down, and the next day they signed.",
     [("May 13", "2015-05-13"), ("Two days after that", "2015-05-15"),
      ("The following Thursday", "2015-05-21"), ("the next day", "2015-05-22")]),
    ("On July 6 it reported. A week after that the ministers gathered.",
     [("July 6", "2015-07-06"), ("A week after that", "2015-07-13")]),
    ("A week ago the ministers gathered.", [("A week ago", "2015-W23")]),
    # a part of the day last told, or of the day after or before it; "the day after" at
    # a clause's end, not "the day after the vote"
    ("On June 1 police arrested him. The next evening thousands marched, and that "
     "night police charged. Three days later two reporters were held.",
     [("June 1", "2015-06-01"), ("The next evening", "2015-06-02TEV"),
      ("that night", "2015-06-02"), ("Three days later", "2015-06-05")]),
    ("The prison fell on June 4. That afternoon the crowd dispersed; the night before, "
     "guards had fled.", [("June 4", "2015-06-04"), ("That afternoon", "2015-06-04TAF"),
                          ("the night before", "2015-06-03TNI")]),
    ("Rebels attacked on Monday, and early the following morning the army retook the town.",
     [("Monday", "2015-06-08"), ("early the following morning", "2015-06-09TMO")]),
    ("The talks ended on May 3. They resumed the day after.",
     [("May 3", "2015-05-03"), ("the day after", "2015-05-04")]),
    # two units in one offset: told to the finer one
    ("Visas were suspended on May 4. A week and a day after that the ministers met, and "
     "a year and two months later they signed.",
     [("May 4", "2015-05-04"), ("A week and a day after that", "2015-05-12"),
      ("a year and two months later", "2016-07")]),
])
def test_anaphora_count_from_the_time_last_mentioned(text, expected):
    assert [(t.text, t.value) for t in find_timexes(text, REF)] == expected


def test_a_definite_weekday_needs_a_date_told_before_it():
    """Without a date before it, "on the Saturday" is the nearest Saturday as usual; "the
    Saturday before the vote" is no narrative weekday; "the next day" with no day told
    before it stays unknown rather than tomorrow."""
    assert values("On the Saturday, police came.", "2015-06-10") == [
        ("the Saturday", "DATE", "2015-06-06")]
    assert values("Police came on the Saturday before the vote.", "2015-06-10") == [
        ("Saturday", "DATE", "2015-06-06")]
    assert values("We will know more the next day.", "2015-06-10") == [
        ("the next day", "DATE", "XXXX-XX-XX")]
    assert values("They met that evening.", "2015-06-10") == [
        ("that evening", "DATE", "XXXX-XX-XX")]
    assert values("He said that morning prayers were cancelled.", "2015-06-10") == []
    assert values("Police came the day after the election.", "2015-06-10") == []


def test_that_after_a_verb_of_saying_opens_a_clause_not_a_week():
    """"said on Monday that Friday ...", "that Saturday's vote": "that" is the clause's, and
    the weekday is the nearest one as usual."""
    ref = "2015-06-10"
    assert values("It began on June 1. The army said on Monday that Friday was calm.", ref)[
        -1] == ("Friday", "DATE", "2015-06-05")
    assert values("It began on June 1. Observers found that Saturday's vote was calm.", ref)[
        -1] == ("Saturday", "DATE", "2015-06-06")
    assert values("It began on June 1. That Friday, police came.", ref)[-1] == (
        "That Friday", "DATE", "2015-06-05")


def test_a_narrative_keeps_its_last_year_however_far_back():
    text = ("The war began in 1936. Battles followed in 1937, 1938, 1939, 1940 and 1941. "
            + "The troops marched through the hills. " * 50 + "On 5 March, the front collapsed.")
    assert values(text, "2015-06-12")[-1] == ("5 March", "DATE", "1941-03-05")


@pytest.mark.parametrize("text,value", [
    ("Organisers expect several thousand people at Saturday's march.", "2026-09-26"),
    ("Police said they expected trouble on Saturday.", "2026-09-19"),
])
def test_what_people_expect_lies_ahead(text, value):
    """"expect" in the present looks forward (a future marker); "expected" tells a past."""
    (timex,) = find_timexes(text, reference="2026-09-24")
    assert timex.value == value
