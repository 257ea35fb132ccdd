//! Anchors: the year a text dates something from with "since" — "the first world title since
//! 1986", "torn by conflict since a 2011 uprising", "the first crash of a Boeing 787 since the
//! model was introduced 15 years ago".
//!
//! A year told this way is a claim about when an earlier event happened, and outlets give it
//! differently: as a year in one, as "N years ago" in another. "N years ago" is counted back
//! from the report's date and allows two years (an event of October 2011 is "13 years ago" or
//! "14 years ago" in June 2025, by whole years passed or rounded), so it is compared as that
//! span. What the year anchors is told by the words around "since" in its clause (the record
//! before it, the event after it): the comparison (`compare::anchor`) meets two anchors whose
//! words overlap.
//!
//! Owns finding the year after "since" and the clause's content words. It does not say which
//! anchors are one fact, nor the verdict.

use jiff::civil::Date;

use crate::lexicon;
use crate::model::claim::Anchor;
use crate::text::normalize::noun_lemma;
use crate::text::span::Span;
use crate::text::token::{Tok, TokKind};

/// How many tokens after "since" the year may be ("since the jet went into commercial
/// service in 2011").
const REACH_AFTER: usize = 12;
/// How many words before "since" say what is dated ("the first fatal crash of a Boeing 787").
const REACH_BEFORE: usize = 12;
/// How many words after a year that modifies a noun belong to what it dates ("a 2011
/// uprising overthrew longtime dictator Moammar Gadhafi").
const AFTER_YEAR: usize = 8;

/// The anchors of a sentence's tokens; `date` is the report's, for "N years ago".
pub fn find_anchors(toks: &[Tok], sentence: Span, date: Option<Date>) -> Vec<Anchor> {
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if !t.is("since") {
            continue;
        }
        let end = clause_end(toks, k + 1);
        let Some((first, last, years)) =
            year_after(toks, k + 1, end.min(k + 1 + REACH_AFTER), date)
        else {
            continue;
        };
        let start = clause_start(toks, k);
        // After the year, only the noun phrase it dates ("since the 1997 handover gave
        // Beijing control"); "since 1999 will fuel expectations" says no more of it.
        let dates_a_noun =
            first > 0 && first == last && lexicon::is_noun_determiner(&toks[first - 1].lower);
        let stop = if dates_a_noun {
            end.min(last + 1 + AFTER_YEAR)
        } else {
            last + 1
        };
        let frame = &toks[start..stop];
        let words = frame_words(frame, start, first..=last);
        if words.is_empty() {
            continue;
        }
        let mut names: Vec<String> = frame
            .iter()
            .enumerate()
            .filter(|&(i, t)| start + i > 0 && t.is_capitalized() && t.kind == TokKind::Word)
            .map(|(_, t)| noun_lemma(&t.lower))
            .filter(|w| words.binary_search(w).is_ok())
            .collect();
        names.sort();
        names.dedup();
        out.push(Anchor {
            span: toks[first].span.cover(toks[last].span),
            first_year: years.0,
            last_year: years.1,
            words,
            names,
            sentence,
        });
    }
    out
}

fn breaks_clause(t: &Tok) -> bool {
    t.kind == TokKind::Punct && matches!(t.text, "," | ";" | ":" | "." | "—" | "–" | "(" | ")")
}

/// The token after the clause that starts at `k`.
fn clause_end(toks: &[Tok], k: usize) -> usize {
    toks[k..]
        .iter()
        .position(breaks_clause)
        .map_or(toks.len(), |p| k + p)
}

/// The first token of the clause "since" at `k` is in, at most `REACH_BEFORE` tokens back.
fn clause_start(toks: &[Tok], k: usize) -> usize {
    let floor = k.saturating_sub(REACH_BEFORE);
    toks[floor..k]
        .iter()
        .rposition(breaks_clause)
        .map_or(floor, |p| floor + p + 1)
}

/// The first year in `toks[from..to]`, as (first token, last token, (first year, last year)):
/// a year written out ("2011", "the 1997 handover") or "N years ago" counted back from `date`.
fn year_after(
    toks: &[Tok],
    from: usize,
    to: usize,
    date: Option<Date>,
) -> Option<(usize, usize, (i16, i16))> {
    for k in from..to {
        let t = &toks[k];
        if let Some(y) = year(t) {
            // "since 2011-12", "since 1990 km": a year stands alone.
            let next = toks.get(k + 1);
            if next.is_some_and(|n| n.is_punct("-") && !n.space_before || n.kind == TokKind::Number)
            {
                return None;
            }
            return Some((k, k, (y, y)));
        }
        if toks.get(k + 1).is_some_and(|n| n.is("years"))
            && toks.get(k + 2).is_some_and(|n| n.is("ago"))
            && let Some(n) = count(t)
        {
            let now = date?.year();
            return Some((k, k + 2, (now - n - 1, now - n)));
        }
    }
    None
}

