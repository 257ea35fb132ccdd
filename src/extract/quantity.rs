//! Quantities: finding figures in a sentence and reading their value, bound and unit.
//!
//! One left-to-right pass over the tokens. At each position we try, in order: a currency
//! prefix, a numeral (digits, spelled, vague count, fraction, ordinal), then what may follow it
//! (scale, percent, currency word, measure, compound adjective such as `28-point`, a second
//! numeral making a range). Then we look left for a hedge (`at least`, `more than`, `nearly`)
//! and right for the counted noun phrase. Digits inside date expressions, times of day, names
//! (`Windows 95`, `G8`) and sport scores (`2-1`) are not figures and are skipped.

use super::number::{parse_digits, spelled_at};
use super::units;
use crate::lexicon::{self, ordinal_word, scale_suffix, scale_word};
use crate::model::claim::{Bound, Counted, Kind};
use crate::text::normalize::noun_lemma;
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
}

/// The model's bound for a hedge's bound as the lexicon names it.
fn bound_named(name: &str) -> Bound {
    match name {
        "at_least" => Bound::AtLeast,
        "at_most" => Bound::AtMost,
        "more_than" => Bound::MoreThan,
        "less_than" => Bound::LessThan,
        "approx" => Bound::Approx,
        other => panic!("lexicon: hedges.tsv names an unknown bound {other:?}"),
    }
}

fn tok_word<'t>(toks: &'t [Tok], i: usize) -> Option<&'t str> {
    toks.get(i)
        .filter(|t| t.kind == TokKind::Word)
        .map(|t| t.lower.as_str())
}

fn glued(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| !t.space_before)
}

/// A numeral at `i`: value, index after it, kind hint, vague range.
struct Numeral {
    value: f64,
    end: usize,
    ordinal: bool,
    vague: Option<(f64, f64)>,
    fraction: bool,
}

fn numeral_at(toks: &[Tok], i: usize) -> Option<Numeral> {
    let t = toks.get(i)?;
    let plain = |value, end| Numeral {
        value,
        end,
        ordinal: false,
        vague: None,
        fraction: false,
    };
    if t.kind == TokKind::Number {
        let v = parse_digits(t.text)?;
        // Digit ordinal: 4th, 21st
        if let Some(s) = tok_word(toks, i + 1)
            && glued(toks, i + 1)
            && lexicon::is_ordinal_suffix(s)
        {
            return Some(Numeral {
                ordinal: true,
                ..plain(v, i + 2)
            });
        }
        return Some(plain(v, i + 1));
    }
    if t.kind != TokKind::Word {
        return None;
    }
    let w = t.lower.as_str();
    let next = tok_word(toks, i + 1);
    // Vague counts.
    let vague = |lo: f64, hi: f64, end: usize| {
        Some(Numeral {
            value: lo,
            end,
            ordinal: false,
            vague: Some((lo, hi)),
            fraction: false,
        })
    };
    match w {
        "dozens" => return vague(24.0, 99.0, i + 1),
        "scores" if next == Some("of") => return vague(40.0, 99.0, i + 1),
        "hundreds" => {
            if next == Some("of") && tok_word(toks, i + 2) == Some("thousands") {
                return vague(200_000.0, 999_999.0, i + 3);
            }
            return vague(200.0, 999.0, i + 1);
        }
        "thousands" => return vague(2000.0, 9999.0, i + 1),
        "tens" if next == Some("of") && tok_word(toks, i + 2) == Some("thousands") => {
            return vague(20_000.0, 99_999.0, i + 3);
        }
        "tens" if next == Some("of") && tok_word(toks, i + 2) == Some("millions") => {
            return vague(20e6, 99e6, i + 3);
        }
        "millions" => return vague(2e6, 9_999_999.0, i + 1),
        "billions" => return vague(2e9, 9_999_999_999.0, i + 1),
        "several" => {
            if let Some(s) = next.and_then(scale_word) {
                return vague(3.0 * s, 9.0 * s, i + 2);
            }
            return vague(3.0, 9.0, i + 1);
        }
        "few" => {
            // "a few", "the last few"; bare "few" means "not many".
            let prev = i.checked_sub(1).and_then(|p| tok_word(toks, p));
            if matches!(prev, Some("last" | "past" | "next" | "first" | "few")) {
                return vague(3.0, 5.0, i + 1).map(|mut n| {
                    n.vague = Some((2.0, 5.0));
                    n
                });
            }
            return None;
        }
        "a" if next == Some("few") => {
            if let Some(s) = tok_word(toks, i + 2).and_then(scale_word) {
                return vague(2.0 * s, 5.0 * s, i + 3).map(|mut n| {
                    n.value = 3.0 * s;
                    n
                });
            }
            return Some(Numeral {
                value: 3.0,
                end: i + 2,
                ordinal: false,
                vague: Some((2.0, 5.0)),
                fraction: false,
            });
        }
        "a" if next == Some("couple") => {
            let end = if tok_word(toks, i + 2) == Some("of") {
                i + 3
            } else {
                i + 2
            };
            return Some(plain(2.0, end));
        }
        "half" => {
            let n = tok_word(toks, i + 1);
            if n == Some("a") && tok_word(toks, i + 2).and_then(scale_word).is_some() {
                // "half a million": the spelled parser below handles it.
            } else if matches!(
                n,
                Some("of" | "the" | "its" | "their" | "his" | "her" | "all" | "an" | "a")
            ) {
                let prev = i.checked_sub(1).and_then(|p| tok_word(toks, p));
                if !matches!(prev, Some("first" | "second" | "the" | "this" | "a")) {
                    return Some(Numeral {
                        value: 0.5,
                        end: i + 1,
                        ordinal: false,
                        vague: None,
                        fraction: true,
                    });
                }
                return None;
            } else {
                return None;
            }
        }
        _ => {}
    }
    // Fractions: "a third of", "two-thirds", "three-quarters", "a quarter of".
    if let Some(n) = fraction_at(toks, i) {
        return Some(n);
    }
    if let Some(v) = ordinal_word(w) {
        return Some(Numeral {
            ordinal: true,
            ..plain(v, i + 1)
        });
    }
    let (v, end) = spelled_at(toks, i)?;
    Some(plain(v, end))
}

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
        value: num / den,
        end: den_at + 1,
        ordinal: false,
        vague: None,
        fraction: true,
    })
}

