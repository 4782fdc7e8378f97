package com.termboard.web.render;

import com.termboard.web.i18n.Labelled;
import com.termboard.web.i18n.Locales;
import com.termboard.web.i18n.Messages;
import com.termboard.web.i18n.Texts;
import io.quarkus.arc.Arc;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How numbers, dates and paces read in each language; {@link Fmt} shows them in templates. */
public final class Display {

    private static final Map<Locale, DateTimeFormatter> DATE_FORMATS = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> TIME_FORMATS = new ConcurrentHashMap<>();

    private Display() {
    }

    public static String percent(BigDecimal share) {
        return percent(share, Texts.current());
    }

    public static String fixed(BigDecimal value, int decimals) {
        return fixed(value, decimals, Texts.current());
    }

    public static String plain(BigDecimal value) {
        return plain(value, Texts.current());
    }

    public static String pace(Labelled status) {
        return pace(status, Texts.current());
    }

    public static String date(LocalDate date) {
        return date(date, Texts.current());
    }

    /** A moment in the configured time zone (termboard.time-zone), with its offset so that nobody has to guess. */
    public static String time(Instant instant, Locale locale) {
        if (instant == null) {
            return noData(locale);
        }
        ZoneId zone = Arc.container().instance(Clock.class).get().getZone();
        String pattern = Locales.CHINESE.getLanguage().equals(locale.getLanguage())
                ? "yyyy年M月d日 HH:mm '(UTC'xxx')'" : "yyyy-MM-dd HH:mm '(UTC'xxx')'";
        return TIME_FORMATS.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern(pattern, l))
                .format(instant.atZone(zone));
    }

    /** The page's locale from a template's locale attribute (a Locale or a tag), else the request's. */
    public static Locale localeOf(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        if (attribute instanceof String tag) {
            Locale locale = Locales.supported(tag);
            return locale == null ? Locales.DEFAULT : locale;
        }
        return Texts.current();
    }

    public static String percent(BigDecimal share, Locale locale) {
        if (share == null) {
            return noData(locale);
        }
        return Decimals.format(share.movePointRight(2), 1, 1, locale) + "%";
    }

    public static String fixed(BigDecimal value, int decimals, Locale locale) {
        return value == null ? noData(locale) : Decimals.format(value, decimals, decimals, locale);
    }

    /** The most decimals a measured value shows; more would be noise to a reader. */
    static final int PLAIN_DECIMALS = 4;

    public static String plain(BigDecimal value, Locale locale) {
        if (value == null) {
            return noData(locale);
        }
        // A computed value (an average) may carry many decimals: a page shows at most four.
        BigDecimal stripped = value.stripTrailingZeros();
        return Decimals.format(stripped, 0, Math.min(PLAIN_DECIMALS, Math.max(0, stripped.scale())), locale);
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return noData(locale);
        }
        if (Locales.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return DATE_FORMATS.computeIfAbsent(locale,
                    l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l)).format(date);
        }
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /** The words of a pace (or other labelled status); "No data" for none. */
    public static String pace(Labelled status, Locale locale) {
        return status == null ? Texts.of(Messages.class, locale).pace_no_data() : status.label(locale);
    }

    private static String noData(Locale locale) {
        return Texts.of(Messages.class, locale).no_data();
    }
}
