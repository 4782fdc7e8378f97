package com.termboard.web.forms;


/**
 * Where a refused page form waits for the page's next GET: per login session and page (session/KeptForms keeps it
 * in the database, so that any instance shows it).
 */
public interface FormStore {

    /** Keeps {@code form} for this session's {@code page}; false without a login session to keep it in. */
    boolean keep(String page, Kept form);

    /** The form kept for this session's {@code page}, or {@link Kept#NONE}. */
    Kept find(String page);

    /** Forgets the form kept for {@code page}: it was sent successfully. */
    void drop(String page);
}