fn currency_prefix(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
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
    if t.kind == TokKind::Punct
        && let Some(code) = lexicon::currency_symbol(t.text, None)
        && glued(toks, i + 1)
    {
        return Some((code, i + 1));
    }
    if t.kind == TokKind::Word
        && let Some(code) = lexicon::currency_code(&t.lower)
        && t.text.chars().all(|c| c.is_uppercase())
        && toks.get(i + 1).is_some_and(|n| n.kind == TokKind::Number)
    {
        return Some((code, i + 1));
    }
    None
}

/// Is token `i` part of a name like "Windows 95", "Channel 4", "G8"?
fn looks_like_name(toks: &[Tok], i: usize, first: usize) -> bool {
    let t = &toks[i];
    if t.kind != TokKind::Number {
        return false;
    }
    // Letters glued after the digits that are not a suffix we read: "3G", "1Xtra", "4x4".
    if let Some(n) = toks.get(i + 1)
        && !n.space_before
        && n.kind == TokKind::Word
        && lexicon::is_ordinal_suffix(&n.lower)
    {
        return false;
    }
    if first == i
        && let Some(p) = i.checked_sub(1).map(|p| &toks[p])
        && p.is_capitalized()
        && !t.text.contains(',')
        && t.text.len() <= 4
        && !lexicon::is_capital_function_word(&p.lower)
        && lexicon::month(&p.lower).is_none()
        && i >= 2
    {
        // "Mr Zelensky said 20" has a lower-case verb before; a capitalized word right before a
        // number is a name unless a unit-like word follows.
        let next_is_unit = toks.get(i + 1).is_some_and(|n| {
            n.is_punct("%")
                || lexicon::measure(&n.lower).is_some()
                || scale_word(&n.lower).is_some()
                || (n.kind == TokKind::Word && !n.space_before && scale_suffix(&n.lower).is_some())
        });
        return !next_is_unit;
    }
    false
}

fn is_score(toks: &[Tok], a: f64, b: f64, dash: usize) -> bool {
    let small = a.fract() == 0.0 && b.fract() == 0.0 && a < 200.0 && b < 200.0;
    if !small {
        return false;
    }
    let after = tok_word(toks, dash + 2).unwrap_or("");
    let before = dash
        .checked_sub(2)
        .and_then(|p| tok_word(toks, p))
        .unwrap_or("");
    let context = lexicon::is_score_word_after(after) || lexicon::is_score_word_before(before);
    a >= b || context
}

/// Find every figure in a sentence. `masked` spans (dates, times) are skipped.
pub fn find_figures(toks: &[Tok], masked: &[Span]) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    let mut i = 0;
    let in_mask = |t: &Tok| masked.iter().any(|m| m.overlaps(t.span));
    while i < toks.len() {
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
    apply_shared_hedges(&mut out, toks);
    out
}

/// "more than $20bn (£11bn)": a bracketed conversion takes the hedge of the figure before it.
fn apply_shared_hedges(figures: &mut [Figure], toks: &[Tok]) {
    for k in 1..figures.len() {
        let (prev, cur) = figures.split_at_mut(k);
        let (p, c) = (&prev[k - 1], &mut cur[0]);
        if c.hedge.is_none()
            && p.hedge.is_some()
            && c.kind == Kind::Money
            && p.kind == Kind::Money
            && c.first == p.last + 2
            && toks[p.last + 1].is_punct("(")
        {
            c.hedge = p.hedge.clone();
            c.bound = p.bound;
            set_interval(c);
        }
    }
}

