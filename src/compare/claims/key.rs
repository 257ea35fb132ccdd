//! What a figure measures, and so which figures are compared with which.
//!
//! Owns the comparison's reading of a figure (`View`): which figures are aligned at all (not
//! ranks, shares, money, percentages or negated statements), the predicate class that lets
//! "killed" and "died" meet and the verbs too weak to align on, durations keyed by their unit,
//! the noun a compound adjective describes, the group key (a bare figure only with another in
//! the same place) and which classes are running counts. It does not decide whether two
//! figures are the same event (`event`), what interval a hedge allows (`interval`), or any
//! verdict (`verdict`, `sums`, `disputes`).

use jiff::civil::Date;

use super::interval::interval_of;
use crate::lexicon;
use crate::model::claim::{Granularity, Kind, Quantity, Unit};
use crate::model::finding::{Interval, Measure, PredicateClass, Subject};

/// Predicate lemmas mapped to one class, so "killed" and "died" meet.
pub fn predicate_class(lemma: &str) -> &str {
    lexicon::predicate_class(lemma).unwrap_or(lemma)
}

/// Counts that grow as a story develops: the tolls of the known classes, and of three verbs
/// that keep their own lemma as their class.
pub(super) fn running_count(class: Option<&PredicateClass>) -> bool {
    match class {
        Some(PredicateClass::Kill | PredicateClass::Injure | PredicateClass::Arrest) => true,
        Some(PredicateClass::Other(lemma)) => {
            matches!(lemma.as_str(), "evacuate" | "displace" | "rescue")
        }
        _ => false,
    }
}

/// One figure as the comparison sees it: a `Quantity` read once per comparison run, with what
/// the verdict rules ask of it and the quantity cannot say by itself — its measure key
/// (predicate class, unit, described noun), the day of the event (not of the report), its
/// place key and whether a locative introduced it, and the interval its hedge allows under
/// the configured tolerance. It borrows the quantity (for its value, sentence and evidence)
/// and is never stored; see `model::claim::Quantity` for the other shapes of a figure.
#[derive(Debug, Clone)]
pub(super) struct View<'a> {
    /// Index of the article in the checked set.
    pub(super) article: usize,
    pub(super) q: &'a Quantity,
    pub(super) measure: Measure,
    /// The day the event happened, if resolved (a time of the report is not one).
    pub(super) day: Option<(Date, Granularity)>,
    /// The place's identity key, and whether a locative introduced it.
    pub(super) place: Option<(&'a str, bool)>,
    pub(super) interval: Interval,
}

/// The comparison's view of a figure, or `None` for figures that are never aligned: ranks,
/// shares, money and percentages, bare numbers, negated statements.
pub(super) fn view(article: usize, q: &Quantity, approx: f64) -> Option<View<'_>> {
    if matches!(q.kind, Kind::Ordinal | Kind::Fraction) {
        return None; // a rank or a share of an unnamed whole cannot be aligned safely
    }
    let unit = match q.unit_kind()? {
        // Money and shares are not aligned: a price or a percentage of what is not said.
        Unit::Currency(_) | Unit::Percent(_) => return None,
        u @ (Unit::Measure(_) | Unit::Counted(_)) => u,
    };
    let pred = q.predicate.as_ref();
    if pred.is_some_and(|p| p.negated) {
        return None;
    }
    // A duration ("five hours", "more than four hours") is keyed by its unit and place, not
    // by the verb that carries it ("lasted", "were active for").
    let duration = matches!(
        unit,
        Unit::Measure("second" | "minute" | "hour" | "day" | "night" | "week" | "month" | "year")
    );
    let class = pred
        .map(|p| predicate_class(&p.lemma))
        .filter(|c| !lexicon::is_weak_verb(c) && !duration)
        .map(PredicateClass::named);
    let described = q
        .counted
        .as_ref()
        .and_then(|c| c.head.clone())
        .unwrap_or_default();
    let day = q
        .time
        .as_ref()
        .filter(|t| !t.of_report)
        .and_then(|t| t.day.map(|d| (d, t.granularity)));
    Some(View {
        article,
        q,
        measure: Measure {
            class,
            unit: unit.name().to_string(),
            of: described,
        },
        day,
        place: q.place.as_ref().map(|p| (p.key.as_str(), p.locative)),
        interval: interval_of(q, approx),
    })
}

/// The group a figure is judged in: its measure, and for a bare figure (no predicate class, no
/// described noun: "two days") also its place, without which it aligns with nothing.
pub(super) fn group_key(v: &View) -> Option<(Measure, String)> {
    let place = if v.measure.class.is_none() && v.measure.of.is_empty() {
        v.place?.0.to_string()
    } else {
        String::new()
    };
    Some((v.measure.clone(), place))
}

/// The finding's subject: the measure.
pub(super) fn measure_of(v: &View) -> Subject {
    Subject::Measure(v.measure.clone())
}

