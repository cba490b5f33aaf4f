/** Not API: the compiled French word list behind {@code verbatim.text.ElisionRepair} and the tool that builds it. */
package verbatim.text.internal;
