// Debian's Chromium for the browser tests and benchmarks, driven by playwright-core (which brings
// no browser of its own). .ci/run installs it; TC_CHROMIUM names another.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = [process.env.TC_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => p !== undefined && p !== '' && existsSync(p));
export const NO_CHROMIUM = 'SKIPPED: no Chromium found (set TC_CHROMIUM, or apt-get install chromium; .ci/run installs it)';

/** A host name that is not localhost, resolved by the browser to 127.0.0.1: not a secure context. */
export const PLAIN_HOST = 'tc-demo.test';

/** Launches headless Chromium; `PLAIN_HOST` resolves to this machine. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM!,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', `--host-resolver-rules=MAP ${PLAIN_HOST} 127.0.0.1`],
  });
}
