package dev.apigw.simulator.auth.policy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** An IPv4 or IPv6 address block ({@code 10.0.0.0/8}, {@code 2001:db8::/32}); a bare address is a /32 or /128. */
record Cidr(byte[] network, int prefix) {

    static Optional<Cidr> parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        Optional<byte[]> address = address(slash < 0 ? t : t.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int bits = address.get().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (prefix < 0 || prefix > bits) {
                return Optional.empty();
            }
        }
        return Optional.of(new Cidr(address.get(), prefix));
    }

    boolean contains(String ip) {
        Optional<byte[]> candidate = address(ip);
        if (candidate.isEmpty() || candidate.get().length != network.length) {
            return false;
        }
        byte[] c = candidate.get();
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (c[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (c[full] & mask) == (network[full] & mask);
    }

    /**
     * Literal addresses only: a name must never trigger a DNS look-up. IPv4-mapped IPv6 addresses compare as IPv4,
     * as Java already returns them.
     */
    private static Optional<byte[]> address(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        boolean literal = !t.isEmpty() && (t.contains(":") ? t.chars().allMatch(ch -> Character.digit(ch, 16) >= 0
                || ch == ':' || ch == '.') : t.chars().allMatch(ch -> (ch >= '0' && ch <= '9') || ch == '.'));
        if (!literal) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
