/** What a build keeps between builds: each text's analysis, under a key of its text and the rules' version, and each built article, under a key of its files and the build's inputs. */
package verbatim.site.cache;
