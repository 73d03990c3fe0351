package io.hcastudio.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.CommitTestbedFixture;

/**
 * The HTML report as a reader sees it: opened in headless Chromium (Debian's {@code chromium}, which {@code .ci/run}
 * installs), once to let a script measure where the browser put every figure and its texts, once for a screenshot.
 * Every figure must have painted something where it stands, and no text of a figure may be painted over by a later
 * box, line or text, nor straddle the edge of a box. The measuring script runs on a copy; the report itself runs none.
 */
class ReportInBrowserTest {

    private static final int WINDOW_WIDTH = 1200;
    /** A figure region with fewer non-white pixels than this share painted nothing worth the name. */
    private static final double MIN_INK = 0.02;

    /** Appended to a copy of the report: writes what it measured into a {@code <pre id="browser-check">}. */
    private static final String MEASURE = """
            <script>
            (function () {
              const problems = [];
              const figures = [];
              function screenBox(element) {
                const box = element.getBBox();
                const m = element.getScreenCTM();
                const corners = [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height],
                    [box.x + box.width, box.y + box.height]].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
                const xs = corners.map(p => p.x), ys = corners.map(p => p.y);
                return {x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs),
                    h: Math.max(...ys) - Math.min(...ys)};
              }
              function covers(shape, point) {
                const local = point.matrixTransform(shape.getScreenCTM().inverse());
                const style = getComputedStyle(shape);
                const filled = style.fill !== 'none' && style.fillOpacity !== '0' && shape.isPointInFill(local);
                const stroked = style.stroke !== 'none' && shape.isPointInStroke(local);
                return filled || stroked;
              }
              function name(element) {
                return element.tagName === 'text' ? "text '" + element.textContent + "'" : element.tagName;
              }
              for (const svg of document.querySelectorAll('figure svg')) {
                const r = svg.getBoundingClientRect();
                figures.push({id: svg.id, x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height});
                const drawn = [...svg.querySelectorAll('path,rect,line,polyline,polygon,ellipse,circle,text')]
                    .filter(e => !e.closest('clipPath,defs,mask'));
                const full = svg.getBoundingClientRect();
                drawn.forEach((text, i) => {
                  if (text.tagName !== 'text' || !text.textContent.trim()) return;
                  const b = screenBox(text);
                  const inside = [];
                  for (let fx = 0.1; fx < 1; fx += 0.2)
                    for (let fy = 0.3; fy < 0.9; fy += 0.2)
                      inside.push(new DOMPoint(b.x + b.w * fx, b.y + b.h * fy));
                  for (let j = i + 1; j < drawn.length; j++) {
                    const later = drawn[j];
                    let hit;
                    if (later.tagName === 'text') {
                      if (!later.textContent.trim()) continue;
                      const o = screenBox(later);
                      hit = o.x < b.x + b.w - 1 && b.x < o.x + o.w - 1 && o.y < b.y + b.h - 1 && b.y < o.y + o.h - 1;
                    } else {
                      hit = inside.some(p => covers(later, p));
                    }
                    if (hit) {
                      problems.push(svg.id + ": " + name(later) + " is painted over " + name(text));
                      return;
                    }
                  }
                  // A box edge must not run through the text: every filled box holds both ends or neither.
                  const left = new DOMPoint(b.x + 1, b.y + b.h / 2), right = new DOMPoint(b.x + b.w - 1, b.y + b.h / 2);
                  for (let j = 0; j < i; j++) {
                    const box = drawn[j];
                    if (box.tagName === 'text' || getComputedStyle(box).fill === 'none') continue;
                    const r2 = box.getBoundingClientRect();
                    if (r2.width >= full.width - 1 && r2.height >= full.height - 1) continue;
                    const local = m => m.matrixTransform(box.getScreenCTM().inverse());
                    if (box.isPointInFill(local(left)) !== box.isPointInFill(local(right))) {
                      problems.push(svg.id + ": " + name(text) + " runs over the edge of a box");
                      return;
                    }
                  }
                });
              }
              const pre = document.createElement('pre');
              pre.id = 'browser-check';
              pre.textContent = JSON.stringify({height: document.documentElement.scrollHeight, figures: figures,
                  problems: problems});
              document.body.appendChild(pre);
            })();
            </script>
            """;

    /** The report, the measured copy and the screenshot stay here for people to look at. */
    private static final Path folder = Path.of("target", "report-in-browser");
    private static Path chromium;

