// The parse floor: what any rnsocial run must at least do, with no rules: list and read the
// drafts, parse each with unified + remark-parse + remark-frontmatter (as src/draft/markdown.ts
// does) and parse the frontmatter with yaml's parseDocument (as src/draft/frontmatter.ts does).
// The dependencies are passed in, so the same code runs unbundled (root node_modules) and bundled.
import { readFileSync } from 'node:fs';
import { listDrafts } from './drafts.mjs';

export function runFloor(deps, inputs, { parse = true } = {}) {
  const files = listDrafts(inputs);
  const processor = parse ? deps.unified().use(deps.remarkParse).use(deps.remarkFrontmatter, ['yaml']).freeze() : undefined;
  let chars = 0;
  let nodes = 0;
  let yamlItems = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    chars += text.length;
    if (!processor) continue;
    const tree = processor.parse(text);
    nodes += tree.children.length;
    const first = tree.children[0];
    if (first?.type === 'yaml') {
      const doc = deps.parseDocument(first.value, { prettyErrors: false, uniqueKeys: true });
      yamlItems += doc.contents?.items?.length ?? 0;
    }
  }
  process.stdout.write(`${JSON.stringify({ files: files.length, chars, nodes, yamlItems })}\n`);
}
