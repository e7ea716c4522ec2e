import type { Provenance } from '@tc/model';

/** Where one document's actions came from, shown on demand. */
export interface SourceView {
  /** A heading for the place shown. */
  title(at: Provenance[]): string;
  show(at: Provenance[]): Promise<void>;
  dispose(): void;
}
