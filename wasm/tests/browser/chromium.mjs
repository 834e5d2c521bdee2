// Debian's Chromium, headless, through npm's playwright-core (which downloads no browser): for
// the browser tests and the browser bench. BUREAU_CHROMIUM names another executable.
import { createRequire } from "node:module";

const { chromium } = createRequire(import.meta.url)("playwright-core");

// What root in a sandboxed CI needs, and no background traffic to hosts this machine cannot reach.
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.BUREAU_CHROMIUM ?? "/usr/bin/chromium", headless: true, args: ARGS });
}
