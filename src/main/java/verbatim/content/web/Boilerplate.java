package verbatim.content.web;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells the blocks of a news page that are not the article's text, and why: by tag, by class, id or role,
 * and, for a short block, by its words.
 *
 * <p>Example: {@code <div class="sharedaddy sd-sharing-enabled">} → "share buttons";
 * {@code <p><strong>Lire aussi</strong> Le musée rouvre</p>} → "read also"; {@code <p>Il pleut.</p>} → none.
 */
final class Boilerplate {

    private static final Set<String> DROPPED_TAGS = Set.of("nav", "footer", "aside", "form", "button", "menu",
            "figcaption", "dialog", "select", "textarea", "input", "label", "table", "svg", "canvas", "video",
            "audio", "picture", "img", "iframe", "object", "embed", "amp-img", "amp-iframe", "amp-ad",
            "amp-embed", "amp-sidebar", "amp-social-share", "amp-analytics", "amp-consent", "amp-carousel",
            "amp-video", "amp-youtube", "amp-instagram", "amp-twitter", "amp-facebook", "amp-list");

    /** Parts of class names, ids and roles (split at '-', '_' and spaces) and what they mark. */
    private static final Pattern SHARE = Pattern.compile("share|sharing|sharedaddy|social|sociable|addthis");
    private static final Pattern READ_ALSO = Pattern.compile(
            "related\\w*|relatedposts|recirc\\w*|catcher|outbrain|taboola|teaser|teasers|also|aussi|lire"
                    + "|recommended|recommendations|trending|popular|mostread|morestories|seealso|suggestions");
    private static final Pattern AD = Pattern.compile(
            "ad|ads|adv|advert\\w*|adslot|adunit|dfp|gpt|pub|publicite|sponsor\\w*|inread|banner|billboard"
                    + "|commercial|partner|partners|affiliate|outstream|mpu|leaderboard|taboola");
    private static final Pattern NEWSLETTER = Pattern.compile(
            "newsletter\\w*|subscribe|subscription|subscriptions|signup|optin|promo|abonnement|inscription|cta");
    private static final Pattern COMMENTS = Pattern.compile("comment|comments|commentaires|disqus|respond|replies");
    private static final Pattern BYLINE = Pattern.compile(
            "byline|author|authors|auteur|auteurs|meta|dateline|timestamp|date|published|signature|vcard|bio");
    private static final Pattern GALLERY = Pattern.compile("gallery|galleries|slideshow|diaporama|carousel|slider");
    /** Charts and interactive graphics: their labels are no prose (ai2html, Datawrapper, Flourish are the usual tools). */
    private static final Pattern CHART = Pattern.compile(
            "chart|charts|infographic|interactive|artboard|ai2html|datawrapper|flourish");
    private static final Pattern VIDEO = Pattern.compile("video|videos|\\w*player|vjs");
    private static final Pattern CAPTION = Pattern.compile(
            "caption|captions|figcaption|legend|legends|legende|legendes|credit|credits|copyright");
    private static final Pattern NAVIGATION = Pattern.compile(
            "nav|navbar|navigation|breadcrumb|breadcrumbs|menu|pagination|skip|toolbar|topbar|masthead|sidebar");
    private static final Pattern TAGS = Pattern.compile("tags|tag|taglist|keywords|topics|categories|cat");
    private static final Pattern PAYWALL = Pattern.compile("paywall|regwall");
    private static final Pattern TIME = Pattern.compile("time|hour|heure");

    private static final Pattern READ_ALSO_TEXT = Pattern.compile(
            "(?iu)^(?:[ÀA] )?(?:lire|voir|à lire|à voir|relire|découvrir) (?:aussi|également|notre|nos|la suite)\\b.*"
                    + "|^(?:read|see|watch) (?:also|more|next)\\b.*|^related\\s*:.*|^sur le même sujet\\b.*"
                    + "|^(?:also read|more on this|more from)\\b.*|^notre (?:sélection|dossier)\\b.*");
    private static final Pattern AD_TEXT = Pattern.compile(
            "(?iu)^(?:publicité|advertisement|annonce|sponsored|contenu sponsorisé|ad|pub|"
                    + "story continues below advertisement|article continues below|la suite après cette publicité)"
                    + "\\s*[.:]?$");
    private static final Pattern NEWSLETTER_TEXT = Pattern.compile(
            "(?iu)^(?:inscrivez-vous|abonnez-vous|sign up|subscribe|recevez|get our|s'abonner|je m'abonne)\\b.*"
                    + "|.*\\b(?:newsletter|lettre d['’]information|infolettre|in your inbox|dans votre boîte)\\b.*");
    private static final Pattern PAYWALL_TEXT = Pattern.compile(
            "(?iu)^il vous reste \\d+ ?% de cet article.*|.*réservée? aux abonnés.*|.*for subscribers only.*"
                    + "|^(?:déjà abonné|already a subscriber|subscribe to continue)\\b.*");
    private static final Pattern SHARE_TEXT = Pattern.compile(
            "(?iu)^(?:partager|partagez|share|share this|share on|tweet)(?:\\s+(?:sur|on|this article|cet article|"
                    + "l['’]article))?\\s*:?$|^(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|copier le lien|copy link)"
                    + "(?:\\s+(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|copier le lien|copy link))*$");
    private static final Pattern CAPTION_TEXT = Pattern.compile(
            "(?iu)^(?:photo|photos|crédit|crédits|credit|image|illustration|©)\\s*[:/©].{0,120}$|^©.{0,120}$"
                    + "|^\\(?(?:photo|crédit photo)\\b.{0,100}\\)?$");

