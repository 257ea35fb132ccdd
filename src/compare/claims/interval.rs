//! What interval a hedged figure allows: "more than 460" is (460, ∞), "at least seven" [7, ∞),
//! "nearly 18" [18 − the tolerance, 18), "less than 18" (−∞, 18), "about 500" 500 ± the
//! configured tolerance, a range its ends — and what a round figure allows: a measure written
//! "170 km" or a count written "7 million" is rounded at its last significant digit, so it
//! allows half a unit of that digit either way (170 km is [165, 175); 7.4 million is [7.35
//! million, 7.45 million)); a count written in full ("160 drones") is exact.
//!
//! Owns the reading of bounds as intervals, on which `compatible`, `conflict` and the sums
//! rest. It does not say which figures are compared (`key`) nor what the overlap means for a
//! verdict (`verdict`, `sums`); the interval type and its arithmetic are `model::finding`.

use crate::lexicon;
use crate::model::claim::{Bound, Kind, Quantity};
use crate::model::finding::Interval;

/// Hedges that put a figure just under its value ("nearly", "almost"), not anywhere below it.
const CLOSE_BELOW: [&str; 5] = ["nearly", "almost", "just under", "close to", "just shy of"];

/// The interval a figure allows: exact is a point (or its rounding, for a round measure or a
/// figure with a scale word), "about" ±`approx`, "at least" and "more than" open upwards, "up
/// to" and "less than" downwards ("nearly" and "almost" only by the tolerance), a range its
/// ends.
pub(super) fn interval_of(q: &Quantity, approx: f64) -> Interval {
    if q.kind == Kind::Clock {
        return clock_interval(q);
    }
    let v = q.value;
    let closed = |lo, hi| Interval {
        lo,
        lo_open: false,
        hi,
        hi_open: false,
    };
    match q.bound {
        // A percentage is compared closed (an open end counts as reached), so its rounding
        // stops short of the boundaries: 48% takes in 47.5%, but 19% and 20% stay apart.
        Bound::Exact if q.kind == Kind::Percent => match rounding(q) {
            Some(half) => {
                let reach = half * (1.0 - PERCENT_SHORT_OF_BOUNDARY);
                closed(v - reach, v + reach)
            }
            None => closed(v, v),
        },
        Bound::Exact => match rounding(q) {
            Some(half) => Interval {
                lo: v - half,
                lo_open: false,
                hi: v + half,
                hi_open: true,
            },
            None => closed(v, v),
        },
        Bound::Approx => {
            let reach = (v.abs() * approx).min(last_digit_unit(v));
            closed(v - reach, v + reach)
        }
        Bound::AtLeast => closed(v, f64::INFINITY),
        Bound::MoreThan => Interval {
            lo: v,
            lo_open: true,
            hi: f64::INFINITY,
            hi_open: false,
        },
        Bound::AtMost => closed(f64::NEG_INFINITY, v),
        Bound::LessThan => Interval {
            lo: if close_below(q) {
                v * (1.0 - approx)
            } else {
                f64::NEG_INFINITY
            },
            lo_open: false,
            hi: v,
            hi_open: true,
        },
        Bound::Range => closed(q.low.unwrap_or(v), q.high.unwrap_or(v)),
    }
}

/// How many minutes either way a time given to the hour allows ("at 7pm", "around 7pm"), and
/// how far after or before its time "shortly after" and "just before" reach.
const CLOCK_HOUR_REACH: f64 = 30.0;
/// How many minutes either way "about 10:30" allows: a time on a five-minute mark is rounded.
const CLOCK_ROUND_REACH: f64 = 5.0;

