//! The claim model: what the extractor finds and everything downstream reads.
//!
//! A `Quantity` is one figure with its bound, what it counts, whether it is a change of a level
//! (`Change`), what happened, when, where and who says so; `Unit` reads its unit string together with its kind. `Quote` and `Role` are the
//! factual claims that are not numbers; a `Mention` is a numeral that is no quantity (a rank). All positions are `Span`s into the article text;
//! nothing here knows about lines or output formats, nor how figures are compared.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::text::span::Span;

/// How a hedge constrains the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    Exact,
    Approx,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Range,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::Approx => "approx",
            Bound::AtLeast => "at_least",
            Bound::MoreThan => "more_than",
            Bound::AtMost => "at_most",
            Bound::LessThan => "less_than",
            Bound::Range => "range",
        }
    }

    /// A short sign for tables: `≥7`, `>460`, `~5`.
    pub fn sign(self) -> &'static str {
        match self {
            Bound::Exact | Bound::Range => "",
            Bound::Approx => "~",
            Bound::AtLeast => "≥",
            Bound::MoreThan => ">",
            Bound::AtMost => "≤",
            Bound::LessThan => "<",
        }
    }
}

/// Which way a figure that is a change moves its level: "shares climbed 4.2%" is `Up`, "was
/// down 12 cents" is `Down`. A figure that is a level ("to 212p", "at $71.40") has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Up,
    Down,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Up => "up",
            Change::Down => "down",
        }
    }
}

/// What sort of figure this is; decides how the unit is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Count,
    Money,
    Percent,
    Measure,
    Ordinal,
    Fraction,
    /// A time of day: the value is minutes after midnight ("1:38 PM" is 818).
    Clock,
}

/// The noun phrase a figure counts: `22 missiles of various types` has head `missiles`, lemma
/// `missile`, modifiers `of various types`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Counted {
    pub text: String,
    /// Lemmas of the head nouns; two for `drones and missiles`.
    pub lemmas: Vec<String>,
    pub modifiers: Vec<String>,
    /// For a compound adjective (`28-point plan`), the lemma of the noun it describes (`plan`).
    pub head: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Predicate {
    /// Base form: `kill`, `shoot down`.
    pub lemma: String,
    pub span: Span,
    /// `not`, `never`, `n't` before it.
    pub negated: bool,
    /// The figure sits under a denial ("denied reports that ... 19 points").
    pub denied: bool,
}

impl Predicate {
    /// The contract's `predicate` string: the lemma, `not ` first when negated or denied.
    pub fn label(&self) -> String {
        if self.negated || self.denied {
            format!("not {}", self.lemma)
        } else {
            self.lemma.clone()
        }
    }
}

/// How exact a resolved time is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Day,
    /// A night, named by the day it ends on ("overnight", "last night").
    Night,
    Week,
    Month,
    /// A calendar quarter, by its first day ("the second quarter" is April to June).
    Quarter,
    Year,
}

/// A time expression and, if it could be resolved, the first day it names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeRef {
    pub text: String,
    pub span: Span,
    pub day: Option<Date>,
    pub granularity: Granularity,
    /// Why `day` is missing, e.g. "article has no date".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unresolved: Option<String>,
    /// The time names when something was said, not when it happened ("said on Tuesday").
    #[serde(default)]
    pub of_report: bool,
}

/// The identity key of a place written as "elsewhere", "in other parts of the country": away
/// from every named place of the story but a country.
pub const ELSEWHERE: &str = "elsewhere";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub text: String,
    pub span: Span,
    /// Identity key after normalization ("kyiv").
    pub key: String,
    /// Introduced by a locative ("in Kyiv", "region of Krasnodar") rather than named bare
    /// ("Russia fired"): a bare country is often the actor, not the place.
    #[serde(default)]
    pub locative: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// Who says so: "Mr Zelensky", "the Russian Defence Ministry", "an AP tally".
    pub source: String,
    pub span: Span,
    /// How: "said", "wrote on Telegram", "according to", "reported".
    pub verb: String,
    pub key: String,
}

