/** A legend's colour square (decorative: the label beside it says what it means). */
export function Swatch({ color }: { color: string }) {
  return <span className="swatch" style={{ background: color }} aria-hidden="true" />;
}