fn year(t: &Tok) -> Option<i16> {
    if t.kind != TokKind::Number || t.text.len() != 4 {
        return None;
    }
    let v: i16 = t.text.parse().ok()?;
    (1800..=2200).contains(&v).then_some(v)
}

/// A small whole number written in digits or words: "15", "ten".
fn count(t: &Tok) -> Option<i16> {
    let v = match t.kind {
        TokKind::Number => t.text.parse::<i16>().ok()?,
        TokKind::Word => lexicon::cardinal_unit(&t.lower)? as i16,
        TokKind::Punct => return None,
    };
    (1..=200).contains(&v).then_some(v)
}

/// The clause's content words, lower case and singular, sorted and distinct: no function
/// words, numbers, the year itself or the words of time ("since", "ago", "years").
fn frame_words(toks: &[Tok], base: usize, year: std::ops::RangeInclusive<usize>) -> Vec<String> {
    let mut words: Vec<String> = toks
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            !year.contains(&(i + base))
                && t.kind == TokKind::Word
                && t.text.len() >= 3
                && !lexicon::is_content_stop_word(&t.lower)
                && !TIME_WORDS.contains(&&*t.lower)
                && !t.in_class(lexicon::WordClass::MONTH | lexicon::WordClass::WEEKDAY)
        })
        .map(|(_, t)| noun_lemma(&t.lower))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// Words of any "since" clause, which say nothing of what is dated.
const TIME_WORDS: [&str; 9] = [
    "since", "ever", "ago", "year", "years", "yet", "then", "has", "have",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn anchors(s: &str, date: Option<Date>) -> Vec<(String, i16, i16, Vec<String>)> {
        let toks = tokenize(s, 0);
        find_anchors(&toks, Span::new(0, s.len()), date)
            .into_iter()
            .map(|a| {
                (
                    a.span.slice(s).to_string(),
                    a.first_year,
                    a.last_year,
                    a.words,
                )
            })
            .collect()
    }

    #[test]
    fn a_year_after_since_with_the_words_of_its_clause() {
        let got = anchors(
            "Messi guided Argentina to a first world title since 1986.",
            None,
        );
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].0.as_str(), got[0].1, got[0].2),
            ("1986", 1986, 1986)
        );
        assert!(got[0].3.contains(&"title".to_string()), "{got:?}");
        assert!(got[0].3.contains(&"argentina".to_string()), "{got:?}");
        // The year need not follow "since" at once.
        let got = anchors(
            "The disaster is the first fatal crash of a Boeing 787 since the jet went into commercial service in 2011.",
            None,
        );
        assert_eq!(got[0].0, "2011");
        assert!(got[0].3.contains(&"crash".to_string()));
        // Words after the year are the noun it dates, or nothing.
        let got = anchors(
            "Victory over England for the first time since 1999 will fuel expectations.",
            None,
        );
        assert!(!got[0].3.contains(&"expectation".to_string()), "{got:?}");
        let got = anchors(
            "It is the hardest test of its status since the 1997 handover gave Beijing control.",
            None,
        );
        assert!(got[0].3.contains(&"handover".to_string()), "{got:?}");
    }

    #[test]
    fn years_ago_count_back_from_the_report_and_allow_two_years() {
        let d = Date::new(2025, 6, 12).unwrap();
        let got = anchors(
            "It is the first crash of a Boeing 787 since the model was introduced 15 years ago.",
            Some(d),
        );
        assert_eq!(
            (got[0].0.as_str(), got[0].1, got[0].2),
            ("15 years ago", 2009, 2010)
        );
        let got = anchors(
            "The country has been in conflict ever since Gaddafi was ousted ten years ago.",
            Some(Date::new(2023, 9, 12).unwrap()),
        );
        assert_eq!((got[0].1, got[0].2), (2012, 2013));
        // Undated, "N years ago" says no year.
        assert!(anchors("in conflict since Gaddafi was ousted ten years ago", None).is_empty());
    }

    #[test]
    fn since_without_a_year_in_its_clause_is_no_anchor() {
        assert!(anchors("It has rained since Tuesday, and in 2011 it flooded.", None).is_empty());
        assert!(anchors("Prices have risen since the 2011-12 season.", None).is_empty());
        assert!(anchors("It is the highest since then.", None).is_empty());
    }
}
