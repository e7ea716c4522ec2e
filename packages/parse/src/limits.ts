/** Default limits of {@link parsePlan}; every one can be overridden per call. */
export const DEFAULT_LIMITS = {
  /** Largest PDF or Word input accepted, in bytes (50 MiB). */
  maxBytes: 50 * 1024 * 1024,
  /** Largest text or markdown input accepted, in bytes (10 MiB; real plans are well under 1 MiB). */
  maxTextBytes: 10 * 1024 * 1024,
  /** Most PDF pages read before the input is refused. */
  maxPages: 500,
  /** Time allowed for one document, in milliseconds. */
  timeoutMs: 60_000,
  /** Memory (heap and buffers) one parse may use in a Node worker (`parsePlanFile`, `tc`), in MiB. */
  maxMemoryMb: 768,
} as const;