/// One figure as extracted: the claim every stage after `extract` reads, the rows of `claims`
/// and what the index stores.
///
/// The same figure exists in two other shapes, each for one stage: `extract::quantity::Figure`
/// is the extractor's working record (token positions, the hedge's span, whether it is a
/// compound adjective) before the predicate, time, place and attribution of its sentence are
/// attached, and never leaves `extract`; `compare::claims::key::View` is how the comparison reads
/// a `Quantity` (its measure key, the day of the event, the place key, the interval its hedge
/// allows under the configured tolerance), derived per comparison run and never stored. This
/// one holds only what the text says, normalized, so it can be serialized and compared later
/// with any settings.
///
/// The parts a figure may lack are boxed: every figure of a run is held to the end, and
/// inline they made a quantity 768 bytes, most of it `None` (at 100,000 articles 673,000
/// quantities, 517 MB; boxed, 240 bytes each and 161 MB, plus about 90 MB of boxes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The figure itself, without its hedge: `460` in "more than 460 drones".
    pub span: Span,
    pub text: String,
    /// The hedge words, if any: "more than".
    pub hedge: Option<String>,
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub bound: Bound,
    pub kind: Kind,
    /// Normalized unit: an ISO currency code, `percent`, a measure name or the counted lemma.
    pub unit: Option<String>,
    /// The figure is a change of a level, and which way ("rose 5%"), or a level (`None`).
    /// Absent in index rows written before it existed, which read as levels.
    #[serde(default)]
    pub change: Option<Change>,
    pub counted: Option<Box<Counted>>,
    pub predicate: Option<Box<Predicate>>,
    pub time: Option<Box<TimeRef>>,
    pub place: Option<Box<Place>>,
    pub attribution: Option<Box<Attribution>>,
    /// Whose figure it is, as written: "Labour" in "Labour won 412 seats" (`extract::holder`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<String>,
    /// What a money figure, a percentage or a number of points measures when its unit does
    /// not say: "revenue" in "revenue of $12.8bn" (`extract::measured`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measured: Option<Box<Measured>>,
    /// For a distance, the place it is measured from and the bearing: "72 km southwest of
    /// Marrakesh" (`extract::reference`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<Box<Reference>>,
    /// The counted noun was left out and `unit` (and `counted`) are those of a figure beside
    /// it ("killed 26 civilians and injured 46": civilian): what the figure's own words gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elided: Option<Box<Elided>>,
    pub sentence: Span,
}

/// What a figure whose counted noun is left out names by its own words: no noun, or the
/// people its verb implies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Elided {
    pub unit: Option<String>,
    pub counted: Option<Counted>,
}

/// Where a distance is measured from, and in which direction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// The place's identity key ("marrakesh").
    pub place: String,
    /// The compass word as written ("southwest"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bearing: Option<String>,
}

/// The noun an unnamed whole measures, as written, and the name it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measured {
    pub noun: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The words inside the quotation marks.
    pub span: Span,
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_key: Option<String>,
    pub sentence: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub person: String,
    pub person_key: String,
    pub role: String,
    /// Covers the role and the name as written.
    pub span: Span,
    pub sentence: Span,
}

/// What a figure's unit names. `Quantity::unit` is one string for four things — an ISO
/// currency code, `percent`, a measure's name, a counted lemma — told apart by
/// `Quantity::kind`; this is the pair read once, so that no one tells them apart by the string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit<'a> {
    /// An ISO 4217 code: `GBP`, `USD`.
    Currency(&'a str),
    /// `percent` or `percentage point`.
    Percent(&'a str),
    /// A measure's full singular name: `kilometre`, `hour`, `tonne`.
    Measure(&'a str),
    /// The lemma of the counted noun: `drone`, `person` (also of ranks and shares).
    Counted(&'a str),
}

impl<'a> Unit<'a> {
    /// The normalized name, as `Quantity::unit` holds it.
    pub fn name(self) -> &'a str {
        match self {
            Unit::Currency(n) | Unit::Percent(n) | Unit::Measure(n) | Unit::Counted(n) => n,
        }
    }
}

impl Quantity {
    /// The unit with what sort of unit it is; `None` for a bare number.
    pub fn unit_kind(&self) -> Option<Unit<'_>> {
        let name = self.unit.as_deref()?;
        Some(match self.kind {
            Kind::Money => Unit::Currency(name),
            Kind::Percent => Unit::Percent(name),
            Kind::Measure | Kind::Clock => Unit::Measure(name),
            Kind::Count | Kind::Ordinal | Kind::Fraction => Unit::Counted(name),
        })
    }
}

/// What a numeral that is not a quantity is: a rank ("the 19th amendment", "its eighth
/// straight gain", "an 88th-minute equaliser", "the third quarter").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    Ordinal,
}

impl MentionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Ordinal => "ordinal",
        }
    }
}

