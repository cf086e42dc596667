// A chart (ECharts, SVG renderer: sharp on a phone, printable, and its texts stay text). Only the
// chart types and components we use are registered, to keep the bundle small. The chart is an
// image with a label for screen readers; every chart in the app has a data table beside it,
// which is the accessible and copyable form of the same figures.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerParts, type ComposeOption, type EChartsType } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

registerParts([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption>;

/** The app's palette for series, in order (Mantine's indigo, teal, orange, grape, cyan, lime shades 6–7). */
export const SERIES_COLORS = ['#4263eb', '#0ca678', '#f76707', '#ae3ec9', '#1098ad', '#74b816', '#d6336c'];

type Props = { option: ChartOption; label: string; height?: number; testId?: string };

export function Chart({ option, label, height = 280, testId }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const box = element.current!;
    const instance = init(box, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // ECharts measures its labels with the font it is given: "inherit" would measure with a
    // default font and lay out CJK legends too narrow, so it gets the page's own font stack.
    const fontFamily = element.current ? getComputedStyle(element.current).fontFamily : undefined;
    chart.current?.setOption({ color: SERIES_COLORS, textStyle: { fontFamily }, animation: false, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={element} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />;
}
