//! Reading the numeral a figure starts with: digits and digit ordinals (`1,234.5`, `21st`),
//! vague counts (`dozens`, `a few`, `several thousand`), fractions (`a third of`, `two-thirds`,
//! `half of`), spelled ordinals (`fourth`) and spelled cardinals (`twenty-two`, `a dozen`); and
//! the proportion a numeral can make with a second one (`one in 50`); and the minus sign before
//! a numeral (`-0.8%`, `minus 8`).
//!
//! Owns what the numeral's own words say. Does not own what follows it (scales, units, ranges:
//! `unit.rs`, `range.rs`), nor the rules that make a numeral no figure (`not_figure.rs`). The
//! numeral words and their values are in the lexicon; the spelled-cardinal grammar is
//! `extract::number`.

use super::figure::{Numeral, Reading, glued, tok_word};
use super::unit::currency_prefix;
use crate::extract::number::{parse_digits, spelled_at};
use crate::lexicon::{self, ordinal_word, scale_word};
use crate::model::claim::Kind;
use crate::text::token::{Tok, TokKind};

/// The numeral starting at token `i`, if any.
pub(super) fn numeral_at(toks: &[Tok], i: usize) -> Option<Numeral> {
    let t = toks.get(i)?;
    if t.kind == TokKind::Number {
        return digits_at(toks, i);
    }
    if t.kind != TokKind::Word {
        return None;
    }
    if let Some(decided) = vague_at(toks, i) {
        return decided;
    }
    // Fractions: "a third of", "two-thirds", "three-quarters", "a quarter of".
    if let Some(n) = fraction_at(toks, i) {
        return Some(n);
    }
    if let Some(v) = ordinal_word(&t.lower) {
        return Some(Numeral {
            ordinal: true,
            ..Numeral::plain(v, i + 1)
        });
    }
    let (v, end) = spelled_at(toks, i)?;
    Some(Numeral::plain(v, end))
}

/// A minus sign at token `i` that makes the figure after it negative: the index of what it
/// signs (the numeral, or a currency prefix: "-$12.4bn"). A sign glued to the digits and not
/// to anything before them ("-0.8%", "a balance of −3"), or the word "minus" before a numeral,
/// spaced or with a dash ("minus 8", "minus-3 yards"). Dashes between two numbers ("2-1",
/// "10 -15") and a margin ("plus or minus 3") are no sign.
pub(super) fn minus_at(toks: &[Tok], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    if !lexicon::is_minus_sign(&t.lower) {
        return None;
    }
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let signs = |j: usize| {
        toks.get(j).is_some_and(|n| {
            n.kind == TokKind::Number
                || (n.kind == TokKind::Word && lexicon::cardinal_unit(&n.lower).is_some())
                || (n.kind == TokKind::Word && lexicon::cardinal_ten(&n.lower).is_some())
        }) || currency_prefix(toks, j).is_some()
    };
    if t.kind == TokKind::Punct {
        let free_before = t.space_before || prev.is_some_and(|p| p.is_punct("("));
        let after_number = prev.is_some_and(|p| p.kind == TokKind::Number);
        let next_is_number = toks.get(i + 1).is_some_and(|n| n.kind == TokKind::Number);
        return (free_before
            && !after_number
            && glued(toks, i + 1)
            && (next_is_number || currency_prefix(toks, i + 1).is_some()))
        .then_some(i + 1);
    }
    if t.kind != TokKind::Word || prev.is_some_and(|p| p.is("or") || p.is("plus")) {
        return None;
    }
    // "minus-3 yards"
    if toks
        .get(i + 1)
        .is_some_and(|d| d.is_dash() && !d.space_before)
        && glued(toks, i + 2)
    {
        return signs(i + 2).then_some(i + 2);
    }
    signs(i + 1).then_some(i + 1)
}

