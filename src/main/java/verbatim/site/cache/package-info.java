/** What a build keeps between builds: each article's analysis, under a key of its text and the rules' version. */
package verbatim.site.cache;
