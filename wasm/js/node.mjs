// Bureau for Node (ES module; `require("@bureau/engine")` gives the same object). The core
// module is instantiated when this file loads; the renderer on the first PDF or preview. Every
// call is synchronous.
import { readFileSync } from "node:fs";
import * as coreGlue from "../pkg/core.js";
import * as rendererGlue from "../pkg/renderer.js";
import { createEngine } from "./engine.mjs";

const CORE_WASM = new URL("../pkg/core_bg.wasm", import.meta.url);
const RENDERER_WASM = new URL("../pkg/renderer_bg.wasm", import.meta.url);

// Each instance is a fresh object: handles compare it to know whether they must be rebuilt.
coreGlue.initSync({ module: readFileSync(CORE_WASM) });
let core = { ...coreGlue };
let renderer = null;

const engine = createEngine({
  asyncFiles: false,
  core: () => core,
  resetCore: () => {
    coreGlue.__wbg_reset_state();
    core = { ...coreGlue };
  },
  renderer: () => {
    if (renderer === null) {
      rendererGlue.initSync({ module: readFileSync(RENDERER_WASM) });
      renderer = { ...rendererGlue };
    }
    return renderer;
  },
  resetRenderer: () => {
    rendererGlue.__wbg_reset_state();
    renderer = { ...rendererGlue };
  },
  rendererLoaded: () => renderer !== null,
});

export const {
  ABI_VERSION, abiVersion, version, validate, segment, words, codes, document, documentModel, reconcile,
  reconcileReport, invoice, invoiceModel, Directory, Deal, isBureauError, loadRenderer, rendererLoaded, configure,
  _internals,
} = engine;
/** As in the browser entry: the engine, ready (in Node it is ready when imported). */
export async function load() {
  return engine;
}
export default engine;
