package com.termboard.web.i18n;

import java.util.List;
import java.util.Locale;

/** The languages Termboard speaks, and how a request picks one: the switcher's cookie, else Accept-Language. */
public final class Locales {

    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);
    public static final Locale DEFAULT = ENGLISH;
    /** The header switcher remembers the choice here for a year. */
    public static final String COOKIE = "termboard-lang";

    private Locales() {
    }

    /** The supported locale named by a language tag such as "zh-CN", or null when it is not one of ours. */
    public static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        for (Locale locale : SUPPORTED) {
            if (locale.toLanguageTag().equalsIgnoreCase(tag.trim())) {
                return locale;
            }
        }
        return null;
    }

    /** The locale for a request: a valid cookie wins, then the best Accept-Language match, then English. */
    public static Locale resolve(String cookie, String acceptLanguage) {
        Locale chosen = supported(cookie);
        if (chosen != null) {
            return chosen;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() == 0) {
                    continue;
                }
                Locale match = matchRange(range.getRange());
                if (match != null) {
                    return match;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        return DEFAULT;
    }

    // Any Chinese (zh, zh-CN, zh-Hans, zh-TW…) reads the Simplified Chinese texts; any English reads English.
    private static Locale matchRange(String range) {
        String language = range.toLowerCase(Locale.ROOT).split("-")[0];
        return switch (language) {
            case "zh" -> CHINESE;
            case "en" -> ENGLISH;
            default -> null;
        };
    }
}
