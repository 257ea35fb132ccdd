//! Relations: how two places, two readings or two place phrases stand to each other
//! ([`PlaceRelation`]). It owns containment (a place's ancestors), when two places of the table
//! are apart (two countries, two divisions of one level under one parent, two regions by their
//! countries; a territory listed in another country is neither in it nor apart), two compass
//! parts of one place compared, and the weighing of two phrases' readings (pairs in one
//! country first, the likeliest `MAX_READINGS` of each). Whether a place lies in a compass
//! part and whether two cities may be one built-up area it asks of `geo.rs`; what a phrase's
//! readings are, of `phrase.rs`.

use super::{Gazetteer, Kind, PlaceId, Reading};

/// How many readings of each phrase `relation` weighs.
const MAX_READINGS: usize = 32;

/// How two places (or place phrases) stand to each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceRelation {
    /// One place.
    Same,
    /// The first contains the second ("eastern Libya", "Derna").
    Contains,
    /// The second contains the first ("Derna", "Libya").
    ContainedBy,
    /// They share ground but neither contains the other ("northern Gaza", "eastern Gaza").
    Overlaps,
    /// Neither contains the other and they do not meet ("Kyiv", "Lviv"): evidence of two
    /// events.
    Disjoint,
    /// The gazetteer cannot tell (a phrase it does not know, a place it cannot locate):
    /// comparison must not take it as evidence that the places differ.
    Unknown,
}

impl PlaceRelation {
    fn flip(self) -> PlaceRelation {
        match self {
            PlaceRelation::Contains => PlaceRelation::ContainedBy,
            PlaceRelation::ContainedBy => PlaceRelation::Contains,
            other => other,
        }
    }
}

/// The relation of two place phrases in the bundled gazetteer: see [`Gazetteer::relation`].
pub fn relation(a: &str, b: &str) -> PlaceRelation {
    Gazetteer::get().relation(a, b)
}

impl Gazetteer {
    /// Every place containing `id`, nearest first (a city's division, its country, the
    /// country's regions).
    pub fn ancestors(&self, id: PlaceId) -> Vec<PlaceId> {
        let mut out: Vec<PlaceId> = Vec::new();
        let mut next = 0;
        out.extend(self.parents(id));
        while next < out.len() {
            let p = out[next];
            next += 1;
            for &q in self.parents(p) {
                if !out.contains(&q) {
                    out.push(q);
                }
            }
        }
        out
    }

    /// True when `outer` contains `inner` (a place does not contain itself).
    pub fn contains(&self, outer: PlaceId, inner: PlaceId) -> bool {
        outer != inner && self.ancestors(inner).contains(&outer)
    }

    /// How two places in the table stand to each other.
    pub fn place_relation(&self, a: PlaceId, b: PlaceId) -> PlaceRelation {
        if a == b {
            return PlaceRelation::Same;
        }
        if self.contains(a, b) {
            return PlaceRelation::Contains;
        }
        if self.contains(b, a) {
            return PlaceRelation::ContainedBy;
        }
        let (pa, pb) = (self.place(a), self.place(b));
        if pa.kind == Kind::Region && pb.kind == Kind::Region {
            return self.region_relation(a, b);
        }
        if pa.kind == Kind::Region || pb.kind == Kind::Region {
            // a place outside a region's countries
            return PlaceRelation::Disjoint;
        }
        let (Some(ca), Some(cb)) = (pa.country, pb.country) else {
            return PlaceRelation::Unknown;
        };
        if ca != cb {
            let listed = |t: PlaceId, host: PlaceId| {
                let (from, to) = self.place(t).listed_in;
                self.links[from as usize..to as usize].contains(&host)
            };
            // one side is the host country the other's territory is listed in
            if (b == cb && listed(ca, b)) || (a == ca && listed(cb, a)) {
                return PlaceRelation::Unknown;
            }
            return PlaceRelation::Disjoint;
        }
        if pa.kind == Kind::City && pb.kind == Kind::City {
            return self.city_relation(pa, pb);
        }
        // One country: the children of the lowest common ancestor on each side.
        let chain = |id: PlaceId| {
            let mut c = vec![id];
            c.extend(self.ancestors(id));
            c
        };
        let (chain_a, chain_b) = (chain(a), chain(b));
        let Some((ia, ib)) = chain_a
            .iter()
            .enumerate()
            .find_map(|(i, x)| chain_b.iter().position(|y| y == x).map(|j| (i, j)))
        else {
            return PlaceRelation::Unknown;
        };
        if ia == 0 || ib == 0 {
            return PlaceRelation::Unknown; // containment, handled above
        }
        let (ka, kb) = (
            self.place(chain_a[ia - 1]).kind,
            self.place(chain_b[ib - 1]).kind,
        );
        match (ka, kb) {
            (Kind::Admin1, Kind::Admin1) | (Kind::Admin2, Kind::Admin2) => PlaceRelation::Disjoint,
            (Kind::City, Kind::City) => {
                self.city_relation(self.place(chain_a[ia - 1]), self.place(chain_b[ib - 1]))
            }
            _ => PlaceRelation::Unknown,
        }
    }

