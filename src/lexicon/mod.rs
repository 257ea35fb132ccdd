//! The lexicon: every word list the extractors, the text layer and compare read, loaded from the
//! plain-text files beside this module.
//!
//! Each file holds one list, one entry a line (`.txt`), or one entry a line with tab-separated
//! columns (`.tsv`), and opens with `#` comment lines saying what belongs in it and what does not.
//! The files are compiled in (`include_str!`) and parsed once, on first use, into hashed sets and
//! maps (or ordered slices where the callers rely on the order, such as hedges matched first come
//! first served). Lookups are one hash of a short word, as cheap as the literal arrays they
//! replace.
//!
//! `gazetteer` is the place hierarchy (GeoNames data): which place contains which.
//!
//! This is the bottom layer: it imports nothing from the crate, and knows words, not tokens,
//! figures or claims. Values that belong to the model (a hedge's bound) are kept here by name and
//! read into the model's types by the extractor that uses them.

pub mod gazetteer;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A small, fast hasher for short ASCII words (the FxHash multiply-rotate scheme). Word sets
/// are fixed tables of our own, so hash flooding is not a concern and SipHash's cost is.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A fixed set of words.
pub type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

/// A fixed map from words.
pub type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<WordHasher>>;

// ---------------------------------------------------------------------------------------------
// Reading the files.

/// The entries of a data file: its lines that are neither blank nor `#` comments.
fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The tab-separated columns of each entry; a missing trailing column reads as empty.
fn rows(file: &'static str) -> impl Iterator<Item = Row> {
    entries(file).map(|l| Row(l.split('\t').collect()))
}

struct Row(Vec<&'static str>);

impl Row {
    fn get(&self, k: usize) -> &'static str {
        self.0.get(k).copied().unwrap_or("")
    }

    fn num(&self, k: usize) -> f64 {
        let s = self.get(k);
        s.parse()
            .unwrap_or_else(|_| panic!("lexicon: {s:?} in {:?} is not a number", self.0))
    }

    /// The space-separated words of column `k`.
    fn words(&self, k: usize) -> impl Iterator<Item = &'static str> {
        self.get(k).split(' ').filter(|w| !w.is_empty())
    }

    /// Column `k` is a comma-separated list of tags containing `tag`.
    fn tagged(&self, k: usize, tag: &str) -> bool {
        self.get(k).split(',').any(|t| t == tag)
    }
}

fn set(file: &'static str) -> WordSet {
    entries(file).collect()
}

/// A map from the first column, first entry wins.
fn map<V>(file: &'static str, value: impl Fn(&Row) -> V) -> WordMap<V> {
    let mut m = WordMap::default();
    for row in rows(file) {
        m.entry(row.get(0)).or_insert_with(|| value(&row));
    }
    m
}

/// A set of words read from one file, with a `pub fn` telling membership.
macro_rules! word_list {
    ($(#[$doc:meta])* $static:ident, $is:ident, $file:literal) => {
        static $static: LazyLock<WordSet> = LazyLock::new(|| set(include_str!($file)));
        $(#[$doc])*
        pub fn $is(word: &str) -> bool {
            $static.contains(word)
        }
    };
}

// ---------------------------------------------------------------------------------------------
// Numbers.

struct Numerals {
    /// Words of each class, in file order.
    ordered: HashMap<&'static str, Vec<(&'static str, f64)>>,
    by_class: HashMap<&'static str, WordMap<f64>>,
}

static NUMERALS: LazyLock<Numerals> = LazyLock::new(|| {
    let mut ordered: HashMap<&'static str, Vec<(&'static str, f64)>> = HashMap::new();
    let mut by_class: HashMap<&'static str, WordMap<f64>> = HashMap::new();
    for row in rows(include_str!("numerals.tsv")) {
        let (word, class, value) = (row.get(0), row.get(1), row.num(2));
        ordered.entry(class).or_default().push((word, value));
        by_class
            .entry(class)
            .or_default()
            .entry(word)
            .or_insert(value);
    }
    Numerals { ordered, by_class }
});

fn numeral(class: &str, word: &str) -> Option<f64> {
    NUMERALS.by_class.get(class)?.get(word).copied()
}

fn numerals_in_order(class: &str) -> &'static [(&'static str, f64)] {
    NUMERALS.ordered.get(class).map_or(&[], Vec::as_slice)
}

/// A spelled cardinal below twenty: "seven" → 7.
pub fn cardinal_unit(word: &str) -> Option<f64> {
    numeral("unit", word)
}

