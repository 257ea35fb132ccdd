//! Time expressions: absolute dates and relative ones resolved against the article date.
//!
//! Finds `20 October`, `February 24 2022`, `2022-02-24`, `in 2003`, `November 2025`, weekdays
//! (`on Tuesday`), `today`, `yesterday`, `tomorrow`, `overnight`, `last night`, `this week`,
//! `last week`, `last month`, `last August`, `N days ago`, and calendar quarters (`the second
//! quarter`, `third-quarter revenue`, `Q3 2004`, `the current quarter`). Relative expressions are resolved in
//! the past for past tense and in the future when the clause says `will` (or `due to`,
//! `expected to`, ...). Without an article date they stay unresolved, and say so. The spans
//! found here also tell the quantity extractor which digits are parts of dates, not figures.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::lexicon;
use crate::model::claim::{Granularity, TimeRef};
use crate::text::span::Span;
use crate::text::token::{Tok, TokKind};

/// A weekday name (lower case).
fn weekday(w: &str) -> Option<Weekday> {
    Weekday::from_monday_one_offset(lexicon::weekday(w)?).ok()
}

fn is_month_tok(t: &Tok) -> Option<i8> {
    // "May", "March" and short forms are months only when capitalized.
    if !t.is_capitalized() || !t.in_class(lexicon::WordClass::MONTH) {
        return None;
    }
    lexicon::month(&t.lower)
}

fn small_int(t: &Tok) -> Option<i64> {
    if t.kind != TokKind::Number || t.text.contains([',', '.']) {
        return None;
    }
    t.text.parse().ok()
}

fn year_tok(t: &Tok) -> Option<i16> {
    let v = small_int(t)?;
    (1000..=2200).contains(&v).then_some(v as i16)
}

/// A raw date match before resolution.
enum Raw {
    Full(i16, i8, i8),
    DayMonth(i8, i8),
    MonthYear(i16, i8),
    Month(i8),
    Year(i16),
    Weekday(Weekday),
    Offset(i64),
    Night,
    Week(i64),
    MonthRel(i64),
    YearRel(i64),
    /// "the second quarter", "Q2": a calendar quarter (1 to 4) of no year named.
    Quarter(i8),
    /// "the third quarter of 2004", "Q3 2024".
    QuarterYear(i16, i8),
    /// "this quarter", "last quarter", "next quarter".
    QuarterRel(i64),
    /// `N units ago`
    Ago(i64, Granularity),
    /// "the previous month": one unit before the time the story is telling (given by
    /// `find_times_after`; the report's day without one).
    Previous(Granularity, Option<Date>),
    /// Matches only to mask digits (times of day).
    Mask,
}

/// Find every time expression in a tokenized sentence.
pub fn find_times(
    toks: &[Tok],
    sentence: &str,
    base: usize,
    article_date: Option<Date>,
) -> Vec<TimeRef> {
    find_times_after(toks, sentence, base, article_date, None)
}

