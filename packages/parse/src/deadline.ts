import { TcError } from '@tc/model/lite';

/** A time budget shared by the stages of one parse: checked between stages, and raced against async ones. */
export class Deadline {
  readonly controller = new AbortController();
  readonly #endsAt: number;
  readonly #timeoutMs: number;

  constructor(timeoutMs: number, outer?: AbortSignal) {
    this.#timeoutMs = timeoutMs;
    this.#endsAt = Date.now() + timeoutMs;
    // However the caller aborts, the parse fails with one typed error (the caller's reason its cause).
    const aborted = (): TcError =>
      outer?.reason instanceof TcError ? outer.reason : new TcError('TC_ABORTED', 'The parse was aborted by the caller.', { cause: outer?.reason });
    if (outer?.aborted) this.controller.abort(aborted());
    else outer?.addEventListener('abort', () => this.controller.abort(aborted()), { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Milliseconds left, never below 1. */
  remaining(): number {
    return Math.max(1, this.#endsAt - Date.now());
  }

  /** Throws when the budget is spent or the caller aborted. */
  check(): void {
    if (this.signal.aborted) throw this.signal.reason;
    if (Date.now() > this.#endsAt) throw this.#timeoutError();
  }

  /** Settles with `work`, or rejects with TC_TIMEOUT when the budget runs out first. */
  async race<T>(work: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = this.#timeoutError();
        this.controller.abort(error);
        reject(error);
      }, this.remaining());
      this.signal.addEventListener('abort', () => reject(this.signal.reason), { once: true });
    });
    try {
      return await Promise.race([work, expired]);
    } finally {
      clearTimeout(timer);
    }
  }

  #timeoutError(): TcError {
    return new TcError('TC_TIMEOUT', `The document took longer than the ${this.#timeoutMs} ms time limit.`);
  }
}
