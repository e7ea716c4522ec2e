// `pnpm fuzz [--inputs N] [--seed S] [--jobs J] [--timeout MS] [--format docx|pdf|text]`: the
// seeded, structure-aware fuzzer (test/fuzz). Prints outcomes by code and any untyped failure;
// exits 1 when an input failed untyped or ran past the time limit, or a worker passed 1 GiB.
// `pnpm fuzz --format F --seed S --dump I` writes input I (as numbered in the report) to a file,
// to reproduce one finding outside the fuzzer.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fuzzInputs, runFuzz, type FuzzFormat } from '../test/fuzz/run-fuzz.ts';

const { values } = parseArgs({
  options: {
    inputs: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '12' },
    jobs: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '10000' },
    format: { type: 'string', multiple: true },
    dump: { type: 'string' },
  },
});

if (values.dump !== undefined) {
  const format = (values.format?.[0] ?? 'docx') as FuzzFormat;
  const index = Number(values.dump);
  const inputs = fuzzInputs(format, Number(values.seed));
  for (let i = 0; i < index; i++) inputs.next();
  const input = inputs.next().value;
  const file = `fuzz-${format}-${values.seed}-${index}.${format === 'text' ? 'txt' : format}`;
  writeFileSync(file, input.bytes);
  process.stdout.write(`${file}: ${input.name}, ${input.bytes.length} bytes\n`);
} else {
  const result = await runFuzz(
    {
      perFormat: Number(values.inputs),
      seed: Number(values.seed),
      jobs: Number(values.jobs),
      timeoutMs: Number(values.timeout),
      ...(values.format ? { formats: values.format as FuzzFormat[] } : {}),
    },
    (format, done) => {
      if (done % 500 === 0) process.stderr.write(`fuzz: ${format} ${done}\n`);
    },
  );
  let bad = 0;
  for (const f of result.formats) {
    const codes = Object.entries(f.byCode).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
    process.stdout.write(`${f.format}: ${f.inputs} inputs in ${f.seconds} s (${f.execsPerSecond}/s); untyped ${f.untyped.length}; past the limit ${f.pastLimit}; slowest ${f.slowestMs} ms\n  ${codes}\n`);
    process.stdout.write(`  peak memory of one worker: ${f.peakWorkerMb.used} MiB heap + external, ${f.peakWorkerMb.resident} MiB resident; whole process ${f.peakRssMb} MiB RSS\n`);
    for (const s of f.slowest) process.stdout.write(`  slow ${s.input}: ${s.code} in ${s.ms} ms\n`);
    for (const u of f.untyped.slice(0, 20)) process.stdout.write(`  UNTYPED ${u.input}: ${u.code}: ${u.message}\n`);
    bad += f.untyped.length + f.pastLimit + (f.peakWorkerMb.resident >= 1024 ? 1 : 0);
  }
  process.stdout.write(`peak RSS of the run (main thread and ${values.jobs} workers): ${result.peakRssMb} MiB\n`);
  process.exitCode = bad > 0 ? 1 : 0;
}
