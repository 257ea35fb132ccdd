//! What a figure measures, and so which figures are compared with which.
//!
//! Owns the comparison's reading of a figure (`View`): which figures are aligned at all (not
//! ranks, shares of an unnamed whole, negated or denied statements), its measure — the
//! predicate class that lets "killed" and "died" meet (or the nominal form that says the same:
//! "632 dead", "270 lives", "the death toll"), the concept its counted noun names (residents
//! and victims are people; children are people, a sub-fact; a place's count, where an article
//! gives counts for several places by name, a sub-fact too), the noun a compound adjective
//! describes, durations and other measures keyed by their base unit (miles are kilometres) —
//! its context words (what alignment across wordings rests on), its report time, and which
//! classes are running counts. Concepts, nominal forms, durations and conversions are data
//! (`lexicon::concept` and its neighbours). It does not decide whether two figures are the same
//! event (`event`), what interval a hedge allows (`interval`), or any verdict (`verdict`).

use jiff::civil::Date;

use super::interval::interval_of;
use crate::lexicon;
use crate::model::article::Analyzed;
use crate::model::claim::{Bound, Granularity, Kind, Quantity, Unit};
use crate::model::finding::{Interval, Measure, PredicateClass, Subject};
use crate::text::normalize::{holder_key, noun_lemma};
use crate::text::span::Span;
use crate::text::token::{Tok, TokKind, tokenize};

/// Predicate lemmas mapped to one class, so "killed" and "died" meet.
pub fn predicate_class(lemma: &str) -> &str {
    lexicon::predicate_class(lemma).unwrap_or(lemma)
}

/// The class a general verb has for what a figure counts, when every counted noun of it
/// ("drones and missiles") gives the verb the same one: "used 200 drones" launched them.
fn class_for_counted(lemma: &str, unit: &str) -> Option<&'static str> {
    let mut class = None;
    for part in unit.split(" and ") {
        let concept = lexicon::concept(part).map_or(part, |(c, _)| c);
        let c = lexicon::verb_class_for(lemma, concept)?;
        if class.is_some_and(|k| k != c) {
            return None;
        }
        class = Some(c);
    }
    class
}

/// Counts that grow as a story develops (tolls, arrests, evacuations): `lexicon`'s running
/// classes.
pub(super) fn running_count(class: Option<&PredicateClass>) -> bool {
    class.is_some_and(|c| lexicon::is_running_count(c.as_str()))
}

/// One figure as the comparison sees it: a `Quantity` read once per comparison run, with what
/// the verdict rules ask of it and the quantity cannot say by itself — its measure, the day of
/// the event (not of the report), the day it was reported, its place key and whether a locative
/// introduced it, the interval its hedge allows (in the measure's base unit), and its context
/// words. It borrows the quantity (for its value, sentence and evidence) and is never stored;
/// see `model::claim::Quantity` for the other shapes of a figure.
#[derive(Debug, Clone)]
pub(super) struct View<'a> {
    /// Index of the article in the checked set.
    pub(super) article: usize,
    pub(super) q: &'a Quantity,
    pub(super) measure: Measure,
    /// The lemma of the counted noun (or the unit) as written, before concepts.
    pub(super) lemma: String,
    /// The day the event happened, if resolved (a time of the report is not one).
    pub(super) day: Option<(Date, Granularity)>,
    /// The day it was reported: its article's date, or the one inferred for it.
    pub(super) report: Option<Date>,
    /// The place's identity key, and whether a locative introduced it.
    pub(super) place: Option<(&'a str, bool)>,
    pub(super) interval: Interval,
    /// Content words around the figure in its sentence, lemmatized, sorted.
    pub(super) context: Vec<String>,
    /// The figure counts part of a set named after it: "170 of the remaining bodies", "two of
    /// the three wars".
    pub(super) partitive: bool,
    /// The figure belongs to the holder its measure names (seats won by Labour, Labour's share
    /// of the vote): figures of one holder are of one thing.
    pub(super) held: bool,
    /// Another event the figure is said of, named beside it: "aftershock" in "an aftershock
    /// of magnitude 4.9".
    pub(super) occurrence: Option<String>,
}

/// How many bytes before a figure, or after it, a noun naming another event is read.
const OCCURRENCE_BEFORE: usize = 40;
const OCCURRENCE_AFTER: usize = 24;

/// The noun naming another event next to a figure in its sentence (`View::occurrence`).
fn occurrence_of(text: &str, q: &Quantity) -> Option<String> {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let lo = floor(
        q.span
            .start
            .saturating_sub(OCCURRENCE_BEFORE)
            .max(q.sentence.start),
    );
    let hi = floor((q.span.end + OCCURRENCE_AFTER).min(q.sentence.end));
    text.get(lo..hi)?
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| noun_lemma(&w.to_lowercase()))
        .find(|w| lexicon::is_other_event(w))
}

/// How many words on each side of a figure are its context.
const CONTEXT: usize = 8;
/// How far after the figure (in words) a nominal form or a verb says what happened, when the
/// extracted predicate does not.
const NOMINAL_AFTER: usize = 7;
/// How far before a figure with no unit a nominal form names what it counts ("the death toll
/// has risen to 11,300").
const NOMINAL_BEFORE: usize = 8;

/// The comparison's view of one figure in article `article` (`a`), reported on `report`, or
/// `None` for figures that are never aligned: ranks, shares of an unnamed whole, bare numbers
/// with no nominal form near them, negated or denied statements. Read as a `whole`, a held
/// count with no holder ("Seats in the new National Assembly (577 in total)") gets a view too,
/// of no holder, as the total its holders' figures break down: one the comparison of stories
/// never sees.
pub(super) fn view<'a>(
    article: usize,
    a: &'a Analyzed,
    q: &'a Quantity,
    report: Option<Date>,
    approx: f64,
    whole: bool,
) -> Option<View<'a>> {
    let read = ReadAs {
        whole,
        ..ReadAs::default()
    };
    view_in(
        article,
        a,
        q,
        report,
        approx,
        &mut SentenceToks::default(),
        read,
    )
}

/// The views of every figure of article `article` (`a`), in the order of its quantities:
/// each sentence is tokenized once for all its figures, not once per figure (a sentence
/// listing 20,000 figures was tokenized 20,000 times).
pub(super) fn article_views<'a>(
    article: usize,
    a: &'a Analyzed,
    report: Option<Date>,
    approx: f64,
) -> Vec<Option<View<'a>>> {
    let mut toks = SentenceToks::default();
    let read = ReadAs {
        places_hold: places_hold(a),
        ..ReadAs::default()
    };
    a.claims
        .quantities
        .iter()
        .map(|q| view_in(article, a, q, report, approx, &mut toks, read))
        .collect()
}

/// How many bytes after a figure the locative naming where within its holder it is may start
/// ("30 in Buncombe County", past its counted noun: "30 deaths in").
const AFTER: usize = 16;

/// The identity key of a holder that is a place, or places joined ("South Carolina and
/// Georgia"), when the gazetteer reads every one first as a country, a state, a county named
/// so, or a city of `BIG_CITY` people: a union or a party named like a small town ("Union",
/// "Unison") holds its members, not a toll.
fn place_holder(holder: &str) -> Option<String> {
    use lexicon::gazetteer::{Gazetteer, Kind as PlaceKind};
    let g = Gazetteer::get();
    let known = |name: &str| {
        g.resolve(name).first().is_some_and(|&id| {
            let p = g.place(id);
            match p.kind {
                PlaceKind::Country | PlaceKind::Admin1 => true,
                // Counties and districts are named like anything ("Union"): only when the
                // name says it is one ("Buncombe County").
                PlaceKind::Admin2 => name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| lexicon::is_area_noun(&w.to_lowercase())),
                PlaceKind::City => p.population >= BIG_CITY,
                PlaceKind::Region => false,
            }
        })
    };
    holder
        .split(", ")
        .flat_map(|p| p.split(" and "))
        .all(|p| known(p.trim()))
        .then(|| holder.to_lowercase())
}

/// The quantities of one sentence: quantities are in text order, so they are found by binary
/// search, never by a walk over the article.
fn of_sentence(quantities: &[Quantity], sentence: Span) -> &[Quantity] {
    let from = quantities.partition_point(|p| p.sentence.start < sentence.start);
    let to = quantities.partition_point(|p| p.sentence.start <= sentence.start);
    &quantities[from..to]
}

/// How many people a city has at least to be read as a place when it holds a count.
const BIG_CITY: u64 = 250_000;