/// A spelled ten: "forty" → 40.
pub fn cardinal_ten(word: &str) -> Option<f64> {
    numeral("ten", word)
}

/// A spelled scale word: "million" → 1e6.
pub fn scale_word(word: &str) -> Option<f64> {
    numeral("scale", word)
}

/// A spelled ordinal: "fourth" → 4.
pub fn ordinal_word(word: &str) -> Option<f64> {
    numeral("ordinal", word)
}

/// The spelled cardinals below twenty in value order ("zero", "nil", "one", ...).
pub fn cardinal_units_in_order() -> &'static [(&'static str, f64)] {
    numerals_in_order("unit")
}

/// The spelled tens in value order ("twenty", "thirty", ...).
pub fn cardinal_tens_in_order() -> &'static [(&'static str, f64)] {
    numerals_in_order("ten")
}

/// Every spelled numeral word: units, tens, scales and ordinals.
pub fn spelled_numerals() -> impl Iterator<Item = &'static str> {
    ["unit", "ten", "scale", "ordinal"]
        .into_iter()
        .flat_map(|c| numerals_in_order(c).iter().map(|(w, _)| *w))
}

static SCALE_SUFFIXES: LazyLock<WordMap<f64>> =
    LazyLock::new(|| map(include_str!("scale_suffixes.tsv"), |r| r.num(1)));

/// A scale suffix after digits: "m" (in "600m") → 1e6.
pub fn scale_suffix(word: &str) -> Option<f64> {
    SCALE_SUFFIXES.get(word).copied()
}

word_list!(
    /// A digit ordinal suffix: "st" in "1st", "th" in "4th".
    ORDINAL_SUFFIXES,
    is_ordinal_suffix,
    "ordinal_suffixes.txt"
);

static VAGUE_NUMBERS: LazyLock<WordSet> = LazyLock::new(|| set(include_str!("vague_numbers.txt")));

/// Words besides spelled numerals that can start or make a figure ("dozens", "several").
pub fn vague_numbers() -> impl Iterator<Item = &'static str> {
    VAGUE_NUMBERS.iter().copied()
}

static FRACTIONS: LazyLock<WordMap<f64>> =
    LazyLock::new(|| map(include_str!("fractions.tsv"), |r| r.num(1)));

/// A fraction's denominator word: "thirds" → 3.
pub fn fraction_denominator(word: &str) -> Option<f64> {
    FRACTIONS.get(word).copied()
}

// ---------------------------------------------------------------------------------------------
// Hedges.

/// A hedge phrase before a figure and the bound it gives, by name (`at_least`, `approx`, ...).
#[derive(Debug)]
pub struct Hedge {
    pub phrase: &'static str,
    pub words: Vec<&'static str>,
    pub bound: &'static str,
}

static HEDGES: LazyLock<(Vec<Hedge>, WordSet)> = LazyLock::new(|| {
    let hedges: Vec<Hedge> = rows(include_str!("hedges.tsv"))
        .map(|r| Hedge {
            phrase: r.get(0),
            words: r.get(0).split(' ').collect(),
            bound: r.get(1),
        })
        .collect();
    let last = hedges
        .iter()
        .filter_map(|h| h.words.last().copied())
        .collect();
    (hedges, last)
});

/// The hedges in matching order: the first that matches wins.
pub fn hedges() -> &'static [Hedge] {
    &HEDGES.0
}

/// Some hedge ends with this word.
pub fn is_hedge_end(word: &str) -> bool {
    HEDGES.1.contains(word)
}

// ---------------------------------------------------------------------------------------------
// Units and currencies.

static CURRENCY_SYMBOLS: LazyLock<HashMap<(&'static str, &'static str), &'static str>> =
    LazyLock::new(|| {
        let mut m = HashMap::new();
        for r in rows(include_str!("currency_symbols.tsv")) {
            m.entry((r.get(0), r.get(1))).or_insert(r.get(2));
        }
        m
    });

static CURRENCY_PREFIXES: LazyLock<WordSet> = LazyLock::new(|| {
    CURRENCY_SYMBOLS
        .keys()
        .map(|&(_, p)| p)
        .filter(|&p| p != "*")
        .collect()
});

/// The currency of a symbol before a number, given the lower-case letters glued before it
/// ("US" in "US$5"). A prefix the symbol does not list reads as no prefix.
pub fn currency_symbol(symbol: &str, prefix: Option<&str>) -> Option<&'static str> {
    prefix
        .and_then(|p| CURRENCY_SYMBOLS.get(&(symbol, p)))
        .or_else(|| CURRENCY_SYMBOLS.get(&(symbol, "*")))
        .copied()
}