    /// Two regions, by the countries in each.
    fn region_relation(&self, a: PlaceId, b: PlaceId) -> PlaceRelation {
        let (ma, mb) = (&self.members[a.0 as usize], &self.members[b.0 as usize]);
        let a_has_b = mb.iter().all(|c| ma.contains(c));
        let b_has_a = ma.iter().all(|c| mb.contains(c));
        match (a_has_b, b_has_a) {
            (true, true) => PlaceRelation::Same,
            (true, false) => PlaceRelation::Contains,
            (false, true) => PlaceRelation::ContainedBy,
            (false, false) if ma.iter().any(|c| mb.contains(c)) => PlaceRelation::Overlaps,
            _ => PlaceRelation::Disjoint,
        }
    }

    /// How two readings stand to each other.
    pub fn reading_relation(&self, a: Reading, b: Reading) -> PlaceRelation {
        match (a, b) {
            (Reading::Place(x), Reading::Place(y)) => self.place_relation(x, y),
            (Reading::Part(..), Reading::Place(_)) => self.reading_relation(b, a).flip(),
            (Reading::Place(p), Reading::Part(base, compass)) => {
                if p == base || self.contains(p, base) {
                    return PlaceRelation::Contains;
                }
                if self.contains(base, p) {
                    return self.compass_holds(base, compass, a).flip();
                }
                match self.place_relation(p, base) {
                    PlaceRelation::Disjoint => PlaceRelation::Disjoint,
                    _ => PlaceRelation::Unknown,
                }
            }
            (Reading::Part(x, cx), Reading::Part(y, cy)) => {
                if x == y {
                    let (rx, ry) = (cx.rect(), cy.rect());
                    return if rx == ry {
                        PlaceRelation::Same
                    } else if ry.within(&rx) {
                        PlaceRelation::Contains
                    } else if rx.within(&ry) {
                        PlaceRelation::ContainedBy
                    } else if rx.overlaps(&ry) {
                        PlaceRelation::Overlaps
                    } else {
                        PlaceRelation::Disjoint
                    };
                }
                if self.contains(x, y) {
                    return self.compass_holds(x, cx, b);
                }
                if self.contains(y, x) {
                    return self.compass_holds(y, cy, a).flip();
                }
                match self.place_relation(x, y) {
                    PlaceRelation::Disjoint => PlaceRelation::Disjoint,
                    _ => PlaceRelation::Unknown,
                }
            }
        }
    }