/// Does the article give counts for two places or more by name (`ReadAs::places_hold`)?
fn places_hold(a: &Analyzed) -> bool {
    let mut places: Vec<String> = a
        .claims
        .quantities
        .iter()
        .filter(|q| q.kind == Kind::Count)
        .filter_map(|q| q.holder.as_deref())
        .filter_map(place_holder)
        .collect();
    places.sort_unstable();
    places.dedup();
    places.len() >= 2
}

/// The views of every figure of every article that is `needed` (`Views`), article `i`
/// reported on `reports[i]`; articles are read on all cores. An article not needed gets no
/// views (an empty list, read as none aligned): in a large collection most articles are linked
/// with no other, and reading their figures was a tenth of `check` at 100,000 articles.
pub(super) fn views_of<'a>(
    articles: &'a [Analyzed],
    reports: &[Option<Date>],
    approx: f64,
    needed: impl Fn(usize) -> bool + Sync,
) -> Views<'a> {
    use rayon::prelude::*;
    articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| {
            if needed(i) {
                article_views(i, a, reports[i], approx)
            } else {
                Vec::new()
            }
        })
        .collect()
}

/// Per article, per quantity (in the order of `claims.quantities`): its view, or `None` for a
/// figure that is never aligned; an article whose views were not needed has an empty list.
pub(super) type Views<'a> = Vec<Vec<Option<View<'a>>>>;

/// How `view_in` reads a figure beyond its own words.
#[derive(Debug, Clone, Copy, Default)]
struct ReadAs {
    /// A held count with no holder is read as the whole its holders' figures break down.
    whole: bool,
    /// The article gives a count for two places or more by name ("North Carolina had at
    /// least 40 deaths ... Florida 18"): a count a place holds is that place's, a sub-fact.
    places_hold: bool,
}

/// `view`, with the tokens of the figure's sentence read from (or into) `toks`.
fn view_in<'a>(
    article: usize,
    a: &'a Analyzed,
    q: &'a Quantity,
    report: Option<Date>,
    approx: f64,
    toks: &mut SentenceToks<'a>,
    read: ReadAs,
) -> Option<View<'a>> {
    if matches!(q.kind, Kind::Ordinal | Kind::Fraction) {
        return None; // a rank or a share of an unnamed whole cannot be aligned safely
    }
    if restates(a, q) {
        return None; // "72 kilometres (45 miles)": the first figure is the one compared
    }
    let pred = q.predicate.as_ref();
    if pred.is_some_and(|p| p.negated || p.denied) {
        return None;
    }
    let toks = toks.of(&a.article.text, q.sentence);
    if pending(q, toks) {
        return None;
    }
    let words = Words::around(q, toks);
    let nominal = words.nominal();
    let (unit_name, lemma, measure_unit, factor) = match q.unit_kind() {
        Some(Unit::Currency(c)) => (c.to_string(), c.to_string(), true, 1.0),
        // A basis point is a hundredth of a percentage point: "50 basis points" is "half a
        // percentage point".
        Some(Unit::Percent("basis point")) => (
            "percentage point".to_string(),
            "basis point".to_string(),
            true,
            BASIS_POINT,
        ),
        Some(Unit::Percent(p)) => (p.to_string(), p.to_string(), true, 1.0),
        Some(Unit::Measure(m)) => match lexicon::conversion(m) {
            Some((base, factor)) => (base.to_string(), m.to_string(), true, factor),
            None => (m.to_string(), m.to_string(), true, 1.0),
        },
        Some(Unit::Counted(c)) => (c.to_string(), c.to_string(), false, 1.0),
        // A figure with no unit counts what a nominal form near it names ("the death toll has
        // risen to 11,300"), or nothing we can align.
        None => {
            let (_, concept) = words.nominal_before.or(nominal)?;
            (concept.to_string(), concept.to_string(), false, 1.0)
        }
    };
    let duration = measure_unit && lexicon::is_duration(&lemma);
    // "the three-month average": the window of a statistic, not a time the story tells.
    if duration
        && q.counted
            .as_ref()
            .and_then(|c| c.head.as_deref())
            .is_some_and(lexicon::is_statistic_window)
    {
        return None;
    }
    // What happened: the verb's class, unless it is too weak to align on; a nominal form of
    // the counted noun, its modifiers or the words after it ("632 dead", "injured patients",
    // "people are known to have died"); a change verb ("rose to") reads as the level of what
    // the nominal names.
    let verb_class = pred
        .map(|p| {
            class_for_counted(&p.lemma, &unit_name)
                .unwrap_or_else(|| predicate_class(&p.lemma))
                .to_string()
        })
        .filter(|c| !lexicon::is_weak_verb(c) && !duration)
        .filter(|c| lexicon::predicate_class(c).is_some() || lexicon::is_running_count(c));
    // "injured patients": a nominal modifier of people says what happened to them ("dead
    // bodies" are bodies, not a toll).
    let people = lexicon::concept(&unit_name).is_some_and(|(c, _)| c == "person");
    let own = lexicon::nominal(&lemma).or_else(|| {
        q.counted
            .iter()
            .flat_map(|c| c.modifiers.iter())
            .find_map(|m| lexicon::nominal(&m.to_lowercase()))
            .filter(|_| people)
    });
    let mut class = match verb_class.as_deref() {
        Some("rise" | "fall") | None if !duration && !measure_unit => own
            .or(words.nominal_before.filter(|_| q.unit.is_none()))
            .or(nominal)
            .map(|n| n.0.to_string())
            .or(verb_class.clone()),
        _ => verb_class.clone(),
    };
    let (concept, mut qualifier) = if measure_unit {
        (unit_name.clone(), String::new())
    } else if let Some((_, concept)) = own {
        (concept.to_string(), String::new())
    } else {
        match lexicon::concept(&unit_name) {
            Some((c, q)) => (c.to_string(), q.to_string()),
            None => (unit_name.clone(), String::new()),
        }
    };
    // "More than 3 million customers were without electricity", "2 million homes and
    // businesses remained without power": an outage is a count of its own, rising and
    // falling as a storm passes, whatever noun counts the connections.
    let cut_off = |q: &Quantity| {
        toks.words_after(q.span.end, OUTAGE_AFTER)
            .windows(2)
            .any(|w| matches!(w[0], "without" | "no") && matches!(w[1], "power" | "electricity"))
    };
    // "... remained without power Monday, down from more than 4 million at the storm's peak":
    // a count whose noun a figure of its sentence gave counts what that one does.
    let outage = !measure_unit
        && (cut_off(q)
            || (q.elided.is_some()
                && of_sentence(&a.claims.quantities, q.sentence)
                    .iter()
                    .any(|o| !std::ptr::eq(o, q) && o.unit == q.unit && cut_off(o))));
    let concept = if outage {
        class = Some(OUTAGE.to_string());
        OUTAGE_COUNTED.to_string()
    } else {
        concept
    };
    // "26 foreign nationals from 15 countries were among the dead": what happened to people
    // did not happen to the places they came from; a count of them is a count of places.
    if class.as_deref().is_some_and(lexicon::is_human_predicate)
        && (lexicon::is_area_noun(&concept) || matches!(concept.as_str(), "country" | "nation"))
    {
        class = None;
    }
    if qualifier.is_empty()
        && let Some(qual) = q
            .counted
            .iter()
            .flat_map(|c| c.modifiers.iter())
            .find_map(|m| lexicon::qualifier(&m.to_lowercase()))
    {
        qualifier = qual.to_string();
    }
    if qualifier.is_empty()
        && people
        && let Some(qual) = state_after(q, toks)
    {
        qualifier = qual.to_string();
    }
    if projected(q, toks) {
        qualifier = joined(&qualifier, PROJECTED);
    }
    // "about 4 meters wide and 40 meters long": a length's adjective says which dimension it
    // measures, and a width is never a length.
    if measure_unit
        && unit_name == "kilometre"
        && let Some(dim) = toks
            .words_after(q.span.end, 1)
            .first()
            .and_then(|w| dimension(w))
    {
        qualifier = joined(&qualifier, dim);
        // "surged into an alley just 3.2 metres wide": the alley's width, whatever the verb.
        class = None;
    }
    if together(q, toks) {
        qualifier = joined(&qualifier, TOGETHER);
    }
    if let Some(agents) = counted_agents(a, q) {
        qualifier = joined(&qualifier, &agents);
    }
    // "down from a peak of about 4.5 million", "more than 4 million at the storm's peak": a
    // count that rises and falls has a peak of its own, no point of its timeline.
    if class.as_deref().is_some_and(lexicon::is_running_count) && at_peak(q, toks) {
        qualifier = joined(&qualifier, PEAK);
    }
    // A running count's earlier figure is a point of its timeline ("up from the 51 deaths
    // first reported on Saturday"), not a replaced estimate.
    if !class.as_deref().is_some_and(lexicon::is_running_count) && superseded(q, toks) {
        qualifier = joined(&qualifier, EARLIER);
    }
    let mut described = q
        .counted
        .as_ref()
        .and_then(|c| c.head.clone())
        .unwrap_or_default();
    // "a 170-seat majority" is "a majority of 170" (seats): the group noun is what the figure
    // measures, as it is when "of" comes after it.
    let mut concept = concept;
    if !measure_unit
        && lexicon::is_partitive(&described)
        && !lexicon::is_quantity_noun(&described)
        && q.kind == Kind::Count
    {
        concept = std::mem::take(&mut described);
    }
    // "the 12-story tower" and "a 13-storey condominium" describe one building.
    if let Some((c, _)) = lexicon::concept(&described) {
        described = c.to_string();
    }
    let mut held = false;
    // "72 km southwest of Marrakesh": a distance from a named place is that place's; its
    // bearing is judged with its value (`verdict`).
    if let Some(r) = q.reference.as_ref().filter(|_| measure_unit) {
        held = true;
        // Measured from the city a suburb or twin town belongs to: "280 km from Howrah" and
        // "250 km south of Kolkata" are from one point.
        let from = lexicon::gazetteer::Gazetteer::get().hub(&r.place);
        qualifier = joined(&qualifier, &format!("from {from}"));
        // The distance is the measure whatever verb carries it ("struck 72 km southwest",
        // "is 72 km southwest").
        class = None;
    }
    // "38 cents per share", "3 cents a share": a rate, never a total.
    if let Some(per) = rate_of(&a.article.text[q.span.end..]) {
        qualifier = joined(&qualifier, &format!("per {per}"));
    }
    // What an unnamed whole measures: revenue that fell 1% is not shares that fell 20%. It is
    // the noun the figure describes, so that a figure whose sentence does not name it still
    // meets it by value and context; a party's share of the vote is that party's alone (a
    // qualifier, as a holder is); a noun that names what happened ("a $1.6bn loss") is the
    // figure's class, so that it meets "lost $1.6bn".
    if let Some(m) = q.measured.as_ref()
        && let Some(noun) = lexicon::measured_noun(&m.noun)
    {
        if let Some(c) = noun.class {
            class = Some(c.to_string());
        } else if noun.held {
            held = true;
            let owner = m.owner.as_deref().or(q.holder.as_deref())?;
            let what = format!("{} of {}", noun.concept, holder_key(owner));
            qualifier = joined(&what, &qualifier);
        } else if described.is_empty() {
            described = noun.concept.to_string();
        }
    }
    // Seats won by a party, goals by a team (not a "170-seat majority", which describes its
    // noun): one fact per holder, and a figure whose holder is not named cannot be aligned
    // with any — unless it is read as the whole its holders' figures break down (`whole`).
    if lexicon::is_held(&concept) && described.is_empty() && q.holder.is_none() && !read.whole {
        return None;
    }
    if lexicon::is_held(&concept)
        && described.is_empty()
        && let Some(holder) = q.holder.as_deref()
    {
        held = true;
        let mut holder = holder_key(holder);
        // "In Wales, Plaid Cymru won two seats": a part of the party's national tally.
        if let Some(p) = q.place.as_ref().filter(|p| p.locative) {
            holder = format!("{holder} in {}", p.key);
        }
        qualifier = joined(&qualifier, &holder);
    }
    // "North Carolina had at least 40 deaths", "Florida 18": a state's toll is part of the
    // storm's, not a report of it; "including 30 in Buncombe County" is the county's.
    if read.places_hold
        && !held
        && q.kind == Kind::Count
        && let Some(holder) = q.holder.as_deref().and_then(place_holder)
    {
        held = true;
        // A locative right after the figure names where within the holder it is.
        let place = q
            .place
            .as_ref()
            .filter(|p| {
                p.locative && p.span.start >= q.span.end && p.span.start - q.span.end <= AFTER
            })
            .map_or(holder, |p| p.key.clone());
        qualifier = joined(&qualifier, &format!("in {place}"));
    }
    // Where a place lies from another does not change with the day a sentence names.
    let day = q
        .time
        .as_ref()
        .filter(|t| !t.of_report && q.reference.is_none())
        .and_then(|t| t.day.map(|d| (d, t.granularity)));
    let interval = interval_of(q, approx).scaled(factor);
    Some(View {
        article,
        q,
        measure: Measure {
            class: class.as_deref().map(PredicateClass::named),
            unit: concept,
            of: described,
            qualifier,
            change: q.change,
        },
        lemma,
        day,
        report,
        place: q.place.as_ref().map(|p| (p.key.as_str(), p.locative)),
        interval,
        context: words.context,
        partitive: a.article.text[q.span.end..].starts_with(" of "),
        held,
        occurrence: occurrence_of(&a.article.text, q),
    })
}

