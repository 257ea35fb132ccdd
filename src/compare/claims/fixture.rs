//! Hand-built claims for the verdict tests: figures written as builders (`fig(7.0,
//! "person").did("kill").on(2025, 11, 25).at("kyiv")`), articles holding them, and relations
//! between articles, so each rule is tested on exactly the facts it reads — not through the
//! extractor, whose output the tests would otherwise depend on.
//!
//! Test-only; it owns no rule.

use jiff::civil::{Date, date};

use super::super::Relations;
use crate::model::article::{Analyzed, Article};
use crate::model::claim::{
    Attribution, Bound, Claims, Counted, Granularity, Kind, Place, Predicate, Quantity, TimeRef,
};
use crate::model::finding::{Finding, FindingKind};
use crate::text::segment::Segments;
use crate::text::span::{LineIndex, Span};

/// Sentences are 100 bytes apart in the hand-built texts.
const SENTENCE: usize = 100;

/// A figure under construction; `sentence` picks the sentence it is in (by default each
/// figure has its own).
#[derive(Debug, Clone)]
pub struct Fig {
    pub q: Quantity,
    sentence: Option<usize>,
    /// The paragraph of its sentence (by default each sentence is a paragraph of its own).
    paragraph: Option<usize>,
    /// How its predicate is written in `words` (to place the predicate's span there).
    verb: Option<String>,
    /// The words of its sentence (under 100 bytes), holding the figure's text.
    words: Option<String>,
}

/// An exact count of `unit` (a counted lemma), with no predicate, time or place.
pub fn fig(value: f64, unit: &str) -> Fig {
    Fig {
        q: Quantity {
            span: Span::new(0, 0),
            text: crate::model::display::human_number(value),
            hedge: None,
            value,
            low: None,
            high: None,
            bound: Bound::Exact,
            kind: Kind::Count,
            unit: Some(unit.to_string()),
            change: None,
            counted: Some(Box::new(Counted {
                text: unit.to_string(),
                lemmas: vec![unit.to_string()],
                modifiers: Vec::new(),
                head: None,
            })),
            predicate: None,
            time: None,
            place: None,
            attribution: None,
            holder: None,
            measured: None,
            reference: None,
            elided: None,
            sentence: Span::new(0, 0),
        },
        sentence: None,
        paragraph: None,
        verb: None,
        words: None,
    }
}

impl Fig {
    /// A hedge: `fig(460.0, "drone").hedged(Bound::MoreThan, "more than")`.
    pub fn hedged(mut self, bound: Bound, hedge: &str) -> Fig {
        self.q.bound = bound;
        self.q.hedge = Some(hedge.to_string());
        self
    }

    /// A change of a level, which way: `fig(4.2, "percent").kind(Kind::Percent).moved(Up)`.
    pub fn moved(mut self, change: crate::model::claim::Change) -> Fig {
        self.q.change = Some(change);
        self
    }

    pub fn kind(mut self, kind: Kind) -> Fig {
        self.q.kind = kind;
        if kind != Kind::Count {
            self.q.counted = None;
        }
        self
    }

    /// What happened, by lemma.
    pub fn did(mut self, lemma: &str) -> Fig {
        self.q.predicate = Some(Box::new(Predicate {
            lemma: lemma.to_string(),
            span: Span::new(0, 0),
            negated: false,
            denied: false,
        }));
        self
    }

    pub fn negated(mut self) -> Fig {
        if let Some(p) = &mut self.q.predicate {
            p.negated = true;
        }
        self
    }

    /// Attributed to `source` ("organizers said").
    pub fn said_by(mut self, source: &str) -> Fig {
        self.q.attribution = Some(Box::new(Attribution {
            source: source.to_string(),
            span: Span::new(0, 0),
            verb: "said".into(),
            key: source.to_lowercase(),
        }));
        self
    }

