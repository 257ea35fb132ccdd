//! How values read to a person: `1,130,000,000`, `≥7`, `24–99`, `week of 2025-11-17`, and a
//! finding's subject as a label ("kill: person", "role of Rustem Umerov"). Shared by finding
//! messages and every human renderer; the subject label is also the json and baseline
//! `subject` and orders findings, so it lives with the model. Messages are `report::message`.

use std::fmt;

use crate::model::claim::{Granularity, Quantity};
use crate::model::finding::Subject;

/// The subject label: "kill: person", "point of plan", "launch: drone and missile",
/// "fall: percent (change down)", "role of Rustem Umerov", "quote of Mr Zelensky", "articles".
/// A score's phase as a reader names it.
fn score_phase(phase: &str) -> &str {
    match phase {
        "shootout" => "penalty shoot-out",
        "result" => "result",
        "half" => "half-time",
        "vote" => "vote",
        other => other,
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Measure(m) => {
                match &m.class {
                    None => write!(f, "{}", m.unit)?,
                    Some(class) => write!(f, "{}: {}", class.as_str(), m.unit)?,
                }
                if !m.of.is_empty() {
                    write!(f, " of {}", m.of)?;
                }
                if !m.qualifier.is_empty() {
                    write!(f, " ({})", m.qualifier)?;
                }
                if let Some(c) = m.change {
                    write!(f, " (change {})", c.as_str())?;
                }
                Ok(())
            }
            Subject::Total { class, lemmas } => write!(
                f,
                "{}: {}",
                class.as_ref().map_or("", |c| c.as_str()),
                lemmas.join(" and ")
            ),
            Subject::Unit(u) => write!(f, "{u}"),
            Subject::Role { name, .. } => write!(f, "role of {name}"),
            Subject::Quote { name, .. } => write!(f, "quote of {name}"),
            Subject::Anchor { words } => write!(f, "year since ({})", words.join(", ")),
            Subject::Score { phase } => write!(f, "score ({})", score_phase(phase)),
            Subject::Articles => write!(f, "articles"),
        }
    }
}

/// Human form of a value: `1,130,000,000`, `0.5`, `76`. Shown to four decimals, so a whole
/// number that arithmetic left a hair off (26,000 × 1.1 = 28,600.000000000004) keeps its
/// thousands separators.
pub fn human_number(v: f64) -> String {
    let shown = (v * 1e4).round() / 1e4;
    let v = if shown.is_finite() { shown } else { v };
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        let s = (v.abs() as i64).to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 { format!("-{out}") } else { out }
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The value with its bound as a person reads it: `≥7`, `>460`, `24–99`, `~5`.
pub fn human_value(q: &Quantity) -> String {
    match (q.bound, q.low, q.high) {
        (crate::model::claim::Bound::Range, Some(lo), Some(hi)) => {
            format!("{}–{}", human_number(lo), human_number(hi))
        }
        (b, _, _) => format!("{}{}", b.sign(), human_number(q.value)),
    }
}

pub fn date_label(q: &Quantity) -> Option<String> {
    let t = q.time.as_ref()?;
    Some(match (t.day, t.granularity) {
        (Some(d), Granularity::Day | Granularity::Night) => d.to_string(),
        (Some(d), Granularity::Week) => format!("week of {d}"),
        (Some(d), Granularity::Month) => d.strftime("%Y-%m").to_string(),
        (Some(d), Granularity::Quarter) => format!("{}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
        (Some(d), Granularity::Year) => d.year().to_string(),
        (None, _) => format!("{} (unresolved)", t.text),
    })
}

#[cfg(test)]
mod tests {
    use super::human_number;

    #[test]
    fn whole_numbers_keep_their_separators_after_arithmetic() {
        // Regression: "approximately 26,000" allows 26,000 × 1.1, shown as "28600".
        assert_eq!(human_number(26_000.0 * 1.1), "28,600");
        assert_eq!(human_number(1_130_000_000.0), "1,130,000,000");
        assert_eq!(human_number(-4_500.0), "-4,500");
        assert_eq!(human_number(0.5), "0.5");
        assert_eq!(human_number(119.8961), "119.8961");
    }
}
