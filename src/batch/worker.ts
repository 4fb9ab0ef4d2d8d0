// A pool worker: parses the documents the pool sends it with the default pipeline, or with the
// pipeline module named in workerData.
import { BroadcastChannel, workerData } from 'node:worker_threads';
import { parseArticle } from '../pipeline/article.js';
import { type BatchParseOptions, type DocumentOutcome, type DocumentParser, loadPipeline, parseDocument } from './parse-document.js';
import type { BatchDocument } from './types.js';

/** What the pool sends for one document. */
export interface WorkerTask {
  document: BatchDocument;
  options: BatchParseOptions;
  /** The task's number, posted on the pool's channel when the document starts, so its timeout does not count a worker's start-up. */
  task: number;
}

const { pipeline, channel } = (workerData ?? {}) as { pipeline?: string; channel?: string };
const starts = channel === undefined ? undefined : new BroadcastChannel(channel);
starts?.unref();
// The default pipeline is synchronous: its promise-free path, with no promise per extractor.
const parser: Promise<DocumentParser> = pipeline === undefined ? Promise.resolve(parseArticle) : loadPipeline(pipeline);
// A pipeline that fails to load fails each document with that error rather than killing the worker.
parser.catch(() => {});

// The Node build loads the parts a document needs when one first needs them. A worker parses a
// short page before it takes documents, so that loading them (the HTML adapter, the entity
// recogniser, chrono) and compiling their code count neither against a document's timeout nor in its time.
parseArticle(
  '<html><body><h1>Harbour reopens</h1><p>The harbour at Porthlyn reopened on Monday, March 4, 2024, said Tom Price, the harbour master.</p></body></html>',
  { format: 'html' },
);

export default async function parse(task: WorkerTask): Promise<DocumentOutcome> {
  starts?.postMessage(task.task);
  let parse: DocumentParser;
  try {
    parse = await parser;
  } catch (error) {
    return parseDocument(task.document, () => Promise.reject(error));
  }
  return parseDocument(task.document, parse, task.options);
}
