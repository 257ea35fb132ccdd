//! Phrases to readings: [`Gazetteer::read_phrase`] takes a place phrase as news writes it and
//! gives its [`Reading`]s: a name ("Derna", "Libyan", "UK", resolved by `names.rs`), a compass
//! part ("eastern Libya", "north-east Nigeria", "the south of England"), a division by its
//! kind word ("the Kyiv region", "Al Haouz province", "the state of Texas"), "X City", and
//! "Paris, Texas" (the first part inside the second). It owns the words of a phrase: compass
//! words, kind words, "of", commas. Where a compass part lies is `geo.rs`'s; how readings
//! compare is `relation.rs`'s.

use super::names::Candidate;
use super::{Compass, Gazetteer, Kind, PlaceId, PlaceRelation};

/// Words a division's name may end with that name its kind ("Kyiv Oblast", "Al Haouz
/// Province", "the Gaza Strip"). Keep in step with `KIND_WORDS` in `tools/gazetteer/build.py`.
const KIND_WORDS: &[&str] = &[
    "province",
    "region",
    "oblast",
    "governorate",
    "district",
    "state",
    "county",
    "prefecture",
    "department",
    "krai",
    "kray",
    "okrug",
    "municipality",
    "popularate",
    "parish",
    "territory",
    "division",
    "strip",
    "emirate",
    "voivodeship",
    "canton",
    "autonomous",
    "sar",
    "shi",
    "raion",
    "rayon",
];

/// One reading of a place phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reading {
    /// The place itself.
    Place(PlaceId),
    /// A compass part of it: "eastern Libya".
    Part(PlaceId, Compass),
}

impl Reading {
    /// The place the reading is of.
    pub fn place(self) -> PlaceId {
        match self {
            Reading::Place(p) | Reading::Part(p, _) => p,
        }
    }
}

impl Compass {
    fn parse(word: &str) -> Option<Compass> {
        Some(match word {
            "north" | "northern" => Compass::North,
            "south" | "southern" => Compass::South,
            "east" | "eastern" => Compass::East,
            "west" | "western" => Compass::West,
            "northeast" | "northeastern" => Compass::NorthEast,
            "northwest" | "northwestern" => Compass::NorthWest,
            "southeast" | "southeastern" => Compass::SouthEast,
            "southwest" | "southwestern" => Compass::SouthWest,
            "central" | "centre" | "center" => Compass::Central,
            _ => return None,
        })
    }
}

impl Gazetteer {
    /// The readings of a place phrase as news writes it, most likely first; empty when the
    /// gazetteer does not know it. Understood: names ("Derna", "Valparaíso", "the Gaza
    /// Strip", "Greater London"), demonyms ("Libyan"), abbreviations ("UK"), compass parts
    /// ("eastern Libya", "north-east Nigeria", "the south of England"), divisions by their
    /// kind ("the Kyiv region", "Al Haouz province", "Krasnodar region": the division a city
    /// of that name lies in, when no division bears the name), "X City", and "Paris, Texas".
    pub fn read_phrase(&self, phrase: &str) -> Vec<Reading> {
        self.read(phrase, 0)
    }

    /// `read_phrase`, `depth` levels down a comma or a compass word (four at most, so no
    /// input can recurse deep).
    fn read(&self, phrase: &str, depth: u8) -> Vec<Reading> {
        if depth > 4 {
            return Vec::new();
        }
        let phrase = phrase
            .trim()
            .trim_end_matches(|c: char| c.is_ascii_punctuation());
        if phrase.is_empty() {
            return Vec::new();
        }
        // "Paris, Texas": the first part inside the second.
        if let Some((head, tail)) = phrase.split_once(',') {
            let outer = self.read(tail, depth + 1);
            if outer.is_empty() {
                // "Kyiv, the capital": the tail places nothing
                return self.read(head, depth + 1);
            }
            let inner: Vec<Reading> = self
                .read(head, depth + 1)
                .into_iter()
                .filter(|r| {
                    outer.iter().any(|o| {
                        matches!(
                            self.reading_relation(*o, *r),
                            PlaceRelation::Contains | PlaceRelation::Same
                        )
                    })
                })
                .collect();
            return inner;
        }
        let places = |ids: Vec<PlaceId>| ids.into_iter().map(Reading::Place).collect::<Vec<_>>();
        let whole = self.resolve(phrase);
        if !whole.is_empty() {
            return places(whole);
        }
        let key = self.key(phrase);
        let words: Vec<&str> = key.split(' ').collect();
        let the = phrase
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("the "));
        // "West Africa" as CLDR's "Western Africa"
        if let Some(dir) = words
            .first()
            .filter(|w| matches!(**w, "north" | "south" | "east" | "west") && words.len() > 1)
        {
            let variant = format!("{dir}ern {}", words[1..].join(" "));
            let found = self.resolve(&variant);
            if !found.is_empty() {
                return places(found);
            }
        }
        // Compass parts: "eastern Libya", "north-east Nigeria", "the north of England".
        let (compass, rest) = compass_prefix(&words);
        if let Some(compass) = compass {
            let rest = match rest.split_first() {
                Some((&"of", tail)) if the => tail,
                Some((&"of", _)) => return Vec::new(), // "east of Kyiv" lies outside it
                _ => rest,
            };
            if !rest.is_empty() {
                let base = rest.join(" ");
                let mut parts: Vec<Reading> = self
                    .read(&base, depth + 1)
                    .into_iter()
                    .filter_map(|r| match r {
                        Reading::Place(p) => Some(Reading::Part(p, compass)),
                        Reading::Part(..) => None,
                    })
                    .collect();
                // a part of a place with an extent first: "northern Gaza" is the Strip's
                parts.sort_by_key(|r| self.bounds(r.place()).is_none());
                return parts;
            }
        }
        // "the Kyiv region", "Al Haouz province", "Gaza City", "the state of Texas".
        let (base, kind_word) = match words.as_slice() {
            [kind, "of", rest @ ..] if !rest.is_empty() && is_kind_word(kind, true) => {
                (rest.join(" "), *kind)
            }
            [rest @ .., kind] if !rest.is_empty() && is_kind_word(kind, true) => {
                (rest.join(" "), *kind)
            }
            _ => return Vec::new(),
        };
        if kind_word == "city" {
            let cities: Vec<PlaceId> = self
                .resolve(&base)
                .into_iter()
                .filter(|p| self.place(*p).kind == Kind::City)
                .collect();
            return places(cities);
        }
        // the division under any kind word: "the Kyiv region" is what the data calls "Kyiv
        // Oblast"
        let mut found: Vec<Candidate> = Vec::new();
        for kind in KIND_WORDS {
            self.collect(&format!("{base} {kind}"), &mut found);
        }
        if !found.is_empty() {
            let mut ids = found;
            ids.sort_by(|a, b| {
                b.strength
                    .cmp(&a.strength)
                    .then(self.place(b.id).weight.cmp(&self.place(a.id).weight))
            });
            return places(ids.into_iter().map(|c| c.id).collect());
        }
        let all = self.resolve(&base);
        let divisions: Vec<PlaceId> = all
            .iter()
            .copied()
            .filter(|p| self.place(*p).kind.is_division())
            .collect();
        if !divisions.is_empty() {
            return places(divisions);
        }
        // no division bears the name: the one its city lies in
        let mut out: Vec<PlaceId> = Vec::new();
        for p in all {
            if self.place(p).kind != Kind::City {
                continue;
            }
            if let Some(d) = self
                .ancestors(p)
                .into_iter()
                .find(|a| self.place(*a).kind.is_division())
                && !out.contains(&d)
            {
                out.push(d);
            }
        }
        places(out)
    }
}