    /// How two place phrases stand to each other: see the notes of the gazetteer module.
    /// `Unknown` when either phrase is not in the gazetteer.
    pub fn relation(&self, a: &str, b: &str) -> PlaceRelation {
        let (ra, rb) = (self.read_phrase(a), self.read_phrase(b));
        if ra.is_empty() || rb.is_empty() {
            return PlaceRelation::Unknown;
        }
        let country = |r: &Reading| self.country_of(r.place());
        let mut pairs: Vec<(usize, Reading, Reading)> = Vec::new();
        // the likeliest readings only: a name borne by a hundred towns stays cheap
        for (i, x) in ra.iter().take(MAX_READINGS).enumerate() {
            for (j, y) in rb.iter().take(MAX_READINGS).enumerate() {
                pairs.push((i + j, *x, *y));
            }
        }
        let shared: Vec<(usize, Reading, Reading)> = pairs
            .iter()
            .copied()
            .filter(|(_, x, y)| country(x).is_some() && country(x) == country(y))
            .collect();
        let mut preferred = if shared.is_empty() { pairs } else { shared };
        preferred.sort_by_key(|(rank, _, _)| *rank);
        preferred
            .iter()
            .map(|(_, x, y)| self.reading_relation(*x, *y))
            .find(|r| *r != PlaceRelation::Disjoint)
            .unwrap_or(PlaceRelation::Disjoint)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::gazetteer::testing::{g, one};
    use PlaceRelation::*;

    #[test]
    fn derna_is_in_libya() {
        let derna = one("Derna", Kind::City, "LY");
        let libya = one("Libya", Kind::Country, "LY");
        assert!(g().contains(libya, derna));
        assert!(!g().contains(derna, libya));
        assert!(g().ancestors(derna).contains(&libya));
        assert_eq!(relation("Derna", "Libya"), ContainedBy);
        assert_eq!(relation("Libya", "Derna"), Contains);
        assert_eq!(relation("Derna", "Darnah"), Same);
    }

    #[test]
    fn kyiv_and_lviv_are_apart() {
        one("Kyiv", Kind::City, "UA");
        one("Lviv", Kind::City, "UA");
        assert_eq!(relation("Kyiv", "Lviv"), Disjoint);
        assert_eq!(relation("Kiev", "Kyiv"), Same);
        assert_eq!(relation("Kyiv", "Ukraine"), ContainedBy);
        assert_eq!(relation("Lviv", "western Ukraine"), ContainedBy);
        assert_eq!(relation("Kharkiv", "eastern Ukraine"), ContainedBy);
        assert_eq!(relation("Lviv", "eastern Ukraine"), Disjoint);
        // the Kyiv region is the oblast the data calls "Kyivska oblast"
        let region = g().read_phrase("the Kyiv region");
        assert_eq!(g().place(region[0].place()).name, "Kyivska oblast");
        assert_eq!(relation("Kyiv region", "Lviv"), Disjoint);
        assert_eq!(relation("Kharkiv region", "Kharkiv"), Contains);
    }

    #[test]
    fn marrakesh_and_al_haouz() {
        let marrakesh = one("Marrakesh", Kind::City, "MA");
        let haouz = g().read_phrase("Al Haouz province");
        assert_eq!(haouz.len(), 1);
        let haouz = haouz[0].place();
        assert_eq!(g().place(haouz).kind, Kind::Admin2);
        let safi = one("Marrakesh-Safi", Kind::Admin1, "MA");
        assert!(g().contains(safi, marrakesh));
        assert!(g().contains(safi, haouz));
        // the city lies in its own prefecture, beside the province of Al Haouz
        assert_eq!(relation("Marrakesh", "Al Haouz region"), Disjoint);
        assert_eq!(relation("Al Haouz", "Marrakesh-Safi"), ContainedBy);
        assert_eq!(relation("Marrakech", "Morocco"), ContainedBy);
        assert_eq!(relation("Marrakesh-Safi", "Morocco"), ContainedBy);
    }

    #[test]
    fn chile_valparaiso_and_vina_del_mar() {
        let chile = one("Chile", Kind::Country, "CL");
        let valpo = g().resolve("Valparaíso");
        assert!(
            valpo.len() >= 3,
            "region, the Chilean city, a Brazilian town"
        );
        assert_eq!(relation("Valparaíso", "Chile"), ContainedBy);
        assert_eq!(relation("Valparaiso", "Chile"), ContainedBy);
        assert_eq!(relation("Viña del Mar", "Chile"), ContainedBy);
        assert_eq!(relation("Vina del Mar", "Valparaíso region"), ContainedBy);
        assert_eq!(relation("Viña del Mar", "Valparaíso"), ContainedBy);
        assert_eq!(relation("Viña del Mar", "Santiago"), Disjoint);
        let vina = one("Viña del Mar", Kind::City, "CL");
        assert!(g().contains(chile, vina));
    }

    #[test]
    fn balasore_odisha_india() {
        let balasore = one("Balasore", Kind::City, "IN");
        let odisha = one("Odisha", Kind::Admin1, "IN");
        let india = one("India", Kind::Country, "IN");
        assert!(g().contains(odisha, balasore));
        assert!(g().contains(india, odisha));
        assert_eq!(relation("Balasore", "Odisha"), ContainedBy);
        assert_eq!(relation("Odisha", "India"), ContainedBy);
        assert_eq!(relation("Balasore district", "Balasore"), Contains);
        assert_eq!(relation("Balasore", "Gujarat"), Disjoint);
    }

    #[test]
    fn ahmedabad_gujarat() {
        let ahmedabad = one("Ahmedabad", Kind::City, "IN");
        let gujarat = one("Gujarat", Kind::Admin1, "IN");
        assert!(g().contains(gujarat, ahmedabad));
        assert_eq!(relation("Ahmedabad", "Gujarat"), ContainedBy);
        assert_eq!(relation("Gujarāt", "Ahmedabad"), Contains);
        assert_eq!(relation("Ahmedabad", "Odisha"), Disjoint);
        assert_eq!(relation("Ahmedabad", "western India"), ContainedBy);
    }

    #[test]
    fn london_england_uk() {
        let london = one("London", Kind::City, "GB");
        let england = one("England", Kind::Admin1, "GB");
        let uk = one("United Kingdom", Kind::Country, "GB");
        let greater = one("Greater London", Kind::Admin2, "GB");
        assert!(g().contains(greater, london));
        assert!(g().contains(england, greater));
        assert!(g().contains(uk, england));
        assert_eq!(relation("London", "England"), ContainedBy);
        assert_eq!(relation("England", "UK"), ContainedBy);
        assert_eq!(relation("Britain", "London"), Contains);
        assert_eq!(relation("London", "Greater London"), ContainedBy);
        assert_eq!(relation("London", "Scotland"), Disjoint);
        assert_eq!(relation("England", "Scotland"), Disjoint);
        assert_eq!(relation("London", "Manchester"), Disjoint);
        // London, Ontario is another city: with Ontario the Canadian one is read
        assert_eq!(relation("London", "Ontario"), ContainedBy);
        assert_eq!(relation("London, Ontario", "England"), Disjoint);
    }

    #[test]
    fn gaza() {
        let strip = one("the Gaza Strip", Kind::Admin1, "PS");
        let city = g()
            .resolve("Gaza City")
            .into_iter()
            .find(|p| g().place(*p).kind == Kind::City)
            .expect("Gaza City");
        assert!(g().contains(strip, city));
        assert_eq!(relation("Gaza City", "the Gaza Strip"), ContainedBy);
        assert_ne!(relation("Gaza City", "Gaza"), Disjoint);
        assert_eq!(relation("Khan Younis", "Gaza Strip"), ContainedBy);
        assert_eq!(relation("Rafah", "Gaza City"), Disjoint);
        assert_eq!(relation("the Gaza Strip", "the West Bank"), Disjoint);
        assert_eq!(relation("northern Gaza", "Gaza City"), Contains);
        assert_eq!(relation("southern Gaza", "Rafah"), Contains);
        assert_eq!(relation("northern Gaza", "Rafah"), Disjoint);
    }

    #[test]
    fn hong_kong_is_listed_under_china_but_not_placed() {
        let hk = g()
            .resolve("Hong Kong")
            .into_iter()
            .find(|p| g().place(*p).kind == Kind::Country)
            .expect("Hong Kong, the country of ISO 3166-1");
        let china = one("China", Kind::Country, "CN");
        assert!(!g().contains(china, hk));
        assert_eq!(relation("Hong Kong", "China"), Unknown);
        assert_eq!(relation("China", "Hong Kong"), Unknown);
        assert_eq!(relation("Hong Kong", "Beijing"), Disjoint);
        assert_eq!(relation("Hong Kong", "Eastern Asia"), ContainedBy);
        assert_eq!(relation("Hong Kong", "Japan"), Disjoint);
    }

    #[test]
    fn us_states_and_ambiguous_cities() {
        let texas = one("Texas", Kind::Admin1, "US");
        let paris = g().resolve("Paris");
        assert_eq!(
            g().place(paris[0]).country_code,
            "FR",
            "the French capital first"
        );
        assert!(paris.iter().any(|p| g().contains(texas, *p)));
        assert_eq!(relation("Paris", "Texas"), ContainedBy);
        assert_eq!(relation("Paris", "France"), ContainedBy);
        assert_eq!(relation("Paris", "Lyon"), Disjoint);
        let tx = g().read_phrase("Paris, Texas");
        assert_eq!(tx.len(), 1);
        assert!(g().contains(texas, tx[0].place()));
        assert_eq!(relation("Paris, Texas", "France"), Disjoint);
        assert_eq!(relation("Houston", "the state of Texas"), ContainedBy);
        assert_eq!(relation("Los Angeles", "California"), ContainedBy);
        assert_eq!(relation("Los Angeles", "Texas"), Disjoint);
        assert_eq!(relation("Georgia", "Tbilisi"), Contains);
        assert_eq!(relation("Georgia", "Atlanta"), Contains);
    }

    #[test]
    fn spellings_and_short_names() {
        // "Odessa" is a Texan city's own name and Odesa's old spelling: with Odesa the
        // Ukrainian one is read, and it is never claimed apart from itself
        assert_eq!(relation("Odessa", "Odesa"), Same);
        assert_eq!(relation("Odessa", "Texas"), ContainedBy);
        assert_eq!(relation("Odessa", "Kyiv"), Disjoint);
        // the name after the form of government: "Congo", "Korea", "America"
        assert_eq!(relation("Goma", "Congo"), ContainedBy);
        assert_eq!(relation("eastern Congo", "Goma"), Contains);
        assert_eq!(relation("Korea", "Seoul"), Contains);
        assert_eq!(relation("North Korea", "Seoul"), Disjoint);
        assert_eq!(relation("America", "Chicago"), Contains);
    }

    #[test]
    fn relation_is_symmetric() {
        let phrases = [
            "Derna",
            "eastern Libya",
            "Libya",
            "Tripoli",
            "Kyiv",
            "Lviv",
            "the Kyiv region",
            "southern Russia",
            "Krasnodar",
            "Gaza",
            "Gaza City",
            "northern Gaza",
            "Rafah",
            "Paris",
            "Texas",
            "London",
            "England",
            "Europe",
            "Hong Kong",
            "China",
            "Qwxzzy",
        ];
        for a in phrases {
            for b in phrases {
                assert_eq!(relation(a, b), relation(b, a).flip(), "{a} / {b}");
            }
        }
    }

    #[test]
    fn regions_of_the_world() {
        assert_eq!(relation("Europe", "Kyiv"), Contains);
        assert_eq!(relation("Europe", "Eastern Europe"), Contains);
        assert_eq!(relation("Europe", "Asia"), Disjoint);
        assert_eq!(relation("European Union", "France"), Contains);
        assert_eq!(relation("EU", "Ukraine"), Disjoint);
        assert_eq!(relation("West Africa", "Nigeria"), Contains);
        assert_eq!(relation("Europe", "European Union"), Overlaps);
    }

    #[test]
    fn unknown_names_are_unknown() {
        assert!(g().resolve("Qwxzzy").is_empty());
        assert!(g().read_phrase("").is_empty());
        assert_eq!(relation("Qwxzzy", "Kyiv"), Unknown);
        assert_eq!(relation("Kyiv", "Gotham"), Unknown);
        assert_eq!(relation("eastern Qwxzzy", "Libya"), Unknown);
        assert_eq!(relation("Mordor region", "Libya"), Unknown);
        // a real town, though: Atlantis, Western Cape
        assert_eq!(relation("Atlantis", "South Africa"), ContainedBy);
    }
}
