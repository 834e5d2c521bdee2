//! Pairing what was requested with what was quoted: by `item`, then by sku, then by name
//! (Unicode-normalised, case-folded, spaces collapsed), each quoted line used once and each
//! requested line once, earlier lines first.

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

/// Whether a quoted line answers a requested item, by one rule.
type Same = dyn Fn(&Item, &ProformaLine) -> bool;

/// For each requested item (in order), the quoted line it pairs with, if any, and how.
pub fn pair(requested: &[&Item], quoted: &[ProformaLine]) -> Vec<Option<(usize, MatchedBy)>> {
    let mut pairs: Vec<Option<(usize, MatchedBy)>> = vec![None; requested.len()];
    let mut used = vec![false; quoted.len()];
    let passes: [(MatchedBy, &Same); 3] = [
        (MatchedBy::Item, &|i, q| q.item.as_deref() == Some(i.id.as_str())),
        (MatchedBy::Sku, &|i, q| !q.sku.is_empty() && normalise(&q.sku) == normalise(&i.sku)),
        (MatchedBy::Name, &|i, q| {
            q.name.as_deref().is_some_and(|n| !n.trim().is_empty() && normalise(n) == normalise(&i.name))
        }),
    ];
    for (how, same) in passes {
        for (r, item) in requested.iter().enumerate() {
            if pairs.get(r).is_some_and(Option::is_some) {
                continue;
            }
            let found =
                quoted.iter().enumerate().find(|(q, line)| !used.get(*q).copied().unwrap_or(true) && same(item, line));
            if let Some((q, _)) = found {
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
pub fn normalise(s: &str) -> String {
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
