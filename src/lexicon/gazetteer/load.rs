//! Loading: the file `tools/gazetteer/build.py` writes (one place a line, tab-separated, and a
//! `#!fold` header line) parsed into a [`Gazetteer`] in one pass over its rows: the places, their
//! keys, their parents and the countries they are listed in; then each place's country, the
//! people of each division and region, and the countries of each region. It owns the file
//! format; what a key is and how a name folds is `names.rs`'s, and what the table answers is
//! the other files'.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use super::names::{Candidate, Entry, FnvMap, Fold, Identity, Key, is_plain, key_hash};
use super::{Gazetteer, Kind, Place, PlaceId};

/// The fields of one row, split on tabs without allocating: each found by a walk over its
/// bytes (`split('\t')` set up a `memchr` search per field, most of them a few bytes long: a
/// fifth of the parse). Fields past the twelfth are ignored.
fn fields(line: &'static str) -> [&'static str; 12] {
    let mut out = [""; 12];
    let mut rest = line;
    for slot in &mut out {
        match rest.bytes().position(|b| b == b'\t') {
            Some(tab) => {
                *slot = &rest[..tab];
                rest = &rest[tab + 1..];
            }
            None => {
                *slot = rest;
                break;
            }
        }
    }
    out
}

/// A source id as a number: a GeoNames id is one; a region's "R150" is hashed.
fn source_number(id: &str) -> u64 {
    match id.parse::<u64>() {
        Ok(n) => n,
        Err(_) => key_hash(id) | 1 << 63,
    }
}

