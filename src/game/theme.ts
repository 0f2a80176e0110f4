/** Canvas colours, matching the CSS custom properties in src/ui/styles.css. */
export const THEME = {
  background: 0x0f1722,
  gridMinor: 0x172231,
  gridMajor: 0x202e42,
  card: 0xf6f8fb,
  cardBorder: 0x9fb0c4,
  cardText: '#14202e',
  cardSubtext: '#526173',
  selected: 0x3b82f6,
  highlight: 0xef4444,
  flagged: 0xf59e0b,
  edge: 0x8ea3ba,
  edgeRole: 0xc084fc,
  handle: 0x22c55e,
  preview: 0x22c55e,
  marqueeFill: 0x3b82f6,
  /** Replayed messages by outcome. */
  pulseOk: 0x22c55e,
  pulseFailed: 0xef4444,
  pulseInfo: 0x38bdf8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif',
} as const;
