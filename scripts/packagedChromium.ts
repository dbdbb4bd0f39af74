import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

const NAME = '@sparticuz/chromium';

/** The Chromium package from the npm registry, when it is in node_modules: its version and its brotli-packed binary. */
export function packagedChromium(): { name: string; version: string; archive: string } | undefined {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(NAME);
  } catch {
    return undefined;
  }
  // The package exports only its script (build/index.js); the binary and package.json lie beside it.
  const root = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { name: NAME, version, archive: join(root, 'bin', 'chromium.br') };
}

/**
 * Unpacks the binary into `folder` and returns its path. Not the package's own executablePath(): that one
 * unpacks to /tmp/chromium, shared by every checkout on the machine and reused whatever version put it there.
 * Its fonts and GL libraries are left packed: the tests draw with the machine's fonts and no GPU.
 */
export async function unpackChromium(archive: string, folder: string): Promise<string> {
  const binary = join(folder, 'chromium');
  await pipeline(createReadStream(archive), createBrotliDecompress(), createWriteStream(binary, { mode: 0o755 }));
  return binary;
}
