// The shared conformance vectors through WASM: JSON.stringify of each result (or the error's
// raw body) must be byte-for-byte the expected file.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const bureau = require("../js/index.js");
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "tests", "vectors");

function outcome(fn) {
  try {
    return JSON.stringify(fn());
  } catch (e) {
    assert.ok(bureau.isBureauError(e), `not a BureauError: ${e}`);
    return e.raw;
  }
}

// Load, update, then recommend or make a letter; a failed step ends the vector.
function partners(name, dir, project, want, has) {
  let directory;
  try {
    directory = new bureau.Directory(readFileSync(path.join(dir, "directory.json"), "utf8"));
  } catch (e) {
    assert.ok(bureau.isBureauError(e), `not a BureauError: ${e}`);
    assert.equal(e.raw, want("load.json"));
    return;
  }
  try {
    assert.equal(JSON.stringify(directory.summary()), want("load.json"));
    if (has("directory-update.json")) {
      const got = outcome(() => directory.update(readFileSync(path.join(dir, "directory-update.json"), "utf8")));
      assert.equal(got, want("update.json"));
      if (got.startsWith('{"errors"')) return;
    }
    if (has("letter-request.json")) {
      const request = readFileSync(path.join(dir, "letter-request.json"), "utf8");
      const file = ["letter.pdf", "letter.png", "letter.json"].find(has);
      let got;
      try {
        got = Buffer.from(directory.letter(project, request));
      } catch (e) {
        assert.ok(bureau.isBureauError(e), `not a BureauError: ${e}`);
        got = Buffer.from(e.raw, "utf8");
      }
      assert.ok(got.equals(readFileSync(path.join(dir, file))), `${name}: ${file} differs (${got.length} bytes)`);
      return;
    }
    const options = has("options.json") ? readFileSync(path.join(dir, "options.json"), "utf8") : undefined;
    assert.equal(outcome(() => directory.recommend(project, options)), want("recommend.json"));
  } finally {
    directory.free();
  }
}

// Open the deal, apply each action, then the deal, its views, and the deal loaded back.
function deal(name, dir, project, want, has) {
  const bytes = (u8) => Buffer.from(u8).toString("utf8");
  if (has("saved.json")) {
    let got;
    try {
      const loaded = bureau.Deal.load(readFileSync(path.join(dir, "saved.json")));
      got = bytes(loaded.json());
      loaded.free();
    } catch (e) {
      assert.ok(bureau.isBureauError(e), `not a BureauError: ${e}`);
      got = e.raw;
    }
    assert.equal(got, want("load.json"));
    return;
  }
  const directory = has("deal-directory.json") ? new bureau.Directory(readFileSync(path.join(dir, "deal-directory.json"))) : undefined;
  const d = new bureau.Deal(project, directory);
  try {
    assert.equal(bytes(d.opened()), want("new.json"));
    for (let n = 1; has(`action-${String(n).padStart(2, "0")}.json`); n++) {
      const id = String(n).padStart(2, "0");
      const action = readFileSync(path.join(dir, `action-${id}.json`));
      assert.equal(outcome(() => d.apply(action, directory)), want(`applied-${id}.json`), `${name} action ${id}`);
    }
    const saved = bytes(d.json());
    assert.equal(saved, want("deal.json"));
    for (const file of readdirSync(dir).filter((f) => f.startsWith("view-")).sort()) {
      const audience = file.slice("view-".length, -".json".length);
      assert.equal(outcome(() => d.view(audience)), want(file), `${name} ${file}`);
    }
    const again = bureau.Deal.load(saved);
    assert.equal(bytes(again.json()), saved);
    again.free();
  } finally {
    d.free();
    if (directory) directory.free();
  }
}

const cases = readdirSync(root).filter((d) => existsSync(path.join(root, d, "input.json"))).sort();
test("there are vectors", () => assert.ok(cases.length >= 8));

for (const name of cases) {
  test(`vector ${name}`, () => {
    const dir = path.join(root, name);
    const input = readFileSync(path.join(dir, "input.json"));
    const want = (file) => readFileSync(path.join(dir, file), "utf8");
    const has = (file) => existsSync(path.join(dir, file));
    if (has("new.json") || has("saved.json")) {
      deal(name, dir, input, want, has);
      return;
    }
    // As bytes (Uint8Array), so that syntax errors are the engine's own, with line and column.
    if (has("validate.json")) assert.equal(outcome(() => bureau.validate(new Uint8Array(input))), want("validate.json"));
    if (has("segment.json")) {
      const prev = has("previous.json") ? readFileSync(path.join(dir, "previous.json"), "utf8") : undefined;
      assert.equal(outcome(() => bureau.segment(input.toString("utf8"), prev)), want("segment.json"));
    }
    if (has("words.json")) assert.equal(outcome(() => bureau.words(input.toString("utf8"))), want("words.json"));
    if (has("directory.json")) {
      partners(name, dir, input.toString("utf8"), want, has);
      return;
    }
    if (has("invoice-request.json")) {
      const request = readFileSync(path.join(dir, "invoice-request.json"), "utf8");
      const file = ["invoice.pdf", "invoice.png", "invoice.json"].find(has);
      let got;
      try {
        got = Buffer.from(bureau.invoice(input.toString("utf8"), request));
      } catch (e) {
        assert.ok(bureau.isBureauError(e), `not a BureauError: ${e}`);
        got = Buffer.from(e.raw, "utf8");
      }
      assert.ok(got.equals(readFileSync(path.join(dir, file))), `${name}: ${file} differs (${got.length} bytes)`);
      return;
    }
    if (has("proforma.json")) {
      const settings = has("settings.json") ? readFileSync(path.join(dir, "settings.json"), "utf8") : undefined;
      const proforma = readFileSync(path.join(dir, "proforma.json"), "utf8");
      const file = ["reconcile.pdf", "reconcile.png", "reconcile.json"].find(has);
      let got;
      try {
        got = Buffer.from(bureau.reconcile(input.toString("utf8"), proforma, settings));
      } catch (e) {
        assert.ok(bureau.isBureauError(e), `not a BureauError: ${e}`);
        got = Buffer.from(e.raw, "utf8");
      }
      assert.ok(got.equals(readFileSync(path.join(dir, file))), `${name}: ${file} differs (${got.length} bytes)`);
      return;
    }
    if (has("request.json")) {
      const request = readFileSync(path.join(dir, "request.json"), "utf8");
      const file = ["document.pdf", "document.png", "document.json"].find(has);
      let got;
      try {
        got = Buffer.from(bureau.document(input.toString("utf8"), request));
      } catch (e) {
        assert.ok(bureau.isBureauError(e), `not a BureauError: ${e}`);
        got = Buffer.from(e.raw, "utf8");
      }
      assert.ok(got.equals(readFileSync(path.join(dir, file))), `${name}: ${file} differs (${got.length} bytes)`);
    }
  });
}