/// Two qualifiers of a measure as one: "ballistic, from marrakesh"; either may be empty.
fn joined(first: &str, second: &str) -> String {
    match (first.is_empty(), second.is_empty()) {
        (true, _) => second.to_string(),
        (_, true) => first.to_string(),
        _ => format!("{first}, {second}"),
    }
}

/// The denominator of a rate written right after a figure: "per share", "a month".
fn rate_of(after: &str) -> Option<String> {
    let rest = ["per ", "a ", "an "]
        .iter()
        .find_map(|lead| after.strip_prefix(' ')?.strip_prefix(lead))?;
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect::<String>()
        .to_lowercase();
    lexicon::is_rate_denominator(&word).then_some(word)
}

/// A reading on a named scale ("magnitude 6.8", "category 4"): a story's readings on one scale
/// are of its event, or of another event named beside them (`View::occurrence`).
pub(super) fn on_scale(v: &View) -> bool {
    v.q.unit.as_deref().is_some_and(lexicon::is_scale)
}

/// How many days after an event a report of it still describes the story's current event; a
/// figure whose resolved time ends further before its own report is about an earlier event.
pub(super) const REPORT_LAG_DAYS: i64 = 5;

/// Two figures reported within the report lag of each other: both articles dated, their days
/// no further apart than `REPORT_LAG_DAYS`.
pub(super) fn reported_together(x: &View, y: &View) -> bool {
    matches!((x.report, y.report), (Some(a), Some(b))
        if (a - b).get_days().abs() as i64 <= REPORT_LAG_DAYS)
}

/// The zone a time of day is written in ("6:30 a.m. ET"), lower case, if any.
fn zone<'v>(v: &'v View) -> Option<&'v str> {
    v.q.text
        .rsplit(' ')
        .next()
        .filter(|w| lexicon::is_time_zone(&w.to_lowercase()))
}

/// Two times of day that may be read on one clock: not written in two different named zones
/// ("6:30 a.m. ET" and "12:30 p.m. CET" may be one moment; a time with no zone is the story's
/// local time).
pub(super) fn one_clock(x: &View, y: &View) -> bool {
    // Asked of every pair `same_thing` judges: only times of day have a zone to read.
    if !(time_of_day(x) && time_of_day(y)) {
        return true;
    }
    match (zone(x), zone(y)) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => true,
    }
}

/// The same verb on both figures, or none on one of them.
fn one_verb(x: &View, y: &View) -> bool {
    match (&x.q.predicate, &y.q.predicate) {
        (Some(a), Some(b)) => a.lemma == b.lemma,
        _ => true,
    }
}

/// Is this figure a time of day ("at 11:11 pm")? In one story, a time of day that does not
/// say what happened at it is the time of the story's event, as an outlet's lead gives it.
pub(super) fn time_of_day(v: &View) -> bool {
    v.q.kind == Kind::Clock
}

/// Two times of day of one event: reports of the same days whose figures say the same thing
/// happened at them — the same predicate class, or no class and the same verb ("took off at
/// 1:38 PM", "took off at around 1:39 PM"), or no verb on one side ("shortly after 11pm").
/// Undated articles are not evidence of one day's event: a programme "at 0900 GMT on Sunday"
/// and a visit "at 0900 GMT" are two mornings.
pub(super) fn one_moment(x: &View, y: &View) -> bool {
    time_of_day(x)
        && time_of_day(y)
        && one_clock(x, y)
        && reported_together(x, y)
        && x.measure.class == y.measure.class
        && (x.measure.class.is_some() || one_verb(x, y))
}

