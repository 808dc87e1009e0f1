// Contract between the face engine (per-frame analysis, embeddings) and the liveness/decision code.
// Coordinates are image pixels of the frame as decoded (EXIF orientation applied).

export type Point3 = readonly [x: number, y: number, z: number];

export type Box = { x: number; y: number; width: number; height: number };

/** The five challenge actions, as named in recordings and in the API. */
export type Action = 'nod' | 'shake' | 'mouth' | 'blink' | 'gaze';
export const ACTIONS: readonly Action[] = ['nod', 'shake', 'mouth', 'blink', 'gaze'];

export type HeadPose = {
  /** degrees; positive when the person turns their head to their own left (image right) */
  yaw: number;
  /** degrees; positive when the person looks up */
  pitch: number;
  /** degrees; positive when the head tilts clockwise in the image */
  roll: number;
};

export type FaceObservation = {
  /** tight box from the mesh extent, not the detector's enlarged crop */
  box: Box;
  /** detector confidence 0..1 */
  score: number;
  /** the 478-point mesh (468 face + 10 iris) in image pixels; z in the same scale, relative */
  mesh: Point3[];
  pose: HeadPose;
  /** eye aspect ratio style openness, 0 = closed; open eyes are typically 0.2..0.35 */
  eyeOpenness: { left: number; right: number };
  /** inner-lip gap divided by mouth width; closed mouth is near 0 */
  mouthOpenness: number;
  /**
   * outer height of the lips (top of the upper to bottom of the lower) divided by mouth width:
   * lip thickness plus the gap, so it grows as the mouth opens even where the mesh places the
   * inner lips poorly (under a moustache)
   */
  lipsHeight: number;
  /**
   * share of the mouth region (between the corners, down towards the chin) darker than the skin
   * above the lip by far: the cavity an opened mouth shows (`analysis/mouth-darkness.ts`)
   */
  mouthDarkness: number;
  /**
   * the luma pattern around each eye, normalised (`analysis/eye-patches.ts`); empty where the eye
   * left the frame. Read only for its change within a blink step, never kept
   */
  eyePatches: { left: number[]; right: number[] };
  /** direction of gaze relative to the camera, in degrees, combining head pose and iris position */
  gaze: { yaw: number; pitch: number };
};

export type FrameQuality = {
  /** mean luma 0..255 over the face box (whole frame when no face) */
  brightness: number;
  /** variance of the Laplacian over the face box, on luma */
  sharpness: number;
  /** face box width divided by frame width */
  faceSizeRatio: number;
};

export type FrameAnalysis = {
  width: number;
  height: number;
  /** real faces, nested duplicates removed, largest first */
  faces: FaceObservation[];
  quality: FrameQuality;
};

export type Embedding = {
  vector: Float32Array;
  /** 0..1, higher is a better frame for matching (frontal, sharp, well lit, large) */
  quality: number;
  model: string;
};

/** One frame of a recording: JPEG bytes, ms since the recording's start, and the challenge step. */
export type RecordedFrame = { image: Uint8Array; t: number; step: number };

export type Recording = {
  challenge: Action[];
  frames: RecordedFrame[];
};

export type ReasonCode = string;

export type Reason = {
  code: ReasonCode;
  step?: number;
  action?: Action;
  detail?: Record<string, number | string | boolean>;
};

export type Decision = {
  decision: 'pass' | 'fail';
  reasons: Reason[];
  match?: { score: number; threshold: number; model: string };
};
