// Bureau for pages and bundlers. `await load()` fetches and instantiates the small core module;
// the renderer (typst and the fonts) is fetched the first time a PDF or preview is asked for,
// and then stays. Core calls are synchronous; calls that return files return Promises.
// `createWorker()` runs the same engine in a Web Worker, every call a Promise.
import initCore, * as coreGlue from "../pkg/core.js";
import { createEngine } from "./engine.mjs";

export { isBureauError, ABI_VERSION } from "./engine.mjs";
export { createWorker } from "./worker-client.mjs";

let loading = null;

/**
 * Loads the engine once. `core` and `renderer` override where the two `.wasm` files are fetched
 * from (a URL, a Response, bytes or a compiled WebAssembly.Module); by default they are the
 * package's own files beside this module.
 */
export function load(options = {}) {
  loading ??= start(options);
  return loading;
}

async function start({ core: coreSource, renderer: rendererSource } = {}) {
  await initCore(coreSource === undefined ? undefined : { module_or_path: coreSource });
  let core = { ...coreGlue };
  let renderer = null;
  let rendererLoading = null;
  const loadRenderer = async () => {
    const glue = await import("../pkg/renderer.js");
    await glue.default(rendererSource === undefined ? undefined : { module_or_path: rendererSource });
    renderer = { ...glue };
    renderer._glue = glue;
    return renderer;
  };
  return createEngine({
    asyncFiles: true,
    core: () => core,
    resetCore: () => {
      coreGlue.__wbg_reset_state();
      core = { ...coreGlue };
    },
    renderer: () => {
      if (renderer !== null) return renderer;
      rendererLoading ??= loadRenderer().finally(() => {
        rendererLoading = null;
      });
      return rendererLoading;
    },
    resetRenderer: () => {
      renderer._glue.__wbg_reset_state();
      const glue = renderer._glue;
      renderer = { ...glue };
      renderer._glue = glue;
    },
    rendererLoaded: () => renderer !== null,
  });
}
