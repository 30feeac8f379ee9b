import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rootPyodideUrl } from './rootUrl';

const site = { currentLocale: 'es', defaultLocale: 'es' };

test('la carpeta pyodide/ está en la raíz del sitio / pyodide/ is at the site root', () => {
  assert.equal(rootPyodideUrl({ ...site, baseUrl: '/', documentUrl: 'http://h/docs/x' }), 'http://h/pyodide/');
  assert.equal(
    rootPyodideUrl({ ...site, baseUrl: '/curso/', documentUrl: 'http://h/curso/docs/x' }),
    'http://h/curso/pyodide/',
  );
});

test('los demás idiomas comparten la misma copia / other locales share one copy', () => {
  const en = { currentLocale: 'en', defaultLocale: 'es' };
  assert.equal(rootPyodideUrl({ ...en, baseUrl: '/en/', documentUrl: 'http://h/en/docs/x' }), 'http://h/pyodide/');
  assert.equal(
    rootPyodideUrl({ ...en, baseUrl: './', documentUrl: 'http://h/sitio/en/index.html#/en/docs/x' }),
    'http://h/sitio/pyodide/',
  );
  assert.equal(
    rootPyodideUrl({ ...site, baseUrl: './', documentUrl: 'http://h/sitio/index.html#/docs/x' }),
    'http://h/sitio/pyodide/',
  );
});
