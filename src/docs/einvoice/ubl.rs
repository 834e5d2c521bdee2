//! UBL 2.1 `Invoice` under Peppol BIS Billing 3.0, elements in the order the UBL schema fixes.

use rust_decimal::Decimal;

use super::xml::Xml;
use super::{percent, En16931, Trader};

const CUSTOMIZATION: &str = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
const PROFILE: &str = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

/// The invoice as UBL.
pub(crate) fn ubl(e: &En16931) -> Vec<u8> {
    let cur = e.currency.as_str();
    let money = |x: &mut Xml, name: &str, d: Decimal| {
        x.leaf(name, &[("currencyID", cur)], &d.to_string());
    };
    let mut x = Xml::new();
    x.open(
        "Invoice",
        &[
            ("xmlns", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"),
            ("xmlns:cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"),
            ("xmlns:cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"),
        ],
    );
    x.leaf("cbc:CustomizationID", &[], CUSTOMIZATION);
    x.leaf("cbc:ProfileID", &[], PROFILE);
    x.leaf("cbc:ID", &[], &e.number);
    x.leaf("cbc:IssueDate", &[], &e.issue_date);
    x.leaf_some("cbc:DueDate", e.due_date.as_deref());
    x.leaf("cbc:InvoiceTypeCode", &[], "380");
    x.leaf("cbc:DocumentCurrencyCode", &[], cur);
    x.leaf("cbc:BuyerReference", &[], &e.buyer_reference);
    x.open("cac:AccountingSupplierParty", &[]);
    party(&mut x, &e.seller);
    x.close();
    x.open("cac:AccountingCustomerParty", &[]);
    party(&mut x, &e.buyer);
    x.close();
    x.open("cac:Delivery", &[]).open("cac:DeliveryLocation", &[]).open("cac:Address", &[]);
    x.leaf_some("cbc:StreetName", e.deliver_to.0.as_deref());
    x.open("cac:Country", &[]).leaf("cbc:IdentificationCode", &[], &e.deliver_to.1).close();
    x.close().close().close();
    if let Some(p) = &e.payment {
        x.open("cac:PaymentMeans", &[]);
        x.leaf("cbc:PaymentMeansCode", &[], p.code);
        x.leaf("cbc:PaymentID", &[], &e.number);
        x.open("cac:PayeeFinancialAccount", &[]);
        x.leaf("cbc:ID", &[], &p.account);
        x.leaf("cbc:Name", &[], &p.account_name);
        if let Some(bic) = &p.bic {
            x.open("cac:FinancialInstitutionBranch", &[]).leaf("cbc:ID", &[], bic).close();
        }
        x.close().close();
    }
    if let Some(t) = &e.terms {
        x.open("cac:PaymentTerms", &[]).leaf("cbc:Note", &[], t).close();
    }
    for c in &e.charges {
        x.open("cac:AllowanceCharge", &[]);
        x.leaf("cbc:ChargeIndicator", &[], "true");
        x.leaf("cbc:AllowanceChargeReason", &[], &c.reason);
        money(&mut x, "cbc:Amount", c.amount);
        tax_category(&mut x, "cac:TaxCategory", c.category, c.rate);
        x.close();
    }
    x.open("cac:TaxTotal", &[]);
    money(&mut x, "cbc:TaxAmount", e.totals.tax);
    for b in &e.vat {
        x.open("cac:TaxSubtotal", &[]);
        money(&mut x, "cbc:TaxableAmount", b.base);
        money(&mut x, "cbc:TaxAmount", b.tax);
        tax_category(&mut x, "cac:TaxCategory", b.category, b.rate);
        x.close();
    }
    x.close();
    let t = &e.totals;
    x.open("cac:LegalMonetaryTotal", &[]);
    money(&mut x, "cbc:LineExtensionAmount", t.lines);
    money(&mut x, "cbc:TaxExclusiveAmount", t.tax_exclusive);
    money(&mut x, "cbc:TaxInclusiveAmount", t.tax_inclusive);
    if !e.charges.is_empty() {
        money(&mut x, "cbc:ChargeTotalAmount", t.charges);
    }
    if let Some(p) = t.prepaid {
        money(&mut x, "cbc:PrepaidAmount", p);
    }
    money(&mut x, "cbc:PayableAmount", t.payable);
    x.close();
    for l in &e.lines {
        x.open("cac:InvoiceLine", &[]);
        x.leaf("cbc:ID", &[], &l.id);
        x.leaf("cbc:InvoicedQuantity", &[("unitCode", &l.unit)], &l.quantity.normalize().to_string());
        money(&mut x, "cbc:LineExtensionAmount", l.net);
        for (reason, amount) in &l.charges {
            x.open("cac:AllowanceCharge", &[]);
            x.leaf("cbc:ChargeIndicator", &[], "true");
            x.leaf("cbc:AllowanceChargeReason", &[], reason);
            money(&mut x, "cbc:Amount", *amount);
            x.close();
        }
        x.open("cac:Item", &[]);
        x.leaf_some("cbc:Description", l.description.as_deref());
        x.leaf("cbc:Name", &[], &l.name);
        x.open("cac:SellersItemIdentification", &[]).leaf("cbc:ID", &[], &l.sku).close();
        tax_category(&mut x, "cac:ClassifiedTaxCategory", l.category, l.rate);
        x.close();
        x.open("cac:Price", &[]);
        money(&mut x, "cbc:PriceAmount", l.price);
        x.close();
        x.close();
    }
    x.finish()
}

fn party(x: &mut Xml, t: &Trader) {
    x.open("cac:Party", &[]);
    if let Some((scheme, id)) = &t.endpoint {
        x.leaf("cbc:EndpointID", &[("schemeID", scheme)], id);
    }
    if let Some(name) = &t.trading_name {
        x.open("cac:PartyName", &[]).leaf("cbc:Name", &[], name).close();
    }
    x.open("cac:PostalAddress", &[]);
    x.leaf_some("cbc:StreetName", t.address.as_deref());
    x.open("cac:Country", &[]).leaf("cbc:IdentificationCode", &[], &t.country).close();
    x.close();
    if let Some(vat) = &t.vat_id {
        x.open("cac:PartyTaxScheme", &[]);
        x.leaf("cbc:CompanyID", &[], vat);
        x.open("cac:TaxScheme", &[]).leaf("cbc:ID", &[], "VAT").close();
        x.close();
    }
    x.open("cac:PartyLegalEntity", &[]).leaf("cbc:RegistrationName", &[], &t.name).close();
    x.close();
}

fn tax_category(x: &mut Xml, element: &'static str, category: &str, rate: Decimal) {
    x.open(element, &[]);
    x.leaf("cbc:ID", &[], category);
    x.leaf("cbc:Percent", &[], &percent(rate));
    x.open("cac:TaxScheme", &[]).leaf("cbc:ID", &[], "VAT").close();
    x.close();
}
