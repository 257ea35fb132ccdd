//! Ranges: a second numeral after the first makes the figure an interval. "10-15%",
//! "10 to 15 people", "between 10 and 15", "40 or 50", "1.5-2 million" (the second's scale
//! applies to the first), "between 4.7% and 4.8%" (the unit on both ends).
//!
//! Owns reading the second end and deciding whether the pair is a range. Does not own telling a
//! score from a range ("2-1": `not_figure.rs`), nor "from 5% to 6%", which is two figures: a
//! change cue before the first keeps "to" from joining them (the cues are in the lexicon).

use super::figure::{Reading, tok_word};
use super::not_figure::is_score;
use super::numeral::numeral_at;
use super::unit::currency_prefix;
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
    if sep.is("to") {
        let lo = i.saturating_sub(3);
        if toks[lo..i].iter().any(|t| lexicon::is_change_cue(&t.lower)) {
            return None;
        }
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
    // A second end that is not above the first is no range; the first stands alone.
    if second.value > first {
        r.value = first;
        r.bound = Bound::Range;
        r.low_high = Some((first, second.value));
        r.end = second.end;
    }
    Some(())
}

/// A percent range written with the unit on both ends: "between 4.7% and 4.8%", "5%-6%".
pub(super) fn read_range_of_units(toks: &[Tok], masked: &[Span], r: &mut Reading) {
    if r.bound == Bound::Exact
        && r.kind == Kind::Percent
        && let Some(second) = range_after(toks, r.first, r.end, masked, r.is_digits)
        && next_is_percent(toks, second.end)
        && second.value > r.value
    {
        r.bound = Bound::Range;
        r.low_high = Some((r.value, second.value));
        r.end = if toks[second.end].is_punct("%") {
            second.end + 1
        } else {
            second.end + 2
        };
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
    fn a_change_is_two_figures() {
        // "from X to Y" is two figures, not a range.
        assert_eq!(figs("rose from 5% to 6%").len(), 2);
        assert_eq!(figs("the bank cut rates by 0.25% to 4%").len(), 2);
    }

    #[test]
    fn the_second_scale_applies_to_the_first() {
        let f = &figures("between 1.5-2 million people")[0];
        assert_eq!((f.low, f.high), (Some(1.5e6), Some(2e6)));
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
