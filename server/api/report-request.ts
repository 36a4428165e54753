// Reads the body of POST /api/v1/reports: JSON, or multipart with the same JSON in a `report`
// field plus up to three `images`. Sizes are enforced while the body streams in, so a 50-MB body
// is refused without being held in memory; what is read is still unvalidated input.
import { MAX_IMAGES_PER_REPORT, MAX_UPLOAD_BYTES } from '../media';
import { ApiProblem } from '../http/problem';
import { readBodyWithLimit } from '../http/read-body'; // a body over the limit is the edge's 413

export const JSON_BODY_LIMIT_BYTES = 64 * 1024;
export const MULTIPART_BODY_LIMIT_BYTES = MAX_IMAGES_PER_REPORT * MAX_UPLOAD_BYTES + JSON_BODY_LIMIT_BYTES;

export type ReportBodyKind = 'json' | 'multipart';

export interface ReportRequestBody {
  kind: ReportBodyKind;
  /** The report's fields as sent (undefined when a multipart body has no `report` field). */
  fields: unknown;
  /** One entry per `images` part: its bytes, or null for a part that was text instead of a file. */
  images: (Uint8Array | null)[];
}

/** 415 for anything but JSON and multipart; decided from the header alone, before reading. */
export function reportBodyKind(contentType: string | null): ReportBodyKind {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType === 'application/json') return 'json';
  if (mediaType === 'multipart/form-data') return 'multipart';
  throw new ApiProblem(415, 'unsupported_media_type');
}

/** PostgreSQL text cannot hold U+0000; it carries no meaning in a report, so it is dropped here. */
function withoutNulCharacters(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    // fatal: bytes that are not UTF-8 are a malformed body, not text to guess at.
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes), withoutNulCharacters);
  } catch {
    throw new ApiProblem(400, 'invalid_json');
  }
}

async function parseMultipart(bytes: Uint8Array<ArrayBuffer>, contentType: string): Promise<ReportRequestBody> {
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new ApiProblem(400, 'invalid_multipart');
  }

  const report = form.get('report');
  let fields: unknown;
  if (report !== null) {
    const json = typeof report === 'string' ? new TextEncoder().encode(report) : new Uint8Array(await report.arrayBuffer());
    if (json.byteLength > JSON_BODY_LIMIT_BYTES) throw new ApiProblem(413, 'too_large', { limitBytes: JSON_BODY_LIMIT_BYTES });
    fields = parseJson(json);
  }

  const images: (Uint8Array | null)[] = [];
  for (const part of form.getAll('images')) {
    if (typeof part === 'string') images.push(null);
    // A form's file input left empty still sends a nameless, empty part.
    else if (part.size === 0 && !part.name) continue;
    else images.push(new Uint8Array(await part.arrayBuffer()));
  }
  return { kind: 'multipart', fields, images };
}

export async function readReportRequestBody(request: Request): Promise<ReportRequestBody> {
  const contentType = request.headers.get('content-type');
  const kind = reportBodyKind(contentType);
  if (kind === 'json') return { kind, fields: parseJson(await readBodyWithLimit(request, JSON_BODY_LIMIT_BYTES)), images: [] };
  return parseMultipart(await readBodyWithLimit(request, MULTIPART_BODY_LIMIT_BYTES), contentType!);
}
