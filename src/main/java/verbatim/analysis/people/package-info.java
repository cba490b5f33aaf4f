/**
 * Finding the people and organisations an article names, each person under its canonical name (the longest
 * form, without titles or functions) with a gender the article itself shows where it can.
 */
package verbatim.analysis.people;
