//! What looks like a figure but is not one: digits that are the tail of a word, a code or a
//! range already read (`MP3`, `QV-10`, the `1` of `2-1`), names (`Windows 95`, `Channel 4`,
//! `BBC Two`, `One World Project`), labels (`route 66`), slash forms (`24/7`, `9/11`), sport
//! scores (`2-1`), addresses (`10 Downing Street`), service numbers (`12841 Coromandel
//! Express`), chart positions (`top 20`), "one" as a
//! pronoun (`one of`, `no one`), ordinals that rank nothing (`at first`, `the 20th century`),
//! and a lone `several`.
//!
//! Each rule is one function saying yes when its case holds; `figure_at` asks them at the point
//! of reading where the rule applies. Owns no reading of values: a rule only refuses. Dates and
//! times of day are masked before figures are read (`extract::time`), and decades or names
//! glued to digits (`1990s`, `3G`) are refused while reading the glued suffix (`unit.rs`).

use super::figure::{Reading, glued, tok_word};
use super::hedge::has_hedge;
use super::numeral::numeral_at;
use crate::lexicon::{self, scale_suffix, scale_word};
use crate::model::claim::Kind;
use crate::text::token::{Tok, TokKind};

/// The token right before the digits at `i`, when they are glued to it.
fn glued_to<'t, 'a>(toks: &'t [Tok<'a>], i: usize) -> Option<&'t Tok<'a>> {
    let t = &toks[i];
    (t.kind == TokKind::Number && i > 0 && !t.space_before).then(|| &toks[i - 1])
}

/// Digits glued to a word or to "/", "." or ":" before them are part of something else: a
/// date or fraction ("9/11"), a version ("v.2"), a time ("10:30"). (Letters followed by digits,
/// "A4", "G8", are one word token already.)
pub(super) fn is_glued_to_word_or_mark(toks: &[Tok], i: usize) -> bool {
    glued_to(toks, i).is_some_and(|p| {
        p.kind == TokKind::Word || p.is_punct("/") || p.is_punct(".") || p.is_punct(":")
    })
}

/// The second half of a range or score already read: the "1" of "2-1", the "15" of "10-15".
pub(super) fn is_second_half(toks: &[Tok], i: usize) -> bool {
    glued_to(toks, i).is_some_and(|p| p.is_dash()) && i >= 2 && toks[i - 2].kind == TokKind::Number
}

/// A model code: "QV-10", "CDP-101" (a capitalized word, a glued dash, digits).
pub(super) fn is_model_code(toks: &[Tok], i: usize) -> bool {
    glued_to(toks, i).is_some_and(|p| p.is_dash())
        && i >= 2
        && toks[i - 2].kind == TokKind::Word
        && !toks[i - 1].space_before
        && toks[i - 2].is_capitalized()
}

/// Digits at `i` right after a capitalized word are a name ("running Windows 95", "on Channel
/// 4") unless a unit follows ("Ukraine 20%"), the word is a function word or a month ("About
/// 20", "March 20"), or it is the sentence's first word (capitalized anyway). "Mr Zelensky
/// said 20" has a lower-case verb before the number. Numbers written with a comma or longer
/// than four characters are amounts; a digit ordinal ("Newcastle 14th") is a rank, not a name.
pub(super) fn looks_like_name(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if t.kind != TokKind::Number {
        return false;
    }
    if let Some(n) = toks.get(i + 1)
        && !n.space_before
        && n.kind == TokKind::Word
        && lexicon::is_ordinal_suffix(&n.lower)
    {
        return false;
    }
    if let Some(p) = i.checked_sub(1).map(|p| &toks[p])
        && p.is_capitalized()
        && !t.text.contains(',')
        && t.text.len() <= 4
        && !lexicon::is_capital_function_word(&p.lower)
        && lexicon::month(&p.lower).is_none()
        && i >= 2
    {
        let next_is_unit = toks.get(i + 1).is_some_and(|n| {
            n.is_punct("%")
                || lexicon::measure(&n.lower).is_some()
                || scale_word(&n.lower).is_some()
                || (n.kind == TokKind::Word && !n.space_before && scale_suffix(&n.lower).is_some())
        });
        return !next_is_unit && !listed_after_a_count(toks, i);
    }
    false
}