/// The same figure, value and bound.
pub(super) fn same_value(x: &View, y: &View) -> bool {
    (x.interval.lo - y.interval.lo).abs() <= 1e-9 * x.interval.lo.abs().max(1.0)
        && (x.interval.hi - y.interval.hi).abs() <= 1e-9 * x.interval.hi.abs().max(1.0)
        || (x.q.value - y.q.value).abs() <= 1e-9 * x.q.value.abs().max(1.0) && x.q.unit == y.q.unit
}

/// Is this figure a conversion in brackets of the figure just before it: the "(45 miles)" of
/// "72 kilometres (45 miles)", the "(£931m)" of "$1.8bn (£931m)"? It says the same thing in
/// other units, rounded for the reader, and is not a claim of its own.
fn restates(a: &Analyzed, q: &Quantity) -> bool {
    bracketed_after(a, q).is_some_and(|p| p.kind == Kind::Money || converts(p, q))
}

/// The figure a few characters before `q` that `q` is written in brackets after, of its kind
/// (a measure or money): "72 kilometres" for the "(45 miles)" of "72 kilometres (45 miles)".
pub(super) fn bracketed_after<'a>(a: &'a Analyzed, q: &Quantity) -> Option<&'a Quantity> {
    let text = &a.article.text;
    let start = q.span.start;
    // Only figures a few characters before can be restated ("6bn euros ($8bn; £6bn)"):
    // quantities are in text order, so the search walks back from this one and stops at the
    // first too far away, never over the whole article.
    let quantities = &a.claims.quantities;
    let before = quantities.partition_point(|p| p.span.start < start);
    let between = |p: &Quantity| text.get(p.span.end.min(start)..start).map(str::trim);
    quantities[..before]
        .iter()
        .rev()
        .take_while(|p| p.sentence == q.sentence && between(p).is_some_and(|b| b.len() <= 16))
        .find(|p| {
            p.span.end <= start
                && p.kind == q.kind
                && matches!(p.kind, Kind::Measure | Kind::Money)
                && between(p).is_some_and(|b| b.starts_with('(') && !b.contains(')'))
        })
}

/// `q` in brackets after `p` converts it to another unit of one dimension, but not within
/// rounding ("140 mph (about 200 km/h)": 140 mph is 225 km/h): `p`'s value in `q`'s unit.
pub(super) fn misconverted(p: &Quantity, q: &Quantity) -> Option<f64> {
    let base = |v: &Quantity| v.unit.as_deref().and_then(lexicon::conversion);
    let ((bp, fp), (bq, fq)) = (base(p)?, base(q)?);
    (p.kind == Kind::Measure && bp == bq && fq != 0.0 && !converts(p, q)).then(|| p.value * fp / fq)
}

/// How far a conversion in brackets may stray from the figure it converts, beyond the
/// rounding of its last digit: "140 mph (225 kph)" is one figure, "140 mph (about 200 km/h)"
/// a second, wrong one (11% off), which is then compared as a claim of its own.
const CONVERSION_SLACK: f64 = 0.06;

/// Does `q` convert `p` to other units of one dimension, within rounding? Units with no known
/// conversion are taken at their word.
fn converts(p: &Quantity, q: &Quantity) -> bool {
    let base = |v: &Quantity| v.unit.as_deref().and_then(lexicon::conversion);
    let (Some((bp, fp)), Some((bq, fq))) = (base(p), base(q)) else {
        return true;
    };
    if bp != bq || q.value == 0.0 {
        return bp != bq;
    }
    let (a, b) = (p.value * fp, q.value * fq);
    // "9 feet (3 metres)": a conversion rounded to one digit is within half of it.
    let slack = CONVERSION_SLACK.max(0.5 / q.value.abs());
    (a - b).abs() <= slack * b.abs()
}

/// The words around a figure in its sentence.
struct Words {
    context: Vec<String>,
    /// The first nominal form after the figure, or a verb of a known class there.
    after: Option<(&'static str, &'static str)>,
    /// The nearest nominal form before the figure.
    nominal_before: Option<(&'static str, &'static str)>,
}

/// The qualifier of a figure several holders reach together: "Viña del Mar and Valparaíso
/// together are home to over a million people" is not Viña del Mar's 300,000.
pub(super) const TOGETHER: &str = "together";

/// How many words before a figure "together" may stand ("together are home to over").
const TOGETHER_BEFORE: usize = 5;

/// Is the figure what several holders reach together? "together" shortly before it. (Not
/// "combined": "a combined 258,000 jobs" is the total others give without the word.)
fn together(q: &Quantity, toks: &SentenceToks) -> bool {
    toks.words_before(q.span.start, TOGETHER_BEFORE)
        .contains(&"together")
}

/// What a measure is of when a count of its agents opens its clause: "Two fires near Quilpué
/// had burned at least 8,000 hectares" measures those two fires, not all fires of the story
/// ("of 2 fire"). The count stands before the measure's verb in its sentence, with no verb of
/// its own. Only for measures: "three strikes killed 20 people" is the story's toll.
fn counted_agents(a: &Analyzed, q: &Quantity) -> Option<String> {
    if q.kind != Kind::Measure {
        return None;
    }
    let verb = q.predicate.as_ref()?.span;
    a.claims
        .quantities
        .iter()
        .rev()
        .find(|o| {
            o.sentence == q.sentence
                && o.kind == Kind::Count
                && o.predicate.is_none()
                && o.span.end <= verb.start
        })
        .and_then(|o| Some(format!("of {} {}", o.value, o.unit.as_deref()?)))
}

/// The qualifier of a projected count: "the death toll could reach 20,000".
pub(super) const PROJECTED: &str = "projected";

/// Is the figure a projection of a count ("could reach 20,000", "can reach 18,000 to 20,000
/// deaths", "is expected to rise to 300")? A modal, or a lead word and "to", then a verb of
/// growth right before the figure, "to" after it allowed (`projection_cues.txt`,
/// `projection_leads.txt`, `projection_verbs.txt`).
fn projected(q: &Quantity, toks: &SentenceToks) -> bool {
    let before = toks.words_before(q.span.start, 4);
    let mut words = before.iter().rev().copied().peekable();
    if words.peek() == Some(&"to") {
        words.next();
    }
    let Some(verb) = words.next() else {
        return false;
    };
    if !lexicon::verb_lemma(verb).is_some_and(lexicon::is_projection_verb)
        && !lexicon::is_projection_verb(verb)
    {
        return false;
    }
    match words.next() {
        Some("to") => words.next().is_some_and(lexicon::is_projection_lead),
        Some(cue) => lexicon::is_projection_cue(cue),
        None => false,
    }
}

/// The qualifier of a running count's highest point: "a peak of about 4.5 million".
pub(super) const PEAK: &str = "peak";

/// Is the measure a count's peak (`PEAK` among its qualifiers)?
pub(super) fn is_peak(measure: &Measure) -> bool {
    measure.qualifier.split(", ").any(|q| q == PEAK)
}

/// How many words before a figure, and after it, may say it is a peak.
const PEAK_BEFORE: usize = 3;
const PEAK_AFTER: usize = 5;

/// Is the figure a count's peak: "peak" or "peaked" among the few words before it ("a peak
/// of", "peaked at"), or "peak" or "height" among those after it ("at the storm's peak")?
fn at_peak(q: &Quantity, toks: &SentenceToks) -> bool {
    toks.words_before(q.span.start, PEAK_BEFORE)
        .iter()
        .any(|w| matches!(*w, "peak" | "peaked"))
        || toks
            .words_after(q.span.end, PEAK_AFTER)
            .iter()
            .any(|w| matches!(*w, "peak" | "height"))
}

/// The qualifier of an earlier value: an estimate the article says was replaced (the 144,000
/// of "cut to 19,000 from 144,000", "the 278,000 first reported") or the level a figure moved
/// from ("up from 4.1%").
pub(super) const EARLIER: &str = "earlier";

/// Is the measure of an earlier value (`EARLIER` among its qualifiers)?
pub(super) fn is_earlier(measure: &Measure) -> bool {
    measure.qualifier.split(", ").any(|q| q == EARLIER)
}

