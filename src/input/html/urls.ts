import type { InputProblem } from '../document.js';
import type { HtmlElement } from './dom.js';

/** Resolves the URLs a page contains against its `<base href>`, else the URL the caller gave. */
export interface UrlResolver {
  /** The absolute URL, or the trimmed reference as given when there is nothing to resolve against. */
  resolve(reference: string): string;
}

const MAX_URL = 8192;

/**
 * Builds a resolver from `<base href>` (an invalid one is ignored, with a diagnostic)
 * and the `url` option; without the option, the page's own absolute canonical address
 * stands in for it (`canonical`, optional).
 */
export function urlResolver(
  base: HtmlElement | undefined,
  pageUrl: string | undefined,
  problems: InputProblem[],
  canonical?: string,
): UrlResolver {
  const page = parse(pageUrl) ?? (pageUrl ? undefined : parseAbsolute(canonical));
  if (pageUrl && !page) {
    problems.push({ code: 'html-invalid-url', message: `The \`url\` option \`${pageUrl.slice(0, 200)}\` is not a URL; relative links stay relative.`, severity: 'warning' });
  }
  let resolved = page;
  const href = base?.attrs.href?.trim();
  if (base && href !== undefined && href !== '') {
    const fromBase = parse(href, page);
    if (fromBase) resolved = fromBase;
    else {
      problems.push({
        code: 'html-invalid-base',
        message: `\`<base href="${href.slice(0, 200)}">\` is not a URL; it was ignored.`,
        severity: 'warning',
        start: base.start,
        end: base.end,
      });
    }
  }
  return {
    resolve(reference) {
      const trimmed = reference.trim();
      if (!resolved || trimmed.length > MAX_URL) return trimmed;
      return parse(trimmed, resolved)?.href ?? trimmed;
    },
  };
}

function parseAbsolute(value: string | undefined): URL | undefined {
  const url = parse(value?.trim());
  return url && /^https?:$/.test(url.protocol) ? url : undefined;
}

function parse(value: string | undefined, base?: URL): URL | undefined {
  if (!value || value.length > MAX_URL) return undefined;
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}
