/**
 * Finding the calendar references of an article (a day, a month, a year, in French and English) and resolving
 * each against the article date, forward when the sentence speaks of what will happen.
 */
package verbatim.analysis.dates;
