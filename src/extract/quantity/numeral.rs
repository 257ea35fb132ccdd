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
use crate::lexicon::{self, Multiplicative, WordClass, ordinal_word, scale_word};
use crate::model::claim::Kind;
use crate::text::token::{Tok, TokKind};

/// The numeral starting at token `i`, if any.
pub(super) fn numeral_at(toks: &[Tok], i: usize) -> Option<Numeral> {
    let t = toks.get(i)?;
    if t.kind == TokKind::Number {
        return digits_at(toks, i);
    }
    if t.kind == TokKind::Punct {
        // "¾ of the land"
        let v = lexicon::vulgar_fraction(t.text)?;
        return Some(Numeral {
            fraction: tok_word(toks, i + 1) == Some("of"),
            ..Numeral::plain(v, i + 1)
        });
    }
    if t.kind != TokKind::Word {
        return None;
    }
    // The word's classes, read once by the tokenizer, spare the lookups it cannot answer.
    if t.in_class(WordClass::MULTIPLICATIVE)
        && let Some((factor, how)) = lexicon::multiplicative(&t.lower)
        && how != Multiplicative::Suffix
    {
        return Some(Numeral {
            times: Some(how),
            ..Numeral::plain(factor, i + 1)
        });
    }
    if let Some(decided) = vague_at(toks, i) {
        return decided;
    }
    // Fractions: "a third of", "two-thirds", "three-quarters", "a quarter of".
    if let Some(n) = fraction_at(toks, i) {
        return Some(n);
    }
    if t.in_class(WordClass::ORDINAL)
        && let Some(v) = ordinal_word(&t.lower)
    {
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
    if !t.in_class(WordClass::MINUS) {
        return None;
    }
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let signs = |j: usize| {
        toks.get(j).is_some_and(|n| {
            n.kind == TokKind::Number
                || (n.kind == TokKind::Word
                    && n.in_class(WordClass::CARDINAL_UNIT | WordClass::CARDINAL_TEN))
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

/// Digits, or a digit ordinal when an ordinal suffix is glued on: "4th", "21st"; groups of
/// three digits after spaces are thousands ("2 345 678.9"), and a fraction character glued on
/// is added ("2½").
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
    if let Some(half) = toks
        .get(i + 1)
        .filter(|n| n.kind == TokKind::Punct && !n.space_before)
        .and_then(|n| lexicon::vulgar_fraction(n.text))
    {
        return Some(Numeral::plain(v + half, i + 2));
    }
    if let Some((grouped, end)) = spaced_thousands(toks, i) {
        return Some(Numeral::plain(grouped, end));
    }
    Some(Numeral::plain(v, i + 1))
}

/// "2 345 678.9": one to three digits, then groups of exactly three digits each after one
/// space (a thin or no-break space too), the last of which may carry the decimals. The value
/// and the index after the last group; `None` when no group follows.
fn spaced_thousands(toks: &[Tok], i: usize) -> Option<(f64, usize)> {
    let head = toks[i].text;
    // Not a phone number's tail ("0845 8 505 505"), nor after a leading zero.
    let after_number = i > 0 && toks[i - 1].kind == TokKind::Number;
    if head.len() > 3
        || head.starts_with('0')
        || after_number
        || !head.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let group = |end: usize| {
        toks.get(end).filter(|g| {
            let int = g.text.split('.').next().unwrap_or_default();
            g.kind == TokKind::Number
                && int.len() == 3
                && int.bytes().all(|b| b.is_ascii_digit())
                && g.span.start - toks[end - 1].span.end <= 3
        })
    };
    group(i + 1)?; // most numbers: no group, no allocation
    let mut digits = head.to_string();
    let mut end = i + 1;
    while let Some(g) = group(end) {
        digits.push_str(g.text);
        end += 1;
        if g.text.contains('.') {
            break;
        }
    }
    // Something glued after the last group ("100m", "737-800") belongs to it alone, and
    // a number after it makes a list of codes.
    let next = toks.get(end);
    if end == i + 1
        || (glued(toks, end) && next.is_some_and(|n| n.kind == TokKind::Word || n.is_dash()))
        || next.is_some_and(|n| n.kind == TokKind::Number)
    {
        return None;
    }
    parse_digits(&digits).map(|v| (v, end))
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

/// A fraction: "a third of", "one quarter of", "two-thirds", "by a fifth", "two fifths",
/// "seventy-five hundredths".
fn fraction_at(toks: &[Tok], i: usize) -> Option<Numeral> {
    let w = tok_word(toks, i)?;
    let (num, num_end) = match w {
        "a" | "one" => (1.0, i + 1),
        _ if !toks[i].in_class(WordClass::CARDINAL_UNIT | WordClass::CARDINAL_TEN) => {
            return None;
        }
        _ => spelled_at(toks, i).filter(|&(_, e)| {
            // A dashed compound numerator ("seventy-five") is one spelled numeral.
            e == i + 1 || toks[i + 1].is_dash()
        })?,
    };
    // "two-thirds" (glued dash) or "a third of"
    let (den_at, needs_of) = if toks
        .get(num_end)
        .is_some_and(|t| t.is_dash() && !t.space_before)
        && glued(toks, num_end + 1)
    {
        (num_end + 1, false)
    } else {
        (num_end, true)
    };
    let den_word = tok_word(toks, den_at)?;
    let den = lexicon::fraction_denominator(den_word)?;
    // "two fifths", "seventy-five hundredths": a plural denominator after more than one.
    let needs_of = needs_of
        && !(num > 1.0 && den_word.ends_with('s') && !lexicon::fraction_needs_of(den_word));
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
        // A fraction is a share of its whole, not a count of it: no unit, the whole counted.
        assert_fig("half of the votes", "half", 0.5, "exact", "");
        let f = &super::super::testing::figures("half of the votes")[0];
        assert_eq!(f.counted.as_ref().unwrap().lemmas, ["vote"]);
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
        assert_fig("a third of voters", "a third", 1.0 / 3.0, "exact", "");
        assert_fig(
            "two-thirds of the members",
            "two-thirds",
            2.0 / 3.0,
            "exact",
            "",
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
    fn fractions_in_words_and_characters() {
        assert_fig(
            "Two fifths of voters agreed",
            "Two fifths",
            0.4,
            "exact",
            "",
        );
        assert_fig("two fifths agreed", "two fifths", 0.4, "exact", "");
        assert_fig(
            "seventy-five hundredths of the vote",
            "seventy-five hundredths",
            0.75,
            "exact",
            "",
        );
        assert_fig(
            "A quarter of the staff left",
            "A quarter",
            0.25,
            "exact",
            "",
        );
        assert_fig(
            "A third of the flats are empty",
            "A third",
            1.0 / 3.0,
            "exact",
            "",
        );
        assert_fig("¾ of the land is farmed", "¾", 0.75, "exact", "");
        assert_fig("a wait of 2½ hours", "2½ hours", 2.5, "exact", "hour");
        // "six quarters" are eighteen months, not one and a half.
        assert_fig("it grew for six quarters", "six", 6.0, "exact", "quarter");
        assert_fig(
            "three quarters of the seats",
            "three quarters",
            0.75,
            "exact",
            "",
        );
    }

    #[test]
    fn unusual_digit_forms() {
        assert_fig(
            "The census counted 2 345 678.9 hectares",
            "2 345 678.9 hectares",
            2_345_678.9,
            "exact",
            "hectare",
        );
        assert_fig("a crowd of 45 000 fans", "45 000", 45_000.0, "exact", "fan");
        assert_fig("The team has a .600 record", ".600", 0.6, "exact", "record");
        assert_fig(
            "it rose by .002 per cent",
            ".002 per cent",
            0.002,
            "exact",
            "percent",
        );
        assert_fig("The video got 4.7k views", "4.7k", 4700.0, "exact", "view");
        assert_fig(
            "The bank lent 25 bln euros",
            "25 bln euros",
            25e9,
            "exact",
            "EUR",
        );
        assert_fig(
            "a list of 4 hundred and twelve names",
            "4 hundred and twelve",
            412.0,
            "exact",
            "name",
        );
        // Codes and lists are not thousands: "10 737-800 planes", a phone number.
        assert_eq!(figs("the sale of 10 737-800 planes")[0].1, 10.0);
        assert!(figs("call 0845 8 505 505 now").iter().all(|f| f.1 < 1000.0));
    }

    #[test]
    fn spelled_numbers_with_halves_and_points() {
        assert_fig(
            "half a billion dollars",
            "half a billion dollars",
            5e8,
            "exact",
            "USD",
        );
        assert_fig(
            "two million and a half pounds",
            "two million and a half pounds",
            2.5e6,
            "exact",
            "GBP",
        );
        assert_fig(
            "some nine and a half hours",
            "nine and a half hours",
            9.5,
            "approx",
            "hour",
        );
        assert_fig(
            "The rate was nought point four",
            "nought point four",
            0.4,
            "exact",
            "",
        );
        // "a point" is no decimal: "at one point he left".
        let got = figs("at one point two men left");
        assert!(
            got.iter().any(|f| f.0 == "two") && got.iter().all(|f| f.1 != 1.2),
            "{got:?}"
        );
    }

    #[test]
    fn multiplicatives_are_factors() {
        let f = &figures("Sales grew more than fourfold")[0];
        assert_eq!(
            (f.value, f.bound, f.unit.as_deref()),
            (4.0, crate::model::claim::Bound::MoreThan, Some("times"))
        );
        let f = &figures("Sales tripled last year")[0];
        assert_eq!(
            (f.value, f.unit.as_deref(), f.change),
            (3.0, Some("times"), Some(crate::model::claim::Change::Up))
        );
        let f = &figures("The dividend was halved")[0];
        assert_eq!(
            (f.value, f.change),
            (0.5, Some(crate::model::claim::Change::Down))
        );
        let f = &figures("a 10-fold rise in cases")[0];
        assert_eq!((f.value, f.unit.as_deref()), (10.0, Some("times")));
        // The tennis doubles are no factor.
        no_figures("She won the doubles title");
    }

    #[test]
    fn one_in_fifty_is_a_proportion() {
        let f = &figures("one in 50 adults")[0];
        assert_eq!((f.kind, f.value), (Kind::Fraction, 1.0 / 50.0));
        let f = &figures("three in 10 voters")[0];
        assert_eq!((f.kind, f.value), (Kind::Fraction, 0.3));
    }
}