/// A country marker glued before a currency symbol: "us", "a", "hk".
pub fn is_currency_prefix(word: &str) -> bool {
    CURRENCY_PREFIXES.contains(word)
}

static CURRENCY_WORDS: LazyLock<WordMap<(&'static str, f64)>> =
    LazyLock::new(|| map(include_str!("currency_words.tsv"), |r| (r.get(1), r.num(2))));

/// A currency word after a number, with its multiplier: "pence" → (GBP, 0.01).
pub fn currency_word(word: &str) -> Option<(&'static str, f64)> {
    CURRENCY_WORDS.get(word).copied()
}

static CURRENCY_CODES: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| map(include_str!("currency_codes.tsv"), |r| r.get(1)));

/// An ISO currency code written as a word: "usd" → USD.
pub fn currency_code(word: &str) -> Option<&'static str> {
    CURRENCY_CODES.get(word).copied()
}

/// A measure's full name and whether the written form is ambiguous.
static MEASURES: LazyLock<WordMap<(&'static str, bool)>> = LazyLock::new(|| {
    map(include_str!("measures.tsv"), |r| {
        (r.get(1), r.get(2) == "ambiguous")
    })
});

/// A measure as written to its full singular name: "km" → kilometre.
pub fn measure(word: &str) -> Option<&'static str> {
    MEASURES.get(word).map(|&(name, _)| name)
}

/// A measure's short form that is more often something else right after a number ("m", "in").
pub fn is_ambiguous_measure(word: &str) -> bool {
    MEASURES.get(word).is_some_and(|&(_, ambiguous)| ambiguous)
}

// ---------------------------------------------------------------------------------------------
// Time.

static MONTHS: LazyLock<WordMap<i8>> =
    LazyLock::new(|| map(include_str!("months.tsv"), |r| r.num(1) as i8));

/// A month name or abbreviation (lower case) to its number: "sept" → 9.
pub fn month(word: &str) -> Option<i8> {
    MONTHS.get(word).copied()
}

/// Every month name and abbreviation.
pub fn month_names() -> impl Iterator<Item = &'static str> {
    MONTHS.keys().copied()
}

static WEEKDAYS: LazyLock<WordMap<i8>> =
    LazyLock::new(|| map(include_str!("weekdays.tsv"), |r| r.num(1) as i8));

/// A weekday name (lower case) to its number from Monday = 1.
pub fn weekday(word: &str) -> Option<i8> {
    WEEKDAYS.get(word).copied()
}

/// Every weekday name.
pub fn weekday_names() -> impl Iterator<Item = &'static str> {
    WEEKDAYS.keys().copied()
}

static TIME_WORDS: LazyLock<WordSet> = LazyLock::new(|| set(include_str!("time_words.txt")));

/// Words besides month and weekday names that can start a time expression ("yesterday").
pub fn time_words() -> impl Iterator<Item = &'static str> {
    TIME_WORDS.iter().copied()
}

word_list!(
    /// A word that puts a relative time in the future: "will", "due", "expected".
    FUTURE_MARKERS,
    is_future_marker,
    "future_markers.txt"
);

word_list!(
    /// A plural noun that may follow a year without making it a count: "2024 results".
    YEAR_NOUNS,
    is_year_noun,
    "year_nouns.txt"
);

word_list!(
    /// A word before a bare "May" that makes it the month: "in", "since", "early".
    MONTH_CUES,
    is_month_cue,
    "month_cues.txt"
);

word_list!(
    /// A word before a number that makes it a year outside 1900 to 2100: "in", "since".
    YEAR_CUES,
    is_year_cue,
    "year_cues.txt"
);

word_list!(
    /// A word before a number in the year range that makes it an amount: "than", "about".
    YEAR_HEDGES,
    is_year_hedge,
    "year_hedges.txt"
);

// ---------------------------------------------------------------------------------------------
// Reporting verbs.

struct Reporting {
    lemmas: Vec<&'static str>,
    lemma_set: WordSet,
    source_forms: WordSet,
    report_time_forms: WordSet,
}

static REPORTING: LazyLock<Reporting> = LazyLock::new(|| {
    let mut r = Reporting {
        lemmas: Vec::new(),
        lemma_set: WordSet::default(),
        source_forms: WordSet::default(),
        report_time_forms: WordSet::default(),
    };
    for row in rows(include_str!("reporting_verbs.tsv")) {
        r.lemmas.push(row.get(0));
        r.lemma_set.insert(row.get(0));
        r.source_forms.extend(row.words(1));
        r.report_time_forms.extend(row.words(2));
    }
    r
});