/// Two earlier values of one measure for one resolved day ("the 278,000 first reported" for
/// May, May's figure "revised from 144,000"): what they are is said, as a holder says whose
/// seats are counted, so they are one fact without a verb or context in common.
pub(super) fn earlier_values_of_one_day(x: &View, y: &View) -> bool {
    is_earlier(&x.measure) && x.day.is_some() && x.day == y.day && x.measure == y.measure
}

/// How many words before a figure its "from" and the revision verb before that may stand.
const REVISION_REACH: usize = 10;

/// Is the figure an earlier value its sentence replaces or moves from? Either the object of
/// "from" in a sentence whose verb revises or moves a level ("May's gains were cut to 19,000
/// from 144,000", "revised from 144,000 down to 19,000", `revision_verbs.txt`; "climbed to 4.2%
/// from 4.1%", `changes.tsv`), or a figure that a word of
/// earlier estimating and a word of estimating stand beside ("the 278,000 first reported",
/// "initially estimated at 300", "an initial estimate of 147,000": `earlier_estimate_words.txt`,
/// `estimate_words.txt`). A revised figure and its earlier estimate are two facts; the earlier
/// estimates of several sources are compared with each other.
fn superseded(q: &Quantity, toks: &SentenceToks) -> bool {
    let before = toks.words_before(q.span.start, REVISION_REACH);
    let estimate = |w: &str| {
        lexicon::is_estimate_word(w)
            || lexicon::is_estimate_word(&noun_lemma(w))
            || lexicon::verb_lemma(w).is_some_and(lexicon::is_estimate_word)
    };
    // "the 278,000 first reported", "147,000 jobs initially reported": after the figure and
    // at most its noun.
    let after = toks.words_after(q.span.end, 3);
    let past_noun = after
        .get(usize::from(q.counted.is_some())..)
        .unwrap_or_default();
    if let [w, v, ..] = past_noun
        && lexicon::is_earlier_estimate_word(w)
        && estimate(v)
    {
        return true;
    }
    // "initially estimated at", "an initial estimate of", "the originally reported": right
    // before the figure.
    let near: Vec<&str> = before
        .iter()
        .rev()
        .copied()
        .skip_while(|w| matches!(*w, "at" | "of" | "the" | "an" | "a"))
        .take(2)
        .collect();
    if let [w2, w1] = near.as_slice()
        && lexicon::is_earlier_estimate_word(w1)
        && estimate(w2)
    {
        return true;
    }
    // "from" right before the figure (past "the" and a word of earlier estimating), and a
    // revising verb before it in the sentence.
    let mut back = before.iter().rev().copied().peekable();
    while back.peek().is_some_and(|w| {
        matches!(*w, "the" | "an" | "a" | "its") || lexicon::is_earlier_estimate_word(w)
    }) {
        back.next();
    }
    if back.next() != Some("from") {
        return false;
    }
    // An elided verb counts: "cut to 19,000 from 144,000, and June's to 14,000 from 147,000".
    // A level that moved says where from as a revision does ("climbed to 4.2% from 4.1%",
    // "up from 4.1% in June"): the earlier level, not a rival of the later one.
    back.any(|w| {
        lexicon::verb_lemma(w).is_some_and(lexicon::is_revision_verb)
            || lexicon::is_revision_verb(w)
            || lexicon::change_verb(w).is_some()
            || lexicon::change_adverb(w).is_some()
    })
}

/// A state written right after a count of people, past a copula, "of them" or its own noun:
/// "205 are critically hurt", "205 of them critically", "two who are critical", "one person
/// is critical". The sub-fact it makes (`lexicon::qualifier`), if any.
fn state_after(q: &Quantity, toks: &SentenceToks) -> Option<&'static str> {
    let own: Vec<String> = q
        .counted
        .iter()
        .flat_map(|c| c.text.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    for w in toks.words_after(q.span.end, STATE_AFTER) {
        if let Some(qual) = lexicon::qualifier(w) {
            return Some(qual);
        }
        let lead = matches!(
            w,
            "is" | "are" | "was" | "were" | "who" | "of" | "them" | "remain" | "remains"
        ) || own.iter().any(|o| o == w);
        if !lead {
            return None;
        }
    }
    None
}

/// How far apart two sizes of one described noun may be and still be of one thing ("12-story"
/// and "13-storey" are one building misreported; "12-storey" and "30-storey" two buildings).
const SIZE_RATIO: f64 = 1.5;

/// Two sizes of one thing: "the 12-story tower" and "a 13-storey condominium" (a size that
/// describes its noun), "3.2 metres wide" and "about 4 meters wide" (a dimension of a place).
/// Such a size is a property of the story's one building or place, whatever day it is told;
/// sizes far apart are likelier two of them.
pub(super) fn one_size(x: &View, y: &View) -> bool {
    let size = |v: &View| {
        let described = v.q.kind == Kind::Count
            && !v.measure.of.is_empty()
            && v.q.counted.as_ref().is_some_and(|c| c.head.is_some());
        let dimension =
            v.q.kind == Kind::Measure && v.measure.qualifier.split(", ").any(dimension_name);
        v.measure.class.is_none() && (described || dimension)
    };
    let (a, b) = (x.q.value.abs(), y.q.value.abs());
    size(x) && size(y) && a.max(b) <= SIZE_RATIO * a.min(b)
}

/// The dimension an adjective after a length names ("3.2 metres wide" is a width).
pub(super) fn dimension(word: &str) -> Option<&'static str> {
    Some(match word {
        "wide" | "across" => "width",
        "long" => "length",
        "high" | "tall" => "height",
        "deep" => "depth",
        "thick" => "thickness",
        _ => return None,
    })
}

/// Is this qualifier a dimension `dimension` names?
fn dimension_name(q: &str) -> bool {
    matches!(q, "width" | "length" | "height" | "depth" | "thickness")
}

/// Percentage points in a basis point.
const BASIS_POINT: f64 = 0.01;

/// How many words after a count an outage may be told ("customers had no electricity",
/// "homes and businesses remained without power").
const OUTAGE_AFTER: usize = 6;
/// The class of a count of connections without power, and what it counts.
const OUTAGE: &str = "outage";
const OUTAGE_COUNTED: &str = "customer";

/// How many words after a count of people its state may stand.
const STATE_AFTER: usize = 4;

/// Is the figure's predicate still to come ("187 have still to be identified", "are yet to be
/// found", "yet to identify")? It then counts what is pending, not what happened.
/// Read before the predicate, or in the few words after the figure when the predicate was
/// found elsewhere in the sentence ("88 were identified, while 187 have still to be").
fn pending(q: &Quantity, toks: &SentenceToks) -> bool {
    let Some(p) = &q.predicate else {
        return false;
    };
    // The last three words before the verb are all the patterns below look at.
    let before_verb = !p.span.is_empty()
        && p.span.start >= q.span.end
        && match toks.words_before(p.span.start, 3).as_slice() {
            [.., cue, "to", "be"] | [.., cue, "to"] => lexicon::is_pending_cue(cue),
            _ => false,
        };
    let after = toks.words_after(q.span.end, PENDING_AFTER + 1);
    let after_figure = after
        .iter()
        .take(PENDING_AFTER)
        .zip(after.iter().skip(1))
        .any(|(cue, to)| *to == "to" && lexicon::is_pending_cue(cue));
    before_verb || after_figure
}

/// How many words after a figure may say that its act is still to come ("187 have still to").
const PENDING_AFTER: usize = 3;

