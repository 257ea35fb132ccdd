//! The finding model: one type for everything `check` reports, whatever the output format.
//!
//! A `Finding` carries typed facts, not prose: its kind (the names of PRODUCT.md), a severity,
//! a typed `Subject` (the measure, the total, the person, the article pair), the canonical
//! `FactValue`s it is about, the `Detail` a message needs (both sides' intervals and days, the
//! event reason, the parts of a sum, the denial's source, what a rewrite kept and dropped, an
//! inferred date), and the `Evidence` it rests on: spans into articles with their quotes and
//! normalized values. Line and column are not stored; renderers derive them, and the one-line
//! message is written by `report::message`, never here.
//!
//! The fingerprint identifies a finding across runs and edits. `Finding::new` computes it from
//! the kind, the subject key, the files and the canonical values only — never the detail, the
//! message, line numbers or offsets — with FNV-1a 64 (a fixed, documented function, unlike
//! `DefaultHasher`, whose output may change between Rust releases).

use serde::{Deserialize, Serialize};

use jiff::civil::Date;

use crate::model::claim::{Bound, Change, Granularity, Quantity};
use crate::text::hash::fnv1a;
use crate::text::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    Conflict,
    SumMismatch,
    Disputed,
    Updated,
    QuoteVariant,
    RoleVariant,
    DifferentEvent,
    Compatible,
    Agree,
    NearDuplicate,
    DuplicateFile,
}

impl FindingKind {
    /// The kind named `name` (`near-duplicate`, `agree`, ...).
    pub fn from_name(name: &str) -> Option<FindingKind> {
        FindingKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::NearDuplicate => "near-duplicate",
            FindingKind::DuplicateFile => "duplicate-file",
            FindingKind::Agree => "agree",
            FindingKind::Compatible => "compatible",
            FindingKind::Conflict => "conflict",
            FindingKind::SumMismatch => "sum-mismatch",
            FindingKind::DifferentEvent => "different-event",
            FindingKind::Updated => "updated",
            FindingKind::Disputed => "disputed",
            FindingKind::QuoteVariant => "quote-variant",
            FindingKind::RoleVariant => "role-variant",
        }
    }

    pub const ALL: [FindingKind; 11] = [
        FindingKind::Conflict,
        FindingKind::SumMismatch,
        FindingKind::Disputed,
        FindingKind::Updated,
        FindingKind::QuoteVariant,
        FindingKind::RoleVariant,
        FindingKind::DifferentEvent,
        FindingKind::Compatible,
        FindingKind::Agree,
        FindingKind::NearDuplicate,
        FindingKind::DuplicateFile,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Note];

    pub fn from_name(name: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|s| s.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// The lowest severity of a new finding that fails the run.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    #[default]
    Error,
    Warning,
    Note,
    Never,
}

impl FailOn {
    /// The severity at which a finding fails, or none for `never`.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Note => Some(Severity::Note),
            FailOn::Never => None,
        }
    }
}

/// One quoted claim a finding rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// Index of the article in the checked set.
    pub article: usize,
    pub span: Span,
    /// The exact quote (the figure with its hedge, a role, a quotation).
    pub text: String,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub bound: Option<Bound>,
    pub unit: Option<String>,
    /// The sentence the quote is in, for snippet views.
    pub sentence: Span,
}

impl Evidence {
    /// A whole sentence (or passage) of article `article` as evidence: no figure in it.
    pub fn of_sentence(article: usize, text: &str, span: Span) -> Evidence {
        Evidence {
            article,
            span,
            text: span.slice(text).to_string(),
            value: None,
            low: None,
            high: None,
            bound: None,
            unit: None,
            sentence: span,
        }
    }
}

/// How similar two articles are.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Similarity {
    /// Jaccard of word 5-shingles.
    pub resemblance: f64,
    /// Share of the shorter article's 5-shingles found in the other.
    pub containment: f64,
    /// Share of the shorter article's sentences aligned with one in the other.
    pub aligned: f64,
}

