import type { Config, LoadContext, Plugin } from '@docusaurus/types';
import type { Compiler } from 'webpack';
import type * as Preset from '@docusaurus/preset-classic';
import { darkCodeTheme, lightCodeTheme } from './src/css/prismThemes';
import apiReference from './typedoc/options';
import pyodideAssets from './plugins/pyodide-assets/index';
import postcssNoConfig from './plugins/postcss-no-config/index';

// `npm run build:offline` sets WSGIREF_OFFLINE=1: a hash-router build that
// navigates when opened from disk (file://). See scripts/build-offline.ts.
const offline = process.env.WSGIREF_OFFLINE === '1';

// package.json says "type": "module", so webpack would parse Docusaurus'
// generated .js files (route registry, client modules) as strict ESM and
// leave their require.resolveWeak()/require() calls untouched: the SSG
// step then fails with "require.resolveWeak is not a function"
// (webpack/webpack#15775, facebook/docusaurus#9653).
function generatedFilesAsAuto(context: LoadContext): Plugin {
  return {
    name: 'wsgiref-generated-files-as-auto',
    configureWebpack: (_config, isServer) => ({
      module: { rules: [{ test: /\.js$/, include: context.generatedFilesDir, type: 'javascript/auto' }] },
      plugins: isServer ? [serverBundleIsCommonJs] : [],
    }),
  };
}

// The server bundle Rspack writes to build/__server/ is CommonJS split into
// chunks; under "type": "module" Node would load those .js chunks as ESM
// during static generation ("exports is not defined in ES module scope").
// A package.json beside them says what they are.
const serverBundleIsCommonJs = {
  apply(compiler: Compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('wsgiref-server-commonjs', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'wsgiref-server-commonjs', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset('package.json', new sources.RawSource('{ "type": "commonjs" }\n')),
      );
    });
  },
};

const baseUrl = process.env.BASE_URL || '/';

const config: Config = {
  title: 'wsgiref-ts',
  tagline: 'El módulo wsgiref de Python y la PEP 3333, en TypeScript y en el navegador',
  url: process.env.SITE_URL || 'http://localhost:3000',
  baseUrl,
  favicon: 'img/favicon.svg',
  trailingSlash: undefined,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    mermaid: true,
    hooks: { onBrokenMarkdownLinks: 'throw' },
  },
  future: {
    // Required by faster's SSG worker threads; no plugin here reads the
    // legacy postBuild `head` attribute.
    v4: { removeLegacyPostBuildHeadAttribute: true },
    // Rspack, SWC and Lightning CSS (@docusaurus/faster): the cold build of
    // both locales on 2 cores drops from ~175 s to about a third.
    // All of it but Rspack's persistent cache, which build:offline alone
    // turns on (WSGIREF_RSPACK_CACHE=1): writing it (~250 MB) made a cold
    // build ~10 s slower per locale and ~0.3 GiB heavier, for warm builds
    // nobody makes here (CI and a course build from cold; `docusaurus
    // start` has its own cache in memory); build:offline's hash-router
    // pass reads what its first pass wrote (same modules, same cache
    // names).
    faster: {
      rspackBundler: true,
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: true,
      ssgWorkerThreads: true,
      gitEagerVcs: true,
      rspackPersistentCache: process.env.WSGIREF_RSPACK_CACHE === '1',
    },
    // No page shows its last update (showLastUpdateTime/Author), so nothing
    // needs Git's history: the default would read it all at start-up.
    experimental_vcs: false,
    experimental_router: offline ? 'hash' : 'browser',
  },
  i18n: {
    defaultLocale: 'es',
    locales: ['es', 'en'],
    // Explicit base URLs: scripts/buildLocales.ts builds each locale with
    // its own `docusaurus build --locale`, which would otherwise put en at
    // the root (a single --locale turns off the /en/ prefix).
    localeConfigs: {
      es: { label: 'Español', htmlLang: 'es', baseUrl },
      en: { label: 'English', htmlLang: 'en', baseUrl: `${baseUrl}en/` },
    },
  },
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          // The generated reference has its own sidebar (sidebars.ts).
          async sidebarItemsGenerator({ defaultSidebarItemsGenerator, ...args }) {
            const docs = args.docs.filter((doc) => !/^api(\/|$)/.test(doc.sourceDirName));
            return defaultSidebarItemsGenerator({ ...args, docs });
          },
        },
        blog: false,
        theme: { customCss: ['./src/css/custom.css', './src/css/print.css'] },
      } satisfies Preset.Options,
    ],
  ],
  clientModules: ['./src/clientModules/scrollableTables.ts'],
  themes: [
    '@docusaurus/theme-live-codeblock',
    '@docusaurus/theme-mermaid',
    [
      // @easyops-cn/docusaurus-search-local, accent-insensitive and file://-proof.
      './plugins/search-accents/index.ts',
      {
        language: ['es', 'en'],
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: 'docs',
        hashed: 'query',
        highlightSearchTermsOnTargetPage: false,
        searchResultLimits: 10,
        explicitSearchResultPath: true,
      },
    ],
  ],
  plugins: [
    generatedFilesAsAuto,
    postcssNoConfig,
    pyodideAssets,
    [apiReference, { id: 'api-es', lang: 'es' }],
    [apiReference, { id: 'api-en', lang: 'en' }],
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'wsgiref-ts',
      logo: { alt: 'wsgiref-ts', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Documentación' },
        { type: 'docSidebar', sidebarId: 'api', position: 'left', label: 'Referencia API' },
        { type: 'localeDropdown', position: 'right' },
        { type: 'search', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Documentación',
          items: [
            { label: 'Introducción', to: '/docs/' },
            { label: 'Referencia API', to: '/docs/api/' },
          ],
        },
        {
          title: 'Fuentes',
          items: [
            { label: 'PEP 3333', href: 'https://peps.python.org/pep-3333/' },
            { label: 'wsgiref en la documentación de Python', href: 'https://docs.python.org/es/3/library/wsgiref.html' },
          ],
        },
      ],
      copyright: 'wsgiref-ts: el módulo wsgiref de Python portado a TypeScript. Licencia MIT.',
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: ['python', 'bash', 'http'],
    },
    liveCodeBlock: { playgroundPosition: 'bottom' },
  } satisfies Preset.ThemeConfig,
};

export default config;
