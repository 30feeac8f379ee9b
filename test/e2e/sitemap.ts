// The pages a locale's sitemap lists, as paths on the served build.
import { siteUrl } from './browser';

export async function sitemapPaths(prefix: string): Promise<string[]> {
  const xml = await (await fetch(`${siteUrl()}${prefix}sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}
