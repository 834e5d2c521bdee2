// Compiled (not run) by `tsc`: the browser entry's types describe what it returns.
import { load, createWorker, isBureauError, type Project, type Segmentation } from "../js/browser";

declare const project: Project;
async function page(): Promise<void> {
  const bureau = await load({ core: "/core.wasm" });
  const split: Segmentation = bureau.segment(project);
  const pdf: Uint8Array = await bureau.document(project, { kind: "specification" });
  const model = bureau.documentModel(project, { kind: "proforma", segment: split.segments[0].id });
  const worker = createWorker();
  const job = new AbortController();
  const files = await worker.documents(project, [{ kind: "specification" }], { signal: job.signal, onProgress: (p) => void p.done });
  const first: Uint8Array | undefined = files[0].bytes;
  const directory = await worker.openDirectory("{}");
  const deal = await worker.openDeal(project, directory);
  try {
    await deal.apply({ actor: "d", at: "2026-11-21T10:00:00Z", action: "request_documents", segment: "P/f", kind: "proforma" }, directory);
  } catch (e) {
    if (isBureauError(e)) void e.errors[0].path;
  }
  void [pdf, model.document, first];
}
void page;
