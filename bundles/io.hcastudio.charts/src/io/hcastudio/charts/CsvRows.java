package io.hcastudio.charts;

import java.io.IOException;
import java.util.List;

/** CSV lines as the analysis exports write them: LF ends, fields quoted only when they need it. */
final class CsvRows {

    private CsvRows() {
    }

    static void write(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i);
            boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0;
            out.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        out.append('\n');
    }
}
