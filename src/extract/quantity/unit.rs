//! What a figure's numeral is of: a currency prefix before it (`$5`, `US$5`, `USD 5`), and
//! after it a glued suffix (`600m`, `50p`, `5km`), a scale word (`1.5 million`), a percent,
//! currency word or measure (`76%`, `5 per cent`, `100 trillion won`, `18 months`, `2.0°C`,
//! `2 degrees Celsius`), the scale
//! of a vague count (`millions of pounds`), and a compound adjective (`28-point`, `90-year-old`,
//! `fourth-largest`).
//!
//! Owns reading these into the figure's value, kind and unit. Does not own the tables (the
//! lexicon's currencies, measures and scales), the counted noun (`counted.rs`: any noun can be
//! counted and its lemma is its unit) nor the second numeral of a range (`range.rs`).

use super::figure::{Figure, Reading, glued, tok_word};
use crate::extract::number::spelled_at;
use crate::extract::units;
use crate::lexicon::{self, scale_suffix, scale_word};
use crate::model::claim::Kind;
use crate::text::normalize::noun_lemma;
use crate::text::token::{Tok, TokKind};

/// A currency before a number: its code and the index of the number.
pub(super) fn currency_prefix(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(i)?;
    // "US$5", "A$3"
    if t.kind == TokKind::Word
        && toks
            .get(i + 1)
            .is_some_and(|n| n.kind == TokKind::Punct && !n.space_before)
        && glued(toks, i + 2)
        && let Some(code) = lexicon::currency_symbol(toks[i + 1].text, Some(&t.lower))
        && lexicon::is_currency_prefix(&t.lower)
    {
        return Some((code, i + 2));
    }
    // "$US12,400,000": the country letters after the symbol.
    if t.kind == TokKind::Punct
        && let Some(p) = toks
            .get(i + 1)
            .filter(|p| p.kind == TokKind::Word && !p.space_before)
        && lexicon::is_currency_prefix(&p.lower)
        && toks
            .get(i + 2)
            .is_some_and(|n| n.kind == TokKind::Number && !n.space_before)
        && let Some(code) = lexicon::currency_symbol(t.text, Some(&p.lower))
    {
        return Some((code, i + 2));
    }
    // "RM49", "Rs 500": letters that name a currency.
    if t.kind == TokKind::Word
        && t.text.len() <= 3
        && t.is_capitalized()
        && let Some(code) = lexicon::currency_letters(t.text)
        && toks.get(i + 1).is_some_and(|n| n.kind == TokKind::Number)
    {
        return Some((code, i + 1));
    }
    // "$5", "£600m". The tests of the tokens come before the lexicon's lookups here: this is
    // asked at every token of a sentence with a figure, and most fail them.
    if t.kind == TokKind::Punct
        && glued(toks, i + 1)
        && let Some(code) = lexicon::currency_symbol(t.text, None)
    {
        return Some((code, i + 1));
    }
    // "USD 5m": an upper-case code before digits.
    if t.kind == TokKind::Word
        && toks.get(i + 1).is_some_and(|n| n.kind == TokKind::Number)
        && t.text.chars().all(|c| c.is_uppercase())
        && let Some(code) = lexicon::currency_code(&t.lower)
    {
        return Some((code, i + 1));
    }
    None
}