/// The minutes (after midnight) a time of day allows. A time given to the minute is that
/// minute, hedged or not: "around 1:39 PM" hedges its seconds, and one minute earlier is
/// another time — unless the minute is on a five-minute mark ("about 10:30"), which is
/// rounded. A time given to the hour ("at 7pm") allows half an hour either way. "Shortly
/// after 11pm" is after it, within the half hour; "just before" likewise before.
fn clock_interval(q: &Quantity) -> Interval {
    let v = q.value;
    // "midnight", "noon": a named time is its minute.
    let named = !q.text.bytes().any(|b| b.is_ascii_digit());
    let to_the_minute = named
        || q.text.contains(':')
        || q.text
            .as_bytes()
            .windows(2)
            .any(|w| w[0] == b'.' && w[1].is_ascii_digit())
        || q.text.split(' ').next().is_some_and(|t| t.len() == 4);
    let reach = if !to_the_minute {
        CLOCK_HOUR_REACH
    } else if q.bound == Bound::Approx && v % 5.0 == 0.0 {
        CLOCK_ROUND_REACH
    } else {
        0.0
    };
    let interval = |lo, lo_open, hi, hi_open| Interval {
        lo,
        lo_open,
        hi,
        hi_open,
    };
    match q.bound {
        Bound::MoreThan | Bound::AtLeast => {
            interval(v, q.bound == Bound::MoreThan, v + CLOCK_HOUR_REACH, false)
        }
        Bound::LessThan | Bound::AtMost => {
            interval(v - CLOCK_HOUR_REACH, false, v, q.bound == Bound::LessThan)
        }
        _ => interval(v - reach, false, v + reach, false),
    }
}

/// One unit of a figure's last significant digit: 10 for 280, 100,000 for 7.4 million, 0.1
/// for 2.5. "About 280" claims its tens, so it reaches no further than 270 to 290 even where
/// the tolerance (10%) would reach 252 to 308: two outlets' "about 250 km" and "about 280 km"
/// are two estimates that differ, not one.
fn last_digit_unit(v: f64) -> f64 {
    let v = v.abs();
    if v == 0.0 || !v.is_finite() {
        return 1.0;
    }
    if v.fract() == 0.0 {
        let mut unit = 1.0;
        while unit * 10.0 <= v && v % (unit * 10.0) == 0.0 {
            unit *= 10.0;
        }
        return unit;
    }
    let mut unit = 0.1;
    while unit > 1e-6 && ((v / unit).round() * unit - v).abs() > unit * 1e-6 {
        unit /= 10.0;
    }
    unit
}

fn close_below(q: &Quantity) -> bool {
    q.hedge
        .as_deref()
        .is_some_and(|h| CLOSE_BELOW.contains(&h.to_lowercase().as_str()))
}

/// How far short of its rounding boundaries a percentage's interval stops, as a share of its
/// half unit: a hair, so that two neighbours ("19%" and "20%") never share the boundary (19.5)
/// while a figure written to a finer digit on it ("47.5%" beside "48%") still meets it.
const PERCENT_SHORT_OF_BOUNDARY: f64 = 0.01;

/// Half a unit of the last significant digit of a figure written rounded: a measure ("170
/// km", "18.5 km": its digits as written), a percentage ("48 per cent" is 47.5 to 48.5, "4.2%"
/// 4.15 to 4.25) or a count with a scale word ("seven million", "7.4 million"). `None` for a
/// figure taken as exact.
fn rounding(q: &Quantity) -> Option<f64> {
    let text = q.text.to_lowercase();
    let scale = text
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| lexicon::scale_word(w).or_else(|| lexicon::scale_suffix(w)))
        .fold(None, |acc: Option<f64>, s| {
            Some(acc.map_or(s, |a| a.max(s)))
        });
    if !matches!(q.kind, Kind::Measure | Kind::Percent) && scale.is_none() {
        return None;
    }
    // A reading on a named scale is given to its tenth: "7" on the Richter scale is 7.0, not
    // anything from 6.5 to 7.5.
    if q.unit.as_deref().is_some_and(lexicon::is_scale) {
        return Some(0.05);
    }
    let digits: String = text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    let digits = digits.trim_end_matches('.');
    let step = if digits.is_empty() {
        1.0 // a spelled mantissa: "seven million"
    } else if let Some((_, decimals)) = digits.split_once('.') {
        10f64.powi(-(decimals.len() as i32))
    } else if q.kind == Kind::Measure {
        let zeros = digits.len() - digits.trim_end_matches('0').len();
        10f64.powi(zeros.min(digits.len().saturating_sub(1)) as i32)
    } else {
        1.0
    };
    Some(step * scale.unwrap_or(1.0) / 2.0)
}

#[cfg(test)]
mod tests {
    use super::super::fixture::fig;
    use super::*;

    fn of(value: f64, bound: Bound) -> Interval {
        interval_of(&fig(value, "drone").hedged(bound, "hedge").q, 0.1)
    }

    fn percent(text: &str, value: f64) -> Interval {
        let mut f = fig(value, "percent");
        f.q.kind = Kind::Percent;
        f.q.text = text.to_string();
        interval_of(&f.q, 0.1)
    }

