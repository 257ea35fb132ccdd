//! Ranges: a second numeral after the first makes the figure an interval. "10-15%",
//! "10 to 15 people", "between 10 and 15", "1.5-2 million" (the second's scale applies to the
//! first), "between 4.7% and 4.8%", "from 310 miles to 340 miles" (the unit on both ends).
//! Alternatives are not ranges: "six or seven dollars" and "15k or 20k" are two figures, the
//! first taking the second's scale and unit.
//!
//! Owns reading the second end and deciding whether the pair is a range or two alternatives.
//! Does not own telling a score from a range ("2-1": `not_figure.rs`), nor "rose from 5% to
//! 6%", which is two figures: a change cue before the first keeps "to" from joining them (the
//! cues are in the lexicon; "from" is one unless a range word is before it: "range from").

use super::figure::{Figure, Reading, set_interval, tok_word};
use super::not_figure::is_score;
use super::numeral::numeral_at;
use super::unit::currency_prefix;
use crate::extract::units;
use crate::lexicon::{self, scale_suffix, scale_word};
use crate::model::claim::{Bound, Kind};
use crate::text::span::Span;
use crate::text::token::{Tok, TokKind};

/// The second end of a range after a figure ending at token `j`.
struct RangeEnd {
    value: f64,
    unscaled: f64,
    scale: f64,
    end: usize,
    currency: bool,
}

/// The second end of a range whose separator is at `j`, for a figure starting at `i`.
fn range_after(
    toks: &[Tok],
    i: usize,
    j: usize,
    masked: &[Span],
    is_digits: bool,
) -> Option<RangeEnd> {
    let sep = toks.get(j)?;
    let is_dash = sep.is_dash();
    let between = sep.is("and") && preceded_by(toks, i, "between");
    if !(is_dash || sep.is("to") || sep.is("or") || between) {
        return None;
    }
    if sep.is("to") && is_change_between(toks, i) {
        return None;
    }
    let (currency, k) = match currency_prefix(toks, j + 1) {
        Some((_, at)) => (true, at),
        None => (false, j + 1),
    };
    let n2 = numeral_at(toks, k).filter(|n| !n.ordinal && n.vague.is_none() && !n.fraction)?;
    // A date's digits are no end; "10-twelve" mixes digits and words.
    if masked.iter().any(|m| m.overlaps(toks[k].span))
        || (toks[k].kind == TokKind::Word && is_digits && is_dash)
    {
        return None;
    }
    // "two or 3" is no range.
    if sep.is("or") && !is_digits && toks[k].kind == TokKind::Number {
        return None;
    }
    let mut scale = 1.0;
    let mut end = n2.end;
    // "two to three million": the spelled second end's own scale word.
    let spelled_scale = (toks[k].kind == TokKind::Word && end > k + 1)
        .then(|| tok_word(toks, end - 1).and_then(scale_word))
        .flatten()
        .filter(|s| *s >= 1e3);
    if let Some(s) = spelled_scale {
        return Some(RangeEnd {
            value: n2.value,
            unscaled: n2.value / s,
            scale: s,
            end,
            currency,
        });
    }
    if toks[k].kind == TokKind::Number
        && let Some(s) = toks
            .get(end)
            .filter(|n| !n.space_before && n.kind == TokKind::Word)
            .and_then(|n| scale_suffix(&n.lower))
    {
        scale = s;
        end += 1;
    } else if let Some(s) = tok_word(toks, end)
        .and_then(scale_word)
        .filter(|s| *s >= 1e3)
    {
        scale = s;
        end += 1;
    }
    Some(RangeEnd {
        value: n2.value * scale,
        unscaled: n2.value,
        scale,
        end,
        currency,
    })
}

