/**
 * Records a build writes to the disk instead of holding them, so that its memory does not grow with the number of
 * articles: runs sorted in memory, spilled to files and merged ({@link verbatim.site.spill.ExternalSort}), and files
 * of records read back by position ({@link verbatim.site.spill.RecordFile}), each in a temporary file deleted when
 * closed ({@link verbatim.site.spill.ScratchFile}).
 */
package verbatim.site.spill;
