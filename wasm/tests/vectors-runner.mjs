// The shared conformance vectors (tests/vectors), run through a JS engine: Node's, the browser
// entry's, or the core module alone. The same file runs in Node and in Chromium: files come
// through `files`, and every result is awaited (in the browser, calls that give files are
// Promises). JSON.stringify of each result (or the error's raw body) must be byte-for-byte the
// expected file; files must be byte-identical.
//
// `files`: { cases(), list(name), text(name, file), bytes(name, file) } (null when absent), each
// a Promise.
// With `coreOnly`, a call answered `render.unavailable` counts as skipped, not as a failure.

function isBureauError(e) {
  return e instanceof Error && e.name === "BureauError" && typeof e.code === "string";
}

function equalBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

class Skip extends Error {}

export async function runVectors(bureau, files, { coreOnly = false } = {}) {
  const failures = [];
  const skipped = [];
  const names = await files.cases();
  const enc = new TextEncoder();
  const dec = new TextDecoder();

  for (const name of names) {
    const has = async (f) => (await files.bytes(name, f)) !== null;
    const want = (f) => files.text(name, f);
    const fail = (what) => failures.push(`${name}: ${what}`);
    // The result as text: JSON of a value, the raw body of a BureauError.
    const outcome = async (fn) => {
      try {
        return JSON.stringify(await fn());
      } catch (e) {
        if (!isBureauError(e)) throw new Error(`not a BureauError: ${e && e.stack}`);
        if (coreOnly && e.code === "render.unavailable") throw new Skip();
        return e.raw;
      }
    };
    const outcomeBytes = async (fn) => {
      try {
        return new Uint8Array(await fn());
      } catch (e) {
        if (!isBureauError(e)) throw new Error(`not a BureauError: ${e && e.stack}`);
        if (coreOnly && e.code === "render.unavailable") throw new Skip();
        return enc.encode(e.raw);
      }
    };
    const same = async (got, file, what = file) => {
      const expected = await want(file);
      if (got !== expected) fail(`${what} differs:\n  got  ${String(got).slice(0, 300)}\n  want ${String(expected).slice(0, 300)}`);
    };
    const sameFile = async (got, candidates) => {
      for (const f of candidates) {
        const expected = await files.bytes(name, f);
        if (expected === null) continue;
        if (!equalBytes(got, expected)) fail(`${f} differs (${got.length} bytes, want ${expected.length})`);
        return;
      }
      fail(`none of ${candidates.join(", ")}`);
    };
    const input = await files.bytes(name, "input.json");
    const inputText = dec.decode(input);

    try {
      if ((await has("new.json")) || (await has("saved.json"))) {
        const skip = (what) => { if (!skipped.includes(what)) skipped.push(what); };
        await deal(bureau, name, files, inputText, { has, want, same, sameFile, outcome, outcomeBytes, fail, skip });
        continue;
      }
      if (await has("validate.json")) await same(await outcome(() => bureau.validate(new Uint8Array(input))), "validate.json");
      if (await has("segment.json")) {
        const prev = (await has("previous.json")) ? await want("previous.json") : undefined;
        await same(await outcome(() => bureau.segment(inputText, prev)), "segment.json");
      }
      if (await has("words.json")) await same(await outcome(() => bureau.words(inputText)), "words.json");
      if (await has("directory.json")) {
        await partners(bureau, name, files, inputText, { has, want, same, sameFile, outcome, outcomeBytes });
        continue;
      }
      if (await has("invoice-request.json")) {
        const request = await want("invoice-request.json");
        await sameFile(await outcomeBytes(() => bureau.invoice(inputText, request)), ["invoice.pdf", "invoice.png", "invoice.xlsx", "invoice.csv", "invoice.xml", "invoice.json"]);
        continue;
      }
      if (await has("proforma.json")) {
        const settings = (await has("settings.json")) ? await want("settings.json") : undefined;
        const proforma = await want("proforma.json");
        await sameFile(await outcomeBytes(() => bureau.reconcile(inputText, proforma, settings)), ["reconcile.pdf", "reconcile.png", "reconcile.xlsx", "reconcile.csv", "reconcile.json"]);
        continue;
      }
      if (await has("request.json")) {
        const request = await want("request.json");
        await sameFile(await outcomeBytes(() => bureau.document(inputText, request)), ["document.pdf", "document.png", "document.xlsx", "document.csv", "document.xml", "document.json"]);
      }
    } catch (e) {
      if (e instanceof Skip) skipped.push(name);
      else fail(String(e && e.stack));
    }
  }
  return { cases: names.length, failures, skipped };
}