/// A numeral the text uses for something other than a quantity. Listed for the reader (and
/// `claims --format json`), never compared as a figure: a rank counts nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub kind: MentionKind,
    pub span: Span,
    pub text: String,
    /// The number it is written with: 19 in "19th", 8 in "eighth".
    pub value: f64,
    /// The lemma of the noun it qualifies ("amendment", "equaliser"), if one follows.
    pub noun: Option<String>,
    pub sentence: Span,
}

/// The year a text dates something from with "since": "the first world title since 1986",
/// "since the model was introduced 15 years ago" (counted back from the report: two years).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anchor {
    /// The year or the "N years ago" as written.
    pub span: Span,
    /// The earliest and latest year it allows (the same for a year written out).
    pub first_year: i16,
    pub last_year: i16,
    /// The content words of its clause, lower case and singular, sorted: what is dated.
    pub words: Vec<String>,
    /// Those of `words` written capitalized inside the sentence: the names in it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    pub sentence: Span,
}

/// A score with the phase it gives: "4-2" in a shoot-out, "3-3" after extra time, an "11-1"
/// vote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub span: Span,
    /// The two numbers in the order written.
    pub first: u16,
    pub second: u16,
    /// `shootout`, `result`, `half` or `vote` (`lexicon/score_phases.tsv`).
    pub phase: String,
    /// The sentence's capitalized words, lower case, sorted: who played.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    pub sentence: Span,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Claims {
    pub quantities: Vec<Quantity>,
    pub quotes: Vec<Quote>,
    pub roles: Vec<Role>,
    /// Numerals that are not quantities (ranks); absent in index rows written before them.
    #[serde(default)]
    pub mentions: Vec<Mention>,
    /// Years dated from with "since"; absent in index rows written before them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anchors: Vec<Anchor>,
    /// Scores with their phase; absent in index rows written before them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<Score>,
}

impl Claims {
    /// Give back the spare capacity of the lists. They grow by doubling while a sentence's
    /// claims are pushed: at 100,000 articles the spare room was 185 MB (quantities of 768
    /// bytes then) of the claims held until the report is written.
    pub fn shrink_to_fit(&mut self) {
        self.quantities.shrink_to_fit();
        self.quotes.shrink_to_fit();
        self.roles.shrink_to_fit();
        self.anchors.shrink_to_fit();
        self.scores.shrink_to_fit();
        self.mentions.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(kind: Kind, unit: Option<&str>) -> Quantity {
        Quantity {
            span: Span::new(0, 1),
            text: "5".into(),
            hedge: None,
            value: 5.0,
            low: None,
            high: None,
            bound: Bound::Exact,
            kind,
            unit: unit.map(str::to_string),
            change: None,
            counted: None,
            predicate: None,
            time: None,
            place: None,
            attribution: None,
            holder: None,
            measured: None,
            reference: None,
            elided: None,
            sentence: Span::new(0, 1),
        }
    }

    #[test]
    fn a_quantity_keeps_its_optional_parts_out_of_line() {
        // Every figure of a run is held to the end (see `Quantity`).
        assert!(std::mem::size_of::<Quantity>() <= 256);
    }

    #[test]
    fn the_unit_string_is_read_with_the_kind() {
        let cases = [
            (Kind::Money, "GBP", Unit::Currency("GBP")),
            (Kind::Percent, "percent", Unit::Percent("percent")),
            (Kind::Measure, "hour", Unit::Measure("hour")),
            (Kind::Count, "drone", Unit::Counted("drone")),
            (Kind::Ordinal, "largest", Unit::Counted("largest")),
        ];
        for (kind, name, unit) in cases {
            assert_eq!(figure(kind, Some(name)).unit_kind(), Some(unit), "{name}");
        }
        assert_eq!(figure(Kind::Count, None).unit_kind(), None);
        assert_eq!(Unit::Measure("hour").name(), "hour");
    }

    #[test]
    fn a_quantity_stored_before_changes_existed_reads_as_a_level() {
        let mut q = serde_json::to_value(figure(Kind::Percent, Some("percent"))).unwrap();
        q.as_object_mut().unwrap().remove("change");
        let old: Quantity = serde_json::from_value(q).unwrap();
        assert_eq!(old.change, None);
        let mut up = figure(Kind::Percent, Some("percent"));
        up.change = Some(Change::Up);
        let json = serde_json::to_value(&up).unwrap();
        assert_eq!(json["change"], "up");
        assert_eq!(serde_json::from_value::<Quantity>(json).unwrap(), up);
    }
}
