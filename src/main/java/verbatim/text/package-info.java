/** Language-level helpers that know nothing of articles: elision repair, typography, slugs, language guess. */
package verbatim.text;