/// Digits, or a digit ordinal when an ordinal suffix is glued on: "4th", "21st".
fn digits_at(toks: &[Tok], i: usize) -> Option<Numeral> {
    let v = parse_digits(toks[i].text)?;
    if let Some(s) = tok_word(toks, i + 1)
        && glued(toks, i + 1)
        && lexicon::is_ordinal_suffix(s)
    {
        return Some(Numeral {
            ordinal: true,
            ..Numeral::plain(v, i + 2)
        });
    }
    Some(Numeral::plain(v, i + 1))
}

/// Vague counts and the words that are numerals only in some company ("a few", "half of").
/// `Some(answer)` when the word at `i` decides (a numeral or none); `None` when it is not one
/// of these words and the other readings should be tried. "half a million" is left to the
/// spelled reading.
fn vague_at(toks: &[Tok], i: usize) -> Option<Option<Numeral>> {
    let w = tok_word(toks, i)?;
    let next = tok_word(toks, i + 1);
    let vague = |lo: f64, hi: f64, end: usize| {
        Some(Some(Numeral {
            vague: Some((lo, hi)),
            ..Numeral::plain(lo, end)
        }))
    };
    match w {
        "dozens" => vague(24.0, 99.0, i + 1),
        "scores" if next == Some("of") => vague(40.0, 99.0, i + 1),
        "hundreds" => {
            if next == Some("of") && tok_word(toks, i + 2) == Some("thousands") {
                return vague(200_000.0, 999_999.0, i + 3);
            }
            vague(200.0, 999.0, i + 1)
        }
        "thousands" => vague(2000.0, 9999.0, i + 1),
        "tens" if next == Some("of") && tok_word(toks, i + 2) == Some("thousands") => {
            vague(20_000.0, 99_999.0, i + 3)
        }
        "tens" if next == Some("of") && tok_word(toks, i + 2) == Some("millions") => {
            vague(20e6, 99e6, i + 3)
        }
        "millions" => vague(2e6, 9_999_999.0, i + 1),
        "billions" => vague(2e9, 9_999_999_999.0, i + 1),
        "several" => {
            if let Some(s) = next.and_then(scale_word) {
                return vague(3.0 * s, 9.0 * s, i + 2);
            }
            vague(3.0, 9.0, i + 1)
        }
        "few" => {
            // "the last few"; bare "few" means "not many".
            let prev = i.checked_sub(1).and_then(|p| tok_word(toks, p));
            if matches!(prev, Some("last" | "past" | "next" | "first" | "few")) {
                return Some(Some(Numeral {
                    vague: Some((2.0, 5.0)),
                    ..Numeral::plain(3.0, i + 1)
                }));
            }
            Some(None)
        }
        "a" if next == Some("few") => {
            // "a few" is typically 3; "a few thousand" 3,000 within 2,000 to 5,000.
            if let Some(s) = tok_word(toks, i + 2).and_then(scale_word) {
                return Some(Some(Numeral {
                    vague: Some((2.0 * s, 5.0 * s)),
                    ..Numeral::plain(3.0 * s, i + 3)
                }));
            }
            Some(Some(Numeral {
                vague: Some((2.0, 5.0)),
                ..Numeral::plain(3.0, i + 2)
            }))
        }
        "a" if next == Some("couple") => {
            let end = if tok_word(toks, i + 2) == Some("of") {
                i + 3
            } else {
                i + 2
            };
            Some(Some(Numeral::plain(2.0, end)))
        }
        "half" => half_at(toks, i),
        _ => None,
    }
}

/// "half of the votes", "half their income" are a fraction; "the first half", "a half" and a
/// bare "half" are not figures; "half a million" is read as a spelled number (`None`).
fn half_at(toks: &[Tok], i: usize) -> Option<Option<Numeral>> {
    let n = tok_word(toks, i + 1);
    if n == Some("a") && tok_word(toks, i + 2).and_then(scale_word).is_some() {
        return None;
    }
    if !matches!(
        n,
        Some("of" | "the" | "its" | "their" | "his" | "her" | "all" | "an" | "a")
    ) {
        return Some(None);
    }
    let prev = i.checked_sub(1).and_then(|p| tok_word(toks, p));
    if matches!(prev, Some("first" | "second" | "the" | "this" | "a")) {
        return Some(None);
    }
    Some(Some(Numeral {
        fraction: true,
        ..Numeral::plain(0.5, i + 1)
    }))
}