/// Whether a baseline already accepts a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    New,
    Accepted,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Accepted => "accepted",
        }
    }
}

/// What a finding is about. The key (`Subject::key`) enters the fingerprint; names as written
/// (a person's longest spelling, a speaker as quoted) are for display only.
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    /// Figures of one measure: agree, compatible, conflict, updated, different-event.
    Measure(Measure),
    /// A total of coordinated nouns ("518 drones and missiles") and its parts: the predicate
    /// class and the total's lemmas in the order written.
    Total {
        class: Option<PredicateClass>,
        lemmas: Vec<String>,
    },
    /// The unit of a denied figure.
    Unit(String),
    /// A person's roles: identity key and the name as written.
    Role { person: String, name: String },
    /// A speaker's quotations: identity key and the speaker as written.
    Quote { speaker: String, name: String },
    /// A year dated from with "since" ("the first world title since 1986"): the content words
    /// the outlets' clauses share, sorted.
    Anchor { words: Vec<String> },
    /// A score of one phase of a match or a vote: `shootout`, `result`, `half`, `vote`.
    Score { phase: String },
    /// A near-duplicate pair of articles.
    Articles,
}

/// What a figure measures: the predicate class (`None` when there is no predicate, it is too
/// weak to align on, or the figure is a duration), the concept counted or the measure's base
/// unit, for a compound adjective the noun it describes ("plan" in "28-point plan"; empty
/// otherwise), the qualifier of a sub-fact, and, for a change of a level, which way it moved
/// (a change up, a change down and the level itself are three facts).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Measure {
    pub class: Option<PredicateClass>,
    /// The concept counted (`person` for people, residents and victims), or the base unit of a
    /// measure (`kilometre` for miles too).
    pub unit: String,
    pub of: String,
    /// What makes the measure a sub-fact of another ("child": children among the dead;
    /// "ballistic" missiles among the missiles); empty for none.
    pub qualifier: String,
    /// The figures are changes of a level that moved this way ("rose 5%"), not the level
    /// (`None`).
    pub change: Option<Change>,
}

/// What happened to the counted thing, so that "killed" and "died" meet: one of the classes
/// several verbs map to, or any other verb by its own lemma (`Other("evacuate")`). Which lemma
/// belongs to which class is `compare::claims::predicate_class`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PredicateClass {
    /// kill, die
    Kill,
    /// wound, injure, hurt
    Injure,
    /// fire, launch
    Launch,
    /// destroy, shoot down, intercept, down
    Destroy,
    /// capture, seize
    Capture,
    /// arrest, detain
    Arrest,
    /// rise, increase, climb, ...
    Rise,
    /// fall, drop, decrease, ...
    Fall,
    /// Any other verb, by its lemma.
    Other(String),
}

impl PredicateClass {
    /// The class a class name stands for (`"kill"` → `Kill`); any other name is `Other`.
    pub fn named(name: &str) -> PredicateClass {
        match name {
            "kill" => PredicateClass::Kill,
            "injure" => PredicateClass::Injure,
            "launch" => PredicateClass::Launch,
            "destroy" => PredicateClass::Destroy,
            "capture" => PredicateClass::Capture,
            "arrest" => PredicateClass::Arrest,
            "rise" => PredicateClass::Rise,
            "fall" => PredicateClass::Fall,
            other => PredicateClass::Other(other.to_string()),
        }
    }

    /// The class's name: the lemma that stands for it (`kill`), or the other verb's lemma.
    pub fn as_str(&self) -> &str {
        match self {
            PredicateClass::Kill => "kill",
            PredicateClass::Injure => "injure",
            PredicateClass::Launch => "launch",
            PredicateClass::Destroy => "destroy",
            PredicateClass::Capture => "capture",
            PredicateClass::Arrest => "arrest",
            PredicateClass::Rise => "rise",
            PredicateClass::Fall => "fall",
            PredicateClass::Other(lemma) => lemma,
        }
    }
}

/// The name of an optional class; empty for none.
fn class_name(class: &Option<PredicateClass>) -> &str {
    class.as_ref().map_or("", PredicateClass::as_str)
}

