import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CLIENTS connections that each send the headers and 20 kB of a 100 kB body to PATH, then one
 * byte a second, for SECONDS; then they close. Loopback only.
 *
 *   java bench/java/SlowBodies.java 127.0.0.1 8080 /sandbox/v1/experiments 250 30 [token]
 */
public class SlowBodies {

    public static void main(String[] args) throws Exception {
        String host = args[0];
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new IllegalArgumentException("Loopback only");
        }
        int port = Integer.parseInt(args[1]);
        String path = args[2];
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String token = args.length > 5 ? args[5] : "";
        boolean multipart = path.endsWith("/upload") || path.equals("/api/datasets");
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Socket s = new Socket(host, port);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + (multipart ? "Content-Type: multipart/form-data; boundary=b0undary\r\n" : "Content-Type: application/json\r\n")
                    + "X-Requested-With: slm-workbench\r\n"
                    + (token.isEmpty() ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Length: 100000\r\n\r\n";
            String start = multipart
                    ? "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\nprompt,response\n"
                    : "{\"name\":\"";
            OutputStream out = s.getOutputStream();
            out.write((head + start + "x".repeat(20_000)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sockets.add(s);
        }
        System.out.println(clients + " slow clients connected to " + path);
        for (int t = 0; t < seconds; t++) {
            Thread.sleep(1000);
            for (Socket s : sockets) {
                try {
                    s.getOutputStream().write('x');
                    s.getOutputStream().flush();
                } catch (Exception closedByServer) {
                    // The server may cut a client off; that is its right.
                }
            }
        }
        for (Socket s : sockets) {
            s.close();
        }
    }
}
