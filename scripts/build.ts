// `npm run build`: the site of both locales in build/, one Docusaurus
// process per locale (see scripts/buildLocales.ts). Arguments are passed on
// to `docusaurus build` (e.g. `npm run build -- --out-dir other`).
import { buildLocales } from './buildLocales';

buildLocales({ args: process.argv.slice(2) });