/// A reporting verb's lemma ("say", "tell"): attribution, never a figure's predicate.
pub fn is_reporting_lemma(lemma: &str) -> bool {
    REPORTING.lemma_set.contains(lemma)
}

/// A reporting verb form, as written in lower case, that names a source: "said", "told".
pub fn is_source_verb(form: &str) -> bool {
    REPORTING.source_forms.contains(form)
}

/// Every reporting verb form that names a source.
pub fn source_verbs() -> impl Iterator<Item = &'static str> {
    REPORTING.source_forms.iter().copied()
}

/// A reporting verb form after which a time is the time of the report: "said Tuesday".
pub fn is_report_time_verb(form: &str) -> bool {
    REPORTING.report_time_forms.contains(form)
}

// ---------------------------------------------------------------------------------------------
// Verbs and predicates.

static IRREGULAR_VERBS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    rows(include_str!("irregular_verbs.tsv"))
        .map(|r| (r.get(0), r.get(1)))
        .collect()
});

/// Irregular forms that differ from their lemma: read as past forms.
static IRREGULAR_PAST: LazyLock<WordSet> = LazyLock::new(|| {
    IRREGULAR_VERBS
        .iter()
        .filter(|(f, l)| f != l)
        .map(|&(f, _)| f)
        .collect()
});

/// Every verb form the lexicon knows, to its lemma: the regular inflections of the verb
/// lemmas, then of the reporting lemmas (a form generated twice keeps the first lemma), then
/// the irregular forms and the forms of "be", which override.
static FORMS: LazyLock<HashMap<String, &'static str, BuildHasherDefault<WordHasher>>> =
    LazyLock::new(|| {
        let mut m = HashMap::default();
        let verbs = entries(include_str!("verbs.txt"));
        for lemma in verbs.chain(REPORTING.lemmas.iter().copied()) {
            for form in inflections(lemma) {
                m.entry(form).or_insert(lemma);
            }
        }
        for &(form, lemma) in IRREGULAR_VERBS.iter() {
            m.insert(form.to_string(), lemma);
        }
        for be in entries(include_str!("be_forms.txt")) {
            m.insert(be.to_string(), "be");
        }
        m
    });

/// The regular inflections of a verb lemma: "-s"/"-es"/"-ies", "-ed"/"-d"/"-ied", "-ing", and
/// a doubled final consonant for short consonant-vowel-consonant lemmas ("dropped").
fn inflections(lemma: &str) -> Vec<String> {
    let mut v = vec![lemma.to_string()];
    let consonant_y = lemma.ends_with('y')
        && !lemma.ends_with("ay")
        && !lemma.ends_with("ey")
        && !lemma.ends_with("oy");
    let stem_ies = || format!("{}ies", &lemma[..lemma.len() - 1]);
    let stem_ied = || format!("{}ied", &lemma[..lemma.len() - 1]);
    if consonant_y {
        v.push(stem_ies());
        v.push(stem_ied());
    } else if lemma.ends_with('s')
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || lemma.ends_with('x')
        || lemma.ends_with('o')
    {
        v.push(format!("{lemma}es"));
    } else {
        v.push(format!("{lemma}s"));
    }
    if let Some(stem) = lemma.strip_suffix('e') {
        v.push(format!("{lemma}d"));
        v.push(format!("{stem}ing"));
    } else if !consonant_y {
        let b = lemma.as_bytes();
        let n = b.len();
        let cvc = n >= 3
            && !is_vowel(b[n - 1])
            && is_vowel(b[n - 2])
            && !is_vowel(b[n - 3])
            && !matches!(b[n - 1], b'w' | b'x' | b'y')
            && n <= 4;
        if cvc {
            let last = b[n - 1] as char;
            v.push(format!("{lemma}{last}ed"));
            v.push(format!("{lemma}{last}ing"));
        }
        v.push(format!("{lemma}ed"));
        v.push(format!("{lemma}ing"));
    } else {
        v.push(format!("{lemma}ing"));
    }
    v
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The lemma of a verb form in the lexicon: "killed" → kill, "shot" → shoot.
pub fn verb_lemma(word: &str) -> Option<&'static str> {
    FORMS.get(word).copied()
}

/// A past tense or participle form: "killed", "shot", "fell".
pub fn is_past_form(word: &str) -> bool {
    (word.ends_with("ed") && verb_lemma(word).is_some()) || IRREGULAR_PAST.contains(word)
}

