// `npm run bench`: prints figures, asserts nothing. Each section is one benchmark module.
import { benchRendererSize } from './renderer-size';

const sections: Array<[string, () => Promise<string[]>]> = [['renderer bundle', benchRendererSize]];

for (const [name, run] of sections) {
  const lines = await run();
  console.log(`\n${name}`);
  for (const line of lines) console.log(`  ${line}`);
}
