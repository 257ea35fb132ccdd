//! What interval a hedged figure allows: "more than 460" is (460, ∞), "at least seven" [7, ∞),
//! "nearly 18" (−∞, 18), "about 500" 500 ± the configured tolerance, a range its ends.
//!
//! Owns the reading of bounds as intervals, on which `compatible`, `conflict` and the sums
//! rest. It does not say which figures are compared (`key`) nor what the overlap means for a
//! verdict (`verdict`, `sums`); the interval type and its arithmetic are `model::finding`.

use crate::model::claim::{Bound, Quantity};
use crate::model::finding::Interval;

/// The interval a figure allows: exact is a point, "about" ±`approx`, "at least" and "more
/// than" open upwards, "up to" and "less than" downwards, a range its ends.
pub(super) fn interval_of(q: &Quantity, approx: f64) -> Interval {
    let v = q.value;
    let closed = |lo, hi| Interval {
        lo,
        lo_open: false,
        hi,
        hi_open: false,
    };
    match q.bound {
        Bound::Exact => closed(v, v),
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
            lo: f64::NEG_INFINITY,
            lo_open: false,
            hi: v,
            hi_open: true,
        },
        Bound::Range => closed(q.low.unwrap_or(v), q.high.unwrap_or(v)),
    }
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
    fn exact_figures_are_points() {
        assert_eq!(of(7.0, Bound::Exact), of(7.0, Bound::Exact));
        assert!(!of(7.0, Bound::Exact).overlaps(&of(9.0, Bound::Exact)));
    }

    #[test]
    fn parts_add_their_intervals() {
        let sum = of(22.0, Bound::Exact).add(&of(460.0, Bound::MoreThan));
        assert_eq!((sum.lo, sum.lo_open, sum.hi), (482.0, true, f64::INFINITY));
        assert!(sum.overlaps(&of(518.0, Bound::Exact)));
        assert!(!sum.overlaps(&of(482.0, Bound::Exact)));
    }
}
