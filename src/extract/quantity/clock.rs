//! Times of day as figures: "took off at 1:38 PM", "struck shortly after 11pm", "hit at 11:11
//! p.m.", "on Friday at 11:11 pm (2211 GMT)", "at 7.30am".
//!
//! When an event happened is a figure outlets give and get wrong ("around 1:39 PM" in one, "1:38
//! PM" in another), so a time of day is a quantity like a count: its value is minutes after
//! midnight (`Kind::Clock`, unit [`UNIT`]), its hedge comes from `clock_words.tsv` ("around",
//! "shortly after", "just before"), and the rest of extraction gives it a predicate, a day and a
//! place as it gives any figure. A time in universal time ("2211 GMT") is its own unit
//! ([`UNIVERSAL_UNIT`]): the same moment on another clock, never compared with local times.
//! A time that is not when something happened is left out: a report's time ("as of 7.30am",
//! "by 5am"), a plan ("will leave at 1 pm"), a schedule's ends ("from 9am", "until 6pm",
//! "between 2am and 4am"), and the first end of a span ("9am-5pm", "9am to 5pm"). Only times that say they are times are read: a
//! meridiem ("11pm", "p.m."), a colon ("10:30"), a four-digit clock before a zone ("1500
//! GMT"), or a time's name ("midnight", "noon"); a bare "at 10" is not one.
//!
//! It does not judge what interval a hedged time allows (`compare::claims::interval`) nor show
//! a time as a person reads it (`model::display`).

use super::figure::Figure;
use crate::extract::time::{is_future, meridiem_after};
use crate::lexicon::{self, ClockWord};
use crate::model::claim::{Bound, Kind};
use crate::text::token::{Tok, TokKind};

/// The unit of a local time of day (the story's clock, or a named local zone such as "IST").
pub const UNIT: &str = "time of day";
/// The unit of a time of day in universal time ("2211 GMT").
pub const UNIVERSAL_UNIT: &str = "time of day (gmt)";

/// How many tokens a time written before a span's "and" or "to" may take ("11:11 p.m. GMT").
const SPAN_REACH: usize = 7;

/// A time read at a token: minutes after midnight, the token index after it, and whether its
/// zone is universal time.
struct Clock {
    minutes: f64,
    end: usize,
    universal: bool,
}

/// The time of day starting at token `i`, as a figure, or `None` when there is none or it is
/// not the time of an event.
pub(super) fn clock_at(toks: &[Tok], i: usize) -> Option<Figure> {
    let clock = read_clock(toks, i)?;
    // "9am-5pm", "9am to 5pm", "9am and 5pm": the first end of a span.
    if let Some(n) = toks.get(clock.end)
        && (n.is_dash() || n.is("to") || n.is("and"))
        && read_clock(toks, clock.end + 1).is_some()
    {
        return None;
    }
    // "between 7am and 10pm", "9am to 5pm": the second end of a span.
    if let Some(j) = i.checked_sub(1)
        && (toks[j].is_dash() || toks[j].is("to") || toks[j].is("and"))
        && (j.saturating_sub(SPAN_REACH)..j)
            .any(|k| read_clock(toks, k).is_some_and(|c| c.end == j))
    {
        return None;
    }
    // "A special train will leave Bhadrak at 1 pm": a plan, not when something happened.
    if is_future(toks, i) {
        return None;
    }
    let (hedge, bound) = match lead(toks, i) {
        Some((_, _, ClockWord::NotEvent)) => return None,
        Some((phrase, first, word)) => {
            let bound = match word {
                ClockWord::Approx => Bound::Approx,
                ClockWord::After => Bound::MoreThan,
                ClockWord::Before => Bound::LessThan,
                _ => Bound::Exact,
            };
            let span = toks[first].span.cover(toks[i - 1].span);
            (Some((phrase, span)), bound)
        }
        None => (None, Bound::Exact),
    };
    let last = clock.end - 1;
    Some(Figure {
        span: toks[i].span.cover(toks[last].span),
        first: i,
        last,
        hedge,
        value: clock.minutes,
        low: None,
        high: None,
        bound,
        kind: Kind::Clock,
        unit: Some(
            if clock.universal {
                UNIVERSAL_UNIT
            } else {
                UNIT
            }
            .to_string(),
        ),
        counted: None,
        phrase_end: clock.end,
        compound: false,
        change: None,
        alternative: None,
    })
}

