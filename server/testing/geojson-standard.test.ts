// The GeoJSON standard check used by the export tests must itself reject what the standard rejects.
import { describe, expect, it } from 'vitest';
import { expectStandardGeoJson, geoJsonStandardErrors } from './geojson-standard';

const feature = (over: Record<string, unknown>) => ({ type: 'Feature', id: 'n1', geometry: { type: 'Point', coordinates: [52.86, 43.34] }, properties: { slug: 'n1' }, ...over });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('GeoJSON standard check', () => {
  it('accepts points, null geometry and an empty collection', () => {
    expect(geoJsonStandardErrors(collection(feature({}), feature({ id: 2, geometry: null })))).toEqual([]);
    expect(geoJsonStandardErrors(collection())).toEqual([]);
  });

  it('rejects what RFC 7946 does not allow', () => {
    expect(geoJsonStandardErrors(collection(feature({ geometry: { type: 'Point', coordinates: ['52.86', '43.34'] } })))).not.toEqual([]);
    expect(geoJsonStandardErrors(collection(feature({ geometry: { type: 'Point', coordinates: [52.86] } })))).not.toEqual([]);
    expect(geoJsonStandardErrors(collection(feature({ id: { slug: 'n1' } })))).not.toEqual([]);
    expect(geoJsonStandardErrors(collection(feature({ properties: undefined })))).not.toEqual([]);
    expect(geoJsonStandardErrors(collection(feature({ bbox: [52.86, 43.34] })))).not.toEqual([]);
    expect(geoJsonStandardErrors({ type: 'FeatureCollection' })).not.toEqual([]);
  });

  it('rejects latitude-first positions, which the schema alone cannot tell', () => {
    expect(() => expectStandardGeoJson(collection(feature({ geometry: { type: 'Point', coordinates: [43.34, 52.86] } })))).toThrow();
  });
});