static PARTICLES: LazyLock<HashSet<(&'static str, &'static str)>> = LazyLock::new(|| {
    rows(include_str!("particles.tsv"))
        .map(|r| (r.get(0), r.get(1)))
        .collect()
});

/// `particle` after `lemma` makes a phrasal verb: ("shoot", "down").
pub fn is_particle_of(lemma: &str, particle: &str) -> bool {
    PARTICLES.contains(&(lemma, particle))
}

word_list!(
    /// Punctuation that ends the clause a figure's verb is looked for in.
    CLAUSE_BREAKS,
    is_clause_break,
    "clause_breaks.txt"
);

word_list!(
    /// An auxiliary or adverb that may stand between a figure's phrase and its verb.
    PREDICATE_GAP_WORDS,
    is_predicate_gap_word,
    "predicate_gap_words.txt"
);

static WEAK_VERBS: LazyLock<WordMap<bool>> =
    LazyLock::new(|| map(include_str!("weak_verbs.tsv"), |r| r.get(1) == "fallback"));

/// A verb too general to say what a figure is about ("be", "have", "make").
pub fn is_weak_verb(lemma: &str) -> bool {
    WEAK_VERBS.contains_key(lemma)
}

/// A weak verb that is a figure's predicate only when no other verb is found ("be", "have").
pub fn is_fallback_verb(lemma: &str) -> bool {
    WEAK_VERBS.get(lemma).copied().unwrap_or(false)
}

word_list!(
    /// A verb lemma that counts people when no noun is given: "kill", "injure".
    HUMAN_PREDICATES,
    is_human_predicate,
    "human_predicates.txt"
);

word_list!(
    /// A word that negates the verb after it: "not", "never".
    NEGATIONS,
    is_negation,
    "negations.txt"
);

word_list!(
    /// A hedge word between a figure and the verb before it: "least", "than", "up".
    FIGURE_LEAD_WORDS,
    is_figure_lead_word,
    "figure_lead_words.txt"
);

word_list!(
    /// A connective that starts another clause: "that", "while", "because".
    CLAUSE_CONNECTIVES,
    is_clause_connective,
    "clause_connectives.txt"
);

word_list!(
    /// A word after which a base verb form is a noun: "the", "its", "new".
    NOUN_DETERMINERS,
    is_noun_determiner,
    "noun_determiners.txt"
);

word_list!(
    /// A modal verb: "will", "could".
    MODAL_VERBS,
    is_modal_verb,
    "modal_verbs.txt"
);

static DENIALS: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| map(include_str!("denials.tsv"), |r| r.get(1)));

/// A verb form that denies what follows: "denied", "rejected".
pub fn is_denial_verb(word: &str) -> bool {
    DENIALS.get(word) == Some(&"verb")
}

/// A word after a denial verb that makes it govern what follows: "reports", "that".
pub fn is_denial_object(word: &str) -> bool {
    DENIALS.get(word) == Some(&"object")
}

static PREDICATE_CLASSES: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| map(include_str!("predicate_classes.tsv"), |r| r.get(1)));

/// The class of a predicate lemma, if it is grouped with others: "die" → kill.
pub fn predicate_class(lemma: &str) -> Option<&'static str> {
    PREDICATE_CLASSES.get(lemma).copied()
}

/// A cue of a predicate in nominal form: the class lemma it stands for, and the verb lemmas
/// that must govern it (none: any).
struct NominalCue {
    class: &'static str,
    verbs: Vec<&'static str>,
}

static NOMINAL_PREDICATES: LazyLock<WordMap<NominalCue>> = LazyLock::new(|| {
    map(include_str!("nominal_predicates.tsv"), |r| NominalCue {
        class: r.get(1),
        verbs: r.get(2).split_whitespace().collect(),
    })
});

/// The class a noun or adjective stands for as a predicate ("deaths", "dead", "toll" → kill;
/// "missing" → missing), given the verb that governs it, if any: "lives" is a death only when
/// lost, claimed, cost or taken.
pub fn nominal_predicate(word: &str, verb: Option<&str>) -> Option<&'static str> {
    let cue = NOMINAL_PREDICATES.get(word)?;
    (cue.verbs.is_empty() || verb.is_some_and(|v| cue.verbs.contains(&v))).then_some(cue.class)
}

/// A word that is a nominal cue under some verb ("lives"), whatever the verb.
pub fn is_nominal_cue(word: &str) -> bool {
    NOMINAL_PREDICATES.contains_key(word)
}

word_list!(
    /// A verb lemma that reports, reaches or changes a count: "rise", "confirm", "claim".
    COUNT_VERBS,
    is_count_verb,
    "count_verbs.txt"
);

