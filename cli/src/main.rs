//! `bureau`: the engine on the command line. JSON on stdout; exit 0 on success, 1 when the
//! input is rejected (stdout then holds `{ "errors": [...] }`), 2 on a usage error.

mod input;
mod table;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use bureau::docs::batch::Batch;
use bureau::docs::settings::{Kind, Output};
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "bureau", version, about = "Bureau: segments, documents and partners for interior-design projects")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The machine contract: one JSON document.
    Json,
    /// A summary for people.
    Table,
}

#[derive(Subcommand)]
enum Command {
    /// Check a project, partner directory or proforma; lists every problem at once.
    Validate {
        /// File, or `-` for stdin.
        input: String,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
    /// Split a project into segments, one per supplying company.
    Segment {
        /// Project file, or `-` for stdin.
        project: String,
        /// An earlier version of the project: adds the diff.
        #[arg(long)]
        previous: Option<String>,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
    /// An amount in words: `{ "amount", "currency", "language" }` → `{ "text" }`.
    Words {
        /// Request file, or `-` for stdin.
        request: String,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
    /// Build documents (PDF and model JSON) for a project into `--out`.
    Documents {
        /// Project file, or `-` for stdin.
        project: String,
        /// Where to write the files.
        #[arg(long)]
        out: PathBuf,
        /// A kind to build (repeatable): specification, proforma_request, proforma, packing_list,
        /// purchase_order (only when named).
        #[arg(long = "kind", value_enum)]
        kinds: Vec<KindArg>,
        /// A segment id to build for (repeatable); default: every segment.
        #[arg(long = "segment")]
        segments: Vec<String>,
        /// Document settings (JSON); default: the project's language and date, derived numbers.
        #[arg(long)]
        settings: Option<String>,
        /// Also write the documents that are tables (specification, packing list) in this
        /// form (repeatable): xlsx, csv.
        #[arg(long = "format", value_enum)]
        tables: Vec<TableArg>,
    },
    /// Reconcile a source's proforma (`proforma/1`) against its segment (Back Office).
    Reconcile {
        /// Project file, or `-` for stdin.
        project: String,
        /// The proforma the source sent back.
        #[arg(long)]
        proforma: String,
        /// Tolerances, rates, rounding and the report's document settings (JSON); default: no
        /// tolerance.
        #[arg(long)]
        settings: Option<String>,
        /// Where to write the report as a PDF (for the factory) and as JSON.
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
    /// Build a client invoice (Front Office): prints its model; with `--out`, writes its PDF and
    /// model there too.
    Invoice {
        /// Project file, or `-` for stdin.
        project: String,
        /// The invoice request (segments, seller, costs, proformas, settings).
        #[arg(long)]
        request: String,
        /// A saved deal (`deal/1`): its project is invoiced, its accepted proformas for the
        /// request's segments price the goods, and its invited suppliers' records are known.
        #[arg(long)]
        deal: Option<String>,
        /// Where to write the invoice's files and its model.
        #[arg(long)]
        out: Option<PathBuf>,
        /// The files written into `--out` (repeatable; default pdf): pdf, xlsx, csv, ubl
        /// (`NUMBER.ubl.xml`), cii (`NUMBER.cii.xml`), facturx (`NUMBER.facturx.pdf`).
        #[arg(long = "format", value_enum)]
        formats: Vec<FileArg>,
    },
    /// Recommend suppliers for a project from a partner directory: who covers which
    /// manufacturer, the smallest cover, and partnership proposals for the rest.
    Recommend {
        /// Project file, or `-` for stdin.
        project: String,
        /// The partner directory (`partner-directory/1`).
        #[arg(long)]
        directory: String,
        /// Updates applied to the directory after loading it (repeatable, in order).
        #[arg(long = "update")]
        updates: Vec<String>,
        /// Where to write the directory with the updates applied (`partner-directory/1`), to
        /// load next time.
        #[arg(long = "save-directory")]
        save_directory: Option<PathBuf>,
        /// Exchange rates: a JSON list of `{ "from", "to", "rate" }` (or `{ "fx": [...] }`).
        #[arg(long)]
        fx: Option<String>,
        /// Recommend options (JSON): `segment`, `managed`, `projects`, `language`, `limit`, `proposals`.
        #[arg(long)]
        options: Option<String>,
        /// One segment or unsourced group only.
        #[arg(long)]
        segment: Option<String>,
        /// Where to write the recommendation and a proposal letter (PDF) per uncovered manufacturer.
        #[arg(long)]
        out: Option<PathBuf>,
        /// The letters' document settings (JSON: `date`, `number`, `language`, `branding`, …).
        #[arg(long)]
        settings: Option<String>,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
    /// Deals: open one on a project, apply an action to it, show what a party may see.
    Deal {
        #[command(subcommand)]
        command: DealCommand,
    },
    /// Run the whole flow on the built-in villa project and say what it did.
    Demo {
        /// Where to write the results.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Print the catalogue of error and warning codes.
    Codes {
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
}

/// `bureau deal …`.
#[derive(Subcommand)]
enum DealCommand {
    /// Open a deal on a project: prints the deal (`deal/1`) to save.
    New {
        /// Project file, or `-` for stdin.
        project: String,
        /// A partner directory: segments that need a supplier list the recommended ones.
        #[arg(long)]
        directory: Option<String>,
    },
    /// Apply an action to a saved deal: prints the new deal, its event log included; a refusal
    /// exits 1 with the errors (and `recommended` suppliers when a directory is given).
    Apply {
        /// The saved deal.
        deal: String,
        /// The action (JSON), or `-` for stdin.
        action: String,
        /// A partner directory: refusals carry recommended suppliers, invitations find companies.
        #[arg(long)]
        directory: Option<String>,
    },
    /// What a party may see of a deal: `--as COMPANY` or `--as client`; without it, the whole deal.
    Show {
        /// The saved deal.
        deal: String,
        /// A company id of the deal, or `client`.
        #[arg(long = "as")]
        audience: Option<String>,
    },
    /// A document of a deal for one party: the request (JSON: `audience`, an issued document's
    /// `number` or the `report` with its `as_of`, `format`) → the JSON, PDF, PNG, XLSX or CSV on
    /// stdout (or into `--out`); what the audience may not see exits 1.
    Document {
        /// The saved deal.
        deal: String,
        /// The request (JSON), or `-` for stdin.
        request: String,
        /// Write the document to this file (whole or not at all) and print what was written.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// A document kind on the command line.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
enum KindArg {
    Specification,
    ProformaRequest,
    Proforma,
    PackingList,
    PurchaseOrder,
}

impl From<KindArg> for Kind {
    fn from(k: KindArg) -> Kind {
        match k {
            KindArg::Specification => Kind::Specification,
            KindArg::ProformaRequest => Kind::ProformaRequest,
            KindArg::Proforma => Kind::Proforma,
            KindArg::PackingList => Kind::PackingList,
            KindArg::PurchaseOrder => Kind::PurchaseOrder,
        }
    }
}

/// A table's file form on the command line.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TableArg {
    Xlsx,
    Csv,
}

impl From<TableArg> for Output {
    fn from(t: TableArg) -> Output {
        match t {
            TableArg::Xlsx => Output::Xlsx,
            TableArg::Csv => Output::Csv,
        }
    }
}

/// A client invoice's file form on the command line.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FileArg {
    Pdf,
    Xlsx,
    Csv,
    /// UBL 2.1, Peppol BIS Billing 3.0.
    Ubl,
    /// UN/CEFACT CII, Factur-X EN 16931 profile.
    Cii,
    /// The PDF/A-3 with the CII attached.
    Facturx,
}

impl FileArg {
    /// The request's `format`.
    fn name(self) -> &'static str {
        match self {
            FileArg::Pdf => "pdf",
            FileArg::Xlsx => "xlsx",
            FileArg::Csv => "csv",
            FileArg::Ubl => "ubl",
            FileArg::Cii => "cii",
            FileArg::Facturx => "facturx",
        }
    }

    /// The file's name for an invoice numbered `number`.
    fn file(self, number: &str) -> String {
        match self {
            FileArg::Ubl => format!("{number}.ubl.xml"),
            FileArg::Cii => format!("{number}.cii.xml"),
            FileArg::Facturx => format!("{number}.facturx.pdf"),
            other => format!("{number}.{}", other.name()),
        }
    }
}

/// How a command ended.
enum Outcome {
    /// Print this and exit 0.
    Done(Vec<u8>),
    /// The input was rejected: print the error body and exit 1.
    Rejected(Vec<u8>),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A panic is a bug in Bureau; the contract still holds: a JSON error body, exit 2, and no
    // Rust backtrace on stderr for a script to choke on.
    std::panic::set_hook(Box::new(|_| {}));
    match std::panic::catch_unwind(move || run(cli)) {
        Ok(code) => code,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let e = bureau::Error::Internal(format!(
                "the engine failed unexpectedly ({what}); please report it with its input"
            ));
            let _ = std::io::stdout().lock().write_all(&[e.to_json(), b"\n".to_vec()].concat());
            ExitCode::from(2)
        }
    }
}

/// Debug builds only: lets the tests see what a panic becomes.
#[cfg(debug_assertions)]
#[allow(clippy::panic, reason = "the panic is what the test asks for")]
fn panic_if_asked() {
    if std::env::var_os("BUREAU_CLI_TEST_PANIC").is_some() {
        panic!("a panic asked for by BUREAU_CLI_TEST_PANIC");
    }
}

/// Runs one command: its JSON on stdout, exit 0, 1 (input rejected) or 2 (usage).
fn run(cli: Cli) -> ExitCode {
    #[cfg(debug_assertions)]
    panic_if_asked();
    let result = match cli.command {
        Command::Validate { input, format } => {
            input::read(&input).map(|bytes| finish(bureau::api::validate(&bytes), format, table::validation))
        }
        Command::Segment { project, previous, format } => input::read(&project).and_then(|p| {
            let prev = previous.as_deref().map(input::read).transpose()?;
            Ok(finish(bureau::api::segment(&p, prev.as_deref()), format, table::segmentation))
        }),
        Command::Words { request, format } => {
            input::read(&request).map(|bytes| finish(bureau::api::words(&bytes), format, table::words))
        }
        Command::Documents { project, out, kinds, segments, settings, tables } => input::read(&project).and_then(|p| {
            let settings = settings.as_deref().map(input::read).transpose()?;
            let kinds: Vec<Kind> = kinds.into_iter().map(Kind::from).collect();
            let tables: Vec<Output> = tables.into_iter().map(Output::from).collect();
            match bureau::api::documents(&p, settings.as_deref(), &kinds, &segments, &tables) {
                Ok(batch) => Ok(Outcome::Done(write_batch(&batch, &out)?)),
                Err(e) => Ok(Outcome::Rejected(e.to_json())),
            }
        }),
        Command::Reconcile { project, proforma, settings, out, format } => input::read(&project).and_then(|p| {
            let proforma = input::read(&proforma)?;
            let settings = settings.as_deref().map(input::read).transpose()?;
            reconcile(&p, &proforma, settings.as_deref(), out.as_deref(), format)
        }),
        Command::Invoice { project, request, deal, out, formats } => input::read(&project).and_then(|p| {
            let request = input::read(&request)?;
            let deal = deal.as_deref().map(input::read).transpose()?;
            invoice(&p, &request, deal.as_deref(), out.as_deref(), &formats)
        }),
        Command::Deal { command } => deal(command),
        Command::Recommend {
            project,
            directory,
            updates,
            save_directory,
            fx,
            options,
            segment,
            out,
            settings,
            format,
        } => input::read(&project).and_then(|p| {
            let args = RecommendArgs {
                directory: input::read(&directory)?,
                updates: updates.iter().map(|u| input::read(u)).collect::<Result<_, _>>()?,
                save_directory,
                fx: fx.as_deref().map(input::read).transpose()?,
                options: options.as_deref().map(input::read).transpose()?,
                segment,
                settings: settings.as_deref().map(input::read).transpose()?,
            };
            recommend(&p, &args, out.as_deref(), format)
        }),
        Command::Demo { out } => demo(out),
        Command::Codes { format } => Ok(finish(bureau::api::codes(), format, table::codes)),
    };
    let mut stdout = std::io::stdout().lock();
    match result {
        Ok(Outcome::Done(bytes)) => {
            let _ = stdout.write_all(&bytes).and_then(|()| stdout.write_all(b"\n"));
            ExitCode::SUCCESS
        }
        Ok(Outcome::Rejected(bytes)) => {
            let _ = stdout.write_all(&bytes).and_then(|()| stdout.write_all(b"\n"));
            ExitCode::from(1)
        }
        Err(usage) => {
            eprintln!("bureau: {usage}");
            ExitCode::from(2)
        }
    }
}

fn finish(result: Result<Vec<u8>, bureau::Error>, format: Format, render: fn(&serde_json::Value) -> String) -> Outcome {
    match result {
        Ok(json) if format == Format::Json => Outcome::Done(json),
        Ok(json) => match serde_json::from_slice(&json) {
            Ok(v) => Outcome::Done(render(&v).into_bytes()),
            Err(_) => Outcome::Done(json),
        },
        Err(e) if format == Format::Json => Outcome::Rejected(e.to_json()),
        Err(e) => Outcome::Rejected(table::errors(&e.problems()).into_bytes()),
    }
}

/// Writes a batch's files into `dir` (each whole or not at all) and returns the result JSON:
/// `{ "files": [ { "path", "kind", "segment"?, "format", "number", "bytes" } ], "warnings", "series" }`.
fn write_batch(batch: &Batch, dir: &std::path::Path) -> Result<Vec<u8>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut listed = batch.clone();
    for f in &mut listed.files {
        let path = dir.join(&f.path);
        input::write_atomically(&path, &f.data)?;
        f.path = path.display().to_string();
    }
    serde_json::to_vec(&listed).map_err(|e| e.to_string())
}

/// The report on stdout (always JSON or a table, whatever the settings' `format`); with `out`,
/// the report's PDF and JSON written there (both or neither).
fn reconcile(
    project: &[u8],
    proforma: &[u8],
    settings: Option<&[u8]>,
    out: Option<&std::path::Path>,
    format: Format,
) -> Result<Outcome, String> {
    let as_format = |f: &str| -> Result<Vec<u8>, String> {
        let mut s: serde_json::Value = match settings {
            Some(b) => serde_json::from_slice(b).map_err(|e| format!("the settings are not JSON: {e}"))?,
            None => serde_json::json!({}),
        };
        if let Some(fields) = s.as_object_mut() {
            fields.insert("format".into(), serde_json::json!(f));
        }
        serde_json::to_vec(&s).map_err(|e| e.to_string())
    };
    let json = bureau::api::reconcile(project, proforma, Some(&as_format("json")?));
    let (Ok(report), Some(dir)) = (&json, out) else {
        return Ok(finish(json, format, table::reconciliation));
    };
    let pdf = match bureau::api::reconcile(project, proforma, Some(&as_format("pdf")?)) {
        Ok(pdf) => pdf,
        Err(e) => return Ok(Outcome::Rejected(e.to_json())),
    };
    // Named as the report is numbered: the settings' `number`, else RC- and the proforma's.
    let value: serde_json::Value = serde_json::from_slice(report).map_err(|e| e.to_string())?;
    let given: Option<String> = settings
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(b).ok())
        .and_then(|s| s.get("number").and_then(|n| n.as_str()).map(str::to_string));
    let name = given
        .unwrap_or_else(|| format!("RC-{}", value.get("number").and_then(|n| n.as_str()).unwrap_or("proforma")))
        .replace(['/', '\\'], "-");
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    input::write_atomically(&dir.join(format!("{name}.pdf")), &pdf)?;
    input::write_atomically(&dir.join(format!("{name}.json")), report)?;
    Ok(finish(json, format, table::reconciliation))
}

/// The invoice's model JSON; with `out`, its files in `formats` (default PDF) and its model
/// written there (all or none: every file is made before any is written).
fn invoice(
    project: &[u8],
    request: &[u8],
    deal: Option<&[u8]>,
    out: Option<&std::path::Path>,
    formats: &[FileArg],
) -> Result<Outcome, String> {
    let call = |r: &[u8]| match deal {
        Some(d) => bureau::api::invoice_in_deal(project, r, d),
        None => bureau::api::invoice(project, r),
    };
    // The request as asked in `format` (the model is always printed as JSON, whatever the
    // file's own `format` says); a request that is not a JSON object is the engine's to refuse.
    let as_format = |format: &str| -> Result<Vec<u8>, String> {
        let Ok(serde_json::Value::Object(mut fields)) = serde_json::from_slice(request) else {
            return Ok(request.to_vec());
        };
        if fields.get("format").map_or(format == "json", |f| f == format) {
            return Ok(request.to_vec()); // as written: the engine sees every duplicate key
        }
        fields.insert("format".into(), serde_json::json!(format));
        serde_json::to_vec(&fields).map_err(|e| e.to_string())
    };
    let json = match call(&as_format("json")?) {
        Ok(json) => json,
        Err(e) => return Ok(Outcome::Rejected(e.to_json())),
    };
    let Some(dir) = out else { return Ok(Outcome::Done(json)) };
    let formats = if formats.is_empty() { &[FileArg::Pdf][..] } else { formats };
    let mut files = Vec::new();
    for f in formats {
        match call(&as_format(f.name())?) {
            Ok(bytes) => files.push((*f, bytes)),
            Err(e) => return Ok(Outcome::Rejected(e.to_json())),
        }
    }
    let model: serde_json::Value = serde_json::from_slice(&json).map_err(|e| e.to_string())?;
    let number =
        model.pointer("/invoice/number").and_then(|n| n.as_str()).unwrap_or("invoice").replace(['/', '\\'], "-");
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for (f, bytes) in &files {
        input::write_atomically(&dir.join(f.file(&number)), bytes)?;
    }
    input::write_atomically(&dir.join(format!("{number}.json")), &json)?;
    Ok(Outcome::Done(json))
}

/// What `recommend` reads besides the project.
struct RecommendArgs {
    directory: Vec<u8>,
    updates: Vec<Vec<u8>>,
    save_directory: Option<PathBuf>,
    fx: Option<Vec<u8>>,
    options: Option<Vec<u8>>,
    segment: Option<String>,
    settings: Option<Vec<u8>>,
}

/// A JSON object from a file's bytes (a usage error names `what`).
fn object(bytes: Option<&[u8]>, what: &str) -> Result<serde_json::Map<String, serde_json::Value>, String> {
    match bytes.map(serde_json::from_slice::<serde_json::Value>) {
        None => Ok(serde_json::Map::new()),
        Some(Ok(serde_json::Value::Object(m))) => Ok(m),
        Some(Ok(_)) => Err(format!("the {what} must be a JSON object")),
        Some(Err(e)) => Err(format!("the {what} are not JSON: {e}")),
    }
}

/// The recommendation on stdout; with `out`, it and one proposal letter per uncovered
/// manufacturer (its first proposal) written there.
fn recommend(
    project: &[u8],
    a: &RecommendArgs,
    out: Option<&std::path::Path>,
    format: Format,
) -> Result<Outcome, String> {
    let (mut index, _) = match bureau::api::load_directory(&a.directory) {
        Ok(loaded) => loaded,
        Err(e) => return Ok(Outcome::Rejected(e.in_input(bureau::problem::Input::Directory).to_json())),
    };
    for u in &a.updates {
        if let Err(e) = bureau::api::update_directory(&mut index, u) {
            return Ok(Outcome::Rejected(e.in_input(bureau::problem::Input::Update).to_json()));
        }
    }
    if let Some(path) = &a.save_directory {
        let saved = bureau::api::save_directory(&index).map_err(|e| e.to_string())?;
        input::write_atomically(path, &saved)?;
    }
    let mut options = object(a.options.as_deref(), "options")?;
    if let Some(fx) = &a.fx {
        let rates = match serde_json::from_slice::<serde_json::Value>(fx)
            .map_err(|e| format!("the rates are not JSON: {e}"))?
        {
            serde_json::Value::Object(mut m) => m.remove("fx").unwrap_or_default(),
            list => list,
        };
        options.insert("fx".into(), rates);
    }
    if let Some(s) = &a.segment {
        options.insert("segment".into(), serde_json::json!(s));
    }
    let options = serde_json::to_vec(&options).map_err(|e| e.to_string())?;
    let json = bureau::api::recommend(project, &index, Some(&options));
    let (Ok(result), Some(dir)) = (&json, out) else {
        return Ok(finish(json, format, table::recommendation));
    };
    let value: serde_json::Value = serde_json::from_slice(result).map_err(|e| e.to_string())?;
    let mut files: Vec<(String, Vec<u8>)> = vec![("recommendation.json".into(), result.clone())];
    let base = object(a.settings.as_deref(), "letter settings")?;
    let mut seen = Vec::new();
    let field = |p: &serde_json::Value, k: &str| p.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_string();
    for p in value.get("proposals").and_then(|v| v.as_array()).into_iter().flatten() {
        let (m, supplier) = (field(p, "manufacturer"), field(p, "supplier"));
        if seen.contains(&m) {
            continue;
        }
        seen.push(m.clone());
        let mut request = base.clone();
        request.insert("manufacturer".into(), serde_json::json!(m));
        request.insert("supplier".into(), serde_json::json!(supplier));
        request.insert("format".into(), serde_json::json!("pdf"));
        if let Some(projects) =
            serde_json::from_slice::<serde_json::Value>(&options).ok().and_then(|o| o.get("projects").cloned())
        {
            request.insert("projects".into(), projects);
        }
        let request = serde_json::to_vec(&request).map_err(|e| e.to_string())?;
        match bureau::api::letter(project, &index, &request) {
            Ok(pdf) => {
                let name = format!("PP-{m}-{supplier}.pdf").replace(['/', '\\'], "-");
                files.push((name, pdf));
            }
            Err(e) => return Ok(Outcome::Rejected(e.to_json())),
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for (name, bytes) in &files {
        input::write_atomically(&dir.join(name), bytes)?;
    }
    Ok(finish(json, format, table::recommendation))
}

/// The demo's offices: Fabbrica Verdi's proforma reconciled (Casa Italia manages the segment),
/// then Casa Italia's invoice to the client priced from it; both written into `dir`.
fn demo_offices(villa: &[u8], dir: &std::path::Path) -> Result<String, String> {
    let proforma = bureau::examples::VILLA_PROFORMA.as_bytes();
    let docs: serde_json::Value = serde_json::from_str(bureau::examples::VILLA_DOCUMENTS).map_err(|e| e.to_string())?;
    let settings = serde_json::json!({
        "buyer": "s-casa-italia", "companies": docs.get("companies"), "branding": docs.get("branding"),
        "number": "RC-2026-0004", "date": "2026-11-25",
    });
    let settings = serde_json::to_vec(&settings).map_err(|e| e.to_string())?;
    let Outcome::Done(report) = reconcile(villa, proforma, Some(&settings), Some(dir), Format::Table)? else {
        return Err("the built-in proforma was rejected".into());
    };
    let mut text = format!("\n{}wrote {}\n", String::from_utf8_lossy(&report), dir.join("RC-2026-0004.pdf").display());
    let request = bureau::examples::VILLA_INVOICE.as_bytes();
    let files = [FileArg::Pdf, FileArg::Xlsx, FileArg::Ubl, FileArg::Facturx];
    let Outcome::Done(json) = invoice(villa, request, None, Some(dir), &files)? else {
        return Err("the built-in invoice request was rejected".into());
    };
    let v: serde_json::Value = serde_json::from_slice(&json).map_err(|e| e.to_string())?;
    let total = v.pointer("/invoice/totals/total").and_then(|t| t.as_str()).unwrap_or("");
    let number = v.pointer("/invoice/number").and_then(|t| t.as_str()).unwrap_or("");
    text.push_str(&format!(
        "\nClient invoice {number}: {total} {} (deposit {}); wrote {}, the spreadsheet {}, the EN 16931 data {} (Peppol BIS 3) and {} (Factur-X)\n",
        v.pointer("/invoice/currency").and_then(|t| t.as_str()).unwrap_or(""),
        v.pointer("/invoice/deposit").and_then(|t| t.as_str()).unwrap_or(""),
        dir.join(format!("{number}.pdf")).display(),
        dir.join(format!("{number}.xlsx")).display(),
        dir.join(FileArg::Ubl.file(number)).display(),
        dir.join(FileArg::Facturx.file(number)).display()
    ));
    Ok(text)
}

/// The demo's partners: who to invite for the villa's factories, and a letter proposing a
/// partnership for the fabric no supplier covers; written into `dir`.
fn demo_partners(villa: &[u8], dir: &std::path::Path) -> Result<String, String> {
    let args = RecommendArgs {
        directory: bureau::examples::DIRECTORY.as_bytes().to_vec(),
        updates: Vec::new(),
        save_directory: None,
        fx: None,
        options: None,
        segment: None,
        settings: Some(br#"{"date":"2026-11-27","number":"PP-2026-0001"}"#.to_vec()),
    };
    let Outcome::Done(table) = recommend(villa, &args, Some(dir), Format::Table)? else {
        return Err("the built-in directory was rejected".into());
    };
    Ok(format!(
        "\n{}wrote {} and {}\n",
        String::from_utf8_lossy(&table),
        dir.join("recommendation.json").display(),
        dir.join("PP-f-tessitura-s-casa-italia.pdf").display()
    ))
}

/// The villa's story as a deal: the designer opens it, is refused a proforma from Fabbrica
/// Verdi (with the suppliers to invite), invites Casa Italia, which accepts, requests the
/// proformas, records and accepts the factory's, and invoices the client. Writes `deal.json`.
fn demo_deal(villa: &[u8], dir: &std::path::Path) -> Result<String, String> {
    let index = bureau::api::load_directory(bureau::examples::DIRECTORY.as_bytes()).map_err(|e| e.to_string())?.0;
    let (mut deal, _) = bureau::api::deal_new(villa, Some(&index)).map_err(|e| e.to_string())?;
    let mut text = String::from("\nThe deal:\n");
    for action in bureau::examples::villa_story().map_err(|e| e.to_string())? {
        let bytes = serde_json::to_vec(&action).map_err(|e| e.to_string())?;
        if let Err(e) = bureau::api::deal_apply(&mut deal, &bytes, Some(&index)) {
            let p = e.problems();
            let first = p.first().map(|p| format!("{}: {}", p.code.as_str(), p.message)).unwrap_or_default();
            text.push_str(&format!("  refused  {first}\n"));
        }
    }
    for e in &deal.events {
        text.push_str(&format!("  v{:<2} {}\n", e.version, e.summary));
    }
    let path = dir.join("deal.json");
    input::write_atomically(&path, &deal.to_json().map_err(|e| e.to_string())?)?;
    text.push_str(&format!("wrote {}\n", path.display()));
    Ok(text)
}

fn demo(out: Option<PathBuf>) -> Result<Outcome, String> {
    let villa = bureau::examples::VILLA.as_bytes();
    let json = bureau::api::segment(villa, None).map_err(|e| format!("the built-in example was rejected: {e}"))?;
    let value: serde_json::Value = serde_json::from_slice(&json).map_err(|e| e.to_string())?;
    let mut text = table::segmentation(&value);
    if let Some(dir) = out {
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let path = dir.join("segments.json");
        input::write_atomically(&path, &json)?;
        text.push_str(&format!("\nwrote {} ({} bytes)", path.display(), json.len()));
        let settings = bureau::examples::VILLA_DOCUMENTS.as_bytes();
        let batch = bureau::api::documents(villa, Some(settings), &[], &[], &[])
            .map_err(|e| format!("the built-in example's documents failed: {e}"))?;
        let listed = write_batch(&batch, &dir)?;
        let listed: serde_json::Value = serde_json::from_slice(&listed).map_err(|e| e.to_string())?;
        text.push_str(&format!("\n\n{}", table::documents(&listed)));
        text.push_str(&demo_offices(villa, &dir)?);
        text.push_str(&demo_partners(villa, &dir)?);
        text.push_str(&demo_deal(villa, &dir)?);
    }
    Ok(Outcome::Done(text.into_bytes()))
}

/// `bureau deal new|apply|show`.
fn deal(command: DealCommand) -> Result<Outcome, String> {
    let directory = |path: Option<&str>| -> Result<Option<bureau::partners::PartnerIndex>, Result<Outcome, String>> {
        let Some(path) = path else { return Ok(None) };
        let bytes = input::read(path).map_err(Err)?;
        bureau::api::load_directory(&bytes)
            .map(|(index, _)| Some(index))
            .map_err(|e| Ok(Outcome::Rejected(e.in_input(bureau::problem::Input::Directory).to_json())))
    };
    match command {
        DealCommand::New { project, directory: dir } => {
            let p = input::read(&project)?;
            let index = match directory(dir.as_deref()) {
                Ok(i) => i,
                Err(outcome) => return outcome,
            };
            Ok(match bureau::api::deal_new(&p, index.as_ref()) {
                Ok((_, json)) => Outcome::Done(json),
                Err(e) => Outcome::Rejected(e.to_json()),
            })
        }
        DealCommand::Apply { deal, action, directory: dir } => {
            let (d, a) = (input::read(&deal)?, input::read(&action)?);
            let index = match directory(dir.as_deref()) {
                Ok(i) => i,
                Err(outcome) => return outcome,
            };
            let applied = bureau::api::deal_load(&d).and_then(|mut deal| {
                bureau::api::deal_apply(&mut deal, &a, index.as_ref())?;
                deal.to_json()
            });
            Ok(match applied {
                Ok(json) => Outcome::Done(json),
                Err(e) => Outcome::Rejected(e.to_json()),
            })
        }
        DealCommand::Document { deal, request, out } => {
            let (d, r) = (input::read(&deal)?, input::read(&request)?);
            let printed = bureau::api::deal_load(&d).and_then(|deal| bureau::api::deal_document(&deal, &r));
            match (printed, out) {
                (Ok(bytes), None) => Ok(Outcome::Done(bytes)),
                (Ok(bytes), Some(path)) => {
                    input::write_atomically(&path, &bytes)?;
                    let said = serde_json::json!({ "written": path.display().to_string(), "bytes": bytes.len() });
                    Ok(Outcome::Done(serde_json::to_vec(&said).map_err(|e| e.to_string())?))
                }
                (Err(e), _) => Ok(Outcome::Rejected(e.to_json())),
            }
        }
        DealCommand::Show { deal, audience } => {
            let d = input::read(&deal)?;
            let shown = bureau::api::deal_load(&d).and_then(|deal| match audience.as_deref() {
                Some(a) => bureau::api::deal_view(&deal, a),
                None => deal.to_json(),
            });
            Ok(match shown {
                Ok(json) => Outcome::Done(json),
                Err(e) => Outcome::Rejected(e.to_json()),
            })
        }
    }
}
