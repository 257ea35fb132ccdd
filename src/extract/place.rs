//! Places named in a sentence: "in Kyiv", "southern Russia", "the region of Krasnodar".
//!
//! No gazetteer of every town: a place is a capitalized name after a locative preposition, a
//! compass adjective ("southern Russia"), or "region/city/province of X"; a short list of
//! countries and blocs also counts on its own. Months, weekdays, titles and people are not
//! places. The word lists are in the lexicon. A figure takes the place nearest to it in its sentence.

use crate::lexicon::{self, WordClass};
use crate::model::claim::Place;
use crate::text::normalize::name_key;
use crate::text::token::{Tok, TokKind};

/// The capitalized name starting at token `k`: its token range.
pub(super) fn name_run(toks: &[Tok], mut k: usize) -> Option<(usize, usize)> {
    let start = k;
    while let Some(t) = toks.get(k) {
        let ok = t.kind == TokKind::Word
            && t.is_capitalized()
            && !t.in_class(WordClass::NOT_PLACE | WordClass::MONTH | WordClass::WEEKDAY);
        let joiner = k > start
            && matches!(t.lower.as_str(), "of")
            && toks.get(k + 1).is_some_and(|n| n.is_capitalized());
        // "U.S.", "U.K.": the full stops of initials belong to the name.
        let initial_dot = k > start
            && t.is_punct(".")
            && !t.space_before
            && toks[k - 1].text.chars().count() == 1;
        if !(ok || joiner || initial_dot) || k - start >= 4 + 2 * usize::from(initial_dot) {
            break;
        }
        k += 1;
    }
    (k > start).then_some((start, k))
}

fn is_person_title(toks: &[Tok], start: usize) -> bool {
    start > 0 && lexicon::is_person_title(&toks[start - 1].lower)
}

pub fn find_places(toks: &[Tok], sentence: &str, base: usize) -> Vec<Place> {
    let mut out: Vec<Place> = Vec::new();
    let push = |a: usize, b: usize, locative: bool, out: &mut Vec<Place>| {
        let span = toks[a].span.cover(toks[b - 1].span);
        if out.iter().any(|p| p.span.overlaps(span)) {
            return;
        }
        let text = sentence[span.start - base..span.end - base].to_string();
        let key = name_key(&text);
        out.push(Place {
            text,
            span,
            key,
            locative,
        });
    };
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if let Some(end) = elsewhere_at(toks, i) {
            let span = toks[i].span.cover(toks[end - 1].span);
            out.push(Place {
                text: sentence[span.start - base..span.end - base].to_string(),
                span,
                key: crate::model::claim::ELSEWHERE.to_string(),
                locative: true,
            });
            i = end;
            continue;
        }
        // The lists are read from the token's classes: one lookup made by the tokenizer.
        let area_noun = t.in_class(WordClass::AREA_NOUN);
        if t.in_class(WordClass::LOCATIVE)
            || area_noun && toks.get(i + 1).is_some_and(|n| n.is("of"))
        {
            let mut k = i + 1;
            if area_noun {
                k += 1;
            }
            if toks.get(k).is_some_and(|n| n.is("the")) {
                k += 1;
            }
            // "in southern Russia"
            let compass = toks.get(k).is_some_and(|n| n.in_class(WordClass::COMPASS));
            let name_at = if compass { k + 1 } else { k };
            if let Some((a, b)) = name_run(toks, name_at)
                && !is_person_title(toks, a)
                && toks.get(b).is_none_or(|n| !n.is_capitalized())
            {
                push(if compass { k } else { a }, b, true, &mut out);
                i = b;
                continue;
            }
        }
        if t.in_class(WordClass::COMPASS)
            && let Some((a, b)) = name_run(toks, i + 1)
            && toks[a].in_class(WordClass::COUNTRY)
        {
            push(i, b, true, &mut out);
            i = b;
            continue;
        }
        if t.is_capitalized() && t.in_class(WordClass::COUNTRY) {
            push(i, i + 1, false, &mut out);
        }
        i += 1;
    }
    out.sort_by_key(|p| p.span);
    out
}

/// The longest phrase of `lexicon::is_elsewhere_phrase` starting at token `i`: the index after
/// it. "Elsewhere in Libya" keeps only "elsewhere": the country named after it is read as a
/// place of its own.
fn elsewhere_at(toks: &[Tok], i: usize) -> Option<usize> {
    const LONGEST: usize = 5;
    // Most words start no phrase: they are told by one lookup, with no phrase built.
    toks.get(i)
        .filter(|t| t.kind == TokKind::Word && t.in_class(WordClass::ELSEWHERE_START))?;
    let mut phrase = String::new();
    let mut found = None;
    for (k, t) in toks.iter().enumerate().skip(i).take(LONGEST) {
        if t.kind != TokKind::Word {
            break;
        }
        if k > i {
            phrase.push(' ');
        }
        phrase.push_str(&t.lower);
        // No longer phrase is one when these words start none.
        if !lexicon::is_elsewhere_prefix(&phrase) {
            break;
        }
        if lexicon::is_elsewhere_phrase(&phrase) {
            found = Some(k + 1);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn places(s: &str) -> Vec<String> {
        let toks = tokenize(s, 0);
        find_places(&toks, s, 0)
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn locatives_compass_and_regions() {
        assert_eq!(
            places("Mayor Vitalii Klitschko said 20 people were wounded in Kyiv."),
            vec!["Kyiv"]
        );
        assert_eq!(
            places("A Ukrainian attack on southern Russia killed three people"),
            vec!["southern Russia"]
        );
        assert_eq!(
            places("the attack on Russia’s southern region of Krasnodar was long"),
            vec!["Russia", "Krasnodar"]
        );
        assert_eq!(
            places("met officials in Abu Dhabi, in the United Arab Emirates, on Tuesday"),
            vec!["Abu Dhabi", "United Arab Emirates"]
        );
    }

    #[test]
    fn other_parts_of_the_country_are_elsewhere() {
        let keys = |s: &str| -> Vec<String> {
            let toks = tokenize(s, 0);
            find_places(&toks, s, 0)
                .into_iter()
                .map(|p| p.key)
                .collect()
        };
        assert_eq!(
            keys("In other parts of the country, the storm killed about 170 people."),
            ["elsewhere"]
        );
        assert_eq!(
            keys("Elsewhere in Libya, 170 died."),
            ["elsewhere", "libya"]
        );
        assert!(keys("Other officials said 20 died.").is_empty());
    }

    #[test]
    fn initials_keep_their_full_stops() {
        assert_eq!(places("jobs were created in the U.S. economy"), ["U.S."]);
        assert_eq!(places("talks in the U.K. ended"), ["U.K."]);
    }

    #[test]
    fn months_and_people_are_not_places() {
        assert!(places("in November he met Mr Trump").is_empty());
        assert_eq!(places("in Mr Trump’s view"), Vec::<String>::new());
    }
}
