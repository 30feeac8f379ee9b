// Unit test: every postcss-loader Docusaurus configures, however nested,
// stops looking for a PostCSS config file; other loaders are untouched.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import postcssNoConfig, { disablePostcssConfigSearch } from './index';

function rules() {
  const postcss = () => ({ loader: '/x/node_modules/postcss-loader/dist/cjs.js', options: { postcssOptions: { ident: 'postcss', plugins: [] } } });
  return [
    { test: /\.css$/, use: [{ loader: 'css-loader', options: {} }, postcss()] },
    { oneOf: [{ use: [postcss()] }, { rules: [{ use: [postcss(), 'style-loader'] }] }] },
    { test: /\.js$/, use: [{ loader: 'swc-loader' }] },
  ];
}

test('postcss-loaders get postcssOptions.config = false, keeping their other options', () => {
  const all = rules();
  assert.equal(disablePostcssConfigSearch(all), 3);
  const first = all[0].use![1] as { options: { postcssOptions: Record<string, unknown> } };
  assert.deepEqual(first.options.postcssOptions, { ident: 'postcss', plugins: [], config: false });
  assert.deepEqual(all[2].use, [{ loader: 'swc-loader' }]);
});

test('the plugin edits the bundler config in place and merges nothing', () => {
  const config = { module: { rules: rules() } };
  const plugin = postcssNoConfig();
  assert.deepEqual(plugin.configureWebpack!(config as never, false, {} as never, undefined), {});
  const [{ use }] = config.module.rules[1].oneOf as { use: { options: { postcssOptions: { config?: boolean } } }[] }[];
  const entry = use[0];
  assert.equal(entry.options.postcssOptions.config, false);
  assert.equal(disablePostcssConfigSearch(undefined), 0);
});