/// Letters glued after digits: a scale ("600m", "$2bn"), pence ("50p"), a measure ("5km") or
/// "pc" for percent ("3pc", read by `read_percent`).
/// Any other letters glued there make the digits a decade ("1990s", "80s") or part of a name
/// ("3G", "1Xtra", "4x4"): not a figure (`None`).
pub(super) fn read_glued_suffix(toks: &[Tok], r: &mut Reading) -> Option<()> {
    if !r.is_digits || r.num.ordinal {
        return Some(());
    }
    let Some(s) = toks
        .get(r.end)
        .filter(|n| !n.space_before && n.kind == TokKind::Word)
    else {
        return Some(());
    };
    if s.lower == "m" && is_race(toks, r) {
        // "the 60m hurdles", "women's 1500m": a race over metres.
        r.unit = Some("metre".into());
        r.kind = Kind::Measure;
        r.end += 1;
    } else if let Some(m) = scale_suffix(&s.lower) {
        // News "m" is million: "1.4m jobs".
        r.value *= m;
        r.end += 1;
    } else if s.lower == "p" && r.currency.is_none() {
        r.value *= 0.01;
        r.unit = Some("GBP".into());
        r.kind = Kind::Money;
        r.end += 1;
    } else if let Some(name) = (s.text.len() == 1 && s.is_capitalized())
        .then(|| lexicon::degree_scale(&s.lower))
        .flatten()
    {
        // "40.3C", "104F": a capital scale letter glued on is a temperature ("5c" is cents).
        r.unit = Some(name.into());
        r.kind = Kind::Measure;
        r.end += 1;
    } else if s.lower == "pc" {
        // "3pc": the percent sign of British papers, read as the unit after the numeral.
    } else if let Some(name) = units::glued_measure(&s.lower) {
        r.unit = Some(name.into());
        r.kind = Kind::Measure;
        r.end += 1;
    } else {
        return None;
    }
    Some(())
}

/// Digits glued to "m" (at `r.end`) that are a race distance: no currency, a distance run in
/// races, and a race word after it ("60m hurdles", "800m title") or a possessive before it
/// ("women's 60m").
fn is_race(toks: &[Tok], r: &Reading) -> bool {
    let after = tok_word(toks, r.end + 1).is_some_and(lexicon::is_race_word);
    let possessive =
        r.start >= 2 && toks[r.start - 1].is("s") && matches!(toks[r.start - 2].text, "'" | "’");
    let possessive = possessive
        || (r.start >= 1 && matches!(toks[r.start - 1].lower.as_str(), "men's" | "women's"));
    r.currency.is_none() && lexicon::is_race_distance(r.value) && (after || possessive)
}

/// A scale word after the numeral: "1.5 million", "$2 bn" ("two million" is read whole by the
/// spelled numeral). A vague count already in the thousands takes no second scale. Digits
/// before "hundred" take it and the spelled rest: "4 hundred and twelve" is 412.
pub(super) fn read_scale_word(toks: &[Tok], r: &mut Reading) {
    if r.kind == Kind::Ordinal || r.num.times.is_some() {
        return;
    }
    let Some(w) = tok_word(toks, r.end) else {
        return;
    };
    if w == "hundred" && r.is_digits && r.value.fract() == 0.0 && (1.0..100.0).contains(&r.value) {
        r.value *= 100.0;
        r.end += 1;
        if tok_word(toks, r.end) == Some("and")
            && let Some((rest, end)) = spelled_at(toks, r.end + 1).filter(|&(v, _)| v < 100.0)
        {
            r.value += rest;
            r.end = end;
        }
        return;
    }
    if let Some(s) =
        scale_word(w).filter(|s| *s >= 1e3 && !(r.num.vague.is_some() && r.value >= 1e3))
    {
        r.value *= s;
        r.end += 1;
    } else if r.is_digits
        && let Some(s) = scale_suffix(w).filter(|_| matches!(w, "bn" | "tn" | "mn"))
    {
        r.value *= s;
        r.end += 1;
    }
}

