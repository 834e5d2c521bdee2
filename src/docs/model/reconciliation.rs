//! The reconciliation as a document: the one-page report a supplier sends back to the factory,
//! with every difference between what was asked and what was quoted.

use schemars::JsonSchema;
use serde::Serialize;

use super::{Head, Party};
use crate::model::Text;
use crate::office::reconcile::Reconciliation;

/// A reconciliation report as a document.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ReconciliationDocument {
    /// Number, date, language, title, project, segment.
    #[serde(flatten)]
    pub head: Head,
    /// Who asked: the managing supplier (the settings' buyer), else the project's owner.
    pub from: Party,
    /// The proforma's issuer.
    pub to: Party,
    /// The proforma's date.
    pub proforma_date: Text,
    /// The report.
    pub report: Reconciliation,
}
