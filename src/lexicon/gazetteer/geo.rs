//! Coordinates: the cities inside each place (made when a compass part is first read), a
//! place's box (the 2nd to 98th percentile of its cities' latitudes and longitudes), the
//! [`Compass`] parts of a place as rectangles of its box, where a reading lies in another
//! place's box, and the great-circle distance that tells whether two cities may be one
//! built-up area. It does not read compass words (`phrase.rs`) nor relate places by the
//! hierarchy (`relation.rs`).

use super::{Gazetteer, Kind, Place, PlaceId, PlaceRelation, Reading};

/// The margin, as a share of a place's box, beyond a compass half at which a place is
/// certainly not in it.
const COMPASS_MARGIN: f64 = 1.0 / 6.0;

/// A compass part of a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Compass {
    North,
    South,
    East,
    West,
    NorthEast,
    NorthWest,
    SouthEast,
    SouthWest,
    Central,
}

impl Compass {
    /// The part as a rectangle of the place's box, normalised to 0..1 (x west to east, y
    /// south to north); the outer sides are open.
    pub(super) fn rect(self) -> Rect {
        const LO: f64 = f64::NEG_INFINITY;
        const HI: f64 = f64::INFINITY;
        let (x0, x1, y0, y1) = match self {
            Compass::North => (LO, HI, 0.5, HI),
            Compass::South => (LO, HI, LO, 0.5),
            Compass::East => (0.5, HI, LO, HI),
            Compass::West => (LO, 0.5, LO, HI),
            Compass::NorthEast => (0.5, HI, 0.5, HI),
            Compass::NorthWest => (LO, 0.5, 0.5, HI),
            Compass::SouthEast => (0.5, HI, LO, 0.5),
            Compass::SouthWest => (LO, 0.5, LO, 0.5),
            Compass::Central => (0.25, 0.75, 0.25, 0.75),
        };
        Rect { x0, x1, y0, y1 }
    }
}

/// Latitude and longitude bounds of a place's cities: south, north, west, east.
#[derive(Clone, Copy, Debug)]
pub(super) struct Bounds {
    s: f64,
    n: f64,
    w: f64,
    e: f64,
}

/// A rectangle in some place's normalised frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Rect {
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
}

impl Rect {
    fn point(x: f64, y: f64) -> Rect {
        Rect {
            x0: x,
            x1: x,
            y0: y,
            y1: y,
        }
    }

    pub(super) fn within(&self, outer: &Rect) -> bool {
        self.x0 >= outer.x0 && self.x1 <= outer.x1 && self.y0 >= outer.y0 && self.y1 <= outer.y1
    }

    /// The largest gap between the two along either axis (0 when they meet or overlap).
    fn gap(&self, other: &Rect) -> f64 {
        let gx = (other.x0 - self.x1).max(self.x0 - other.x1).max(0.0);
        let gy = (other.y0 - self.y1).max(self.y0 - other.y1).max(0.0);
        gx.max(gy)
    }

    fn intersect(&self, other: &Rect) -> Rect {
        Rect {
            x0: self.x0.max(other.x0),
            x1: self.x1.min(other.x1),
            y0: self.y0.max(other.y0),
            y1: self.y1.min(other.y1),
        }
    }

    /// True when the two share an area (not just a side).
    pub(super) fn overlaps(&self, other: &Rect) -> bool {
        let i = self.intersect(other);
        i.x0 < i.x1 && i.y0 < i.y1
    }
}

/// Every place's cities, one place after another.
pub(super) struct Inside {
    cities: Vec<PlaceId>,
    start: Vec<u32>,
}

