// Page litter in, data out: the related links a scraped article carries and what it takes to share it.
// Run: npx tsx examples/related-and-share.ts
import { parseArticle } from 'broadsheet';

const page = `# Night ferry returns to the islands

The night ferry to the outer islands returns on Friday after a two-year gap, the operator said on Monday. Tickets go on sale this week.

Read Also: [Harbour fees to double next spring](https://news.example/harbour-fees)

Islanders had campaigned for the late sailing since it was cut in 2022. Follow us on Instagram.

Share this:

Facebook Twitter Email

## More like this

- [A new timetable for the islands](https://news.example/timetable)
- [Why the old ferries keep breaking down | Analysis](https://news.example/old-ferries)
`;

const article = parseArticle(page, { format: 'markdown', url: 'https://news.example/night-ferry' });

console.log('Body:');
for (const paragraph of article.body.paragraphs) console.log(`  ${paragraph.text}`);

console.log('\nLitter taken out:');
for (const item of article.boilerplate) console.log(`  ${item.kind.padEnd(15)} ${JSON.stringify(item.text)}`);

console.log('\nRelated links:');
for (const link of article.relatedLinks) console.log(`  [${link.label}] ${link.title} -> ${link.url ?? '(no URL)'}`);

console.log('\nShare:');
console.log(`  widget: ${article.share.widget.present ? article.share.widget.labels.join(' / ') : 'none'}`);
console.log(`  title: ${article.share.title}`);
console.log(`  description: ${article.share.description}`);
for (const target of article.share.targets) console.log(`  ${target.network.padEnd(9)} ${target.url}`);