/// A fraction: "a third of", "one quarter of", "two-thirds", "by a fifth".
fn fraction_at(toks: &[Tok], i: usize) -> Option<Numeral> {
    let w = tok_word(toks, i)?;
    let num = match w {
        "a" | "one" => 1.0,
        w => lexicon::cardinal_unit(w)?,
    };
    // "two-thirds" (glued dash) or "a third of"
    let (den_at, needs_of) = if toks
        .get(i + 1)
        .is_some_and(|t| t.is_dash() && !t.space_before)
        && glued(toks, i + 2)
    {
        (i + 2, false)
    } else {
        (i + 1, true)
    };
    let den = lexicon::fraction_denominator(tok_word(toks, den_at)?)?;
    let prev = i.checked_sub(1).and_then(|p| tok_word(toks, p));
    let cue = matches!(
        prev,
        Some("by" | "than" | "about" | "nearly" | "almost" | "over" | "around" | "roughly")
    );
    if needs_of && tok_word(toks, den_at + 1) != Some("of") && !cue {
        return None;
    }
    if den == 2.0 && num == 1.0 && needs_of {
        return None; // "a half of" is rare; "one half" odd
    }
    Some(Numeral {
        fraction: true,
        ..Numeral::plain(num / den, den_at + 1)
    })
}

