// The inputs of every kind the CLI reads, written into a directory: a text file, a Markdown file in a
// subdirectory, a WARC.gz crawl (one page, one request, one image) and NDJSON with one bad line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { page, warcFile } from './warc.js';

export function writeCrawlInputs(dir: string): void {
  writeFileSync(join(dir, 'a.txt'), 'First headline here\n\nBody of the first.');
  mkdirSync(join(dir, 'more'));
  writeFileSync(join(dir, 'more', 'b.md'), '# Second headline\n\nBody of the second.');
  writeFileSync(
    join(dir, 'crawl.warc.gz'),
    warcFile(
      [
        { type: 'request', uri: 'https://news.test/a', body: '' },
        { type: 'response', uri: 'https://news.test/a', body: page('Harbour opens', 'The harbour opened on Monday.') },
        { type: 'response', uri: 'https://news.test/b.png', contentType: 'image/png', body: 'PNG' },
      ],
      { gzip: true },
    ),
  );
  writeFileSync(join(dir, 'docs.ndjson'), [JSON.stringify({ id: 'x', url: 'https://news.test/x', text: 'Ex marks\n\nThe spot.' }), 'oops'].join('\n'));
}
