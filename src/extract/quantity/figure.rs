//! What a figure is read into: the `Figure` a sentence yields, the `Numeral` read at its start,
//! and the `Reading` that the steps of `figure_at` fill in left to right; plus the two token
//! helpers every step uses.
//!
//! Owns the types and the interval a bound gives. Does not own any rule of what is or is not a
//! figure: those are in the sibling files, which all build on this one.

use crate::lexicon::Multiplicative;
use crate::model::claim::{Bound, Change, Counted, Kind};
use crate::text::span::Span;
use crate::text::token::{Tok, TokKind};

/// A figure found in a sentence, before predicate, time, place and attribution are attached.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub span: Span,
    /// Token range of the figure (hedge excluded).
    pub first: usize,
    pub last: usize,
    pub hedge: Option<(String, Span)>,
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub bound: Bound,
    pub kind: Kind,
    pub unit: Option<String>,
    pub counted: Option<Counted>,
    /// Token index after the counted noun phrase (or the figure if none).
    pub phrase_end: usize,
    /// A compound adjective: `28-point`, `90-year-old`, `fourth-largest`.
    pub compound: bool,
    /// A change of a level, and which way ("rose 5%"); `None` for a level.
    pub change: Option<Change>,
    /// The first of two alternatives ("six or seven dollars"): the second's value as read
    /// after "or", scale applied, so that the first can take its unit.
    pub alternative: Option<f64>,
}

impl Figure {
    /// The figure's first token with its hedge ("more than 460" starts at "more").
    pub fn lead(&self, toks: &[Tok]) -> usize {
        self.hedge.as_ref().map_or(self.first, |(_, s)| {
            toks.partition_point(|t| t.span.start < s.start)
        })
    }
}

/// A numeral at a token: its value, the index after it, and what kind of numeral it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Numeral {
    pub value: f64,
    pub end: usize,
    pub ordinal: bool,
    /// The interval of a vague count ("dozens" is 24 to 99).
    pub vague: Option<(f64, f64)>,
    pub fraction: bool,
    /// A factor a level was multiplied by: "fourfold", "tripled" (a verb: a change).
    pub times: Option<Multiplicative>,
}

impl Numeral {
    /// A plain cardinal.
    pub fn plain(value: f64, end: usize) -> Numeral {
        Numeral {
            value,
            end,
            ordinal: false,
            vague: None,
            fraction: false,
            times: None,
        }
    }
}

/// A figure while it is read, left to right: each step of `figure_at` reads a little more
/// and moves `end` past what it read.
#[derive(Debug, Clone)]
pub(super) struct Reading {
    /// The figure's first token: a currency prefix's, else the numeral's (a hedge is before).
    pub first: usize,
    /// The numeral's first token.
    pub start: usize,
    pub num: Numeral,
    /// The currency of a prefix ("$5", "US$5"), if any.
    pub currency: Option<&'static str>,
    /// The numeral is digits, not words.
    pub is_digits: bool,
    /// The token after what has been read so far.
    pub end: usize,
    pub value: f64,
    pub kind: Kind,
    pub unit: Option<String>,
    pub bound: Bound,
    /// The interval of a vague count or a range.
    pub low_high: Option<(f64, f64)>,
    /// The noun of a compound adjective: "point" in "28-point".
    pub compound: Option<String>,
    /// The second of "X or Y", as read (scale applied): the figure is its first alternative.
    pub alternative: Option<f64>,
}

impl Reading {
    pub fn new(
        toks: &[Tok],
        first: usize,
        start: usize,
        num: Numeral,
        currency: Option<&'static str>,
    ) -> Reading {
        let kind = if currency.is_some() {
            Kind::Money
        } else if num.times.is_some() {
            Kind::Measure
        } else if num.ordinal {
            Kind::Ordinal
        } else if num.fraction {
            Kind::Fraction
        } else {
            Kind::Count
        };
        Reading {
            first,
            start,
            num,
            currency,
            is_digits: toks[start].kind == TokKind::Number,
            end: num.end,
            value: num.value,
            kind,
            unit: currency
                .map(str::to_string)
                .or_else(|| num.times.map(|_| "times".to_string())),
            bound: if num.vague.is_some() {
                Bound::Range
            } else {
                Bound::Exact
            },
            low_high: num.vague,
            compound: None,
            alternative: None,
        }
    }

