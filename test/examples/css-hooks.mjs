// Node module hooks for the example tests: a CSS module imported by a
// component becomes an object whose class names are the property names,
// as css-loader's would be in the page.
export async function load(url, context, nextLoad) {
  if (url.endsWith('.css')) {
    return {
      format: 'module',
      shortCircuit: true,
      source:
        'export default new Proxy({}, { get: (_, key) => (typeof key === "string" ? key : undefined) });',
    };
  }
  return nextLoad(url, context);
}
