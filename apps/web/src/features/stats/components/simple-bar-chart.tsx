import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { AXIS_TEXT, PRIMARY } from './chart-colours';

export interface BarDatum {
  readonly label: string;
  readonly value: number;
}

interface SimpleBarChartProps {
  readonly data: readonly BarDatum[];
  readonly format: (value: number) => string;
  /** Upper end of the value axis, e.g. 1 for shares. */
  readonly max?: number;
}

/**
 * Horizontal bars with each value written at the bar's end, so the chart reads without colour.
 * No tooltip and no accessibility layer: the drawing is aria-hidden and the table is the accessible view.
 */
export const SimpleBarChart = ({ data, format, max }: SimpleBarChartProps) => (
  <BarChart
    layout="vertical"
    data={[...data]}
    responsive
    style={{ width: '100%', height: Math.max(160, data.length * 44 + 40) }}
    margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
    accessibilityLayer={false}
  >
    <CartesianGrid horizontal={false} stroke="#d8dee4" />
    <XAxis type="number" domain={[0, max ?? 'auto']} tickFormatter={format} tick={{ fill: AXIS_TEXT, fontSize: 12 }} />
    <YAxis type="category" dataKey="label" width={120} tick={{ fill: AXIS_TEXT, fontSize: 12 }} />
    {/* A measured 0 (answered the same day) is drawn as a sliver: an empty row would read as "no data". */}
    <Bar dataKey="value" fill={PRIMARY} minPointSize={2} isAnimationActive={false}>
      <LabelList dataKey="value" position="right" formatter={(value) => (typeof value === 'number' ? format(value) : '')} fill="#1b1f24" fontSize={12} />
    </Bar>
  </BarChart>
);
