//! A small XML writer: elements in the order written, attributes in the order given, text
//! escaped; UTF-8, two-space indentation, no clock and nothing else. Enough for the two invoice
//! syntaxes, whose order the schemas fix.

/// An XML document being written.
pub(super) struct Xml {
    out: String,
    open: Vec<&'static str>,
}

impl Xml {
    /// A document with its XML declaration.
    pub(super) fn new() -> Xml {
        Xml { out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), open: Vec::new() }
    }

    fn indent(&mut self) {
        for _ in 0..self.open.len() {
            self.out.push_str("  ");
        }
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.indent();
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape(&mut self.out, v);
            self.out.push('"');
        }
    }

    /// Opens an element; [`Xml::close`] closes it.
    pub(super) fn open(&mut self, name: &'static str, attrs: &[(&str, &str)]) -> &mut Xml {
        self.start(name, attrs);
        self.out.push_str(">\n");
        self.open.push(name);
        self
    }

    /// Closes the element opened last.
    pub(super) fn close(&mut self) -> &mut Xml {
        if let Some(name) = self.open.pop() {
            self.indent();
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push_str(">\n");
        }
        self
    }

    /// An element holding text.
    pub(super) fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> &mut Xml {
        self.start(name, attrs);
        self.out.push('>');
        escape(&mut self.out, text);
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
        self
    }

    /// An element holding text, when there is some.
    pub(super) fn leaf_some(&mut self, name: &str, text: Option<&str>) -> &mut Xml {
        if let Some(t) = text.filter(|t| !t.is_empty()) {
            self.leaf(name, &[], t);
        }
        self
    }

    /// The document's bytes (every element closed).
    pub(super) fn finish(mut self) -> Vec<u8> {
        while !self.open.is_empty() {
            self.close();
        }
        self.out.into_bytes()
    }
}

/// Escapes text and attribute values; characters XML 1.0 cannot carry (controls other than
/// tab and line breaks) are left out (the engine's readers refuse them in names already).
fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if u32::from(c) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes_and_closes_everything() {
        let mut x = Xml::new();
        x.open("a", &[("k", "1 \"&\" 2")]).leaf("b", &[], "<Sofa> & \u{1}Chair").leaf_some("c", Some(""));
        let s = String::from_utf8(x.finish()).unwrap_or_default();
        assert_eq!(
            s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a k=\"1 &quot;&amp;&quot; 2\">\n  <b>&lt;Sofa&gt; &amp; Chair</b>\n</a>\n"
        );
    }
}
