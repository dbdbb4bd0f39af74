import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { walkerQuestions } from './walkerQuestions.ts';

/** src/early/walker.ts with the engine code it uses and the questions, as one small script to inline into every page. */
export async function buildWalker(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('../src/early/walker.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2020',
    legalComments: 'none',
    plugins: [
      {
        name: 'walker-flow',
        setup(builder) {
          builder.onResolve({ filter: /^virtual:walker-flow$/ }, () => ({ path: 'walker-flow', namespace: 'walker-flow' }));
          builder.onLoad({ filter: /.*/, namespace: 'walker-flow' }, () => ({
            contents: `export const questions = ${JSON.stringify(walkerQuestions())};`,
            loader: 'js',
          }));
        },
      },
    ],
  });
  const walker = result.outputFiles[0].text.trim();
  const gzip = gzipSync(walker, { level: 9 }).length;
  if (gzip > WALKER_GZIP_LIMIT)
    throw new Error(
      `src/early/walker.ts: the early walker with its questions is ${gzip} bytes gzip, over its ${WALKER_GZIP_LIMIT}: ` +
        'every page carries it before its first question',
    );
  return walker;
}

/**
 * Bytes of gzip (level 9) the early walker may take, its questions included: it is inlined into every page.
 * 5 KiB: one markup shared with the app (src/views/), Dutch words marked in any text (`<nl>`), options worded
 * for the person themself and the double tap told by time and place took it from 3,826 bytes to about 5,020;
 * saying each wait (a tap that waits for the app, a language on its way in the language tapped, the list
 * loading) through the page's live region to 5,036; later words and views to 5,111. 5,200 since 2026-12-03: the
 * early fetches start after the first answer's screen is painted, not before it (30 bytes; starting them took
 * about 40 ms of that tap on a slow phone at 4× CPU); 5,184 with those fetches and a first drawing of a
 * question put off to idle time (the first tap at a person's pace on the slow phone: 121 → 53–77 ms).
 */
export const WALKER_GZIP_LIMIT = 5200;