/// The unit written after the numeral: percent ("76%", "5 per cent", "3 percentage points"),
/// a currency word ("100 trillion won", "5 dollars"), a measure ("18 months", "5 km") or an
/// ISO code ("5m EUR"). Money already named by its prefix may repeat it ("$5 dollars").
pub(super) fn read_unit_after(toks: &[Tok], r: &mut Reading) {
    let j = r.end;
    if r.kind == Kind::Money || r.kind == Kind::Ordinal {
        if r.kind == Kind::Money
            && let Some(w) = tok_word(toks, j)
            && matches!(w, "dollars" | "pounds" | "euros")
        {
            r.end += 1;
        }
        return;
    }
    if read_percent(toks, r) {
        return;
    }
    if read_named_currency(toks, r) {
        return;
    }
    if let Some(w) = tok_word(toks, j)
        && let Some((code, mult)) = lexicon::currency_word(w).filter(|_| {
            // "won" and "real" are words first; "p" only counts glued ("50p").
            w != "p" && (w != "won" || r.value >= 1000.0) && (w != "real" || r.value >= 1000.0)
        })
    {
        // "10 pounds of flour" weighs; it costs nothing.
        if !(w == "pound" || w == "pounds") || tok_word(toks, j + 1) != Some("of") {
            r.kind = Kind::Money;
            r.unit = Some(code.into());
            r.value *= mult;
            if let Some((lo, hi)) = r.low_high {
                r.low_high = Some((lo * mult, hi * mult));
            }
            r.end += 1;
        }
    } else if let Some(w) = tok_word(toks, j).filter(|w| matches!(*w, "cubic" | "square"))
        && let Some(name) = tok_word(toks, j + 1)
            .filter(|l| !lexicon::is_ambiguous_measure(l))
            .and_then(lexicon::measure)
            .filter(|m| lexicon::conversion(m).is_some_and(|(base, _)| base == "kilometre"))
    {
        // "1.5 million cubic metres", "200 square miles": an area or volume of a length unit.
        r.kind = Kind::Measure;
        r.unit = Some(format!("{w} {name}"));
        r.end += 2;
    } else if let Some(w) = tok_word(toks, j)
        && let Some(name) = lexicon::measure(w)
        && !lexicon::is_ambiguous_measure(w)
        && !(name == "second" && r.num.ordinal)
    {
        // "18 months", "1 year": a singular time unit after another number is an adjective
        // ("a 5 year plan"), not the figure's unit.
        let singular_ok = r.value == 1.0
            || !matches!(
                w,
                "year" | "day" | "week" | "month" | "hour" | "minute" | "second"
            );
        let glued_dash = toks.get(j - 1).is_some_and(|d| d.is_dash());
        // "a 40,000 to 50,000 year-old tool": an age after a range, written apart from it.
        let aged = toks
            .get(j + 1)
            .is_some_and(|d| d.is_dash() && !d.space_before)
            && tok_word(toks, j + 2).is_some_and(lexicon::is_compound_tail)
            && glued(toks, j + 2);
        if singular_ok || glued_dash || w.ends_with('s') || aged {
            r.kind = Kind::Measure;
            r.unit = Some(name.into());
            r.end += 1;
            // "200 km/h", "225 km per hour", "90 miles an hour": a length per hour is a speed.
            if let Some(per) = per_hour(toks, j + 1)
                && matches!(name, "kilometre" | "mile")
            {
                r.unit = Some(format!("{name} per hour"));
                r.end += per;
            }
            if aged && !singular_ok {
                r.compound = Some(name.into());
                r.end += 2;
            }
        }
    } else if let Some(t) = toks.get(j)
        && t.kind == TokKind::Punct
        && !t.space_before
        && lexicon::measure(t.text) == Some("degree")
    {
        // "2.0°C": the degree sign glued to the digits.
        r.kind = Kind::Measure;
        r.unit = Some("degree".into());
        r.end += 1;
    } else if r.currency.is_none()
        && r.kind == Kind::Count
        && let Some(code) = tok_word(toks, j).and_then(lexicon::currency_code)
    {
        r.kind = Kind::Money;
        r.unit = Some(code.into());
        r.end += 1;
    }
}

/// How many tokens from `k` say "per hour": "/h", "/hr", "per hour", "an hour", "a hour".
fn per_hour(toks: &[Tok], k: usize) -> Option<usize> {
    let word = |o: usize| tok_word(toks, k + o);
    let slash = toks
        .get(k)
        .is_some_and(|t| t.is_punct("/") && !t.space_before)
        && toks.get(k + 1).is_some_and(|t| !t.space_before)
        && matches!(word(1), Some("h" | "hr"));
    if slash {
        return Some(2);
    }
    (matches!(word(0), Some("per" | "an" | "a")) && word(1) == Some("hour")).then_some(2)
}

