package com.termboard.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) on a free port for the app under test, which can be stopped and started again on
 * the same port, and the e-mails it received, read as a mail client would: subject, recipients, plain and HTML part.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;
    private static volatile int port;

    /** One received e-mail. */
    public record Mail(String to, String subject, String text, String html) {
    }

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        up();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.mock", "false", "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        down();
    }

    /** Starts the server (again) on its port. */
    public static synchronized void up() {
        if (server == null) {
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            if (Boolean.getBoolean("smtp.verbose")) {
                setup = setup.verbose(true);
            }
            server = new GreenMail(setup);
            server.start();
        }
    }

    /** From now on the server closes a connection idle for {@code millis} (GreenMail's own default is 30 s). */
    public static void dropIdleAfter(int millis) {
        server.getSmtp().setClientSocketTimeout(millis);
    }

    /** Stops it: connections to its port are refused until {@link #up()}. */
    public static synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every e-mail received since the server last started, in order. */
    public static List<Mail> received() {
        List<Mail> all = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            all.add(read(m));
        }
        return all;
    }

    public static List<Mail> to(String address) {
        return received().stream().filter(m -> m.to().equals(address)).toList();
    }

    /** Waits up to 20 s until {@code address} has received {@code count} e-mails that match; answers them. */
    public static List<Mail> await(String address, int count, Predicate<Mail> matching) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Mail> found = List.of();
        while (System.nanoTime() < deadline) {
            found = to(address).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(address + " received " + found.size() + " matching e-mails, not " + count + ": "
                + to(address));
    }

    private static Mail read(MimeMessage m) {
        try {
            String to = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .findFirst().orElse("");
            String text = null;
            String html = null;
            Object content = m.getContent();
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    } else if (part.getContent() instanceof Multipart inner) {
                        for (int j = 0; j < inner.getCount(); j++) {
                            BodyPart p = inner.getBodyPart(j);
                            if (p.isMimeType("text/plain")) {
                                text = (String) p.getContent();
                            } else if (p.isMimeType("text/html")) {
                                html = (String) p.getContent();
                            }
                        }
                    }
                }
            } else {
                text = String.valueOf(content);
            }
            return new Mail(to, m.getSubject(), text, html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