word_list!(
    /// A word between a figure's phrase and the adjective that says what happened to it:
    /// "confirmed" in "241 have been confirmed dead", "as" in "listed as missing".
    STATUS_WORDS,
    is_status_word,
    "status_words.txt"
);

word_list!(
    /// A determiner after "of" that makes the next noun a whole: "of this plan".
    OWNER_DETERMINERS,
    is_owner_determiner,
    "owner_determiners.txt"
);

word_list!(
    /// A verb lemma by which a whole says what it is made of: "consist", "contain".
    CONTAINMENT_VERBS,
    is_containment_verb,
    "containment_verbs.txt"
);

word_list!(
    /// A noun that only carries a number: "a total of 242".
    QUANTITY_NOUNS,
    is_quantity_noun,
    "quantity_nouns.txt"
);

static REPORT_TIME_CUES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    entries(include_str!("report_time_cues.txt"))
        .map(|l| l.split(' ').collect())
        .collect()
});

/// The phrases that date a count's report, not its event ("as of", "by"), as words.
pub fn report_time_cues() -> &'static [Vec<&'static str>] {
    &REPORT_TIME_CUES
}

static QUALIFIERS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut q: Vec<Vec<&'static str>> = entries(include_str!("qualifiers.txt"))
        .map(|l| l.split(' ').collect())
        .collect();
    q.sort_by_key(|w| std::cmp::Reverse(w.len()));
    q
});

/// The qualifier phrases ("aboard", "on the ground"), longest first, as words.
pub fn qualifiers() -> &'static [Vec<&'static str>] {
    &QUALIFIERS
}

// ---------------------------------------------------------------------------------------------
// People, roles and sources.

static ROLE_NOUNS: LazyLock<WordSet> = LazyLock::new(|| set(include_str!("role_nouns.txt")));

/// A noun that ends a role or title: "adviser", "secretary".
pub fn is_role_noun(word: &str) -> bool {
    ROLE_NOUNS.contains(word)
}

/// Every role noun.
pub fn role_nouns() -> impl Iterator<Item = &'static str> {
    ROLE_NOUNS.iter().copied()
}

word_list!(
    /// A word that ends a role read leftwards from its role noun: "with", "said".
    ROLE_STOP_WORDS,
    is_role_stop_word,
    "role_stop_words.txt"
);

static HONORIFICS: LazyLock<WordMap<Row>> =
    LazyLock::new(|| map(include_str!("honorifics.tsv"), |r| Row(r.0.clone())));

fn honorific_tagged(word: &str, tag: &str) -> bool {
    HONORIFICS.get(word).is_some_and(|r| r.tagged(1, tag))
}

/// A title or honorific dropped before keying a person by surname: "mr", "prime", "sir".
pub fn is_dropped_before_name(word: &str) -> bool {
    honorific_tagged(word, "key")
}

/// A courtesy title, never part of a name: "mr", "dr".
pub fn is_courtesy_title(word: &str) -> bool {
    honorific_tagged(word, "courtesy")
}

/// A title after which a capitalized name is a person: "mr", "president".
pub fn is_person_title(word: &str) -> bool {
    honorific_tagged(word, "title")
}

/// A title that, as a source's first word, makes the source a person (lower case: "mr").
pub fn is_person_marker(word: &str) -> bool {
    honorific_tagged(word, "person")
}

word_list!(
    /// A pronoun source to resolve against the previous named one: "he", "they".
    PRONOUNS,
    is_pronoun,
    "pronouns.txt"
);

word_list!(
    /// A word opening the clause before a reporting verb, not part of the source: "and", "as".
    SOURCE_OPENERS,
    is_source_opener,
    "source_openers.txt"
);

static SOURCE_ADVERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("source_adverbs.txt")).collect());

/// Adverbs dropped from the end of a source, in the order they are tried.
pub fn source_adverbs() -> &'static [&'static str] {
    &SOURCE_ADVERBS
}

word_list!(
    /// A capitalized word, as written, kept in a role compared across articles: "President".
    ROLE_TITLE_WORDS,
    is_role_title_word,
    "role_title_words.txt"
);

// ---------------------------------------------------------------------------------------------
// Places.

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

// ---------------------------------------------------------------------------------------------
// Nouns.

static IRREGULAR_NOUNS: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| map(include_str!("irregular_nouns.tsv"), |r| r.get(1)));

/// The singular of an irregular plural: "people" → person.
pub fn irregular_plural(word: &str) -> Option<&'static str> {
    IRREGULAR_NOUNS.get(word).copied()
}

