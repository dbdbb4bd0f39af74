import { preview, type PreviewServer } from 'vite';

/** Serves the built app (dist/) on a free loopback port, as a static host would. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
