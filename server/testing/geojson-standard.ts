// Validates export output against the official GeoJSON (RFC 7946) JSON Schema published by
// geojson.org (npm `geojson-schema`), not against our own zod schema, so a partner's GeoJSON tooling
// accepts what we write.
import Ajv from 'ajv';
import featureCollectionSchema from 'geojson-schema/FeatureCollection.json';
import { expect } from 'vitest';

const validateFeatureCollection = new Ajv({ allErrors: true, strict: false }).compile(featureCollectionSchema);

/** The schema's errors for `body` (empty when it is a valid RFC 7946 FeatureCollection). */
export function geoJsonStandardErrors(body: unknown): string[] {
  if (validateFeatureCollection(body)) return [];
  return (validateFeatureCollection.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/**
 * Asserts `body` is a valid RFC 7946 FeatureCollection and, beyond what the schema can say, that
 * every position is [longitude, latitude] inside Kazakhstan (the schema cannot tell the order).
 */
export function expectStandardGeoJson(body: unknown): void {
  expect(geoJsonStandardErrors(body)).toEqual([]);
  const { features } = body as { features: { geometry: { type: string; coordinates: number[] } | null }[] };
  for (const { geometry } of features) {
    if (!geometry) continue;
    expect(geometry.type).toBe('Point');
    const [lng, lat] = geometry.coordinates;
    expect(lng).toBeGreaterThan(46);
    expect(lng).toBeLessThan(88);
    expect(lat).toBeGreaterThan(40);
    expect(lat).toBeLessThan(56);
  }
}
