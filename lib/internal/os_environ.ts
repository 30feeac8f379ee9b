/**
 * read_environ's transcoding: which CGI variables are request data, and
 * how their text becomes WSGI's native (latin-1) strings on each platform
 * and server. Internal helper: not re-exported by index.ts.
 *
 * @internal
 * @module
 */

const REQUEST_VARIABLES = new Set([
  'SCRIPT_NAME',
  'PATH_INFO',
  'QUERY_STRING',
  'REQUEST_METHOD',
  'AUTH_TYPE',
  'CONTENT_TYPE',
  'CONTENT_LENGTH',
  'HTTPS',
  'REMOTE_USER',
  'REMOTE_IDENT',
]);

export function needsTranscode(key: string): boolean {
  return (
    REQUEST_VARIABLES.has(key) ||
    key.startsWith('HTTP_') ||
    key.startsWith('SSL_') ||
    (key.startsWith('REDIRECT_') && needsTranscode(key.slice(9)))
  );
}

const utf8 = new TextEncoder();

/** Python's `v.encode('utf-8').decode('iso-8859-1')`: the bytes, one char each. */
function utf8AsLatin1(value: string): string {
  let out = '';
  for (const byte of utf8.encode(value)) out += String.fromCharCode(byte);
  return out;
}

/** Windows' "system code page, errors=replace": only latin-1 survives here. */
function replaceNonLatin1(value: string): string {
  return value.replace(/[^\x00-\xff]/gu, '?');
}

/** One request variable as read_environ leaves it for this platform and server software. */
export function transcode(value: string, platform: string | undefined, software: string): string {
  if (platform !== 'win32') return utf8AsLatin1(value);
  if (software.startsWith('microsoft-iis/')) return utf8AsLatin1(value);
  if (software.startsWith('apache/')) return value;
  if (software.startsWith('simplehttp/') && software.includes('python/3')) return utf8AsLatin1(value);
  return replaceNonLatin1(value);
}
