// src/python/*.py are bundled as their source text (plugins/pyodide-assets: type 'asset/source').
declare module '*.py' {
  const source: string;
  export default source;
}