word_list!(
    /// A word ending in "s" that is its own lemma: "crisis", "earnings", "this".
    INVARIANT_NOUNS,
    is_invariant_noun,
    "invariant_nouns.txt"
);

word_list!(
    /// A singular word ending in "-is" that is not a "-sis" noun: "tennis", "debris".
    SINGULAR_IS_NOUNS,
    is_singular_is_noun,
    "singular_is_nouns.txt"
);

word_list!(
    /// A group noun that is not the counted thing before "of": "number", "group".
    PARTITIVES,
    is_partitive,
    "partitives.txt"
);

word_list!(
    /// A noun whose following digits are a label: "series", "route", "article".
    LABEL_NOUNS,
    is_label_noun,
    "label_nouns.txt"
);

word_list!(
    /// A street-type word, as written: "Street", "Road".
    STREET_WORDS,
    is_street_word,
    "street_words.txt"
);

word_list!(
    /// A word ending in "-ly" that is a noun, not an adverb: "family", "supply".
    LY_NOUNS,
    is_ly_noun,
    "ly_nouns.txt"
);

word_list!(
    /// A word ending in "-ed" that is not a past form: "hundred", "speed".
    ED_NOUNS,
    is_ed_noun,
    "ed_nouns.txt"
);

word_list!(
    /// A plural noun that is also a verb form: "attacks", "talks".
    PLURAL_NOUNS,
    is_plural_noun,
    "plural_nouns.txt"
);

// ---------------------------------------------------------------------------------------------
// Around figures.

word_list!(
    /// A function word that may stand capitalized right before a figure: "About", "The".
    CAPITAL_FUNCTION_WORDS,
    is_capital_function_word,
    "capital_function_words.txt"
);

word_list!(
    /// A word that ends a counted noun phrase: "of", "were", "overnight".
    PHRASE_STOP,
    is_phrase_stop,
    "phrase_stop.txt"
);

word_list!(
    /// A word before a figure that makes "X to Y" a change, not a range: "from", "rose".
    CHANGE_CUES,
    is_change_cue,
    "change_cues.txt"
);

word_list!(
    /// A word before "one" that makes it a pronoun: "no", "the", "any".
    PRONOUN_ONE_DETERMINERS,
    is_pronoun_one_determiner,
    "pronoun_one_determiners.txt"
);

word_list!(
    /// An adjective closing a compound after a figure and its noun: "old" in "90-year-old".
    COMPOUND_TAILS,
    is_compound_tail,
    "compound_tails.txt"
);

word_list!(
    /// A verb taking "over" or "under" as a particle: "took", "handed".
    PARTICLE_VERBS,
    is_particle_verb,
    "particle_verbs.txt"
);

static SCORE_WORDS: LazyLock<HashSet<(&'static str, &'static str)>> = LazyLock::new(|| {
    rows(include_str!("score_words.tsv"))
        .map(|r| (r.get(0), r.get(1)))
        .collect()
});

/// A word right after "2-1" that makes it a score: "win", "at".
pub fn is_score_word_after(word: &str) -> bool {
    SCORE_WORDS.contains(&(word, "after"))
}

/// A word right before "2-1" that makes it a score: "won", "by".
pub fn is_score_word_before(word: &str) -> bool {
    SCORE_WORDS.contains(&(word, "before"))
}

// ---------------------------------------------------------------------------------------------
// Text.

word_list!(
    /// An abbreviation that ends with a full stop without ending a sentence: "mr", "u.s".
    ABBREVIATIONS,
    is_abbreviation,
    "abbreviations.txt"
);