impl Subject {
    /// The canonical key the fingerprint hashes: the kind of subject and its identity, not its
    /// display names.
    pub fn key(&self) -> String {
        const SEP: char = '\u{1d}';
        match self {
            // A level's key is what it was before changes were told apart, so accepted
            // findings keep their fingerprints.
            Subject::Measure(m) => {
                let mut key = format!(
                    "measure{SEP}{}{SEP}{}{SEP}{}{SEP}{}",
                    class_name(&m.class),
                    m.unit,
                    m.of,
                    m.qualifier
                );
                if let Some(c) = m.change {
                    key.push(SEP);
                    key.push_str(c.as_str());
                }
                key
            }
            Subject::Total { class, lemmas } => {
                let mut lemmas = lemmas.clone();
                lemmas.sort();
                format!(
                    "total{SEP}{}{SEP}{}",
                    class_name(class),
                    lemmas.join("\u{1c}")
                )
            }
            Subject::Unit(u) => format!("unit{SEP}{u}"),
            Subject::Role { person, .. } => format!("role{SEP}{person}"),
            Subject::Quote { speaker, .. } => format!("quote{SEP}{speaker}"),
            Subject::Anchor { words } => format!("anchor{SEP}{}", words.join("\u{1c}")),
            Subject::Score { phase } => format!("score{SEP}{phase}"),
            Subject::Articles => "articles".to_string(),
        }
    }
}

/// A figure's normalized value: what the fingerprint and the json `value`/`low`/`high`/
/// `bound` fields are made of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount {
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub bound: Bound,
}

impl Amount {
    pub fn of(q: &Quantity) -> Amount {
        Amount {
            value: q.value,
            low: q.low,
            high: q.high,
            bound: q.bound,
        }
    }

    fn canonical(&self) -> String {
        let mut s = format!("{}:{}", self.bound.as_str(), canonical_number(self.value));
        if self.low.is_some() || self.high.is_some() {
            let end = |v: Option<f64>| v.map(canonical_number).unwrap_or_default();
            s.push_str(&format!(":{}:{}", end(self.low), end(self.high)));
        }
        s
    }
}

/// The shortest text that reads back as the same `f64` (`7`, `0.1`, `1130000000`); -0 is 0.
fn canonical_number(v: f64) -> String {
    if v == 0.0 {
        "0".to_string()
    } else {
        v.to_string()
    }
}

/// One value a finding is about, in canonical form.
#[derive(Debug, Clone, PartialEq)]
pub enum FactValue {
    /// A figure with its bound (pairs of figures, parts and totals).
    Figure(Amount),
    /// A number asserted against a denial, bound aside.
    Number(f64),
    /// The number under a denial.
    Denied(f64),
    /// Words: a normalized role, a quotation.
    Words(String),
    /// A figure a rewrite changed: (before, after).
    Changed(Amount, Amount),
}

impl FactValue {
    fn canonical(&self) -> String {
        match self {
            FactValue::Figure(a) => a.canonical(),
            FactValue::Number(v) => format!("number:{}", canonical_number(*v)),
            FactValue::Denied(v) => format!("denied:{}", canonical_number(*v)),
            FactValue::Words(w) => format!("words:{w}"),
            FactValue::Changed(a, b) => format!("{}>{}", a.canonical(), b.canonical()),
        }
    }
}

/// The interval a figure allows, with open ends: `>460` is (460, ∞), `about 500` ±10% is
/// [450, 550]. What interval a hedge allows is decided by `compare`; this is the data and its
/// arithmetic.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub lo_open: bool,
    pub hi: f64,
    pub hi_open: bool,
}

impl Interval {
    /// The interval in another unit: each end times `factor` (a positive conversion factor).
    pub fn scaled(&self, factor: f64) -> Interval {
        if factor == 1.0 {
            return *self;
        }
        Interval {
            lo: self.lo * factor,
            hi: self.hi * factor,
            ..*self
        }
    }