/// "Labour has 412, the Conservatives 121 and the Liberal Democrats 71": a number that ends its
/// clause after a name, in a list whose earlier item is a number, is that list's count, not a
/// name ("Windows 95" stands alone). So is a list's first item when the next item is a name
/// and a number that ends its clause too ("as follows: North Carolina 95, South Carolina 36").
fn listed_after_a_count(toks: &[Tok], i: usize) -> bool {
    let ends_clause = |i: usize| {
        toks.get(i + 1).is_none_or(|t| {
            (t.kind == TokKind::Punct && matches!(t.text, "," | ";" | "." | ")"))
                || matches!(t.lower.as_str(), "and" | "or" | "while" | "but")
        })
    };
    let separator = |t: &Tok| t.is_punct(",") || t.is_punct(";") || t.is("and");
    let lo = i.saturating_sub(10);
    let earlier = (lo..i).rev().find(|&k| toks[k].kind == TokKind::Number);
    let listed_before = earlier.is_some_and(|k| toks[k + 1..i].iter().any(separator));
    // The next item: a separator, capitalized words only (maybe after "the"), a number that
    // ends its clause.
    let listed_after = || {
        if !toks.get(i + 1).is_some_and(separator) {
            return false;
        }
        let mut k = i + 2;
        if toks.get(k).is_some_and(|t| t.is("the")) {
            k += 1;
        }
        let first = k;
        while toks
            .get(k)
            .is_some_and(|t| t.is_word() && t.is_capitalized())
            && k < first + 4
        {
            k += 1;
        }
        // Two one-digit numbers are more likely names of a series ("Doom 3, Half Life 2").
        let long = |t: &Tok| t.text.len() > 1;
        k > first
            && toks.get(k).is_some_and(|t| t.kind == TokKind::Number)
            && ends_clause(k)
            && (long(&toks[i]) || long(&toks[k]))
    };
    ends_clause(i) && (listed_before || listed_after())
}

/// A rank or label after "number", digits or spelled: "world number one", "at number 12",
/// "the number 10 shirt", "Number 10 said" (tests/gold/SPEC.md: not figures). "a number of" has
/// no numeral after it.
pub(super) fn is_numbered(toks: &[Tok], start: usize) -> bool {
    start > 0 && toks[start - 1].is("number")
}

/// The fewest digits a service number has ("12841 Coromandel Express"); shorter numbers before
/// a name count it ("300 Iranian Drones" in a headline).
const SERVICE_NUMBER_DIGITS: usize = 4;

/// A service's number before its name: "the 12841 Coromandel Express and the 12864
/// Bengaluru-Howrah Superfast Express" (tests/gold/SPEC.md: identifiers are not figures).
/// Four digits or more, written without a separator, then a name of two capitalized words or
/// more that nothing but a verb, a function word or punctuation follows: a lower-case noun
/// after the capitals ("1000 Indian pilgrims") makes them its modifiers, and the figure a count.
pub(super) fn is_service_number(toks: &[Tok], start: usize) -> bool {
    let t = &toks[start];
    if t.kind != TokKind::Number
        || t.text.len() < SERVICE_NUMBER_DIGITS
        || !t.text.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    let mut k = start + 1;
    let mut capitals = 0;
    while let Some(w) = toks.get(k) {
        if w.is_word() && w.is_capitalized() {
            capitals += 1;
        } else if !(w.is_dash() && !w.space_before && capitals > 0) {
            break;
        }
        k += 1;
    }
    let ends_name = toks.get(k).is_none_or(|n| {
        !n.is_word()
            || lexicon::is_phrase_stop(&n.lower)
            || lexicon::verb_lemma(&n.lower).is_some()
            || lexicon::is_fallback_verb(&n.lower)
    });
    capitals >= 2 && ends_name
}

