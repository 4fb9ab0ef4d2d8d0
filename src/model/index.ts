export * from './article.js';
export * from './span.js';
