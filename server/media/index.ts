export {
  MAX_UPLOAD_BYTES,
  MAX_IMAGES_PER_REPORT,
  MAX_INPUT_PIXELS,
  MAX_OUTPUT_DIMENSION,
  ImageRejectedError,
  describeRejection,
  processUploadedImage,
} from './process-image';
export type { ImageRejection, ProcessedImage, ProcessImageOptions } from './process-image';
