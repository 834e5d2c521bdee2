//! Factur-X: the invoice's PDF/A-3 (typst attaches the CII as `factur-x.xml`, relationship
//! `Alternative`), with the Factur-X keys added to its XMP metadata. typst writes PDF/A-3 with
//! attachments but no custom XMP, so the metadata stream is replaced here by an incremental
//! update: one object (the XMP, same object number) and one cross-reference section appended
//! after typst's bytes, which stay as they are. Same input, same bytes.

use crate::error::Error;

/// The Factur-X extension schema and its four keys (Factur-X 1.0, profile EN 16931).
const XMP: &str = r#"<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>fx</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq>
<rdf:li rdf:parseType="Resource"><pdfaProperty:name>DocumentFileName</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>The name of the embedded XML document</pdfaProperty:description></rdf:li>
<rdf:li rdf:parseType="Resource"><pdfaProperty:name>DocumentType</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>The type of the hybrid document in capital letters, e.g. INVOICE or ORDER</pdfaProperty:description></rdf:li>
<rdf:li rdf:parseType="Resource"><pdfaProperty:name>Version</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>The actual version of the standard applying to the embedded XML document</pdfaProperty:description></rdf:li>
<rdf:li rdf:parseType="Resource"><pdfaProperty:name>ConformanceLevel</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>The conformance level of the embedded XML document</pdfaProperty:description></rdf:li>
</rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
<fx:DocumentType>INVOICE</fx:DocumentType>
<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>
<fx:Version>1.0</fx:Version>
<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>
</rdf:Description>
"#;

/// The typst line that attaches `/factur-x.xml` to the document, appended to its template.
pub(crate) const ATTACH: &str = "\n#pdf.attach(\"factur-x.xml\", read(\"/factur-x.xml\", encoding: none), relationship: \"alternative\", mime-type: \"text/xml\", description: \"Factur-X invoice (EN 16931)\")\n";

fn broken(what: &str) -> Error {
    Error::Internal(format!("adding the Factur-X metadata: {what}"))
}

/// The first position of `needle` in `hay` at or after `from`.
fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).and_then(|p| p.checked_add(from))
}

/// The last position of `needle` in `hay`.
fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// The decimal number at the start of `bytes` (after spaces and line breaks).
fn number(bytes: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(bytes).ok()?;
    let digits: String = text.trim_start().chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// `pdf` (typst's PDF/A-3 with the attachment) with the Factur-X keys in its XMP metadata.
pub(crate) fn with_metadata(pdf: &[u8]) -> Result<Vec<u8>, Error> {
    let startxref = rfind(pdf, b"startxref").ok_or_else(|| broken("no startxref"))?;
    let prev =
        number(pdf.get(startxref.saturating_add(9)..).unwrap_or_default()).ok_or_else(|| broken("no xref offset"))?;
    let trailer = rfind(pdf, b"trailer").ok_or_else(|| broken("no trailer"))?;
    let dict_start = find(pdf, b"<<", trailer).ok_or_else(|| broken("no trailer dictionary"))?;
    let dict_end = rfind(pdf.get(..startxref).unwrap_or_default(), b">>").ok_or_else(|| broken("an open trailer"))?;
    let dict = pdf.get(dict_start..dict_end).ok_or_else(|| broken("the trailer dictionary"))?;
    let root_at = find(dict, b"/Root", 0).ok_or_else(|| broken("no /Root"))?;
    let root = number(dict.get(root_at.saturating_add(5)..).unwrap_or_default()).ok_or_else(|| broken("the /Root"))?;

    let catalog_at = find(pdf, format!("\n{root} 0 obj").as_bytes(), 0).ok_or_else(|| broken("no catalog"))?;
    let catalog_end = find(pdf, b"endobj", catalog_at).ok_or_else(|| broken("an open catalog"))?;
    let catalog = pdf.get(catalog_at..catalog_end).ok_or_else(|| broken("the catalog"))?;
    let meta_at = find(catalog, b"/Metadata", 0).ok_or_else(|| broken("no /Metadata in the catalog"))?;
    let meta =
        number(catalog.get(meta_at.saturating_add(9)..).unwrap_or_default()).ok_or_else(|| broken("the /Metadata"))?;

    let object_at = find(pdf, format!("\n{meta} 0 obj").as_bytes(), 0).ok_or_else(|| broken("no metadata object"))?;
    let stream_at =
        find(pdf, b"stream", object_at).and_then(|s| s.checked_add(6)).ok_or_else(|| broken("no stream"))?;
    let body_at =
        if pdf.get(stream_at) == Some(&b'\r') { stream_at.saturating_add(2) } else { stream_at.saturating_add(1) };
    let body_end = find(pdf, b"endstream", body_at).ok_or_else(|| broken("an open stream"))?;
    let xmp =
        std::str::from_utf8(pdf.get(body_at..body_end).unwrap_or_default()).map_err(|_| broken("XMP not UTF-8"))?;
    let close = xmp.rfind("</rdf:RDF>").ok_or_else(|| broken("no </rdf:RDF> in the XMP"))?;
    let xmp = format!("{}{XMP}{}", xmp.get(..close).unwrap_or_default(), xmp.get(close..).unwrap_or_default());
    let xmp = xmp.trim_end_matches(['\r', '\n']);

    let mut out = pdf.to_vec();
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    let offset = out.len();
    out.extend_from_slice(
        format!("{meta} 0 obj\n<</Type/Metadata/Subtype/XML/Length {}>>\nstream\n", xmp.len()).as_bytes(),
    );
    out.extend_from_slice(xmp.as_bytes());
    out.extend_from_slice(b"\nendstream\nendobj\n");
    let xref = out.len();
    let dict = std::str::from_utf8(dict).map_err(|_| broken("the trailer is not text"))?;
    out.extend_from_slice(
        format!("xref\n{meta} 1\n{offset:010} 00000 n \ntrailer\n{dict}/Prev {prev}>>\nstartxref\n{xref}\n%%EOF\n")
            .as_bytes(),
    );
    Ok(out)
}