impl Gazetteer {
    /// The cities inside a place.
    pub(super) fn cities_in(&self, id: PlaceId) -> &[PlaceId] {
        let inside = self.inside.get_or_init(|| {
            let n = self.places.len();
            let mut pairs: Vec<(u32, PlaceId)> = Vec::with_capacity(n * 5);
            for (i, place) in self.places.iter().enumerate() {
                if place.kind == Kind::City {
                    for a in self.ancestors(PlaceId(i as u32)) {
                        pairs.push((a.0, PlaceId(i as u32)));
                    }
                }
            }
            pairs.sort_unstable_by_key(|(container, _)| *container);
            let mut start = vec![0u32; n + 1];
            for (container, _) in &pairs {
                start[*container as usize + 1] += 1;
            }
            for i in 0..n {
                start[i + 1] += start[i];
            }
            let cities = pairs.into_iter().map(|(_, city)| city).collect();
            Inside { cities, start }
        });
        let i = id.0 as usize;
        &inside.cities[inside.start[i] as usize..inside.start[i + 1] as usize]
    }

    /// The city a place name is a part of, for measuring from: the most populous city of its
    /// country within whose built-up radius it lies ("Howrah" is across the river from
    /// "Kolkata"), its key; the name's own key when it is no city or the biggest near it.
    /// Distances of hundreds of kilometres "from Howrah" and "from Kolkata" are from one
    /// point.
    pub fn hub(&self, name: &str) -> String {
        let own = || self.key(name);
        let Some(&id) = self.resolve(name).first() else {
            return own();
        };
        let place = self.place(id);
        if place.kind != Kind::City {
            return own();
        }
        let Some(country) = place.country else {
            return own();
        };
        let hub = self
            .cities_in(country)
            .iter()
            .map(|&c| self.place(c))
            .filter(|c| c.population > place.population)
            .filter(|c| self.city_relation(c, place) == PlaceRelation::Unknown)
            .max_by_key(|c| c.population);
        hub.map_or_else(own, |h| self.key(h.name))
    }

    /// Two cities: apart unless the smaller lies within the bigger one's built-up radius.
    pub(super) fn city_relation(&self, a: &Place, b: &Place) -> PlaceRelation {
        let (Some(ca), Some(cb)) = (a.coord(), b.coord()) else {
            return PlaceRelation::Unknown;
        };
        let people = a.population.max(b.population) as f64;
        let radius_km = 0.3 * (people / 1000.0).sqrt();
        if distance_km(ca, cb) <= radius_km {
            PlaceRelation::Unknown
        } else {
            PlaceRelation::Disjoint
        }
    }

    /// The box of a place's cities: 2nd to 98th percentile of their latitudes and longitudes
    /// (the full range under 20 cities); none under two cities or for a city.
    pub(super) fn bounds(&self, id: PlaceId) -> Option<Bounds> {
        *self.bounds[id.0 as usize].get_or_init(|| {
            let pts: Vec<(f64, f64)> = self
                .cities_in(id)
                .iter()
                .filter_map(|c| self.place(*c).coord())
                .collect();
            if pts.len() < 2 {
                return None;
            }
            let mut lats: Vec<f64> = pts.iter().map(|p| p.0).collect();
            let mut lons: Vec<f64> = pts.iter().map(|p| p.1).collect();
            lats.sort_by(f64::total_cmp);
            lons.sort_by(f64::total_cmp);
            let cut = if pts.len() >= 20 {
                (pts.len() as f64 * 0.02).round() as usize
            } else {
                0
            };
            let (lo, hi) = (cut, pts.len() - 1 - cut);
            let b = Bounds {
                s: lats[lo],
                n: lats[hi],
                w: lons[lo],
                e: lons[hi],
            };
            // too small to tell halves apart
            (b.n - b.s >= 0.05 || b.e - b.w >= 0.05).then_some(b)
        })
    }

