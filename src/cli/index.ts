import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { explain } from './explain.js';
import { run } from './run.js';

const program = new Command()
  .name('broadsheet')
  .description('Turn news articles into typed, structured JSON.')
  .exitOverride()
  .configureOutput({ outputError: (message, write) => write(`broadsheet: ${message.trim().replace(/^error: /, '')}\n`) });

program
  .command('parse')
  .description('Parse articles and print each as JSON (one per line with several files or --ndjson).')
  .argument('<files...>', 'files to parse; - reads standard input')
  .addOption(new Option('--format <format>', 'input format').choices(['auto', 'text', 'markdown', 'html']).default('auto'))
  .option('--url <url>', 'the article URL, for share data and relative links')
  .option('--ndjson', 'one Article per line, even for one file')
  .option('--pretty', 'indent the JSON')
  .action((files: string[], options: { format: 'auto' | 'text' | 'markdown' | 'html'; url?: string; ndjson?: boolean; pretty?: boolean }) => {
    process.exitCode = run(files, options, {
      read: (file) => (file === '-' ? readFileSync(0) : readFileSync(file)),
      write: (line) => process.stdout.write(`${line}\n`),
      warn: (line) => process.stderr.write(`broadsheet: ${line}\n`),
      progress: Boolean(process.stderr.isTTY),
    });
  });

program
  .command('explain')
  .description('Parse one article and print an HTML page that shows what was found, highlighted over the source.')
  .argument('<file>', 'the file to explain; - reads standard input')
  .addOption(new Option('--format <format>', 'input format').choices(['auto', 'text', 'markdown', 'html']).default('auto'))
  .option('--url <url>', 'the article URL, for share data and relative links')
  .action((file: string, options: { format: 'auto' | 'text' | 'markdown' | 'html'; url?: string }) => {
    process.exitCode = explain(file, options, {
      read: (name) => (name === '-' ? readFileSync(0) : readFileSync(name)),
      write: (html) => process.stdout.write(html),
      warn: (line) => process.stderr.write(`broadsheet: ${line}\n`),
    });
  });

try {
  program.parse();
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version exit 0; usage errors (unknown flags, missing files) exit 2.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`broadsheet: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
