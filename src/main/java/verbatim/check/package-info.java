/**
 * What an editor should fix before publishing: broken internal links and anchors, translations that differ from
 * their original (numbers, dates, people, quotations), translations whose original changed since they were
 * accepted, and quotations whose speaker is unknown or inferred.
 */
package verbatim.check;
