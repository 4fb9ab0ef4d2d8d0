#!/usr/bin/env node
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { registerQueueCommands } from './queue.js';
import { run } from './run.js';

const program = new Command()
  .name('broadsheet')
  .description('Turn news articles into typed, structured JSON.')
  .exitOverride()
  .configureOutput({ outputError: (message, write) => write(`broadsheet: ${message.trim().replace(/^error: /, '')}\n`) });

function count(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} takes a whole number of at least ${min}.`);
    return n;
  };
}

/**
 * A one-file run executes most of the library's code once: V8's tiering, made for code that runs
 * many times, costs it more than it gains. Regular expressions compile straight to machine code
 * instead of to bytecode first and again to machine code at their second use, and functions wait
 * eight times longer before the optimising compiler takes them up (a long document still gets
 * optimised code). Both flags are read when a regular expression or function is first run, so
 * setting them here, before the parse, applies to it; about a sixth of the run's CPU time.
 */
function tuneForOneDocument(): void {
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString('--interrupt-budget=540672');
}

program
  .command('parse')
  .description(
    'Parse articles. One file prints one Article as JSON; several files, directories, globs, NDJSON or WARC input ' +
      'are parsed in worker threads and print one line per document with its id and url.',
  )
  .argument('<inputs...>', 'files, directories, globs, .warc/.warc.gz files; - reads standard input')
  .addOption(new Option('--format <format>', 'input format of plain files').choices(['auto', 'text', 'markdown', 'html']).default('auto'))
  .option('--url <url>', 'the article URL, for share data and relative links (one document)')
  .option('--ndjson', 'one line per document with id and url, even for one file')
  .option('--pretty', 'indent the JSON (one document)')
  .option('-j, --jobs <n>', 'worker threads (default: available parallelism)', count('--jobs', 1))
  .option('--input-ndjson', 'inputs are NDJSON: one {id, url, html|text|markdown} per line')
  .option('--input-warc', 'inputs are WARC or WARC.gz (implied by a .warc or .warc.gz name)')
  .option('--timeout <ms>', 'give up on a document after this many milliseconds (default: 30000; 0: never)', count('--timeout', 0))
  .option('--pipeline <module>', 'an ES module exporting the parser the workers run (see docs/batch.md)')
  .option('--fail-fast', 'stop at the first document that fails')
  .option('--max-input-length <n>', 'refuse a document longer than this many characters with INPUT_TOO_LARGE, and go on (default: 67108864)', count('--max-input-length', 0))
  .option('--max-read-length <n>', 'look for names and quotes in this many characters of text (default: 262144)', count('--max-read-length', 0))
  .action(async (inputs: string[], options) => {
    process.exitCode = await run(inputs, options, {
      stdin: () => process.stdin,
      write: async (line) => {
        // Line and newline written apart: joining them would copy a result of tens of megabytes once more.
        process.stdout.write(line);
        if (!process.stdout.write('\n')) await once(process.stdout, 'drain');
      },
      warn: (line) => process.stderr.write(`broadsheet: ${line}\n`),
      progress: Boolean(process.stderr.isTTY),
      beforeOneDocument: tuneForOneDocument,
    });
  });

program
  .command('explain')
  .description('Parse one article and print an HTML page that shows what was found, highlighted over the source.')
  .argument('<file>', 'the file to explain; - reads standard input')
  .addOption(new Option('--format <format>', 'input format').choices(['auto', 'text', 'markdown', 'html']).default('auto'))
  .option('--url <url>', 'the article URL, for share data and relative links')
  .action(async (file: string, options: { format: 'auto' | 'text' | 'markdown' | 'html'; url?: string }) => {
    // Loaded here: a parse run does not compile the explain page's renderer.
    const { explain } = await import('./explain.js');
    process.exitCode = explain(file, options, {
      read: (name) => (name === '-' ? readFileSync(0) : readFileSync(name)),
      write: (html) => process.stdout.write(html),
      warn: (line) => process.stderr.write(`broadsheet: ${line}\n`),
    });
  });

registerQueueCommands(program);

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version exit 0; usage errors (unknown flags, bad values, no inputs) exit 2.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`broadsheet: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
