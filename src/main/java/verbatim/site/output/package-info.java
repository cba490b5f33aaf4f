/** The output folder of a build: the files written or kept, put in place only once the build succeeded, and the manifest the next build checks them against. */
package verbatim.site.output;
