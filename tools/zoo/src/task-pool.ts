// Runs async work on a fixed number of slots; the slot number lets parallel LibreOffice and
// Chromium processes keep separate profiles.

export async function runPool<T>(items: readonly T[], jobs: number, work: (item: T, slot: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (slot: number): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item, slot);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, (_, slot) => worker(slot)));
}