#[cfg(test)]
mod tests {
    use super::super::fixture::fig;
    use super::*;
    use crate::model::claim::Bound;

    fn measure(q: &Quantity) -> Option<Measure> {
        view(0, q, 0.1).map(|v| v.measure)
    }

    #[test]
    fn killed_and_died_are_one_class() {
        let killed = measure(&fig(7.0, "person").did("kill").q).unwrap();
        let died = measure(&fig(9.0, "person").did("die").q).unwrap();
        assert_eq!(killed, died);
        assert_eq!(killed.class, Some(PredicateClass::Kill));
        let fired = measure(&fig(22.0, "missile").did("fire").q).unwrap();
        assert_eq!(fired.class, Some(PredicateClass::Launch));
        let won = measure(&fig(400.0, "seat").did("win").q).unwrap();
        assert_eq!(won.class, Some(PredicateClass::Other("win".into())));
    }

    #[test]
    fn weak_verbs_give_no_class() {
        let has = measure(&fig(30.0, "member").did("have").q).unwrap();
        assert_eq!(has.class, None);
        assert_eq!(has.unit, "member");
    }

    #[test]
    fn a_duration_is_keyed_by_its_unit_not_its_verb() {
        let lasted = fig(5.0, "hour").kind(Kind::Measure).did("last");
        let m = measure(&lasted.q).unwrap();
        assert_eq!(m.class, None);
        assert_eq!(m.unit, "hour");
        // A measure that is not a time keeps its verb.
        let flew = fig(5.0, "kilometre").kind(Kind::Measure).did("fly");
        assert_eq!(
            measure(&flew.q).unwrap().class,
            Some(PredicateClass::Other("fly".into()))
        );
    }

    #[test]
    fn money_shares_ranks_bare_numbers_and_negations_are_not_aligned() {
        assert!(measure(&fig(5.0, "GBP").kind(Kind::Money).q).is_none());
        assert!(measure(&fig(76.0, "percent").kind(Kind::Percent).q).is_none());
        assert!(measure(&fig(4.0, "largest").kind(Kind::Ordinal).q).is_none());
        assert!(measure(&fig(3.0, "people").kind(Kind::Fraction).q).is_none());
        let mut bare = fig(37.0, "x");
        bare.q.unit = None;
        assert!(measure(&bare.q).is_none());
        assert!(measure(&fig(7.0, "person").did("kill").negated().q).is_none());
        assert!(measure(&fig(7.0, "person").did("kill").q).is_some());
    }

    #[test]
    fn a_compound_adjective_measures_the_noun_it_describes() {
        let plan = measure(&fig(28.0, "point").of("plan").q).unwrap();
        assert_eq!((plan.unit.as_str(), plan.of.as_str()), ("point", "plan"));
        assert_ne!(plan, measure(&fig(28.0, "point").q).unwrap());
    }

    #[test]
    fn a_bare_figure_is_grouped_only_with_its_place() {
        let nowhere = fig(2.0, "day").kind(Kind::Measure);
        assert_eq!(group_key(&view(0, &nowhere.q, 0.1).unwrap()), None);
        let florida = fig(2.0, "day").kind(Kind::Measure).at("Florida");
        let (_, place) = group_key(&view(0, &florida.q, 0.1).unwrap()).unwrap();
        assert_eq!(place, "florida");
        // With a predicate the place is not part of the key (it may tell events apart).
        let killed = fig(7.0, "person").did("kill").at("Kyiv");
        let (_, place) = group_key(&view(0, &killed.q, 0.1).unwrap()).unwrap();
        assert_eq!(place, "");
    }

    #[test]
    fn the_day_of_the_report_is_not_the_day_of_the_event() {
        let mut said = fig(7.0, "person").did("kill").on(2025, 11, 25);
        assert!(view(0, &said.q, 0.1).unwrap().day.is_some());
        if let Some(t) = &mut said.q.time {
            t.of_report = true;
        }
        assert_eq!(view(0, &said.q, 0.1).unwrap().day, None);
    }

    #[test]
    fn tolls_are_running_counts_launches_are_not() {
        assert!(running_count(Some(&PredicateClass::Kill)));
        assert!(running_count(Some(&PredicateClass::Injure)));
        assert!(running_count(Some(&PredicateClass::Other(
            "evacuate".into()
        ))));
        assert!(!running_count(Some(&PredicateClass::Launch)));
        assert!(!running_count(Some(&PredicateClass::Other("win".into()))));
        assert!(!running_count(None));
    }

    #[test]
    fn the_view_carries_the_interval_of_the_hedge() {
        let v = fig(460.0, "drone").hedged(Bound::MoreThan, "more than").q;
        let i = view(0, &v, 0.1).unwrap().interval;
        assert_eq!((i.lo, i.lo_open, i.hi), (460.0, true, f64::INFINITY));
    }
}
