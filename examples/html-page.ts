// Parses a small web page: finds the article in it and reads what the page says about itself.
// Run: npx tsx examples/html-page.ts
import { parseArticle } from 'broadsheet';

const page = `<!doctype html>
<html lang="en">
<head>
  <title>Lighthouse keeper's cottage becomes a museum | Shore Times</title>
  <meta property="og:site_name" content="Shore Times">
  <meta property="og:image" content="/images/cottage.jpg">
  <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle",
     "headline": "Lighthouse keeper's cottage becomes a museum",
     "author": {"@type": "Person", "name": "Nell Arkwright"},
     "datePublished": "2024-04-06T09:00:00Z"}
  </script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
  <article>
    <h1>Lighthouse keeper's cottage becomes a museum</h1>
    <div class="share"><a href="https://twitter.com/intent/tweet?url=x">Tweet</a> <a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a></div>
    <p>The whitewashed cottage at the foot of Gull Point lighthouse opened its doors as a museum on Saturday, a century after the first keeper moved in.</p>
    <p>Visitors can climb to the lamp room, try on an oilskin and read the keepers' logbooks, which record every storm since 1924.</p>
  </article>
  <aside class="related"><h2>More from Shore Times</h2>
    <a href="/news/pier">Pier repairs finish ahead of summer</a>
    <a href="/news/seals">Seal pups counted on the sandbank</a>
  </aside>
</body>
</html>`;

const article = parseArticle(page, { format: 'html', url: 'https://shoretimes.example/news/cottage-museum' });
console.log({
  headline: article.headline,
  authors: article.byline?.authors,
  publishedAt: article.publishedAt,
  siteName: article.siteName,
  language: article.meta.language,
  body: article.body.paragraphs.map((p) => p.text),
});
