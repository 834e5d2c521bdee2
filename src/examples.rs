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