impl Gazetteer {
    /// Parse a table in the format `tools/gazetteer/build.py` writes.
    pub(super) fn parse(data: &'static str) -> Gazetteer {
        let mut fold = Fold::parse("");
        let rows = data.len() / 50;
        let mut places: Vec<Place> = Vec::with_capacity(rows);
        // parents and listings as the file writes them, resolved once every row is read
        let mut written: Vec<(&'static str, &'static str)> = Vec::with_capacity(rows);
        let mut by_source: HashMap<u64, PlaceId, BuildHasherDefault<Identity>> =
            HashMap::with_capacity_and_hasher(rows / 3, BuildHasherDefault::default());

        // Keys: a plain name is its own key, another name's folded form is made here, and
        // the other keys are slices of the file.
        let mut entries: Vec<Entry> = Vec::with_capacity(rows * 3);
        let mut next: Vec<u32> = Vec::with_capacity(rows * 3);
        let mut heads: HashMap<u64, u32, BuildHasherDefault<Identity>> =
            HashMap::with_capacity_and_hasher(rows * 3, BuildHasherDefault::default());
        let mut add = |hash: u64, key: Key, candidate: Candidate| {
            let at = entries.len() as u32;
            entries.push(Entry { key, candidate });
            next.push(heads.insert(hash, at).unwrap_or(u32::MAX));
        };
        let mut folded: Vec<String> = Vec::new();
        let mut abbreviations: FnvMap<&'static str, Vec<PlaceId>> = FnvMap::default();

        for line in data.lines() {
            if let Some(table) = line.strip_prefix("#!fold\t") {
                fold = Fold::parse(table);
                continue;
            }
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let f = fields(line);
            let id = PlaceId(places.len() as u32);
            let (place, keys, alt, abbr) = if f[0] == "P" {
                written.push((f[4], ""));
                let place = Place {
                    name: f[1],
                    kind: Kind::City,
                    source_id: "",
                    country_code: "",
                    population: f[5].parse().unwrap_or(0),
                    coord_text: (f[6], f[7]),
                    parents: (0, 0),
                    listed_in: (0, 0),
                    country: None,
                    weight: 0,
                };
                (place, f[2], f[3], "")
            } else {
                let kind = match f[0] {
                    "R" => Kind::Region,
                    "C" => Kind::Country,
                    "A" => Kind::Admin1,
                    "B" => Kind::Admin2,
                    _ => continue,
                };
                written.push((f[6], f[7]));
                by_source.insert(source_number(f[1]), id);
                let place = Place {
                    name: f[2],
                    kind,
                    source_id: f[1],
                    country_code: f[8],
                    population: f[9].parse().unwrap_or(0),
                    coord_text: ("", ""),
                    parents: (0, 0),
                    listed_in: (0, 0),
                    country: None,
                    weight: 0,
                };
                (place, f[3], f[4], f[5])
            };
            let strong = Candidate { id, strength: 2 };
            if is_plain(place.name) {
                add(key_hash(place.name), Key::File(place.name), strong);
            } else {
                let own = fold.key(place.name);
                if !own.is_empty() {
                    add(key_hash(&own), Key::Folded(folded.len() as u32), strong);
                    folded.push(own);
                }
            }
            for (list, strength) in [(keys, 2), (alt, 1)] {
                if list.is_empty() {
                    continue;
                }
                for k in list.split('|').filter(|k| !k.is_empty()) {
                    add(key_hash(k), Key::File(k), Candidate { id, strength });
                }
            }
            if !abbr.is_empty() {
                for a in abbr.split('|') {
                    abbreviations.entry(a).or_default().push(id);
                }
            }
            places.push(place);
        }

        let mut links: Vec<PlaceId> = Vec::with_capacity(places.len() + places.len() / 8);
        let ids = |list: &str, links: &mut Vec<PlaceId>| -> (u32, u32) {
            let from = links.len() as u32;
            if !list.is_empty() {
                links.extend(
                    list.split('|')
                        .filter_map(|s| by_source.get(&source_number(s)).copied()),
                );
            }
            (from, links.len() as u32)
        };
        for (place, (parents, listed_in)) in places.iter_mut().zip(&written) {
            place.parents = ids(parents, &mut links);
            place.listed_in = ids(listed_in, &mut links);
        }
        let span = |range: (u32, u32)| range.0 as usize..range.1 as usize;
        let n = places.len();

        // Countries: cities and divisions have one parent, up to their country.
        for i in 0..n {
            let mut at = i;
            let mut country = None;
            for _ in 0..8 {
                match places[at].kind {
                    Kind::Country => {
                        country = Some(PlaceId(at as u32));
                        break;
                    }
                    Kind::Region => break,
                    _ => match links[span(places[at].parents)].first() {
                        Some(p) => at = p.0 as usize,
                        None => break,
                    },
                }
            }
            places[i].country = country;
            if let (Some(c), "") = (country, places[i].country_code) {
                places[i].country_code = places[c.0 as usize].country_code;
            }
        }

        // The people of each division: a city's chain of single parents up to its country.
        for i in 0..n {
            if places[i].kind != Kind::City {
                continue;
            }
            let people = places[i].population;
            let mut at = links[span(places[i].parents)].first().copied();
            for _ in 0..8 {
                let Some(a) = at else { break };
                let container = &mut places[a.0 as usize];
                if !container.kind.is_division() {
                    break;
                }
                container.population += people;
                container.weight = container.weight.max(people);
                at = links[span(container.parents)].first().copied();
            }
        }

        let mut members = vec![Vec::new(); n];
        for i in 0..n {
            if places[i].kind != Kind::Country {
                continue;
            }
            let people = places[i].population;
            let mut regions: Vec<PlaceId> = links[span(places[i].parents)].to_vec();
            let mut next = 0;
            while next < regions.len() {
                let r = regions[next];
                next += 1;
                for &q in &links[span(places[r.0 as usize].parents)] {
                    if !regions.contains(&q) {
                        regions.push(q);
                    }
                }
            }
            for r in regions {
                members[r.0 as usize].push(PlaceId(i as u32));
                places[r.0 as usize].population += people;
            }
        }
        for p in &mut places {
            if !p.kind.is_division() {
                p.weight = p.population;
            }
        }

        Gazetteer {
            bounds: (0..n).map(|_| OnceLock::new()).collect(),
            places,
            entries,
            next,
            heads,
            folded,
            links,
            abbreviations,
            fold,
            inside: OnceLock::new(),
            members,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::gazetteer::DATA;
    use crate::lexicon::gazetteer::testing::g;

    /// `fields` splits as `split('\t')` did, on every row of the bundled file and on edges.
    #[test]
    fn fields_are_the_pieces_of_split() {
        let rows = DATA.lines().chain([
            "",
            "\t",
            "a\t\tb\t",
            "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13",
        ]);
        for line in rows {
            let mut split = [""; 12];
            for (slot, field) in split.iter_mut().zip(line.split('\t')) {
                *slot = field;
            }
            assert_eq!(fields(line), split, "{line:?}");
        }
    }

    #[test]
    fn loads_every_kind() {
        let kinds = |k: Kind| (0..g().len()).filter(|&i| g().places[i].kind == k).count();
        assert!(kinds(Kind::Region) >= 30);
        assert!(kinds(Kind::Country) >= 240);
        assert!(kinds(Kind::Admin1) >= 3000);
        assert!(kinds(Kind::Admin2) >= 3000);
        assert!(kinds(Kind::City) >= 25_000);
        assert_eq!(g().fold.get('é'), Some("e"));
        assert_eq!(g().fold.get('ß'), Some("ss"));
    }

    #[test]
    #[ignore = "prints the time the table takes to load; run with --ignored --nocapture"]
    fn load_time() {
        let start = std::time::Instant::now();
        let g = Gazetteer::parse(DATA);
        let elapsed = start.elapsed();
        let keys = g.entries.len();
        println!(
            "gazetteer: {} places, {keys} keys, {} bytes, loaded in {elapsed:?}",
            g.len(),
            DATA.len()
        );
        let start = std::time::Instant::now();
        let libya = g.resolve("Libya")[0];
        let cities = g.cities_in(libya).len();
        println!(
            "cities of every place listed in {:?} ({cities} in Libya)",
            start.elapsed()
        );
        let start = std::time::Instant::now();
        for _ in 0..1000 {
            std::hint::black_box(g.relation("eastern Libya", "Derna"));
        }
        println!("1000 relations in {:?}", start.elapsed());
    }
}