    #[test]
    fn a_whole_percentage_takes_in_the_decimals_that_round_to_it() {
        // Regression: "48 per cent of the vote" and "a 47.5 per cent vote share" of one
        // candidate were a conflict.
        let closed = |i: Interval| Interval {
            lo_open: false,
            hi_open: false,
            ..i
        };
        let whole = closed(percent("48 per cent", 48.0));
        assert!(whole.overlaps(&closed(percent("47.5 per cent", 47.5))));
        assert!(!whole.overlaps(&closed(percent("47.4 per cent", 47.4))));
        // Two whole percentages one apart never meet, even closed.
        assert!(!closed(percent("19%", 19.0)).overlaps(&closed(percent("20%", 20.0))));
        // Decimals are rounded at their own digit.
        assert!(!closed(percent("4.2%", 4.2)).overlaps(&closed(percent("4.1%", 4.1))));
    }

    #[test]
    fn more_than_460_and_470_are_compatible() {
        assert!(of(460.0, Bound::MoreThan).overlaps(&of(470.0, Bound::Exact)));
        // ... but not with 460 itself, nor with 450: the end is open.
        assert!(!of(460.0, Bound::MoreThan).overlaps(&of(460.0, Bound::Exact)));
        assert!(!of(460.0, Bound::MoreThan).overlaps(&of(450.0, Bound::Exact)));
    }

    #[test]
    fn at_least_includes_its_figure_less_than_does_not() {
        assert!(of(7.0, Bound::AtLeast).overlaps(&of(7.0, Bound::Exact)));
        assert!(!of(7.0, Bound::AtLeast).overlaps(&of(5.0, Bound::Exact)));
        assert!(!of(18.0, Bound::LessThan).overlaps(&of(18.0, Bound::Exact)));
        assert!(of(18.0, Bound::AtMost).overlaps(&of(18.0, Bound::Exact)));
        assert!(of(18.0, Bound::LessThan).overlaps(&of(17.0, Bound::Exact)));
    }

    #[test]
    fn nearly_is_just_under_less_than_is_anything_below() {
        let nearly = interval_of(&fig(2e6, "person").hedged(Bound::LessThan, "nearly").q, 0.1);
        assert!(nearly.overlaps(&of(1.9e6, Bound::Exact)));
        assert!(!nearly.overlaps(&of(338_000.0, Bound::Exact)));
        assert!(of(2e6, Bound::LessThan).overlaps(&of(338_000.0, Bound::Exact)));
    }

    #[test]
    fn about_allows_the_tolerance_either_way() {
        let about = of(500.0, Bound::Approx);
        assert!((about.lo - 450.0).abs() < 1e-9 && (about.hi - 550.0).abs() < 1e-9);
        assert!(about.overlaps(&of(540.0, Bound::Exact)));
        assert!(!about.overlaps(&of(600.0, Bound::Exact)));
        let wider = interval_of(&fig(500.0, "x").hedged(Bound::Approx, "about").q, 0.25);
        assert!(wider.overlaps(&of(600.0, Bound::Exact)));
    }

    #[test]
    fn about_reaches_no_further_than_its_last_digit() {
        // Regression: "about 250 km" and "about 280 km" from Kolkata were compatible (225–275
        // and 252–308); each claims its tens.
        let (a, b) = (of(250.0, Bound::Approx), of(280.0, Bound::Approx));
        assert_eq!((b.lo, b.hi), (270.0, 290.0));
        assert!(!a.overlaps(&b));
        // Neighbours in the last digit still meet, and a round figure keeps the tolerance.
        assert!(of(250.0, Bound::Approx).overlaps(&of(260.0, Bound::Approx)));
        assert!(of(300.0, Bound::Approx).overlaps(&of(280.0, Bound::Approx)));
        let tenths = of(2.5e6, Bound::Approx);
        assert!((tenths.hi - 2.6e6).abs() < 1e-3, "{tenths:?}");
        assert!((last_digit_unit(2.5) - 0.1).abs() < 1e-12);
        assert_eq!(last_digit_unit(7.0), 1.0);
    }