    /// A single value (an exact figure).
    pub fn is_point(&self) -> bool {
        self.lo == self.hi
    }

    /// Do the two intervals share a value?
    pub fn overlaps(&self, o: &Interval) -> bool {
        let below = self.hi < o.lo || (self.hi == o.lo && (self.hi_open || o.lo_open));
        let above = o.hi < self.lo || (o.hi == self.lo && (o.hi_open || self.lo_open));
        !(below || above)
    }

    /// The interval of a sum of one value from each.
    pub fn add(&self, o: &Interval) -> Interval {
        Interval {
            lo: self.lo + o.lo,
            lo_open: self.lo_open || o.lo_open,
            hi: self.hi + o.hi,
            hi_open: self.hi_open || o.hi_open,
        }
    }
}

/// Why two figures of one measure are taken to be about different events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Difference {
    /// Both name a place (with a locative), and the places differ.
    Place,
    /// Both resolve to days that are not the same (nor one night and its day).
    Day,
    /// One is said of another event named beside it ("an aftershock of magnitude 4.9").
    Occurrence,
}

/// Whether two figures are about the same event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Same,
    Different(Difference),
    /// No evidence either way (a date is missing).
    Unknown,
}

/// One figure of a finding as its message shows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Side {
    /// Index of the article in the checked set.
    pub article: usize,
    pub interval: Interval,
    /// The day the event happened on, if resolved (not the day it was reported).
    pub day: Option<(Date, Granularity)>,
    /// For a distance from a place, the compass word it gives ("southwest").
    pub bearing: Option<&'static str>,
    /// A time of day: the interval is minutes after midnight, shown as "13:38".
    pub clock: bool,
    /// A figure given as one number ("48 per cent", "7.4 million"): that number, which a
    /// message shows rather than the interval its rounding allows. `None` for a hedged figure
    /// or a range.
    pub written: Option<f64>,
}

/// One part of a sum: the interval it allows and its unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub interval: Interval,
    pub unit: String,
}

/// One article's parts of a total and the sum they allow.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    pub article: usize,
    pub parts: Vec<Part>,
    pub sum: Interval,
}

/// How parts compare with a total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SumOutcome {
    /// Exact parts make the exact total.
    AddsUp,
    /// Another event: the reason.
    OtherEvent(Difference),
    /// No evidence that it is the same event (a date is missing).
    EventUnknown,
    /// The same event: the hedged parts allow the total but do not pin it.
    Allowed,
    /// The same event: the parts cannot make the total.
    Impossible,
}

/// Where an undated article's inferred date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// A dated near-duplicate (its index).
    Rewrite(usize),
    /// Its weekday names ("on Tuesday") against the window of its story's dated articles.
    Weekdays,
}

impl DateSource {
    /// The near-duplicate the date was borrowed from, if it was.
    pub fn rewrite(self) -> Option<usize> {
        match self {
            DateSource::Rewrite(i) => Some(i),
            DateSource::Weekdays => None,
        }
    }
}

/// An undated article given the date of a dated near-duplicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InferredDate {
    pub undated: usize,
    pub date: Date,
    pub from: usize,
}

/// What a rewrite kept, reworded, dropped and added (near-duplicate).
#[derive(Debug, Clone, PartialEq)]
pub struct Rewrite {
    /// Aligned sentences kept nearly word for word, and reworded.
    pub kept: usize,
    pub reworded: usize,
    /// Sentences of the first article with no counterpart, and of the second.
    pub dropped: usize,
    pub added: usize,
    /// Figures of aligned sentences that changed, as written: (first, second).
    pub changed: Vec<(String, String)>,
    pub inferred: Vec<InferredDate>,
}

/// A rewrite family: near-duplicate pairs joined into one group of articles (three or more),
/// with the member most of the others were matched to as its representative.
#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    pub representative: usize,
    /// Each verified pair of the family: (first article, second article, how similar, what
    /// the rewrite kept and changed).
    pub pairs: Vec<(usize, usize, Similarity, Rewrite)>,
}

