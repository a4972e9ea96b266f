// Runs ruff (the WebAssembly build from npm) with ASYNC and RUF006 over a list of files, one
// per line in the file named by argv[2]; the package directory is argv[3]. Prints the number
// of files and diagnostics. Used by bench/bench.sh as the baseline.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const [listFile, packageDir] = process.argv.slice(2);
const require = createRequire(join(packageDir, "package.json"));
const ruff = require("@astral-sh/ruff-wasm-nodejs");
const workspace = new ruff.Workspace({ lint: { select: ["ASYNC", "RUF006"] } }, ruff.PositionEncoding.Utf32);

let files = 0;
let diagnostics = 0;
for (const path of readFileSync(listFile, "utf8").split("\n")) {
  if (!path) continue;
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    continue; // unreadable: looplint reports it on stderr; ruff has nothing to check
  }
  files += 1;
  diagnostics += workspace.check(text).length;
}
console.log(`${files} files, ${diagnostics} diagnostics`);