word_list!(
    /// A function word left out of a sentence's content words: "the", "said".
    CONTENT_STOP_WORDS,
    is_content_stop_word,
    "content_stop_words.txt"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        // Touch every table so a malformed line fails here, not in the middle of a run.
        assert_eq!(cardinal_units_in_order()[0], ("zero", 0.0));
        assert_eq!(cardinal_tens_in_order()[0], ("twenty", 20.0));
        assert_eq!(scale_word("million"), Some(1e6));
        assert_eq!(ordinal_word("millionth"), Some(1e6));
        assert_eq!(scale_suffix("bn"), Some(1e9));
        assert!(is_ordinal_suffix("nd"));
        assert_eq!(fraction_denominator("quarters"), Some(4.0));
        assert_eq!(currency_word("cents"), Some(("USD", 0.01)));
        assert_eq!(currency_code("rmb"), Some("CNY"));
        assert_eq!(month("sept"), Some(9));
        assert_eq!(weekday("sunday"), Some(7));
        assert_eq!(verb_lemma("withdrawn"), Some("withdraw"));
        assert_eq!(predicate_class("shoot down"), Some("destroy"));
        assert_eq!(irregular_plural("indices"), Some("index"));
        assert!(is_denial_verb("refuted") && is_denial_object("claims"));
        assert!(!is_denial_verb("claims"));
        assert!(is_month_cue("since") && is_year_cue("year") && is_year_hedge("least"));
        assert!(is_source_opener("although") && is_figure_lead_word("up"));
        assert!(is_clause_connective("because") && is_noun_determiner("s"));
        assert!(is_pronoun_one_determiner("someone") && is_modal_verb("must"));
        assert!(is_compound_tail("plus") && is_particle_verb("handed"));
    }

    #[test]
    fn hedges_keep_their_order_and_bounds() {
        let h = hedges();
        assert_eq!(h[0].phrase, "no fewer than");
        assert_eq!(h[0].words, ["no", "fewer", "than"]);
        let known = ["at_least", "at_most", "more_than", "less_than", "approx"];
        assert!(h.iter().all(|h| known.contains(&h.bound)), "{h:?}");
        // A phrase that ends another must come after it, or the longer one never matches.
        for (k, a) in h.iter().enumerate() {
            for b in &h[..k] {
                assert!(
                    !a.words.ends_with(&b.words) || a.words.len() <= b.words.len(),
                    "{:?} comes after {:?}",
                    a.phrase,
                    b.phrase
                );
            }
        }
        assert!(is_hedge_end("than") && is_hedge_end("~") && !is_hedge_end("people"));
    }

    #[test]
    fn currency_prefixes_fall_back_to_the_symbol() {
        assert_eq!(currency_symbol("$", Some("hk")), Some("HKD"));
        assert_eq!(currency_symbol("$", Some("zz")), Some("USD"));
        assert_eq!(currency_symbol("$", None), Some("USD"));
        assert_eq!(currency_symbol("£", Some("us")), Some("GBP"));
        assert_eq!(currency_symbol("#", None), None);
        assert!(is_currency_prefix("nz") && !is_currency_prefix("*"));
    }

    #[test]
    fn ambiguous_measures_are_still_measures() {
        assert_eq!(measure("m"), Some("metre"));
        assert!(is_ambiguous_measure("m") && is_ambiguous_measure("ha"));
        assert!(!is_ambiguous_measure("km") && !is_ambiguous_measure("drones"));
    }

    #[test]
    fn reporting_forms_date_the_report_only_if_they_name_a_source() {
        assert!(is_source_verb("said") && is_report_time_verb("said"));
        assert!(is_source_verb("warned") && !is_report_time_verb("warned"));
        assert!(is_reporting_lemma("think") && !is_source_verb("thinks"));
        let rows: Vec<Row> = rows(include_str!("reporting_verbs.tsv")).collect();
        for r in &rows {
            let named: Vec<&str> = r.words(1).collect();
            assert!(r.words(2).all(|f| named.contains(&f)), "{:?}", r.0);
        }
    }

    #[test]
    fn verb_forms() {
        assert_eq!(verb_lemma("killed"), Some("kill"));
        assert_eq!(verb_lemma("killing"), Some("kill"));
        assert_eq!(verb_lemma("dropped"), Some("drop"));
        assert_eq!(verb_lemma("rising"), Some("rise"));
        assert_eq!(verb_lemma("shot"), Some("shoot"));
        assert_eq!(verb_lemma("says"), Some("say"));
        assert_eq!(verb_lemma("were"), Some("be"));
        assert_eq!(verb_lemma("injuries"), None);
        assert!(is_past_form("fell") && is_past_form("killed") && is_past_form("has"));
        assert!(!is_past_form("hit") && !is_past_form("were") && !is_past_form("hundred"));
    }

    #[test]
    fn weak_verbs_and_the_fallback_subset() {
        assert!(is_weak_verb("make") && !is_fallback_verb("make"));
        assert!(is_weak_verb("be") && is_fallback_verb("be") && is_fallback_verb("have"));
        assert!(!is_weak_verb("kill"));
    }

    #[test]
    fn honorific_uses() {
        assert!(is_dropped_before_name("prime") && !is_courtesy_title("prime"));
        assert!(is_courtesy_title("dr") && is_person_title("dr") && is_person_marker("dr"));
        assert!(is_person_title("president") && !is_person_marker("president"));
        assert!(is_person_marker("sir") && !is_courtesy_title("sir"));
    }
}
