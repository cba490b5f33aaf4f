/** The command line: one picocli class per command, over the library below. */
package verbatim.cli;