impl Words {
    fn around(q: &Quantity, toks: &SentenceToks) -> Words {
        // Word tokens wholly before the figure, nearest first, and those after it: only the
        // few nearest are read, found by binary search, never by a walk over the sentence.
        let (before_tok, after_tok) = toks.around(q.span);
        let before_at = toks.words.partition_point(|&k| k < before_tok);
        let after_at = toks.words.partition_point(|&k| k < after_tok);
        let before = toks.words[..before_at].iter().rev().map(|&k| &toks.toks[k]);
        let after = toks.words[after_at..].iter().map(|&k| &toks.toks[k]);
        let mut context: Vec<String> = before
            .clone()
            .take(CONTEXT)
            .chain(after.clone().take(CONTEXT))
            .filter(|t| t.lower.len() >= 3 && !lexicon::is_content_stop_word(&t.lower))
            .map(|t| stem(&t.lower))
            .collect();
        context.sort();
        context.dedup();
        let known = |w: &str| -> Option<(&'static str, &'static str)> {
            lexicon::nominal(w)
                .or_else(|| lexicon::nominal(&noun_lemma(w)))
                .or_else(|| {
                    let lemma = lexicon::verb_lemma(w)?;
                    let class = lexicon::predicate_class(lemma)
                        .or_else(|| lexicon::is_running_count(lemma).then_some(lemma))?;
                    // A change verb says nothing about what is counted.
                    (!matches!(class, "rise" | "fall")).then_some((class, "person"))
                })
        };
        // "793 of the injured" counts a part of the injured, not them.
        let partitive = after.clone().next().is_some_and(|t| t.is("of"));
        // The figure's clause ends at the first stop or quotation mark after it.
        let clause_end = toks.clause_ends[toks.clause_ends.partition_point(|&k| k < after_tok)..]
            .first()
            .map_or(usize::MAX, |&k| toks.toks[k].span.start);
        let after_class = after
            .take_while(|t| t.span.end <= clause_end)
            .take(NOMINAL_AFTER)
            .find_map(|t| known(&t.lower))
            .filter(|_| !partitive);
        // Within the figure's clause: back to the nearest stop, comma or quotation mark.
        let clause_start = toks.clause_marks
            [..toks.clause_marks.partition_point(|&k| k < before_tok)]
            .last()
            .map_or(0, |&k| toks.toks[k].span.end);
        let nominal_before = before
            .take_while(|t| t.span.start >= clause_start)
            .take(NOMINAL_BEFORE)
            .find_map(|t| {
                lexicon::nominal(&t.lower).or_else(|| lexicon::nominal(&noun_lemma(&t.lower)))
            });
        Words {
            context,
            after: after_class,
            nominal_before,
        }
    }

    /// What the words after the figure say happened.
    fn nominal(&self) -> Option<(&'static str, &'static str)> {
        self.after
    }
}

/// The tokens of one sentence, with the indices of its words and of the punctuation that
/// bounds a figure's clause, kept for the figures of that sentence (they come one sentence
/// after another).
#[derive(Default)]
struct SentenceToks<'a> {
    sentence: Option<Span>,
    toks: Vec<Tok<'a>>,
    /// Indices of the word tokens.
    words: Vec<usize>,
    /// Indices of the marks that end a clause after a figure: stops, quotation marks and the
    /// em dash.
    clause_ends: Vec<usize>,
    /// Indices of the marks that open the clause a figure is in: those and commas.
    clause_marks: Vec<usize>,
}

impl<'a> SentenceToks<'a> {
    /// The tokens of sentence `s` of `text`, tokenized unless they are the ones held.
    fn of(&mut self, text: &'a str, s: Span) -> &Self {
        if self.sentence != Some(s) {
            let toks = tokenize(s.slice(text), s.start);
            let marks = |set: &[&str]| -> Vec<usize> {
                (0..toks.len())
                    .filter(|&k| toks[k].kind == TokKind::Punct && set.contains(&toks[k].text))
                    .collect()
            };
            self.clause_ends = marks(&[".", ";", ":", "\"", "“", "”", "(", ")", "—"]);
            self.clause_marks = marks(&[".", ",", ";", ":", "\"", "“", "”", "(", ")"]);
            self.words = (0..toks.len()).filter(|&k| toks[k].is_word()).collect();
            self.toks = toks;
            self.sentence = Some(s);
        }
        self
    }

    /// Where the tokens wholly before `span` end and those starting at or after its end begin
    /// (tokens are in text order and do not overlap), as token indices.
    fn around(&self, span: Span) -> (usize, usize) {
        (
            self.toks.partition_point(|t| t.span.end <= span.start),
            self.toks.partition_point(|t| t.span.start < span.end),
        )
    }

    /// The last `n` words ending at or before `at`, in text order, lower case.
    fn words_before(&self, at: usize, n: usize) -> Vec<&str> {
        let end = self.toks.partition_point(|t| t.span.end <= at);
        let w = self.words.partition_point(|&k| k < end);
        self.words[w.saturating_sub(n)..w]
            .iter()
            .map(|&k| self.toks[k].lower.as_str())
            .collect()
    }

    /// The first `n` words starting at or after `at`, lower case.
    fn words_after(&self, at: usize, n: usize) -> Vec<&str> {
        let start = self.toks.partition_point(|t| t.span.start < at);
        let w = self.words.partition_point(|&k| k < start);
        self.words[w..]
            .iter()
            .take(n)
            .map(|&k| self.toks[k].lower.as_str())
            .collect()
    }
}

/// A content word's stem for matching contexts: its noun lemma, or its verb's lemma.
fn stem(word: &str) -> String {
    match lexicon::verb_lemma(word) {
        Some(l) => l.to_string(),
        None => noun_lemma(word),
    }
}

/// A count of a specific noun ("passengers", "wars", "jets", not "people" or "years"), in
/// numerals, not "dozens", of a whole set (not "170 of the remaining bodies").
fn specific(v: &View) -> bool {
    matches!(v.q.unit_kind(), Some(Unit::Counted(_)))
        && v.q.kind == Kind::Count
        && !lexicon::is_generic_noun(&v.measure.unit)
        && !lexicon::is_generic_noun(&v.lemma)
        && !lexicon::is_vague_number(&v.q.text.to_lowercase())
        && !v.partitive
}

/// How much larger one figure may be than another and still count the same set when nothing
/// else says so: "around 2,000" and "around 2,500" passengers may; "three trains" and "over
/// 150 trains" do not.
const SPECIFIC_RATIO: f64 = 3.0;

/// Counts below this are small: a story gives small counts of many things.
const SMALL: f64 = 10.0;

/// Two counts of a specific noun with nothing to tell them apart — no verb or described noun,
/// no two different modifiers or verbs, values within `SPECIFIC_RATIO`, context words in
/// common — are one fact
/// of the story: one story rarely counts two sets of the same specific thing without saying
/// which ("four wars" and "three wars"; "two jets", "five Indian jets" are not the same set).
pub(super) fn specific_pair(x: &View, y: &View) -> bool {
    let verbs_differ = match (&x.q.predicate, &y.q.predicate) {
        (Some(a), Some(b)) => {
            !lexicon::is_weak_verb(&a.lemma)
                && !lexicon::is_weak_verb(&b.lemma)
                && a.lemma != b.lemma
        }
        _ => false,
    };
    let (a, b) = (x.q.value.abs(), y.q.value.abs());
    // "160 suicide drones" beside "170 drones" may be one set; "two express trains" beside
    // "three goods trains" are not.
    let (mx, my) = (modifiers(x), modifiers(y));
    // "169 passengers were Indian" is a part of the passengers, whatever the other says.
    let complement = |m: &[String]| {
        m.iter().any(|w| {
            w.split_once(' ')
                .is_some_and(|(v, _)| lexicon::verb_lemma(v) == Some("be"))
        })
    };
    let modifiers_differ =
        mx != my && (!mx.is_empty() && !my.is_empty() || complement(&mx) || complement(&my));
    // Something of the sentence besides the noun in common; two for small counts, which a
    // story gives of many things ("two daughters", "one standard").
    let context = if a.min(b) < SMALL { 2 } else { 1 };
    specific(x)
        && specific(y)
        && !verbs_differ
        && !modifiers_differ
        && shared_context(x, y) >= context
        && a.max(b) <= SPECIFIC_RATIO * a.min(b)
}

/// The modifiers of a figure's counted noun, lower case, sorted.
pub(super) fn modifiers(v: &View) -> Vec<String> {
    let mut m: Vec<String> =
        v.q.counted
            .iter()
            .flat_map(|c| c.modifiers.iter().map(|m| m.to_lowercase()))
            .collect();
    m.sort();
    m
}

/// A figure precise enough that two articles giving it are giving the same one: an exact
/// bound and at least two significant digits ("73,000", "1.6", "2,122"; not "300", not "5").
pub(super) fn distinctive(v: &View) -> bool {
    let digits: String = format!("{}", v.q.value.abs())
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let significant = digits.trim_start_matches('0').trim_end_matches('0').len();
    v.q.bound == Bound::Exact && significant >= 2 && v.q.value.abs() >= 10.0
}

/// How many context words two figures share.
pub(super) fn shared_context(x: &View, y: &View) -> usize {
    crate::compare::similarity::intersection(&x.context, &y.context)
}

/// A figure whose measure names what happened (a class) or what it describes (a compound's
/// noun); others are aligned only with a figure of the same place (`bare`).
pub(super) fn bare(v: &View) -> bool {
    v.measure.class.is_none()
        && v.measure.of.is_empty()
        && matches!(v.q.unit_kind(), Some(Unit::Measure(_)))
}