    /// Under a denial, by `source` ("denied reports that ...").
    pub fn denied_by(mut self, source: &str) -> Fig {
        let p = self.q.predicate.get_or_insert(Box::new(Predicate {
            lemma: "be".into(),
            span: Span::new(0, 0),
            negated: false,
            denied: false,
        }));
        p.denied = true;
        self.q.attribution = Some(Box::new(Attribution {
            source: source.to_string(),
            span: Span::new(0, 0),
            verb: "denied".into(),
            key: source.to_lowercase(),
        }));
        self
    }

    /// Measures this noun, owned by `owner`: "revenue" of $12.8bn, "the SNP's share".
    pub fn measuring(mut self, noun: &str, owner: Option<&str>) -> Fig {
        self.q.measured = Some(Box::new(crate::model::claim::Measured {
            noun: noun.to_string(),
            owner: owner.map(str::to_string),
        }));
        self
    }

    /// A distance from `place`, in the direction `bearing`: "72 km southwest of Marrakesh".
    pub fn distant_from(mut self, place: &str, bearing: Option<&str>) -> Fig {
        self.q.reference = Some(Box::new(crate::model::claim::Reference {
            place: place.to_string(),
            bearing: bearing.map(str::to_string),
        }));
        self
    }

    /// Belongs to this holder: "Labour" won the seats.
    pub fn held_by(mut self, holder: &str) -> Fig {
        self.q.holder = Some(holder.to_string());
        self
    }

    /// Happened at this time, named with this granularity.
    pub fn when(mut self, day: Date, granularity: Granularity) -> Fig {
        self.q.time = Some(Box::new(TimeRef {
            text: day.to_string(),
            span: Span::new(0, 0),
            day: Some(day),
            granularity,
            unresolved: None,
            of_report: false,
        }));
        self
    }

    /// Happened on this day.
    pub fn on(self, y: i16, m: i8, d: i8) -> Fig {
        self.when(date(y, m, d), Granularity::Day)
    }

    /// Happened in the night that ends on this day.
    pub fn night_to(self, y: i16, m: i8, d: i8) -> Fig {
        self.when(date(y, m, d), Granularity::Night)
    }

    /// In a place introduced by a locative ("in Kyiv").
    pub fn at(mut self, place: &str) -> Fig {
        self.q.place = Some(Box::new(Place {
            text: place.to_string(),
            span: Span::new(0, 0),
            key: place.to_lowercase(),
            locative: true,
        }));
        self
    }

    /// A compound adjective describing `noun` ("28-point plan").
    pub fn of(mut self, noun: &str) -> Fig {
        if let Some(c) = &mut self.q.counted {
            c.head = Some(noun.to_string());
        }
        self
    }

    /// Coordinated nouns: a total of several ("518 drones and missiles").
    pub fn of_each(mut self, lemmas: &[&str]) -> Fig {
        if let Some(c) = &mut self.q.counted {
            c.lemmas = lemmas.iter().map(|l| l.to_string()).collect();
        }
        self
    }

    /// Written as `text` in a sentence that reads `sentence` (its context words): the figure's
    /// span is where `text` is in it.
    pub fn in_words(mut self, text: &str, sentence: &str) -> Fig {
        assert!(
            sentence.len() < SENTENCE && sentence.contains(text),
            "{sentence}"
        );
        self.q.text = text.to_string();
        self.words = Some(sentence.to_string());
        self
    }

    /// With no unit: a bare number ("has risen to 11,300").
    pub fn unitless(mut self) -> Fig {
        self.q.unit = None;
        self.q.counted = None;
        self
    }

    /// In the article's `n`th sentence (figures of one sentence are parts of one statement).
    pub fn in_sentence(mut self, n: usize) -> Fig {
        self.sentence = Some(n);
        self
    }

    /// Its sentence in the article's `n`th paragraph (sentences of one paragraph may break a
    /// total down between them).
    pub fn in_paragraph(mut self, n: usize) -> Fig {
        self.paragraph = Some(n);
        self
    }

    /// Its predicate written as `word` in the sentence given by `in_words`.
    pub fn verb_written(mut self, word: &str) -> Fig {
        self.verb = Some(word.to_string());
        self
    }

