import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes after gzip at its best level, as a static host that precompresses would send them. */
export const gzipped = (body: Buffer) => (body.length ? gzipSync(body, { level: 9 }).length : 0);

export const brotlied = (body: Buffer) =>
  body.length
    ? brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length
    : 0;
