//! Where a distance is measured from: "72 km southwest of Marrakesh", "100 kilometers east of
//! Santiago", "about 280 km from Howrah", "71 kilometers (44 miles) southwest of Marrakesh".
//!
//! A distance with a reference place is a figure of that place ("the epicentre's distance from
//! Marrakesh"), and its bearing is part of what it says: "northeast of Marrakesh" and
//! "southwest of Marrakesh" cannot both be true. The rule reads, right after the distance and
//! a bracketed conversion, an optional compass word, then "of" or "from", then a capitalized
//! name within a few words ("of the capital, Santiago"), keyed by the gazetteer's name for the
//! place it resolves to, so that "Marrakech" and "Marrakesh" are one. Owns the reading; not
//! what comparison does with it (`compare::claims`).

use super::quantity::Figure;
use crate::lexicon;
use crate::model::claim::{Kind, Reference};
use crate::text::normalize::name_key;
use crate::text::token::Tok;

/// How many tokens after "of" the place may start ("of the capital , Santiago").
const PLACE_GAP: usize = 5;

/// The place a distance figure is measured from, with its bearing.
pub fn reference(toks: &[Tok], f: &Figure) -> Option<Reference> {
    let length = f.kind == Kind::Measure
        && f.unit
            .as_deref()
            .and_then(lexicon::conversion)
            .is_some_and(|(base, _)| base == "kilometre");
    if !length {
        return None;
    }
    let mut k = f.last + 1;
    k = past_brackets(toks, k);
    // "south-west" (three tokens), "south west" (two), "southwest" (one): the longest form
    // that names a bearing.
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| t.is_word())
            .map(|t| t.lower.to_string())
    };
    let dashed = toks.get(k + 1).is_some_and(|d| d.is_dash());
    let forms = [
        (3, word(k).zip(word(k + 2).filter(|_| dashed))),
        (2, word(k).zip(word(k + 1))),
    ]
    .map(|(n, pair)| (n, pair.map(|(a, b)| a + &b)));
    let found = forms
        .into_iter()
        .chain([(1, word(k))])
        .find_map(|(n, w)| w.filter(|w| lexicon::bearing(w).is_some()).map(|w| (n, w)));
    let mut bearing = None;
    if let Some((n, w)) = found {
        k += n;
        bearing = Some(w);
    }
    let of = toks.get(k)?;
    if !(of.is("of") || of.is("from")) {
        return None;
    }
    // The name: past a few lower-case words and commas ("of the capital, Santiago").
    let mut at = k + 1;
    while at <= k + PLACE_GAP
        && toks
            .get(at)
            .is_some_and(|t| (t.is_word() && !t.is_capitalized()) || t.is_punct(","))
    {
        at += 1;
    }
    let (a, b) = super::place::name_run(toks, at)?;
    let text = toks[a..b]
        .iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ");
    // One place under its spellings ("Marrakech", "Marrakesh"): the gazetteer's name for it,
    // the city first (distances are given from towns; "Marrakech" is also a province's name).
    use crate::lexicon::gazetteer::{Gazetteer, Kind as PlaceKind};
    let gazetteer = Gazetteer::get();
    let readings = gazetteer.resolve(&text);
    let place = readings
        .iter()
        .find(|&&id| gazetteer.place(id).kind == PlaceKind::City)
        .or(readings.first())
        .map_or_else(|| name_key(&text), |&id| name_key(gazetteer.place(id).name));
    Some(Reference { place, bearing })
}

/// The token after a bracketed group at `k` ("(44 miles)"), or `k`.
fn past_brackets(toks: &[Tok], k: usize) -> usize {
    if !toks.get(k).is_some_and(|t| t.is_punct("(")) {
        return k;
    }
    toks[k..]
        .iter()
        .position(|t| t.is_punct(")"))
        .map_or(k, |close| k + close + 1)
}

#[cfg(test)]
mod tests {
    use crate::extract::figure_in;

    /// (place, bearing) of the figure written `figure` in `text`.
    fn reference_of(text: &str, figure: &str) -> Option<(String, Option<String>)> {
        figure_in(text, figure)
            .reference
            .map(|r| (r.place, r.bearing))
    }

    fn from(place: &str, bearing: Option<&str>) -> Option<(String, Option<String>)> {
        Some((place.to_string(), bearing.map(str::to_string)))
    }

    #[test]
    fn a_distance_with_a_bearing_of_a_place() {
        assert_eq!(
            reference_of(
                "The epicentre was 72 km southwest of Marrakesh, officials said.",
                "72 km"
            ),
            from("marrakesh", Some("southwest"))
        );
        assert_eq!(
            reference_of(
                "It struck 71 kilometers (44 miles) south-west of Marrakesh.",
                "71 kilometers"
            ),
            from("marrakesh", Some("southwest"))
        );
    }

    #[test]
    fn a_distance_from_a_place_with_no_bearing_or_past_an_apposition() {
        assert_eq!(
            reference_of("It was 72 km southwest of Marrakech.", "72 km"),
            from("marrakesh", Some("southwest")),
            "one city under two spellings"
        );
        assert_eq!(
            reference_of("The town lies about 280 km from Howrah.", "280 km"),
            from("howrah", None)
        );
        assert_eq!(
            reference_of(
                "The fires burned 75 miles west of the capital, Santiago.",
                "75 miles"
            ),
            from("santiago", Some("west"))
        );
    }

    #[test]
    fn no_reference_without_of_or_for_a_count() {
        assert_eq!(reference_of("They walked 20 km to Aleppo.", "20 km"), None);
        assert_eq!(
            reference_of("Rescuers found 12 people north of Derna.", "12"),
            None
        );
    }
}