/// `find_times`, in a story whose last time told before this sentence is `story`: "the
/// previous month" counts back from the time the story is telling ("added 73,000 jobs in
/// July. ... 147,000 in the previous month" is June), not from the report's day as "last
/// month" does. Without a story time it counts back from the report's.
pub fn find_times_after(
    toks: &[Tok],
    sentence: &str,
    base: usize,
    article_date: Option<Date>,
    story: Option<Date>,
) -> Vec<TimeRef> {
    let mut out = Vec::new();
    let mut story = story;
    let mut i = 0;
    while i < toks.len() {
        if let Some((raw, end)) = match_at(toks, i) {
            let span = toks[i].span.cover(toks[end - 1].span);
            let future = is_future(toks, i);
            // A quarter is the period a figure covers even after a report verb ("posted
            // second-quarter sales of $12.8bn").
            let quarter = matches!(
                raw,
                Raw::Quarter(_) | Raw::QuarterYear(..) | Raw::QuarterRel(_)
            );
            let of_report = !quarter && (is_report_time(toks, i) || is_dateline(toks, i, end));
            let text = sentence[span.start - base..span.end - base].to_string();
            let raw = match raw {
                Raw::Previous(g, _) => Raw::Previous(g, story),
                other => other,
            };
            if let Some(t) = resolve(raw, text, span, article_date, future, of_report) {
                if !t.of_report && t.day.is_some() {
                    story = t.day;
                }
                out.push(t);
            }
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

fn match_at(toks: &[Tok], i: usize) -> Option<(Raw, usize)> {
    let t = &toks[i];
    // This runs at every token of a sentence with a time cue, and most tokens start no time:
    // every pattern below starts at a number, a month, a weekday or a time word, or ends at
    // "ago" or "earlier" within three tokens ("two days ago"). The classes the tokenizer read
    // answer the rest at once (trying each pattern on them was a twentieth of extraction).
    let timeish =
        lexicon::WordClass::MONTH | lexicon::WordClass::WEEKDAY | lexicon::WordClass::TIME_WORD;
    if t.kind != TokKind::Number
        && !t.in_class(timeish)
        && !toks[i + 1..toks.len().min(i + 4)]
            .iter()
            .any(|n| n.in_class(lexicon::WordClass::TIME_WORD))
    {
        return None;
    }
    let next = |k: usize| toks.get(i + k);
    let lower = |k: usize| toks.get(i + k).map(|t| t.lower.as_str());
    // ISO date 2022-02-24
    if let (Some(y), Some(d1), Some(m), Some(d2), Some(d)) =
        (year_tok(t), next(1), next(2), next(3), next(4))
        && d1.is_punct("-")
        && d2.is_punct("-")
        && !d1.space_before
        && let (Some(m), Some(d)) = (small_int(m), small_int(d))
        && (1..=12).contains(&m)
        && (1..=31).contains(&d)
    {
        return Some((Raw::Full(y, m as i8, d as i8), i + 5));
    }
    // Times of day: 10:30, 3pm, 3.30pm, 10am
    if t.kind == TokKind::Number {
        if next(1).is_some_and(|n| n.is_punct(":") && !n.space_before)
            && next(2).is_some_and(|n| n.kind == TokKind::Number && !n.space_before)
        {
            let mut end = i + 3;
            if let Some(after) = meridiem_after(toks, end) {
                end = after;
            } else if toks
                .get(end)
                .is_some_and(|n| lexicon::is_time_zone(&n.lower))
            {
                end += 1;
            }
            return Some((Raw::Mask, end));
        }
        if let Some(end) = meridiem_after(toks, i + 1) {
            return Some((Raw::Mask, end));
        }
        if let Some(end) = clock_with_zone(toks, i) {
            return Some((Raw::Mask, end));
        }
    }
    // Day range and month: "4-6 March" (masked, resolved to the first day).
    if let Some(d) = small_int(t).filter(|d| (1..=31).contains(d))
        && next(1).is_some_and(|n| n.is_dash())
        && next(2)
            .and_then(small_int)
            .is_some_and(|d2| (1..=31).contains(&d2) && d2 > d)
        && let Some(m) = next(3).and_then(is_month_tok)
    {
        return Some((Raw::DayMonth(m, d as i8), i + 4));
    }
    // Day Month [Year]: 20 October, 24th February 2022
    if let Some(d) = small_int(t).filter(|d| (1..=31).contains(d)) {
        let mut k = 1;
        if lower(1).is_some_and(lexicon::is_ordinal_suffix) && !next(1).unwrap().space_before {
            k = 2;
        }
        if lower(k) == Some("of") {
            k += 1;
        }
        if let Some(m) = next(k).and_then(is_month_tok) {
            let mut end = i + k + 1;
            if let Some(y) = toks.get(end).and_then(year_tok) {
                return Some((Raw::Full(y, m, d as i8), end + 1));
            }
            if toks.get(end).is_some_and(|t| t.is_punct(","))
                && let Some(y) = toks.get(end + 1).and_then(year_tok)
            {
                end += 2;
                return Some((Raw::Full(y, m, d as i8), end));
            }
            return Some((Raw::DayMonth(m, d as i8), end));
        }
    }
    // Month Day [,] [Year] / Month Year / Month alone. An abbreviated month may keep its full
    // stop: "Aug. 5", "Sept. 3, 2024".
    if let Some(m) = is_month_tok(t) {
        let dot = usize::from(
            t.text.len() <= 4 && next(1).is_some_and(|n| n.is_punct(".") && !n.space_before),
        );
        if let Some(d) = next(1 + dot)
            .and_then(small_int)
            .filter(|d| (1..=31).contains(d))
        {
            let mut end = i + 2 + dot;
            if lower(2 + dot).is_some_and(lexicon::is_ordinal_suffix)
                && !next(2 + dot).unwrap().space_before
            {
                end += 1;
            }
            let comma = toks.get(end).is_some_and(|t| t.is_punct(","));
            let y_at = if comma { end + 1 } else { end };
            if let Some(y) = toks.get(y_at).and_then(year_tok) {
                return Some((Raw::Full(y, m, d as i8), y_at + 1));
            }
            if d <= 31 && year_tok(next(1 + dot).unwrap()).is_none() {
                return Some((Raw::DayMonth(m, d as i8), end));
            }
        }
        if let Some(y) = next(1).and_then(year_tok) {
            return Some((Raw::MonthYear(y, m), i + 2));
        }
        // A bare month: "May" needs a preposition before it to be a month, not a modal.
        let prev = i.checked_sub(1).map(|p| toks[p].lower.as_str());
        let cue = prev.is_some_and(lexicon::is_month_cue);
        // "May's gains": a modal takes no possessive.
        let possessive = next(1).is_some_and(|n| matches!(n.text, "’" | "'") && !n.space_before)
            && next(2).is_some_and(|n| n.is("s") && !n.space_before);
        // "May and June": a modal is not coordinated with a month.
        let with_month = next(1).is_some_and(|n| matches!(n.lower.as_str(), "and" | "or"))
            && next(2).and_then(is_month_tok).is_some();
        // An abbreviation alone is a month only after a cue: "Viña del Mar" is a city, "Jan"
        // a name. (The month names of four letters or fewer are May, June and July.)
        let abbreviated = t.text.len() <= 4 && !matches!(t.lower.as_str(), "may" | "june" | "july");
        let named = if abbreviated {
            cue
        } else {
            m != 5 || cue || possessive || with_month
        };
        if named {
            return Some((Raw::Month(m), i + 1));
        }
    }
    if let Some(end) = year_range_at(toks, i) {
        return Some((Raw::Year(year_tok(t)?), end));
    }
    // Year alone: in 2003, since 1999. The cue before it is looked up only for a number that
    // needs it (this runs at every token of a sentence with a time cue).
    let year_cue = || {
        i.checked_sub(1)
            .is_some_and(|p| lexicon::is_year_cue(&toks[p].lower))
    };
    if let Some(y) = year_tok(t)
        && ((1900..=2100).contains(&y) || ((1000..=2100).contains(&y) && year_cue()))
        && !next(1).is_some_and(|n| {
            n.is_punct("%")
                || n.is_punct(",")
                    && toks
                        .get(i + 2)
                        .is_some_and(|x| x.kind == TokKind::Number && !x.space_before)
        })
        && !i
            .checked_sub(1)
            .is_some_and(|p| matches!(toks[p].text, "$" | "£" | "€" | "¥"))
    {
        // "in 1963 in Tom Jones": "in" after a year is a preposition, not inches.
        let glued_after = next(1).is_some_and(|n| !n.space_before);
        let unit_after = lower(1).is_some_and(|w| {
            (lexicon::measure(w).is_some() && (glued_after || !lexicon::is_ambiguous_measure(w)))
                || lexicon::scale_word(w).is_some()
        });
        // "its 2002 series", "the 2003 shootings", "their 1960 levels", "the year 2004 shows",
        // "2003's loss": a determiner or "year" before the digits, or a possessive after them,
        // makes a year of a number that a plural noun follows.
        let determined = i.checked_sub(1).is_some_and(|p| {
            lexicon::is_year_determiner(&toks[p].lower) && toks[p].kind == TokKind::Word
        });
        let possessive = next(1).is_some_and(|a| matches!(a.text, "'" | "’") && !a.space_before)
            && next(2).is_some_and(|n| n.is("s") && !n.space_before);
        let plural_after = !determined
            && !possessive
            && next(1).is_some_and(|n| {
                n.lower.len() >= 4
                    && !matches!(n.lower.as_str(), "this" | "thus" | "plus" | "was")
                    && n.is_word()
                    && !n.is_capitalized()
                    && n.lower.ends_with('s')
                    && !n.lower.ends_with("ss")
                    && !lexicon::is_year_noun(&n.lower)
            });
        let hedged = !possessive
            && i.checked_sub(1)
                .is_some_and(|p| lexicon::is_year_hedge(&toks[p].lower));
        if !unit_after && !plural_after && !hedged {
            return Some((Raw::Year(y), i + 1));
        }
    }
    if let Some((n, end)) = quarter_at(toks, i) {
        return Some(quarter_year(toks, n, end));
    }
    if t.in_class(lexicon::WordClass::WEEKDAY)
        && let Some(wd) = weekday(&t.lower)
    {
        let mut end = i + 1;
        // "Tuesday night", "Monday morning"
        if lower(1).is_some_and(|w| matches!(w, "night" | "morning" | "afternoon" | "evening")) {
            end += 1;
        }
        return Some((Raw::Weekday(wd), end));
    }
    match t.lower.as_str() {
        // "in the previous month", not a baseline ("up 5% on the previous year", "than the
        // previous month"): the figure's own time.
        "previous" | "prior" | "preceding"
            if !toks[i.saturating_sub(2)..i]
                .iter()
                .any(|t| lexicon::is_comparison_lead(&t.lower)) =>
        {
            let g = match lower(1) {
                Some("day") => Some(Granularity::Day),
                Some("week") => Some(Granularity::Week),
                Some("month") => Some(Granularity::Month),
                Some("quarter") => Some(Granularity::Quarter),
                Some("year") => Some(Granularity::Year),
                _ => None,
            };
            if let Some(g) = g {
                return Some((Raw::Previous(g, None), i + 2));
            }
        }
        "current" if lower(1) == Some("quarter") => return Some((Raw::QuarterRel(0), i + 2)),
        "today" => return Some((Raw::Offset(0), i + 1)),
        "yesterday" => return Some((Raw::Offset(-1), i + 1)),
        "tomorrow" => return Some((Raw::Offset(1), i + 1)),
        "tonight" | "overnight" => return Some((Raw::Night, i + 1)),
        "last" | "this" | "next" | "past" => {
            let dir = match t.lower.as_str() {
                "last" | "past" => -1,
                "this" => 0,
                _ => 1,
            };
            match lower(1) {
                Some("night") if dir <= 0 => return Some((Raw::Night, i + 2)),
                Some("morning" | "afternoon" | "evening") if dir == 0 => {
                    return Some((Raw::Offset(0), i + 2));
                }
                Some("week" | "weekend") => return Some((Raw::Week(dir), i + 2)),
                Some("quarter") => return Some((Raw::QuarterRel(dir), i + 2)),
                Some("month") => return Some((Raw::MonthRel(dir), i + 2)),
                Some("year") => return Some((Raw::YearRel(dir), i + 2)),
                _ => {}
            }
            if dir != 0
                && let Some(m) = next(1).and_then(is_month_tok)
            {
                return Some((Raw::Month(m), i + 2));
            }
            if let Some(wd) = lower(1).and_then(weekday) {
                return Some((Raw::Weekday(wd), i + 2));
            }
        }
        _ => {}
    }
    // "two days ago", "a week ago"; "a week earlier" counts back from the story's time as
    // "ago" does from the report's, unless a comparison follows ("a week earlier than
    // planned"). "The week before" ends its phrase ("the protest the week before, ..."):
    // followed by a word, it is "before" that word ("the week before the vote").
    let back = |k: usize| {
        let t = &toks[k];
        t.is("ago")
            || (t.is("earlier") && !toks.get(k + 1).is_some_and(|n| n.is("than")))
            || (t.is("before")
                && k >= 2
                && toks[k - 2].is("the")
                && toks.get(k + 1).is_none_or(|n| n.kind != TokKind::Word))
    };
    if let Some(ago) = (i..toks.len().min(i + 4)).position(back)
        && ago >= 1
    {
        let unit = &toks[i + ago - 1].lower;
        let g = match unit.as_str() {
            "day" | "days" => Some(Granularity::Day),
            "week" | "weeks" => Some(Granularity::Week),
            "month" | "months" => Some(Granularity::Month),
            "year" | "years" => Some(Granularity::Year),
            _ => None,
        };
        let n = if ago == 1 {
            None
        } else if ago == 2 {
            match t.lower.as_str() {
                "a" | "an" | "one" | "the" => Some(1),
                w => lexicon::cardinal_unit(w)
                    .map(|v| v as i64)
                    .or_else(|| small_int(t)),
            }
        } else {
            None
        };
        if let (Some(g), Some(n)) = (g, n) {
            return Some((Raw::Ago(n, g), i + ago + 1));
        }
    }
    None
}

/// The token after a meridiem at `k`: "pm", "a.m", or "p.m." written as letters and stops
/// ("9 p.m. curfew" is an hour, not nine of anything).
/// A four-digit clock time before a time zone, or two of them joined ("1500 GMT", "from 0800
/// to 1800GMT", "1130-1215 BST"): the index after the zone.
pub(crate) fn clock_with_zone(toks: &[Tok], i: usize) -> Option<usize> {
    let clock = |t: &Tok| {
        t.kind == TokKind::Number
            && t.text.len() == 4
            && t.text.bytes().all(|b| b.is_ascii_digit())
            && t.text[..2] <= *"23"
            && t.text[2..] <= *"59"
    };
    let zone = |j: usize| toks.get(j).is_some_and(|z| lexicon::is_time_zone(&z.lower));
    if !clock(&toks[i]) {
        return None;
    }
    if zone(i + 1) {
        return Some(i + 2);
    }
    let joined = toks
        .get(i + 1)
        .is_some_and(|s| s.is("to") || s.is("and") || s.is_dash());
    (joined && toks.get(i + 2).is_some_and(clock) && zone(i + 3)).then_some(i + 4)
}

/// A span of years starting at token `i`: "between 1450 and 1520", "from 1998 to 2004",
/// "1939-1945", "the 2019-20 season". Both ends are years (the second above the first, a
/// two-digit second end read in the first's century), and no measure or plural noun follows
/// ("between 1500 and 2000 troops" counts troops). The end index, after the second year.
/// A calendar quarter named at `i`: "second quarter", "second-quarter", "Q2"; its number
/// and the token after it. "Final quarter" and "a quarter" are not: the first may be a match's.
fn quarter_at(toks: &[Tok], i: usize) -> Option<(i8, usize)> {
    let t = &toks[i];
    // "fiscal second quarter": a company's own calendar, which calendar quarters misplace.
    let fiscal = i
        .checked_sub(1)
        .is_some_and(|p| matches!(toks[p].lower.as_str(), "fiscal" | "financial"));
    if fiscal {
        return None;
    }
    if let Some(n) = t
        .lower
        .strip_prefix('q')
        .and_then(|d| d.parse::<i8>().ok())
        .filter(|n| (1..=4).contains(n) && t.text.len() == 2)
    {
        return Some((n, i + 1));
    }
    let n = match t.lower.as_str() {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        _ => return None,
    };
    let mut k = i + 1;
    if toks.get(k).is_some_and(|d| d.is_dash() && !d.space_before) {
        k += 1;
    }
    toks.get(k)
        .is_some_and(|q| q.is("quarter"))
        .then_some((n, k + 1))
}

/// A quarter with the year that may follow it: "of 2004", "of the year" (the report's year:
/// left to resolution), "2024".
fn quarter_year(toks: &[Tok], n: i8, end: usize) -> (Raw, usize) {
    let at = |k: usize| toks.get(k);
    // "the second quarter of fiscal 2025", "the quarter ended July 28": a company's own
    // calendar, which calendar quarters misplace; the day it ended dates it, if given.
    let fiscal =
        |k: usize| at(k).is_some_and(|t| matches!(t.lower.as_str(), "fiscal" | "financial"));
    if (at(end).is_some_and(|t| t.is("of")) && fiscal(end + 1))
        || at(end).is_some_and(|t| matches!(t.lower.as_str(), "ended" | "ending"))
    {
        return (Raw::Mask, end);
    }
    if let Some(y) = at(end).and_then(year_tok) {
        return (Raw::QuarterYear(y, n), end + 1);
    }
    if at(end).is_some_and(|t| t.is("of")) {
        if let Some(y) = at(end + 1).and_then(year_tok) {
            return (Raw::QuarterYear(y, n), end + 2);
        }
        if at(end + 1).is_some_and(|t| t.is("the")) && at(end + 2).is_some_and(|t| t.is("year")) {
            return (Raw::Quarter(n), end + 3);
        }
    }
    (Raw::Quarter(n), end)
}

/// The first day of quarter `n` of year `y`.
fn quarter_start(y: i16, n: i8) -> Option<Date> {
    Date::new(y, 3 * (n - 1) + 1, 1).ok()
}

/// The first day of the quarter `d` is in.
fn quarter_of(d: Date) -> Option<Date> {
    quarter_start(d.year(), (d.month() - 1) / 3 + 1)
}

fn year_range_at(toks: &[Tok], i: usize) -> Option<usize> {
    let first = year_tok(&toks[i])?;
    let sep = toks.get(i + 1)?;
    let prev = i.checked_sub(1).map(|p| toks[p].lower.as_str());
    let worded =
        (prev == Some("between") && sep.is("and")) || (prev == Some("from") && sep.is("to"));
    if !(worded || sep.is_dash()) {
        return None;
    }
    let second_tok = toks.get(i + 2)?;
    let second = small_int(second_tok)?;
    let second = match second_tok.text.len() {
        4 => second,
        2 if sep.is_dash() && !sep.space_before => i64::from(first) / 100 * 100 + second,
        _ => return None,
    };
    let span = second - i64::from(first);
    if !(1..=500).contains(&span) || year_tok(second_tok).is_none() && second_tok.text.len() == 4 {
        return None;
    }
    // A dash between years needs both to read as recent years: "1500-2000 troops" is a range.
    if !worded && !(1900..=2100).contains(&first) {
        return None;
    }
    (!counts_follow(toks, i + 3)).then_some(i + 3)
}

/// A measure, scale word, percent sign or plural noun at `j`: the digits before it count
/// something and are no year ("2003 troops", "1999 km").
fn counts_follow(toks: &[Tok], j: usize) -> bool {
    toks.get(j).is_some_and(|n| {
        n.is_punct("%")
            || (n.is_word()
                && (lexicon::measure(&n.lower).is_some()
                    || lexicon::scale_word(&n.lower).is_some()
                    || (n.lower.len() >= 4
                        && !matches!(n.lower.as_str(), "this" | "thus" | "plus" | "was")
                        && !n.is_capitalized()
                        && n.lower.ends_with('s')
                        && !n.lower.ends_with("ss")
                        && !lexicon::is_year_noun(&n.lower))))
    })
}

pub(crate) fn meridiem_after(toks: &[Tok], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    if matches!(t.lower.as_str(), "am" | "pm" | "a.m" | "p.m") {
        let stop = toks
            .get(k + 1)
            .is_some_and(|n| n.is_punct(".") && !n.space_before);
        return Some(k + 1 + usize::from(stop && t.lower.contains('.')));
    }
    let glued = |o: usize| toks.get(k + o).filter(|n| !n.space_before);
    let letters = matches!(t.lower.as_str(), "a" | "p")
        && glued(1).is_some_and(|n| n.is_punct("."))
        && glued(2).is_some_and(|n| n.lower == "m");
    letters.then(|| k + 3 + usize::from(glued(3).is_some_and(|n| n.is_punct("."))))
}

/// Is the clause before token `i` about the future ("will meet on Tuesday", "a train will
/// leave at 1 pm")? A marker within 12 tokens back to a semicolon, and no "ago" or
/// "yesterday" there.
/// A time expression starts at token `i` ("last month", "this week"): its first word is no
/// verb, though "last" may be one.
pub(crate) fn starts_time_at(toks: &[Tok], i: usize) -> bool {
    match_at(toks, i).is_some()
}

pub(crate) fn is_future(toks: &[Tok], i: usize) -> bool {
    let lo = i.saturating_sub(12);
    toks[lo..i]
        .iter()
        .rev()
        .take_while(|t| !t.is_punct(";"))
        .any(|t| lexicon::is_future_marker(&t.lower))
        && !toks[lo..i]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "ago" | "yesterday"))
}

/// "August 5, 2025 – Only 73,000 jobs ...", "WASHINGTON, Aug. 5 (Reuters) -": a date that
/// opens the text, after at most a place name, and is closed by a dash or the agency's
/// bracket, is the dateline: when the report was filed, not when anything happened.
fn is_dateline(toks: &[Tok], i: usize, end: usize) -> bool {
    let place_before = i <= 4
        && toks[..i]
            .iter()
            .all(|t| t.is_capitalized() || t.is_punct(","));
    place_before
        && toks.get(end).is_some_and(|t| {
            t.is_punct("–") || t.is_punct("—") || t.is_punct("-") || t.is_punct("(")
        })
}

fn is_report_time(toks: &[Tok], i: usize) -> bool {
    let lo = i.saturating_sub(3);
    // "jobs added within the previous month": a preposition of a span of time after the verb
    // makes the time the act's, not the report's ("added on Tuesday").
    let verb = toks[lo..i]
        .iter()
        .rposition(|t| lexicon::is_report_time_verb(&t.lower));
    verb.is_some_and(|v| {
        !toks[lo + v + 1..i].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "within" | "during" | "throughout" | "over"
            )
        })
    }) || is_as_of(toks, i)
}