/// "1:38 PM", "10:30", "7.30am", "11pm", "11 p.m.", "2211 GMT", each with an optional zone.
fn read_clock(toks: &[Tok], i: usize) -> Option<Clock> {
    let t = toks.get(i)?;
    // "shortly after midnight", "at noon": a time by its name, to the minute.
    // Lower case only: "Noon" is also a name ("Jamie Noon").
    // The class first: this is asked at every token of a sentence with a figure.
    if t.in_class(lexicon::WordClass::CLOCK_NAMED)
        && t.is_word()
        && t.text == t.lower.as_str()
        && let Some(ClockWord::Named(minutes)) = lexicon::clock_word(&t.lower)
    {
        return Some(Clock {
            minutes: f64::from(minutes),
            end: i + 1,
            universal: false,
        });
    }
    if t.kind != TokKind::Number {
        return None;
    }
    let glued = |k: usize| toks.get(k).filter(|n| !n.space_before);
    let (hour, minute, mut end, clock_word) = if let Some(colon) = glued(i + 1)
        && colon.is_punct(":")
        && let Some(m) = glued(i + 2)
        && m.kind == TokKind::Number
        && m.text.len() == 2
    {
        // "2:05:30" is a race time, not a time of day; nor is its "05:30".
        let glued_colon = |k: usize| glued(k).is_some_and(|c| c.is_punct(":"));
        if glued_colon(i + 3) || (i > 0 && toks[i - 1].is_punct(":") && !t.space_before) {
            return None;
        }
        (number(t.text)?, number(m.text)?, i + 3, true)
    } else if let Some((h, m)) = t.text.split_once('.') {
        // "7.30am": a decimal number before a meridiem.
        if m.len() != 2 || meridiem_after(toks, i + 1).is_none() {
            return None;
        }
        (number(h)?, number(m)?, i + 1, false)
    } else if t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit()) {
        // "2211 GMT": a four-digit clock needs its zone.
        toks.get(i + 1)
            .filter(|z| lexicon::is_time_zone(&z.lower))?;
        (number(&t.text[..2])?, number(&t.text[2..])?, i + 1, true)
    } else {
        (number(t.text)?, 0, i + 1, false)
    };
    let meridiem = meridiem_after(toks, end).map(|after| (toks[end].lower.starts_with('p'), after));
    if meridiem.is_none() && !clock_word {
        return None; // "11" alone is no time
    }
    if minute > 59 {
        return None;
    }
    let hour = match meridiem {
        Some((pm, after)) => {
            if !(1..=12).contains(&hour) {
                return None;
            }
            end = after;
            match (pm, hour) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            }
        }
        None if hour <= 23 => hour,
        None => return None,
    };
    let mut universal = false;
    if let Some(z) = toks.get(end)
        && lexicon::is_time_zone(&z.lower)
    {
        universal = lexicon::clock_word(&z.lower) == Some(ClockWord::Universal);
        end += 1;
    }
    Some(Clock {
        minutes: f64::from(hour * 60 + minute),
        end,
        universal,
    })
}