    /// With modifiers of its counted noun ("ballistic" missiles).
    pub fn modified(mut self, modifiers: &[&str]) -> Fig {
        if let Some(c) = &mut self.q.counted {
            c.modifiers = modifiers.iter().map(|m| m.to_string()).collect();
        }
        self
    }
}

/// An article at `path`, published on `date` if given, holding these figures in order.
pub fn article(path: &str, published: Option<Date>, figures: Vec<Fig>) -> Analyzed {
    let mut quantities = Vec::new();
    let mut in_sentence = std::collections::HashMap::new();
    let mut next_sentence = 0;
    let mut writes: Vec<(usize, String)> = Vec::new();
    let mut sentences: std::collections::BTreeMap<usize, usize> = Default::default();
    for f in figures {
        let s = f.sentence.unwrap_or_else(|| {
            next_sentence += 1;
            50 + next_sentence
        });
        let paragraph = f.paragraph.unwrap_or(s);
        sentences.entry(s).or_insert(paragraph);
        let k: &mut usize = in_sentence.entry(s).or_default();
        let mut start = s * SENTENCE + 1 + *k * 10;
        let mut len = 3;
        *k += 1;
        if let Some(w) = &f.words {
            let at = w.find(&f.q.text).unwrap_or(0);
            start = s * SENTENCE + at;
            len = f.q.text.len();
            writes.push((s * SENTENCE, w.clone()));
        }
        let mut q = f.q;
        q.span = Span::new(start, start + len);
        if let (Some(w), Some(verb), Some(p)) = (&f.words, &f.verb, &mut q.predicate)
            && let Some(at) = w.find(verb.as_str())
        {
            p.span = Span::new(s * SENTENCE + at, s * SENTENCE + at + verb.len());
        }
        q.sentence = Span::new(s * SENTENCE, s * SENTENCE + SENTENCE - 1);
        quantities.push(q);
    }
    let len = quantities.iter().map(|q| q.sentence.end).max().unwrap_or(0) + 1;
    let mut text = " ".repeat(len);
    for (at, w) in writes {
        text.replace_range(at..at + w.len(), &w);
    }
    Analyzed {
        lines: LineIndex::new(&text),
        article: Article {
            path: path.to_string(),
            key: path.to_string(),
            body: Span::new(0, text.len()),
            text,
            date: published,
        },
        segments: Segments {
            paragraphs: Vec::new(),
            sentences: sentences
                .into_iter()
                .map(|(s, paragraph)| crate::text::segment::Sentence {
                    span: Span::new(s * SENTENCE, s * SENTENCE + SENTENCE - 1),
                    paragraph,
                    kind: crate::text::segment::BlockKind::Paragraph,
                })
                .collect(),
        },
        claims: Claims {
            quantities,
            quotes: Vec::new(),
            roles: Vec::new(),
            mentions: Vec::new(),
            anchors: Vec::new(),
            scores: Vec::new(),
        },
    }
}

/// Relations where every article is about the same story and none is a rewrite; ±10% for
/// "about".
pub fn one_story(n: usize) -> Relations {
    let pairs: Vec<(usize, usize)> = (0..n)
        .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
        .collect();
    Relations::for_tests(n, &pairs, &[], 0.1)
}

/// The comparison's view of the first figure of a one-article set holding `f`, reported on
/// `report`, passed to `then`.
pub(super) fn viewed<R>(
    f: Fig,
    report: Option<Date>,
    then: impl FnOnce(Option<super::key::View>) -> R,
) -> R {
    let a = article("a.txt", report, vec![f]);
    then(super::key::view(
        0,
        &a,
        &a.claims.quantities[0],
        report,
        0.1,
        false,
    ))
}

/// The findings of one kind.
pub fn of_kind(findings: &[Finding], kind: FindingKind) -> Vec<&Finding> {
    findings.iter().filter(|f| f.kind == kind).collect()
}
