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
    let v = q.value;
    let closed = |lo, hi| Interval {
        lo,
        lo_open: false,
        hi,
        hi_open: false,
    };
    match q.bound {
        Bound::Exact => match rounding(q) {
            Some(half) => Interval {
                lo: v - half,
                lo_open: false,
                hi: v + half,
                hi_open: true,
            },
            None => closed(v, v),
        },
        Bound::Approx => closed(v * (1.0 - approx), v * (1.0 + approx)),
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

fn close_below(q: &Quantity) -> bool {
    q.hedge
        .as_deref()
        .is_some_and(|h| CLOSE_BELOW.contains(&h.to_lowercase().as_str()))
}

/// Half a unit of the last significant digit of a figure written rounded: a measure ("170
/// km", "18.5 km": its digits as written) or a count with a scale word ("seven million", "7.4
/// million"). `None` for a figure taken as exact.
fn rounding(q: &Quantity) -> Option<f64> {
    let text = q.text.to_lowercase();
    let scale = text
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| lexicon::scale_word(w).or_else(|| lexicon::scale_suffix(w)))
        .fold(None, |acc: Option<f64>, s| {
            Some(acc.map_or(s, |a| a.max(s)))
        });
    if q.kind != Kind::Measure && scale.is_none() {
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
    fn parts_add_their_intervals() {
        let sum = of(22.0, Bound::Exact).add(&of(460.0, Bound::MoreThan));
        assert_eq!((sum.lo, sum.lo_open, sum.hi), (482.0, true, f64::INFINITY));
        assert!(sum.overlaps(&of(518.0, Bound::Exact)));
        assert!(!sum.overlaps(&of(482.0, Bound::Exact)));
    }
}
