import { preview, type InlineConfig, type PreviewServer } from 'vite';

/**
 * scripts/serveDist.ts, but for another build folder and for the static page: it takes no config today.
 * Once it does, this file goes.
 */
export async function serve(config: InlineConfig): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    ...config,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
