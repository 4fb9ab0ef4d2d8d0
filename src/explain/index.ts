import type { Article, BoilerplateKind, EntityType } from '../model/article.js';
import { EXPLAIN_SCRIPT } from './client.js';
import { collectItems, type ExplainItem, type MisplacedItem, speakerLegend } from './items.js';
import { escapeHtml, highlightSource } from './markup.js';
import { EXPLAIN_CSS } from './page.js';

export type { ExplainItem, ExplainLayer, MisplacedItem } from './items.js';

/** The options of {@link renderExplain}. */
export interface ExplainOptions {
  /** The page title (default: the article's headline, else `broadsheet explain`). */
  title?: string;
}

/**
 * Renders an article over the input it came from as one self-contained HTML page: the
 * source with the body, each kind of page litter, quotes (one colour per speaker, cue and
 * attribution marked) and entity mentions (by type) highlighted from their offsets;
 * hovering an item shows its fields; a side panel holds counts, a legend that turns layers
 * on and off, the diagnostics and the Article as JSON. The page loads nothing from outside.
 *
 * @param source The input exactly as parsed (a string; bytes decoded as UTF-8, as `parseArticle` does).
 * @param article What `parseArticle` returned for `source`.
 * @param options The page title (optional).
 * @returns The HTML document as a string.
 */
export function renderExplain(source: string, article: Article, options: ExplainOptions = {}): string {
  const { items, misplaced } = collectItems(source, article);
  const title = options.title ?? article.headline ?? 'broadsheet explain';
  const itemData = items.map(({ layer, start, end, label, fields }) => ({ layer, start, end, label, fields }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="broadsheet explain">
<title>${escapeHtml(title)}</title>
<style>${EXPLAIN_CSS}</style>
</head>
<body>
<main>
<header><h1>${escapeHtml(title)}</h1><p>${escapeHtml(summaryLine(article, source))}</p></header>
<pre id="source">${highlightSource(source, items)}</pre>
</main>
<aside>
${renderPanel(article, items, misplaced)}
</aside>
<div id="tip" hidden></div>
<script type="application/json" id="broadsheet-items">${scriptJson(itemData)}</script>
<script type="application/json" id="broadsheet-article">${scriptJson(article)}</script>
<script>${EXPLAIN_SCRIPT}</script>
</body>
</html>
`;
}

function summaryLine(article: Article, source: string): string {
  const parts = [
    article.meta.format,
    `${source.length.toLocaleString('en')} characters`,
    article.meta.language ? `language ${article.meta.language}` : null,
    article.byline?.authors.length ? `by ${article.byline.authors.join(', ')}` : null,
    article.publishedAt ? `published ${article.publishedAt}` : null,
    article.siteName,
  ];
  return parts.filter((part) => part !== null).join(' · ');
}

const BOILERPLATE_KINDS: readonly BoilerplateKind[] = ['related', 'share', 'recommendations', 'ad', 'credit', 'newsletter', 'embed', 'footer', 'other'];
const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'date', 'money', 'percent', 'other'];

function renderPanel(article: Article, items: readonly ExplainItem[], misplaced: readonly MisplacedItem[]): string {
  const mentions = article.entities.reduce((sum, entity) => sum + entity.mentions.length, 0);
  const counts: Array<[string, number]> = [
    ['body paragraphs', article.body.paragraphs.length],
    ['page litter', article.boilerplate.length],
    ['related links', article.relatedLinks.length],
    ['quotes', article.quotes.length],
    ['entities', article.entities.length],
    ['mentions', mentions],
    ['diagnostics', article.diagnostics.length],
  ];
  const toggle = (layer: string, text: string, swatch: string, style = '') =>
    `<li><label><input type="checkbox" checked data-layer-toggle="${layer}"> <span class="swatch ${swatch}"${style ? ` style="${style}"` : ''}></span>${text}</label></li>`;
  const kinds = BOILERPLATE_KINDS.filter((kind) => article.boilerplate.some((item) => item.kind === kind));
  const types = ENTITY_TYPES.filter((type) => article.entities.some((entity) => entity.type === type));
  const speakers = speakerLegend(article);
  const shown = new Set(items.map((item) => item.layer));

  return `<h2>Counts</h2>
<table class="counts">${counts.map(([name, count]) => `<tr><td>${name}</td><td data-count="${name}">${count}</td></tr>`).join('')}</table>
<h2>Layers</h2>
<ul>
${toggle('paragraph', 'body', 'paragraph')}
${toggle('boilerplate', 'page litter', 'boilerplate boilerplate-other')}
${kinds.map((kind) => `<li style="margin-left:1.6em"><span class="swatch boilerplate boilerplate-${kind}"></span>${kind}</li>`).join('\n')}
${shown.has('related') ? toggle('related', 'related links (dashed)', 'related') : ''}
${toggle('quote', 'quotes, one colour per speaker', 'quote', '--c:hsl(200 85% 84%)')}
${speakers.map((speaker) => `<li style="margin-left:1.6em"><span class="swatch" style="background:${escapeHtml(speaker.colour)}"></span>${escapeHtml(speaker.name)}${speaker.entityId ? ` <code class="muted">${escapeHtml(speaker.entityId)}</code>` : ''}</li>`).join('\n')}
${toggle('attribution', 'attribution (dashed box)', 'attribution', '--c:#fff')}
${toggle('cue', '<b><u>cue</u></b>', '')}
${toggle('mention', 'entity mentions, by type', 'mention mention-other')}
${types.map((type) => `<li style="margin-left:1.6em"><span class="swatch mention-${type}" style="background:var(--m)"></span>${type}</li>`).join('\n')}
</ul>
${misplaced.length ? renderMisplaced(misplaced) : ''}
<h2>Diagnostics (${article.diagnostics.length})</h2>
<ul>${article.diagnostics.map(renderDiagnostic).join('\n') || '<li>none</li>'}</ul>
<h2>Article</h2>
<details><summary>JSON</summary><pre class="json">${escapeHtml(JSON.stringify(article, null, 2))}</pre></details>`;
}

function renderMisplaced(misplaced: readonly MisplacedItem[]): string {
  const list = misplaced.map((item) => `<li>${item.layer} ${escapeHtml(item.label)}: ${item.start}–${item.end}</li>`).join('\n');
  return `<h2>Not shown: offsets outside the source (${misplaced.length})</h2>\n<ul class="misplaced">${list}</ul>`;
}

function renderDiagnostic(diagnostic: Article['diagnostics'][number]): string {
  const at =
    diagnostic.start !== undefined && diagnostic.end !== undefined
      ? ` <button type="button" data-select-start="${diagnostic.start}" data-select-end="${diagnostic.end}">${diagnostic.start}–${diagnostic.end}</button>`
      : '';
  return `<li class="diagnostic"><span class="severity severity-${diagnostic.severity}">${diagnostic.severity}</span><code>${escapeHtml(diagnostic.extractor)}/${escapeHtml(diagnostic.code)}</code>${at}<br>${escapeHtml(diagnostic.message)}</li>`;
}

/** JSON inside a `<script>` element: `<` escaped so no string in it can end the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
