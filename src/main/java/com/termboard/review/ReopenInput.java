package com.termboard.review;

/** Why an admin reopens a submitted review; the reason goes to the audit log. */
public record ReopenInput(String reason) {
}