    /// Where a reading lies in the normalised frame of `frame` (a place containing it).
    fn extent_in(&self, reading: Reading, frame: Bounds) -> Option<Rect> {
        let norm = |lat: f64, lon: f64| {
            let x = if frame.e - frame.w > 1e-9 {
                (lon - frame.w) / (frame.e - frame.w)
            } else {
                0.5
            };
            let y = if frame.n - frame.s > 1e-9 {
                (lat - frame.s) / (frame.n - frame.s)
            } else {
                0.5
            };
            (x, y)
        };
        let place = self.place(reading.place());
        let own = if let Some((lat, lon)) = place.coord() {
            let (x, y) = norm(lat, lon);
            Rect::point(x, y)
        } else {
            let b = self.bounds(reading.place())?;
            let (x0, y0) = norm(b.s, b.w);
            let (x1, y1) = norm(b.n, b.e);
            Rect { x0, x1, y0, y1 }
        };
        match reading {
            Reading::Place(_) => Some(own),
            Reading::Part(_, compass) => {
                if own.x0 == own.x1 && own.y0 == own.y1 {
                    return Some(own);
                }
                // the part's rectangle, from the place's own frame into `frame`
                let r = compass.rect();
                let lerp = |a: f64, b: f64, t: f64| a + (b - a) * t.clamp(0.0, 1.0);
                Some(Rect {
                    x0: lerp(own.x0, own.x1, r.x0),
                    x1: lerp(own.x0, own.x1, r.x1),
                    y0: lerp(own.y0, own.y1, r.y0),
                    y1: lerp(own.y0, own.y1, r.y1),
                })
            }
        }
    }

    /// `inner` (inside `base`) against the compass part `compass` of `base`.
    pub(super) fn compass_holds(
        &self,
        base: PlaceId,
        compass: Compass,
        inner: Reading,
    ) -> PlaceRelation {
        let Some(frame) = self.bounds(base) else {
            return PlaceRelation::Unknown;
        };
        let Some(extent) = self.extent_in(inner, frame) else {
            return PlaceRelation::Unknown;
        };
        let part = compass.rect();
        if extent.within(&part) {
            PlaceRelation::Contains
        } else if extent.gap(&part) >= COMPASS_MARGIN {
            PlaceRelation::Disjoint
        } else {
            PlaceRelation::Unknown
        }
    }
}

/// Great-circle distance.
fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la, lb) = (a.0.to_radians(), b.0.to_radians());
    let dlat = lb - la;
    let dlon = (b.1 - a.1).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la.cos() * lb.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::gazetteer::testing::{g, one};
    use crate::lexicon::gazetteer::{PlaceRelation::*, relation};

    #[test]
    fn a_city_beside_a_bigger_one_is_measured_from_it() {
        assert_eq!(g().hub("Howrah"), g().hub("Kolkata"));
        assert_eq!(g().hub("Kolkata"), "kolkata");
        // Two cities apart keep their own.
        assert_ne!(g().hub("Bhubaneswar"), g().hub("Kolkata"));
        assert_eq!(g().hub("Marrakesh"), g().key("Marrakesh"));
    }

    #[test]
    fn compass_parts_of_libya() {
        let libya = one("Libya", Kind::Country, "LY");
        assert_eq!(
            g().read_phrase("eastern Libya"),
            vec![Reading::Part(libya, Compass::East)]
        );
        assert_eq!(relation("eastern Libya", "Derna"), Contains);
        assert_eq!(relation("Benghazi", "eastern Libya"), ContainedBy);
        assert_eq!(relation("eastern Libya", "Tripoli"), Disjoint);
        assert_eq!(relation("eastern Libya", "Libya"), ContainedBy);
        assert_eq!(relation("Libya", "eastern Libya"), Contains);
        assert_eq!(relation("eastern Libya", "western Libya"), Disjoint);
        assert_eq!(relation("eastern Libya", "eastern Libya"), Same);
        assert_eq!(relation("eastern Libya", "north-eastern Libya"), Contains);
        assert_eq!(relation("northern Libya", "eastern Libya"), Overlaps);
        assert_eq!(relation("the east of Libya", "Derna"), Contains);
        // "east of Kyiv" is outside it: not read
        assert!(g().read_phrase("east of Kyiv").is_empty());
    }

    #[test]
    fn suburbs_are_not_claimed_apart() {
        // GeoNames lists Brooklyn as a city of its own
        assert_eq!(relation("Brooklyn", "New York City"), Unknown);
        assert_eq!(relation("Boston", "New York City"), Disjoint);
    }
}