/// "was down 12 cents at A$71.40": cents are of the dollar or euro the sentence names, not the
/// US dollar they read as alone.
pub(super) fn cents_of_the_sentence(figures: &mut [Figure], toks: &[Tok]) {
    let named = figures
        .iter()
        .filter(|f| f.kind == Kind::Money && !is_cents(toks, f))
        .filter_map(|f| f.unit.clone())
        .find(|code| lexicon::has_cents(code));
    let Some(code) = named else {
        return;
    };
    for f in figures.iter_mut().filter(|f| is_cents(toks, f)) {
        f.unit = Some(code.clone());
    }
}

/// The figure's last word is "cents" or "cent".
fn is_cents(toks: &[Tok], f: &Figure) -> bool {
    f.kind == Kind::Money && matches!(tok_word(toks, f.last), Some("cents" | "cent"))
}

/// The temperature scale after a degree: "2 degrees Celsius", "2.0°C", "20 degrees F",
/// "minus 160 degrees centigrade". A one-letter scale is a capital ("C", "F").
pub(super) fn read_degree_scale(toks: &[Tok], r: &mut Reading) {
    if r.kind != Kind::Measure || r.unit.as_deref() != Some("degree") {
        return;
    }
    let Some(t) = toks.get(r.end).filter(|t| t.kind == TokKind::Word) else {
        return;
    };
    let letter = t.text.len() == 1;
    if let Some(name) = lexicon::degree_scale(&t.lower)
        && (!letter || t.is_capitalized())
    {
        r.unit = Some(name.into());
        r.end += 1;
    }
}

/// A currency named with its country's adjective after the numeral: "10 million Indian
/// rupees", "5 Australian dollars" (the whole name is listed among the currency words).
fn read_named_currency(toks: &[Tok], r: &mut Reading) -> bool {
    let j = r.end;
    let Some(country) = toks.get(j).filter(|t| t.is_word() && t.is_capitalized()) else {
        return false;
    };
    let Some((code, mult)) = tok_word(toks, j + 1)
        .and_then(|w| lexicon::currency_word(&format!("{} {w}", country.lower)))
    else {
        return false;
    };
    r.kind = Kind::Money;
    r.unit = Some(code.into());
    r.value *= mult;
    if let Some((lo, hi)) = r.low_high {
        r.low_high = Some((lo * mult, hi * mult));
    }
    r.end += 2;
    true
}

/// "76%", "5 per cent", "12 percent", "3 pc", "2 percentage points", "50 basis points", and a
/// fraction of a point: "half a percentage point", "a quarter of a percentage point".
fn read_percent(toks: &[Tok], r: &mut Reading) -> bool {
    // A fraction word before "a" or "of a": the point it is a part of.
    let fraction = !r.is_digits && r.value > 0.0 && r.value < 1.0;
    let article = match (tok_word(toks, r.end), tok_word(toks, r.end + 1)) {
        (Some("a"), _) if fraction => 1,
        (Some("of"), Some("a")) if fraction => 2,
        _ => 0,
    };
    let j = r.end + article;
    let points = |k: usize| matches!(tok_word(toks, k), Some("point" | "points"));
    if article > 0 && !(tok_word(toks, j) == Some("percentage") && points(j + 1)) {
        return false;
    }
    let (unit, len) = if toks.get(j).is_some_and(|n| n.is_punct("%")) {
        ("percent", 1)
    } else if tok_word(toks, j) == Some("per") && tok_word(toks, j + 1) == Some("cent") {
        ("percent", 2)
    } else if matches!(tok_word(toks, j), Some("percent" | "pc")) {
        ("percent", 1)
    } else if tok_word(toks, j) == Some("percentage")
        && matches!(tok_word(toks, j + 1), Some("point" | "points"))
    {
        ("percentage point", 2)
    } else if tok_word(toks, j) == Some("basis") && points(j + 1) {
        ("basis point", 2)
    } else {
        return false;
    };
    r.kind = Kind::Percent;
    r.unit = Some(unit.into());
    r.end += article + len;
    true
}

