import { preview, type InlineConfig, type PreviewServer } from 'vite';

/**
 * Serves a built app (dist/ of the working directory, or what `config` names) on a free loopback port, as
 * a static host would: gzip and all. The browser tests and the benchmark use it.
 */
export async function serveDist(config: InlineConfig = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    ...config,
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
