package verbatim.analysis;

/** A lost elision repaired before analysis: "lIA" became "l'IA" in the given paragraph (1-based). */
public record Repair(int paragraph, String before, String after) {
}
