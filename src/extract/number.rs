//! Number words and digit strings to values.
//!
//! Parses the numeral forms news uses: digits with thousands separators and decimals
//! (`1,234.5`), spelled cardinals (`seven`, `twenty-two`, `one hundred and fifty`, `a dozen`,
//! `half a million`, `two and a half million`, `nought point four`), scale words and suffixes (`1.5 million`, `$2bn`, `600m`, `5k`), spelled
//! and digit ordinals (`fourth`, `21st`). Vague counts (`dozens`, `hundreds`) live in the
//! quantity extractor because they are ranges, not values. We write this by hand rather than
//! use `text2num`: we need token-level matching with spans and news-specific scale suffixes,
//! which it does not offer, and the grammar is small.

use crate::lexicon::{self, WordClass};
use crate::text::token::{Tok, TokKind};

/// Parse a digit string with optional thousands commas and a decimal part.
pub fn parse_digits(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|&c| c != ',').collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A spelled cardinal starting at token `i`: returns the value and the index after it.
/// Handles `twenty-two`, `one hundred and fifty`, `two million`, `a hundred`, `a dozen`,
/// `half a million`, `three dozen`.
pub fn spelled_at(toks: &[Tok], i: usize) -> Option<(f64, usize)> {
    let word = |j: usize| {
        toks.get(j)
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.lower.as_str())
    };
    let glued_dash = |j: usize| {
        toks.get(j).is_some_and(|t| t.is_dash() && !t.space_before)
            && toks.get(j + 1).is_some_and(|t| !t.space_before)
    };
    // The lists each word is in, read once by the tokenizer: most words are in none, and
    // are passed over without a lookup.
    let class = |j: usize| toks.get(j).map_or(WordClass::default(), |t| t.class);
    let mut j = i;
    // `a hundred`, `a dozen`, `a million`; `half a million`.
    let w0 = word(j)?;
    if w0 == "a" || w0 == "an" {
        let w1 = word(j + 1)?;
        if w1 == "dozen" {
            return Some((12.0, j + 2));
        }
        let s = lexicon::scale_word(w1)?;
        return Some((s, j + 2));
    }
    if w0 == "half" && word(j + 1) == Some("a") {
        let s = lexicon::scale_word(word(j + 2)?)?;
        if s >= 1e3 {
            return Some((s / 2.0, j + 3));
        }
        return None;
    }
    // Past those, the first word must be a cardinal: any other ends the loop below at its
    // first turn with nothing read. Most words are none, and this is asked at every word of a
    // sentence with a figure: its class answers before the loop's comparisons of the word.
    if !class(j).any(WordClass::CARDINAL_UNIT | WordClass::CARDINAL_TEN) {
        return None;
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    // The last scale read, for "two million and a half".
    let mut last_scale = 0.0;
    while let Some(w) = word(j) {
        if class(j).any(WordClass::CARDINAL_UNIT)
            && let Some(v) = lexicon::cardinal_unit(w)
        {
            if any && current % 100.0 != 0.0 && current >= 1.0 && current % 10.0 != 0.0 {
                break; // "two three" is not one number
            }
            if any && current % 100.0 != 0.0 && current >= 20.0 && v >= 10.0 {
                break;
            }
            current += v;
            any = true;
            j += 1;
        } else if class(j).any(WordClass::CARDINAL_TEN)
            && let Some(v) = lexicon::cardinal_ten(w)
        {
            if any && current % 100.0 != 0.0 {
                break;
            }
            current += v;
            any = true;
            j += 1;
            // twenty-two
            if glued_dash(j)
                && let Some(u) = word(j + 1).and_then(lexicon::cardinal_unit)
                && (1.0..10.0).contains(&u)
            {
                current += u;
                j += 2;
            }
        } else if w == "dozen" && any {
            current *= 12.0;
            j += 1;
        } else if class(j).any(WordClass::SCALE)
            && let Some(s) = lexicon::scale_word(w)
        {
            if !any {
                break;
            }
            if s == 100.0 {
                current *= 100.0;
            } else if current == 0.0 && last_scale > 0.0 && s > last_scale {
                // "two thousand million": a larger scale right after a scale multiplies it.
                total *= s;
                last_scale = s;
            } else {
                total += current.max(1.0) * s;
                current = 0.0;
                last_scale = s;
            }
            j += 1;
        } else if w == "and" && any && word(j + 1) == Some("a") && word(j + 2) == Some("half") {
            // "two and a half million", "one and a half hours"; "two million and a half".
            if current == 0.0 && last_scale > 0.0 {
                total += last_scale / 2.0;
            } else {
                current += 0.5;
            }
            j += 3;
        } else if w == "point"
            && any
            && current < 1000.0
            // "at one point" is a moment, not a decimal.
            && !(current == 1.0 && i > 0 && toks[i - 1].lower == "at")
        {
            // "nought point four", "three point five": the digits after "point", one word each.
            let mut k = j + 1;
            let mut frac = 0.0;
            let mut place = 0.1;
            while let Some(d) = word(k)
                .and_then(lexicon::cardinal_unit)
                .filter(|d| *d < 10.0)
            {
                frac += d * place;
                place /= 10.0;
                k += 1;
            }
            if k == j + 1 {
                break;
            }
            current += frac;
            j = k;
        } else if w == "and" && any {
            // "one hundred and fifty": only when a number word follows and a scale came before.
            let next_is_number = word(j + 1).is_some_and(|n| {
                lexicon::cardinal_unit(n).is_some() || lexicon::cardinal_ten(n).is_some()
            });
            if next_is_number && (total > 0.0 || current >= 100.0) {
                j += 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    if !any {
        return None;
    }
    Some((total + current, j))
}

/// Round-trip helper for tests and property tests: spell a number below a million.
pub fn spell(n: u64) -> String {
    // The units are in value order with "zero" and "nil" first: skip "nil" so the index is
    // the value.
    fn unit(k: u64) -> &'static str {
        let units = lexicon::cardinal_units_in_order();
        if k == 0 {
            units[0].0
        } else {
            units[k as usize + 1].0
        }
    }
    fn tens(k: u64) -> &'static str {
        lexicon::cardinal_tens_in_order()[k as usize - 2].0
    }
    fn below_thousand(n: u64) -> String {
        let mut parts = Vec::new();
        if n >= 100 {
            parts.push(format!("{} hundred", unit(n / 100)));
        }
        let rest = n % 100;
        if rest > 0 || n == 0 {
            if n >= 100 {
                parts.push("and".to_string());
            }
            if rest < 20 {
                parts.push(unit(rest).to_string());
            } else if rest.is_multiple_of(10) {
                parts.push(tens(rest / 10).to_string());
            } else {
                parts.push(format!("{}-{}", tens(rest / 10), unit(rest % 10)));
            }
        }
        parts.join(" ")
    }
    if n >= 1000 {
        let rest = n % 1000;
        let head = format!("{} thousand", below_thousand(n / 1000));
        if rest == 0 {
            head
        } else {
            format!("{head} {}", below_thousand(rest))
        }
    } else {
        below_thousand(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn spelled(s: &str) -> Option<f64> {
        let toks = tokenize(s, 0);
        spelled_at(&toks, 0)
            .filter(|&(_, end)| end == toks.len())
            .map(|(v, _)| v)
    }

    #[test]
    fn spelled_cardinals() {
        assert_eq!(spelled("seven"), Some(7.0));
        assert_eq!(spelled("twenty-two"), Some(22.0));
        assert_eq!(spelled("one hundred and fifty"), Some(150.0));
        assert_eq!(spelled("two million"), Some(2e6));
        assert_eq!(spelled("a dozen"), Some(12.0));
        assert_eq!(spelled("three dozen"), Some(36.0));
        assert_eq!(spelled("half a million"), Some(500_000.0));
        assert_eq!(spelled("a hundred"), Some(100.0));
        assert_eq!(spelled("nine thousand four hundred"), Some(9400.0));
        assert_eq!(spelled("nought point four"), Some(0.4));
        assert_eq!(spelled("two point seven five"), Some(2.75));
        assert_eq!(spelled("two and a half million"), Some(2.5e6));
        assert_eq!(spelled("two million and a half"), Some(2.5e6));
        assert_eq!(spelled("one and a half"), Some(1.5));
        // A larger scale right after a scale multiplies it (British "thousand million").
        assert_eq!(spelled("two thousand million"), Some(2e9));
        assert_eq!(spelled("two million three thousand"), Some(2_003_000.0));
    }

    #[test]
    fn spelled_stops_at_non_numbers() {
        let toks = tokenize("two three", 0);
        assert_eq!(spelled_at(&toks, 0), Some((2.0, 1)));
        let toks = tokenize("five and six", 0);
        assert_eq!(spelled_at(&toks, 0), Some((5.0, 1)));
    }

    #[test]
    fn digits() {
        assert_eq!(parse_digits("1,234,567.5"), Some(1_234_567.5));
        assert_eq!(parse_digits("0.75"), Some(0.75));
    }
}
