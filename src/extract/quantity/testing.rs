//! Test helpers shared by the quantity files: read the figures of a sentence and compare them.

use super::figure::Figure;
use super::find_figures;
use crate::text::token::tokenize;

/// Every figure of `s`, as found (no dates masked).
pub fn figures(s: &str) -> Vec<Figure> {
    find_figures(&tokenize(s, 0), &[])
}

/// (text, value, bound, unit) of every figure in `s`.
pub fn figs(s: &str) -> Vec<(String, f64, &'static str, String)> {
    figures(s)
        .into_iter()
        .map(|f| {
            (
                f.span.slice(s).to_string(),
                f.value,
                f.bound.as_str(),
                f.unit.unwrap_or_default(),
            )
        })
        .collect()
}

/// The one figure of `s`.
pub fn one(s: &str) -> (String, f64, &'static str, String) {
    let got = figs(s);
    assert_eq!(got.len(), 1, "{s}: {got:?}");
    got.into_iter().next().unwrap()
}

/// `s` has exactly one figure, with this text, value, bound and unit.
pub fn assert_fig(s: &str, text: &str, value: f64, bound: &str, unit: &str) {
    let (t, v, b, u) = one(s);
    assert_eq!(
        (t.as_str(), v, b, u.as_str()),
        (text, value, bound, unit),
        "in {s:?}"
    );
}

/// `s` has no figure.
pub fn no_figures(s: &str) {
    let got = figs(s);
    assert!(got.is_empty(), "{s}: {got:?}");
}