/// Labels, not amounts: "series 3", "model 10", "route 66", "article 50", "the world No. 1"
/// (the abbreviation of "number" with its full stop).
pub(super) fn is_label(toks: &[Tok], start: usize) -> bool {
    if toks[start].kind != TokKind::Number || start == 0 {
        return false;
    }
    let numero = start >= 2
        && toks[start - 1].is_punct(".")
        && !toks[start - 1].space_before
        && matches!(toks[start - 2].text, "No" | "no" | "Nos" | "nos");
    numero || lexicon::is_label_noun(&toks[start - 1].lower)
}

/// Slash forms: "24/7", "9/11", "06/05".
pub(super) fn is_slash_form(toks: &[Tok], r: &Reading) -> bool {
    r.is_digits
        && toks
            .get(r.end)
            .is_some_and(|n| n.is_punct("/") && !n.space_before)
        && glued(toks, r.end + 1)
}

/// `a`-`b` with a dash at `dash` is a sport score: small whole numbers, and either the first
/// is not below the second ("2-1", "3-3") or a score word stands next to it ("a 1-2 defeat",
/// "lost 1-3").
pub(crate) fn is_score(toks: &[Tok], a: f64, b: f64, dash: usize) -> bool {
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

/// Asked once the figure is read: any of the rules below refuses it.
pub(super) fn is_not_a_figure(toks: &[Tok], r: &Reading) -> bool {
    is_pronoun_one(toks, r)
        || is_unranked_ordinal(toks, r)
        || is_spelled_in_name(toks, r)
        || is_chart_position(toks, r)
        || is_address(toks, r)
        || is_lone_several(toks, r)
}

/// "one" as a pronoun: "one of", "no one", "an easier one", "the one". A hedge before it
/// makes it a count again ("at least one").
fn is_pronoun_one(toks: &[Tok], r: &Reading) -> bool {
    let start = r.start;
    if !(toks[start].is("one")
        && r.end == start + 1
        && r.kind == Kind::Count
        && r.alternative.is_none()
        && !has_hedge(toks, start))
    {
        return false;
    }
    let next = tok_word(toks, r.end);
    let prev = start.checked_sub(1).and_then(|p| tok_word(toks, p));
    // "one each", "one apiece" is a list's count, not a pronoun.
    let distributive = next.is_some_and(lexicon::is_distributive);
    !distributive && next.is_none_or(|n| lexicon::is_phrase_stop(n) || n == "another" || n == "day")
        || prev.is_some_and(lexicon::is_pronoun_one_determiner)
}

/// Ordinal words rank a noun ("second chamber", "third place", "fourth in the league"); as
/// adverbs ("at first", "First came") or in names ("the Second Chamber") they are not figures,
/// nor is a century ("the 20th century") or "one of the first". Digit ordinals are unambiguous
/// ranks ("Newcastle 14th in", "(23rd)"); words need a noun or context after them.
fn is_unranked_ordinal(toks: &[Tok], r: &Reading) -> bool {
    if r.kind != Kind::Ordinal {
        return false;
    }
    let (start, j) = (r.start, r.end);
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
    let ranked = (matches!(next_word, Some("in" | "place" | "among" | "on")) && j == start + 1)
        || toks[start].kind == TokKind::Number
        || (prev == Some("the")
            && next_tok.is_some_and(|t| t.kind == TokKind::Punct && matches!(t.text, "\"" | "“")));
    let name =
        toks[start].is_capitalized() && start > 0 && next_tok.is_some_and(|t| t.is_capitalized());
    let century = next_word == Some("century");
    let adverb = prev == Some("at") || (prev == Some("one") && next_word == Some("of"));
    if name || century || adverb || !(noun_after || ranked) {
        return true;
    }
    // "one of the first"
    prev == Some("the")
        && tok_word(toks, start.saturating_sub(2)) == Some("of")
        && tok_word(toks, start.saturating_sub(3)) == Some("one")
}

/// Spelled numbers inside names: "One World Project", "RBS Six Nations", "BBC Two". A
/// capitalized number word after a capitalized word (not a function word: "The Six") or before
/// one is part of the name.
fn is_spelled_in_name(toks: &[Tok], r: &Reading) -> bool {
    let start = r.start;
    toks[start].kind == TokKind::Word
        && toks[start].is_capitalized()
        && start > 0
        && r.kind != Kind::Ordinal
        && (toks.get(r.end).is_some_and(|t| t.is_capitalized())
            || toks[start - 1].is_capitalized()
                && !lexicon::is_capital_function_word(&toks[start - 1].lower))
}

/// Chart positions: "a top 20 single" (lower-case "top" right before a count).
fn is_chart_position(toks: &[Tok], r: &Reading) -> bool {
    r.start > 0
        && toks[r.start - 1].is("top")
        && toks[r.start - 1].text == "top"
        && r.kind == Kind::Count
}

/// Addresses: "10 Downing Street" (a capitalized name and a street word after the number).
fn is_address(toks: &[Tok], r: &Reading) -> bool {
    toks.get(r.end).is_some_and(|t| t.is_capitalized())
        && toks
            .get(r.end + 1)
            .is_some_and(|t| lexicon::is_street_word(t.text))
}

/// Bare spelled numbers with nothing counted after them are figures ("killed seven"), but a
/// lone "several" needs a noun.
fn is_lone_several(toks: &[Tok], r: &Reading) -> bool {
    r.num.vague.is_some()
        && toks[r.start].is("several")
        && r.end == r.start + 1
        && tok_word(toks, r.end).is_none()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{figs, no_figures};
    use super::*;
    use crate::text::token::tokenize;

    /// `rule` holds at the first token of `s` whose text is `at`.
    fn holds(rule: fn(&[Tok], usize) -> bool, s: &str, at: &str) -> bool {
        let toks = tokenize(s, 0);
        let i = toks.iter().position(|t| t.text == at).expect(at);
        rule(&toks, i)
    }

    /// The texts of the figures of `s`.
    fn texts(s: &str) -> Vec<String> {
        figs(s).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn digits_glued_to_what_comes_before() {
        assert!(holds(is_glued_to_word_or_mark, "the attacks of 9/11", "11"));
        assert!(holds(is_glued_to_word_or_mark, "at 10:30 on Monday", "30"));
        assert!(!holds(is_glued_to_word_or_mark, "at 10 on Monday", "10"));
        assert!(holds(is_second_half, "Chelsea won 2-1", "1"));
        assert!(holds(is_model_code, "the QV-10 camera", "10"));
        // A lower-case word before the dash is no model code.
        assert!(!holds(is_model_code, "a covid-19 test", "19"));
    }

    #[test]
    fn names_with_numbers() {
        assert!(holds(looks_like_name, "running Windows 95 machines", "95"));
        assert!(holds(looks_like_name, "on BBC Channel 4 tonight", "4"));
        // A unit after the number, a month or a function word before it: not a name.
        assert!(!holds(looks_like_name, "said Ukraine 20% of", "20"));
        assert!(!holds(looks_like_name, "since last March 20 people", "20"));
        assert!(!holds(looks_like_name, "and About 20 people", "20"));
        // A rank is no name: "Newcastle 14th".
        assert!(!holds(
            looks_like_name,
            "leaving Newcastle 14th in the table",
            "14"
        ));
        no_figures("running Windows 95 machines");
        no_figures("the G8 summit and 3G phones");
        // A list's later counts after a name are counts: "the Conservatives 121".
        assert!(!holds(
            looks_like_name,
            "Labour has 412, the Conservatives 121 and the Greens four",
            "121"
        ));
        assert!(holds(
            looks_like_name,
            "it runs Windows 95, the manual says",
            "95"
        ));
        // A list's first count, when the next item is a name and a count too.
        assert!(!holds(
            looks_like_name,
            "are as follows: North Carolina 95, South Carolina 36 and Georgia 33.",
            "95"
        ));
        assert!(holds(
            looks_like_name,
            "it runs Windows 95, Office and a browser",
            "95"
        ));
        assert!(holds(
            looks_like_name,
            "If you have finished Doom 3, Half Life 2 and Halo 2, don't worry.",
            "3"
        ));
    }

    #[test]
    fn labels_and_slash_forms() {
        assert!(holds(is_label, "the A1 and route 66 are busy", "66"));
        assert!(holds(is_label, "triggering article 50 of the treaty", "50"));
        no_figures("triggering article 50");
        no_figures("He is the world No. 1 and the No 3 seed");
        assert!(holds(is_label, "the world No. 1 player", "1"));
        // A full stop that ends a sentence before a number is no "No.": "said no. 5 more".
        assert!(!holds(is_label, "he said no . 5 more", "5"));
        no_figures("open 24/7");
        // A rank or label after "number".
        no_figures("World number one Lindsay Davenport criticised Wimbledon");
        no_figures("The iPod is at number 12 in the list");
        no_figures("the number 10 shirt could be up for grabs");
        assert!(holds(is_numbered, "at number three", "three"));
    }

    #[test]
    fn a_service_number_before_its_name_is_no_figure() {
        no_figures("the 12841 Coromandel Express and the 12864 Bengaluru-Howrah Superfast Express");
        assert!(holds(
            is_service_number,
            "the 12864 Bengaluru-Howrah Superfast Express were involved",
            "12864"
        ));
        // A count whose noun the capitals modify, and a short number, are figures.
        assert!(!holds(
            is_service_number,
            "1000 Indian Hajj pilgrims died",
            "1000"
        ));
        assert!(!holds(is_service_number, "The 300 Iranian Drones", "300"));
    }

    #[test]
    fn scores() {
        let toks = tokenize("Chelsea won 2-1 at home", 0);
        assert!(is_score(&toks, 2.0, 1.0, 3));
        // The first below the second needs a score word: "a 1-2 defeat" has one.
        let toks = tokenize("a 1-2 defeat", 0);
        assert!(is_score(&toks, 1.0, 2.0, 2));
        let toks = tokenize("aged 10-15 years", 0);
        assert!(!is_score(&toks, 10.0, 15.0, 2));
        // Decimals and large numbers are never scores.
        assert!(!is_score(&toks, 2.5, 1.0, 2));
        no_figures("Chelsea won 2-1 at home");
    }

    #[test]
    fn one_as_a_pronoun() {
        no_figures("no one knows; the one he chose");
        no_figures("it was one of the reasons");
        no_figures("she was the only one");
        assert_eq!(texts("only one person is critical"), ["one"]);
        assert_eq!(texts("one soldier was hurt"), ["one"]);
        // A hedge makes it a count: "at least one died".
        assert_eq!(texts("at least one died"), ["one"]);
    }

    #[test]
    fn ordinals_that_rank_nothing() {
        no_figures("First came the defeat");
        no_figures("he was one of the first to go");
        no_figures("at first the plan failed");
        no_figures("in the 20th century");
        assert_eq!(texts("the third quarter"), ["third"]);
        assert_eq!(texts("finished fourth in the league"), ["fourth"]);
    }

    #[test]
    fn spelled_numbers_in_names() {
        no_figures("tickets for the RBS Six Nations");
        no_figures("the One World Project said");
        // A capitalized function word before it makes no name.
        assert_eq!(texts("About Two hundred people"), ["Two hundred"]);
    }

    #[test]
    fn chart_positions_and_addresses() {
        no_figures("a top 20 single");
        no_figures("outside 10 Downing Street");
        assert_eq!(texts("the top 20% of earners"), ["20%"]);
    }

    #[test]
    fn several_needs_a_noun() {
        no_figures("Asked how many were hurt, he said several.");
        assert_eq!(texts("several homes were hit"), ["several"]);
    }
}
