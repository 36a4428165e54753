// Images for tests and benchmarks, generated in code (sharp plus a few hand-built byte layouts):
// what phones upload, with the metadata that must be stripped, and what attackers upload.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Reporter Name"/></rdf:RDF></x:xmpmeta>`;

export const u16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
export const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** JPEG segment (APPn/COM) inserted right after SOI, where sharp does not write anything itself. */
function insertJpegSegment(jpeg: Buffer, marker: number, payload: Buffer): Buffer {
  const segment = Buffer.concat([Buffer.from([0xff, marker]), u16(payload.length + 2), payload]);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/** APP13 Photoshop IRB holding an IPTC By-line (2:80), as newsroom tools write it. */
function iptcSegmentPayload(byline: string): Buffer {
  const text = Buffer.from(byline, 'latin1');
  const iptc = Buffer.concat([Buffer.from([0x1c, 0x02, 0x50]), u16(text.length), text]);
  const padded = iptc.length % 2 ? Buffer.concat([iptc, Buffer.from([0])]) : iptc;
  return Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), Buffer.from('8BIM'), u16(0x0404), Buffer.from([0, 0]), u32(iptc.length), padded]);
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32(data.length), typeAndData, u32(crc32(typeAndData))]);
}

/** Phone-like JPEG carrying identifying EXIF (camera, owner, GPS), XMP, IPTC, ICC and a comment. */
export async function identifyingJpeg(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#c33' } })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'X1', Copyright: 'Reporter Name' },
      IFD2: { BodySerialNumber: 'SN-0042-TestCam' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 20/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '52/1 51/1 0/1' },
    })
    .withXmp(XMP)
    .withIccProfile('p3')
    .jpeg()
    .toBuffer();
  const withIptc = insertJpegSegment(jpeg, 0xed, iptcSegmentPayload('Reporter Name'));
  return insertJpegSegment(withIptc, 0xfe, Buffer.from('Reporter Name, GPS 43.33N 52.85E', 'latin1'));
}

/** 300×200, left half red and right half blue, stored sideways with EXIF orientation 6. */
export async function sidewaysJpeg(): Promise<Buffer> {
  const red = await sharp({ create: { width: 150, height: 200, channels: 3, background: '#f00' } }).png().toBuffer();
  return sharp({ create: { width: 300, height: 200, channels: 3, background: '#00f' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg()
    .withMetadata({ orientation: 6 }) // test fixture only; the code under test must never call this
    .toBuffer();
}

/** PNG whose IHDR claims width×height but whose pixel data is a stub: the header alone must fail it. */
export function pngDeclaring(width: number, height: number): Buffer {
  const ihdr = Buffer.concat([u32(width), u32(height), Buffer.from([8, 2, 0, 0, 0])]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Minimal HEIC container (HEVC-coded primary item) like iPhones produce; payload is a stub. */
export function heicContainer(width: number, height: number): Buffer {
  const box = (type: string, ...parts: Buffer[]) => {
    const body = Buffer.concat(parts);
    return Buffer.concat([u32(8 + body.length), Buffer.from(type, 'latin1'), body]);
  };
  const fullBox = (type: string, version: number, ...parts: Buffer[]) => box(type, Buffer.from([version, 0, 0, 0]), ...parts);
  const payload = Buffer.alloc(64, 0x42);
  const hvcC = box('hvcC', Buffer.from([1, 1, 0x60, 0, 0, 0, 0x90, 0, 0, 0, 0, 0, 90, 0xf0, 0, 0xfc, 0xfd, 0xf8, 0xf8, 0, 0, 0x0f, 0]));
  const ftyp = box('ftyp', Buffer.from('heic'), u32(0), Buffer.from('mif1heic'));
  const meta = (payloadOffset: number) =>
    fullBox(
      'meta',
      0,
      fullBox('hdlr', 0, u32(0), Buffer.from('pict'), Buffer.alloc(12), Buffer.from([0])),
      fullBox('pitm', 0, u16(1)),
      fullBox('iinf', 0, u16(1), fullBox('infe', 2, u16(1), u16(0), Buffer.from('hvc1'), Buffer.from([0]))),
      fullBox('iloc', 0, Buffer.from([0x44, 0x00]), u16(1), u16(1), u16(0), u16(1), u32(payloadOffset), u32(payload.length)),
      box('iprp', box('ipco', hvcC, fullBox('ispe', 0, u32(width), u32(height))), fullBox('ipma', 0, u32(1), u16(1), Buffer.from([2, 0x81, 0x02]))),
    );
  const payloadOffset = ftyp.length + meta(0).length + 8;
  return Buffer.concat([ftyp, meta(payloadOffset), box('mdat', payload)]);
}

/** A real decompression bomb: a 7000×7000 (49 Mpx) PNG of a few hundred KB. */
export function decompressionBombPng(): Promise<Buffer> {
  return sharp({ create: { width: 7000, height: 7000, channels: 3, background: '#fff' } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}