/// A range right after the numeral and its scale: "10-15", "10 to 15", "between 10 and 15".
/// Neither ordinals, fractions nor vague counts start one. A dash between two small whole
/// numbers that reads as a score makes no figure at all (`None`).
pub(super) fn read_range(toks: &[Tok], masked: &[Span], r: &mut Reading) -> Option<()> {
    if r.num.ordinal || r.num.fraction || r.num.vague.is_some() {
        return Some(());
    }
    let Some(second) = range_after(toks, r.first, r.end, masked, r.is_digits) else {
        return Some(());
    };
    let is_dash_sep = toks[r.end].is_dash();
    // "1.5-2 million": the scale of the second applies to an unscaled first.
    let first = if r.value == r.num.value && second.scale > 1.0 && r.num.value < second.unscaled {
        r.value * second.scale
    } else {
        r.value
    };
    if is_dash_sep
        && r.currency.is_none()
        && !second.currency
        && is_score(toks, first, second.value, r.end)
        && !next_is_percent(toks, second.end)
    {
        return None;
    }
    // "six or seven dollars", "15k or 20k": two figures, the first of the scale of the second
    // ("six or seven million") and, once both are read, of its unit (`share_alternatives`).
    if toks[r.end].is("or") {
        r.value = first;
        r.alternative = Some(second.value);
        return Some(());
    }
    // A second end that is not above the first is no range; the first stands alone.
    if second.value > first {
        r.value = first;
        r.bound = Bound::Range;
        r.low_high = Some((first, second.value));
        r.end = second.end;
    }
    Some(())
}

/// A range written with the unit on both ends: "between 4.7% and 4.8%", "5%-6%", "from 310
/// miles to 340 miles", "between 20kHz and 22kHz" (the same measure, spaced or glued).
pub(super) fn read_range_of_units(toks: &[Tok], masked: &[Span], r: &mut Reading) {
    if r.bound != Bound::Exact || !matches!(r.kind, Kind::Percent | Kind::Measure) {
        return;
    }
    let Some(second) = range_after(toks, r.first, r.end, masked, r.is_digits)
        .filter(|s| s.value > r.value && !toks[r.end].is("or"))
    else {
        return;
    };
    let unit_len = if r.kind == Kind::Percent {
        if !next_is_percent(toks, second.end) {
            return;
        }
        if toks[second.end].is_punct("%") { 1 } else { 2 }
    } else {
        let Some(w) = toks.get(second.end).filter(|t| t.kind == TokKind::Word) else {
            return;
        };
        let same = if w.space_before {
            lexicon::measure(&w.lower).filter(|_| !lexicon::is_ambiguous_measure(&w.lower))
        } else {
            units::glued_measure(&w.lower)
        };
        if same != r.unit.as_deref() {
            return;
        }
        1
    };
    r.bound = Bound::Range;
    r.low_high = Some((r.value, second.value));
    r.end = second.end + unit_len;
}

/// "X to Y" after a change word is a change between two levels ("rose from 5% to 6%", "cut
/// by 2 to 3", "increased the number of staff from 370 to 870"), not a range. "from" is a
/// change when a change word stands earlier in its clause (up to a comma); after a range word
/// ("estimates range from 310 to 340 miles") or with no change word ("and then from 30 to 60
/// metres on either side") it opens a range.
fn is_change_between(toks: &[Tok], i: usize) -> bool {
    let lo = i.saturating_sub(3);
    toks[lo..i].iter().enumerate().any(|(k, t)| {
        if !lexicon::is_change_cue(&t.lower) {
            return false;
        }
        if !t.is("from") {
            return true;
        }
        let at = lo + k;
        if at
            .checked_sub(1)
            .is_some_and(|p| lexicon::is_range_opener(&toks[p].lower))
        {
            return false;
        }
        let from = at.saturating_sub(12);
        (from..at)
            .rev()
            .take_while(|&k| {
                // A new clause ends the look-back: ", and then from 30 to 60 metres".
                let t = &toks[k];
                let joined = toks
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.lower.as_str(), "and" | "but" | "while" | "then"));
                !(t.is_punct(";") || t.is_punct(":") || (t.is_punct(",") && joined))
            })
            .any(|k| {
                let t = &toks[k];
                (lexicon::is_change_cue(&t.lower) && !t.is("from") && !t.is("by"))
                    || lexicon::change_verb(&t.lower).is_some()
            })
    })
}

