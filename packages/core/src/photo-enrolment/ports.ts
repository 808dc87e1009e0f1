/** What the face engine measured on a candidate reference photo; no pixels, no tensors. */
export type PhotoMeasures = {
  /** real faces found (nested duplicates removed) */
  faces: number;
  /** largest face's box width over the image width */
  faceSizeRatio: number;
  /** head pose of the largest face, degrees */
  pose: { yaw: number; pitch: number; roll: number };
  /** mean luma over the face, 0..255 */
  brightness: number;
  /** variance of the Laplacian over the face */
  sharpness: number;
};

/** The thresholds a photo is judged by; the adapter takes them from the face engine. */
export type PhotoLimits = {
  minFaceSizeRatio: number;
  maxPoseDeg: number;
  minBrightness: number;
  minSharpness: number;
};

export type PhotoAssessment =
  | { readable: false }
  | {
      readable: true;
      measures: PhotoMeasures;
      limits: PhotoLimits;
      /** embedding of the largest face with the default model; null when there is no face */
      embedding: { vector: Float32Array; model: string } | null;
    };

/**
 * The face engine as photo enrolment sees it: measure one still photo and embed its face, so
 * the server (not the capturing device) decides whether the photo can serve as a reference.
 */
export type PhotoAssessor = {
  assess(image: Uint8Array): Promise<PhotoAssessment>;
};