/// "one in 50", "three in 10": a count right before "in" and a larger numeral is a proportion.
pub(super) fn read_proportion(toks: &[Tok], r: &mut Reading) {
    if r.kind == Kind::Count
        && r.end == r.num.end
        && tok_word(toks, r.end) == Some("in")
        && let Some(n2) =
            numeral_at(toks, r.end + 1).filter(|n| !n.ordinal && n.vague.is_none() && !n.fraction)
        && n2.value > r.value
        && r.value >= 1.0
    {
        r.value /= n2.value;
        r.kind = Kind::Fraction;
        r.end = n2.end;
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_fig, figs, figures, no_figures};
    use super::*;
    use crate::text::token::tokenize;

    /// The numeral read at the first token of `s`.
    fn numeral(s: &str) -> Option<Numeral> {
        numeral_at(&tokenize(s, 0), 0)
    }

    #[test]
    fn digits_and_digit_ordinals() {
        assert_eq!(numeral("1,234.5 people"), Some(Numeral::plain(1234.5, 1)));
        let ordinal = Numeral {
            ordinal: true,
            ..Numeral::plain(21.0, 2)
        };
        assert_eq!(numeral("21st birthday"), Some(ordinal));
        // A suffix after a space is not glued on: "21 st" is the number 21.
        assert_eq!(numeral("21 st"), Some(Numeral::plain(21.0, 1)));
    }

    #[test]
    fn vague_counts_are_ranges() {
        assert_eq!(
            numeral("dozens of civilians").unwrap().vague,
            Some((24.0, 99.0))
        );
        assert_eq!(numeral("hundreds of thousands of people").unwrap().end, 3);
        assert_eq!(
            numeral("tens of millions").unwrap().vague,
            Some((20e6, 99e6))
        );
        // "scores" is a vague count only before "of": "the scores were level" is not.
        assert_eq!(
            numeral("scores of homes").unwrap().vague,
            Some((40.0, 99.0))
        );
        assert_eq!(numeral("scores were level"), None);
        let got = figs("injuring dozens of civilians");
        assert_eq!(got[0].0, "dozens");
        assert_eq!(got[0].2, "range");
        assert_eq!(got[0].3, "civilian");
        assert_fig(
            "hundreds of protesters gathered",
            "hundreds",
            200.0,
            "range",
            "protester",
        );
        assert_fig(
            "met for several hours",
            "several hours",
            3.0,
            "range",
            "hour",
        );
    }

    #[test]
    fn a_few_is_three_and_bare_few_is_not_many() {
        assert_fig("a few delicate details", "a few", 3.0, "range", "detail");
        assert_fig("over the last few days", "few days", 3.0, "range", "day");
        // "Few people expected it" says not many, no number.
        no_figures("Few people expected the result");
        // "a few thousand" keeps 3,000 as its typical value.
        assert_eq!(numeral("a few thousand fans").unwrap().value, 3000.0);
    }

    #[test]
    fn half_is_a_fraction_only_before_its_whole() {
        assert_fig("half of the votes", "half", 0.5, "exact", "vote");
        // In "the first half" the ordinal ranks the half; "half" itself is no fraction.
        let got = figs("in the first half of the year");
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].0.as_str(), got[0].3.as_str()), ("first", "half"));
        // "half a million" is the spelled number 500,000.
        assert_fig(
            "half a million people fled",
            "half a million",
            500_000.0,
            "exact",
            "person",
        );
    }

    #[test]
    fn fractions() {
        assert_fig("a third of voters", "a third", 1.0 / 3.0, "exact", "voter");
        assert_fig(
            "two-thirds of the members",
            "two-thirds",
            2.0 / 3.0,
            "exact",
            "member",
        );
        // Without "of", a third is a rank: "a third term" is no fraction.
        assert_eq!(fraction_at(&tokenize("a third term", 0), 0), None);
        // "cut by a fifth" needs no "of".
        let toks = tokenize("cut by a fifth", 0);
        assert_eq!(fraction_at(&toks, 2).map(|n| n.value), Some(0.2));
    }

    #[test]
    fn spelled_cardinals_and_ordinals() {
        assert_fig(
            "twenty-two soldiers died",
            "twenty-two",
            22.0,
            "exact",
            "soldier",
        );
        assert_fig("a dozen eggs", "a dozen", 12.0, "exact", "egg");
        assert_fig("in the third quarter", "third", 3.0, "exact", "quarter");
        assert_fig("its 21st birthday", "21st", 21.0, "exact", "birthday");
    }

    #[test]
    fn a_minus_sign_makes_a_figure_negative() {
        assert_fig(
            "Inflation was -0.8% last month",
            "-0.8%",
            -0.8,
            "exact",
            "percent",
        );
        assert_fig(
            "He ran for minus-3 yards",
            "minus-3 yards",
            -3.0,
            "exact",
            "yard",
        );
        assert_fig("a balance of -$12.4bn", "-$12.4bn", -12.4e9, "exact", "USD");
        assert_fig(
            "The temperature fell to minus 8",
            "minus 8",
            -8.0,
            "exact",
            "",
        );
        assert_fig(
            "lows of minus five degrees",
            "minus five degrees",
            -5.0,
            "exact",
            "degree",
        );
        assert_fig("a reading of −2.5 on the index", "−2.5", -2.5, "exact", "");
        // In brackets: "(-3%)".
        assert_fig("growth (-3%) was weak", "-3%", -3.0, "exact", "percent");
    }

    #[test]
    fn a_dash_between_numbers_or_a_margin_is_no_sign() {
        let got = figs("a margin of plus or minus 3 points");
        assert_eq!((got[0].0.as_str(), got[0].1), ("3", 3.0));
        let got = figs("aged 10 -15 years");
        assert!(got.iter().all(|f| f.1 >= 0.0), "{got:?}");
        let got = figs("the covid-19 pandemic and a well-known - 40 year - fight");
        assert!(got.iter().all(|f| f.1 >= 0.0), "{got:?}");
    }

    #[test]
    fn one_in_fifty_is_a_proportion() {
        let f = &figures("one in 50 adults")[0];
        assert_eq!((f.kind, f.value), (Kind::Fraction, 1.0 / 50.0));
        let f = &figures("three in 10 voters")[0];
        assert_eq!((f.kind, f.value), (Kind::Fraction, 0.3));
    }
}
