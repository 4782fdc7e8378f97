package com.termboard.web.i18n;

import java.util.Locale;

/** A value that says itself in words in a language, e.g. a pace beside its colour ({@code {fmt:pace(x)}}). */
public interface Labelled {

    String label(Locale locale);
}
