package verbatim.site.feeds;

import java.net.IDN;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tag URIs (RFC 4151), the permanent ids of feeds and entries: {@code tag:} the authority name, a date on which the
 * site's owner held it, then what is named.
 *
 * <p>Example: the base URL {@code https://Archive.Example.org/presse/}, the date {@code 2026} and the specific part
 * {@code fr/articles/sharma-anthropic} give {@code tag:archive.example.org,2026:presse/fr/articles/sharma-anthropic}.
 * One date serves every id of a site (the RFC's rule: the tagging entity held the name on that date), never an
 * article's date, which may be older than the site or corrected later, nor the clock.
 */
public final class TagUri {

    /** The authority when the base URL gives none a tag may use (RFC 2606 reserves {@code .invalid}). */
    public static final String NO_HOST = "archive.invalid";
    /** RFC 4151's {@code date}: a year, a month of it or a day of it. */
    public static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern DNS_NAME = Pattern.compile(
            "[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    private static final String PCHAR = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/%";

    private TagUri() {
    }

    /**
     * {@code tag:authority,date:specific}; characters of {@code specific} a tag may not hold are percent-encoded
     * (UTF-8).
     */
    public static String of(String authority, String date, String specific) {
        return "tag:" + authority + "," + date + ":" + encode(specific);
    }

    /**
     * The authority name of a base URL: its host in lower case, an international name in its ASCII form
     * ({@code café.example} → {@code xn--caf-dma.example}), without user, port or final dot; {@link #NO_HOST} when
     * there is no base URL or its host is no DNS name (an IPv6 address).
     */
    public static String authority(String baseUrl) {
        String rest = baseUrl.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String host = rest.substring(0, end);
        host = host.substring(host.lastIndexOf('@') + 1);
        if (host.startsWith("[")) {
            return NO_HOST;
        }
        host = host.replaceFirst(":\\d*$", "").replaceFirst("\\.$", "");
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return NO_HOST;
        }
        return DNS_NAME.matcher(host).matches() ? host : NO_HOST;
    }

    /**
     * The path of a base URL, for the front of every id, so that two archives on one host keep apart:
     * {@code https://example.org/presse/} → {@code presse/}; "" at the root.
     */
    public static String prefix(String baseUrl) {
        String rest = baseUrl.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", "").replaceFirst("[?#].*", "");
        String path = rest.replaceFirst("^/+", "");
        return path.isEmpty() || path.endsWith("/") ? path : path + "/";
    }

    /**
     * Why {@code date} cannot be a tag's date, or null when it can: RFC 4151 wants {@code YYYY}, {@code YYYY-MM} or
     * {@code YYYY-MM-DD}, a real day.
     */
    public static String dateProblem(String date) {
        if (!DATE.matcher(date).matches()) {
            return "'" + date + "' is not a year, a month or a day written YYYY, YYYY-MM or YYYY-MM-DD";
        }
        String[] parts = date.split("-");
        try {
            LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                    parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
        } catch (DateTimeException e) {
            return "'" + date + "' is no calendar day";
        }
        return null;
    }

    private static String encode(String specific) {
        StringBuilder out = new StringBuilder(specific.length());
        for (byte b : specific.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && PCHAR.indexOf(c) >= 0 && c != '%') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