fn set_interval(f: &mut Figure) {
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

fn figure_at(toks: &[Tok], i: usize, masked: &[Span]) -> Option<Figure> {
    let t = &toks[i];
    // Skip words glued to letters before ("MP3" is one token already); digits glued after a
    // letter-word ("Xbox2"?) do not occur because such tokens are words.
    if t.kind == TokKind::Number && i > 0 && !t.space_before {
        let p = &toks[i - 1];
        if p.kind == TokKind::Word || p.is_punct("/") || p.is_punct(".") || p.is_punct(":") {
            return None;
        }
        if p.is_dash() && i >= 2 && toks[i - 2].kind == TokKind::Number {
            return None; // second half of a range or score already handled
        }
        if p.is_dash()
            && i >= 2
            && toks[i - 2].kind == TokKind::Word
            && !toks[i - 1].space_before
            && toks[i - 2].is_capitalized()
        {
            return None; // model codes: "QV-10", "CDP-101"
        }
    }
    let (currency, start) = match currency_prefix(toks, i) {
        Some((code, at)) => (Some(code), at),
        None => (None, i),
    };
    let num = numeral_at(toks, start)?;
    if looks_like_name(toks, start, start) {
        return None;
    }
    // Labels, not amounts: "series 3", "model 10", "route 66", "article 50".
    if toks[start].kind == TokKind::Number
        && start > 0
        && lexicon::is_label_noun(&toks[start - 1].lower)
    {
        return None;
    }
    let mut j = num.end;
    let mut value = num.value;
    let mut kind = if num.ordinal {
        Kind::Ordinal
    } else if num.fraction {
        Kind::Fraction
    } else {
        Kind::Count
    };
    let mut unit: Option<String> = currency.map(str::to_string);
    if currency.is_some() {
        kind = Kind::Money;
    }
    let is_digits = toks[start].kind == TokKind::Number;
    // Slash forms: 24/7, 9/11, 06/05 — not figures.
    if is_digits
        && toks
            .get(j)
            .is_some_and(|n| n.is_punct("/") && !n.space_before)
        && glued(toks, j + 1)
    {
        return None;
    }
    // Glued suffixes after digits.
    if is_digits
        && !num.ordinal
        && let Some(s) = toks
            .get(j)
            .filter(|n| !n.space_before && n.kind == TokKind::Word)
    {
        {
            if let Some(m) = scale_suffix(&s.lower) {
                // "100m" without currency in a race is metres; news "m" is million.
                value *= m;
                j += 1;
            } else if s.lower == "p" && currency.is_none() {
                value *= 0.01;
                unit = Some("GBP".into());
                kind = Kind::Money;
                j += 1;
            } else if let Some(name) = units::glued_measure(&s.lower) {
                unit = Some(name.into());
                kind = Kind::Measure;
                j += 1;
            } else if s.lower == "s" && value >= 10.0 {
                return None; // decades: 1990s, 80s
            } else {
                return None; // 3G, 1Xtra, 4x4: a name, not a figure
            }
        }
    }
    // Scale words: "1.5 million", "two million" (spelled scale handled in numeral), "$2 bn".
    if kind != Kind::Ordinal
        && let Some(w) = tok_word(toks, j)
    {
        if let Some(s) =
            scale_word(w).filter(|s| *s >= 1e3 && !(num.vague.is_some() && value >= 1e3))
        {
            value *= s;
            j += 1;
        } else if is_digits
            && let Some(s) = scale_suffix(w).filter(|_| matches!(w, "bn" | "tn" | "mn"))
        {
            value *= s;
            j += 1;
        }
    }
    let mut low_high = num.vague;
    if let Some((lo, hi)) = low_high {
        let scale = if num.vague.is_some() && value != num.value && num.value != 0.0 {
            value / num.value
        } else {
            1.0
        };
        low_high = Some((lo * scale, hi * scale));
    }
    let mut bound = if num.vague.is_some() {
        Bound::Range
    } else {
        Bound::Exact
    };
    // Ranges: "10-15%", "10 to 15", "between 10 and 15", "40 or 50".
    let mut range_end = None;
    if !num.ordinal
        && !num.fraction
        && num.vague.is_none()
        && let Some(r) = range_after(toks, i, j, masked, is_digits)
    {
        {
            let is_dash_sep = toks[j].is_dash();
            // "1.5-2 million": the scale of the second applies to an unscaled first.
            let first = if value == num.value && r.scale > 1.0 && num.value < r.unscaled {
                value * r.scale
            } else {
                value
            };
            if is_dash_sep
                && currency.is_none()
                && !r.currency
                && is_score(toks, first, r.value, j)
                && !next_is_percent(toks, r.end)
            {
                return None;
            }
            if r.value > first {
                value = first;
                bound = Bound::Range;
                low_high = Some((first, r.value));
                range_end = Some(r.end);
            }
        }
    }
    if let Some(e) = range_end {
        j = e;
    }
    // Percent, currency words, measures after the numeral.
    if kind != Kind::Money && kind != Kind::Ordinal {
        if toks.get(j).is_some_and(|n| n.is_punct("%")) {
            kind = Kind::Percent;
            unit = Some("percent".into());
            j += 1;
        } else if tok_word(toks, j) == Some("per") && tok_word(toks, j + 1) == Some("cent") {
            kind = Kind::Percent;
            unit = Some("percent".into());
            j += 2;
        } else if matches!(tok_word(toks, j), Some("percent" | "pc")) {
            kind = Kind::Percent;
            unit = Some("percent".into());
            j += 1;
        } else if tok_word(toks, j) == Some("percentage")
            && matches!(tok_word(toks, j + 1), Some("point" | "points"))
        {
            kind = Kind::Percent;
            unit = Some("percentage point".into());
            j += 2;
        } else if let Some(w) = tok_word(toks, j)
            && let Some((code, mult)) = lexicon::currency_word(w).filter(|_| {
                w != "p" && (w != "won" || value >= 1000.0) && (w != "real" || value >= 1000.0)
            })
        {
            if !(w == "pound" || w == "pounds") || tok_word(toks, j + 1) != Some("of") {
                kind = Kind::Money;
                unit = Some(code.into());
                value *= mult;
                if let Some((lo, hi)) = low_high {
                    low_high = Some((lo * mult, hi * mult));
                }
                j += 1;
            }
        } else if let Some(w) = tok_word(toks, j)
            && let Some(name) = lexicon::measure(w)
            && !lexicon::is_ambiguous_measure(w)
            && !(name == "second" && num.ordinal)
        {
            let singular_ok = value == 1.0
                || !matches!(
                    w,
                    "year" | "day" | "week" | "month" | "hour" | "minute" | "second"
                );
            let glued_dash = toks.get(j - 1).is_some_and(|d| d.is_dash());
            if singular_ok || glued_dash || w.ends_with('s') {
                kind = Kind::Measure;
                unit = Some(name.into());
                j += 1;
            }
        } else if currency.is_none()
            && kind == Kind::Count
            && let Some(code) = tok_word(toks, j).and_then(lexicon::currency_code)
        {
            kind = Kind::Money;
            unit = Some(code.into());
            j += 1;
        }
    } else if kind == Kind::Money
        && let Some(w) = tok_word(toks, j)
        && matches!(w, "dollars" | "pounds" | "euros")
    {
        j += 1;
    }
    // A range written with the unit on both ends: "between 4.7% and 4.8%", "5%-6%".
    if bound == Bound::Exact
        && kind == Kind::Percent
        && let Some(r) = range_after(toks, i, j, masked, is_digits)
        && next_is_percent(toks, r.end)
        && r.value > value
    {
        bound = Bound::Range;
        low_high = Some((value, r.value));
        j = if toks[r.end].is_punct("%") {
            r.end + 1
        } else {
            r.end + 2
        };
    }
    // Vague count followed by "of" + money or scale: "millions of pounds", "hundreds of millions".
    if num.vague.is_some() && tok_word(toks, j) == Some("of") {
        if let Some(s) = tok_word(toks, j + 1).and_then(|w| match w {
            "millions" => Some(1e6),
            "billions" => Some(1e9),
            "thousands" => Some(1e3),
            _ => None,
        }) {
            value *= s;
            low_high = low_high.map(|(a, b)| (a * s, b * s));
            j += 2;
        }
        if let Some((code, _)) = tok_word(toks, j + 1)
            .and_then(lexicon::currency_word)
            .filter(|(_, m)| *m == 1.0)
        {
            kind = Kind::Money;
            unit = Some(code.into());
            j += 2;
        }
    }
    // Compound adjectives: "28-point", "90-year-old", "600,000-person", "fourth-largest".
    let mut compound: Option<String> = None;
    if toks.get(j).is_some_and(|d| d.is_dash() && !d.space_before)
        && glued(toks, j + 1)
        && let Some(w) = tok_word(toks, j + 1)
    {
        if kind == Kind::Ordinal {
            // fourth-largest, second-biggest: the ordinal ranks the head noun.
            j += 2;
        } else if lexicon::cardinal_unit(w).is_none()
            && tok_word(toks, j + 1).is_some()
            && kind != Kind::Money
        {
            let mut e = j + 2;
            // "90-year-old", "a 10-year-long"
            if toks.get(e).is_some_and(|d| d.is_dash() && !d.space_before)
                && matches!(
                    tok_word(toks, e + 1),
                    Some("old" | "long" | "strong" | "high" | "wide" | "deep" | "plus")
                )
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
            if kind != Kind::Percent {
                kind = if lexicon::measure(w).is_some() {
                    Kind::Measure
                } else {
                    Kind::Count
                };
                compound = Some(name.clone());
                unit = Some(name);
            }
            j = e;
        }
    } else if kind == Kind::Money
        && toks.get(j).is_some_and(|d| d.is_dash() && !d.space_before)
        && tok_word(toks, j + 1).is_some_and(|w| matches!(w, "a" | "per"))
    {
        // "£5-a-head": leave it.
    }
    // "one in 50", "three in 10": a proportion.
    if kind == Kind::Count
        && j == num.end
        && tok_word(toks, j) == Some("in")
        && let Some(n2) =
            numeral_at(toks, j + 1).filter(|n| !n.ordinal && n.vague.is_none() && !n.fraction)
        && n2.value > value
        && value >= 1.0
    {
        value /= n2.value;
        kind = Kind::Fraction;
        j = n2.end;
    }
    // "one" as a pronoun: "one of", "no one", "an easier one", "the one".
    if toks[start].is("one") && j == start + 1 && kind == Kind::Count && !has_hedge(toks, start) {
        let next = tok_word(toks, j);
        let prev = start.checked_sub(1).and_then(|p| tok_word(toks, p));
        let pronoun = next
            .is_none_or(|n| lexicon::is_phrase_stop(n) || n == "another" || n == "day")
            || matches!(
                prev,
                Some(
                    "no" | "the"
                        | "any"
                        | "every"
                        | "each"
                        | "this"
                        | "that"
                        | "which"
                        | "someone"
                        | "an"
                        | "a"
                        | "only"
                )
            );
        if pronoun {
            return None;
        }
    }
    // Ordinal words rank a noun ("second chamber", "third place", "fourth in the league");
    // as adverbs ("at first", "First came") or names ("the Second Chamber") they are not
    // figures, and "the first six months" frames the figure that follows.
    if kind == Kind::Ordinal {
        let prev = start.checked_sub(1).and_then(|p| tok_word(toks, p));
        let next_tok = toks.get(j);
        let next_word = tok_word(toks, j);
        let noun_after = next_word.is_some_and(|n| {
            !lexicon::is_phrase_stop(n)
                && !lexicon::is_past_form(n)
                && !n.ends_with("ly")
                && numeral_at(toks, j).is_none()
                && n != "century"
        }) || matches!(next_word, Some("time" | "year" | "half" | "round"));
        // Digit ordinals are unambiguous ("Newcastle 14th in", "(23rd)"); words need context.
        let ranked = (matches!(next_word, Some("in" | "place" | "among" | "on")) && j == start + 1)
            || toks[start].kind == TokKind::Number
            || (prev == Some("the")
                && next_tok
                    .is_some_and(|t| t.kind == TokKind::Punct && matches!(t.text, "\"" | "“")));
        let name = toks[start].is_capitalized()
            && start > 0
            && next_tok.is_some_and(|t| t.is_capitalized());
        let century = next_word == Some("century");
        let adverb = prev == Some("at") || (prev == Some("one") && next_word == Some("of"));
        if name || century || adverb || !(noun_after || ranked) {
            return None;
        }
        if prev == Some("the")
            && tok_word(toks, start.saturating_sub(2)) == Some("of")
            && tok_word(toks, start.saturating_sub(3)) == Some("one")
        {
            return None; // "one of the first"
        }
    }
    // Spelled numbers inside names: "One World Project", "RBS Six Nations", "BBC Two".
    if toks[start].kind == TokKind::Word
        && toks[start].is_capitalized()
        && start > 0
        && kind != Kind::Ordinal
        && (toks.get(j).is_some_and(|t| t.is_capitalized())
            || toks[start - 1].is_capitalized()
                && !lexicon::is_capital_function_word(&toks[start - 1].lower))
    {
        return None;
    }
    // Chart positions ("top 20 singles") and addresses ("10 Downing Street") are names.
    if start > 0
        && toks[start - 1].is("top")
        && toks[start - 1].text == "top"
        && kind == Kind::Count
    {
        return None;
    }
    if toks.get(j).is_some_and(|t| t.is_capitalized())
        && toks
            .get(j + 1)
            .is_some_and(|t| lexicon::is_street_word(t.text))
    {
        return None;
    }
    // Bare spelled numbers with nothing after that looks counted are usually fine ("killed
    // seven"), but lone vague words like "several" need a noun.
    if num.vague.is_some()
        && toks[start].is("several")
        && j == start + 1
        && tok_word(toks, j).is_none()
    {
        return None;
    }
    // Digits with a trailing "." starting a list ("1.") are not figures.
    let last = j - 1;
    let span = toks[i].span.cover(toks[last].span);
    let hedge = find_hedge(toks, i);
    if let Some((_, b, _)) = &hedge
        && bound != Bound::Range
    {
        bound = *b;
    }
    // "no one", "none" are not figures; a hedge like "over" before a verb is not a hedge —
    // accepted imprecision.
    let mut figure = Figure {
        span,
        first: i,
        last,
        hedge: hedge.map(|(text, _, span)| (text, span)),
        value,
        low: None,
        high: None,
        bound,
        kind,
        unit,
        counted: None,
        phrase_end: j,
        compound: compound.is_some()
            || (kind == Kind::Ordinal
                && toks.get(last).is_some_and(|t| t.kind == TokKind::Word)
                && last > start),
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
    // The counted noun phrase.
    let (counted, end) = counted_after(toks, j, &figure, compound.as_deref());
    if let Some(c) = &counted
        && figure.unit.is_none()
        && matches!(figure.kind, Kind::Count | Kind::Ordinal | Kind::Fraction)
        && !c.lemmas.is_empty()
    {
        figure.unit = Some(c.lemmas.join(" and "));
    }
    figure.counted = counted;
    figure.phrase_end = end;
    Some(figure)
}

/// The second end of a range after a figure ending at token `j`.
struct RangeEnd {
    value: f64,
    unscaled: f64,
    scale: f64,
    end: usize,
    currency: bool,
}

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
    if masked.iter().any(|m| m.overlaps(toks[k].span))
        || (toks[k].kind == TokKind::Word && is_digits && is_dash)
    {
        return None;
    }
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

fn next_is_percent(toks: &[Tok], j: usize) -> bool {
    toks.get(j).is_some_and(|n| n.is_punct("%"))
        || matches!(tok_word(toks, j), Some("per" | "percent"))
}

fn preceded_by(toks: &[Tok], i: usize, word: &str) -> bool {
    let lo = i.saturating_sub(4);
    toks[lo..i].iter().rev().take(4).any(|t| t.is(word))
        && !toks[lo..i].iter().any(|t| t.kind == TokKind::Number)
}

fn has_hedge(toks: &[Tok], i: usize) -> bool {
    find_hedge(toks, i).is_some()
}

/// The hedge ending right before token `i`: the first of the lexicon's hedges, in their
/// order, that matches.
fn find_hedge(toks: &[Tok], i: usize) -> Option<(String, Bound, Span)> {
    if i == 0 || !lexicon::is_hedge_end(&toks[i - 1].lower) {
        return None;
    }
    for hedge in lexicon::hedges() {
        let (phrase, words) = (&hedge.phrase, &hedge.words);
        if words.len() > i {
            continue;
        }
        let from = i - words.len();
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| toks[from + k].lower == *w);
        if !matches {
            continue;
        }
        // "some" and "over"/"under" are hedges only right before a number word or digits.
        if matches!(
            *phrase,
            "some" | "over" | "under" | "above" | "below" | "within" | "estimated"
        ) {
            let prev = from.checked_sub(1).and_then(|p| tok_word(toks, p));
            if *phrase == "some"
                && matches!(prev, Some("for" | "in" | "of"))
                && toks[i].kind == TokKind::Word
            {
                continue;
            }
            if matches!(*phrase, "over" | "under")
                && matches!(
                    prev,
                    Some("taken" | "take" | "took" | "won" | "handed" | "hand" | "turn" | "turned")
                )
            {
                continue;
            }
        }
        let span = toks[from].span.cover(toks[i - 1].span);
        return Some((phrase.to_string(), bound_named(hedge.bound), span));
    }
    None
}

/// Read the noun phrase a figure counts, starting at token `j`.
fn counted_after(
    toks: &[Tok],
    j: usize,
    fig: &Figure,
    compound: Option<&str>,
) -> (Option<Counted>, usize) {
    if matches!(fig.kind, Kind::Money | Kind::Percent) {
        // "$5bn in aid" names no counted noun; "76% of voters" does, but the unit stays percent.
        return (None, j);
    }
    if fig.kind == Kind::Fraction && tok_word(toks, j) != Some("of") {
        return (None, j);
    }
    // An ordinal of a time unit ("in their 20th year") ranks that unit.
    if fig.kind == Kind::Ordinal
        && let Some(m) = tok_word(toks, j)
            .and_then(lexicon::measure)
            .filter(|_| !tok_word(toks, j).is_some_and(lexicon::is_ambiguous_measure))
    {
        return (
            Some(Counted {
                text: toks[j].text.to_string(),
                lemmas: vec![m.to_string()],
                modifiers: Vec::new(),
                head: None,
            }),
            j + 1,
        );
    }
    let mut k = j;
    // Vague counts and partitives: "dozens of people", "a third of voters".
    let vague = fig.bound == Bound::Range
        && fig.low.is_some()
        && fig.high.is_some()
        && (fig.high.unwrap_or(0.0) > fig.low.unwrap_or(0.0) * 2.0);
    if (vague || fig.kind == Kind::Fraction) && tok_word(toks, k) == Some("of") {
        k += 1;
        if matches!(
            tok_word(toks, k),
            Some("the" | "their" | "its" | "his" | "her" | "our" | "these" | "those")
        ) {
            k += 1;
        }
    }
    // Measures (days, km) keep their unit; the phrase after them is context.
    let mut words: Vec<usize> = Vec::new();
    let mut modifiers: Vec<String> = Vec::new();
    while let Some(t) = toks.get(k) {
        if t.kind != TokKind::Word {
            // possessive "’s" ends the phrase; a hyphen inside "long-range" joins
            if t.is_dash() && !t.space_before && glued(toks, k + 1) && !words.is_empty() {
                k += 1;
                continue;
            }
            break;
        }
        let acronym = t.text.len() >= 2 && t.text.chars().all(|c| c.is_ascii_uppercase());
        if lexicon::is_phrase_stop(&t.lower) && !acronym {
            break;
        }
        if t.lower.ends_with("ly") && t.lower.len() > 4 && !lexicon::is_ly_noun(&t.lower) {
            break; // adverbs: "respectively", "previously"
        }
        if !words.is_empty() && ends_phrase(&t.lower, &toks[*words.last().unwrap()].lower) {
            break;
        }
        // First word a past form: a modifier only if a noun follows ("12 armed men"), else
        // the verb of the clause ("104,000 axed", "Dozens held").
        if words.is_empty()
            && (lexicon::is_past_form(&t.lower)
                || t.lower.ends_with("ed")
                || t.lower.ends_with("ing"))
        {
            let noun_next = tok_word(toks, k + 1)
                .is_some_and(|n| !lexicon::is_phrase_stop(n) && lexicon::verb_lemma(n).is_none());
            if !noun_next {
                break;
            }
        }
        if lexicon::measure(&t.lower).is_some() && !words.is_empty() {
            break;
        }
        words.push(k);
        k += 1;
        if words.len() >= 4 {
            break;
        }
    }
    // The head is the last word; earlier words are modifiers. A capitalized last word after a
    // lower-case one is a place or name ("20 people Kyiv"), so back off.
    while words.len() > 1
        && toks[*words.last().unwrap()].is_capitalized()
        && !toks[words[0]].is_capitalized()
    {
        words.pop();
    }
    if words.is_empty() {
        return (None, j);
    }
    let head = *words.last().unwrap();
    let head_tok = &toks[head];
    if head_tok.is_capitalized() && words.len() == 1 && fig.kind != Kind::Ordinal {
        // "22 Ukrainian" alone, or a name: not a counted noun.
        let lower_follow = toks
            .get(head + 1)
            .is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized());
        if !lower_follow {
            return (None, j);
        }
    }
    // A proper-noun compound is counted whole: "first World Cup", "Super Bowl".
    let caps_run = words
        .iter()
        .rev()
        .take_while(|&&w| toks[w].is_capitalized())
        .count();
    let mut lemmas = if caps_run >= 2 && head_tok.is_capitalized() {
        let run = &words[words.len() - caps_run..];
        let mut parts: Vec<String> = run[..run.len() - 1]
            .iter()
            .map(|&w| toks[w].lower.to_string())
            .collect();
        parts.push(noun_lemma(&head_tok.lower));
        vec![parts.join(" ")]
    } else {
        vec![noun_lemma(&head_tok.lower)]
    };
    let mut phrase_end = head + 1;
    // Rates: "calculations per second".
    if tok_word(toks, phrase_end) == Some("per")
        && let Some(u) = tok_word(toks, phrase_end + 1).and_then(lexicon::measure)
    {
        lemmas[0] = format!("{} per {u}", lemmas[0]);
        phrase_end += 2;
    }
    for w in &words[..words.len() - 1] {
        modifiers.push(toks[*w].text.to_string());
    }
    // Coordinated head: "drones and missiles" (no number after "and").
    if tok_word(toks, phrase_end) == Some("and")
        && let Some(n) = toks.get(phrase_end + 1)
        && n.kind == TokKind::Word
        && !n.is_capitalized()
        && !lexicon::is_phrase_stop(&n.lower)
        && n.lower.ends_with('s')
        && head_tok.lower.ends_with('s')
        && numeral_at(toks, phrase_end + 1).is_none()
        && !looks_like_verb(&n.lower)
    {
        lemmas.push(noun_lemma(&n.lower));
        phrase_end += 2;
    }
    // Post-modifiers: "of various types", "in Kyiv" are context, kept as modifiers.
    if tok_word(toks, phrase_end) == Some("of") && !lexicon::is_partitive(&lemmas[0]) {
        let mut e = phrase_end + 1;
        let mut m = vec!["of".to_string()];
        while let Some(t) = toks.get(e) {
            if t.kind != TokKind::Word
                || (lexicon::is_phrase_stop(&t.lower) && !matches!(t.lower.as_str(), "the" | "a"))
                || m.len() >= 4
            {
                break;
            }
            m.push(t.text.to_string());
            e += 1;
        }
        if m.len() > 1 {
            modifiers.push(m.join(" "));
        }
    } else if tok_word(toks, phrase_end) == Some("of")
        && lexicon::is_partitive(&lemmas[0])
        && let Some(n) = tok_word(toks, phrase_end + 1)
        && !lexicon::is_phrase_stop(n)
    {
        // "a number of people": the group word is not the counted thing.
        lemmas = vec![noun_lemma(n)];
        phrase_end += 2;
    }
    let text_span = toks[words[0]].span.cover(toks[phrase_end - 1].span);
    let text = toks[words[0]..phrase_end]
        .iter()
        .filter(|t| text_span.contains(t.span))
        .map(|t| {
            if t.space_before {
                format!(" {}", t.text)
            } else {
                t.text.to_string()
            }
        })
        .collect::<String>()
        .trim()
        .to_string();
    // A compound adjective counts its own noun ("28-point"); the phrase it modifies ("plan")
    // is context.
    let mut head = None;
    if let Some(c) = compound {
        modifiers.insert(0, lemmas.join(" and "));
        head = Some(lemmas.join(" and "));
        lemmas = vec![c.to_string()];
    }
    (
        Some(Counted {
            text,
            lemmas,
            modifiers,
            head,
        }),
        phrase_end,
    )
}

