// A whole web page flattened to text, as a scraper gives it: the article is found among the menus,
// widgets and footers, with the page's title as the headline.
// Run: npx tsx examples/text-page-dump.ts
import { parseArticle } from 'broadsheet';

const page = [
  'Menu',
  'Search',
  'The Hillside Gazette',
  'Home',
  'News',
  'Sport',
  'Weather',
  'Opinion',
  '48°F Light rain',
  'We use cookies to improve your experience.',
  'Accept',
  '',
  'Orchard owners turn to sheep to keep the grass down',
  '',
  'By Lena Morris',
  '',
  'Fruit growers in the valley have started grazing flocks of small sheep between their trees, saying the animals cut mowing costs and leave the soil in better shape than tractors do.',
  '',
  'The breed is too short to reach the lower branches, so the apples are safe, said one grower, who has kept forty ewes among her trees since the spring.',
  '',
  'Other farmers are watching the trial closely. If the orchards report good yields at harvest, the regional farming board expects more of them to follow next year.',
  '',
  'More from News',
  'Bridge repairs delayed until the summer',
  'New bus route links the two hospitals',
  'About us',
  'Contact',
  'Privacy',
  '© 2024 The Hillside Gazette',
].join('\n');

const article = parseArticle(page, { format: 'text' });

console.log(`Headline: ${article.headline}`);
console.log(`Byline:   ${article.byline?.authors.join(', ')}`);
console.log('\nBody:');
for (const paragraph of article.body.paragraphs) console.log(`  ${paragraph.text}`);
console.log('\nLeft out:');
for (const item of article.boilerplate) console.log(`  ${item.kind.padEnd(11)} ${item.text}`);