/// The finding's subject: the measure.
pub(super) fn measure_of(v: &View) -> Subject {
    Subject::Measure(v.measure.clone())
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{Fig, fig, viewed};
    use super::*;
    use crate::model::claim::Bound;

    fn measure(f: Fig) -> Option<Measure> {
        viewed(f, None, |v| v.map(|v| v.measure))
    }

    #[test]
    fn a_figure_per_share_or_a_month_is_a_rate() {
        assert_eq!(
            rate_of(" per share, the company said").as_deref(),
            Some("share")
        );
        assert_eq!(rate_of(" a month").as_deref(), Some("month"));
        assert_eq!(rate_of(" a record"), None);
        assert_eq!(rate_of(" loss"), None);
    }

    #[test]
    fn the_window_of_a_statistic_is_not_aligned() {
        // A compound duration keeps the noun it sizes as its counted head.
        let window = |head: &str| {
            let mut f = fig(3.0, "month").of(head).in_words(
                "three-month",
                "That leaves the three-month average at 35,000 jobs",
            );
            f.q.kind = Kind::Measure;
            f
        };
        assert!(measure(window("average")).is_none());
        assert!(measure(window("high")).is_none());
        // A duration of what happened is a fact: "a three-month strike".
        assert!(measure(window("strike")).is_some());
    }

    #[test]
    fn a_count_still_to_happen_is_not_aligned() {
        let pending = fig(187.0, "body")
            .did("identify")
            .in_words("187", "while 187 have still to be identified")
            .verb_written("identified");
        assert!(measure(pending).is_none());
        let yet = fig(40.0, "person")
            .did("find")
            .in_words("40", "40 people are yet to be found")
            .verb_written("found");
        assert!(measure(yet).is_none());
        let done = fig(88.0, "body")
            .did("identify")
            .in_words("88", "88 bodies have been identified")
            .verb_written("identified");
        assert!(measure(done).is_some());
        // the verb found before the figure, the cue after it
        let after = fig(187.0, "body")
            .did("identify")
            .in_words("187", "88 were identified while 187 have yet to be")
            .verb_written("identified");
        assert!(measure(after).is_none());
        // "still" that does not come before "to": the act happened
        let still = fig(12.0, "person")
            .did("kill")
            .in_words("12", "12 people were still killed")
            .verb_written("killed");
        assert!(measure(still).is_some());
    }

    #[test]
    fn killed_and_died_are_one_class() {
        let killed = measure(fig(7.0, "person").did("kill")).unwrap();
        let died = measure(fig(9.0, "person").did("die")).unwrap();
        assert_eq!(killed, died);
        assert_eq!(killed.class, Some(PredicateClass::Kill));
        let fired = measure(fig(22.0, "missile").did("fire")).unwrap();
        assert_eq!(fired.class, Some(PredicateClass::Launch));
        // Another verb says too little to align on: "won", "took" and "has" seats meet.
        let won = measure(fig(400.0, "seat").did("win").held_by("Labour")).unwrap();
        assert_eq!(won.class, None);
        assert_eq!(
            won,
            measure(fig(400.0, "seat").did("take").held_by("Labour")).unwrap()
        );
        // Seats are held: one fact per holder, none for seats of no one named.
        assert_ne!(
            won,
            measure(fig(121.0, "seat").did("win").held_by("the Conservatives")).unwrap()
        );
        assert_eq!(measure(fig(121.0, "seat").did("win")), None);
        // A running count's verb keeps its class.
        let evacuated = measure(fig(400.0, "person").did("evacuate")).unwrap();
        assert_eq!(
            evacuated.class,
            Some(PredicateClass::Other("evacuate".into()))
        );
    }

    #[test]
    fn a_toll_a_place_holds_is_a_sub_fact_where_places_are_listed() {
        use super::super::fixture::article;
        // "North Carolina had at least 40 deaths ... Florida 18": each state's toll is its
        // own fact, beside the storm's 116.
        let dead = |n: f64| fig(n, "death").did("kill");
        let a = article(
            "states.txt",
            None,
            vec![
                dead(116.0),
                dead(40.0).held_by("North Carolina"),
                dead(18.0).held_by("Florida"),
                dead(2.0).held_by("South Carolina and Georgia"),
                dead(5.0).held_by("Union"),
            ],
        );
        let read = article_views(0, &a, None, 0.1);
        let qualifiers: Vec<String> = read
            .iter()
            .map(|v| v.as_ref().unwrap().measure.qualifier.clone())
            .collect();
        assert_eq!(
            qualifiers,
            [
                "",
                "in north carolina",
                "in florida",
                "in south carolina and georgia",
                // A name the gazetteer knows only as a county not named so holds no toll.
                ""
            ]
        );
        // One place named alone is the story's ("Libya's death toll rose to 5,300").
        let a = article(
            "one.txt",
            None,
            vec![dead(5300.0).held_by("Libya"), dead(2000.0)],
        );
        let v = article_views(0, &a, None, 0.1);
        assert_eq!(v[0].as_ref().unwrap().measure.qualifier, "");
    }

    #[test]
    fn a_running_counts_peak_is_a_sub_fact() {
        let outage = |text: &str, sentence: &str| {
            measure(fig(4.5e6, "customer").in_words(text, sentence)).unwrap()
        };
        let peak = outage(
            "4.5 million",
            "at a peak of 4.5 million customers without power",
        );
        assert_eq!(peak.qualifier, PEAK);
        assert!(is_peak(&peak));
        let later = outage(
            "4.5 million",
            "4.5 million customers were without power on Monday",
        );
        assert_eq!(later.qualifier, "");
        // What does not run has no peak of its own: a crowd "peaked at 338,000" is its size.
        let crowd = measure(
            fig(338_000.0, "person").in_words("338,000", "the march peaked at 338,000 people"),
        )
        .unwrap();
        assert!(!is_peak(&crowd));
    }

    #[test]
    fn a_projected_count_is_a_sub_fact() {
        let toll = |text: &str, sentence: &str| {
            measure(fig(20_000.0, "death").did("kill").in_words(text, sentence))
                .map(|m| m.qualifier)
        };
        let projected = Some(PROJECTED.to_string());
        assert_eq!(
            toll("20,000", "The death toll could reach 20,000"),
            projected
        );
        assert_eq!(toll("20,000", "It can reach 20,000 deaths"), projected);
        assert_eq!(
            toll("300", "The toll is expected to rise to 300"),
            projected
        );
        // A report of the count, and a count that already reached its figure.
        assert_eq!(
            toll("20,000", "The death toll rose to 20,000").as_deref(),
            Some("")
        );
        assert_eq!(
            toll("20,000", "The death toll has reached 20,000").as_deref(),
            Some("")
        );
        assert_eq!(
            toll("300", "The toll is expected rise 300").as_deref(),
            Some("")
        );
    }

    #[test]
    fn an_estimate_replaced_or_a_level_moved_from_is_a_sub_fact() {
        let jobs = |text: &str, sentence: &str| {
            let value = text.replace(',', "").parse().unwrap();
            measure(fig(value, "job").in_words(text, sentence)).map(|m| m.qualifier)
        };
        let earlier = Some(EARLIER.to_string());
        let level = Some(String::new());
        let revised = "May's figure was revised from 144,000 down to 19,000 and June's from 147,000 down to 14,000.";
        assert_eq!(jobs("144,000", revised), earlier);
        assert_eq!(jobs("19,000", revised), level);
        // The verb is elided in the second conjunct: its "from" is still an earlier estimate.
        assert_eq!(jobs("147,000", revised), earlier);
        assert_eq!(jobs("14,000", revised), level);
        let cut = "May's job gains were cut to 19,000 from 144,000.";
        assert_eq!(jobs("144,000", cut), earlier);
        assert_eq!(jobs("19,000", cut), level);
        let first = "May's payrolls were lowered to only 19,000, a steep drop from the 278,000 first reported.";
        assert_eq!(jobs("278,000", first), earlier);
        assert_eq!(
            jobs("278,000", "It was initially estimated at 278,000 jobs."),
            earlier
        );
        assert_eq!(
            jobs(
                "147,000",
                "That compares with an initial estimate of 147,000."
            ),
            earlier
        );
        // The level a figure moved from is its earlier value too; the level it reached is not.
        let rose = "Payrolls rose to 150,000 from 140,000 jobs.";
        assert_eq!(jobs("140,000", rose), earlier);
        assert_eq!(jobs("150,000", rose), level);
        assert_eq!(
            jobs("140,000", "Payrolls were up from 140,000 in June."),
            earlier
        );
        // "From" with no move before it, and "the first 20,000", are no earlier values.
        assert_eq!(
            jobs("140,000", "Data from 140,000 employers were collected."),
            level
        );
        assert_eq!(
            jobs("20,000", "The first 20,000 jobs were added in May."),
            level
        );
    }

    #[test]
    fn a_state_written_after_a_count_of_people_is_a_sub_fact() {
        let hurt = |sentence: &str| {
            measure(
                fig(205.0, "person")
                    .did("injure")
                    .in_words("205", sentence)
                    .verb_written("injured"),
            )
            .map(|m| m.qualifier)
        };
        let critical = Some("critical".to_string());
        assert_eq!(hurt("205 are critically injured"), critical);
        assert_eq!(
            hurt("2,059 people injured, 205 of them critically"),
            critical
        );
        assert_eq!(
            hurt("205 were seriously injured").as_deref(),
            Some("serious")
        );
        // A state further on, past other words, is another figure's.
        assert_eq!(
            hurt("205 were injured in Marrakesh and 12 are critically injured").as_deref(),
            Some("")
        );
    }

    #[test]
    fn synonyms_meet_in_one_concept_and_children_are_a_sub_fact() {
        let people = measure(fig(7.0, "person").did("kill")).unwrap();
        assert_eq!(measure(fig(7.0, "resident").did("kill")).unwrap(), people);
        assert_eq!(measure(fig(7.0, "victim").did("die")).unwrap(), people);
        let children = measure(fig(3.0, "child").did("kill")).unwrap();
        assert_eq!(
            (children.unit.as_str(), children.qualifier.as_str()),
            ("person", "child")
        );
        assert_ne!(children, people);
        let troops = measure(fig(600_000.0, "troop")).unwrap();
        assert_eq!(measure(fig(600_000.0, "personnel")).unwrap(), troops);
        assert_eq!(measure(fig(600_000.0, "soldier")).unwrap(), troops);
        let flats = measure(fig(40.0, "flat")).unwrap();
        assert_eq!(measure(fig(40.0, "apartment")).unwrap(), flats);
        assert_eq!(measure(fig(40.0, "household")).unwrap(), flats);
        // A modifier that names a kind makes a sub-fact; others do not.
        let mut ballistic = fig(120.0, "missile").did("launch");
        if let Some(c) = &mut ballistic.q.counted {
            c.modifiers = vec!["ballistic".into()];
        }
        assert_eq!(measure(ballistic).unwrap().qualifier, "ballistic");
        let mut suicide = fig(160.0, "drone").did("launch");
        if let Some(c) = &mut suicide.q.counted {
            c.modifiers = vec!["suicide".into()];
        }
        assert_eq!(
            measure(suicide).unwrap(),
            measure(fig(170.0, "drone").did("fire")).unwrap()
        );
    }

    #[test]
    fn nominal_forms_say_what_happened() {
        let killed = measure(fig(7.0, "person").did("kill")).unwrap();
        // "632 dead", "270 lives", "5,300 deaths have been confirmed".
        assert_eq!(measure(fig(632.0, "dead")).unwrap(), killed);
        assert_eq!(measure(fig(270.0, "life")).unwrap(), killed);
        assert_eq!(measure(fig(5300.0, "death").did("have")).unwrap(), killed);
        // "people are now known to have died": the verb after the figure.
        let known = fig(5200.0, "person").did("be").in_words(
            "5,200",
            "More than 5,200 people are now known to have died in Libya",
        );
        assert_eq!(measure(known).unwrap(), killed);
        // "the death toll has risen to 11,300": a bare number and the nominal before it.
        let toll = fig(11300.0, "x").unitless().did("rise").in_words(
            "11,300",
            "The death toll in Derna has risen sharply to 11,300",
        );
        assert_eq!(measure(toll).unwrap(), killed);
        // A bare number with no nominal form near it is not aligned.
        let bare = fig(37.0, "x")
            .unitless()
            .in_words("37", "It fell by 37 on Monday");
        assert_eq!(measure(bare), None);
        // "793 of the injured" counts a part of the injured.
        let part = fig(793.0, "x")
            .unitless()
            .in_words("793", "793 of the injured passengers had been discharged");
        assert_eq!(measure(part), None);
    }

    #[test]
    fn a_change_is_part_of_what_a_figure_measures() {
        use crate::model::claim::Change;
        let level = measure(fig(212.0, "GBP").kind(Kind::Money).did("climb")).unwrap();
        assert_eq!(level.change, None);
        let up = fig(4.2, "percent").kind(Kind::Percent).did("climb");
        let up = measure(up.moved(Change::Up)).unwrap();
        assert_eq!((up.unit.as_str(), up.change), ("percent", Some(Change::Up)));
        let down = fig(4.2, "percent").kind(Kind::Percent).did("fall");
        let down = measure(down.moved(Change::Down)).unwrap();
        let still = measure(fig(4.2, "percent").kind(Kind::Percent).did("climb")).unwrap();
        assert_ne!(up, still);
        assert_eq!(down.change, Some(Change::Down));
        assert_ne!(up.change, down.change);
    }

    #[test]
    fn weak_verbs_give_no_class() {
        let has = measure(fig(30.0, "member").did("have")).unwrap();
        assert_eq!(has.class, None);
        assert_eq!(has.unit, "member");
    }

    #[test]
    fn measures_are_keyed_by_their_base_unit_not_their_verb() {
        let lasted = fig(5.0, "hour").kind(Kind::Measure).did("last");
        let m = measure(lasted).unwrap();
        assert_eq!((m.class, m.unit.as_str()), (None, "second"));
        // Miles are kilometres: 44 miles is about 70.8 km.
        let miles = fig(44.0, "mile").kind(Kind::Measure);
        viewed(miles, None, |v| {
            let v = v.unwrap();
            assert_eq!(v.measure.unit, "kilometre");
            assert!(
                (v.interval.lo - 43.5 * 1.609344).abs() < 1e-9,
                "{:?}",
                v.interval
            );
        });
    }

    #[test]
    fn ranks_shares_negations_and_denials_are_not_aligned() {
        assert!(measure(fig(4.0, "largest").kind(Kind::Ordinal)).is_none());
        assert!(measure(fig(3.0, "people").kind(Kind::Fraction)).is_none());
        assert!(measure(fig(7.0, "person").did("kill").negated()).is_none());
        assert!(measure(fig(19.0, "point").denied_by("Mr Umerov")).is_none());
        assert!(measure(fig(7.0, "person").did("kill")).is_some());
        // Money and shares are aligned by their unit (and by context in verdicts).
        assert_eq!(
            measure(fig(76.0, "percent").kind(Kind::Percent))
                .unwrap()
                .unit,
            "percent"
        );
    }

    #[test]
    fn a_compound_adjective_measures_the_noun_it_describes() {
        let plan = measure(fig(28.0, "point").of("plan")).unwrap();
        assert_eq!((plan.unit.as_str(), plan.of.as_str()), ("point", "plan"));
        assert_ne!(plan, measure(fig(28.0, "point")).unwrap());
    }

    #[test]
    fn context_words_are_lemmas_around_the_figure() {
        let f =
            fig(28.0, "point").in_words("28", "Officials discussed the 28 key points of the plan");
        viewed(f, None, |v| {
            let c = v.unwrap().context;
            assert!(
                c.contains(&"plan".to_string()) && c.contains(&"point".to_string()),
                "{c:?}"
            );
            assert!(c.contains(&"discuss".to_string()), "{c:?}");
            assert!(!c.contains(&"the".to_string()), "{c:?}");
        });
    }

    #[test]
    fn the_day_of_the_report_is_not_the_day_of_the_event() {
        let mut said = fig(7.0, "person").did("kill").on(2025, 11, 25);
        assert!(viewed(said.clone(), None, |v| v.unwrap().day.is_some()));
        if let Some(t) = &mut said.q.time {
            t.of_report = true;
        }
        assert!(viewed(said, None, |v| v.unwrap().day.is_none()));
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
        let v = fig(460.0, "drone").hedged(Bound::MoreThan, "more than");
        let i = viewed(v, None, |v| v.unwrap().interval);
        assert_eq!((i.lo, i.lo_open, i.hi), (460.0, true, f64::INFINITY));
    }
}
