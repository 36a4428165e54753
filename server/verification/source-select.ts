// What the source registry reads and returns of a source (its contact line included: staff only).
export const sourceSelect = {
  id: true,
  name: true,
  type: true,
  regionCodes: true,
  contact: true,
  reliability: true,
  reliabilityNote: true,
  active: true,
  updatedAt: true,
} as const;
