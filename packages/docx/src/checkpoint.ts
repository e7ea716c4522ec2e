// A Word parse is long stretches of synchronous work (unzipping, XML parsing, mammoth's conversion,
// the mapping). An abort, or the timer of a time limit, can only land when the event loop gets a
// turn, so the parse gives it one between its steps and every few milliseconds of the mapping, and
// stops at the next check once the signal has fired.
import { TcError } from '@tc/model';

// Longest run of mapping work between two turns of the event loop.
const SLICE_MS = 20;

// setImmediate where there is one (Node): it lets due timers and I/O run without the 1 ms floor of
// setTimeout. Browsers: a message to ourselves, a task without setTimeout's nesting clamp.
const nextTurn: () => Promise<void> =
  typeof setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : () =>
        new Promise((resolve) => {
          const { port1, port2 } = new MessageChannel();
          port1.addEventListener('message', () => (port1.close(), resolve()), { once: true });
          port1.start();
          port2.postMessage(null);
        });

/** Where a Word parse looks at its signal: `check` at once, `pause` after giving the event loop a turn. */
export class Checkpoint {
  readonly #signal: AbortSignal | undefined;
  #since = Date.now();

  constructor(signal: AbortSignal | undefined) {
    this.#signal = signal;
  }

  /** Throws TC_ABORTED (or the signal's own TcError, such as TC_TIMEOUT) once the signal has fired. */
  check(): void {
    const signal = this.#signal;
    if (!signal?.aborted) return;
    if (signal.reason instanceof TcError) throw signal.reason;
    throw new TcError('TC_ABORTED', 'Parsing the Word document was cancelled.', { cause: signal.reason });
  }

  /** Between steps: gives the event loop a turn, then checks. */
  async pause(): Promise<void> {
    this.check();
    if (this.#signal === undefined) return;
    await nextTurn();
    this.#since = Date.now();
    this.check();
  }

  /** Inside a step: true once it has run for a slice without giving the event loop a turn (then `pause`). */
  due(): boolean {
    return this.#signal !== undefined && Date.now() - this.#since >= SLICE_MS;
  }
}
