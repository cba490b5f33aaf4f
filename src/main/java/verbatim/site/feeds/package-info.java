/** Atom 1.0 feeds (RFC 4287): the feed model and its XML writer, knowing nothing of articles or people. */
package verbatim.site.feeds;
