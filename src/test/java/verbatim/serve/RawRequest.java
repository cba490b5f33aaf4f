package verbatim.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Sends one HTTP request line exactly as written (an HTTP client would normalise {@code /../}) for tests. */
final class RawRequest {

    private RawRequest() {
    }

    /** The whole response to {@code GET path}, status line first. */
    static String get(URI server, String path) throws IOException {
        return get(server, path, server.getAuthority());
    }

    /** The whole response to {@code GET path} with the given {@code Host} header. */
    static String get(URI server, String path, String host) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