// Load, update, then recommend or make a letter; a failed step ends the vector.
async function partners(bureau, name, files, project, { has, want, same, sameFile, outcome, outcomeBytes }) {
  let directory;
  try {
    directory = new bureau.Directory(await want("directory.json"));
  } catch (e) {
    if (!isBureauError(e)) throw e;
    await same(e.raw, "load.json");
    return;
  }
  try {
    await same(JSON.stringify(directory.summary()), "load.json");
    if (await has("directory-update.json")) {
      const update = await want("directory-update.json");
      const got = await outcome(() => directory.update(update));
      await same(got, "update.json");
      if (got.startsWith('{"errors"')) return;
    }
    if (await has("directory-saved.json")) {
      await same(new TextDecoder().decode(await directory.save()), "directory-saved.json");
    }
    if (await has("letter-request.json")) {
      const request = await want("letter-request.json");
      await sameFile(await outcomeBytes(() => directory.letter(project, request)), ["letter.pdf", "letter.png", "letter.json"]);
      return;
    }
    const options = (await has("options.json")) ? await want("options.json") : undefined;
    await same(await outcome(() => directory.recommend(project, options)), "recommend.json");
  } finally {
    directory.free();
  }
}

// Open the deal, apply each action, then the deal, its views, the documents printed from it
// (`print-NN.json` → `printed-NN.*`; with the core alone a PDF is skipped, the rest answered),
// and the deal loaded back.
async function deal(bureau, name, files, project, { has, want, same, sameFile, outcome, outcomeBytes, fail, skip }) {
  const text = (u8) => new TextDecoder().decode(u8);
  if (await has("saved.json")) {
    let got;
    try {
      const loaded = bureau.Deal.load(await files.bytes(name, "saved.json"));
      got = text(loaded.json());
      loaded.free();
    } catch (e) {
      if (!isBureauError(e)) throw e;
      got = e.raw;
    }
    await same(got, "load.json");
    return;
  }
  const directory = (await has("deal-directory.json")) ? new bureau.Directory(await files.bytes(name, "deal-directory.json")) : undefined;
  const d = new bureau.Deal(project, directory);
  try {
    await same(text(d.opened()), "new.json");
    for (let n = 1; await has(`action-${String(n).padStart(2, "0")}.json`); n++) {
      const id = String(n).padStart(2, "0");
      const action = await files.bytes(name, `action-${id}.json`);
      await same(await outcome(() => d.apply(action, directory)), `applied-${id}.json`, `action ${id}`);
    }
    const saved = text(d.json());
    await same(saved, "deal.json");
    for (const file of (await files.list(name)).filter((f) => f.startsWith("view-")).sort()) {
      const audience = file.slice("view-".length, -".json".length);
      await same(await outcome(() => d.view(audience)), file);
    }
    for (let n = 1; await has(`print-${String(n).padStart(2, "0")}.json`); n++) {
      const id = String(n).padStart(2, "0");
      const request = await files.bytes(name, `print-${id}.json`);
      const printed = ["pdf", "png", "xlsx", "csv", "json"].map((ext) => `printed-${id}.${ext}`);
      try {
        await sameFile(await outcomeBytes(() => d.document(request)), printed);
      } catch (e) {
        if (!(e instanceof Skip)) throw e;
        skip(`${name} (its pdf prints)`);
      }
    }
    const again = bureau.Deal.load(saved);
    if (text(again.json()) !== saved) fail("the saved deal does not load back to the same bytes");
    again.free();
  } finally {
    d.free();
    if (directory) directory.free();
  }
}
