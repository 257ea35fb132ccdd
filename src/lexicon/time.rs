//! Time words: months and weekdays (to their numbers), the other words that start a time
//! expression ("yesterday"), the words that put a time in the future ("will", "due"), and the
//! cues that make a number a year, or not one ("in 1850", "2024 results", "about 2000"), and a
//! bare "May" the month.

use std::sync::LazyLock;

use super::load::{map, set, word_list};
use super::{WordMap, WordSet};

static MONTHS: LazyLock<WordMap<i8>> =
    LazyLock::new(|| map(include_str!("months.tsv"), |r| r.num(1) as i8));

/// A month name or abbreviation (lower case) to its number: "sept" → 9.
pub fn month(word: &str) -> Option<i8> {
    MONTHS.get(word).copied()
}

/// Every month name and abbreviation.
pub fn month_names() -> impl Iterator<Item = &'static str> {
    MONTHS.keys().copied()
}

static WEEKDAYS: LazyLock<WordMap<i8>> =
    LazyLock::new(|| map(include_str!("weekdays.tsv"), |r| r.num(1) as i8));

/// A weekday name (lower case) to its number from Monday = 1.
pub fn weekday(word: &str) -> Option<i8> {
    WEEKDAYS.get(word).copied()
}

/// Every weekday name.
pub fn weekday_names() -> impl Iterator<Item = &'static str> {
    WEEKDAYS.keys().copied()
}

static TIME_WORDS: LazyLock<WordSet> = LazyLock::new(|| set(include_str!("time_words.txt")));

/// Words besides month and weekday names that can start a time expression ("yesterday").
pub fn time_words() -> impl Iterator<Item = &'static str> {
    TIME_WORDS.iter().copied()
}

word_list!(
    /// A word that puts a relative time in the future: "will", "due", "expected".
    FUTURE_MARKERS,
    is_future_marker,
    "future_markers.txt"
);

word_list!(
    /// A word that makes "the previous year" after it a baseline, not the figure's time: "up
    /// 5% on the previous year", "than the previous month".
    COMPARISON_LEADS,
    is_comparison_lead,
    "comparison_leads.txt"
);

word_list!(
    /// A word that may stand before a year opening a sentence: "In 2004, ...", "Back in 1997".
    TIME_OPENERS,
    is_time_opener,
    "time_openers.txt"
);

word_list!(
    /// A plural noun that may follow a year without making it a count: "2024 results".
    YEAR_NOUNS,
    is_year_noun,
    "year_nouns.txt"
);

word_list!(
    /// A word before a number that makes it a year even before a plural noun: "its 2002 series".
    YEAR_DETERMINERS,
    is_year_determiner,
    "year_determiners.txt"
);

word_list!(
    /// A time zone after a clock time: "gmt", "utc".
    TIME_ZONES,
    is_time_zone,
    "time_zones.txt"
);

word_list!(
    /// A word before a bare "May" that makes it the month: "in", "since", "early".
    MONTH_CUES,
    is_month_cue,
    "month_cues.txt"
);

word_list!(
    /// A word before a number that makes it a year outside 1900 to 2100: "in", "since".
    YEAR_CUES,
    is_year_cue,
    "year_cues.txt"
);

word_list!(
    /// A word before a number in the year range that makes it an amount: "than", "about".
    YEAR_HEDGES,
    is_year_hedge,
    "year_hedges.txt"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        // Touch every table so a malformed line fails here, not in the middle of a run.
        assert_eq!(month("sept"), Some(9));
        assert_eq!(weekday("sunday"), Some(7));
        assert!(is_month_cue("since") && is_year_cue("year") && is_year_hedge("least"));
    }
}

/// What a word around a time of day makes it (`clock_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockWord {
    /// "around 1:39 PM"
    Approx,
    /// "shortly after 11pm"
    After,
    /// "just before midnight"
    Before,
    /// "as of 7.30am", "until 6pm": not the time of the event.
    NotEvent,
    /// "2211 GMT": universal time.
    Universal,
    /// "midnight", "noon": a time by its name, minutes after midnight.
    Named(u16),
}

static CLOCK_WORDS: LazyLock<WordMap<ClockWord>> = LazyLock::new(|| {
    map(include_str!("clock_words.tsv"), |r| match r.get(1) {
        "approx" => ClockWord::Approx,
        "more_than" => ClockWord::After,
        "less_than" => ClockWord::Before,
        "universal" => ClockWord::Universal,
        "named" => ClockWord::Named(r.num(2) as u16),
        _ => ClockWord::NotEvent,
    })
});

/// The role of a phrase (lower case, single spaces) around a time of day.
pub fn clock_word(phrase: &str) -> Option<ClockWord> {
    CLOCK_WORDS.get(phrase).copied()
}

/// The words that name a time of day ("midnight", "noon"): `ClockWord::Named` in
/// `clock_words.tsv`.
pub fn named_clock_words() -> impl Iterator<Item = &'static str> {
    CLOCK_WORDS
        .iter()
        .filter(|(_, w)| matches!(w, ClockWord::Named(_)))
        .map(|(k, _)| *k)
}
