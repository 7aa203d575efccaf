import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { TimelineRow } from './api';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export const QUAD = [
  { q: 1, name: 'Verbal cooperation', color: '#4e9a06' },
  { q: 2, name: 'Material cooperation', color: '#1f78b4' },
  { q: 3, name: 'Verbal conflict', color: '#f5a623' },
  { q: 4, name: 'Material conflict', color: '#d0021b' },
];

const HATCH = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.9)' };

let chart: echarts.ECharts | null = null;

/** Bars by month, stacked by QuadClass; planned (future, hypothetical) events hatched and outlined. */
export function drawTimeline(node: HTMLElement, rows: TimelineRow[]): void {
  chart ??= echarts.init(node, undefined, { renderer: 'svg' });
  const months = [...new Set(rows.map(r => r.month))].sort();
  const series: echarts.EChartsCoreOption[] = [];
  let points = 0;
  for (const planned of [false, true]) {
    for (const { q, name, color } of QUAD) {
      const data = months.map(m => rows.filter(r => r.month === m && r.quad_class === q
        && (r.modality === 'future' || r.modality === 'hypothetical') === planned).reduce((n, r) => n + r.events, 0));
      if (data.every(v => v === 0)) continue;
      points += data.filter(v => v > 0).length;
      series.push({
        type: 'bar', stack: 'events', name: planned ? name + ' (planned)' : name,
        data: data.map(v => (v === 0 ? null : v)),
        itemStyle: planned
          ? { color, opacity: 0.55, borderColor: color, borderWidth: 2, borderType: 'dashed', decal: HATCH }
          : { color },
      });
    }
  }
  node.dataset.points = String(points);
  node.dataset.months = months.join(',');
  chart.setOption({
    aria: { enabled: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 10, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  }, { notMerge: true });
}

export function resizeTimeline(): void {
  chart?.resize();
}