/// "as of 6am on Friday", "by Sunday evening", "up to late Saturday afternoon": the time a
/// count stood at, which is when it was reported. A time of day, "on", "late" or "early" may
/// stand between the cue and the time.
fn is_as_of(toks: &[Tok], i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 5 {
        let t = &toks[k - 1];
        let between = t.kind == TokKind::Number
            || t.is_punct(":")
            || matches!(
                t.lower.as_str(),
                "on" | "late" | "early" | "am" | "pm" | "a" | "p" | "m" | "."
            );
        if !between {
            break;
        }
        k -= 1;
    }
    lexicon::report_time_cues().iter().any(|cue| {
        k >= cue.len()
            && toks[k - cue.len()..k]
                .iter()
                .zip(cue)
                .all(|(t, w)| t.lower == *w)
    })
}

fn resolve(
    raw: Raw,
    text: String,
    span: Span,
    date: Option<Date>,
    future: bool,
    of_report: bool,
) -> Option<TimeRef> {
    let make = |day: Option<Date>, g: Granularity, needs_date: bool| {
        let unresolved = if day.is_none() {
            Some(if needs_date && date.is_none() {
                "article has no date".to_string()
            } else {
                "cannot be resolved".to_string()
            })
        } else {
            None
        };
        TimeRef {
            text: text.clone(),
            span,
            day,
            granularity: g,
            unresolved,
            of_report,
        }
    };
    let rel = |f: &dyn Fn(Date) -> Option<Date>| date.and_then(f);
    Some(match raw {
        Raw::Mask => return None,
        // Counted back from the report's day when no story time is given.
        Raw::Previous(g, from) => make(from.or(date).and_then(|a| before(a, g)), g, true),
        Raw::Full(y, m, d) => make(Date::new(y, m, d).ok(), Granularity::Day, false),
        Raw::MonthYear(y, m) => make(Date::new(y, m, 1).ok(), Granularity::Month, false),
        Raw::Year(y) => make(Date::new(y, 1, 1).ok(), Granularity::Year, false),
        Raw::DayMonth(m, d) => make(
            rel(&|a| {
                let this = Date::new(a.year(), m, d).ok()?;
                Some(if future {
                    if this >= a {
                        this
                    } else {
                        Date::new(a.year() + 1, m, d).ok()?
                    }
                } else if this <= a {
                    this
                } else {
                    Date::new(a.year() - 1, m, d).ok()?
                })
            }),
            Granularity::Day,
            true,
        ),
        Raw::Month(m) => make(
            rel(&|a| {
                let y = if future {
                    if m >= a.month() {
                        a.year()
                    } else {
                        a.year() + 1
                    }
                } else if m <= a.month() {
                    a.year()
                } else {
                    a.year() - 1
                };
                Date::new(y, m, 1).ok()
            }),
            Granularity::Month,
            true,
        ),
        Raw::Weekday(wd) => make(
            rel(&|a| {
                if a.weekday() == wd {
                    return Some(a);
                }
                if future {
                    a.nth_weekday(1, wd).ok()
                } else {
                    a.nth_weekday(-1, wd).ok()
                }
            }),
            Granularity::Day,
            true,
        ),
        Raw::Offset(n) => make(
            rel(&|a| a.checked_add(n.days()).ok()),
            Granularity::Day,
            true,
        ),
        Raw::Night => make(date, Granularity::Night, true),
        Raw::Week(dir) => make(
            rel(&|a| {
                let monday = a
                    .checked_sub((a.weekday().to_monday_zero_offset() as i64).days())
                    .ok()?;
                monday.checked_add((7 * dir).days()).ok()
            }),
            Granularity::Week,
            true,
        ),
        Raw::MonthRel(dir) => make(
            rel(&|a| a.first_of_month().checked_add(dir.months()).ok()),
            Granularity::Month,
            true,
        ),
        Raw::YearRel(dir) => make(
            rel(&|a| Date::new(a.year() + dir as i16, 1, 1).ok()),
            Granularity::Year,
            true,
        ),
        Raw::QuarterYear(y, n) => make(quarter_start(y, n), Granularity::Quarter, false),
        // In the past, the last quarter `n` begun by the report's day ("posted a
        // second-quarter loss" on 1 August is April to June); in the future, the first not
        // yet ended ("third-quarter revenue will fall short").
        Raw::Quarter(n) => make(
            rel(&|a| {
                let this = quarter_start(a.year(), n)?;
                let y = if future {
                    let ends = this.checked_add(2.months()).ok()?.last_of_month();
                    if ends >= a { a.year() } else { a.year() + 1 }
                } else if this <= a {
                    a.year()
                } else {
                    a.year() - 1
                };
                quarter_start(y, n)
            }),
            Granularity::Quarter,
            true,
        ),
        Raw::QuarterRel(dir) => make(
            rel(&|a| quarter_of(a)?.checked_add((3 * dir).months()).ok()),
            Granularity::Quarter,
            true,
        ),
        // "A week ago" is about the day seven days back, not a calendar week that may end on
        // the report's eve.
        Raw::Ago(n, g) => make(
            rel(&|a| match g {
                Granularity::Day | Granularity::Night => a.checked_sub(n.days()).ok(),
                Granularity::Week => a.checked_sub(n.weeks()).ok(),
                Granularity::Month => a.checked_sub(n.months()).ok(),
                Granularity::Quarter => a.checked_sub((3 * n).months()).ok(),
                Granularity::Year => a.checked_sub(n.years()).ok(),
            }),
            if g == Granularity::Week {
                Granularity::Day
            } else {
                g
            },
            true,
        ),
    })
}

