// `npm run playground`: builds the playground with esbuild (the library's browser build, each
// optional part its own chunk) and serves it on localhost. `--port N` picks the port (default 5173).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { browserBindings } from '../../scripts/browser-bindings.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

/** Builds the playground into memory: path under the site root → contents. */
export async function buildPlayground(): Promise<Map<string, Uint8Array>> {
  const outdir = join(here, 'dist');
  const result = await build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    write: false,
    outdir,
    plugins: [browserBindings],
    logLevel: 'warning',
  });
  const files = new Map<string, Uint8Array>([['/', readFileSync(join(here, 'index.html'))]]);
  for (const file of result.outputFiles) files.set(`/dist/${file.path.slice(outdir.length + 1)}`, file.contents);
  return files;
}

/** Builds and serves the playground on 127.0.0.1; port 0 picks a free one. */
export async function servePlayground(port = 5173): Promise<{ url: string; server: Server }> {
  const files = await buildPlayground();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body = files.get(path === '/index.html' ? '/' : path);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path === '/' ? '.html' : path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`, server };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--port');
  const { url } = await servePlayground(at > 0 ? Number(process.argv[at + 1]) : 5173);
  console.log(`broadsheet playground: ${url}`);
}
