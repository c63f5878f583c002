// Rewrites a SARIF 2.1 log so that code scanning can place its results: every artifact location the compiler
// wrote as an absolute file:// URI inside the repository becomes a path relative to the repository root, with
// the uriBaseId %SRCROOT%, which the run's originalUriBaseIds resolves to the root. Locations outside the
// repository are left as they are. Usage: node sarif-repository-paths.mjs <log.sarif> [repository root]
// (the root defaults to the current directory). No dependencies: it runs on any Node.js 18 or later.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, relative, isAbsolute, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [logPath, rootArgument] = process.argv.slice(2);
if (!logPath) {
  console.error('usage: node sarif-repository-paths.mjs <log.sarif> [repository root]');
  process.exit(2);
}

const root = resolve(rootArgument ?? '.');
const log = JSON.parse(readFileSync(logPath, 'utf8'));
let rewritten = 0;

function rewrite(location) {
  if (!location || typeof location.uri !== 'string' || !location.uri.startsWith('file:')) {
    return;
  }
  const path = relative(root, fileURLToPath(location.uri));
  if (path === '' || path.startsWith('..') || isAbsolute(path)) {
    return;
  }
  // SARIF URIs are URI references: '/' separators, each segment percent-encoded.
  location.uri = path.split(sep).map(encodeURIComponent).join('/');
  location.uriBaseId = '%SRCROOT%';
  rewritten++;
}

// Every place SARIF 2.1 puts an artifactLocation: results' locations and related locations, and run artifacts.
function visit(value) {
  if (Array.isArray(value)) {
    value.forEach(visit);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'artifactLocation' || (key === 'location' && inner && 'uri' in inner)) {
        rewrite(inner);
      }
      visit(inner);
    }
  }
}

for (const run of log.runs ?? []) {
  visit(run.results ?? []);
  visit(run.artifacts ?? []);
  run.originalUriBaseIds = { ...(run.originalUriBaseIds ?? {}), '%SRCROOT%': { uri: pathToFileURL(root + sep).href } };
}

writeFileSync(logPath, JSON.stringify(log, null, 2) + '\n');
console.log(`${logPath}: ${rewritten} location(s) made relative to ${root}`);
