//! Example inputs built into the engine (the demo runs on them).

/// The villa in Barvikha from the product text: two factories, one showroom and one
/// unsourced item; Russian, owned by a designer.
pub const VILLA: &str = include_str!("../examples/villa-barvikha.json");

/// A London loft: English, owned by a supplier, DKK/EUR/GBP lines and an unsourced item.
pub const LOFT: &str = include_str!("../examples/loft-london.json");

/// A partner directory for the examples.
pub const DIRECTORY: &str = include_str!("../examples/partner-directory.json");

/// The proforma Fabbrica Verdi sends back for the villa's first segment: the sofa dearer, the
/// dining table dropped, an ottoman added.
pub const VILLA_PROFORMA: &str = include_str!("../examples/villa-proforma-verdi.json");

/// Casa Italia's invoice to the villa's client for Fabbrica Verdi's segment: priced from the accepted
/// proforma, in RUB from EUR goods, logistics allocated by volume, a 10 % design fee, deposit 50 %.
pub const VILLA_INVOICE: &str = include_str!("../examples/villa-invoice.json");

/// Document settings for the villa, as Casa Italia (the supplier the designer invites) would
/// give them: buyer, markup, rate, deposit, validity and number series.
pub const VILLA_DOCUMENTS: &str = include_str!("../examples/villa-documents.json");

/// The villa's story in Office as deal actions, in order: the designer asks Fabbrica Verdi for a
/// proforma (refused: a supplier is required), invites Casa Italia for both factory segments;
/// Casa Italia accepts, requests both proformas, records and accepts Fabbrica Verdi's
/// ([`VILLA_PROFORMA`]) and issues the client invoice ([`VILLA_INVOICE`], whose segments,
/// seller and proformas the deal gives).
pub fn villa_story() -> Result<Vec<serde_json::Value>, serde_json::Error> {
    use serde_json::json;
    let proforma: serde_json::Value = serde_json::from_str(VILLA_PROFORMA)?;
    let mut invoice: serde_json::Value = serde_json::from_str(VILLA_INVOICE)?;
    if let Some(o) = invoice.as_object_mut() {
        for k in ["segments", "seller", "proformas"] {
            o.remove(k);
        }
    }
    let (verdi, luce) = ("PRJ-2026-0142/f-verdi", "PRJ-2026-0142/f-luce");
    Ok(vec![
        json!({ "actor": "d-kovaleva", "at": "2026-11-21T10:00:00Z", "action": "request_documents", "segment": verdi, "kind": "proforma" }),
        json!({ "actor": "d-kovaleva", "at": "2026-11-21T10:05:00Z", "action": "invite_supplier", "segments": [verdi, luce], "supplier": "s-casa-italia", "action_id": "studio-7f3a-1", "expected_version": 1 }),
        json!({ "actor": "s-casa-italia", "at": "2026-11-21T12:00:00Z", "action": "accept_invitation", "segments": [verdi, luce], "expected_version": 2 }),
        json!({ "actor": "s-casa-italia", "at": "2026-11-21T12:10:00Z", "action": "request_documents", "segment": verdi, "kind": "proforma" }),
        json!({ "actor": "s-casa-italia", "at": "2026-11-21T12:11:00Z", "action": "request_documents", "segment": luce, "kind": "proforma" }),
        json!({ "actor": "s-casa-italia", "at": "2026-11-24T09:00:00Z", "action": "record_proforma", "proforma": proforma }),
        json!({ "actor": "s-casa-italia", "at": "2026-11-24T09:30:00Z", "action": "accept_proforma", "segment": verdi, "number": "PF-2026/1187" }),
        json!({ "actor": "s-casa-italia", "at": "2026-12-01T10:00:00Z", "action": "issue_document", "kind": "client_invoice", "segments": [verdi], "settings": invoice }),
    ])
}
