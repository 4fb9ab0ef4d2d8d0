// `broadsheet/batch`: parse crawls in worker threads. Node only (worker_threads, fs); the main
// entry stays free of Node built-ins.
export { parseMany, type BatchProgress, type ParseManyOptions } from './parse-many.js';
export {
  loadPipeline,
  parseDocument,
  reviveError,
  serialiseError,
  type BatchParseOptions,
  type DocumentOutcome,
  type DocumentParser,
  type SerialisedError,
} from './parse-document.js';
export { listFiles, readFiles, type ReadFilesOptions } from './readers/files.js';
export { readNdjson, type ReadNdjsonOptions } from './readers/ndjson.js';
export { readWarc, type ReadWarcOptions } from './readers/warc.js';
export type { ByteSource } from './readers/bytes.js';
export type {
  BatchDocument,
  BatchInput,
  BatchResult,
  DocumentFormat,
  ReaderDiagnostic,
  ReaderOptions,
  UnreadableDocument,
} from './types.js';