    #[test]
    fn a_range_is_its_ends() {
        let mut dozens = fig(24.0, "person").hedged(Bound::Range, "dozens of");
        dozens.q.low = Some(24.0);
        dozens.q.high = Some(99.0);
        let i = interval_of(&dozens.q, 0.1);
        assert_eq!(
            (i.lo, i.hi, i.lo_open, i.hi_open),
            (24.0, 99.0, false, false)
        );
        assert!(i.overlaps(&of(99.0, Bound::Exact)));
        assert!(!i.overlaps(&of(100.0, Bound::Exact)));
    }

    #[test]
    fn exact_counts_are_points() {
        assert_eq!(of(7.0, Bound::Exact), of(7.0, Bound::Exact));
        assert!(!of(7.0, Bound::Exact).overlaps(&of(9.0, Bound::Exact)));
        // 160 and 170 drones: counts written in full are exact.
        assert!(!of(160.0, Bound::Exact).overlaps(&of(170.0, Bound::Exact)));
    }

    #[test]
    fn round_measures_and_scale_words_allow_their_rounding() {
        let km = |v: f64, text: &str| {
            let mut f = fig(v, "kilometre").kind(Kind::Measure);
            f.q.text = text.into();
            interval_of(&f.q, 0.1)
        };
        // 170 km is rounded to tens: 171 km is within it; 71 and 72 km are not one figure.
        assert!(km(170.0, "170 km").overlaps(&km(171.0, "171 km")));
        assert!(!km(71.0, "71 km").overlaps(&km(72.0, "72 km")));
        assert!(km(18.5, "18.5km").overlaps(&km(18.5, "18.5 kilometers")));
        let million = |v: f64, text: &str| {
            let mut f = fig(v, "person");
            f.q.text = text.into();
            interval_of(&f.q, 0.1)
        };
        assert!(million(7e6, "seven million").overlaps(&million(7.4e6, "7.4 million")));
        assert!(!million(7.4e6, "7.4 million").overlaps(&million(7.5e6, "7.5 million")));
    }

    #[test]
    fn times_of_day_to_the_minute_are_that_minute_to_the_hour_its_half_hour() {
        let at = |minutes: f64, text: &str, bound: Bound| {
            let mut f = fig(minutes, "time of day").kind(Kind::Clock);
            f.q.text = text.into();
            f.q.bound = bound;
            interval_of(&f.q, 0.1)
        };
        let (h13_39, h13_38) = (13.0 * 60.0 + 39.0, 13.0 * 60.0 + 38.0);
        // "around 1:39 PM" and "1:38 PM" name two minutes; the tolerance for "about" (10%
        // of 819 minutes) is not a clock's.
        assert!(!at(h13_39, "1:39 PM IST", Bound::Approx).overlaps(&at(
            h13_38,
            "1:38 PM",
            Bound::Exact
        )));
        assert!(at(h13_39, "1:39 PM", Bound::Approx).overlaps(&at(
            h13_39,
            "1:39 PM",
            Bound::Exact
        )));
        // "shortly after 11pm", "just after 11 pm" and "11pm" allow "11:11 pm"; "10:50 pm" is
        // before "shortly after 11pm".
        let (h23, h23_11) = (23.0 * 60.0, 23.0 * 60.0 + 11.0);
        let eleven_eleven = at(h23_11, "11:11 pm", Bound::Exact);
        assert!(at(h23, "11pm", Bound::MoreThan).overlaps(&eleven_eleven));
        assert!(at(h23, "11 pm", Bound::Exact).overlaps(&eleven_eleven));
        assert!(!at(h23, "11pm", Bound::MoreThan).overlaps(&at(
            h23 - 10.0,
            "10:50 pm",
            Bound::Exact
        )));
        // "about 10:30" is rounded to five minutes; "7.30am" is to the minute.
        assert!(at(630.0, "10:30", Bound::Approx).overlaps(&at(633.0, "10:33", Bound::Exact)));
        assert!(!at(450.0, "7.30am", Bound::Exact).overlaps(&at(451.0, "7.31am", Bound::Exact)));
    }

    #[test]
    fn parts_add_their_intervals() {
        let sum = of(22.0, Bound::Exact).add(&of(460.0, Bound::MoreThan));
        assert_eq!((sum.lo, sum.lo_open, sum.hi), (482.0, true, f64::INFINITY));
        assert!(sum.overlaps(&of(518.0, Bound::Exact)));
        assert!(!sum.overlaps(&of(482.0, Bound::Exact)));
    }
}
