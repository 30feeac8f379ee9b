// Node module hooks for the example tests: a CSS module imported by a
// component becomes an object whose class names are the property names,
// as css-loader's would be in the page; a .py file becomes its source text.
export async function load(url, context, nextLoad) {
  if (url.endsWith('.css')) {
    return {
      format: 'module',
      shortCircuit: true,
      source:
        'export default new Proxy({}, { get: (_, key) => (typeof key === "string" ? key : undefined) });',
    };
  }
  if (url.endsWith('.py')) {
    // src/python/*.py are bundled as their text (plugins/pyodide-assets).
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL(url), 'utf8');
    return { format: 'module', shortCircuit: true, source: `export default ${JSON.stringify(text)};` };
  }
  return nextLoad(url, context);
}