/// The first of two alternatives takes what the second says it is: its unit and counted noun
/// ("six or seven dollars" is $6 or $7; "two or three weeks" two weeks or three), the minor
/// unit's factor ("15 or 20 cents"), and the second takes the first's hedge ("about six or
/// seven people").
pub(super) fn share_alternatives(figures: &mut [Figure], toks: &[Tok]) {
    for k in 1..figures.len() {
        let (prev, cur) = figures.split_at_mut(k);
        let (p, c) = (&mut prev[k - 1], &mut cur[0]);
        let Some(read) = p.alternative else {
            continue;
        };
        if c.first != p.last + 2 || !toks[p.last + 1].is("or") {
            continue;
        }
        if p.unit.is_none() && c.unit.is_some() && p.kind == Kind::Count {
            if c.kind == Kind::Money && read != 0.0 {
                let factor = c.value / read;
                if factor.is_finite() && factor > 0.0 {
                    p.value *= factor;
                }
            }
            p.kind = c.kind;
            p.unit = c.unit.clone();
            p.counted = c.counted.clone();
            set_interval(p);
        }
        if c.hedge.is_none() && p.hedge.is_some() {
            c.hedge = p.hedge.clone();
            c.bound = p.bound;
            set_interval(c);
        }
    }
}

fn next_is_percent(toks: &[Tok], j: usize) -> bool {
    toks.get(j).is_some_and(|n| n.is_punct("%"))
        || matches!(tok_word(toks, j), Some("per" | "percent"))
}