    private Boilerplate() {
    }

    /** Why the element is not the article's text, from its tag and its class, id and role; empty if it may be. */
    static Optional<String> reason(Element e) {
        String tag = e.normalName();
        if (tag.equals("figcaption")) {
            return Optional.of("caption");
        }
        if (tag.equals("nav")) {
            return Optional.of("navigation");
        }
        if (tag.equals("table")) {
            return Optional.of("table");
        }
        if (tag.startsWith("amp-ad") || tag.equals("amp-embed")) {
            return Optional.of("ad");
        }
        if (tag.equals("amp-social-share")) {
            return Optional.of("share buttons");
        }
        if (tag.equals("form") || tag.equals("button")) {
            return Optional.of("form");
        }
        if (DROPPED_TAGS.contains(tag)) {
            return Optional.of(tag.equals("footer") || tag.equals("aside") ? tag : "media");
        }
        String words = (e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("data-component")
                + " " + e.attr("data-type") + " " + e.attr("data-testid")).toLowerCase(Locale.ROOT);
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") && e.text().length() < 40) {
            return Optional.of("hidden");
        }
        String found = null;
        for (String part : words.split("[\\s_-]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String reason = partReason(part);
            if (reason != null) {
                found = reason;
                break;
            }
        }
        if (words.matches("(?s).*\\b(pullquote|pull-quote|exergue)\\b.*")) {
            found = "pull quote";
        } else if (found == null && words.matches("(?s).*\\b(lire-aussi|read-also|see-also|a-lire|voir-aussi)\\b.*")) {
            found = "read also";
        }
        return Optional.ofNullable(found);
    }

    private static String partReason(String part) {
        if (SHARE.matcher(part).matches()) {
            return "share buttons";
        }
        if (COMMENTS.matcher(part).matches()) {
            return "comments";
        }
        if (NEWSLETTER.matcher(part).matches()) {
            return "newsletter";
        }
        if (AD.matcher(part).matches()) {
            return "ad";
        }
        if (PAYWALL.matcher(part).matches()) {
            return "paywall";
        }
        if (CAPTION.matcher(part).matches()) {
            return "caption";
        }
        if (GALLERY.matcher(part).matches()) {
            return "gallery";
        }
        if (VIDEO.matcher(part).matches()) {
            return "video player";
        }
        if (CHART.matcher(part).matches()) {
            return "chart";
        }
        if (BYLINE.matcher(part).matches()) {
            return "byline";
        }
        if (NAVIGATION.matcher(part).matches()) {
            return "navigation";
        }
        if (TAGS.matcher(part).matches()) {
            return "tags";
        }
        if (part.equals("header") || part.equals("footer")) {
            return part;
        }
        if (READ_ALSO.matcher(part).matches()) {
            return "read also";
        }
        return null;
    }

    /** Why a short block of text is not the article's text, from its words alone; empty if it may be. */
    static Optional<String> textReason(String text) {
        String t = text.strip();
        if (t.length() > 220) {
            return Optional.empty();
        }
        if (AD_TEXT.matcher(t).matches()) {
            return Optional.of("ad");
        }
        if (READ_ALSO_TEXT.matcher(t).matches()) {
            return Optional.of("read also");
        }
        if (PAYWALL_TEXT.matcher(t).matches()) {
            return Optional.of("paywall");
        }
        if (SHARE_TEXT.matcher(t).matches()) {
            return Optional.of("share buttons");
        }
        if (CAPTION_TEXT.matcher(t).matches()) {
            return Optional.of("caption");
        }
        if (t.length() <= 160 && NEWSLETTER_TEXT.matcher(t).matches()) {
            return Optional.of("newsletter");
        }
        return Optional.empty();
    }

    /** True for a class part naming a time stamp, as in a live blog's entries. */
    static boolean isTime(Element e) {
        if (e.normalName().equals("time")) {
            return true;
        }
        for (String part : e.className().toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            if (TIME.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }
}
