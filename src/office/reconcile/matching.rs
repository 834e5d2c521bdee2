//! Pairing what was requested with what was quoted: by `item`, then by sku, then by name
//! (Unicode-normalised, case-folded, spaces collapsed), each quoted line used once and each
//! requested line once, earlier lines first.

use std::collections::{HashMap, VecDeque};

use unicode_normalization::UnicodeNormalization;

use crate::model::{Item, ProformaLine};

/// How a quoted line was paired with a requested one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// The quoted line names the project item.
    Item,
    /// Same sku.
    Sku,
    /// Same name, normalised.
    Name,
}

/// For each requested item (in order), the quoted line it pairs with, if any, and how.
///
/// Each pass keys every line once (normalised once, not inside a comparison) and hands each
/// requested item the earliest unused quoted line with its key: linear in the lines.
pub(crate) fn pair(requested: &[&Item], quoted: &[ProformaLine]) -> Vec<Option<(usize, MatchedBy)>> {
    let mut pairs: Vec<Option<(usize, MatchedBy)>> = vec![None; requested.len()];
    let mut used = vec![false; quoted.len()];
    type Key = fn(&ProformaLine) -> Option<String>;
    type Own = fn(&Item) -> Option<String>;
    let passes: [(MatchedBy, Key, Own); 3] = [
        (MatchedBy::Item, |q| q.item.as_deref().map(str::to_string), |i| Some(i.id.to_string())),
        (MatchedBy::Sku, |q| (!q.sku.is_empty()).then(|| normalise(&q.sku)), |i| Some(normalise(&i.sku))),
        (
            MatchedBy::Name,
            |q| q.name.as_deref().filter(|n| !n.trim().is_empty()).map(normalise),
            |i| Some(normalise(&i.name)),
        ),
    ];
    for (how, key, own) in passes {
        let mut by_key: HashMap<String, VecDeque<usize>> = HashMap::new();
        for (q, line) in quoted.iter().enumerate() {
            if !used.get(q).copied().unwrap_or(true) {
                if let Some(k) = key(line) {
                    by_key.entry(k).or_default().push_back(q);
                }
            }
        }
        for (r, item) in requested.iter().enumerate() {
            if pairs.get(r).is_some_and(Option::is_some) {
                continue;
            }
            let Some(queue) = own(item).and_then(|k| by_key.get_mut(&k)) else { continue };
            if let Some(q) = queue.pop_front() {
                if let (Some(p), Some(u)) = (pairs.get_mut(r), used.get_mut(q)) {
                    *p = Some((q, how));
                    *u = true;
                }
            }
        }
    }
    pairs
}

/// A text as names are compared: NFKC, lower case, inner spaces collapsed, ends trimmed.
pub(crate) fn normalise(s: &str) -> String {
    let folded: String = s.nfkc().flat_map(char::to_lowercase).collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, sku: &str, name: &str) -> Item {
        Item { id: id.into(), sku: sku.into(), name: name.into(), ..Item::default() }
    }

    fn quoted(item: Option<&str>, sku: &str, name: Option<&str>) -> ProformaLine {
        ProformaLine {
            item: item.map(Into::into),
            sku: sku.into(),
            name: name.map(Into::into),
            ..ProformaLine::default()
        }
    }

    #[test]
    fn item_then_sku_then_name_each_line_once() {
        let a = item("it-1", "A-1", "Sofa Archi");
        let b = item("it-2", "B-2", "Armchair Nuvola");
        let c = item("it-3", "C-3", "Ｔａｂｌｅ  Lago");
        let d = item("it-4", "D-4", "Lamp");
        let q = vec![
            quoted(None, "b-2", None),                // sku, case-folded
            quoted(Some("it-1"), "X", None),          // item
            quoted(None, "ZZ", Some(" table lago ")), // name, NFKC + case + spaces
            quoted(None, "A-1", None),                // sku of it-1, already paired: added
        ];
        let pairs = pair(&[&a, &b, &c, &d], &q);
        assert_eq!(
            pairs,
            vec![Some((1, MatchedBy::Item)), Some((0, MatchedBy::Sku)), Some((2, MatchedBy::Name)), None]
        );
    }

    #[test]
    fn names_are_normalised() {
        assert_eq!(normalise("  Диван   ARCHI\u{00A0}3 "), "диван archi 3");
        assert_eq!(normalise("ﬁne"), "fine");
    }
}
