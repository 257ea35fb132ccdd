//! One palette for every human format: error red, warning yellow, note blue, all bold. The
//! brief lines, the snippets (through annotate-snippets' renderer) and the table's finding
//! lines paint a severity the same way; machine formats are never painted.

use annotate_snippets::renderer::{AnsiColor, Effects, Style};

use crate::model::finding::Severity;

/// The style of a severity.
pub fn style(severity: Severity) -> Style {
    match severity {
        Severity::Error => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Note => AnsiColor::Blue,
    }
    .on_default()
    .effects(Effects::BOLD)
}

/// `s` in the style of `severity`, or as it is without colour.
pub fn paint(s: &str, severity: Severity, color: bool) -> String {
    if !color {
        return s.to_string();
    }
    let st = style(severity);
    format!("{}{s}{}", st.render(), st.render_reset())
}

/// annotate-snippets' renderer with this palette, or plain.
pub fn snippet_renderer(color: bool) -> annotate_snippets::Renderer {
    if color {
        annotate_snippets::Renderer::styled()
            .error(style(Severity::Error))
            .warning(style(Severity::Warning))
            .note(style(Severity::Note))
    } else {
        annotate_snippets::Renderer::plain()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_severity_has_one_colour_and_none_without_colour() {
        assert_eq!(paint("note", Severity::Note, false), "note");
        assert!(paint("error", Severity::Error, true).contains("31m"));
        assert!(paint("warning", Severity::Warning, true).contains("33m"));
        assert!(paint("note", Severity::Note, true).contains("34m"));
    }
}