/// What one source's figure is, within its fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureVerdict {
    /// The same figure as another source's.
    Agree,
    /// Not the same figure as another source's, but both can be true.
    Compatible,
    /// Cannot be true together with another source's figure of the same time.
    Conflict,
    /// A running count's value at its report time, in a timeline of other values.
    Updated,
}

impl FigureVerdict {
    pub fn as_str(self) -> &'static str {
        match self {
            FigureVerdict::Agree => "agree",
            FigureVerdict::Compatible => "compatible",
            FigureVerdict::Conflict => "conflict",
            FigureVerdict::Updated => "updated",
        }
    }
}

/// One source's figure in a fact.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FactFigure {
    /// The figure as its message shows it: article, interval (in the fact's unit), event day.
    pub side: Side,
    /// When it was reported: its article's date, or the date inferred for it.
    pub report: Option<Date>,
    pub verdict: FigureVerdict,
    /// The rewrite family of its article: articles that are near-duplicates of each other share
    /// one, and count as one source.
    pub family: usize,
}

/// The typed detail a finding's message is written from; not part of the fingerprint.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// Two figures of one measure (kept for findings of two sides).
    Pair {
        sides: [Side; 2],
        /// The two articles are a rewrite pair (not independent).
        rewrite: bool,
        event: Event,
    },
    /// A running count changed by a later report (updated).
    Update {
        early: Side,
        late: Side,
        /// The later report's figure is not lower.
        raised: bool,
    },
    /// Parts in one article against a total in another (sum-mismatch; agree when they add up).
    Sum {
        parts: Vec<Part>,
        sum: Interval,
        parts_article: usize,
        total: Side,
        outcome: SumOutcome,
        /// Other articles' breakdowns of the same total, shown beside a mismatch: what the
        /// other outlets' parts make. Context only; they do not change the verdict.
        beside: Vec<Breakdown>,
    },
    /// A figure under a denial (disputed); the figures it disputes are the other evidence.
    Denial {
        /// The denied figure as written, without its hedge.
        figure: String,
        article: usize,
        /// Who denies it, as written.
        source: Option<String>,
    },
    /// One person given different roles (role-variant), or ranks or one post named two ways
    /// that cannot both be true (conflict): the roles are the evidence; `ranks` when they are
    /// ranks ("Lt. Gen.", "Maj. Gen."), not posts.
    Roles { ranks: bool },
    /// One person's name spelled differently across sources (role-variant): the values are
    /// the spellings, the evidence one mention of each.
    Spellings,
    /// One speaker quoted with different words (quote-variant): the quotes are the evidence.
    Quotes,
    /// A near-duplicate pair.
    Rewrite(Rewrite),
    /// Three or more articles that are rewrites of one another (near-duplicate).
    Family(Family),
    /// Files byte-identical to an article of the run (duplicate-file): their paths as given.
    /// They are read once, as the article they copy.
    Copies { copies: Vec<String> },
    /// One fact and every source's figure for it (agree, compatible, conflict, updated): in
    /// report order for a running count, else by value.
    Fact {
        figures: Vec<FactFigure>,
        /// A running count: the figures are a timeline.
        running: bool,
        /// Independent sources (rewrite families) and sources in all.
        independent: usize,
        sources: usize,
    },
    /// A figure and the conversion in brackets after it that does not convert ("140 mph
    /// (about 200 km/h)"; conflict): the figure as written, its exact value in the
    /// conversion's unit, and that unit. The evidence is the figure, its conversion, then other
    /// sources' figures of the measure that give its true value.
    Conversion {
        written: String,
        exact: f64,
        unit: String,
    },
    /// The years outlets date one thing from with "since" (agree, conflict): the evidence is
    /// one anchor a source, its year or years in `low`..`high`.
    Years,
    /// The scores outlets give for one phase (agree, conflict): the evidence is one score a
    /// source, as written.
    Scores,
    /// Figures of one measure that are about different events (another day or place): one
    /// figure per event, and what tells them apart.
    Events { figures: Vec<Side>, why: Difference },
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    /// What the claims are about.
    pub subject: Subject,
    /// The values it is about, in canonical form (fingerprinted).
    pub values: Vec<FactValue>,
    /// What a message needs beyond the facts (not fingerprinted).
    pub detail: Detail,
    pub evidence: Vec<Evidence>,
    /// The articles involved (indices), for near-duplicates and summaries.
    pub articles: Vec<usize>,
    pub similarity: Option<Similarity>,
    pub fingerprint: String,
    /// Set by the baseline; `None` means no baseline was consulted (treated as new).
    pub status: Option<Status>,
}

