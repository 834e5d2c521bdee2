//! The catalogue of every error and warning code the engine emits.
//!
//! Codes are stable: hosts match on them. A code is never reused for another meaning;
//! `bureau codes` prints this table.

use serde::Serialize;

/// Whether a code rejects the input or only weakens what can be built from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input is rejected.
    Error,
    /// The input is accepted; documents built from it may be weaker.
    Warning,
}

macro_rules! catalogue {
    ($( $variant:ident = $code:literal, $severity:ident, $meaning:literal; )*) => {
        /// A stable machine code for a problem found in the input.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(
                #[doc = $meaning]
                $variant,
            )*
        }

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The stable string form, e.g. `decimal.not_a_string`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// Whether the code rejects the input.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// What the code means, in one sentence.
            pub fn meaning(self) -> &'static str {
                match self { $(Code::$variant => $meaning,)* }
            }
        }
    };
}

catalogue! {
    JsonSyntax = "json.syntax", Error, "The input is not valid JSON (or not UTF-8); `line` and `column` say where.";
    JsonTooDeep = "json.too_deep", Error, "The JSON nests deeper than the engine reads (128 levels).";
    JsonDuplicateKey = "json.duplicate_key", Error, "An object names the same field twice; which one is meant cannot be guessed.";
    FormatUnsupported = "format.unsupported", Error, "The `format` field names a format this engine does not read; the message lists those it does.";
    FieldMissing = "field.missing", Error, "A required field is absent.";
    FieldType = "field.type", Error, "A field holds the wrong JSON type (for example a number where text belongs).";
    TextHidden = "text.hidden", Warning, "A name holds a control or direction character that prints as nothing or reorders the text after it.";
    FieldUnknown = "field.unknown", Warning, "A field this format does not define; it is ignored.";
    StringEmpty = "string.empty", Error, "A required text field is empty.";
    StringTooLong = "string.too_long", Error, "A text field is longer than the engine accepts for it.";
    DecimalNotAString = "decimal.not_a_string", Error, "A decimal (money, quantity, rate, weight) is a JSON number; it must be a string so that no precision is lost.";
    DecimalSyntax = "decimal.syntax", Error, "A decimal string does not match `-?[0-9]+(.[0-9]+)?`.";
    DecimalTooLarge = "decimal.too_large", Error, "A decimal has more digits than 28 significant digits can hold exactly.";
    DecimalNotPositive = "decimal.not_positive", Error, "A value that must be greater than zero is zero or negative.";
    DecimalNegative = "decimal.negative", Error, "A value that must be zero or more is negative.";
    DecimalOutOfRange = "decimal.out_of_range", Error, "A value lies outside its allowed range (a percentage outside 0–100, a rating outside 0–5).";
    IntegerInvalid = "integer.invalid", Error, "A whole number field holds a negative, fractional or too large number.";
    IdInvalid = "id.invalid", Error, "An id is empty or contains `/`.";
    IdCharacters = "id.characters", Error, "An id holds a control character (NUL, newline …) or a bidi override; ids hold visible text only.";
    IdDuplicate = "id.duplicate", Error, "Two entries of one list share an id.";
    RefUnknownCompany = "ref.unknown_company", Error, "A reference names a company that is not in `companies`.";
    RefUnknownRoom = "ref.unknown_room", Error, "A reference names a room that is not in `rooms`.";
    RefUnknownAsset = "ref.unknown_asset", Error, "A reference names an asset that is not in `assets`.";
    RoleSourceNotCommercial = "role.source_not_commercial", Error, "An item's `source` is a company without commercial functions (a designer or a client); only a factory, showroom or supplier can deliver goods.";
    RoleManufacturerNotFactory = "role.manufacturer_not_factory", Error, "An item's `manufacturer` is not a `factory`.";
    RoleOwnerKind = "role.owner_kind", Error, "The project's owner must be a designer, supplier, showroom or client account.";
    RoleSupplierKind = "role.supplier_kind", Error, "A partnership's `supplier` is not a supplier or showroom.";
    ValueUnknown = "value.unknown", Error, "A field that takes one of a fixed set of values holds another; the message lists the allowed ones.";
    CurrencyUnknown = "currency.unknown", Error, "Not an ISO 4217 currency code with a minor unit.";
    CurrencyMissing = "currency.missing", Error, "A `unit_price` is given without the `currency` it is in.";
    CountryUnknown = "country.unknown", Error, "Not an ISO 3166-1 alpha-2 country code.";
    RegionUnknown = "region.unknown", Error, "Not an ISO 3166-2 subdivision code, or not one of the delivery country.";
    IncotermUnknown = "incoterm.unknown", Error, "Not an Incoterms 2020 rule (EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF).";
    LocaleUnsupported = "locale.unsupported", Error, "Documents are made in Russian (`ru`) or English (`en`); the locale names another language.";
    DateInvalid = "date.invalid", Error, "Not a calendar date written as `YYYY-MM-DD`.";
    AssetBase64 = "asset.base64", Error, "An asset's `data_base64` is not valid base64.";
    AssetMediaType = "asset.media_type", Error, "An asset's media type is not `image/png`, `image/jpeg` or `image/svg+xml`, or its bytes are not of that type.";
    PartnershipDuplicate = "partnership.duplicate", Error, "The directory lists the same supplier–manufacturer pair twice.";
    DirectoryKindChanged = "directory.kind_changed", Error, "A directory update gives an existing company another kind; load the whole directory again to change what a company is.";
    ProposalUnknown = "proposal.unknown", Error, "A letter is asked for a manufacturer that needs no proposal (a supplier covers it) or for a supplier the evidence does not propose; the message lists what is proposed.";
    WordsUnsupportedCurrency = "words.unsupported_currency", Error, "Amounts in words are made for RUB, EUR, USD, GBP and CNY; the currency is another.";
    AmountOverflow = "amount.overflow", Error, "An amount is too large to compute exactly.";
    ItemNoPrice = "item.no_price", Warning, "An item has no `unit_price`: it is priced on request and left out of money totals.";
    ItemNoPackages = "item.no_packages", Warning, "An item has no `packages`: its boxes, gross weight and volume are unknown.";
    ItemNoWeight = "item.no_weight", Warning, "An item has no `net_weight_kg`: the net weight of its segment is short by it.";
    ItemNoHsCode = "item.no_hs_code", Warning, "An item crosses a border (its source's country differs from the delivery country) and has no `hs_code` for customs.";
    TaxIdCheckDigits = "tax_id.check_digits", Warning, "A tax id's check digits are wrong: it is probably mistyped.";
    IbanCheckDigits = "iban.check_digits", Warning, "An IBAN's check digits or length are wrong: it is probably mistyped.";
    BankAccountCheckDigits = "bank_account.check_digits", Warning, "A Russian bank or correspondent account does not match its BIC's check key: it is probably mistyped.";
    ArgumentNull = "argument.null", Error, "A host passed NULL (or nothing) where an argument is required.";
    ArgumentInvalid = "argument.invalid", Error, "A host passed an argument of the wrong kind (for example a number where JSON text, bytes or an object belong).";
    OptionsInvalid = "options.invalid", Error, "Engine options are not a JSON object of known settings.";
    SettingsMissingDate = "settings.missing_date", Error, "A document has no date: neither its settings nor the project give one (the clock is never read).";
    SegmentUnknown = "segment.unknown", Error, "A request names a segment the project does not have; the message lists those it has.";
    DocumentScope = "document.scope", Error, "A document kind is asked for a scope it is not made for (a proforma for the whole project, say).";
    PriceMissing = "price.missing", Error, "A document that carries prices has a line without `unit_price`; it cannot be priced until the source quotes it.";
    CurrencyRequired = "currency.required", Error, "A priced document's lines are in several currencies and no document `currency` (with rates) says which to print in.";
    FxMissingRate = "fx.missing_rate", Error, "Amounts must be converted between two currencies and no rate for that pair was given; the message names the pair.";
    VatMissingRate = "vat.missing_rate", Error, "A line has no VAT rate: neither the item nor the document settings give one.";
    ForbiddenSupplierRequired = "forbidden.supplier_required", Error, "Designers and private clients cannot request documents from a manufacturer; they invite a supplier to manage the segment.";
    ForbiddenNotParticipant = "forbidden.not_participant", Error, "The actor of a deal action is not part of the deal (not its owner, a segment's source or an invited supplier); nobody outside a deal can act on it.";
    ForbiddenNotOwner = "forbidden.not_owner", Error, "Only the project's owner may invite or withdraw suppliers and re-segment the project.";
    ForbiddenNotManager = "forbidden.not_manager", Error, "Only the supplier that manages a segment (invited and accepted, or the owner when it is a supplier) may request its documents, store its proformas and invoice the client.";
    ForbiddenNotInvited = "forbidden.not_invited", Error, "A supplier accepts or declines only an invitation it has, still pending, for that segment.";
    ForbiddenNotCommercial = "forbidden.not_commercial", Error, "Only a `supplier` or `showroom` company can be invited to manage a segment, never a factory, designer or client.";
    ConflictVersion = "conflict.version", Error, "The action's `expected_version` is not the deal's version: someone changed the deal since the host last read it; read it again and decide anew.";
    ConflictActionId = "conflict.action_id", Error, "The action's `action_id` was already used for a different action; an id names one action, retried as it was.";
    DealInvitationOpen = "deal.invitation_open", Error, "A segment already has a pending or accepted invitation; withdraw it before inviting another supplier.";
    DealNoInvitation = "deal.no_invitation", Error, "There is no pending or accepted invitation to withdraw for a segment.";
    DealProformaUnknown = "deal.proforma_unknown", Error, "No proforma with that number is recorded for the segment; the message lists those that are.";
    ForbiddenNotClient = "forbidden.not_client", Error, "Only the client (actor `client`), or the project's owner for the client, approves or rejects client documents.";
    ApprovalNotClientDocument = "approval.not_client_document", Error, "The document is not addressed to the client: the client approves client specifications and client invoices.";
    ApprovalNotCurrent = "approval.not_current", Error, "The document's revision is replaced or out of date: approve its current revision.";
    ApprovalUnknownItem = "approval.unknown_item", Error, "An item named in the approval is not a line of the document (or is named twice).";
    OrderNoAcceptedProforma = "order.no_accepted_proforma", Error, "The segment has no accepted proforma: accept the source's proforma before ordering from it.";
    OrderNotApproved = "order.not_approved", Error, "The deal orders only what the client approved, and some items have no valid approval.";
    OrderNothingToOrder = "order.nothing_to_order", Error, "The segment is ordered and nothing waits to be re-ordered: revise the order instead.";
    OrderNotAnOrder = "order.not_an_order", Error, "The document named is not a purchase order of the deal.";
    TrackingUnknownItem = "tracking.unknown_item", Error, "The item is not on an order of the segment.";
    TrackingStateByAction = "tracking.state_by_action", Error, "The state is recorded by its own action (an order, a confirmation, a shipment, a receipt), not set by hand.";
    TrackingQuantity = "tracking.quantity", Error, "The quantities do not add up: more than was ordered is shipped, or a receipt does not account for what was shipped.";
    ShipmentUnknown = "shipment.unknown", Error, "No shipment of the deal has that id.";
    ShipmentReceived = "shipment.received", Error, "The shipment's receipt is already recorded.";
    PaymentDocument = "payment.document", Error, "The payment names no document of the deal it can settle (a client invoice or credit note for the client, a purchase order for a source).";
    PaymentExceedsDue = "payment.exceeds_due", Error, "The payment (or refund, or retainer applied) is more than is due on its document (or was paid, or is held).";
    PaymentCurrency = "payment.currency", Error, "The payment is in another currency than its document and gives no `fx_rate`, or a retainer is applied to an invoice in another currency.";
    DealDocumentUnknown = "deal.document_unknown", Error, "No issued document has that number; the message lists those that do.";
    DealNumberTaken = "deal.number_taken", Error, "A document with that number is already issued in the deal; revise it, or give the new one another number.";
    DealProjectMismatch = "deal.project_mismatch", Error, "A re-segmenting project is another project (another id or owner) than the deal's.";
    DealFormatNewer = "deal.format_newer", Error, "The deal was saved by a newer Bureau in a format version this one does not read; upgrade Bureau to open it.";
    DealTampered = "deal.tampered", Error, "A saved deal does not match its own event log (edited, damaged or cut short); the message says where. Load the host's last good copy.";
    TimeInvalid = "time.invalid", Error, "Not a time written in RFC 3339 with a zone (`2026-11-21T10:00:00Z`).";
    PackingInconsistent = "packing.inconsistent", Error, "A packing list fails a check it must pass before it is issued (box numbering, quantities, gross weight below net weight); the message says which.";
    PackingMissing = "packing.missing", Warning, "A packing list line has no packing data; it is named on the document, not skipped.";
    TextMissingGlyph = "text.missing_glyph", Warning, "A text has characters that no font of the document covers: they would print as empty boxes. Add a font that has them.";
    ColourInvalid = "colour.invalid", Error, "A colour is not written `#RRGGBB` (six hexadecimal digits).";
    CostAmountOrPercent = "cost.amount_or_percent", Error, "A cost must give either an `amount` or a `percent_of_goods`: it gives both, or neither.";
    AllocationZeroBasis = "allocation.zero_basis", Error, "A cost is allocated by a basis that is zero on every invoiced line (no weight, no volume, …); the message names the cost.";
    AllocationManualMismatch = "allocation.manual_mismatch", Error, "A cost's manual shares do not add up to the cost, or name an item the invoice does not carry.";
    InvoiceLineLeftOut = "invoice.line_left_out", Warning, "A line is left out of the client invoice: the accepted proforma does not quote the item, or quotes something the project does not have; the message names it.";
    ProformaWrongIssuer = "proforma.wrong_issuer", Error, "A proforma is issued by a company that is not the source of the segment it answers.";
    FontInvalid = "font.invalid", Error, "A font given in the settings' `fonts` is not a TrueType or OpenType font in base64.";
    DocumentSkipped = "document.skipped", Warning, "A document of the default set was left out; the message says why (a designer cannot ask a factory for a proforma, say).";
    FormatNotATable = "format.not_a_table", Error, "`xlsx` and `csv` are made for the documents that are tables (specification, packing list, client invoice, reconciliation); ask this kind for `pdf`, `png` or `json`.";
    EinvoiceNotAnInvoice = "einvoice.not_an_invoice", Error, "`ubl`, `cii` and `facturx` are made for the client invoice; a proforma has no invoice type code in Peppol BIS Billing 3.0, and other documents are not invoices.";
    EinvoiceVatPerLine = "einvoice.vat_per_line", Error, "EN 16931 computes VAT per rate over the document; an invoice with VAT per line cannot be sent as EN 16931 data without changing its figures.";
    EinvoicePricesIncludeVat = "einvoice.prices_include_vat", Error, "EN 16931 states net prices; an invoice whose prices include VAT cannot be sent as EN 16931 data without changing its figures.";
    EinvoiceCurrency = "einvoice.currency", Error, "EN 16931 amounts have at most two decimals; the invoice's currency has more.";
    EinvoiceSeller = "einvoice.seller", Error, "The seller lacks what an EN 16931 invoice must name: a VAT identifier, an address or a country.";
    EinvoiceBuyer = "einvoice.buyer", Error, "The client lacks what an EN 16931 invoice must name: a country.";
    EinvoiceUnit = "einvoice.unit", Error, "A unit has no UN/ECE Recommendation 20 code that EN 16931 could carry.";
    RenderUnavailable = "render.unavailable", Error, "This build of the engine has no renderer (built without the `docs` feature); it can still return document models.";
    ImageLimit = "image.limit", Warning, "A document shows at most 64 distinct images; the rest are left out.";
    TemplateFailed = "template.failed", Error, "A document template failed to compile (a host's own template, or one that reads a file Bureau did not give it); the message says why, with typst's hints, and `line` and `column` in a host's template.";
    TemplateWarning = "template.warning", Warning, "typst warned while laying a host's template out (an unknown font, a rule that does nothing); the message says what, with typst's hints, and `line` and `column` where.";
    LimitInputBytes = "limit.input_bytes", Error, "An input is larger than the engine's limit of bytes per input (see the limits table).";
    LimitItems = "limit.items", Error, "A project has more items than the engine's limit.";
    LimitLines = "limit.lines", Error, "A document would have more lines than the engine's limit; split it (by segment, or into several invoices).";
    LimitBoxes = "limit.boxes", Error, "A packing list would count more boxes than the engine's limit; check the packages' `per_unit`.";
    LimitPages = "limit.pages", Error, "A rendered document has more pages than the engine's limit.";
    LimitImagePixels = "limit.image_pixels", Error, "A document's raster images decode to more pixels together than the engine's limit; give smaller images.";
    LimitFonts = "limit.fonts", Error, "The settings' host fonts are too many, too large, or a collection claims more faces than the limit (or than its bytes can hold).";
    LimitTemplate = "limit.template", Error, "A host's template is larger than the engine's limit.";
    LimitEvents = "limit.events", Error, "A deal's log has more events than the engine's limit.";
    LimitSegments = "limit.segments", Error, "A deal action names more segments than the engine's limit.";
    LimitProblems = "limit.problems", Error, "More problems were found than an error body lists; the message counts the rest.";
    Internal = "internal", Error, "The engine failed in a way that is a bug in the engine; the message says where. Please report it.";
}

/// One row of the catalogue as it is printed and serialised.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct CatalogueEntry {
    /// The stable code.
    pub code: &'static str,
    /// `error` or `warning`.
    pub severity: Severity,
    /// What it means.
    pub meaning: &'static str,
}

/// The whole catalogue, in a stable order.
pub(crate) fn catalogue() -> Vec<CatalogueEntry> {
    Code::ALL
        .iter()
        .map(|c| CatalogueEntry { code: c.as_str(), severity: c.severity(), meaning: c.meaning() })
        .collect()
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl schemars::JsonSchema for Code {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Code".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        schemars::json_schema!({ "type": "string", "enum": codes, "description": "A stable code from the engine's catalogue (`bureau codes`)." })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn codes_are_unique_and_dotted() {
        let mut seen = BTreeSet::new();
        for c in Code::ALL {
            assert!(seen.insert(c.as_str()), "{} twice", c.as_str());
            assert!(c.as_str() == "internal" || c.as_str().contains('.'), "{}", c.as_str());
            assert!(c.meaning().ends_with('.'), "{}", c.as_str());
        }
    }
}
