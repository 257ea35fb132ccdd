//! Place words: locatives before a place name, compass adjectives, area nouns ("region"),
//! the countries, blocs and capitals recognised anywhere, and the capitalized words never part
//! of a place name. Which place contains which is the gazetteer's (`gazetteer/`).

use super::load::word_list;

word_list!(
    /// A preposition after which a capitalized name is a place: "in", "near".
    LOCATIVES,
    is_locative,
    "locatives.txt"
);

word_list!(
    /// A compass adjective before a place: "southern".
    COMPASS,
    is_compass,
    "compass.txt"
);

word_list!(
    /// An area noun naming a place with "of": "region", "city".
    AREA_NOUNS,
    is_area_noun,
    "area_nouns.txt"
);

word_list!(
    /// A country, bloc or capital recognised anywhere (lower case): "ukraine", "moscow".
    COUNTRIES,
    is_country,
    "countries.txt"
);

word_list!(
    /// A capitalized word (lower case here) that is never part of a place name: "the", "mr".
    NOT_PLACES,
    is_not_place,
    "not_places.txt"
);
word_list!(
    /// A phrase placing a figure away from the story's named places: "in other parts of",
    /// "elsewhere" (`elsewhere.txt`; words joined by one space).
    ELSEWHERE_PHRASES,
    is_elsewhere_phrase,
    "elsewhere.txt"
);

pub(super) static ELSEWHERE_PREFIXES: std::sync::LazyLock<super::WordSet> =
    std::sync::LazyLock::new(|| {
        let mut prefixes = super::WordSet::default();
        for phrase in super::load::entries(include_str!("elsewhere.txt")) {
            for (at, _) in phrase.match_indices(' ') {
                prefixes.insert(&phrase[..at]);
            }
            prefixes.insert(phrase);
        }
        prefixes
    });

/// The first words of an elsewhere phrase, whole words only ("in other" of "in other parts
/// of"), or a whole phrase: a phrase read word by word can be one only while this holds.
pub fn is_elsewhere_prefix(words: &str) -> bool {
    ELSEWHERE_PREFIXES.contains(words)
}

word_list!(
    /// An entry of the country list that is a city ("kyiv"): it contains no other place.
    LISTED_CITIES,
    is_listed_city,
    "listed_cities.txt"
);

static BEARINGS: std::sync::LazyLock<super::WordMap<f64>> =
    std::sync::LazyLock::new(|| super::load::map(include_str!("bearings.tsv"), |r| r.num(1)));

/// The bearing a compass word names, in degrees from north: "southwest" → 225. Hyphens are
/// ignored ("south-west").
pub fn bearing(word: &str) -> Option<f64> {
    if let Some(b) = BEARINGS.get(word) {
        return Some(*b);
    }
    let joined: String = word.chars().filter(|c| *c != '-').collect();
    BEARINGS.get(joined.as_str()).copied()
}

/// The bearings file's own word for a compass word ("south-west" → "southwest"), a static
/// string so that a finding's side can carry it.
pub fn bearing_word(word: &str) -> Option<&'static str> {
    let joined: String = word.chars().filter(|c| *c != '-').collect();
    BEARINGS
        .get_key_value(word)
        .or_else(|| BEARINGS.get_key_value(joined.as_str()))
        .map(|(k, _)| *k)
}

/// Two bearings that cannot both be the direction of one place from another: more than 45
/// degrees apart ("south" and "southwest" may be one direction rounded; "northeast" and
/// "southwest" are not).
pub fn bearings_clash(a: f64, b: f64) -> bool {
    let d = (a - b).abs() % 360.0;
    d.min(360.0 - d) > 45.0
}
