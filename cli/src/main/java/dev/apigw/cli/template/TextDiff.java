package dev.apigw.cli.template;

import java.util.ArrayList;
import java.util.List;

/** A small line diff (longest common subsequence) for {@code --expect}: {@code -} expected, {@code +} actual. */
public final class TextDiff {
    private TextDiff() {
    }

    public static List<String> lines(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add("  " + a[i]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("+ " + visible(b[j++]));
            } else {
                out.add("- " + visible(a[i++]));
            }
        }
        return out;
    }

    /** Trailing spaces matter in templates, so show them. */
    private static String visible(String line) {
        return line.endsWith(" ") || line.endsWith("\t") ? line + "⏎" : line;
    }
}
