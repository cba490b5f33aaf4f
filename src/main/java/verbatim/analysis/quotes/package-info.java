/** Finding the quotations of an article: the spans between « », “ ”, " " and ‹ › marks, nested or not. */
package verbatim.analysis.quotes;
