package dev.apigw.openapi.cfn;

import java.util.ArrayList;
import java.util.List;

/** {@code Fn::Cidr} for IPv4: {@code count} consecutive subnets with {@code cidrBits} host bits each. */
final class Cidr {

    private Cidr() {
    }

    static List<String> subnets(String block, int count, int cidrBits) {
        String[] parts = block.split("/");
        if (parts.length != 2 || parts[0].contains(":")) {
            throw new Unresolved("Fn::Cidr supports IPv4 blocks such as 10.0.0.0/16 locally, not '" + block + "'",
                    "write the subnets out, or pass the value with --param");
        }
        long base = ipv4(parts[0]);
        int prefix = Integer.parseInt(parts[1].trim());
        int subnetPrefix = 32 - cidrBits;
        if (prefix < 0 || prefix > 32 || cidrBits < 0 || subnetPrefix < prefix || count < 1
                || count > (1L << (subnetPrefix - prefix))) {
            throw new Unresolved("Fn::Cidr cannot fit " + count + " subnets of /" + subnetPrefix + " in " + block,
                    "check the count and cidrBits arguments");
        }
        long network = base & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        List<String> subnets = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            subnets.add(dotted(network + (i << cidrBits)) + "/" + subnetPrefix);
        }
        return subnets;
    }

    private static long ipv4(String text) {
        String[] octets = text.trim().split("\\.");
        if (octets.length != 4) {
            throw new Unresolved("Fn::Cidr: '" + text + "' is not an IPv4 address", "fix the ipBlock argument");
        }
        long value = 0;
        for (String octet : octets) {
            int n = Integer.parseInt(octet);
            if (n < 0 || n > 255) {
                throw new Unresolved("Fn::Cidr: '" + text + "' is not an IPv4 address", "fix the ipBlock argument");
            }
            value = (value << 8) | n;
        }
        return value;
    }

    private static String dotted(long ip) {
        return ((ip >> 24) & 255) + "." + ((ip >> 16) & 255) + "." + ((ip >> 8) & 255) + "." + (ip & 255);
    }
}
