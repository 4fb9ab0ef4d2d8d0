// Writes the JSON Schema of Article, from the built package, to docs/article.schema.json.
import { writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../docs/article.schema.json', import.meta.url), `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
