// The talk and the course plan: built in both locales, in the talk's order,
// every link inside them resolves to a built page; every guide has the
// "Presentar" control and the generated reference does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { docPages } from './pages';

const BUILD = path.resolve('build');
const TEACHER_PAGES = ['/docs/docentes/la-charla', '/docs/docentes/para-docentes'];

function htmlOf(route: string): string {
  const file = path.join(BUILD, route, 'index.html');
  assert.ok(existsSync(file), `no se compiló ${route}`);
  return readFileSync(file, 'utf8');
}

function article(html: string): string {
  const m = /<article[\s\S]*?<\/article>/.exec(html);
  assert.ok(m, 'sin <article>');
  return m[0];
}

function resolves(href: string): boolean {
  const clean = decodeURIComponent(href.replace(/[#?].*$/, ''));
  const base = path.join(BUILD, clean);
  return [base, path.join(base, 'index.html'), `${base}.html`].some((f) => existsSync(f));
}

for (const locale of ['', '/en']) {
  for (const page of TEACHER_PAGES) {
    test(`${locale || 'es'} ${page}: compilada y sin enlaces rotos / built, no broken link`, () => {
      const body = article(htmlOf(`${locale}${page}`));
      // The built HTML is minified: attribute values may be unquoted.
      const hrefs = [...body.matchAll(/href=(?:"([^"]*)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
      const internal = hrefs.filter((h) => h.startsWith('/'));
      assert.ok(internal.length >= 5, `solo ${internal.length} enlaces internos`);
      assert.deepEqual(internal.filter((h) => !resolves(h)), []);
      for (const h of internal) if (locale) assert.ok(h.startsWith('/en/'), `enlace que sale del inglés: ${h}`);
    });
  }
}

test('la charla sigue el orden de la charla original / the talk keeps the original order', () => {
  const expected = {
    '': ['¿Qué es wsgiref?', '¿Qué es WSGI?', 'La PEP 3333', 'util', 'headers', 'simple_server', 'validate', 'handlers', 'types', '«No entendí nada»', 'Los servidores', 'Tarea: los frameworks'],
    '/en': ['What is wsgiref?', 'What is WSGI?', 'PEP 3333', 'util', 'headers', 'simple_server', 'validate', 'handlers', 'types', '“I didn’t get any of it”', 'The servers', 'Homework: the frameworks'],
  };
  for (const [locale, headings] of Object.entries(expected)) {
    const body = article(htmlOf(`${locale}/docs/docentes/la-charla`));
    const h2 = [...body.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) =>
      m[1].replace(/<a [^>]*class="hash-link[\s\S]*?<\/a>/g, '').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/\u200b/g, '').trim(),
    );
    assert.deepEqual(h2, headings.map((h) => h.replace(/[“”]/g, '"').replace(/’/g, "'")));
  }
});

test('cada guía tiene «Presentar» y la referencia generada no / every guide has Presentar, the API reference does not', () => {
  // Files and folders starting with _ are not pages (Docusaurus skips them).
  for (const { route } of docPages().filter((p) => !/\/_/.test(p.route))) {
    assert.match(htmlOf(route), /data-present-button/, `${route} sin «Presentar»`);
  }
  assert.doesNotMatch(htmlOf('/docs/api/headers/classes/Headers'), /data-present-button/);
});