/// `word` stands within the four tokens before `i`, with no number between.
fn preceded_by(toks: &[Tok], i: usize, word: &str) -> bool {
    let lo = i.saturating_sub(4);
    toks[lo..i].iter().rev().take(4).any(|t| t.is(word))
        && !toks[lo..i].iter().any(|t| t.kind == TokKind::Number)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{figs, figures, no_figures};
    use super::*;

    #[test]
    fn ranges() {
        let got = figs("between 10 and 15 people");
        assert_eq!(
            got,
            vec![("10 and 15".to_string(), 10.0, "range", "person".to_string())]
        );
        let got = figs("a rise of 10-15%");
        assert_eq!(
            got,
            vec![("10-15%".to_string(), 10.0, "range", "percent".to_string())]
        );
        let f = &figures("10 to 15 people were hurt")[0];
        assert_eq!((f.low, f.high), (Some(10.0), Some(15.0)));
        // "and" makes a range only after "between": "10 and 15" alone is two figures.
        assert_eq!(figs("10 and 15 were chosen").len(), 2);
    }

    #[test]
    fn a_range_with_the_unit_on_both_ends() {
        let got = figs("Estimates range from 310 miles to 340 miles.");
        assert_eq!(
            got,
            vec![(
                "310 miles to 340 miles".to_string(),
                310.0,
                "range",
                "mile".to_string()
            )]
        );
        let f = &figures("The signal is between 20kHz and 22kHz.")[0];
        assert_eq!(
            (f.low, f.high, f.unit.as_deref()),
            (Some(20e3 / 1e3), Some(22.0), Some("kilohertz"))
        );
        let f = &figures("Warming of 2 to 2.5 degrees Celsius is likely.")[0];
        assert_eq!(
            (f.low, f.high, f.unit.as_deref()),
            (Some(2.0), Some(2.5), Some("degree Celsius"))
        );
        let f = &figures("They found a 40,000 to 50,000 year-old tool.")[0];
        assert_eq!(
            (f.low, f.high, f.unit.as_deref()),
            (Some(40000.0), Some(50000.0), Some("year"))
        );
        let f = &figures("The trip takes 30 – 45min by bus.")[0];
        assert_eq!(
            (f.low, f.high, f.unit.as_deref()),
            (Some(30.0), Some(45.0), Some("minute"))
        );
        // Different units on the ends make no range.
        assert_eq!(figs("from 5 miles to 8 km").len(), 2);
    }

    #[test]
    fn alternatives_are_two_figures() {
        let got = figs("It cost six or seven dollars.");
        assert_eq!(
            got,
            vec![
                ("six".to_string(), 6.0, "exact", "USD".to_string()),
                ("seven dollars".to_string(), 7.0, "exact", "USD".to_string())
            ]
        );
        let got = figs("They raised 15k or 20k for the charity.");
        assert_eq!((got[0].1, got[1].1), (15e3, 20e3));
        let got = figs("six or seven million people");
        assert_eq!((got[0].1, got[0].3.as_str()), (6e6, "person"));
        assert_eq!((got[1].1, got[1].3.as_str()), (7e6, "person"));
        let got = figs("It costs 15 or 20 cents.");
        assert_eq!((got[0].1, got[0].3.as_str()), (0.15, "USD"));
        // The hedge before the first bounds both.
        let got = figs("about two or three weeks");
        assert_eq!((got[0].2, got[1].2), ("approx", "approx"));
        assert_eq!(got[0].3, "week");
    }

    #[test]
    fn from_opens_a_range_unless_a_change_word_is_before_it() {
        let f = &figures("Estimates range from 310 to 340 miles.")[0];
        assert_eq!((f.low, f.high), (Some(310.0), Some(340.0)));
        assert_eq!(figs("Gold slipped from $1,980 to $1,905.").len(), 2);
        assert_eq!(
            figs("Growth was cut from 3.1 per cent to 2.9 per cent.").len(),
            2
        );
        assert_eq!(figs("Prices went up from 5% to 6%.").len(), 2);
        // A change verb further back still makes two levels.
        assert_eq!(
            figs("Qantas increased the number of staff from 370 to 870.").len(),
            2
        );
        let f = &figures("It was cleared, and then from 30 to 60 metres on either side.")[0];
        assert_eq!(
            (f.low, f.high, f.unit.as_deref()),
            (Some(30.0), Some(60.0), Some("metre"))
        );
        assert_eq!(figs("Prices went from $5 to $10.").len(), 2);
        assert_eq!(
            figs("The bank upped its target for the price, from £35 to £36.20.").len(),
            2
        );
        let f = &figures("Fares cost anywhere from $20 to $30.")[0];
        assert_eq!((f.low, f.high), (Some(20.0), Some(30.0)));
    }

    #[test]
    fn a_change_is_two_figures() {
        // "from X to Y" is two figures, not a range.
        assert_eq!(figs("rose from 5% to 6%").len(), 2);
        assert_eq!(figs("the bank cut rates by 0.25% to 4%").len(), 2);
    }

    #[test]
    fn the_second_scale_applies_to_the_first() {
        let f = &figures("between 1.5-2 million people")[0];
        assert_eq!((f.low, f.high), (Some(1.5e6), Some(2e6)));
        let f = &figures("two to three million people")[0];
        assert_eq!((f.low, f.high), (Some(2e6), Some(3e6)));
    }

    #[test]
    fn the_unit_on_both_ends() {
        let f = &figures("inflation of between 4.7% and 4.8%")[0];
        assert_eq!(
            (f.bound, f.low, f.high),
            (Bound::Range, Some(4.7), Some(4.8))
        );
        let f = &figures("a 5%-6% rise")[0];
        assert_eq!((f.low, f.high), (Some(5.0), Some(6.0)));
    }

    #[test]
    fn a_score_is_no_range() {
        no_figures("Chelsea won 2-1 at home");
        // Percent after the pair makes it a range again: "a 2-3% rise".
        let f = &figures("a 2-3% rise")[0];
        assert_eq!((f.low, f.high), (Some(2.0), Some(3.0)));
    }
}