/// A compass at the start of a phrase's words, and the words after it: "eastern", "north
/// east", "north-eastern" (the key has turned the hyphen into a space), "northeast".
fn compass_prefix<'a, 'w>(words: &'a [&'w str]) -> (Option<Compass>, &'a [&'w str]) {
    if let [first, second, rest @ ..] = words
        && matches!(*first, "north" | "south")
        && matches!(*second, "east" | "eastern" | "west" | "western")
        && let Some(c) = Compass::parse(&format!("{first}{second}"))
    {
        return (Some(c), rest);
    }
    match words.split_first() {
        Some((first, rest)) => match Compass::parse(first) {
            Some(c) => (Some(c), rest),
            None => (None, words),
        },
        None => (None, words),
    }
}

fn is_kind_word(word: &str, or_city: bool) -> bool {
    KIND_WORDS.contains(&word) || (or_city && word == "city")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::gazetteer::testing::{g, one};
    use crate::lexicon::gazetteer::{PlaceRelation::*, relation};

    #[test]
    fn demonyms_read_as_their_country() {
        let libya = one("Libya", Kind::Country, "LY");
        assert_eq!(g().read_phrase("Libyan"), vec![Reading::Place(libya)]);
        assert_eq!(relation("Libyan", "Derna"), Contains);
        assert_eq!(relation("Ukrainian", "Kyiv"), Contains);
        assert_eq!(relation("British", "London"), Contains);
        assert_eq!(relation("Russian", "Kyiv"), Disjoint);
    }

    #[test]
    fn southern_russia_holds_krasnodar() {
        one("Krasnodar", Kind::City, "RU");
        assert_eq!(relation("southern Russia", "Krasnodar"), Contains);
        assert_eq!(relation("Krasnodar", "Russia"), ContainedBy);
        assert_eq!(relation("southern Russia", "Murmansk"), Disjoint);
        assert_eq!(relation("southern Russia", "Kyiv"), Disjoint);
        // "Krasnodar region": no division bears the name, so the one the city lies in
        let region = g().read_phrase("the Krasnodar region");
        assert_eq!(region.len(), 1);
        assert_eq!(g().place(region[0].place()).kind, Kind::Admin1);
        assert_eq!(relation("Krasnodar region", "Krasnodar"), Contains);
        assert_eq!(relation("Krasnodar region", "Sochi"), Contains);
        assert_eq!(relation("Krasnodar region", "Rostov-on-Don"), Disjoint);
    }

    #[test]
    fn odd_input_does_not_panic() {
        let long = "north ".repeat(10_000) + "Libya";
        let commas = "Paris,".repeat(10_000);
        for phrase in [
            "",
            " ",
            ",",
            "the",
            "the ",
            "é",
            "Tér",
            "\u{301}",
            "north",
            "the north of",
            "east of",
            "region",
            "city",
            "U.",
            "..",
            "'",
            long.as_str(),
            commas.as_str(),
        ] {
            let _ = g().read_phrase(phrase);
            let _ = relation(phrase, "Kyiv");
        }
        assert_eq!(relation("Kyiv, Ukraine", "Ukraine"), ContainedBy);
        assert_eq!(
            relation("Kyiv, the Ukrainian capital", "Ukraine"),
            ContainedBy
        );
    }
}
