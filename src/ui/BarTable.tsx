export interface Bar {
  key: string;
  label: string;
  value: number;
  /** 0..1, drawn as the bar; the value is shown beside it. */
  share: number;
  shown?: string;
  color?: string;
  onChoose?: () => void;
  chooseLabel?: string;
}

/** A small bar chart that is a table for screen readers; a bar that applies a filter is a button. */
export function BarTable({ caption, header, bars }: { caption: string; header: [string, string]; bars: Bar[] }) {
  return (
    <table className="bars">
      <caption>{caption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{header[0]}</th>
          <th scope="col">{header[1]}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.key}>
            <th scope="row">
              {bar.onChoose ? (
                <button type="button" className="link" onClick={bar.onChoose} title={bar.chooseLabel}>
                  {bar.label}
                </button>
              ) : (
                bar.label
              )}
            </th>
            <td>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${Math.round(Math.min(1, bar.share) * 100)}%`, background: bar.color }} />
              </span>
              <span className="bar-value">{bar.shown ?? bar.value}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