/// An hour or a minute: one or two digits.
fn number(digits: &str) -> Option<u32> {
    if !(1..=2).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The phrase right before the time (skipping an "at" between: "at around 1:39"): the longest
/// of up to two words that `clock_words.tsv` lists, its first token and its role.
fn lead(toks: &[Tok], i: usize) -> Option<(String, usize, ClockWord)> {
    let before = |k: usize| {
        i.checked_sub(k)
            .map(|j| (j, &toks[j]))
            .filter(|(_, t)| t.is_word())
    };
    let mut best = None;
    for n in [1, 2] {
        let words: Option<Vec<(usize, &Tok)>> = (1..=n).rev().map(before).collect();
        let Some(words) = words else { break };
        let phrase = words
            .iter()
            .map(|(_, t)| t.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(w) = lexicon::clock_word(&phrase).filter(|w| *w != ClockWord::Universal) {
            best = Some((phrase, words[0].0, w));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::super::testing::figs;

    /// (text, minutes after midnight, bound, unit) of every time of day in `s`.
    fn clocks(s: &str) -> Vec<(String, f64, &'static str, String)> {
        figs(s)
            .into_iter()
            .filter(|f| f.3.starts_with(super::UNIT))
            .collect()
    }

    fn one(s: &str) -> (String, f64, &'static str) {
        let got = clocks(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        let (t, v, b, _) = got.into_iter().next().unwrap();
        (t, v, b)
    }

    #[test]
    fn times_with_a_meridiem_or_a_colon_are_minutes_after_midnight() {
        assert_eq!(
            one("It took off from Ahmedabad at 1:38 PM with 242 people on board."),
            ("1:38 PM".into(), 13.0 * 60.0 + 38.0, "exact")
        );
        assert_eq!(
            one("The quake hit at 11:11 p.m. on Friday."),
            ("11:11 p.m.".into(), 23.0 * 60.0 + 11.0, "exact")
        );
        assert_eq!(one("It happened at 7pm near the station.").1, 19.0 * 60.0);
        assert_eq!(one("The bomb went off at 12 a.m. local time.").1, 0.0);
        assert_eq!(one("The polls closed at 22:00 in Paris.").1, 22.0 * 60.0);
        assert_eq!(
            one("Sirens sounded at 7.30am across the city.").1,
            7.0 * 60.0 + 30.0
        );
    }

    #[test]
    fn midnight_and_noon_are_times_by_their_names() {
        assert_eq!(
            one("The quake struck shortly after midnight."),
            ("midnight".into(), 0.0, "more_than")
        );
        assert_eq!(one("The march began at noon.").1, 720.0);
        // Not a time of day in a schedule's span.
        assert!(clocks("Shops open from 9am until midnight.").is_empty());
        // A name is not a time.
        assert!(clocks("Centre Jamie Noon limped off.").is_empty());
    }

    #[test]
    fn hedges_before_a_time_bound_it() {
        assert_eq!(one("It took off at around 1:39 PM IST.").2, "approx");
        assert_eq!(one("The quake struck shortly after 11pm.").2, "more_than");
        assert_eq!(one("It hit just after 11 pm local time.").2, "more_than");
        assert_eq!(one("The train left just before 7pm.").2, "less_than");
    }

    #[test]
    fn universal_time_is_its_own_unit() {
        let got = clocks("It struck on Friday at 11:11 pm (2211 GMT), officials said.");
        let units: Vec<(f64, &str)> = got.iter().map(|g| (g.1, g.3.as_str())).collect();
        assert_eq!(
            units,
            vec![
                (23.0 * 60.0 + 11.0, super::UNIT),
                (22.0 * 60.0 + 11.0, super::UNIVERSAL_UNIT)
            ]
        );
    }

    #[test]
    fn report_times_schedules_and_spans_are_not_event_times() {
        for s in [
            "Israeli airspace had reopened as of 7.30am, the authority said.",
            "Eight ministers had fallen by 5am.",
            "The curfew runs until 6pm on Sunday.",
            "Shops open from 9am to 5pm.",
            "Voting ran between 7am and 10pm.",
            "Offices are staffed 9am-5pm daily.",
            // A plan, not when something happened.
            "A special train will leave Bhadrak at 1 pm for Chennai.",
            "The result is due at 10pm.",
        ] {
            assert!(clocks(s).is_empty(), "{s}: {:?}", clocks(s));
        }
    }

    #[test]
    fn numbers_that_say_no_time_are_not_times() {
        // No meridiem, colon or zone; a score; a four-digit number with no zone.
        for s in [
            "He arrived at 10 and left.",
            "The vote was 3-1 in favour.",
            "About 2211 people were counted.",
            "It was 13 pm, he wrote.",
            "Kipchoge won in 2:01:09 in Berlin.",
        ] {
            assert!(clocks(s).is_empty(), "{s}: {:?}", clocks(s));
        }
    }
}
