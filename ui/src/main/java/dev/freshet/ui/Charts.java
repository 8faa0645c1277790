package dev.freshet.ui;

import dev.freshet.core.metrics.PipelineOverview;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Date;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The overview's charts, drawn on the server as SVG with JFreeChart and JFreeSVG: stock Vaadin shows them
 * with its {@code Svg} component, so the console needs no frontend build and no commercial chart add-on.
 * Drawing needs fonts (AWT's font metrics): a host without any (a bare container) gets a text table instead.
 */
final class Charts {

  static final int WIDTH = 620;
  static final int HEIGHT = 230;
  private static final Color[] COLORS = {new Color(0x1676f3), new Color(0xe8a33d), new Color(0xd0342c),
      new Color(0x2e8b57)};

  private Charts() {}

  /** Freshness percentiles per bucket, in milliseconds. */
  static String freshness(List<PipelineOverview.Bucket> buckets) {
    TimeSeries p50 = new TimeSeries("p50");
    TimeSeries p95 = new TimeSeries("p95");
    TimeSeries p99 = new TimeSeries("p99");
    for (PipelineOverview.Bucket b : buckets) {
      Millisecond at = new Millisecond(Date.from(b.start()));
      add(p50, at, b.p50Millis());
      add(p95, at, b.p95Millis());
      add(p99, at, b.p99Millis());
    }
    return draw("change → searchable (ms)", p50, p95, p99);
  }

  /** Events in and documents done per bucket. */
  static String throughput(List<PipelineOverview.Bucket> buckets) {
    TimeSeries in = new TimeSeries("events in");
    TimeSeries done = new TimeSeries("documents indexed or removed");
    for (PipelineOverview.Bucket b : buckets) {
      Millisecond at = new Millisecond(Date.from(b.start()));
      in.add(at, b.eventsIn());
      done.add(at, b.documentsDone());
    }
    return draw("per bucket", in, done);
  }

  private static void add(TimeSeries series, Millisecond at, Double value) {
    if (value != null) {
      series.add(at, value);
    }
  }

  private static String draw(String axis, TimeSeries... series) {
    TimeSeriesCollection data = new TimeSeriesCollection();
    for (TimeSeries s : series) {
      data.addSeries(s);
    }
    JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, axis, data, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xe0e0e0));
    plot.setRangeGridlinePaint(new Color(0xe0e0e0));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < series.length; i++) {
      renderer.setSeriesPaint(i, COLORS[i % COLORS.length]);
      renderer.setSeriesStroke(i, new BasicStroke(1.6f));
      renderer.setSeriesShape(i, new Rectangle(-2, -2, 4, 4));
    }
    plot.setRenderer(renderer);
    SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
    return svg.getSVGElement();
  }
}
