export { type RedisConnection } from './connection.js';
export { isTransientFailure } from './failure.js';
export { type InputResolver, readInputFile } from './input.js';
export { jobIdOf, type QueueDocument, type QueueDocumentInput, QueueDocumentSchema, type QueueFailure, type QueueResult } from './job.js';
export { createProducer, enqueue, type Producer, type ProducerOptions, type QueueCounts } from './producer.js';
export { readResults, type ReadResultsOptions, type ResultEntry } from './results.js';
export { type ResultsDestination } from './sink.js';
export { type WorkerStats } from './stats.js';
export { type BroadsheetWorker, createWorker, type CreateWorkerOptions, type QueuePipeline } from './worker.js';