impl Finding {
    /// A finding on these facts, fingerprinted from the kind, subject, files (the articles'
    /// keys) and values alone. Evidence, articles and similarity are filled in by the caller.
    pub fn new(
        kind: FindingKind,
        severity: Severity,
        subject: Subject,
        values: Vec<FactValue>,
        detail: Detail,
        files: &[&str],
    ) -> Finding {
        Finding {
            kind,
            severity,
            fingerprint: fingerprint(kind, &subject, files, &values),
            subject,
            values,
            detail,
            evidence: Vec::new(),
            articles: Vec::new(),
            similarity: None,
            status: None,
        }
    }
}

/// The fingerprint of a finding's facts: kind, subject key, the files' paths and the canonical
/// values, never positions or wording. Order-independent in the files and values.
pub fn fingerprint(
    kind: FindingKind,
    subject: &Subject,
    files: &[&str],
    values: &[FactValue],
) -> String {
    let mut files: Vec<&str> = files.iter().map(|f| f.trim_start_matches("./")).collect();
    files.sort();
    files.dedup();
    let mut values: Vec<String> = values.iter().map(FactValue::canonical).collect();
    values.sort();
    let canonical = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}",
        kind.as_str(),
        subject.key(),
        files.join("\u{1e}"),
        values.join("\u{1e}")
    );
    format!("{:016x}", fnv1a(canonical.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Subject {
        Subject::Measure(Measure {
            class: None,
            unit: "point".into(),
            of: "plan".into(),
            qualifier: String::new(),
            change: None,
        })
    }

    fn exact(v: f64) -> FactValue {
        FactValue::Figure(Amount {
            value: v,
            low: None,
            high: None,
            bound: Bound::Exact,
        })
    }

    #[test]
    fn fingerprints_ignore_order_and_leading_dot_slash() {
        let a = fingerprint(
            FindingKind::Agree,
            &plan(),
            &["x.txt", "./y.txt"],
            &[exact(28.0), exact(29.0)],
        );
        let b = fingerprint(
            FindingKind::Agree,
            &plan(),
            &["y.txt", "x.txt"],
            &[exact(29.0), exact(28.0)],
        );
        assert_eq!(a, b);
        let c = fingerprint(
            FindingKind::Conflict,
            &plan(),
            &["y.txt", "x.txt"],
            &[exact(29.0), exact(28.0)],
        );
        assert_ne!(a, c);
    }

    #[test]
    fn fingerprints_tell_values_bounds_subjects_and_files_apart() {
        let fp = |subject: &Subject, files: &[&str], values: &[FactValue]| {
            fingerprint(FindingKind::Agree, subject, files, values)
        };
        let base = fp(&plan(), &["x.txt", "y.txt"], &[exact(28.0), exact(28.0)]);
        assert_ne!(
            base,
            fp(&plan(), &["x.txt", "y.txt"], &[exact(28.0), exact(19.0)])
        );
        let at_least = FactValue::Figure(Amount {
            value: 28.0,
            low: None,
            high: None,
            bound: Bound::AtLeast,
        });
        assert_ne!(
            base,
            fp(&plan(), &["x.txt", "y.txt"], &[exact(28.0), at_least])
        );
        assert_ne!(
            base,
            fp(&plan(), &["x.txt", "z.txt"], &[exact(28.0), exact(28.0)])
        );
        let other = Subject::Measure(Measure {
            class: Some(PredicateClass::Kill),
            unit: "point".into(),
            of: "plan".into(),
            qualifier: String::new(),
            change: None,
        });
        assert_ne!(
            base,
            fp(
                &Subject::Measure(Measure {
                    class: None,
                    unit: "point".into(),
                    of: "plan".into(),
                    qualifier: "draft".into(),
                    change: None,
                }),
                &["x.txt", "y.txt"],
                &[exact(28.0), exact(28.0)]
            )
        );
        assert_ne!(
            base,
            fp(&other, &["x.txt", "y.txt"], &[exact(28.0), exact(28.0)])
        );
    }

    #[test]
    fn a_change_is_another_subject_and_a_level_keeps_its_key() {
        let level = plan();
        // The key a level had before changes were told apart.
        assert_eq!(level.key(), "measure\u{1d}\u{1d}point\u{1d}plan\u{1d}");
        let moved = |c| {
            let Subject::Measure(mut m) = plan() else {
                unreachable!()
            };
            m.change = Some(c);
            Subject::Measure(m)
        };
        let (up, down) = (moved(Change::Up), moved(Change::Down));
        assert_ne!(up.key(), level.key());
        assert_ne!(up.key(), down.key());
        assert!(up.key().ends_with("\u{1d}up"), "{}", up.key());
    }

    #[test]
    fn predicate_classes_are_known_or_other() {
        assert_eq!(PredicateClass::named("kill"), PredicateClass::Kill);
        assert_eq!(PredicateClass::named("fall"), PredicateClass::Fall);
        assert_eq!(
            PredicateClass::named("evacuate"),
            PredicateClass::Other("evacuate".into())
        );
        for name in [
            "kill", "injure", "launch", "destroy", "capture", "arrest", "rise", "fall",
        ] {
            let class = PredicateClass::named(name);
            assert!(!matches!(class, PredicateClass::Other(_)), "{name}");
            assert_eq!(class.as_str(), name);
        }
        assert_eq!(PredicateClass::named("win").as_str(), "win");
    }

    #[test]
    fn display_names_are_not_part_of_the_fingerprint() {
        let role = |name: &str| Subject::Role {
            person: "rustem umerov".into(),
            name: name.into(),
        };
        let words = [FactValue::Words("security adviser".into())];
        assert_eq!(
            fingerprint(FindingKind::RoleVariant, &role("Umerov"), &["a"], &words),
            fingerprint(
                FindingKind::RoleVariant,
                &role("Rustem Umerov"),
                &["a"],
                &words
            ),
        );
    }

    #[test]
    fn the_detail_a_message_is_written_from_does_not_change_the_fingerprint() {
        // Two findings on the same facts whose messages would differ (another reason, other
        // intervals and days shown): `Finding::new` fingerprints the facts only.
        let side = |article, lo: f64, day: Option<(Date, Granularity)>| Side {
            article,
            bearing: None,
            clock: false,
            written: None,
            interval: Interval {
                lo,
                lo_open: false,
                hi: lo,
                hi_open: false,
            },
            day,
        };
        let day = Some((jiff::civil::date(2025, 11, 25), Granularity::Night));
        let new = |detail: Detail| {
            Finding::new(
                FindingKind::DifferentEvent,
                Severity::Note,
                plan(),
                vec![exact(28.0), exact(19.0)],
                detail,
                &["x.txt", "y.txt"],
            )
        };
        let a = new(Detail::Pair {
            sides: [side(0, 28.0, None), side(1, 19.0, None)],
            rewrite: false,
            event: Event::Unknown,
        });
        let b = new(Detail::Pair {
            sides: [side(0, 27.0, day), side(1, 20.0, None)],
            rewrite: true,
            event: Event::Different(Difference::Day),
        });
        assert_ne!(a.detail, b.detail);
        assert_eq!(a.fingerprint, b.fingerprint);
        assert_eq!(
            a.fingerprint,
            fingerprint(a.kind, &a.subject, &["y.txt", "x.txt"], &a.values)
        );
    }
}