/// One unit of `g` before `a`: the previous day, week, month (its first day) or year.
fn before(a: Date, g: Granularity) -> Option<Date> {
    match g {
        Granularity::Day | Granularity::Night => a.checked_sub(1.days()).ok(),
        Granularity::Week => a.checked_sub(1.weeks()).ok(),
        Granularity::Month => a.first_of_month().checked_sub(1.months()).ok(),
        Granularity::Quarter => quarter_of(a)?.checked_sub(3.months()).ok(),
        Granularity::Year => Date::new(a.year() - 1, 1, 1).ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;
    use jiff::civil::date;

    /// `match_at` passes over word tokens without a time class: every word its patterns start
    /// or end at must have one.
    #[test]
    fn the_words_match_at_starts_at_have_a_time_class() {
        for w in [
            "previous",
            "prior",
            "preceding",
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "overnight",
            "last",
            "this",
            "next",
            "past",
            "ago",
            "earlier",
        ] {
            assert!(
                lexicon::word_class(w).any(lexicon::WordClass::TIME_WORD),
                "{w}"
            );
        }
        let t = |s: &str| times(s, Some(date(2024, 3, 8)));
        assert_eq!(t("two days ago").len(), 1);
        assert_eq!(t("a week earlier").len(), 1);
        assert_eq!(t("in the previous month").len(), 1);
    }

    fn times(s: &str, d: Option<Date>) -> Vec<(String, Option<String>)> {
        let toks = tokenize(s, 0);
        find_times(&toks, s, 0, d)
            .into_iter()
            .map(|t| (t.text, t.day.map(|d| d.to_string())))
            .collect()
    }

    fn one(s: &str, d: Option<Date>) -> Option<String> {
        let got = times(s, d);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        got[0].1.clone()
    }

    #[test]
    fn quarters_resolve_to_their_first_day_in_the_tense_of_their_clause() {
        let d = Some(date(2024, 8, 1));
        assert_eq!(
            one("Intel posted a second-quarter loss.", d),
            Some("2024-04-01".into())
        );
        assert_eq!(
            one("Profit fell in the fourth quarter.", d),
            Some("2023-10-01".into())
        );
        assert_eq!(
            one("It said third-quarter revenue will fall short.", d),
            Some("2024-07-01".into())
        );
        assert_eq!(
            one("Sales will rise in the first quarter.", d),
            Some("2025-01-01".into())
        );
        assert_eq!(
            one("Sales for the current quarter will be $13bn.", d),
            Some("2024-07-01".into())
        );
        assert_eq!(
            one("It lost $1.6bn last quarter.", d),
            Some("2024-04-01".into())
        );
        assert_eq!(
            one("Growth slowed in Q3 2004.", d),
            Some("2004-07-01".into())
        );
        assert_eq!(
            one("in the third quarter of 2004", d),
            Some("2004-07-01".into())
        );
        // A company's fiscal quarters are not the calendar's; a share is not a quarter.
        assert!(times("its fiscal second quarter", d).is_empty());
        assert!(
            times("revenue for its second quarter of fiscal 2025", d)
                .iter()
                .all(|t| !t.0.contains("quarter"))
        );
        assert_eq!(
            times("in the second quarter ended July 28", d),
            [("July 28".to_string(), Some("2024-07-28".to_string()))]
        );
        assert!(times("a quarter of the workforce", d).is_empty());
        let got = times("Sales fell in the third quarter", d);
        assert_eq!(got[0].0, "third quarter");
    }

    #[test]
    fn a_year_before_a_noun_after_a_determiner() {
        let texts = |s: &str| -> Vec<String> { times(s, None).into_iter().map(|t| t.0).collect() };
        assert_eq!(texts("Viewers preferred its 2002 series."), ["2002"]);
        assert_eq!(texts("after the 2003 shootings in Aston"), ["2003"]);
        assert_eq!(texts("aid is half their 1960 levels"), ["1960"]);
        assert_eq!(texts("lower than 2003's $1.2bn loss"), ["2003"]);
        assert_eq!(texts("The year 2004 shows that it works"), ["2004"]);
        assert_eq!(texts("From 2007 onwards, firms will pay"), ["2007"]);
        assert_eq!(texts("she made her debut in 1963 in Tom Jones"), ["1963"]);
        // A glued unit makes a measure: "the final of 1500m".
        assert!(texts("in the final of 1500m at the championships").is_empty());
        // Without a determiner a plural noun still makes a count.
        assert!(texts("they sent 2000 troops").is_empty());
    }

    #[test]
    fn clock_times_before_a_zone_are_masked() {
        let toks = tokenize("shown from 1130 to 1215 GMT on Wednesday", 0);
        assert_eq!(clock_with_zone(&toks, 2), Some(6));
        let toks = tokenize("kick-off at 1500 GMT", 0);
        assert_eq!(clock_with_zone(&toks, 4), Some(6));
        let toks = tokenize("open from 0800 to 1800GMT daily", 0);
        assert_eq!(clock_with_zone(&toks, 2), Some(6));
        // Not a clock: 2500, or no zone after it.
        let toks = tokenize("some 2500 GMT staff", 0);
        assert_eq!(clock_with_zone(&toks, 1), None);
        let toks = tokenize("about 1500 people", 0);
        assert_eq!(clock_with_zone(&toks, 1), None);
    }

    #[test]
    fn spans_of_years_are_times() {
        let texts = |s: &str| -> Vec<String> { times(s, None).into_iter().map(|t| t.0).collect() };
        assert_eq!(
            texts("The manuscript was written between 1450 and 1520."),
            ["1450 and 1520"]
        );
        assert_eq!(
            texts("He lived there from 1998 to 2004 with his wife."),
            ["1998 to 2004"]
        );
        assert_eq!(texts("the 2019-20 season was cut short"), ["2019-20"]);
        // A noun counted after the second end makes a range of counts, not of years.
        assert!(texts("between 1500 and 2000 troops were sent").is_empty());
        assert!(texts("between 1500 and 1200 BC").is_empty());
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(
            one("since the start of the war on February 24 2022.", None).as_deref(),
            Some("2022-02-24")
        );
        assert_eq!(
            one("He spoke on 20 October.", Some(date(2025, 11, 19))).as_deref(),
            Some("2025-10-20")
        );
        assert_eq!(
            one("on 24th February, 2022", None).as_deref(),
            Some("2022-02-24")
        );
        assert_eq!(one("by 2022-02-24", None).as_deref(), Some("2022-02-24"));
    }

    #[test]
    fn weekdays_past_and_future() {
        // 2025-12-02 is a Tuesday.
        let d = Some(date(2025, 12, 2));
        assert_eq!(
            one("Putin will meet Witkoff in Moscow on Tuesday", d).as_deref(),
            Some("2025-12-02")
        );
        assert_eq!(
            one("Speaking on Monday, she said", d).as_deref(),
            Some("2025-12-01")
        );
        assert_eq!(
            one("They will meet on Friday", d).as_deref(),
            Some("2025-12-05")
        );
        assert_eq!(one("They met on Friday", d).as_deref(), Some("2025-11-28"));
    }

    #[test]
    fn the_previous_month_counts_back_from_the_time_the_story_tells() {
        let report = Some(date(2025, 8, 1));
        let july = Some(date(2025, 7, 1));
        let s = "That was down from 147,000 jobs added within the previous month.";
        let toks = tokenize(s, 0);
        let t = &find_times_after(&toks, s, 0, report, july)[0];
        assert_eq!(t.day, Some(date(2025, 6, 1)));
        // A span of time after "added" makes it the act's time, not the report's.
        assert!(!t.of_report);
        // With no story time told before, it counts back from the report.
        assert_eq!(one(s, report).as_deref(), Some("2025-07-01"));
        // A baseline of a comparison is not the figure's time.
        assert!(times("Sales rose 5% on the previous year.", report).is_empty());
        assert!(times("It was higher than the previous month.", report).is_empty());
        // The story time moves with each time told in the sentence.
        let s = "In March 2024 it rose, after falling in the previous month.";
        let toks = tokenize(s, 0);
        let found = find_times_after(&toks, s, 0, report, july);
        assert_eq!(found[1].day, Some(date(2024, 2, 1)));
    }

    #[test]
    fn relative_words() {
        let d = Some(date(2025, 11, 19));
        assert_eq!(
            one("Russia last night launched a huge air attack", d).as_deref(),
            Some("2025-11-19")
        );
        assert_eq!(
            one("It emerged last week.", d).as_deref(),
            Some("2025-11-10")
        );
        assert_eq!(
            one("a meeting in Alaska last August failed", d).as_deref(),
            Some("2025-08-01")
        );
        assert_eq!(
            one("It happened yesterday", d).as_deref(),
            Some("2025-11-18")
        );
        assert_eq!(one("three days ago", d).as_deref(), Some("2025-11-16"));
        assert_eq!(
            one(
                "As many as one million people had turned out a week earlier",
                d
            )
            .as_deref(),
            Some("2025-11-12")
        );
        // A comparison is not a time.
        assert!(times("It opened two weeks earlier than planned", d).is_empty());
        assert_eq!(
            one(
                "For the protest the week before, organizers estimated 1 million",
                d
            )
            .as_deref(),
            Some("2025-11-12")
        );
        // "The week before the vote" is a week before the vote, not before the report.
        assert!(times("in the week before the vote", d).is_empty());
    }

    #[test]
    fn an_abbreviated_month_alone_is_a_month_only_after_a_cue() {
        let d = Some(date(2024, 2, 4));
        assert!(times("homes on the fringes of Vina del Mar burned", d).is_empty());
        assert!(times("along Vina del Mar's eastern edge", d).is_empty());
        assert_eq!(one("sales fell in Mar", d).as_deref(), Some("2023-03-01"));
        assert_eq!(
            one("on Mar 3 the fires began", d).as_deref(),
            Some("2023-03-03")
        );
    }

    #[test]
    fn undated_article_leaves_relative_times_unresolved() {
        let toks = tokenize("Russia fired 22 missiles overnight", 0);
        let t = find_times(&toks, "Russia fired 22 missiles overnight", 0, None);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].day, None);
        assert_eq!(t[0].unresolved.as_deref(), Some("article has no date"));
    }

    #[test]
    fn may_the_modal_is_not_a_month() {
        assert!(times("Many people may be trapped", None).is_empty());
        assert_eq!(times("elections in May", None).len(), 1);
    }

    #[test]
    fn the_time_a_count_stood_at_is_its_report() {
        let d = Some(date(2023, 6, 5));
        for s in [
            "As of Sunday morning, 294 people have died in the accident.",
            "The toll stood at 99 as of 6am on Friday.",
            "By Sunday evening, 112 people had died.",
            "Going by reports received up to late Saturday afternoon, 288 people had died.",
        ] {
            let toks = tokenize(s, 0);
            let t = find_times(&toks, s, 0, d);
            assert!(t.iter().any(|t| t.of_report), "{s}: {t:?}");
        }
        // The day of the event stays an event time.
        let s = "Fires broke out on Friday night.";
        let toks = tokenize(s, 0);
        assert!(!find_times(&toks, s, 0, d)[0].of_report);
    }

    #[test]
    fn a_dateline_is_the_time_of_the_report() {
        let d = Some(date(2025, 8, 5));
        for s in [
            "August 5, 2025 – Only 73,000 jobs were created in July.",
            "WASHINGTON, Aug. 5 (Reuters) - Employers added 73,000 jobs.",
        ] {
            let toks = tokenize(s, 0);
            let t = find_times(&toks, s, 0, d);
            assert!(t[0].of_report, "{s}: {t:?}");
            assert_eq!(t[0].day, d, "{s}");
        }
        // A date inside the sentence, or one that opens a clause without a dash, is an event's.
        let s = "On August 5, 2025, the agency cut 300 jobs.";
        let toks = tokenize(s, 0);
        assert!(!find_times(&toks, s, 0, d)[0].of_report);
    }

    #[test]
    fn report_time_is_marked() {
        let s = "the Russian Defence Ministry said Tuesday";
        let toks = tokenize(s, 0);
        assert!(find_times(&toks, s, 0, None)[0].of_report);
    }
}
