// Readability.js + linkedom over every page of a folder, one process, one thread: an untimed warm-up pass,
// then timed passes. Pages are read and decompressed into memory first, so only the extraction is timed.
//
//   node bench.mjs <pages-dir> [passes] [warmup-passes]
//
// Last stdout line: tool=readability pages=N errors=E seconds=S pages_per_s=R cpu_s=C cpu_pages_per_s=R peak_mb=M chars=C
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

const [dir, passesArg, warmupArg] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node bench.mjs <pages-dir> [passes]");
  process.exit(2);
}
const passes = Number(passesArg ?? 1);
const warmups = Number(warmupArg ?? 1);
const pages = readdirSync(dir)
  .filter((f) => f.endsWith(".html") || f.endsWith(".html.gz"))
  .sort()
  .map((f) => {
    const raw = readFileSync(join(dir, f));
    return (f.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
  });

let chars = 0;
let errors = 0;
function pass(count) {
  for (const html of pages) {
    try {
      const { document } = parseHTML(html);
      const article = new Readability(document).parse();
      if (count) chars += article?.textContent?.length ?? 0;
    } catch {
      errors++;
    }
  }
}

for (let w = 0; w < warmups; w++) pass(false);
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
for (let p = 0; p < passes; p++) pass(true);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const total = pages.length * passes;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `tool=readability pages=${total} errors=${errors} seconds=${seconds.toFixed(2)} ` +
    `pages_per_s=${(total / seconds).toFixed(1)} cpu_s=${cpuSeconds.toFixed(2)} ` +
    `cpu_pages_per_s=${(total / cpuSeconds).toFixed(1)} peak_mb=${peakMb.toFixed(0)} chars=${chars}`,
);
