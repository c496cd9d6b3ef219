#!/usr/bin/env node
// The `claims` command: the command line (dist/cli/main.js) run once with this process's arguments and streams,
// and V8's optimizing compiler held back while a run is short (see src/cli/compiler.ts).
import { Compiler, main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signals: process,
  compiler: new Compiler(),
});