    /// A vague count's interval scales with the scale word after it: "several thousand" is
    /// 3,000 to 9,000.
    pub fn scale_vague_interval(&mut self) {
        if let Some((lo, hi)) = self.low_high {
            let scale = if self.num.vague.is_some()
                && self.value != self.num.value
                && self.num.value != 0.0
            {
                self.value / self.num.value
            } else {
                1.0
            };
            self.low_high = Some((lo * scale, hi * scale));
        }
    }
}

/// The lower-case text of token `i` if it is a word.
pub(super) fn tok_word<'t>(toks: &'t [Tok], i: usize) -> Option<&'t str> {
    toks.get(i)
        .filter(|t| t.kind == TokKind::Word)
        .map(|t| t.lower.as_str())
}

/// Token `i` exists and has no space before it.
pub(super) fn glued(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| !t.space_before)
}

/// The interval a figure's bound gives around its value. A range keeps the ends it was read
/// with; an approximate figure has no hard ends.
pub(super) fn set_interval(f: &mut Figure) {
    let v = f.value;
    match f.bound {
        Bound::Exact => {
            f.low = Some(v);
            f.high = Some(v);
        }
        Bound::Approx => {
            f.low = None;
            f.high = None;
        }
        Bound::AtLeast | Bound::MoreThan => {
            f.low = Some(v);
            f.high = None;
        }
        Bound::AtMost | Bound::LessThan => {
            f.low = None;
            f.high = Some(v);
        }
        Bound::Range => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn figure(value: f64, bound: Bound) -> Figure {
        Figure {
            span: Span::new(0, 1),
            first: 0,
            last: 0,
            hedge: None,
            value,
            low: None,
            high: None,
            bound,
            kind: Kind::Count,
            unit: None,
            counted: None,
            phrase_end: 1,
            compound: false,
            change: None,
            alternative: None,
        }
    }

    fn interval(value: f64, bound: Bound) -> (Option<f64>, Option<f64>) {
        let mut f = figure(value, bound);
        set_interval(&mut f);
        (f.low, f.high)
    }

    #[test]
    fn bounds_give_intervals() {
        // "22 missiles", "at least seven people", "more than 460 drones", "up to 5,000 troops".
        assert_eq!(interval(22.0, Bound::Exact), (Some(22.0), Some(22.0)));
        assert_eq!(interval(7.0, Bound::AtLeast), (Some(7.0), None));
        assert_eq!(interval(460.0, Bound::MoreThan), (Some(460.0), None));
        assert_eq!(interval(5000.0, Bound::AtMost), (None, Some(5000.0)));
        // "about 20 people" has no hard ends.
        assert_eq!(interval(20.0, Bound::Approx), (None, None));
    }

    #[test]
    fn a_currency_prefix_makes_money_and_a_vague_count_a_range() {
        let toks = tokenize("$5 and dozens", 0);
        let money = Reading::new(&toks, 0, 1, Numeral::plain(5.0, 2), Some("USD"));
        assert_eq!(
            (money.kind, money.unit.as_deref()),
            (Kind::Money, Some("USD"))
        );
        assert!(money.is_digits);
        let dozens = Numeral {
            vague: Some((24.0, 99.0)),
            ..Numeral::plain(24.0, 4)
        };
        let vague = Reading::new(&toks, 3, 3, dozens, None);
        assert_eq!((vague.kind, vague.bound), (Kind::Count, Bound::Range));
        assert!(!vague.is_digits);
    }

    #[test]
    fn vague_intervals_scale_with_their_scale_word() {
        // "several thousand": 3 to 9 read, then "thousand" multiplied the value.
        let toks = tokenize("several thousand", 0);
        let several = Numeral {
            vague: Some((3.0, 9.0)),
            ..Numeral::plain(3.0, 1)
        };
        let mut r = Reading::new(&toks, 0, 0, several, None);
        r.value *= 1000.0;
        r.scale_vague_interval();
        assert_eq!(r.low_high, Some((3000.0, 9000.0)));
    }
}
