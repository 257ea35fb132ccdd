//! Quantities: finding figures in a sentence and reading their value, bound, unit and whether
//! they are a change of a level.
//!
//! One left-to-right pass over the tokens. At each position `figure_at` tries, in order: a
//! minus sign, a currency prefix, a numeral (digits, spelled, vague count, fraction, ordinal: `numeral.rs`),
//! then what may follow it (scale, percent, currency word, measure, compound adjective such as
//! `28-point`: `unit.rs`; a second numeral making a range: `range.rs`). Then it looks left for
//! a hedge (`at least`, `more than`, `nearly`: `hedge.rs`) and right for the counted noun
//! phrase (`counted.rs`), and last at the words around it for a change ("rose 5%" is a change
//! up, "rose to 212p" a level: `change.rs`). Digits inside date expressions and times of day
//! are masked by the caller; names (`Windows 95`, `G8`), sport scores (`2-1`), addresses and
//! the like are refused by the rules of `not_figure.rs`. `figure.rs` holds the types all of
//! them share.
//!
//! This file owns only the order of the steps and the assembly of the figure.

mod change;
pub mod clock;
mod counted;
mod figure;
mod hedge;
mod not_figure;
pub(crate) use not_figure::is_score;
mod numeral;
mod range;
#[cfg(test)]
mod testing;
mod unit;

pub use counted::qualifier_at;
pub use figure::Figure;

use crate::model::claim::{Bound, Change, Kind};
use crate::text::span::Span;
use crate::text::token::{Tok, TokKind};
use figure::{Reading, set_interval};

/// Find every figure in a sentence. `masked` spans (dates, times) are skipped.
pub fn find_figures(toks: &[Tok], masked: &[Span]) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    let mut i = 0;
    // A token is masked when some mask starting before its end reaches past its start: the
    // masks sorted by start, with the furthest end reached so far, answer by binary search
    // (a walk over every mask per token made a long sentence of dates quadratic).
    let mut by_start = masked.to_vec();
    by_start.sort_by_key(|m| m.start);
    let reach: Vec<usize> = by_start
        .iter()
        .scan(0, |far, m| {
            *far = m.end.max(*far);
            Some(*far)
        })
        .collect();
    let in_mask = |t: &Tok| {
        let k = by_start.partition_point(|m| m.start < t.span.end);
        k > 0 && reach[k - 1] > t.span.start
    };
    while i < toks.len() {
        // A time of day is masked as a date part is, but is a figure of its own.
        if let Some(f) = clock::clock_at(toks, i) {
            i = f.last + 1;
            out.push(f);
            continue;
        }
        if in_mask(&toks[i]) {
            i += 1;
            continue;
        }
        match figure_at(toks, i, masked) {
            Some(f) => {
                i = f.last + 1;
                out.push(f);
            }
            None => {
                // Skip past a number with junk glued to it so its tail is not read again.
                i += 1;
            }
        }
    }
    hedge::apply_shared_hedges(&mut out, toks);
    range::share_alternatives(&mut out, toks);
    unit::cents_of_the_sentence(&mut out, toks);
    out
}

/// The figure starting at token `i`, if one does. Each step reads a little more of it; a step
/// or rule that answers `None` or `true` refuses it.
fn figure_at(toks: &[Tok], i: usize, masked: &[Span]) -> Option<Figure> {
    if not_figure::is_glued_to_word_or_mark(toks, i)
        || not_figure::is_second_half(toks, i)
        || not_figure::is_model_code(toks, i)
    {
        return None;
    }
    let signed = numeral::minus_at(toks, i);
    let at = signed.unwrap_or(i);
    let (currency, start) = match unit::currency_prefix(toks, at) {
        Some((code, at)) => (Some(code), at),
        None => (None, at),
    };
    let num = numeral::numeral_at(toks, start)?;
    if signed.is_some() && (num.ordinal || num.vague.is_some() || num.fraction) {
        return None;
    }
    // A currency's letters before the digits ("RM49", "$US12") are no name.
    if currency.is_none()
        && (not_figure::looks_like_name(toks, start)
            || not_figure::is_label(toks, start)
            || not_figure::is_numbered(toks, start)
            || not_figure::is_service_number(toks, start))
    {
        return None;
    }
    let mut r = Reading::new(toks, i, start, num, currency);
    if not_figure::is_slash_form(toks, &r) {
        return None;
    }
    unit::read_glued_suffix(toks, &mut r)?;
    unit::read_scale_word(toks, &mut r);
    if signed.is_some() {
        r.value = -r.value;
    }
    r.scale_vague_interval();
    range::read_range(toks, masked, &mut r)?;
    unit::read_unit_after(toks, &mut r);
    range::read_range_of_units(toks, masked, &mut r);
    unit::read_degree_scale(toks, &mut r);
    unit::read_vague_of(toks, &mut r);
    unit::read_compound(toks, &mut r);
    numeral::read_proportion(toks, &mut r);
    if not_figure::is_not_a_figure(toks, &r) {
        return None;
    }
    Some(assemble(toks, r))
}

