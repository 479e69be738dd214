// A tiny static file server for the browser build, with the headers that
// make a page cross-origin isolated (needed for SharedArrayBuffer, i.e. wasm
// threads):
//   Cross-Origin-Opener-Policy: same-origin
//   Cross-Origin-Embedder-Policy: require-corp
//
//   node tests/web/server.mjs [--port N] PREFIX=DIR...
//
// Serves DIR under /PREFIX/ (e.g. beamline=build/wasm-release/web); the
// last PREFIX may be '' for the root. Also importable: startServer(mounts, port).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

// mounts: {prefix: directory}; longest prefix first.
export function startServer(mounts, port = 0, host = '127.0.0.1') {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => [`/${prefix.replace(/^\/+|\/+$/g, '')}${prefix ? '/' : ''}`, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const mount = table.find(([prefix]) => path.startsWith(prefix));
      if (!mount || (req.method !== 'GET' && req.method !== 'HEAD')) throw Object.assign(new Error(), { code: 'ENOENT' });
      let file = normalize(join(mount[1], path.slice(mount[0].length)));
      if (file !== mount[1] && !file.startsWith(mount[1] + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        ...ISOLATION,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      const code = err.code === 'ENOENT' || err.code === 'ENOTDIR' ? 404 : 500;
      res.writeHead(code, { ...ISOLATION, 'Content-Type': 'text/plain' });
      res.end(code === 404 ? 'not found\n' : `${err}\n`);
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let port = 8080;
  const mounts = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port') port = Number(args[++i]);
    else {
      const eq = args[i].indexOf('=');
      if (eq < 0) throw new Error(`expected PREFIX=DIR, got ${args[i]}`);
      mounts[args[i].slice(0, eq)] = args[i].slice(eq + 1);
    }
  }
  const { url } = await startServer(mounts, port);
  console.log(`serving ${JSON.stringify(mounts)} at ${url}`);
}
