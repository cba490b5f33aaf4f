/** Sitemaps (sitemaps.org protocol 0.9, with hreflang alternates) and robots.txt, knowing nothing of articles. */
package verbatim.site.sitemap;
