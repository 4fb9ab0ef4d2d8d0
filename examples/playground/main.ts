// The playground: parse what is pasted or dropped in the browser, show the explain view.
// Built by serve.ts with esbuild from the library's sources (the browser build).
import { renderExplain } from '../../src/explain/index.js';
import { detectFormat, loadParts, parseArticle, type PartName } from '../../src/index.js';

const form = document.querySelector<HTMLFormElement>('#input')!;
const source = document.querySelector<HTMLTextAreaElement>('#source')!;
const format = document.querySelector<HTMLSelectElement>('#format')!;
const url = document.querySelector<HTMLInputElement>('#url')!;
const file = document.querySelector<HTMLInputElement>('#file')!;
const status = document.querySelector<HTMLElement>('#status')!;
const view = document.querySelector<HTMLIFrameElement>('#view')!;

function say(message: string, error = false): void {
  status.textContent = message;
  status.classList.toggle('error', error);
}

async function explain(): Promise<void> {
  const text = source.value;
  const chosen = format.value as 'auto' | 'text' | 'markdown' | 'html';
  // Only what this input needs is fetched: the HTML adapter for HTML, the rest for every input.
  const parts: PartName[] = ['language', 'entities'];
  if ((chosen === 'auto' ? detectFormat(text) : chosen) === 'html') parts.push('html');
  say('Loading ' + parts.join(', ') + '…');
  await loadParts(parts);
  const started = performance.now();
  const article = parseArticle(text, url.value ? { format: chosen, url: url.value } : { format: chosen });
  const took = Math.round(performance.now() - started);
  // The state the browser tests wait for is set once the view has loaded, not before.
  view.addEventListener('load', () => (document.body.dataset.state = 'explained'), { once: true });
  view.srcdoc = renderExplain(text, article);
  const mentions = article.entities.reduce((sum, entity) => sum + entity.mentions.length, 0);
  say(`${article.meta.format}, parsed in ${took} ms: ${article.body.paragraphs.length} paragraphs, ${article.quotes.length} quotes, ` +
    `${article.entities.length} entities (${mentions} mentions), ${article.diagnostics.length} diagnostics`);
}

function run(): void {
  document.body.dataset.state = 'parsing';
  explain().catch((error: unknown) => {
    say(error instanceof Error ? error.message : String(error), true);
    document.body.dataset.state = 'failed';
  });
}

async function readFile(chosen: File): Promise<void> {
  source.value = await chosen.text();
  if (/\.html?$/i.test(chosen.name)) format.value = 'html';
  else if (/\.(md|markdown)$/i.test(chosen.name)) format.value = 'markdown';
  else format.value = 'auto';
  run();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
file.addEventListener('change', () => {
  if (file.files?.[0]) void readFile(file.files[0]);
});
source.addEventListener('dragover', (event) => {
  event.preventDefault();
  source.classList.add('dragging');
});
source.addEventListener('dragleave', () => source.classList.remove('dragging'));
source.addEventListener('drop', (event) => {
  source.classList.remove('dragging');
  const dropped = event.dataTransfer?.files[0];
  if (!dropped) return;
  event.preventDefault();
  void readFile(dropped);
});

source.value = `Harbour reopens after the storm

By Jane Doe

PORTHLYN — The harbour at Porthlyn reopened on Monday, three weeks after the storm. "We are back in business," said Tom Price, the harbour master.

Anna Berg, who runs the ferry to St Ives, said the repairs had cost £2m. "It was worth every penny," Berg said.

Read more: Storm damage across the county

Share this article`;
say('Ready: paste or drop an article, then Explain.');
document.body.dataset.state = 'ready';
run();
