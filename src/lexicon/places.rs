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
    /// An entry of the country list that is a city ("kyiv"): it contains no other place.
    LISTED_CITIES,
    is_listed_city,
    "listed_cities.txt"
);
