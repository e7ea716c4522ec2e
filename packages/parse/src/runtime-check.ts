// Imported first by every entry point, for its effect: on a Node.js too old for pdf.js (which needs
// Promise.withResolvers) the import fails at once with a sentence, not later inside the first PDF.
// Browsers have no process.versions.node and pass.
import { TcError } from '@tc/model/lite';

const MINIMUM = [22, 13] as const;

/** The Node.js version when it is older than tc supports, else null (also outside Node). */
export function unsupportedNode(version: string | undefined): string | null {
  if (typeof version !== 'string') return null;
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const ok = major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
  return ok ? null : version;
}

const old = unsupportedNode((globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node as string | undefined);
if (old !== null) {
  throw new TcError('TC_UNSUPPORTED_RUNTIME', `@tc/parse needs Node.js ≥ ${MINIMUM.join('.')}; this is ${old}.`);
}