/// Does `w` end a noun phrase whose last word so far is `prev`? Past forms do ("20 people
/// died"); base forms are read as nouns ("drone attack", "job cuts"); "-ing" forms end it only
/// after a plural ("people fleeing", but "residential building").
fn ends_phrase(w: &str, prev: &str) -> bool {
    if lexicon::verb_lemma(w).is_none() {
        return w.ends_with("ed") && w.len() > 4 && !lexicon::is_ed_noun(w);
    }
    if w.ends_with("ing") {
        return prev.ends_with('s') || prev == "people";
    }
    lexicon::is_past_form(w)
}

/// A cheap test for verbs in a noun phrase: inflected forms of the predicate lexicon and common
/// auxiliaries. Nouns ending in "-ed" are rare in counted phrases.
fn looks_like_verb(w: &str) -> bool {
    lexicon::verb_lemma(w).is_some() && !lexicon::is_plural_noun(w)
        || w.ends_with("ed") && w.len() > 4 && !lexicon::is_ed_noun(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    /// (text, value, bound, unit) of every figure in `s`.
    fn figs(s: &str) -> Vec<(String, f64, &'static str, String)> {
        let toks = tokenize(s, 0);
        find_figures(&toks, &[])
            .into_iter()
            .map(|f| {
                (
                    f.span.slice(s).to_string(),
                    f.value,
                    f.bound.as_str(),
                    f.unit.unwrap_or_default(),
                )
            })
            .collect()
    }

    fn one(s: &str) -> (String, f64, &'static str, String) {
        let got = figs(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        got.into_iter().next().unwrap()
    }

    fn assert_fig(s: &str, text: &str, value: f64, bound: &str, unit: &str) {
        let (t, v, b, u) = one(s);
        assert_eq!(
            (t.as_str(), v, b, u.as_str()),
            (text, value, bound, unit),
            "in {s:?}"
        );
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
            "worth 100 trillion won",
            "100 trillion won",
            1e14,
            "exact",
            "KRW",
        );
        assert_fig("a US$5m deal", "US$5m", 5e6, "exact", "USD");
    }

    #[test]
    fn hedges_give_bounds() {
        assert_fig(
            "with at least seven people killed",
            "seven",
            7.0,
            "at_least",
            "person",
        );
        assert_fig(
            "more than 460 drones at Ukraine",
            "460",
            460.0,
            "more_than",
            "drone",
        );
        assert_fig(
            "for nearly 18 months",
            "18 months",
            18.0,
            "less_than",
            "month",
        );
        assert_fig("up to 5,000 troops", "5,000", 5000.0, "at_most", "troop");
        assert_fig("about 20 people", "20", 20.0, "approx", "person");
        assert_fig(
            "less than two weeks ago",
            "two weeks",
            2.0,
            "less_than",
            "week",
        );
    }

    #[test]
    fn vague_counts_are_ranges() {
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
        assert_fig("a few delicate details", "a few", 3.0, "range", "detail");
    }

    #[test]
    fn spelled_and_hyphenated() {
        assert_fig(
            "twenty-two soldiers died",
            "twenty-two",
            22.0,
            "exact",
            "soldier",
        );
        assert_fig("a dozen eggs", "a dozen", 12.0, "exact", "egg");
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
    }

    #[test]
    fn ordinals() {
        assert_fig(
            "the fourth-largest Ukrainian drone attack",
            "fourth-largest",
            4.0,
            "exact",
            "attack",
        );
        assert_fig("in the third quarter", "third", 3.0, "exact", "quarter");
        assert_fig("its 21st birthday", "21st", 21.0, "exact", "birthday");
        assert!(figs("First came the defeat").is_empty());
        assert!(figs("he was one of the first to go").is_empty());
    }

    #[test]
    fn counted_nouns_and_coordination() {
        let s = "firing 518 drones and missiles at targets";
        let toks = tokenize(s, 0);
        let f = &find_figures(&toks, &[])[0];
        assert_eq!(f.unit.as_deref(), Some("drone and missile"));
        let s = "Russia fired 22 missiles of various types and more than 460 drones";
        let toks = tokenize(s, 0);
        let got = find_figures(&toks, &[]);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].unit.as_deref(), Some("missile"));
        assert_eq!(
            got[0].counted.as_ref().unwrap().modifiers,
            vec!["of various types"]
        );
        assert_eq!(got[1].unit.as_deref(), Some("drone"));
        let s = "destroyed 249 Ukrainian drones overnight";
        let toks = tokenize(s, 0);
        let f = &find_figures(&toks, &[])[0];
        assert_eq!(f.unit.as_deref(), Some("drone"));
        assert_eq!(f.counted.as_ref().unwrap().modifiers, vec!["Ukrainian"]);
    }

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
        // "from X to Y" is two figures, not a range.
        assert_eq!(figs("rose from 5% to 6%").len(), 2);
    }

    #[test]
    fn not_figures() {
        assert!(figs("Chelsea won 2-1 at home").is_empty());
        assert!(figs("the G8 summit and 3G phones").is_empty());
        assert!(figs("running Windows 95 machines").is_empty());
        assert!(figs("no one knows; the one he chose").is_empty());
        assert!(figs("open 24/7").is_empty());
        assert!(figs("in the 1990s").is_empty());
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
    }
}