    @BeforeAll
    static void findChromium() throws IOException {
        Files.createDirectories(folder);
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path candidate = Path.of(directory, name);
                if (chromium == null && Files.isExecutable(candidate)) {
                    chromium = candidate;
                }
            }
        }
        assertTrue(chromium != null, "this test needs Chromium on the PATH: apt-get install chromium (.ci/run does)");
    }

    @Test
    void everyFigureRendersAndNoTextIsPaintedOver() throws Exception {
        String html = CommitTestbedFixture.report(ReportFormat.HTML, null);
        Path report = folder.resolve("report.html").toAbsolutePath();
        Files.writeString(report, html, StandardCharsets.UTF_8);
        Path measured = folder.resolve("measured.html").toAbsolutePath();
        Files.writeString(measured, html.replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);

        String dom = chromium(folder.resolve("dom-profile"), "--window-size=" + WINDOW_WIDTH + ",1000", "--dump-dom",
                measured.toUri().toString());
        Matcher check = Pattern.compile("<pre id=\"browser-check\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertTrue(check.find(), "the measuring script ran:\n" + dom.substring(0, Math.min(dom.length(), 400)));
        String json = check.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#39;", "'");
        List<Figure> figures = figures(json);
        assertEquals(figureCount(html), figures.size(), "every figure of the report was laid out: " + json);
        assertEquals("[]", problemList(json), "texts painted over or cut by boxes");

        int height = Integer.parseInt(field(json, "height"));
        Path shot = folder.resolve("report.png").toAbsolutePath();
        chromium(folder.resolve("shot-profile"), "--window-size=" + WINDOW_WIDTH + "," + height,
                "--screenshot=" + shot, report.toUri().toString());
        BufferedImage image = ImageIO.read(shot.toFile());
        for (Figure figure : figures) {
            assertTrue(figure.w() > 50 && figure.h() > 50, figure + " has a size");
            double ink = ink(image, figure);
            assertTrue(ink >= MIN_INK, figure.id() + " painted " + Math.round(ink * 1000) / 10.0
                    + " % of its region in " + shot);
        }
    }

    /** Share of the figure's pixels in the screenshot that are not white. */
    private static double ink(BufferedImage image, Figure figure) {
        int x0 = (int) Math.round(figure.x());
        int y0 = (int) Math.round(figure.y());
        int x1 = Math.min(image.getWidth(), (int) Math.round(figure.x() + figure.w()));
        int y1 = Math.min(image.getHeight(), (int) Math.round(figure.y() + figure.h()));
        long inked = 0;
        long all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                all++;
                if (((rgb >> 16) & 0xFF) < 235 || ((rgb >> 8) & 0xFF) < 235 || (rgb & 0xFF) < 235) {
                    inked++;
                }
            }
        }
        return all == 0 ? 0 : (double) inked / all;
    }

    private static int figureCount(String html) {
        Matcher figure = Pattern.compile("<figure>\\s*<svg").matcher(html);
        int count = 0;
        while (figure.find()) {
            count++;
        }
        return count;
    }

    private record Figure(String id, double x, double y, double w, double h) {
    }

    private static List<Figure> figures(String json) {
        List<Figure> figures = new ArrayList<>();
        Matcher figure = Pattern.compile("\\{\"id\":\"([^\"]*)\",\"x\":([-0-9.e]+),\"y\":([-0-9.e]+),\"w\":([-0-9.e]+),"
                + "\"h\":([-0-9.e]+)\\}").matcher(json);
        while (figure.find()) {
            figures.add(new Figure(figure.group(1), Double.parseDouble(figure.group(2)),
                    Double.parseDouble(figure.group(3)), Double.parseDouble(figure.group(4)),
                    Double.parseDouble(figure.group(5))));
        }
        return figures;
    }

    private static String problemList(String json) {
        int start = json.indexOf("\"problems\":") + "\"problems\":".length();
        return json.substring(start, json.lastIndexOf('}'));
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(value.find(), name + " in " + json);
        return value.group(1);
    }

    /** Runs headless Chromium with its own profile folder and returns what it printed. */
    private static String chromium(Path profile, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(),
                "--virtual-time-budget=5000"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(folder, "chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within two minutes: " + command);
        }
        assertEquals(0, process.exitValue(), "Chromium failed: " + command);
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
