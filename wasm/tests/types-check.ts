// Compiled (not run) by `tsc`: the published types describe what the module returns.
import { segment, validate, codes, isBureauError, type Segmentation, type Project } from "../js/index";

declare const project: Project;
const split: Segmentation = segment(project);
const net: string | undefined = split.segments[0].totals["EUR"]?.net;
const boxes: number = split.segments[0].packages;
const unsourced: string = split.unsourced[0].manufacturer;
const ok: boolean = validate("{}").ok;
const code: string = codes()[0].code;
try {
  segment("{}");
} catch (e) {
  if (isBureauError(e)) {
    const path: string = e.errors[0].path;
    void path;
  }
}
void [net, boxes, unsourced, ok, code];
