// broadsheet as a unified plugin, mixed with other remark plugins.
// Run: npx tsx examples/unified-pipeline.ts
import { broadsheet } from 'broadsheet';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';

const markdown = `# Night trains return to the Alps

By Clara Obst and Jonas Weber

The first sleeper service in a decade left Vienna on Friday evening, carrying 300 passengers west.

Operators say demand has doubled since the route was announced, with most berths sold out until March.
`;

const file = new VFile(markdown);
const processor = unified().use(remarkParse).use(remarkGfm).use(broadsheet);
await processor.run(processor.parse(file), file);

const article = file.data.article;
console.log(article?.headline, article?.byline);