/// The figure a reading makes: its span, its hedge and bound, its interval, and the noun
/// phrase it counts (whose lemma is its unit when it has none yet). A hedge like "over" before
/// a verb is taken as a hedge all the same: accepted imprecision.
fn assemble(toks: &[Tok], r: Reading) -> Figure {
    let Reading {
        first,
        start,
        num,
        end,
        value,
        kind,
        unit,
        mut bound,
        low_high,
        compound,
        alternative,
        ..
    } = r;
    let last = end - 1;
    let span = toks[first].span.cover(toks[last].span);
    let hedge = hedge::find_hedge(toks, first);
    // "an estimated 1 million-plus": the "-plus" says more than the estimate.
    if let Some((_, b, _)) = &hedge
        && bound != Bound::Range
        && !(bound == Bound::MoreThan && *b == Bound::Approx)
    {
        bound = *b;
    }
    let mut figure = Figure {
        span,
        first,
        last,
        hedge: hedge.map(|(text, _, span)| (text, span)),
        value,
        low: None,
        high: None,
        bound,
        kind,
        unit,
        counted: None,
        phrase_end: end,
        compound: compound.is_some()
            || (kind == Kind::Ordinal
                && toks.get(last).is_some_and(|t| t.kind == TokKind::Word)
                && last > start),
        change: None,
        alternative,
    };
    match (bound, low_high) {
        (Bound::Range, Some((lo, hi))) => {
            // A vague count keeps its typical value ("a few" is 3); a numeric range its low end.
            figure.value = if num.vague.is_some() { value } else { lo };
            figure.low = Some(lo);
            figure.high = Some(hi);
        }
        _ => set_interval(&mut figure),
    }
    let (counted, phrase_end) = counted::counted_after(toks, end, &figure, compound.as_deref());
    // A fraction is a share of what it is of, not a count of it: "half of the missiles" is
    // 0.5 of them, with the missiles as its counted phrase but no unit.
    if let Some(c) = &counted
        && figure.unit.is_none()
        && matches!(figure.kind, Kind::Count | Kind::Ordinal)
        && !c.lemmas.is_empty()
    {
        // "300 drones and missiles" and "300 missiles and drones" count one set.
        let mut set = c.lemmas.clone();
        set.sort();
        set.dedup();
        figure.unit = Some(set.join(" and "));
    }
    figure.counted = counted;
    figure.phrase_end = phrase_end;
    figure.change = change::change_of(toks, &figure);
    // "sales tripled": the verb is the figure, a change by its factor.
    if num.times == Some(crate::lexicon::Multiplicative::Verb) {
        figure.change = Some(if num.value < 1.0 {
            Change::Down
        } else {
            Change::Up
        });
    }
    figure
}

#[cfg(test)]
mod tests {
    use super::testing::{figs, figures};
    use super::*;

    #[test]
    fn one_pass_finds_every_figure_in_order() {
        let got = figs("Russia fired 22 missiles and more than 460 drones, killing at least nine");
        let texts: Vec<&str> = got.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(texts, ["22", "460", "nine"]);
        assert_eq!(got[1].2, "more_than");
        assert_eq!(got[2].2, "at_least");
    }

    #[test]
    fn masked_dates_are_skipped() {
        let s = "On 20 October 2025, 12 people were hurt";
        let toks = crate::text::token::tokenize(s, 0);
        // Mask "20 October 2025" as the time extractor would.
        let mask = toks[1].span.cover(toks[3].span);
        let got = find_figures(&toks, &[mask]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].span.slice(s), "12");
    }

    #[test]
    fn a_figure_spans_its_prefix_and_unit_but_not_its_hedge() {
        let f = &figures("up to $5bn in aid")[0];
        assert_eq!(f.span.slice("up to $5bn in aid"), "$5bn");
        assert_eq!(f.hedge.as_ref().map(|(h, _)| h.as_str()), Some("up to"));
        assert_eq!((f.low, f.high), (None, Some(5e9)));
        // Money names no counted noun: "in aid" is context.
        assert_eq!(f.counted, None);
    }

    #[test]
    fn an_ordinal_glued_to_an_adjective_is_a_compound() {
        assert!(figures("the fourth-largest attack")[0].compound);
        assert!(!figures("the fourth attack")[0].compound);
    }
}