/// A vague count followed by "of" and a scale or money: "hundreds of millions", "millions of
/// pounds", "hundreds of millions of dollars".
pub(super) fn read_vague_of(toks: &[Tok], r: &mut Reading) {
    if r.num.vague.is_none() || tok_word(toks, r.end) != Some("of") {
        return;
    }
    if let Some(s) = tok_word(toks, r.end + 1).and_then(|w| match w {
        "millions" => Some(1e6),
        "billions" => Some(1e9),
        "thousands" => Some(1e3),
        _ => None,
    }) {
        r.value *= s;
        r.low_high = r.low_high.map(|(a, b)| (a * s, b * s));
        r.end += 2;
    }
    if let Some((code, _)) = tok_word(toks, r.end + 1)
        .and_then(lexicon::currency_word)
        .filter(|(_, m)| *m == 1.0)
    {
        r.kind = Kind::Money;
        r.unit = Some(code.into());
        r.end += 2;
    }
}

/// Compound adjectives: "28-point", "90-year-old", "600,000-person", "a 5,000-strong force"
/// (people), "fourth-largest" (the ordinal ranks the head noun after it). The glued noun is
/// the figure's unit and the noun phrase after it is what it describes. Money is left as it is
/// ("£5-a-head").
pub(super) fn read_compound(toks: &[Tok], r: &mut Reading) {
    let j = r.end;
    // An em dash glued on is a break, not a hyphen: "to only 19,000—a steep drop".
    if !(toks
        .get(j)
        .is_some_and(|d| d.is_dash() && d.text != "—" && !d.space_before)
        && glued(toks, j + 1))
    {
        return;
    }
    let Some(w) = tok_word(toks, j + 1) else {
        return;
    };
    if r.kind == Kind::Ordinal {
        r.end += 2;
        return;
    }
    // "a 10-fold rise", "four-fold": a factor.
    if lexicon::multiplicative(w).is_some_and(|(_, how)| how == lexicon::Multiplicative::Suffix)
        && r.kind == Kind::Count
    {
        r.kind = Kind::Measure;
        r.unit = Some("times".into());
        r.end = j + 2;
        return;
    }
    // "1 million-plus": more than the figure, not a compound.
    if w == "plus" {
        r.bound = crate::model::claim::Bound::MoreThan;
        r.end = j + 2;
        return;
    }
    // "twenty-two" is one numeral, read already; money is not a compound.
    if lexicon::cardinal_unit(w).is_some() || r.kind == Kind::Money {
        return;
    }
    let mut e = j + 2;
    // "90-year-old", "a 10-year-long"
    if toks.get(e).is_some_and(|d| d.is_dash() && !d.space_before)
        && tok_word(toks, e + 1).is_some_and(lexicon::is_compound_tail)
    {
        e += 2;
    }
    let name = lexicon::measure(w).map(str::to_string).unwrap_or_else(|| {
        if w == "strong" {
            "person".to_string()
        } else {
            noun_lemma(w)
        }
    });
    if r.kind != Kind::Percent {
        r.kind = if lexicon::measure(w).is_some() {
            Kind::Measure
        } else {
            Kind::Count
        };
        r.compound = Some(name.clone());
        r.unit = Some(name);
    }
    r.end = e;
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_fig, figs, figures, no_figures};
    use super::*;
    use crate::text::token::tokenize;

    #[test]
    fn currency_prefixes() {
        let toks = tokenize("US$5m", 0);
        assert_eq!(currency_prefix(&toks, 0), Some(("USD", 2)));
        let toks = tokenize("A$3bn", 0);
        assert_eq!(currency_prefix(&toks, 0), Some(("AUD", 2)));
        let toks = tokenize("£600m", 0);
        assert_eq!(currency_prefix(&toks, 0), Some(("GBP", 1)));
        let toks = tokenize("USD 5m", 0);
        assert_eq!(currency_prefix(&toks, 0), Some(("USD", 1)));
        // A lower-case code is a word: "usd 5" is not read as a prefix.
        let toks = tokenize("usd 5", 0);
        assert_eq!(currency_prefix(&toks, 0), None);
        let toks = tokenize("$US12,400,000", 0);
        assert_eq!(currency_prefix(&toks, 0), Some(("USD", 2)));
        let toks = tokenize("RM49 a month", 0);
        assert_eq!(currency_prefix(&toks, 0), Some(("MYR", 1)));
        let toks = tokenize("Rs 500", 0);
        assert_eq!(currency_prefix(&toks, 0), Some(("INR", 1)));
        // A symbol with a space after it prefixes nothing.
        let toks = tokenize("$ 5", 0);
        assert_eq!(currency_prefix(&toks, 0), None);
    }

    #[test]
    fn digits_scales_money_percent() {
        assert_fig(
            "profits jumped to $1.13bn.",
            "$1.13bn",
            1.13e9,
            "exact",
            "USD",
        );
        assert_fig("a fee of £600m was paid", "£600m", 6e8, "exact", "GBP");
        assert_fig(
            "sales rose 76% on the year",
            "76%",
            76.0,
            "exact",
            "percent",
        );
        assert_fig(
            "some 1.5 million people fled",
            "1.5 million",
            1.5e6,
            "approx",
            "person",
        );
        assert_fig(
            "unemployment fell 5 per cent",
            "5 per cent",
            5.0,
            "exact",
            "percent",
        );
        assert_fig("it cost 50p more", "50p", 0.5, "exact", "GBP");
        assert_fig(
            "house prices rose 3pc in a year",
            "3pc",
            3.0,
            "exact",
            "percent",
        );
        assert_fig(
            "worth 100 trillion won",
            "100 trillion won",
            1e14,
            "exact",
            "KRW",
        );
        assert_fig("a US$5m deal", "US$5m", 5e6, "exact", "USD");
        assert_fig(
            "The firm paid $US12,400,000 for it",
            "$US12,400,000",
            12.4e6,
            "exact",
            "USD",
        );
        assert_fig("It made A$3.2m last year", "A$3.2m", 3.2e6, "exact", "AUD");
        assert_fig(
            "It raised US$88 million",
            "US$88 million",
            88e6,
            "exact",
            "USD",
        );
        assert_fig("The shop earned HK$2.1m", "HK$2.1m", 2.1e6, "exact", "HKD");
        assert_fig("The plan costs RM49 a month", "RM49", 49.0, "exact", "MYR");
        assert_fig("a fine of Rs 5 crore", "Rs 5 crore", 5e7, "exact", "INR");
        assert_fig("sold for NZ$1.5bn", "NZ$1.5bn", 1.5e9, "exact", "NZD");
        assert_fig("The council spent £4m", "£4m", 4e6, "exact", "GBP");
        // The minor unit is converted to the main one: pence to pounds, cents to dollars.
        assert_fig("Shares closed at 245p", "245p", 2.45, "exact", "GBP");
        assert_fig("The stock fell to 97.5p", "97.5p", 0.975, "exact", "GBP");
        assert_fig("A stamp costs 45 cents", "45 cents", 0.45, "exact", "USD");
        assert_fig(
            "Rates were cut to 2.75pc",
            "2.75pc",
            2.75,
            "exact",
            "percent",
        );
    }

    #[test]
    fn glued_letters_that_are_no_unit_make_no_figure() {
        // A decade, and a name with digits in it.
        no_figures("in the 1990s");
        no_figures("the 3G network");
        // A glued measure is read: "a 5km run".
        assert_fig("a 5km run", "5km", 5.0, "exact", "kilometre");
    }

    #[test]
    fn percentage_points_and_measures() {
        assert_fig(
            "rates rose 2 percentage points",
            "2 percentage points",
            2.0,
            "exact",
            "percentage point",
        );
        assert_fig(
            "cut rates by half a percentage point",
            "half a percentage point",
            0.5,
            "exact",
            "percentage point",
        );
        assert_fig(
            "a quarter of a percentage point",
            "a quarter of a percentage point",
            0.25,
            "exact",
            "percentage point",
        );
        assert_fig(
            "cut by 50 basis points",
            "50 basis points",
            50.0,
            "exact",
            "basis point",
        );
        // "half a million" is a number, not a point.
        assert_fig(
            "half a million people",
            "half a million",
            500_000.0,
            "exact",
            "person",
        );
        assert_fig(
            "winds of 200 km/h",
            "200 km/h",
            200.0,
            "exact",
            "kilometre per hour",
        );
        assert_fig(
            "gusts of 90 miles an hour",
            "90 miles an hour",
            90.0,
            "exact",
            "mile per hour",
        );
        assert_fig(
            "the fire burned for 18 hours",
            "18 hours",
            18.0,
            "exact",
            "hour",
        );
        // "won" is a currency only for large amounts: "they won 3 games" won nothing.
        let f = &figures("they won 3 games")[0];
        assert_eq!(f.kind, Kind::Count);
        // "10 pounds of flour" is a weight, not money.
        let f = &figures("she bought 10 pounds of flour")[0];
        assert_ne!(f.kind, Kind::Money);
    }

    #[test]
    fn cents_are_of_the_dollar_the_sentence_names() {
        let got = figs("Shares were down 12 cents at A$71.40");
        assert_eq!(got[0].3, "AUD");
        assert_eq!(got[0].1, 0.12);
        let got = figs("the euro rose 2 cents to €1.10");
        assert_eq!(got[0].3, "EUR");
        // Alone, or beside a currency that has no cents, they are US cents.
        assert_eq!(figs("A stamp costs 45 cents")[0].3, "USD");
        assert_eq!(figs("up 5 cents while £3 was paid")[0].3, "USD");
    }

    #[test]
    fn units_glued_to_numbers() {
        assert_fig(
            "The car has 503bhp",
            "503bhp",
            503.0,
            "exact",
            "brake horsepower",
        );
        assert_fig("It has a 1.5l engine", "1.5l", 1.5, "exact", "litre");
        assert_fig("The screen runs at 144Hz", "144Hz", 144.0, "exact", "hertz");
        assert_fig(
            "The phone has 128GB of storage",
            "128GB",
            128.0,
            "exact",
            "gigabyte",
        );
        assert_fig(
            "The car reaches 130mph",
            "130mph",
            130.0,
            "exact",
            "mile per hour",
        );
        assert_fig("a 300hp motor", "300hp", 300.0, "exact", "horsepower");
        assert_fig("It has a 4.0 litre V8", "4.0 litre", 4.0, "exact", "litre");
        // A spaced "l" is no litre.
        assert_ne!(figures("plan 5 l of")[0].unit.as_deref(), Some("litre"));
    }

    #[test]
    fn a_race_is_run_over_metres() {
        assert_fig("She won the 60m hurdles", "60m", 60.0, "exact", "metre");
        assert_fig("his second 800m title", "800m", 800.0, "exact", "metre");
        for s in [
            "the women's 1500m in Birmingham",
            "the men’s 200m on Sunday",
        ] {
            let f = &figures(s)[0];
            assert_eq!(f.unit.as_deref(), Some("metre"), "{s}");
        }
        // Money and other counts stay millions.
        assert_fig("a £100m title deal", "£100m", 1e8, "exact", "GBP");
        assert_fig("it sold 100m records", "100m", 1e8, "exact", "record");
        assert_fig("1.5m runners took part", "1.5m", 1.5e6, "exact", "runner");
    }

    #[test]
    fn degrees_and_their_scales() {
        assert_fig(
            "warming rose 3.6degF",
            "3.6degF",
            3.6,
            "exact",
            "degree Fahrenheit",
        );
        assert_fig(
            "it reached 2.0°C here",
            "2.0°C",
            2.0,
            "exact",
            "degree Celsius",
        );
        assert_fig(
            "a high of 75°F today",
            "75°F",
            75.0,
            "exact",
            "degree Fahrenheit",
        );
        assert_fig(
            "cooled to 160 degrees centigrade",
            "160 degrees centigrade",
            160.0,
            "exact",
            "degree Celsius",
        );
        assert_fig("a 30° angle", "30°", 30.0, "exact", "degree");
        assert_fig(
            "Temperatures hit 40.3C in Lincolnshire",
            "40.3C",
            40.3,
            "exact",
            "degree Celsius",
        );
        assert_fig(
            "a high of 104F",
            "104F",
            104.0,
            "exact",
            "degree Fahrenheit",
        );
        // A lower-case letter after degrees is a word, not a scale.
        assert_fig(
            "turned 90 degrees c then",
            "90 degrees",
            90.0,
            "exact",
            "degree",
        );
    }

    #[test]
    fn vague_counts_of_scales_and_money() {
        let f = &figures("hundreds of millions of dollars were lost")[0];
        assert_eq!((f.kind, f.unit.as_deref()), (Kind::Money, Some("USD")));
        assert_eq!((f.low, f.high), (Some(200e6), Some(999e6)));
        let f = &figures("millions of pounds were spent")[0];
        assert_eq!((f.kind, f.unit.as_deref()), (Kind::Money, Some("GBP")));
    }

    #[test]
    fn a_currency_named_with_its_country() {
        assert_fig(
            "compensation of 10 million Indian rupees for every victim",
            "10 million Indian rupees",
            1e7,
            "exact",
            "INR",
        );
        assert_fig(
            "it cost 5 Australian dollars",
            "5 Australian dollars",
            5.0,
            "exact",
            "AUD",
        );
        // A demonym before a counted noun is no currency.
        assert_fig(
            "with 53 British passengers",
            "53",
            53.0,
            "exact",
            "passenger",
        );
    }

    #[test]
    fn areas_and_volumes_of_a_length_unit() {
        assert_fig(
            "more than 1.5 million cubic metres of water",
            "1.5 million cubic metres",
            1.5e6,
            "more_than",
            "cubic metre",
        );
        assert_fig(
            "fires burned 200 square miles",
            "200 square miles",
            200.0,
            "exact",
            "square mile",
        );
    }

    #[test]
    fn compound_adjectives() {
        assert_fig("the 28-point plan", "28-point", 28.0, "exact", "point");
        assert_fig(
            "a 600,000-person limit",
            "600,000-person",
            600000.0,
            "exact",
            "person",
        );
        assert_fig(
            "a nine-story residential building",
            "nine-story",
            9.0,
            "exact",
            "story",
        );
        assert_fig(
            "a 90-year-old resident",
            "90-year-old",
            90.0,
            "exact",
            "year",
        );
        assert_fig(
            "the nearly four-year war",
            "four-year",
            4.0,
            "less_than",
            "year",
        );
        assert_fig(
            "a 5,000-strong force",
            "5,000-strong",
            5000.0,
            "exact",
            "person",
        );
        assert_fig(
            "the fourth-largest Ukrainian drone attack",
            "fourth-largest",
            4.0,
            "exact",
            "attack",
        );
        // "1 million-plus" is more than a million, not a compound.
        let f = &figures("an estimated 1 million-plus protesters")[0];
        assert_eq!(
            (f.value, f.bound),
            (1e6, crate::model::claim::Bound::MoreThan)
        );
        assert_eq!(f.unit.as_deref(), Some("protester"));
        // The compound's noun is the unit; the phrase after it is what it describes.
        let f = &figures("the 28-point plan")[0];
        assert!(f.compound);
        assert_eq!(f.counted.as_ref().unwrap().head.as_deref(), Some("plan"));
        // An em dash glued between the figure and the next word is a break.
        let f = &figures("cut to only 19,000—a steep drop")[0];
        assert!(!f.compound);
        assert_eq!((f.value, f.unit.as_deref()), (19000.0, None));
    }
}
