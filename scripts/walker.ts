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
  return result.outputFiles[0].text.trim();
}
